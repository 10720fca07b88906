import type { Sector } from './sectors.js';
import type { NetworkGraph } from './snapshot.js';

/** How an organisation links sectors: its ties to other sectors, and how many sectors. */
export interface CrossSector {
  crossSectorTies: number;
  sectorsReached: number;
}

/** An organisation outside a sector through which that sector reaches the rest. */
export interface Gatekeeper {
  organisationId: string;
  ties: number;
  /** Its part of all ties between the sector and the others, 0–1. */
  share: number;
}

export interface SectorBridge {
  sector: Sector;
  /** Ties with one end in the sector and the other outside it. */
  outsideTies: number;
  /** Outside organisations by their share of those ties, largest first. */
  gatekeepers: Gatekeeper[];
}

/** Every organisation's ties to organisations of another sector. */
export function crossSectorTies(graph: NetworkGraph): Record<string, CrossSector> {
  const out: Record<string, CrossSector> = {};
  graph.forEachNode((node, { sector }) => {
    const reached = new Set<Sector>();
    let ties = 0;
    graph.forEachNeighbor(node, (_neighbour, attributes) => {
      if (attributes.sector === sector) return;
      ties++;
      reached.add(attributes.sector);
    });
    out[node] = { crossSectorTies: ties, sectorsReached: reached.size };
  });
  return out;
}

/**
 * For each sector, the organisations outside it at the other end of its ties to other sectors.
 * A sector whose every outside tie ends at one organisation (share 1) depends on that one broker:
 * if it drops out, the sector is cut off from the rest of the network.
 */
export function sectorBridges(graph: NetworkGraph): SectorBridge[] {
  const bySector = new Map<Sector, Map<string, number>>();
  graph.forEachEdge((_edge, _attributes, source, target, a, b) => {
    if (a.sector === b.sector) return;
    for (const [inside, outside] of [
      [a.sector, target],
      [b.sector, source],
    ] as const) {
      const ends = bySector.get(inside) ?? new Map<string, number>();
      ends.set(outside, (ends.get(outside) ?? 0) + 1);
      bySector.set(inside, ends);
    }
  });
  return [...bySector.entries()]
    .map(([sector, ends]) => {
      const outsideTies = [...ends.values()].reduce((sum, n) => sum + n, 0);
      const gatekeepers = [...ends.entries()]
        .map(([organisationId, ties]) => ({ organisationId, ties, share: ties / outsideTies }))
        .sort((x, y) => y.ties - x.ties || (x.organisationId < y.organisationId ? -1 : 1));
      return { sector, outsideTies, gatekeepers };
    })
    .sort((x, y) => (x.sector < y.sector ? -1 : 1));
}
