import { typedDocument } from '../typedDocument';

export type ConfirmTieResult =
  | {
      readonly __typename: 'MutationConfirmTieSuccess';
      readonly data: { readonly id: string; readonly lastConfirmedAt: string | null };
    }
  | {
      readonly __typename:
        | 'ConflictError'
        | 'InvalidTransitionError'
        | 'NotFoundError'
        | 'ValidationError';
      readonly code: string;
      readonly message: string;
    };

/** Records that a tie still holds today; refusals other than access come back as results. */
export const CONFIRM_TIE_MUTATION = typedDocument<
  { readonly confirmTie: ConfirmTieResult },
  { id: string }
>(/* GraphQL */ `
  mutation ConfirmTie($id: ID!) {
    confirmTie(id: $id) {
      __typename
      ... on MutationConfirmTieSuccess { data { id lastConfirmedAt } }
      ... on Error { code message }
    }
  }
`);
