import { z } from 'zod';
import { cypher } from '../db/cypher.js';
import { type OrganisationKind, organisationKinds } from '../network/kinds.js';
import { identifierIssues, isSchool, isSwv } from '../network/organisation-rules.js';
import type { RecordStatus } from '../network/types.js';
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
import {
  checkMunicipalities,
  isOtherType,
  reportTakenIds,
  type StoredNode,
  storedNodes,
} from './references.js';

/** An organisation as stored, in the shape of its spreadsheet row. */
export interface OrganisationRecord {
  id: string;
  name: string;
  kind: OrganisationKind;
  municipalityCodes: string[];
  brin: string | null;
  kvk: string | null;
  swvCode: string | null;
  offers: string[];
  samenwerkingsverbandId: string | null;
  status: RecordStatus;
}

const row = z.object({
  id: cells.required(cells.id),
  label: cells.required(cells.name),
  kind: cells.required(cells.code(organisationKinds, 'kind')),
  municipalities: cells.required(cells.municipalityCodes),
  brin: cells.optional(cells.brin),
  kvk: cells.optional(cells.kvk),
  swv_code: cells.optional(cells.swvCode),
  offers: cells.needs.optional(),
  samenwerkingsverband: cells.optional(cells.id),
  status: cells.stated(cells.status),
});
type Row = z.output<typeof row>;

const byIdQuery = cypher<{ ids: string[] }, { record: OrganisationRecord }>(
  'import/organisations-by-id',
);
const identifiersQuery = cypher<
  { brins: string[]; swvCodes: string[] },
  { field: 'brin' | 'swv_code'; value: string; id: string }
>('import/identifiers-in-use');
const writeQuery = cypher<{ rows: OrganisationRecord[]; source: string }, { written: number }>(
  'import/write-organisations',
);
const linksQuery = cypher<{ rows: OrganisationRecord[]; source: string }, { written: number }>(
  'import/write-organisation-links',
);

/** The row applied to what is stored: a column the file lacks keeps the stored value. */
function resolve(r: Row, current: OrganisationRecord | undefined): OrganisationRecord {
  const keep = <K extends keyof OrganisationRecord>(
    key: K,
    value: OrganisationRecord[K] | undefined,
    fallback: OrganisationRecord[K],
  ) => (value === undefined ? (current?.[key] ?? fallback) : value);
  return {
    id: r.id,
    name: r.label,
    kind: r.kind,
    municipalityCodes: sorted(r.municipalities),
    brin: keep('brin', r.brin, null),
    kvk: keep('kvk', r.kvk, null),
    swvCode: keep('swvCode', r.swv_code, null),
    offers: r.offers === undefined ? (current?.offers ?? []) : sorted(r.offers),
    samenwerkingsverbandId: keep('samenwerkingsverbandId', r.samenwerkingsverband, null),
    status: r.status ?? current?.status ?? 'ACTIVE',
  };
}

const identifierColumns: Record<string, string> = {
  brin: 'brin',
  swvCode: 'swv_code',
  samenwerkingsverbandId: 'samenwerkingsverband',
};

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
  const swvIds = rows.flatMap(({ row: r }) =>
    r.samenwerkingsverband ? [r.samenwerkingsverband] : [],
  );
  const stored = await storedNodes(read, [...ids, ...swvIds]);
  reportTakenIds(rows, (r) => r.id, 'Organisation', stored, issues);
  const currentRows = await readInBatches(read, byIdQuery, ids, (batch) => ({ ids: batch }));
  const current = new Map(currentRows.map(({ record }) => [record.id, record]));
  const inFile = new Map(rows.map(({ row: r }) => [r.id, r]));

  const resolved = rows.map(({ line, row: r }) => {
    const before = current.get(r.id);
    return { line, record: resolve(r, before), current: before };
  });
  for (const { line, record, current: before } of resolved) {
    for (const issue of identifierIssues(record.kind, record)) {
      issues.add(line, identifierColumns[issue.field] ?? issue.field, issue.message);
    }
    if (before && before.kind !== record.kind) {
      issues.add(
        line,
        'kind',
        `'${record.id}' is a ${before.kind} in the database; an import cannot change an organisation's kind`,
      );
    }
    checkSwv(line, record, inFile, stored, issues);
  }
  reportDuplicates(
    resolved.map(({ line, record }) => ({ line, row: record })),
    (r) => r.brin,
    'brin',
    (brin) => `BRIN ${brin}`,
    issues,
  );
  reportDuplicates(
    resolved.map(({ line, record }) => ({ line, row: record })),
    (r) => r.swvCode,
    'swv_code',
    (code) => `SWV code ${code}`,
    issues,
  );
  await checkIdentifiersInUse(read, resolved, issues);
  const result = toPlan(resolved);
  reportArchivedChanges(result, current, issues);
  return result;
}

/** A samenwerkingsverband named by a school: an SWV in this file or in the database. */
function checkSwv(
  line: number,
  record: OrganisationRecord,
  inFile: ReadonlyMap<string, Row>,
  stored: ReadonlyMap<string, StoredNode>,
  issues: IssueList,
) {
  const swvId = record.samenwerkingsverbandId;
  if (!swvId || !isSchool(record.kind)) return;
  const column = 'samenwerkingsverband';
  const fileRow = inFile.get(swvId);
  const node = stored.get(swvId);
  const notSwv = (kind: string | null) =>
    `'${swvId}' is not a samenwerkingsverband (its kind is ${kind})`;
  if (fileRow) {
    if (!isSwv(fileRow.kind)) issues.add(line, column, notSwv(fileRow.kind));
  } else if (!node) {
    issues.add(line, column, `unknown organisation '${swvId}': not in this file or the database`);
  } else if (node.type !== 'Organisation') {
    issues.add(line, column, isOtherType(swvId, node));
  } else if (!isSwv(node.kind as OrganisationKind)) {
    issues.add(line, column, notSwv(node.kind));
  } else if (node.status !== 'ACTIVE' && record.status === 'ACTIVE') {
    issues.add(line, column, `'${swvId}' is an archived organisation`);
  }
}

/** BRIN and SWV codes are unique: one already held by another organisation is a clash. */
async function checkIdentifiersInUse(
  read: Read,
  resolved: { line: number; record: OrganisationRecord }[],
  issues: IssueList,
) {
  const brins = resolved.flatMap(({ record }) => (record.brin ? [record.brin] : []));
  const swvCodes = resolved.flatMap(({ record }) => (record.swvCode ? [record.swvCode] : []));
  if (brins.length === 0 && swvCodes.length === 0) return;
  const holders = await read(identifiersQuery, { brins, swvCodes });
  const holder = new Map(holders.map((h) => [`${h.field}:${h.value}`, h.id]));
  for (const { line, record } of resolved) {
    for (const [column, value] of [
      ['brin', record.brin],
      ['swv_code', record.swvCode],
    ] as const) {
      const other = value ? holder.get(`${column}:${value}`) : undefined;
      if (other !== undefined && other !== record.id) {
        issues.add(line, column, `${value} already belongs to organisation '${other}'`);
      }
    }
  }
}

export const organisations: EntityImporter<Row, OrganisationRecord> = {
  row,
  plan,
  async write(tx, records, source, progress) {
    // Every organisation first, then the links: a school may name an SWV further down the file.
    await writeInBatches(tx, writeQuery, records, source, (n) => progress(n / 2));
    await writeInBatches(tx, linksQuery, records, source, (n) =>
      progress((records.length + n) / 2),
    );
  },
};
