import type { OrganisationKind, ProfessionalRole, TieKind } from '../api/schema';
import type { Freshness } from './freshness';
import { isFresh } from './freshness';
import type { MapGraph } from './mapGraph';

/** What the map hides; an empty set means "no filter" (everything shows). */
export interface MapFilters {
  readonly organisationKinds: ReadonlySet<OrganisationKind>;
  readonly roles: ReadonlySet<ProfessionalRole>;
  readonly tieKinds: ReadonlySet<TieKind>;
  readonly freshness: Freshness;
  /** YYYY-MM-DD: the day freshness is judged on. */
  readonly asOf: string;
}

export function defaultFilters(asOf: string): MapFilters {
  return {
    organisationKinds: new Set(),
    roles: new Set(),
    tieKinds: new Set(),
    freshness: 'all',
    asOf,
  };
}

export function activeFilterCount(filters: MapFilters): number {
  return (
    (filters.organisationKinds.size > 0 ? 1 : 0) +
    (filters.roles.size > 0 ? 1 : 0) +
    (filters.tieKinds.size > 0 ? 1 : 0) +
    (filters.freshness === 'all' ? 0 : 1)
  );
}

export interface FilterOutcome {
  readonly hiddenNodes: ReadonlySet<string>;
  readonly hiddenEdges: ReadonlySet<string>;
  /** Ties not confirmed in the 12 months before `asOf` (known only once dates are loaded). */
  readonly staleEdges: ReadonlySet<string>;
}

/**
 * Which elements the filters hide. A node hides when its kind or role is filtered out; an edge
 * hides with either end, or by its tie kind or freshness. `lastConfirmed` maps tie ids to their
 * date; ties missing from it are not judged on freshness (their dates are still loading).
 */
export function applyFilters(
  graph: MapGraph,
  filters: MapFilters,
  lastConfirmed: ReadonlyMap<string, string | null> | null,
): FilterOutcome {
  const hiddenNodes = new Set<string>();
  for (const node of graph.nodes) {
    const kindOut =
      node.type === 'Organisation' &&
      filters.organisationKinds.size > 0 &&
      !filters.organisationKinds.has(node.kind as OrganisationKind);
    const roleOut =
      node.type === 'Professional' &&
      filters.roles.size > 0 &&
      !filters.roles.has(node.kind as ProfessionalRole);
    if (kindOut || roleOut) hiddenNodes.add(node.id);
  }
  const hiddenEdges = new Set<string>();
  const staleEdges = new Set<string>();
  for (const edge of graph.edges) {
    const known = edge.tieId !== null && lastConfirmed?.has(edge.tieId);
    const fresh = known
      ? isFresh(lastConfirmed?.get(edge.tieId ?? '') ?? null, filters.asOf)
      : null;
    if (fresh === false) staleEdges.add(edge.id);
    const endHidden = hiddenNodes.has(edge.source) || hiddenNodes.has(edge.target);
    const kindOut =
      edge.tieKind !== null && filters.tieKinds.size > 0 && !filters.tieKinds.has(edge.tieKind);
    const freshnessOut =
      edge.relation === 'TIE' &&
      filters.freshness !== 'all' &&
      fresh !== null &&
      fresh !== (filters.freshness === 'fresh');
    if (endHidden || kindOut || freshnessOut) hiddenEdges.add(edge.id);
  }
  return { hiddenNodes, hiddenEdges, staleEdges };
}
