import { type ApiErrorCode, asApiError } from '../api/ApiError';
import { graphqlRequest } from '../api/graphqlRequest';
import { SIGN_IN_MUTATION, type SignInResult } from '../api/operations/signIn';
import type { Viewer } from '../api/operations/viewer';
import { nl } from '../i18n/nl';
import type { Texts } from '../i18n/texts';

/** Why a sign-in did not happen; each has its own message and field to return to. */
export type SignInFailure =
  | { readonly reason: 'missingEmail' | 'invalidEmail' | 'missingPassword' }
  | { readonly reason: 'wrongCredentials' | 'locked' }
  | { readonly reason: 'api'; readonly code: ApiErrorCode };

export type SignInOutcome =
  | { readonly ok: true; readonly viewer: Viewer }
  | { readonly ok: false; readonly failure: SignInFailure };

// Deliberately loose: the server checks properly; this only catches an obvious slip first.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What can be told before asking the server: an empty field or an e-mail without an @. */
export function checkCredentials(email: string, password: string): SignInFailure | null {
  if (email.trim() === '') return { reason: 'missingEmail' };
  if (!EMAIL_SHAPE.test(email.trim())) return { reason: 'invalidEmail' };
  if (password === '') return { reason: 'missingPassword' };
  return null;
}

export function outcomeOf(result: SignInResult): SignInOutcome {
  if (result.__typename === 'MutationSignInSuccess') return { ok: true, viewer: result.data };
  return { ok: false, failure: { reason: result.locked ? 'locked' : 'wrongCredentials' } };
}

export function failureOf(error: unknown): SignInFailure {
  const { code } = asApiError(error);
  // The only input the server validates that a person types is the e-mail address.
  if (code === 'VALIDATION_FAILED') return { reason: 'invalidEmail' };
  // Should the refusal ever come as an error rather than a result, it still means the same.
  if (code === 'UNAUTHENTICATED') return { reason: 'wrongCredentials' };
  return { reason: 'api', code };
}

/** The field to put focus back on; the other one keeps what was typed. */
export function fieldOf(failure: SignInFailure): 'email' | 'password' {
  return failure.reason === 'missingEmail' || failure.reason === 'invalidEmail'
    ? 'email'
    : 'password';
}

/**
 * Asks the server (after `checkCredentials`); a wrong password, a locked account and an
 * unreachable API are all outcomes, never thrown.
 */
export async function signIn(email: string, password: string): Promise<SignInOutcome> {
  try {
    const { signIn: result } = await graphqlRequest(SIGN_IN_MUTATION, {
      email: email.trim(),
      password,
    });
    return outcomeOf(result);
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

/** The failure in plain Dutch. */
export function failureMessage(failure: SignInFailure, texts: Texts = nl): string {
  return failure.reason === 'api'
    ? texts.errorMessages[failure.code]
    : texts.ui.signIn[failure.reason];
}
