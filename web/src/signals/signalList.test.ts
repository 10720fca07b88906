import { describe, expect, it } from 'vitest';
import type { Signal } from '../api/operations/signals';
import { countByStatus, mergeSignals, withStatus } from './signalList';

const signal = (id: string, status: Signal['status'] = 'OPEN', title = id): Signal => ({
  id,
  kind: 'OTHER',
  origin: 'RAISED',
  title,
  description: null,
  status,
  region: { code: 'MC19', name: 'Utrecht' },
  need: null,
  school: null,
  raisedBy: null,
  endorsementCount: 0,
  endorsedBy: [],
  agenda: [],
  comments: [],
  closingNote: null,
  createdAt: '2026-11-16T10:00:00Z',
  closedAt: null,
});

describe('mergeSignals', () => {
  it('replaces a changed signal in place and keeps the latest change', () => {
    const merged = mergeSignals(
      [signal('a'), signal('b')],
      [signal('b', 'ON_AGENDA'), signal('b', 'CLOSED')],
    );
    expect(merged.map((s) => [s.id, s.status])).toEqual([
      ['a', 'OPEN'],
      ['b', 'CLOSED'],
    ]);
  });

  it('puts signals raised here on top, newest first, and changes to them too', () => {
    const merged = mergeSignals(
      [signal('a')],
      [signal('new1'), signal('new2'), signal('new1', 'ON_AGENDA')],
    );
    expect(merged.map((s) => [s.id, s.status])).toEqual([
      ['new2', 'OPEN'],
      ['new1', 'ON_AGENDA'],
      ['a', 'OPEN'],
    ]);
  });
});

describe('withStatus and countByStatus', () => {
  const list = [signal('a'), signal('b', 'CLOSED'), signal('c', 'ON_AGENDA'), signal('d')];
  it('filters by status, or shows all', () => {
    expect(withStatus(list, 'OPEN').map((s) => s.id)).toEqual(['a', 'd']);
    expect(withStatus(list, null)).toHaveLength(4);
  });
  it('counts per status', () => {
    expect(countByStatus(list)).toEqual({ OPEN: 2, ON_AGENDA: 1, CLOSED: 1 });
  });
});
