import { useEffect, useState } from 'react';
import { type ApiError, asApiError } from '../api/ApiError';
import { graphqlRequest } from '../api/graphqlRequest';
import { TIE_DATES_QUERY } from '../api/operations/tieDates';
import { toGlobalId } from '../domain/globalId';
import type { MapGraph } from '../domain/mapGraph';

/** Ties asked about per request; the map's own data stays lean without them. */
const PAGE = 400;

export type TieDates =
  | { readonly status: 'off' | 'loading' }
  | { readonly status: 'error'; readonly error: ApiError }
  | { readonly status: 'ready'; readonly dates: ReadonlyMap<string, string | null> };

/**
 * When each tie on the map was last confirmed, fetched only while a freshness filter is on,
 * a page of ties at a time. Dates already known are not asked for again.
 */
export function useTieDates(graph: MapGraph | null, enabled: boolean): TieDates {
  const [known] = useState(() => new Map<string, string | null>());
  const [state, setState] = useState<TieDates>({ status: 'off' });

  useEffect(() => {
    if (!enabled || graph === null) {
      setState({ status: 'off' });
      return;
    }
    const missing = graph.edges.flatMap((edge) =>
      edge.tieId !== null && !known.has(edge.tieId) ? [edge.tieId] : [],
    );
    if (missing.length === 0) {
      setState({ status: 'ready', dates: new Map(known) });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    (async () => {
      for (let start = 0; start < missing.length; start += PAGE) {
        const page = missing.slice(start, start + PAGE);
        const byGlobalId = new Map(page.map((id) => [toGlobalId('Tie', id), id]));
        const data = await graphqlRequest(
          TIE_DATES_QUERY,
          { ids: [...byGlobalId.keys()] },
          controller.signal,
        );
        for (const node of data.nodes) {
          const tieId = node ? byGlobalId.get(node.id) : undefined;
          if (node && tieId !== undefined) known.set(tieId, node.lastConfirmedAt);
        }
        // A tie that is gone (archived since) counts as never confirmed.
        for (const id of page) if (!known.has(id)) known.set(id, null);
      }
      setState({ status: 'ready', dates: new Map(known) });
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) setState({ status: 'error', error: asApiError(error) });
    });
    return () => controller.abort();
  }, [graph, enabled, known]);

  return state;
}
