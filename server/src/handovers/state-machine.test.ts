import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from '../errors.js';
import { handoverStatuses } from '../vocabulary/cases.js';
import { canTransition, type HandoverAction, nextStatus } from './state-machine.js';

const actions: HandoverAction[] = ['accept', 'decline', 'complete'];
const allowed = new Map<string, string>([
  ['REQUESTED accept', 'ACCEPTED'],
  ['REQUESTED decline', 'DECLINED'],
  ['ACCEPTED complete', 'COMPLETED'],
]);

describe('the handover state machine', () => {
  it.each([...allowed])('%s → %s', (move, to) => {
    const [from, action] = move.split(' ') as [(typeof handoverStatuses)[number], HandoverAction];
    expect(canTransition(from, action)).toBe(true);
    expect(nextStatus(from, action)).toBe(to);
  });

  const forbidden = handoverStatuses.flatMap((from) =>
    actions.filter((action) => !allowed.has(`${from} ${action}`)).map((action) => [from, action]),
  ) as [(typeof handoverStatuses)[number], HandoverAction][];

  it('forbids the nine other moves', () => {
    expect(forbidden).toHaveLength(9);
  });

  it.each(forbidden)('refuses to %s → %s with INVALID_TRANSITION', (from, action) => {
    expect(canTransition(from, action)).toBe(false);
    let error: unknown;
    try {
      nextStatus(from, action);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', from });
    const attempted = { accept: 'accepted', decline: 'declined', complete: 'completed' }[action];
    expect(error).toMatchObject({ attempted });
    expect((error as Error).message).toBe(`A handover that is ${from} cannot be ${attempted}.`);
  });
});
