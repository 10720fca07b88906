import { randomUUID } from 'node:crypto';
import { cypher } from '../../db/cypher.js';
import type { Database, Transaction } from '../../db/database.js';
import { ConflictError, InvalidTransitionError, NotFoundError } from '../../errors.js';
import type { NewSignal, SignalStatus } from './signal-types.js';

/** Who is changing a signal: their account and, if any, the professional they are. */
export interface Actor {
  accountId: string;
  professionalId: string | null;
}

type CreateParams = NewSignal & {
  id: string;
  key: string | null;
  origin: 'COMPUTED' | 'RAISED';
  asOf: string | null;
  accountId: string;
  professionalId: string | null;
};
const createQuery = cypher<CreateParams, { id: string }>('analysis/signals/create-signal');
const stateQuery = cypher<
  { id: string; professionalId: string | null },
  { status: SignalStatus; regionCode: string; raisedByAccountId: string | null; endorsed: boolean }
>('analysis/signals/signal-state');
const agendaQuery = cypher<
  { id: string; tableId: string | null; regionCode: string | null; accountId: string },
  { id: string }
>('analysis/signals/put-on-agenda');
const endorseQuery = cypher<{ id: string; professionalId: string }, { id: string }>(
  'analysis/signals/endorse',
);
const commentQuery = cypher<
  { id: string; commentId: string; text: string; accountId: string; professionalId: string | null },
  { id: string }
>('analysis/signals/comment');
const closeQuery = cypher<{ id: string; note: string; accountId: string }, { id: string }>(
  'analysis/signals/close',
);

/** The signal's state; NOT_FOUND, or INVALID_TRANSITION when it is closed already. */
export async function stateOf(tx: Transaction, id: string, professionalId: string | null) {
  const [state] = await tx.run(stateQuery, { id, professionalId });
  if (!state) throw new NotFoundError('Signal', id);
  return state;
}

async function openSignal(tx: Transaction, id: string, attempted: string, actor?: Actor) {
  const state = await stateOf(tx, id, actor?.professionalId ?? null);
  if (state.status === 'CLOSED') throw new InvalidTransitionError('signal', 'closed', attempted);
  return state;
}

export function createSignal(
  db: Database | Transaction,
  signal: NewSignal,
  actor: Actor,
  computed?: { key: string; asOf: string },
) {
  const params: CreateParams = {
    ...signal,
    id: randomUUID(),
    key: computed?.key ?? null,
    origin: computed ? 'COMPUTED' : 'RAISED',
    asOf: computed?.asOf ?? null,
    accountId: actor.accountId,
    professionalId: actor.professionalId,
  };
  const run = async (tx: Transaction) => {
    const [row] = await tx.run(createQuery, params);
    if (!row) throw new NotFoundError('Region', signal.regionCode);
    return row.id;
  };
  return 'writeTransaction' in db ? db.writeTransaction(run) : run(db);
}

/** OPEN → ON_AGENDA, on a consultation table's or a region's agenda. */
export function putOnAgenda(
  db: Database,
  id: string,
  agenda: { tableId: string | null; regionCode: string | null },
  actor: Actor,
) {
  return db.writeTransaction(async (tx) => {
    const state = await openSignal(tx, id, 'put on an agenda', actor);
    if (state.status !== 'OPEN') {
      throw new InvalidTransitionError('signal', 'on an agenda', 'put on an agenda');
    }
    const [row] = await tx.run(agendaQuery, { id, ...agenda, accountId: actor.accountId });
    if (!row) {
      throw agenda.tableId
        ? new NotFoundError('ConsultationTable', agenda.tableId)
        : new NotFoundError('Region', agenda.regionCode ?? '');
    }
    return id;
  });
}

/** One endorsement per professional, while the signal is not closed. */
export function endorseSignal(db: Database, id: string, professionalId: string) {
  return db.writeTransaction(async (tx) => {
    const state = await openSignal(tx, id, 'endorsed', { accountId: '', professionalId });
    if (state.endorsed) throw new ConflictError('You endorsed this signal already.', 'id');
    await tx.run(endorseQuery, { id, professionalId });
    return id;
  });
}

export function commentOnSignal(db: Database, id: string, text: string, actor: Actor) {
  return db.writeTransaction(async (tx) => {
    await openSignal(tx, id, 'commented on', actor);
    await tx.run(commentQuery, { id, commentId: randomUUID(), text, ...actor });
    return id;
  });
}

/** OPEN or ON_AGENDA → CLOSED, with a closing note. */
export function closeSignal(db: Database, id: string, note: string, actor: Actor) {
  return db.writeTransaction(async (tx) => {
    await openSignal(tx, id, 'closed', actor);
    await tx.run(closeQuery, { id, note, accountId: actor.accountId });
    return id;
  });
}

/** The signal's region and raiser, for the access rules; null when there is no such signal. */
export async function signalParties(db: Database, id: string) {
  const [state] = await db.read(stateQuery, { id, professionalId: null });
  return state ?? null;
}
