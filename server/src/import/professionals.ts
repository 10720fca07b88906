import { z } from 'zod';
import { cypher } from '../db/cypher.js';
import type { RecordStatus } from '../network/types.js';
import { toRole } from '../professionals/role.js';
import { utcToday } from '../ties/age.js';
import type { Role } from '../vocabulary/roles.js';
import * as cells from './cells.js';
import type { IssueList } from './issues.js';
import {
  type EntityImporter,
  type Parsed,
  type Read,
  readInBatches,
  reportArchivedChanges,
  reportDuplicates,
  sorted,
  toPlan,
  writeInBatches,
} from './plan.js';
import { checkReference, reportTakenIds, storedNodes } from './references.js';

/** A professional as stored, in the shape of its spreadsheet row: the current job only. */
export interface ProfessionalRecord {
  id: string;
  name: string;
  role: Role;
  organisationId: string | null;
  /** First day of the current job; null when unknown. */
  startDate: string | null;
  email: string | null;
  phone: string | null;
  expertise: string[];
  status: RecordStatus;
}

const row = z.object({
  id: cells.required(cells.id),
  label: cells.required(cells.name),
  role: cells.required(cells.role),
  organisation: cells.required(cells.id),
  start_date: cells.stated(cells.date),
  email: cells.optional(cells.email),
  phone: cells.optional(cells.phone),
  expertise: cells.needs.optional(),
  status: cells.stated(cells.status),
});
type Row = z.output<typeof row>;

type StoredRecord = Omit<ProfessionalRecord, 'role'> & { role: string | null };

const byIdQuery = cypher<{ ids: string[] }, { record: StoredRecord }>('import/professionals-by-id');
const writeQuery = cypher<{ rows: ProfessionalRecord[]; source: string }, { written: number }>(
  'import/write-professionals',
);

/**
 * The row applied to what is stored. A job at another organisation than the current one is a
 * move: without a start date it happens today, as moveProfessional does.
 */
function resolve(r: Row, current: ProfessionalRecord | undefined): ProfessionalRecord {
  const sameJob = current?.organisationId === r.organisation;
  const moving = !sameJob && Boolean(current?.organisationId);
  return {
    id: r.id,
    name: r.label,
    role: r.role,
    organisationId: r.organisation,
    startDate:
      r.start_date ?? (sameJob ? (current?.startDate ?? null) : moving ? utcToday() : null),
    email: r.email === undefined ? (current?.email ?? null) : r.email,
    phone: r.phone === undefined ? (current?.phone ?? null) : r.phone,
    expertise: r.expertise === undefined ? (current?.expertise ?? []) : sorted(r.expertise),
    status: r.status ?? current?.status ?? 'ACTIVE',
  };
}

async function plan(read: Read, rows: Parsed<Row>[], issues: IssueList) {
  reportDuplicates(
    rows,
    (r) => r.id,
    'id',
    (id) => `id '${id}'`,
    issues,
  );
  const ids = rows.map(({ row: r }) => r.id);
  const stored = await storedNodes(read, [...ids, ...rows.map(({ row: r }) => r.organisation)]);
  reportTakenIds(rows, (r) => r.id, 'Professional', stored, issues);
  const currentRows = await readInBatches(read, byIdQuery, ids, (batch) => ({ ids: batch }));
  // Roles stored as Dutch labels by older data compare by their code.
  const current = new Map(
    currentRows.map(({ record }) => [record.id, { ...record, role: toRole(record.role) }]),
  );

  const resolved = rows.map(({ line, row: r }) => {
    const before = current.get(r.id);
    const record = resolve(r, before);
    checkReference(line, 'organisation', r.organisation, 'Organisation', stored, issues, {
      mustBeActive: record.status === 'ACTIVE',
    });
    const moving = before?.organisationId && before.organisationId !== record.organisationId;
    if (moving && record.startDate && before.startDate && record.startDate < before.startDate) {
      issues.add(
        line,
        'start_date',
        `${record.startDate} is before the current job at '${before.organisationId}' began (${before.startDate})`,
      );
    }
    return { line, record, current: before };
  });
  const result = toPlan(resolved);
  reportArchivedChanges(result, current, issues);
  return result;
}

export const professionals: EntityImporter<Row, ProfessionalRecord> = {
  row,
  plan,
  write: (tx, records, source, progress) =>
    writeInBatches(tx, writeQuery, records, source, progress),
};
