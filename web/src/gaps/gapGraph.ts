import type {
  GapSeverity,
  HiddenCollaboration,
  MissingTie,
  SinglePointOfFailure,
  StaleTie,
} from '../api/operations/gaps';
import type { MapEdge, MapGraph } from '../domain/mapGraph';

/** The region's network with the missing expected ties added as edges of their own. */
export interface GapGraph {
  readonly graph: MapGraph;
  /** Ids of the added edges (drawn dashed). */
  readonly missingEdgeIds: ReadonlySet<string>;
  /** Ids of the network's edges whose tie is stale (drawn faded). */
  readonly staleEdgeIds: ReadonlySet<string>;
}

/** A missing tie's edge id: stable per pair, never a tie id. */
export function missingEdgeId(tie: Pick<MissingTie, 'from' | 'to'>): string {
  return `missing:${tie.from.id}:${tie.to.id}`;
}

/** The id inside a Relay global id ("Tie:abc" in base64 → "abc"); the map's edges carry those. */
export function idInGlobalId(globalId: string): string | null {
  try {
    const decoded = atob(globalId);
    const colon = decoded.indexOf(':');
    return colon > 0 ? decoded.slice(colon + 1) : null;
  } catch {
    return null;
  }
}

/**
 * Adds the missing ties between organisations on the map (a pair off the map is left out: it
 * is still listed) and finds the drawn edges of stale organisation ties.
 */
export function gapGraph(
  network: MapGraph,
  missingTies: readonly MissingTie[],
  staleTies: readonly StaleTie[],
): GapGraph {
  const nodeIds = new Set(network.nodes.map((node) => node.id));
  const missing: MapEdge[] = [];
  const seen = new Set<string>();
  for (const tie of missingTies) {
    const id = missingEdgeId(tie);
    if (seen.has(id) || !nodeIds.has(tie.from.id) || !nodeIds.has(tie.to.id)) continue;
    seen.add(id);
    missing.push({
      id,
      source: tie.from.id,
      target: tie.to.id,
      relation: 'TIE',
      tieKind: null,
      tieId: null,
    });
  }
  const edgeIds = new Set(network.edges.map((edge) => edge.id));
  const staleEdgeIds = new Set(
    staleTies
      .filter((stale) => stale.type === 'ORGANISATION')
      .map((stale) => idInGlobalId(stale.tie.id))
      .filter((id): id is string => id !== null && edgeIds.has(id)),
  );
  return {
    graph: { nodes: network.nodes, edges: [...network.edges, ...missing] },
    missingEdgeIds: seen,
    staleEdgeIds,
  };
}

/** What a list item points at on the map. */
export interface GapMark {
  /** Which item, so the list can show it as chosen. */
  readonly key: string;
  readonly ids: ReadonlySet<string>;
}

export function markMissingTie(tie: MissingTie): GapMark {
  const edge = missingEdgeId(tie);
  return { key: edge, ids: new Set([edge, tie.from.id, tie.to.id]) };
}

export function markSinglePoint(point: SinglePointOfFailure): GapMark {
  const ids = new Set([point.organisation.id, ...point.cutOff.map((org) => org.id)]);
  const bridge = point.bridge ? idInGlobalId(point.bridge.id) : null;
  if (bridge) ids.add(bridge);
  return { key: `spof:${point.organisation.id}:${point.sector}`, ids };
}

export function markOrganisations(key: string, ids: readonly string[]): GapMark {
  return { key, ids: new Set(ids) };
}

/** A node clicked on the map: it, its edges (missing ones too) and its neighbours. */
export function markNode(graph: MapGraph, id: string): GapMark {
  const ids = new Set([id]);
  for (const edge of graph.edges) {
    if (edge.source !== id && edge.target !== id) continue;
    ids.add(edge.id);
    ids.add(edge.source === id ? edge.target : edge.source);
  }
  return { key: `node:${id}`, ids };
}

export function markHidden(item: HiddenCollaboration): GapMark {
  const ids = item.organisations.map((org) => org.id);
  return markOrganisations(`hidden:${ids.join(':')}`, ids);
}

const SEVERITY_ORDER: Readonly<Record<GapSeverity, number>> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** Missing ties grouped by severity (most urgent first), each group by name of the from side. */
export function bySeverity(
  ties: readonly MissingTie[],
  compare: (a: string, b: string) => number,
): { readonly severity: GapSeverity; readonly ties: readonly MissingTie[] }[] {
  const sorted = [...ties].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compare(a.from.name, b.from.name) ||
      compare(a.to.name, b.to.name),
  );
  const groups = new Map<GapSeverity, MissingTie[]>();
  for (const tie of sorted) groups.set(tie.severity, [...(groups.get(tie.severity) ?? []), tie]);
  return [...groups].map(([severity, group]) => ({ severity, ties: group }));
}
