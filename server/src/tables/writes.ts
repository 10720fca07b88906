import { randomUUID } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Database, Transaction } from '../db/database.js';
import { ConflictError, InvalidTransitionError, NotFoundError } from '../errors.js';
import type { RecordStatus } from '../network/types.js';
import { utcToday } from '../ties/age.js';
import { type NodeType, requireActive } from '../ties/node-states.js';
import type { TableKind } from '../vocabulary/cases.js';

export interface CreateTable {
  name: string;
  kind: TableKind;
  municipalityCodes: readonly string[];
}

export type UpdateTable = Partial<CreateTable>;

export interface Member {
  type: NodeType;
  id: string;
}

const stateQuery = cypher<
  { id: string; memberId: string | null },
  { status: RecordStatus; seated: boolean }
>('tables/table-state');
const missingQuery = cypher<{ codes: readonly string[] }, { missing: string[] }>(
  'tables/missing-municipalities',
);
const createQuery = cypher<CreateTable & { id: string; source: string }, { id: string }>(
  'tables/create-table',
);
const updateQuery = cypher<
  { id: string; changes: Record<string, string>; municipalityCodes: readonly string[] | null },
  { id: string }
>('tables/update-table');
const archiveQuery = cypher<{ id: string }, { id: string }>('tables/archive-table');
const addQuery = cypher<
  { id: string; type: NodeType; memberId: string; since: string },
  { id: string }
>('tables/add-member');
const removeQuery = cypher<{ id: string; memberId: string }, { id: string }>(
  'tables/remove-member',
);

/** An active table, and whether `memberId` has a seat at it; NOT_FOUND or INVALID_TRANSITION. */
async function activeTable(tx: Transaction, id: string, attempted: string, memberId?: string) {
  const [state] = await tx.run(stateQuery, { id, memberId: memberId ?? null });
  if (!state) throw new NotFoundError('ConsultationTable', id);
  if (state.status !== 'ACTIVE') {
    throw new InvalidTransitionError('consultation table', state.status.toLowerCase(), attempted);
  }
  return state;
}

async function requireMunicipalities(tx: Transaction, codes: readonly string[] | undefined) {
  if (!codes) return;
  const [row] = await tx.run(missingQuery, { codes });
  const missing = row?.missing[0];
  if (missing) throw new NotFoundError('Municipality', missing);
}

export function createTable(db: Database, input: CreateTable, source: string) {
  return db.writeTransaction(async (tx) => {
    await requireMunicipalities(tx, input.municipalityCodes);
    const id = randomUUID();
    await tx.run(createQuery, { ...input, id, source });
    return id;
  });
}

export function updateTable(db: Database, id: string, input: UpdateTable) {
  return db.writeTransaction(async (tx) => {
    await activeTable(tx, id, 'updated');
    await requireMunicipalities(tx, input.municipalityCodes);
    const changes: Record<string, string> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.kind !== undefined) changes.kind = input.kind;
    await tx.run(updateQuery, { id, changes, municipalityCodes: input.municipalityCodes ?? null });
    return id;
  });
}

export function archiveTable(db: Database, id: string) {
  return db.writeTransaction(async (tx) => {
    await activeTable(tx, id, 'archived');
    await tx.run(archiveQuery, { id });
    return id;
  });
}

/** Gives an active organisation or professional a seat, from `since` (today by default). */
export function addMember(db: Database, id: string, member: Member, since?: string | null) {
  return db.writeTransaction(async (tx) => {
    const { seated } = await activeTable(tx, id, 'changed', member.id);
    await requireActive(tx, member.type, [member.id], 'memberId');
    if (seated) throw new ConflictError('They already have a seat at this table.', 'memberId');
    await tx.run(addQuery, {
      id,
      type: member.type,
      memberId: member.id,
      since: since ?? utcToday(),
    });
    return id;
  });
}

/** Ends a current seat today; the membership itself stays on record. */
export function removeMember(db: Database, id: string, member: Member) {
  return db.writeTransaction(async (tx) => {
    const { seated } = await activeTable(tx, id, 'changed', member.id);
    if (!seated) throw new NotFoundError('TableMember', member.id);
    await tx.run(removeQuery, { id, memberId: member.id });
    return id;
  });
}
