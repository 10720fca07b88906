import type { TrackRecordRow } from './types.js';

/**
 * Track records of organisations that received handovers in five cases or more, remembered for
 * a few seconds per day judged (`until`). Such a record is the same for every viewer — a count
 * of five or more is shown to anyone, so no case visibility enters it — and counting the
 * handovers of a busy organisation (thousands of them, a national one ten thousand) is the
 * partner finder's costliest read, repeated for every request it is a candidate in. A handover
 * answered or a tie confirmed meanwhile shows in the finder within `ttlMs`. Records of fewer
 * than five cases depend on the viewer and are cheap to count; they are never kept.
 */
export function createTrackCache(options: { ttlMs?: number; max?: number } = {}) {
  const ttlMs = options.ttlMs ?? 10_000;
  const max = options.max ?? 5_000;
  const known = new Map<string, { row: TrackRecordRow; until: number }>();
  const key = (until: string, id: string) => `${until}|${id}`;
  return {
    /** The remembered records among `ids`, and the ids still to be counted. */
    lookup(until: string, ids: readonly string[]) {
      const now = Date.now();
      const found = new Map<string, TrackRecordRow>();
      const missing: string[] = [];
      for (const id of ids) {
        const hit = known.get(key(until, id));
        if (hit && hit.until > now) found.set(id, hit.row);
        else missing.push(id);
      }
      return { found, missing };
    },
    remember(until: string, rows: readonly TrackRecordRow[]) {
      const expires = Date.now() + ttlMs;
      for (const row of rows) {
        if (row.cases < 5) continue;
        known.delete(key(until, row.id));
        if (known.size >= max) known.delete(known.keys().next().value as string);
        known.set(key(until, row.id), { row, until: expires });
      }
    },
  };
}

export type TrackCache = ReturnType<typeof createTrackCache>;
