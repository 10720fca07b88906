import { InvalidTransitionError } from '../errors.js';
import type { HandoverStatus } from '../vocabulary/cases.js';

/**
 * A handover's lifecycle: requested, then accepted or declined; an accepted handover is
 * completed. Nothing else moves. The store enforces the same rule atomically in Cypher
 * (`WHERE h.status = $from`), so two concurrent accepts cannot both succeed.
 */
export type HandoverAction = 'accept' | 'decline' | 'complete';

export const transitions: Record<HandoverAction, { from: HandoverStatus; to: HandoverStatus }> = {
  accept: { from: 'REQUESTED', to: 'ACCEPTED' },
  decline: { from: 'REQUESTED', to: 'DECLINED' },
  complete: { from: 'ACCEPTED', to: 'COMPLETED' },
};

const pastTense: Record<HandoverAction, string> = {
  accept: 'accepted',
  decline: 'declined',
  complete: 'completed',
};

export function canTransition(current: HandoverStatus, action: HandoverAction): boolean {
  return transitions[action].from === current;
}

/** The status after `action`, or INVALID_TRANSITION naming where it stands and what was asked. */
export function nextStatus(current: HandoverStatus, action: HandoverAction): HandoverStatus {
  if (!canTransition(current, action)) {
    throw new InvalidTransitionError('handover', current, pastTense[action]);
  }
  return transitions[action].to;
}

export function invalidTransition(current: HandoverStatus, action: HandoverAction) {
  return new InvalidTransitionError('handover', current, pastTense[action]);
}
