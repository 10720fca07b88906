import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import type { OrganisationKind, TieKind } from '../../network/kinds.js';

/** When something was part of the network: from `since` (null: always) until `until`. */
export interface Lifetime {
  since: string | null;
  until: string | null;
  /** Archived: gone from `until` on, or always when that day is unknown. */
  archived: boolean;
}

export interface OrganisationHistory extends Lifetime {
  id: string;
  kind: OrganisationKind;
  regionCodes: string[];
}

export interface TieHistory extends Lifetime {
  id: string;
  source: string;
  target: string;
  kind: TieKind;
}

/** Every organisation and tie a network ever had, with their dates: snapshots and growth. */
export interface NetworkHistory {
  organisations: OrganisationHistory[];
  ties: TieHistory[];
}

type Scope = { regionCode: string | null; regionKind: string | null };
const organisationsQuery = cypher<Scope, OrganisationHistory>('analysis/metrics/organisations');
const tiesQuery = cypher<Scope, TieHistory>('analysis/metrics/ties');

/**
 * The history of a region's network (organisations serving it, ties among them) or, with
 * `regionCode` null, of the whole country's. `regionKind` adds the regions of that kind each
 * organisation serves. Sorted by id, so everything built from it is deterministic.
 */
export async function networkHistory(db: Database, scope: Scope): Promise<NetworkHistory> {
  const [organisations, ties] = await Promise.all([
    db.read(organisationsQuery, scope),
    db.read(tiesQuery, scope),
  ]);
  const inScope = new Set(organisations.map((o) => o.id));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    organisations: organisations.sort(byId),
    ties: ties.filter((t) => inScope.has(t.target)).sort(byId),
  };
}
