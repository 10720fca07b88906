import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { cypher } from '../db/cypher.js';
import { type TieKind, tieKinds } from '../network/kinds.js';
import type { RecordStatus } from '../network/types.js';
import { activeKey } from '../ties/rules.js';
import * as cells from './cells.js';
import type { IssueList } from './issues.js';
import {
  type EntityImporter,
  type Parsed,
  type Read,
  readInBatches,
  reportArchivedChanges,
  toPlan,
  writeInBatches,
} from './plan.js';
import { checkReference, type StoredNode, storedNodes } from './references.js';

type EndType = 'Organisation' | 'Professional';

/** A tie as stored, in the shape of its spreadsheet row. */
export interface TieRecord {
  id: string;
  type: EndType;
  fromId: string;
  toId: string;
  kind: TieKind;
  strength: number;
  lastConfirmedAt: string | null;
  /** A professional's id or a text; null: the import itself. */
  assertedBy: string | null;
  confirmedBy: string | null;
  status: RecordStatus;
}

const betweenValues = { ORGANISATIONS: 'Organisation', PROFESSIONALS: 'Professional' } as const;

const row = z.object({
  id: cells.stated(cells.id),
  source: cells.required(cells.id),
  target: cells.required(cells.id),
  between: cells.stated(cells.code(['ORGANISATIONS', 'PROFESSIONALS'] as const, 'between')),
  kind: cells.required(cells.code(tieKinds, 'kind')),
  strength: cells.stated(cells.strength),
  last_confirmed_at: cells.stated(cells.date),
  asserted_by: cells.stated(cells.text),
  confirmed_by: cells.stated(cells.id),
  status: cells.stated(cells.status),
});
type Row = z.output<typeof row>;

const byIdQuery = cypher<{ ids: string[] }, { record: TieRecord }>('import/ties-by-id');
type Pair = { key: string; type: EndType; fromId: string; toId: string; kind: TieKind };
const betweenQuery = cypher<{ pairs: Pair[] }, { key: string; ids: string[] }>(
  'import/active-ties-between',
);
const writeQuery = cypher<
  { rows: (TieRecord & { activeKey: string })[]; source: string },
  { written: number }
>('import/write-ties');

const pairKey = (type: EndType, fromId: string, toId: string, kind: TieKind) =>
  `${type}:${activeKey(fromId, toId, kind)}`;

/** Which kind of node the tie joins: as the file says, or else what its source is. */
function endType(r: Row, stored: ReadonlyMap<string, StoredNode>): EndType {
  if (r.between) return betweenValues[r.between];
  const type = stored.get(r.source)?.type;
  return type === 'Professional' ? 'Professional' : 'Organisation';
}

function resolve(r: Row, id: string, type: EndType, current: TieRecord | undefined): TieRecord {
  return {
    id,
    type,
    // An existing tie keeps the direction it was made in.
    fromId: current?.fromId ?? r.source,
    toId: current?.toId ?? r.target,
    kind: r.kind,
    strength: r.strength ?? current?.strength ?? 2,
    lastConfirmedAt: r.last_confirmed_at ?? current?.lastConfirmedAt ?? null,
    assertedBy: r.asserted_by ?? current?.assertedBy ?? null,
    confirmedBy: r.confirmed_by ?? current?.confirmedBy ?? null,
    status: r.status ?? current?.status ?? 'ACTIVE',
  };
}

async function plan(read: Read, rows: Parsed<Row>[], issues: IssueList) {
  const stored = await storedNodes(
    read,
    rows.flatMap(({ row: r }) => [r.source, r.target, ...(r.confirmed_by ? [r.confirmed_by] : [])]),
  );
  const pairs: Pair[] = rows.map(({ row: r }) => {
    const type = endType(r, stored);
    const key = pairKey(type, r.source, r.target, r.kind);
    return { key, type, fromId: r.source, toId: r.target, kind: r.kind };
  });
  const found = await readInBatches(read, betweenQuery, pairs, (batch) => ({ pairs: batch }));
  const activeBetween = new Map(found.map((pair) => [pair.key, pair.ids]));
  const ids = [
    ...rows.flatMap(({ row: r }) => (r.id ? [r.id] : [])),
    ...found.flatMap((pair) => pair.ids),
  ];
  const byId = new Map(
    (await readInBatches(read, byIdQuery, [...new Set(ids)], (batch) => ({ ids: batch }))).map(
      ({ record }) => [record.id, record],
    ),
  );

  const firstId = new Map<string, number>();
  const firstPair = new Map<string, number>();
  const resolved = rows.map(({ line, row: r }, index) => {
    const pair = pairs[index] as Pair;
    const between = activeBetween.get(pair.key) ?? [];
    // A row without an id is the active tie of its kind between the two, if there is one.
    const id = r.id ?? between[0] ?? randomUUID();
    const current = byId.get(id);
    const record = resolve(r, id, pair.type, current);
    checkEnds(line, r, pair.type, stored, issues);
    if (r.id) {
      const earlier = firstId.get(r.id);
      if (earlier !== undefined)
        issues.add(line, 'id', `id '${r.id}' is already on line ${earlier}`);
      else firstId.set(r.id, line);
    }
    if (current && !sameEnds(current, pair)) {
      issues.add(
        line,
        'id',
        `tie '${id}' joins '${current.fromId}' and '${current.toId}' in the database; an import cannot give a tie other ends`,
      );
    }
    const other = between.find((tieId) => tieId !== id);
    if (other && record.status === 'ACTIVE') {
      issues.add(
        line,
        'kind',
        `an active ${r.kind} tie already joins '${r.source}' and '${r.target}' (tie '${other}'); give its id or leave id empty`,
      );
    }
    if (record.status === 'ACTIVE') {
      const earlier = firstPair.get(pair.key);
      if (earlier === undefined) firstPair.set(pair.key, line);
      else {
        issues.add(
          line,
          'target',
          `an active ${r.kind} tie between '${r.source}' and '${r.target}' is already on line ${earlier}`,
        );
      }
    }
    return { line, record, current };
  });
  const result = toPlan(resolved);
  reportArchivedChanges(result, byId, issues);
  return result;
}

/** The same two ends of the same type, in either direction. */
function sameEnds(tie: TieRecord, pair: Pair): boolean {
  return (
    tie.type === pair.type &&
    ((tie.fromId === pair.fromId && tie.toId === pair.toId) ||
      (tie.fromId === pair.toId && tie.toId === pair.fromId))
  );
}

/** Ends must exist, be of the tie's type, differ, and be active for an active tie. */
function checkEnds(
  line: number,
  r: Row,
  type: EndType,
  stored: ReadonlyMap<string, StoredNode>,
  issues: IssueList,
) {
  if (r.source === r.target) {
    issues.add(line, 'target', 'must differ from source: a tie joins two different records');
    return;
  }
  const mustBeActive = (r.status ?? 'ACTIVE') === 'ACTIVE';
  checkReference(line, 'source', r.source, type, stored, issues, { mustBeActive });
  checkReference(line, 'target', r.target, type, stored, issues, { mustBeActive });
  if (r.confirmed_by) {
    checkReference(line, 'confirmed_by', r.confirmed_by, 'Professional', stored, issues, {
      mustBeActive: false,
    });
  }
}

export const ties: EntityImporter<Row, TieRecord> = {
  row,
  plan,
  write: (tx, records, source, progress) =>
    writeInBatches(
      tx,
      writeQuery,
      records.map((record) => ({
        ...record,
        activeKey: activeKey(record.fromId, record.toId, record.kind),
      })),
      source,
      progress,
    ),
};
