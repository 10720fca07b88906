import { typedDocument } from '../typedDocument';
import { VIEWER_FIELDS, type Viewer } from './viewer';

export type SignInResult =
  | { readonly __typename: 'MutationSignInSuccess'; readonly data: Viewer }
  | { readonly __typename: 'AuthenticationError'; readonly locked: boolean };

export interface SignInData {
  readonly signIn: SignInResult;
}

export interface SignInVariables {
  readonly email: string;
  readonly password: string;
}

/** Sets the HttpOnly session cookie on success; a wrong password is a result, not an error. */
export const SIGN_IN_MUTATION = typedDocument<SignInData, SignInVariables>(/* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      __typename
      ... on MutationSignInSuccess { data { ...ViewerFields } }
      ... on AuthenticationError { locked }
    }
  }
  ${VIEWER_FIELDS}
`);
