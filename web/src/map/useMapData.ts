import { useCallback, useContext, useMemo, useState } from 'react';
import { type ApiError, asApiError } from '../api/ApiError';
import { graphqlRequest } from '../api/graphqlRequest';
import { NEIGHBOURHOOD_QUERY, type NeighbourhoodVariables } from '../api/operations/neighbourhood';
import { REGION_NETWORK_QUERY } from '../api/operations/regionNetwork';
import { SessionExpiryContext } from '../auth/sessionExpiry';
import {
  fromNeighbourhood,
  fromRegionNetwork,
  type MapGraph,
  mergeGraphs,
} from '../domain/mapGraph';
import { useQuery } from '../hooks/useQuery';
import { type MapScope, scopeKey } from './mapScope';

/** Largest neighbourhood the map asks for (the API allows 5,000 nodes). */
const NODE_LIMIT = 5_000;

export type MapData =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ApiError; readonly retry: () => void }
  | { readonly status: 'notFound' }
  | {
      readonly status: 'ready';
      readonly graph: MapGraph;
      /** The centre's name, for a focus. */
      readonly centreLabel: string | null;
      readonly truncated: boolean;
    };

function neighbourhoodVariables(scope: MapScope): NeighbourhoodVariables | null {
  if (scope.kind === 'municipality') {
    // The organisations serving the municipality, and the ties among them.
    return {
      id: scope.municipalityId,
      depth: 1,
      limit: NODE_LIMIT,
      filter: { relations: ['SERVES', 'TIE'], includeProfessionals: false },
    };
  }
  if (scope.kind === 'focus') {
    return { id: scope.nodeId, depth: scope.depth, limit: NODE_LIMIT, filter: {} };
  }
  return null;
}

/**
 * The map's data for a scope: the region's network, or a neighbourhood from the API. Expanding
 * a node merges its neighbours in; they stay until the scope changes.
 */
export function useMapData(scope: MapScope) {
  const key = scopeKey(scope);
  const region = useQuery(
    REGION_NETWORK_QUERY,
    scope.kind === 'region' ? { code: scope.regionCode } : null,
  );
  const around = useQuery(NEIGHBOURHOOD_QUERY, neighbourhoodVariables(scope));
  const [expansions, setExpansions] = useState<{ key: string; graphs: MapGraph[] }>({
    key,
    graphs: [],
  });
  const [expanding, setExpanding] = useState<string | null>(null);
  const [expandError, setExpandError] = useState<ApiError | null>(null);
  const sessionExpired = useContext(SessionExpiryContext);

  const base = useMemo((): MapData => {
    const query = scope.kind === 'region' ? region : around;
    if (query.status === 'idle' || query.status === 'loading') return { status: 'loading' };
    if (query.status === 'error') {
      return { status: 'error', error: query.error, retry: query.retry };
    }
    if ('region' in query.data) {
      const network = query.data.region?.network;
      if (!network) return { status: 'notFound' };
      return {
        status: 'ready',
        graph: fromRegionNetwork(network),
        centreLabel: null,
        truncated: false,
      };
    }
    const graph = query.data.neighbourhood;
    if (!graph) return { status: 'notFound' };
    return {
      status: 'ready',
      graph: fromNeighbourhood(graph, scope.kind === 'municipality'),
      centreLabel: graph.center.label,
      truncated: graph.truncated,
    };
  }, [scope.kind, region, around]);

  const extra = expansions.key === key ? expansions.graphs : [];
  const data = useMemo((): MapData => {
    if (base.status !== 'ready' || extra.length === 0) return base;
    return { ...base, graph: extra.reduce(mergeGraphs, base.graph) };
  }, [base, extra]);

  const expand = useCallback(
    async (nodeId: string) => {
      setExpanding(nodeId);
      setExpandError(null);
      try {
        const result = await graphqlRequest(NEIGHBOURHOOD_QUERY, {
          id: nodeId,
          depth: 1,
          limit: 500,
          filter: {},
        });
        const graph = result.neighbourhood ? fromNeighbourhood(result.neighbourhood) : null;
        if (graph) {
          setExpansions((previous) => ({
            key,
            graphs: [...(previous.key === key ? previous.graphs : []), graph],
          }));
        }
      } catch (error) {
        const apiError = asApiError(error);
        setExpandError(apiError);
        if (apiError.code === 'UNAUTHENTICATED') sessionExpired();
      } finally {
        setExpanding(null);
      }
    },
    [key, sessionExpired],
  );

  return { data, key, expand, expanding, expandError };
}
