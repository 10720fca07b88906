import { createContext } from 'react';

/**
 * Called by `useQuery` when the API answers UNAUTHENTICATED: the session has expired or was
 * revoked. The app provides it while signed in; outside that, there is no session to lose.
 */
export const SessionExpiryContext = createContext<() => void>(() => {});
