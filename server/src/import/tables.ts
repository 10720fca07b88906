import { z } from 'zod';
import { cypher } from '../db/cypher.js';
import type { RecordStatus } from '../network/types.js';
import { type TableKind, tableKinds } from '../vocabulary/cases.js';
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
import { checkMunicipalities, reportTakenIds, storedNodes } from './references.js';

/** A consultation table as stored, in the shape of its spreadsheet row. */
export interface TableRecord {
  id: string;
  name: string;
  kind: TableKind;
  municipalityCodes: string[];
  status: RecordStatus;
}

const row = z.object({
  id: cells.required(cells.id),
  label: cells.required(cells.name),
  kind: cells.required(cells.code(tableKinds, 'kind')),
  municipalities: cells.required(cells.municipalityCodes),
  status: cells.stated(cells.status),
});
type Row = z.output<typeof row>;

const byIdQuery = cypher<{ ids: string[] }, { record: TableRecord }>('import/tables-by-id');
const writeQuery = cypher<{ rows: TableRecord[]; source: string }, { written: number }>(
  'import/write-tables',
);

async function plan(read: Read, rows: Parsed<Row>[], issues: IssueList) {
  reportDuplicates(
    rows,
    (r) => r.id,
    'id',
    (id) => `id '${id}'`,
    issues,
  );
  await checkMunicipalities(read, rows, (r) => r.municipalities, 'municipalities', issues);
  const ids = rows.map(({ row: r }) => r.id);
  reportTakenIds(rows, (r) => r.id, 'ConsultationTable', await storedNodes(read, ids), issues);
  const found = await readInBatches(read, byIdQuery, ids, (batch) => ({ ids: batch }));
  const current = new Map(found.map(({ record }) => [record.id, record]));
  const result = toPlan(
    rows.map(({ line, row: r }) => {
      const before = current.get(r.id);
      const record: TableRecord = {
        id: r.id,
        name: r.label,
        kind: r.kind,
        municipalityCodes: sorted(r.municipalities),
        status: r.status ?? before?.status ?? 'ACTIVE',
      };
      return { line, record, current: before };
    }),
  );
  reportArchivedChanges(result, current, issues);
  return result;
}

export const tables: EntityImporter<Row, TableRecord> = {
  row,
  plan,
  write: (tx, records, source, progress) =>
    writeInBatches(tx, writeQuery, records, source, progress),
};
