import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import { metricsSeed, seededRandom } from './random.js';
import type { NetworkGraph } from './snapshot.js';

/** Up to this many organisations betweenness is exact (a region: a few hundred, well under 1 s). */
export const exactBetweennessUpTo = 2_000;
/** Beyond it, shortest paths from this many source organisations, chosen with `metricsSeed`. */
export const betweennessSamples = 500;

export interface Betweenness {
  /** Normalised betweenness (0–1) of every organisation, by id. */
  values: Record<string, number>;
  exact: boolean;
  /** Source organisations the estimate is based on; the graph's order when exact. */
  sampleSize: number;
  /** The seed of the sample; null when exact. */
  seed: number | null;
}

/**
 * Betweenness centrality: how often an organisation lies on the shortest paths between others.
 * Exact (graphology-metrics, Brandes) for a region; on a large graph the Brandes–Pich estimate
 * from `samples` seeded random sources, scaled by order/samples, so the national network takes
 * seconds instead of minutes and gives the same answer on every run.
 */
export function betweenness(
  graph: NetworkGraph,
  options: { exactUpTo?: number; samples?: number; seed?: number } = {},
): Betweenness {
  const n = graph.order;
  const samples = Math.min(options.samples ?? betweennessSamples, n);
  if (n <= (options.exactUpTo ?? exactBetweennessUpTo) || n < 3) {
    const values = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    return { values, exact: true, sampleSize: n, seed: null };
  }
  const seed = options.seed ?? metricsSeed;
  const brandes = createUnweightedIndexedBrandes(graph);
  const centralities = new Float64Array(n);
  const delta = new Float64Array(n);
  for (const source of sampleSources(n, samples, seed)) {
    // One step of Brandes' accumulation, as graphology-metrics runs it for every source.
    const [stack, predecessors, sigma] = brandes(source);
    stack.forEach((node) => {
      delta[node] = 0;
    });
    while (stack.size !== 0) {
      const w = stack.pop() as number;
      const coefficient = (1 + (delta[w] ?? 0)) / (sigma[w] ?? 1);
      for (const v of predecessors[w] ?? []) {
        delta[v] = (delta[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
      }
      if (w !== source) centralities[w] = (centralities[w] ?? 0) + (delta[w] ?? 0);
    }
  }
  // Scale the sample up to all sources, then normalise as graphology does ((n-1)(n-2)).
  const scale = n / samples / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centralities[i] = (centralities[i] ?? 0) * scale;
  const values = (brandes as unknown as typeof createUnweightedIndexedBrandes).index.collect(
    centralities as unknown as number[],
  ) as Record<string, number>;
  return { values, exact: false, sampleSize: samples, seed };
}

/** `count` distinct node indices out of `n`, by a seeded partial Fisher–Yates shuffle. */
function sampleSources(n: number, count: number, seed: number): number[] {
  const random = seededRandom(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order.slice(0, count);
}
