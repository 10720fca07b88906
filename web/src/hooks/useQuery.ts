import { useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type ApiError, asApiError } from '../api/ApiError';
import { graphqlRequest } from '../api/graphqlRequest';
import type { TypedDocument } from '../api/typedDocument';
import { SessionExpiryContext } from '../auth/sessionExpiry';
import { useLatestRef } from './useLatestRef';

export type QueryState<TData> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'success'; readonly data: TData }
  | { readonly status: 'error'; readonly error: ApiError };

export type QueryResult<TData> = QueryState<TData> & { readonly retry: () => void };

/**
 * Runs an operation whenever its variables change (compared by value); `null` variables skip it.
 * A newer request aborts the older one, so a slow answer never overwrites a newer one.
 * An UNAUTHENTICATED answer (the session expired) is reported to the session as well.
 */
export function useQuery<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables | null,
): QueryResult<TData> {
  const variablesKey = variables === null ? null : JSON.stringify(variables);
  const [state, setState] = useState<QueryState<TData>>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const sessionExpired = useLatestRef(useContext(SessionExpiryContext));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` only triggers a retry.
  useEffect(() => {
    if (variablesKey === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    graphqlRequest(document, JSON.parse(variablesKey) as TVariables, controller.signal).then(
      (data) => setState({ status: 'success', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = asApiError(error);
        setState({ status: 'error', error: apiError });
        if (apiError.code === 'UNAUTHENTICATED') sessionExpired.current();
      },
    );
    return () => controller.abort();
  }, [document, variablesKey, attempt, sessionExpired]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  // One object per state, so callers can memoise on the result.
  return useMemo(() => ({ ...state, retry }), [state, retry]);
}
