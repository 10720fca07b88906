import { cypher } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import type { CaseKind } from '../../vocabulary/cases.js';
import type { Need } from '../../vocabulary/needs.js';
import type { Role } from '../../vocabulary/roles.js';
import { dayAfter } from './dates.js';

export interface PeerRequest {
  role: Role;
  kind: CaseKind;
  needs: readonly Need[];
  askerId: string | null;
  /** The asker's organisation: peers work elsewhere. */
  excludeOrganisationId: string | null;
  /** Peers work at organisations serving none of these: other municipalities. */
  excludeMunicipalityCodes: readonly string[];
  viewerOrganisationId: string | null;
  asOf: string;
  limit: number;
}

export interface PeerRow {
  professionalId: string;
  organisationId: string;
  /** Similar cases they handled, and of those the ones the viewer may read. */
  cases: number;
  visibleCases: number;
  /** Sum of the similarity (0–1) of their similar cases. */
  score: number;
  needCounts: { need: Need; cases: number; visibleCases: number }[];
  /** At most 10 of their similar cases the viewer's organisation is involved in. */
  readableCaseIds: string[];
}

const peersQuery = cypher<Omit<PeerRequest, 'asOf'> & { until: string }, PeerRow>(
  'analysis/partners/peers',
);

/** Professionals in the same role elsewhere who handled similar cases, most similar first. */
export async function findPeers(db: Database, request: PeerRequest): Promise<PeerRow[]> {
  const { asOf, ...params } = request;
  return db.read(peersQuery, { ...params, until: dayAfter(asOf) });
}
