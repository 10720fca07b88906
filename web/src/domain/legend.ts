import { ORGANISATION_KINDS, type OrganisationKind, TIE_KINDS, type TieKind } from '../api/schema';
import type { MapGraph } from './mapGraph';
import { SECTOR_OF_KIND, SECTORS, type Sector } from './sectors';

export interface LegendGroup {
  readonly sector: Sector;
  readonly kinds: readonly { readonly kind: OrganisationKind; readonly count: number }[];
}

export interface LegendContent {
  readonly groups: readonly LegendGroup[];
  readonly tieKinds: readonly TieKind[];
  /** Professionals, tables or municipalities on the map. */
  readonly otherTypes: readonly ('Professional' | 'ConsultationTable' | 'Municipality')[];
  /** Works-at, membership or serves edges on the map. */
  readonly otherRelations: boolean;
}

/** What the legend lists: only what occurs in this map, organisations grouped by sector. */
export function legendContent(graph: MapGraph): LegendContent {
  const counts = new Map<OrganisationKind, number>();
  const types = new Set<string>();
  for (const node of graph.nodes) {
    types.add(node.type);
    if (node.type !== 'Organisation') continue;
    const kind = node.kind as OrganisationKind;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const present = ORGANISATION_KINDS.filter((kind) => counts.has(kind));
  const groups = SECTORS.map((sector) => ({
    sector,
    kinds: present
      .filter((kind) => SECTOR_OF_KIND[kind] === sector)
      .map((kind) => ({ kind, count: counts.get(kind) ?? 0 })),
  })).filter((group) => group.kinds.length > 0);
  const tieKindsPresent = new Set(graph.edges.map((edge) => edge.tieKind));
  return {
    groups,
    tieKinds: TIE_KINDS.filter((kind) => tieKindsPresent.has(kind)),
    otherTypes: (['Professional', 'ConsultationTable', 'Municipality'] as const).filter((type) =>
      types.has(type),
    ),
    otherRelations: graph.edges.some((edge) => edge.relation !== 'TIE'),
  };
}
