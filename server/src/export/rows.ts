import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { OrganisationRecord } from '../import/organisations.js';
import type { ProfessionalRecord } from '../import/professionals.js';
import type { SeatRecord } from '../import/table-members.js';
import type { TableRecord } from '../import/tables.js';
import type { TieRecord } from '../import/ties.js';
import { shownCount } from '../privacy/small-counts.js';
import { toRole } from '../professionals/role.js';
import type { ExportScope, ScopeIds } from './scope.js';

// The records of an export, read page by page (by sorted ids) so that a national export never
// holds more than a page of records, plus the ids of what it covers, in memory.

/** What the graph formats add to a spreadsheet row: where it works. */
interface Place {
  municipalityCodes: string[];
  /** The RMC regions of those municipalities. */
  regionCodes: string[];
}

export type OrganisationRow = OrganisationRecord & Place;
export type ProfessionalRow = ProfessionalRecord & Place;
export type TableRow = TableRecord & Place;
export type TieRow = TieRecord;
export type SeatRow = SeatRecord;

type Ids = { ids: string[] };
const organisationsQuery = cypher<Ids, { record: OrganisationRow }>('export/organisations');
const professionalsQuery = cypher<
  Ids,
  { record: Omit<ProfessionalRow, 'role'> & { role: string | null } }
>('export/professionals');
const tablesQuery = cypher<Ids, { record: TableRow }>('export/tables');
const tiesQuery = cypher<Ids & { type: TieRecord['type'] }, { record: TieRow }>('export/ties-from');
const seatsQuery = cypher<Ids, { record: SeatRow }>('export/seats');
const caseCountsQuery = cypher<
  { regionCode: string | null },
  { municipalityCode: string; municipality: string; kind: string; cases: number }
>('export/case-counts');

export const pageSize = 1_000;

async function* pages<R>(ids: readonly string[], read: (page: string[]) => Promise<R[]>) {
  for (let start = 0; start < ids.length; start += pageSize) {
    yield* await read(ids.slice(start, start + pageSize));
  }
}

export function organisationRows(db: Database, scope: ScopeIds): AsyncIterable<OrganisationRow> {
  return pages(scope.organisations, async (ids) =>
    (await db.read(organisationsQuery, { ids })).map((row) => row.record),
  );
}

export function professionalRows(db: Database, scope: ScopeIds): AsyncIterable<ProfessionalRow> {
  return pages(scope.professionals, async (ids) =>
    (await db.read(professionalsQuery, { ids })).map(({ record }) => ({
      ...record,
      // Older data may hold the Dutch label; exports always carry the code.
      role: toRole(record.role),
    })),
  );
}

export function tableRows(db: Database, scope: ScopeIds): AsyncIterable<TableRow> {
  return pages(scope.tables, async (ids) =>
    (await db.read(tablesQuery, { ids })).map((row) => row.record),
  );
}

/** Active ties between two covered organisations, then between two covered professionals. */
export async function* tieRows(db: Database, scope: ScopeIds): AsyncIterable<TieRow> {
  for (const [type, ids] of [
    ['Organisation', scope.organisations],
    ['Professional', scope.professionals],
  ] as const) {
    const covered = new Set(ids);
    yield* pages(ids, async (page) =>
      (await db.read(tiesQuery, { ids: page, type }))
        .map((row) => row.record)
        .filter((tie) => covered.has(tie.toId)),
    );
  }
}

/** Current seats at covered tables whose member is covered too. */
export function seatRows(db: Database, scope: ScopeIds): AsyncIterable<SeatRow> {
  const covered = {
    Organisation: new Set(scope.organisations),
    Professional: new Set(scope.professionals),
  };
  return pages(scope.tables, async (ids) =>
    (await db.read(seatsQuery, { ids }))
      .map((row) => row.record)
      .filter((seat) => covered[seat.memberType].has(seat.memberId)),
  );
}

export interface CaseCountRow {
  municipalityCode: string;
  municipality: string;
  kind: string;
  /** A number of 5 or more, or "<5". */
  cases: string;
}

/** Cases leave only as counts per municipality and kind, small counts hidden. */
export async function caseCountRows(db: Database, scope: ExportScope): Promise<CaseCountRow[]> {
  const rows = await db.read(caseCountsQuery, { regionCode: scope.regionCode });
  return rows.map((row) => ({
    ...row,
    // An export may reach anyone, so small counts are always hidden here.
    cases: shownCount(row.cases, false),
  }));
}
