import type { InvolvementRole } from '../../server/src/cases/types.js';
import type { DeclineReason, HandoverReason } from '../../server/src/handovers/reasons.js';
import type { OrganisationKind, TieKind } from '../../server/src/network/kinds.js';
import type { NodeType } from '../../server/src/ties/node-states.js';
import type {
  CaseKind,
  CaseStatus,
  HandoverStatus,
  LegalBasis,
  RiskIndicator,
  TableKind,
} from '../../server/src/vocabulary/cases.js';
import type { Need } from '../../server/src/vocabulary/needs.js';
import type { Role } from '../../server/src/vocabulary/roles.js';

// The rows a generator produces: exactly the properties and relationships the API stores (see
// server/src/*/writes.ts and cypher/*/create*.cypher), as plain data. Dates are ISO strings:
// `…At` date-times in UTC, `openedAt`-like fields and `from`/`since` of jobs and seats dates.

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  brin: string | null;
  kvk: string | null;
  swvCode: string | null;
  municipalityCodes: string[];
  offers: Need[];
  /** The samenwerkingsverband a school is a member of. */
  swvId: string | null;
  createdAt: string;
}

export interface ProfessionalRow {
  id: string;
  name: string;
  role: Role;
  email: string;
  organisationId: string;
  /** First day of the job; null where it started before records were kept. */
  from: string | null;
  expertise: Need[];
  createdAt: string;
}

export interface TieRow {
  id: string;
  type: NodeType;
  fromId: string;
  toId: string;
  kind: TieKind;
  strength: number;
  /** "<lower id>~<higher id>~<kind>": at most one active tie of a kind per pair (migration 0005). */
  activeKey: string;
  assertedAt: string;
  lastConfirmedAt: string;
}

export interface TableRow {
  id: string;
  name: string;
  kind: TableKind;
  municipalityCodes: string[];
  createdAt: string;
}

export interface SeatRow {
  tableId: string;
  type: NodeType;
  memberId: string;
  since: string;
}

export interface CaseRow {
  id: string;
  /** The subject's pseudonym (HMAC of a synthetic BSN); never the BSN. */
  subjectKey: string;
  kind: CaseKind;
  status: CaseStatus;
  age: number;
  needs: Need[];
  riskIndicators: RiskIndicator[];
  municipalityCode: string;
  schoolId: string | null;
  openedAt: string;
  closedAt: string | null;
  retainUntil: string;
  createdAt: string;
  updatedAt: string;
  coordinatorId: string | null;
  coordinatorSince: string | null;
}

export interface InvolvementRow {
  caseId: string;
  organisationId: string;
  role: InvolvementRole;
  since: string;
}

export interface HandoverRow {
  id: string;
  caseId: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  fromProfessionalId: string | null;
  toProfessionalId: string | null;
  reason: HandoverReason;
  legalBasis: LegalBasis;
  warm: boolean;
  status: HandoverStatus;
  declineReason: DeclineReason | null;
  requestedAt: string;
  acceptedAt: string | null;
  declinedAt: string | null;
  completedAt: string | null;
}

/** Everything but the cases: small enough to hold at once, even nationally. */
export interface NetworkRows {
  organisations: OrganisationRow[];
  professionals: ProfessionalRow[];
  ties: TieRow[];
  tables: TableRow[];
  seats: SeatRow[];
}

/** The cases of one RMC region with their involvements and handovers; streamed region by region. */
export interface CaseChunk {
  regionCode: string;
  cases: CaseRow[];
  involvements: InvolvementRow[];
  handovers: HandoverRow[];
}

export type EntityName = keyof NetworkRows | Exclude<keyof CaseChunk, 'regionCode'>;
