import type { Database } from '../../db/database.js';
import { ageInDays } from '../../ties/age.js';
import type { Need } from '../../vocabulary/needs.js';
import { boundedTrackRecords } from './bounded.js';
import { pickContact } from './contact.js';
import { dayAfter } from './dates.js';
import {
  cutOff,
  freshnessScore,
  municipalityScore,
  needsScore,
  networkMax,
  pathScore,
  trackRecordScore,
  weights,
} from './scoring.js';
import {
  candidatesBeyondRegion,
  candidatesInRegion,
  pathsFrom,
  staffOf,
  trackRecords,
} from './store.js';
import { emptyTrack, shownAcceptanceRate } from './track.js';
import type { CandidateRow, PathShape, TrackRecordRow } from './types.js';

export { shownAcceptanceRate } from './track.js';

export interface PartnerRequest {
  municipalityCode: string;
  needs: readonly Need[];
  /** The professional the paths start from; null: no paths. */
  askerId: string | null;
  /** The asker's own organisation, never suggested to them. */
  askerOrganisationId: string | null;
  /** The viewer's organisation: counts of cases it is involved in are never hidden from it. */
  viewerOrganisationId: string | null;
  asOf: string;
  limit: number;
}

export interface ScoreParts {
  municipality: number;
  needs: number;
  path: number;
  trackRecord: number;
  freshness: number;
}

export interface PartnerShape extends CandidateRow {
  rank: number;
  missing: Need[];
  contactId: string | null;
  path: PathShape | null;
  /** Days since each tie on the path was last confirmed (null: never), in path order. */
  tieDays: (number | null)[];
  track: TrackRecordRow;
  /** The acceptance rate the score used; null when unknown or hidden. */
  acceptanceRate: number | null;
  parts: ScoreParts;
  total: number;
}

export interface PartnerResultShape {
  request: PartnerRequest;
  /** Asked needs that no organisation serving the municipality offers. */
  uncoveredNeeds: Need[];
  partners: PartnerShape[];
}

interface Scored extends CandidateRow {
  parts: ScoreParts;
}

const sum = (parts: ScoreParts) =>
  Math.round(
    (parts.municipality + parts.needs + parts.path + parts.trackRecord + parts.freshness) * 100,
  ) / 100;

/** Up to this many times `limit` path candidates, track records and staff are read early. */
const earlyReadFactor = 2;

/** Keeps the candidates whose best possible total (`sum + headroom`) can still make the list. */
function reachable<C extends Scored>(candidates: C[], limit: number, headroom: number): C[] {
  const cut = cutOff(
    candidates.map((c) => sum(c.parts)),
    limit,
  );
  // The epsilon only guards the sums' floating-point rounding; a tie at the cut is kept.
  return candidates.filter((c) => sum(c.parts) + headroom + 1e-9 >= cut);
}

/** The in-region candidates of a request (any asker): to pass to `findPartners` as `prefetched`. */
export const readCandidates = (
  db: Database,
  params: { municipalityCode: string; needs: readonly Need[] },
) => candidatesInRegion(db, { ...params, excludeId: null });

/**
 * Ranks organisations for a request (README.md), from cheap parts to costly ones, dropping at
 * each stage every candidate whose best possible total can no longer reach the `limit`-th best
 * total known so far: fit for all candidates; paths (and so freshness) for those within the
 * network parts' reach; track records and staff only for those still within the track record's.
 * Exact: what is dropped could not have made the list.
 */
export async function findPartners(
  db: Database,
  request: PartnerRequest,
  prefetched: { inRegion?: Promise<CandidateRow[]> } = {},
) {
  const { municipalityCode, needs, limit } = request;
  // The asker's organisation is left out here, so that the caller may start this read before
  // it knows the asker (`readCandidates`), alongside the request's facts: one round trip less.
  const inRegion = (
    await (prefetched.inRegion ?? readCandidates(db, { municipalityCode, needs }))
  ).filter((c) => c.id !== request.askerOrganisationId);
  const offeredInRegion = new Set(inRegion.flatMap((c) => c.offered));
  const beyondNeeds = needs.filter((need) => !offeredInRegion.has(need));
  const beyond = beyondNeeds.length
    ? await candidatesBeyondRegion(db, {
        municipalityCode,
        needs: beyondNeeds,
        allNeeds: needs,
        excludeIds: [...inRegion.map((c) => c.id), request.askerOrganisationId ?? ''],
        limit,
      })
    : [];
  const servedHere = new Set(
    inRegion.filter((c) => c.servesMunicipality).flatMap((c) => c.offered),
  );

  const fitted = [...inRegion, ...beyond].map((c) => ({
    ...c,
    parts: {
      municipality: municipalityScore(c),
      needs: needsScore(c.offered, needs),
      path: 0,
      trackRecord: 0,
      freshness: 0,
    },
  }));

  // Paths for the candidates that fit well enough for the network parts to matter. When they
  // are few (the usual case), their track records and staff are read alongside, which saves a
  // round trip; when many (a city, one common need), only after the paths have narrowed them.
  const pathCandidates = reachable(fitted, limit, networkMax);
  const pathIds = pathCandidates.map((c) => c.id);
  const readTracks = (ids: readonly string[]) =>
    trackRecords(db, {
      ids,
      until: dayAfter(request.asOf),
      viewerOrganisationId: request.viewerOrganisationId,
    });
  const networkReads = (ids: readonly string[]) =>
    Promise.all([readTracks(ids), staffOf(db, ids, needs)]);
  const [paths, early] = await Promise.all([
    request.askerId
      ? pathsFrom(db, request.askerId, pathIds)
      : Promise.resolve(new Map<string, PathShape>()),
    pathIds.length <= limit * earlyReadFactor ? networkReads(pathIds) : Promise.resolve(null),
  ]);
  const withPaths = pathCandidates.map((c) => {
    const path = paths.get(c.id) ?? null;
    const tieDays = (path?.links ?? [])
      .filter((link) => link.relation === 'TIE')
      .map((link) => ageInDays(link.lastConfirmedAt, request.asOf));
    const parts = {
      ...c.parts,
      path: pathScore(path ? path.links.length : null),
      freshness: freshnessScore(path ? { tieDays } : null),
    };
    return { ...c, path, tieDays, parts };
  });

  // The track record (3 at most) can lift only those this close to the list. Read early, or
  // now best placed first (bounded.ts); staff then only for those ranked.
  const finalists = reachable(withPaths, limit, weights.trackRecord);
  const scoreWith = (c: (typeof finalists)[number], found: TrackRecordRow | undefined) => {
    const track = found ?? emptyTrack(c.id);
    const acceptanceRate = shownAcceptanceRate(track);
    const parts = { ...c.parts, trackRecord: trackRecordScore(acceptanceRate) };
    return { ...c, track, acceptanceRate, parts, total: sum(parts) };
  };
  const { kept, tracks } = early
    ? { kept: finalists, tracks: early[0] }
    : await boundedTrackRecords(finalists, {
        limit,
        firstRead: limit * earlyReadFactor,
        without: (c) => sum(c.parts),
        withTrack: (c, track) => scoreWith(c, track).total,
        read: readTracks,
      });
  const ranked = kept
    .map((c) => scoreWith(c, tracks.get(c.id)))
    .sort((a, b) => b.total - a.total || a.distanceKm - b.distanceKm || a.id.localeCompare(b.id))
    .slice(0, limit);
  const staff = early
    ? early[1]
    : await staffOf(
        db,
        ranked.map((c) => c.id),
        needs,
      );

  const partners: PartnerShape[] = ranked.map((c, index) => ({
    ...c,
    rank: index + 1,
    missing: needs.filter((need) => !c.offered.includes(need)),
    contactId: pickContact(staff.get(c.id) ?? [], needs)?.id ?? null,
  }));
  return {
    request,
    uncoveredNeeds: needs.filter((need) => !servedHere.has(need)),
    partners,
  } satisfies PartnerResultShape;
}
