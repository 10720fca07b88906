import { useCallback, useEffect, useReducer, useState } from 'react';
import { asApiError } from '../api/ApiError';
import { graphqlRequest } from '../api/graphqlRequest';
import { SIGN_OUT_MUTATION } from '../api/operations/signOut';
import { VIEWER_QUERY, type Viewer } from '../api/operations/viewer';
import { initialSession, type SessionState, sessionReducer } from './session';

export interface Session {
  readonly state: SessionState;
  /** Asks the API again who is signed in (after `unavailable`). */
  readonly retry: () => void;
  readonly signedIn: (viewer: Viewer) => void;
  /** Ends the session on the server; rejects with an ApiError when that did not happen. */
  readonly signOut: () => Promise<void>;
  readonly expired: () => void;
}

/** Who is signed in: asked once on load, then changed by signing in, out, or the session expiring. */
export function useSession(): Session {
  const [state, dispatch] = useReducer(sessionReducer, initialSession);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` only triggers a retry.
  useEffect(() => {
    const controller = new AbortController();
    dispatch({ type: 'checkStarted' });
    graphqlRequest(VIEWER_QUERY, {}, controller.signal).then(
      ({ viewer }) => dispatch({ type: 'checked', viewer }),
      (error: unknown) => {
        if (!controller.signal.aborted) dispatch({ type: 'checkFailed', error: asApiError(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const signedIn = useCallback((viewer: Viewer) => dispatch({ type: 'signedIn', viewer }), []);
  const expired = useCallback(() => dispatch({ type: 'expired' }), []);
  const signOut = useCallback(async () => {
    try {
      await graphqlRequest(SIGN_OUT_MUTATION, {});
    } catch (error) {
      // A session that is already gone needs no ending; any other failure leaves it alive.
      if (asApiError(error).code !== 'UNAUTHENTICATED') throw asApiError(error);
    }
    dispatch({ type: 'signedOut' });
  }, []);
  return { state, retry, signedIn, signOut, expired };
}
