import { typedDocument } from '../typedDocument';

/** Ways to sign in besides the password; asked before anyone is signed in. */
export interface SignInOptions {
  /** The organisation's own identity provider (OpenID Connect); null when not configured. */
  readonly oidc: { readonly label: string } | null;
}

export interface SignInOptionsData {
  readonly signInOptions: SignInOptions;
}

export const SIGN_IN_OPTIONS_QUERY = typedDocument<SignInOptionsData>(/* GraphQL */ `
  query SignInOptions {
    signInOptions { oidc { label } }
  }
`);
