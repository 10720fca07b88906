import { randomUUID } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Database, Transaction } from '../db/database.js';
import {
  type FieldIssue,
  InvalidTransitionError,
  NotFoundError,
  ValidationFailedError,
} from '../errors.js';
import type { OrganisationKind } from '../network/kinds.js';
import { isSchool } from '../network/organisation-rules.js';
import { notifyCoInvolvement } from '../notifications/store.js';
import type { CaseKind, CaseStatus, RiskIndicator } from '../vocabulary/cases.js';
import type { Need } from '../vocabulary/needs.js';
import { todayInAmsterdam } from './dates.js';
import { type PseudonymKeyLookup, subjectKey } from './pseudonym.js';
import { retainUntil } from './retention.js';
import type { InvolvementRole } from './types.js';

// Writes of cases. Each runs in one transaction: every check and write lands, or none does.

export interface RegisterCase {
  bsn: string;
  kind: CaseKind;
  age: number;
  municipalityCode: string;
  schoolId: string | null;
  needs: readonly Need[];
  riskIndicators: readonly RiskIndicator[];
  openedAt: string | null;
  organisationId: string;
}

export interface UpdateCase {
  kind?: CaseKind | undefined;
  age?: number | undefined;
  municipalityCode?: string | undefined;
  /** null removes the school; undefined leaves it. */
  schoolId?: string | null | undefined;
  needs?: readonly Need[] | undefined;
  riskIndicators?: readonly RiskIndicator[] | undefined;
}

type References = {
  municipalityFound: boolean;
  rmcRegionCode: string | null;
  organisationStatus: string | null;
  schoolKind: OrganisationKind | null;
  schoolStatus: string | null;
};
type LockedCase = { status: CaseStatus; kind: CaseKind; age: number; openedAt: string };

const referencesQuery = cypher<
  { municipalityCode: string | null; organisationId: string | null; schoolId: string | null },
  References
>('cases/references');
const registerQuery = cypher<
  {
    id: string;
    subjectKey: string;
    kind: CaseKind;
    age: number;
    municipalityCode: string;
    schoolId: string | null;
    needs: readonly Need[];
    riskIndicators: readonly RiskIndicator[];
    openedAt: string;
    retainUntil: string;
    organisationId: string;
  },
  { id: string; subjectKnown: boolean }
>('cases/register');
const lockQuery = cypher<{ id: string }, LockedCase>('cases/lock-case');
const updateQuery = cypher<
  {
    id: string;
    kind: CaseKind;
    age: number;
    riskIndicators: readonly RiskIndicator[] | null;
    retainUntil: string;
    needs: readonly Need[] | null;
    municipalityCode: string | null;
    setSchool: boolean;
    schoolId: string | null;
  },
  { id: string }
>('cases/update');
const closeQuery = cypher<{ id: string; closedAt: string }, { id: string }>('cases/close');
const coordinatorReferencesQuery = cypher<
  { caseId: string; professionalId: string },
  { found: boolean; active: boolean; atInvolvedOrganisation: boolean }
>('cases/coordinator-references');
const setCoordinatorQuery = cypher<{ caseId: string; professionalId: string }, { id: string }>(
  'cases/set-coordinator',
);
const involveQuery = cypher<
  { caseId: string; organisationId: string; role: InvolvementRole },
  { id: string }
>('cases/involve');

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/** Unknown references are NOT_FOUND; an archived organisation or a school that is none is invalid. */
async function checkReferences(
  tx: Transaction,
  ask: {
    municipalityCode?: string | null;
    organisationId?: string | null;
    schoolId?: string | null;
  },
): Promise<References> {
  const [refs] = await tx.run(referencesQuery, {
    municipalityCode: ask.municipalityCode ?? null,
    organisationId: ask.organisationId ?? null,
    schoolId: ask.schoolId ?? null,
  });
  if (!refs) throw new Error('cases/references returned no row');
  if (ask.municipalityCode && !refs.municipalityFound) {
    throw new NotFoundError('Municipality', ask.municipalityCode);
  }
  if (ask.organisationId && refs.organisationStatus === null) {
    throw new NotFoundError('Organisation', ask.organisationId);
  }
  if (ask.schoolId && refs.schoolKind === null) {
    throw new NotFoundError('Organisation', ask.schoolId);
  }
  const issues: FieldIssue[] = [];
  if (ask.organisationId && refs.organisationStatus !== 'ACTIVE') {
    issues.push({ field: 'organisationId', message: 'is archived' });
  }
  if (ask.schoolId && refs.schoolKind && !isSchool(refs.schoolKind)) {
    issues.push({ field: 'schoolId', message: 'is not a school' });
  } else if (ask.schoolId && refs.schoolStatus !== 'ACTIVE') {
    issues.push({ field: 'schoolId', message: 'is archived' });
  }
  if (issues.length > 0) throw new ValidationFailedError(issues);
  return refs;
}

/**
 * Locks an open case for the rest of the transaction. Unknown: NOT_FOUND; closed: nothing
 * more may happen to it (INVALID_TRANSITION, naming what was attempted).
 */
export async function lockOpenCase(tx: Transaction, id: string, attempted: string) {
  const [locked] = await tx.run(lockQuery, { id });
  if (!locked) throw new NotFoundError('Case', id);
  if (locked.status !== 'OPEN') throw new InvalidTransitionError('case', locked.status, attempted);
  return locked;
}

/**
 * Registers a case. The BSN becomes the subject's pseudonym here and goes no further: it is
 * not a parameter of any query. A subject seen before is linked, not duplicated.
 */
export function registerCase(db: Database, keys: PseudonymKeyLookup, input: RegisterCase) {
  return db.writeTransaction(async (tx) => {
    const refs = await checkReferences(tx, input);
    const key = subjectKey(input.bsn, refs.rmcRegionCode ?? '', keys);
    const openedAt = input.openedAt ?? todayInAmsterdam();
    const [row] = await tx.run(registerQuery, {
      id: randomUUID(),
      subjectKey: key,
      kind: input.kind,
      age: input.age,
      municipalityCode: input.municipalityCode,
      schoolId: input.schoolId,
      needs: unique(input.needs),
      riskIndicators: unique(input.riskIndicators),
      openedAt,
      retainUntil: retainUntil(input.kind, input.age, openedAt),
      organisationId: input.organisationId,
    });
    if (!row) throw new Error('cases/register wrote no case');
    if (row.subjectKnown) await notifyCoInvolvement(tx, row.id, input.organisationId);
    return { caseId: row.id, subjectKnown: row.subjectKnown };
  });
}

/** Corrects an open case; retainUntil follows a corrected kind or age. */
export function updateCase(db: Database, id: string, input: UpdateCase) {
  return db.writeTransaction(async (tx) => {
    const current = await lockOpenCase(tx, id, 'updated');
    await checkReferences(tx, input);
    const kind = input.kind ?? current.kind;
    const age = input.age ?? current.age;
    await tx.run(updateQuery, {
      id,
      kind,
      age,
      riskIndicators: input.riskIndicators ? unique(input.riskIndicators) : null,
      retainUntil: retainUntil(kind, age, current.openedAt),
      needs: input.needs ? unique(input.needs) : null,
      municipalityCode: input.municipalityCode ?? null,
      setSchool: input.schoolId !== undefined,
      schoolId: input.schoolId ?? null,
    });
    return id;
  });
}

export function closeCase(db: Database, id: string) {
  return db.writeTransaction(async (tx) => {
    await lockOpenCase(tx, id, 'closed');
    await tx.run(closeQuery, { id, closedAt: todayInAmsterdam() });
    return id;
  });
}

/** Gives the regie to a professional of an involved organisation; at most one holds it. */
export function setCaseCoordinator(db: Database, caseId: string, professionalId: string) {
  return db.writeTransaction(async (tx) => {
    await lockOpenCase(tx, caseId, 'given a coordinator');
    const [refs] = await tx.run(coordinatorReferencesQuery, { caseId, professionalId });
    if (!refs?.found) throw new NotFoundError('Professional', professionalId);
    if (!refs.active || !refs.atInvolvedOrganisation) {
      const message = refs.active
        ? 'works at no organisation involved in this case'
        : 'is archived';
      throw new ValidationFailedError([{ field: 'professionalId', message }]);
    }
    await tx.run(setCoordinatorQuery, { caseId, professionalId });
    return caseId;
  });
}

/** Involves an organisation in an open case; one already involved stays as it was. */
export function involveOrganisation(db: Database, caseId: string, organisationId: string) {
  return db.writeTransaction(async (tx) => {
    await lockOpenCase(tx, caseId, 'shared');
    await checkReferences(tx, { organisationId });
    await tx.run(involveQuery, { caseId, organisationId, role: 'ADDED' });
    return caseId;
  });
}
