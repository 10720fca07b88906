import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** The seed of every randomised metric (Louvain, sampled betweenness): same input, same answer. */
export const metricsSeed = 2026;

/** A seeded source of numbers in [0, 1), as graphology's algorithms take for `rng`. */
export function seededRandom(seed = metricsSeed): () => number {
  const generator = xoroshiro128plus(seed);
  return () => uniformFloat64(generator);
}
