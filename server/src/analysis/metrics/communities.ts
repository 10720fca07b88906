import louvain from 'graphology-communities-louvain';
import { metricsSeed, seededRandom } from './random.js';
import type { NetworkGraph } from './snapshot.js';

export interface Communities {
  /** The community of every organisation, numbered from 0, largest community first. */
  of: Record<string, number>;
  /** Members of each community, by number; ids in order. */
  members: string[][];
  modularity: number;
  seed: number;
}

/**
 * Communities by Louvain (graphology-communities-louvain), seeded so that the same network
 * always splits the same way (the graph is built in id order, see snapshot.ts). Renumbered by
 * size, then by first member, so the numbers themselves are stable too.
 */
export function communities(graph: NetworkGraph, seed = metricsSeed): Communities {
  if (graph.size === 0) {
    // Louvain needs edges; without them every organisation is a community of its own.
    const members = graph.nodes().map((id) => [id]);
    return {
      of: Object.fromEntries(members.map(([id], i) => [id, i])),
      members,
      modularity: 0,
      seed,
    };
  }
  const detailed = louvain.detailed(graph, { rng: seededRandom(seed), getEdgeWeight: null });
  const groups = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const community = detailed.communities[node] ?? -1;
    const group = groups.get(community);
    if (group) group.push(node);
    else groups.set(community, [node]);
  });
  const members = [...groups.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  const of: Record<string, number> = {};
  members.forEach((ids, index) => {
    for (const id of ids) of[id] = index;
  });
  return { of, members, modularity: detailed.modularity, seed };
}
