import type { OrganisationKind, ProfessionalRole, TieKind } from '../schema';

/** A tie as the details panel shows it: the other end and where the tie came from. */
export interface TieDetails {
  readonly id: string;
  readonly kind: TieKind;
  readonly strength: number;
  readonly lastConfirmedAt: string | null;
  readonly assertedBy: string | null;
  readonly source: string | null;
  readonly confirmedBy: { readonly name: string } | null;
  readonly neighbour:
    | {
        readonly __typename: 'Organisation';
        readonly id: string;
        readonly name: string;
        readonly kind: OrganisationKind;
      }
    | {
        readonly __typename: 'Professional';
        readonly id: string;
        readonly name: string;
        readonly role: ProfessionalRole;
      }
    | null;
}

export const TIE_FIELDS = /* GraphQL */ `
  fragment TieFields on Tie {
    id
    kind
    strength
    lastConfirmedAt
    assertedBy
    source
    confirmedBy { name }
    neighbour {
      __typename
      ... on Organisation { id name kind }
      ... on Professional { id name role }
    }
  }
`;
