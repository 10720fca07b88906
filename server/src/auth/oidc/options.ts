/** What the sign-in page offers besides the password; public, asked before anyone signs in. */
export interface SignInOptions {
  /** Signing in through the organisation's identity provider; null when not configured. */
  oidc: { label: string } | null;
}

/** What `useOidcSignIn` adds to every request's GraphQL context. */
export interface SignInOptionsContext {
  signInOptions: SignInOptions;
}

/** The options of the app serving this request (tests run apps with and without OIDC). */
export function signInOptionsOf(context: object): SignInOptions {
  return (context as Partial<SignInOptionsContext>).signInOptions ?? { oidc: null };
}
