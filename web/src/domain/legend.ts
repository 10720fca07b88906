import type { NetworkGraph } from '../api/operations/regionNetwork';
import { ORGANISATION_KINDS, type OrganisationKind, TIE_KINDS, type TieKind } from '../api/schema';
import { SECTOR_OF_KIND, SECTORS, type Sector } from './sectors';

export interface LegendGroup {
  readonly sector: Sector;
  readonly kinds: readonly { readonly kind: OrganisationKind; readonly count: number }[];
}

export interface LegendContent {
  readonly groups: readonly LegendGroup[];
  readonly tieKinds: readonly TieKind[];
}

/** What the legend lists: only the kinds that occur in this network, grouped by sector. */
export function legendContent(network: NetworkGraph): LegendContent {
  const counts = new Map<OrganisationKind, number>();
  for (const node of network.nodes) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  const present = ORGANISATION_KINDS.filter((kind) => counts.has(kind));
  const groups = SECTORS.map((sector) => ({
    sector,
    kinds: present
      .filter((kind) => SECTOR_OF_KIND[kind] === sector)
      .map((kind) => ({ kind, count: counts.get(kind) ?? 0 })),
  })).filter((group) => group.kinds.length > 0);
  const tieKindsPresent = new Set(network.edges.map((edge) => edge.kind));
  return { groups, tieKinds: TIE_KINDS.filter((kind) => tieKindsPresent.has(kind)) };
}
