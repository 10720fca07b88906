import type { ApiError } from '../api/ApiError';
import type { Viewer } from '../api/operations/viewer';

/** Why the sign-in page is showing, when there is something to say about it. */
export type SignedOutNotice = 'expired' | 'signedOut';

export type SessionState =
  | { readonly status: 'checking' }
  /** The viewer query itself failed (database or API down): nobody can tell who is signed in. */
  | { readonly status: 'unavailable'; readonly error: ApiError }
  | {
      readonly status: 'signedOut';
      readonly notice: SignedOutNotice | null;
      /** Filled in on the form again: after an expired session, the account that had it. */
      readonly email: string;
    }
  | {
      readonly status: 'signedIn';
      readonly viewer: Viewer;
      /** Signed in through the form just now (focus moves to the page), not by an existing cookie. */
      readonly viaForm: boolean;
    };

export type SessionEvent =
  | { readonly type: 'checkStarted' }
  | { readonly type: 'checked'; readonly viewer: Viewer | null }
  | { readonly type: 'checkFailed'; readonly error: ApiError }
  | { readonly type: 'signedIn'; readonly viewer: Viewer }
  | { readonly type: 'signedOut' }
  | { readonly type: 'expired' };

export const initialSession: SessionState = { status: 'checking' };

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'checkStarted':
      return initialSession;
    case 'checked':
      return event.viewer
        ? { status: 'signedIn', viewer: event.viewer, viaForm: false }
        : { status: 'signedOut', notice: null, email: '' };
    case 'checkFailed':
      return { status: 'unavailable', error: event.error };
    case 'signedIn':
      return { status: 'signedIn', viewer: event.viewer, viaForm: true };
    case 'signedOut':
      // The e-mail is not kept: the next person at a shared computer starts with an empty form.
      return { status: 'signedOut', notice: 'signedOut', email: '' };
    case 'expired':
      // Only a live session can expire; several queries failing at once report it once.
      return state.status === 'signedIn'
        ? { status: 'signedOut', notice: 'expired', email: state.viewer.email }
        : state;
  }
}
