import { z } from 'zod';
import { cypher } from '../db/cypher.js';
import * as cells from './cells.js';
import type { IssueList } from './issues.js';
import {
  type EntityImporter,
  type Parsed,
  type Read,
  readInBatches,
  reportDuplicates,
  toPlan,
  writeInBatches,
} from './plan.js';
import { checkReference, storedNodes } from './references.js';

type MemberType = 'Organisation' | 'Professional';

/** A current seat at a consultation table, in the shape of its spreadsheet row. */
export interface SeatRecord {
  tableId: string;
  memberType: MemberType;
  memberId: string;
  /** First day of the seat; null when unknown. */
  since: string | null;
}

const memberTypes = { ORGANISATION: 'Organisation', PROFESSIONAL: 'Professional' } as const;

const row = z.object({
  table: cells.required(cells.id),
  member: cells.required(cells.id),
  member_type: cells.stated(cells.code(['ORGANISATION', 'PROFESSIONAL'] as const, 'member type')),
  since: cells.stated(cells.date),
});
type Row = z.output<typeof row>;

type Seat = Pick<SeatRecord, 'tableId' | 'memberType' | 'memberId'>;
const seatsQuery = cypher<
  { seats: Seat[] },
  { tableId: string; memberId: string; since: string | null }
>('import/current-seats');
const writeQuery = cypher<{ rows: SeatRecord[]; source: string }, { written: number }>(
  'import/write-seats',
);

const seatKey = (tableId: string, memberId: string) => `${tableId}\u0000${memberId}`;

async function plan(read: Read, rows: Parsed<Row>[], issues: IssueList) {
  reportDuplicates(
    rows,
    (r) => seatKey(r.table, r.member),
    'member',
    (key) => `a seat for '${key.split('\u0000')[1]}' at table '${key.split('\u0000')[0]}'`,
    issues,
  );
  const stored = await storedNodes(
    read,
    rows.flatMap(({ row: r }) => [r.table, r.member]),
  );
  // Without a member_type, the member is whatever its id names (an organisation if nothing).
  const seats: Seat[] = rows.map(({ row: r }) => ({
    tableId: r.table,
    memberId: r.member,
    memberType: r.member_type
      ? memberTypes[r.member_type]
      : stored.get(r.member)?.type === 'Professional'
        ? 'Professional'
        : 'Organisation',
  }));
  const found = await readInBatches(read, seatsQuery, seats, (batch) => ({ seats: batch }));
  const current = new Map(found.map((seat) => [seatKey(seat.tableId, seat.memberId), seat]));
  return toPlan(
    rows.map(({ line, row: r }, index) => {
      const seat = seats[index] as Seat;
      checkReference(line, 'table', r.table, 'ConsultationTable', stored, issues, {
        mustBeActive: true,
      });
      checkReference(line, 'member', r.member, seat.memberType, stored, issues, {
        mustBeActive: true,
      });
      const before = current.get(seatKey(r.table, r.member));
      const record: SeatRecord = { ...seat, since: r.since ?? before?.since ?? null };
      return { line, record, current: before ? { ...seat, since: before.since } : undefined };
    }),
  );
}

export const tableMembers: EntityImporter<Row, SeatRecord> = {
  row,
  plan,
  write: (tx, records, source, progress) =>
    writeInBatches(tx, writeQuery, records, source, progress),
};
