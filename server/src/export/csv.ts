import { stringify } from 'csv-stringify/sync';
import type { Database } from '../db/database.js';
import { headerOf, type ImportEntity, listSeparator } from '../import/columns.js';
import {
  caseCountRows,
  organisationRows,
  professionalRows,
  seatRows,
  tableRows,
  tieRows,
} from './rows.js';
import { type ExportScope, scopeIds } from './scope.js';

// CSV per entity, in exactly the columns the import reads (server/src/import/README.md), so an
// exported file imports again unchanged. Cases leave only as counts (`case-counts`).

export const csvEntities = [
  'organisations',
  'professionals',
  'ties',
  'tables',
  'table-members',
  'case-counts',
] as const;
export type CsvEntity = (typeof csvEntities)[number];

/**
 * `standard`: comma-separated UTF-8, as Gephi, Kumu and most tools read it. `excel`: what
 * Dutch Excel opens directly: semicolons, a byte-order mark, and cells that Excel would run as
 * a formula (= + - @) prefixed with ' (the import removes that prefix again).
 */
export type CsvDialect = 'standard' | 'excel';

type Cell = string | number | null | undefined;

const list = (values: readonly string[]) => values.join(listSeparator);

/** Cells that Excel would read as a formula, made text ("CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;
const guard = (cell: string) => (formulaStart.test(cell) ? `'${cell}` : cell);

const caseCountHeader = ['municipality_code', 'municipality', 'kind', 'cases'];

async function* cells(db: Database, scope: ExportScope, entity: CsvEntity): AsyncGenerator<Cell[]> {
  if (entity === 'case-counts') {
    for (const row of await caseCountRows(db, scope)) {
      yield [row.municipalityCode, row.municipality, row.kind, row.cases];
    }
    return;
  }
  const ids = await scopeIds(db, scope);
  switch (entity) {
    case 'organisations':
      for await (const o of organisationRows(db, ids)) {
        yield [
          o.id,
          o.name,
          o.kind,
          list(o.municipalityCodes),
          o.brin,
          o.kvk,
          o.swvCode,
          list(o.offers),
          o.samenwerkingsverbandId,
          o.status,
        ];
      }
      return;
    case 'professionals':
      for await (const p of professionalRows(db, ids)) {
        yield [
          p.id,
          p.name,
          p.role,
          p.organisationId,
          p.startDate,
          p.email,
          p.phone,
          list(p.expertise),
          p.status,
        ];
      }
      return;
    case 'ties':
      for await (const t of tieRows(db, ids)) {
        yield [
          t.id,
          t.fromId,
          t.toId,
          t.type === 'Organisation' ? 'ORGANISATIONS' : 'PROFESSIONALS',
          t.kind,
          t.strength,
          t.lastConfirmedAt,
          t.assertedBy,
          t.confirmedBy,
          t.status,
        ];
      }
      return;
    case 'tables':
      for await (const t of tableRows(db, ids)) {
        yield [t.id, t.name, t.kind, list(t.municipalityCodes), t.status];
      }
      return;
    case 'table-members':
      for await (const s of seatRows(db, ids)) {
        yield [s.tableId, s.memberId, s.memberType.toUpperCase(), s.since];
      }
      return;
  }
}

export const csvHeader = (entity: CsvEntity) =>
  entity === 'case-counts' ? caseCountHeader : headerOf(entity as ImportEntity);

/** The CSV text of one entity, in chunks of up to a page of rows. */
export async function* csvExport(
  db: Database,
  scope: ExportScope,
  entity: CsvEntity,
  dialect: CsvDialect = 'standard',
): AsyncGenerator<string> {
  const excel = dialect === 'excel';
  const options = {
    delimiter: excel ? ';' : ',',
    record_delimiter: excel ? 'windows' : 'unix',
  } as const;
  yield (excel ? '\uFEFF' : '') + stringify([csvHeader(entity)], options);
  let page: string[][] = [];
  for await (const row of cells(db, scope, entity)) {
    const text = row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)));
    page.push(excel ? text.map(guard) : text);
    if (page.length === 1_000) {
      yield stringify(page, options);
      page = [];
    }
  }
  if (page.length > 0) yield stringify(page, options);
}
