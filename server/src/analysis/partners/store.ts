import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import type { Need } from '../../vocabulary/needs.js';
import { createTrackCache, type TrackCache } from './track-cache.js';
import type {
  AskerFacts,
  CandidateRow,
  CaseFacts,
  PathShape,
  StaffRow,
  TrackRecordRow,
} from './types.js';

const factsQuery = cypher<
  { municipalityCode: string | null; askerId: string | null; caseId: string | null },
  { municipalityCode: string | null; asker: AskerFacts | null; case: CaseFacts | null }
>('analysis/partners/request-facts');
const candidatesQuery = cypher<
  { municipalityCode: string; needs: readonly Need[]; excludeId: string | null },
  CandidateRow
>('analysis/partners/candidates');
const beyondQuery = cypher<
  {
    municipalityCode: string;
    needs: readonly Need[];
    allNeeds: readonly Need[];
    excludeIds: readonly string[];
    limit: number;
  },
  CandidateRow
>('analysis/partners/beyond-region');
const pathsQuery = cypher<
  { askerId: string; targetIds: readonly string[] },
  PathShape & { targetId: string }
>('analysis/partners/paths');
const trackQuery = cypher<
  { ids: readonly string[]; until: string; viewerOrganisationId: string | null },
  TrackRecordRow
>('analysis/partners/track-records');
const contactsQuery = cypher<{ ids: readonly string[]; needs: readonly Need[] }, StaffRow>(
  'analysis/partners/contacts',
);

/** The municipality (if it exists), the asker and the case a request names, in one read. */
export async function requestFacts(
  db: Database,
  params: { municipalityCode: string | null; askerId: string | null; caseId: string | null },
) {
  const [row] = await db.read(factsQuery, params);
  return row ?? { municipalityCode: null, asker: null, case: null };
}

export const candidatesInRegion = (
  db: Database,
  params: { municipalityCode: string; needs: readonly Need[]; excludeId: string | null },
) => db.read(candidatesQuery, params);

export const candidatesBeyondRegion = (
  db: Database,
  params: {
    municipalityCode: string;
    needs: readonly Need[];
    allNeeds: readonly Need[];
    excludeIds: readonly string[];
    limit: number;
  },
) => db.read(beyondQuery, params);

/** The shortest path (≤ 4 steps) from the asker to each target that has one. */
export async function pathsFrom(db: Database, askerId: string, targetIds: readonly string[]) {
  if (targetIds.length === 0) return new Map<string, PathShape>();
  const rows = await db.read(pathsQuery, { askerId, targetIds });
  return new Map(rows.map(({ targetId, nodes, links }) => [targetId, { nodes, links }]));
}

/** One cache of busy organisations' track records per database (track-cache.ts). */
const trackCaches = new WeakMap<Database, TrackCache>();
function trackCacheOf(db: Database) {
  const known = trackCaches.get(db);
  if (known) return known;
  const cache = createTrackCache();
  trackCaches.set(db, cache);
  return cache;
}

/** Handover track records as of the day before `until` (exclusive end). */
export async function trackRecords(
  db: Database,
  params: { ids: readonly string[]; until: string; viewerOrganisationId: string | null },
) {
  const cache = trackCacheOf(db);
  const { found, missing } = cache.lookup(params.until, params.ids);
  if (missing.length === 0) return found;
  const rows = await db.read(trackQuery, { ...params, ids: missing });
  cache.remember(params.until, rows);
  for (const row of rows) found.set(row.id, row);
  return found;
}

/** Active staff per organisation, with their expertise among the asked needs. */
export async function staffOf(db: Database, ids: readonly string[], needs: readonly Need[]) {
  const staff = new Map<string, StaffRow[]>();
  if (ids.length === 0) return staff;
  for (const row of await db.read(contactsQuery, { ids, needs })) {
    const list = staff.get(row.organisationId) ?? [];
    list.push(row);
    staff.set(row.organisationId, list);
  }
  return staff;
}
