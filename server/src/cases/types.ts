import type { CaseKind, CaseStatus, RiskIndicator } from '../vocabulary/cases.js';
import type { Need } from '../vocabulary/needs.js';

/** A case as the API reads it: coded facts and the ids of what it points at; no subject. */
export interface CaseShape {
  id: string;
  kind: CaseKind;
  status: CaseStatus;
  /** Age in years when the case was opened. */
  age: number;
  needs: Need[];
  riskIndicators: RiskIndicator[];
  municipalityCode: string;
  schoolId: string | null;
  coordinatorId: string | null;
  openedAt: string;
  closedAt: string | null;
  retainUntil: string;
  createdAt: string;
  updatedAt: string;
  /** Another open case concerns the same young person. */
  coInvolved: boolean;
}

/** How an organisation came to be involved in a case. */
export const involvementRoles = ['REGISTERED', 'HANDOVER', 'ADDED'] as const;
export type InvolvementRole = (typeof involvementRoles)[number];

export interface InvolvementShape {
  organisationId: string;
  role: InvolvementRole;
  since: string;
}

export interface CaseFilter {
  kinds?: readonly CaseKind[] | null | undefined;
  statuses?: readonly CaseStatus[] | null | undefined;
  municipalityCode?: string | null | undefined;
  regionCode?: string | null | undefined;
  needs?: readonly Need[] | null | undefined;
  organisationId?: string | null | undefined;
}

export interface CaseOrder {
  field: 'OPENED_AT' | 'AGE';
  direction: 'ASC' | 'DESC';
}

export interface Page {
  offset: number;
  limit: number;
}

/** One page of ids, and how many match in all. */
export interface IdPage {
  totalCount: number;
  ids: string[];
}
