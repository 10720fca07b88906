import { randomUUID } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Database, Transaction } from '../db/database.js';
import {
  ConflictError,
  InvalidTransitionError,
  NotFoundError,
  ValidationFailedError,
} from '../errors.js';
import type { RecordStatus } from '../network/types.js';
import { utcToday } from '../ties/age.js';
import { requireActive } from '../ties/node-states.js';
import type { Need } from '../vocabulary/needs.js';
import type { Role } from '../vocabulary/roles.js';

export interface CreateProfessional {
  name: string;
  role: Role;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  organisationId: string;
  /** First day of the job; today when not given. */
  startDate?: string | null | undefined;
  expertise?: readonly Need[] | null | undefined;
}

/** Only what is given changes; null clears email or phone; a list given replaces the old one. */
export interface UpdateProfessional {
  name?: string | undefined;
  role?: Role | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  expertise?: readonly Need[] | undefined;
}

type Job = { organisationId: string; from: string | null };

const stateQuery = cypher<{ id: string }, { status: RecordStatus; job: Job | null }>(
  'professionals/professional-state',
);
const createQuery = cypher<
  Required<Omit<CreateProfessional, 'startDate'>> & { id: string; from: string; source: string },
  { id: string }
>('professionals/create-professional');
const updateQuery = cypher<
  { id: string; changes: Record<string, string | null>; expertise: readonly Need[] | null },
  { id: string }
>('professionals/update-professional');
const archiveQuery = cypher<{ id: string }, { id: string }>('professionals/archive-professional');
const moveQuery = cypher<{ id: string; organisationId: string; date: string }, { id: string }>(
  'professionals/move-professional',
);

/** An active professional's current job; NOT_FOUND or INVALID_TRANSITION otherwise. */
async function activeJob(tx: Transaction, id: string, attempted: string) {
  const [state] = await tx.run(stateQuery, { id });
  if (!state) throw new NotFoundError('Professional', id);
  if (state.status !== 'ACTIVE') {
    throw new InvalidTransitionError('professional', state.status.toLowerCase(), attempted);
  }
  return state.job;
}

export function createProfessional(db: Database, input: CreateProfessional, source: string) {
  return db.writeTransaction(async (tx) => {
    await requireActive(tx, 'Organisation', [input.organisationId], 'organisationId');
    const id = randomUUID();
    await tx.run(createQuery, {
      id,
      name: input.name,
      role: input.role,
      email: input.email || null,
      phone: input.phone || null,
      organisationId: input.organisationId,
      from: input.startDate ?? utcToday(),
      expertise: input.expertise ?? [],
      source,
    });
    return id;
  });
}

export function updateProfessional(db: Database, id: string, input: UpdateProfessional) {
  return db.writeTransaction(async (tx) => {
    await activeJob(tx, id, 'updated');
    const changes: Record<string, string | null> = {};
    for (const key of ['name', 'role', 'email', 'phone'] as const) {
      if (input[key] !== undefined) changes[key] = input[key] || null;
    }
    await tx.run(updateQuery, { id, changes, expertise: input.expertise ?? null });
    return id;
  });
}

export function archiveProfessional(db: Database, id: string) {
  return db.writeTransaction(async (tx) => {
    await activeJob(tx, id, 'archived');
    await tx.run(archiveQuery, { id });
    return id;
  });
}

/** Ends the current job on `date` (today by default) and starts one at the new organisation. */
export function moveProfessional(
  db: Database,
  id: string,
  input: { organisationId: string; date?: string | null | undefined },
) {
  return db.writeTransaction(async (tx) => {
    const job = await activeJob(tx, id, 'moved');
    await requireActive(tx, 'Organisation', [input.organisationId], 'organisationId');
    if (job?.organisationId === input.organisationId) {
      throw new ConflictError('The professional already works there.', 'organisationId');
    }
    const date = input.date ?? utcToday();
    if (job?.from && date < job.from) {
      throw new ValidationFailedError([
        { field: 'date', message: `must not be before the current job began (${job.from})` },
      ]);
    }
    await tx.run(moveQuery, { id, organisationId: input.organisationId, date });
    return id;
  });
}
