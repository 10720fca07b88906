import { randomUUID } from 'node:crypto';
import { lockOpenCase } from '../cases/writes.js';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { ConflictError, type FieldIssue, NotFoundError, ValidationFailedError } from '../errors.js';
import type { HandoverStatus, LegalBasis } from '../vocabulary/cases.js';
import type { DeclineReason, HandoverReason } from './reasons.js';
import { type HandoverAction, invalidTransition, transitions } from './state-machine.js';

export interface RequestHandover {
  caseId: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  fromProfessionalId: string | null;
  toProfessionalId: string | null;
  reason: HandoverReason;
  legalBasis: LegalBasis;
  warm: boolean;
}

type RequestReferences = {
  fromFound: boolean;
  toStatus: string | null;
  fromInvolved: boolean;
  fromProfessionalFound: boolean;
  fromProfessionalWorksThere: boolean;
  toProfessionalFound: boolean;
  toProfessionalWorksThere: boolean;
  unfinishedBetween: boolean;
};
type Transition = { id: string; from: HandoverStatus; to: HandoverStatus };

const referencesQuery = cypher<
  Omit<RequestHandover, 'reason' | 'legalBasis' | 'warm'>,
  RequestReferences
>('handovers/request-references');
const createQuery = cypher<RequestHandover & { id: string }, { id: string }>('handovers/create');
const statusQuery = cypher<{ id: string }, { status: HandoverStatus }>('handovers/handover-status');
const transitionQueries = {
  accept: cypher<Transition, { id: string }>('handovers/accept'),
  decline: cypher<Transition & { declineReason: DeclineReason }, { id: string }>(
    'handovers/decline',
  ),
  complete: cypher<Transition, { id: string }>('handovers/complete'),
};

/** Every reason a request cannot be made, as NOT_FOUND, VALIDATION_FAILED or CONFLICT. */
function checkRequest(input: RequestHandover, refs: RequestReferences) {
  if (!refs.fromFound) throw new NotFoundError('Organisation', input.fromOrganisationId);
  if (refs.toStatus === null) throw new NotFoundError('Organisation', input.toOrganisationId);
  if (input.fromProfessionalId && !refs.fromProfessionalFound) {
    throw new NotFoundError('Professional', input.fromProfessionalId);
  }
  if (input.toProfessionalId && !refs.toProfessionalFound) {
    throw new NotFoundError('Professional', input.toProfessionalId);
  }
  const issues: FieldIssue[] = [];
  if (input.toOrganisationId === input.fromOrganisationId) {
    issues.push({ field: 'toOrganisationId', message: 'must differ from fromOrganisationId' });
  } else if (refs.toStatus !== 'ACTIVE') {
    issues.push({ field: 'toOrganisationId', message: 'is archived' });
  }
  if (!refs.fromInvolved) {
    issues.push({ field: 'fromOrganisationId', message: 'is not involved in this case' });
  }
  if (input.fromProfessionalId && !refs.fromProfessionalWorksThere) {
    issues.push({ field: 'fromProfessionalId', message: 'does not work at fromOrganisationId' });
  }
  if (input.toProfessionalId && !refs.toProfessionalWorksThere) {
    issues.push({ field: 'toProfessionalId', message: 'does not work at toOrganisationId' });
  }
  if (issues.length > 0) throw new ValidationFailedError(issues);
  if (refs.unfinishedBetween) {
    throw new ConflictError(
      'This case already has an unfinished handover between these organisations.',
      'toOrganisationId',
    );
  }
}

/**
 * Requests a handover of an open case from an organisation involved in it. The case is locked
 * first, so two identical requests at once cannot both pass the check for an unfinished one.
 */
export function requestHandover(db: Database, input: RequestHandover) {
  return db.writeTransaction(async (tx) => {
    await lockOpenCase(tx, input.caseId, 'handed over');
    const [refs] = await tx.run(referencesQuery, {
      caseId: input.caseId,
      fromOrganisationId: input.fromOrganisationId,
      toOrganisationId: input.toOrganisationId,
      fromProfessionalId: input.fromProfessionalId,
      toProfessionalId: input.toProfessionalId,
    });
    if (!refs) throw new NotFoundError('Case', input.caseId);
    checkRequest(input, refs);
    const id = randomUUID();
    await tx.run(createQuery, { ...input, id });
    return id;
  });
}

/**
 * Moves a handover along the state machine. The write itself checks the expected status
 * under the handover's lock; when it matches nothing, a second read tells a missing handover
 * (NOT_FOUND) from one in another status (INVALID_TRANSITION).
 */
async function transition(
  db: Database,
  id: string,
  action: HandoverAction,
  extra: { declineReason?: DeclineReason } = {},
) {
  const { from, to } = transitions[action];
  return db.writeTransaction(async (tx) => {
    const params = { id, from, to };
    const written =
      action === 'decline'
        ? await tx.run(transitionQueries.decline, {
            ...params,
            declineReason: extra.declineReason ?? 'OTHER',
          })
        : await tx.run(transitionQueries[action], params);
    if (written.length > 0) return id;
    const [current] = await tx.run(statusQuery, { id });
    if (!current) throw new NotFoundError('Handover', id);
    throw invalidTransition(current.status, action);
  });
}

/** Accepts a requested handover; the receiving organisation becomes involved in the case. */
export const acceptHandover = (db: Database, id: string) => transition(db, id, 'accept');

export const declineHandover = (db: Database, id: string, declineReason: DeclineReason) =>
  transition(db, id, 'decline', { declineReason });

export const completeHandover = (db: Database, id: string) => transition(db, id, 'complete');
