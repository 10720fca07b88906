import { cutOff, weights } from './scoring.js';
import type { TrackRecordRow } from './types.js';

interface Options<C> {
  limit: number;
  /** How many of the best placed to read first; all at once when not over twice as many. */
  firstRead: number;
  /** A candidate's total without its track record. */
  without: (c: C) => number;
  /** Its total with this track record (none: an organisation with no record). */
  withTrack: (c: C, track: TrackRecordRow | undefined) => number;
  read: (ids: readonly string[]) => Promise<Map<string, TrackRecordRow>>;
}

/**
 * Track records of many finalists (a city, one common need: hundreds that fit alike), read best
 * placed first: the `firstRead` with the highest totals so far (ties: nearer, then lower id).
 * Their totals with the track record make the `limit`-th best known total a floor under the
 * final cut — more candidates can only raise it — so of the rest only those whose total plus
 * the most a track record adds still reaches that floor are read; the others are dropped.
 * Exact, like `reachable`: a dropped one has at least `limit` others strictly above it.
 */
export async function boundedTrackRecords<C extends { id: string; distanceKm: number }>(
  finalists: readonly C[],
  options: Options<C>,
): Promise<{ kept: C[]; tracks: Map<string, TrackRecordRow> }> {
  const { limit, without, withTrack, read } = options;
  const ordered = [...finalists].sort(
    (a, b) => without(b) - without(a) || a.distanceKm - b.distanceKm || a.id.localeCompare(b.id),
  );
  // A second round trip pays only when the first read may spare many.
  const first =
    ordered.length > 2 * options.firstRead ? ordered.slice(0, options.firstRead) : ordered;
  const tracks = await read(first.map((c) => c.id));
  if (first.length === ordered.length) return { kept: first, tracks };
  const floor = cutOff(
    first.map((c) => withTrack(c, tracks.get(c.id))),
    limit,
  );
  // The epsilon only guards the sums' floating-point rounding; a tie at the floor is kept.
  const rest = ordered
    .slice(first.length)
    .filter((c) => without(c) + weights.trackRecord + 1e-9 >= floor);
  if (rest.length > 0) {
    for (const [id, track] of await read(rest.map((c) => c.id))) tracks.set(id, track);
  }
  return { kept: [...first, ...rest], tracks };
}
