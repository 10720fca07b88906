import { typedDocument } from '../typedDocument';

export interface SignOutData {
  /** False when there was no live session to end; the cookie is cleared either way. */
  readonly signOut: boolean;
}

export const SIGN_OUT_MUTATION = typedDocument<SignOutData>(/* GraphQL */ `
  mutation SignOut {
    signOut
  }
`);
