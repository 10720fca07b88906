import { randomUUID } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Database, Transaction } from '../db/database.js';
import { ConflictError, InvalidTransitionError, NotFoundError } from '../errors.js';
import type { TieKind } from '../network/kinds.js';
import type { RecordStatus } from '../network/types.js';
import { type NodeType, requireActive } from './node-states.js';
import { activeKey } from './rules.js';

export interface CreateTie {
  type: NodeType;
  fromId: string;
  toId: string;
  kind: TieKind;
  strength: number;
  /** The professional who asserts it, if one does. */
  assertedBy?: string | null | undefined;
  /** Where it comes from, e.g. 'import: partners.csv'; 'api' when not given. */
  source?: string | null | undefined;
}

type Pair = { type: NodeType; fromId: string; toId: string; kind: TieKind };
type State = { status: RecordStatus; kind: TieKind; type: NodeType; fromId: string; toId: string };

const stateQuery = cypher<{ id: string }, State>('ties/tie-state');
const betweenQuery = cypher<Pair & { exceptId: string | null }, { ties: number }>(
  'ties/active-ties-between',
);
const createQuery = cypher<
  Pair & {
    id: string;
    strength: number;
    activeKey: string;
    assertedBy: string;
    source: string;
    confirmedBy: string | null;
  },
  { id: string }
>('ties/create-tie');
const updateQuery = cypher<
  { id: string; changes: Record<string, string | number>; activeKey: string },
  { id: string }
>('ties/update-tie');
const archiveQuery = cypher<{ id: string }, { id: string }>('ties/archive-tie');
const confirmQuery = cypher<{ id: string; confirmedBy: string | null }, { id: string }>(
  'ties/confirm-tie',
);

async function refuseDuplicate(tx: Transaction, pair: Pair, exceptId: string | null) {
  const [row] = await tx.run(betweenQuery, { ...pair, exceptId });
  if ((row?.ties ?? 0) > 0) {
    throw new ConflictError('An active tie of this kind already joins these two.', 'kind');
  }
}

/** An active tie's state; NOT_FOUND or INVALID_TRANSITION otherwise. */
async function activeTie(tx: Transaction, id: string, attempted: string) {
  const [state] = await tx.run(stateQuery, { id });
  if (!state) throw new NotFoundError('Tie', id);
  if (state.status !== 'ACTIVE') {
    throw new InvalidTransitionError('tie', state.status.toLowerCase(), attempted);
  }
  return state;
}

export function createTie(db: Database, input: CreateTie) {
  return db.writeTransaction(async (tx) => {
    await requireActive(tx, input.type, [input.fromId], 'fromId');
    await requireActive(tx, input.type, [input.toId], 'toId');
    if (input.assertedBy) await requireActive(tx, 'Professional', [input.assertedBy], 'assertedBy');
    const pair = { type: input.type, fromId: input.fromId, toId: input.toId, kind: input.kind };
    await refuseDuplicate(tx, pair, null);
    const id = randomUUID();
    const source = input.source || 'api';
    await tx.run(createQuery, {
      ...pair,
      id,
      strength: input.strength,
      activeKey: activeKey(input.fromId, input.toId, input.kind),
      assertedBy: input.assertedBy || source,
      source,
      confirmedBy: input.assertedBy || null,
    });
    return id;
  });
}

export function updateTie(
  db: Database,
  id: string,
  input: { kind?: TieKind | undefined; strength?: number | undefined },
) {
  return db.writeTransaction(async (tx) => {
    const state = await activeTie(tx, id, 'updated');
    const kind = input.kind ?? state.kind;
    if (kind !== state.kind) await refuseDuplicate(tx, { ...state, kind }, id);
    const changes: Record<string, string | number> = { kind };
    if (input.strength !== undefined) changes.strength = input.strength;
    await tx.run(updateQuery, {
      id,
      changes,
      activeKey: activeKey(state.fromId, state.toId, kind),
    });
    return id;
  });
}

export function archiveTie(db: Database, id: string) {
  return db.writeTransaction(async (tx) => {
    await activeTie(tx, id, 'archived');
    await tx.run(archiveQuery, { id });
    return id;
  });
}

/** Records that the tie still holds today, and who says so (if a professional does). */
export function confirmTie(db: Database, id: string, confirmedBy: string | null) {
  return db.writeTransaction(async (tx) => {
    await activeTie(tx, id, 'confirmed');
    if (confirmedBy) await requireActive(tx, 'Professional', [confirmedBy], 'confirmedBy');
    await tx.run(confirmQuery, { id, confirmedBy });
    return id;
  });
}
