import type { TrackRecordRow } from './types.js';

/** Rate under the small-count rule: hidden (null) when its case count may not be shown. */
export function shownAcceptanceRate(track: TrackRecordRow): number | null {
  const answered = track.accepted + track.declined;
  const shown = track.cases === 0 || track.cases >= 5 || track.visibleCases === track.cases;
  return shown && answered > 0 ? track.accepted / answered : null;
}

/** The record of an organisation that received no handover. */
export function emptyTrack(id: string): TrackRecordRow {
  return {
    id,
    cases: 0,
    visibleCases: 0,
    accepted: 0,
    declined: 0,
    medianDaysToAccept: null,
    newestTieConfirmedAt: null,
  };
}
