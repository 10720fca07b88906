import { describe, expect, it } from 'vitest';
import { countIsShown } from '../../privacy/schema.js';
import { visibleFindings } from './visibility.js';

const rows = [
  { caseId: 'c1', orgs: ['a', 'b'] },
  { caseId: 'c2', orgs: ['a'] },
  { caseId: 'c2', orgs: ['a', 'c'] },
  { caseId: 'c3', orgs: ['c'] },
];

describe('visibleFindings', () => {
  it('lists only readable cases and counts the rest per organisation, distinct by case', async () => {
    const found = await visibleFindings(
      rows,
      (row) => row.orgs,
      (id) => id !== 'c3',
    );
    expect(found.readable.map((row) => row.caseId)).toEqual(['c1', 'c2', 'c2']);
    expect(found.total).toEqual({ count: 3, visible: false });
    expect(countIsShown(found.total)).toBe(false);
    expect(found.byOrganisation).toEqual([
      { organisationId: 'a', count: { count: 2, visible: true } },
      { organisationId: 'c', count: { count: 2, visible: false } },
      { organisationId: 'b', count: { count: 1, visible: true } },
    ]);
  });

  it('shows everything exactly to someone who may read every case', async () => {
    const found = await visibleFindings(
      rows,
      (row) => row.orgs,
      async () => true,
    );
    expect(found.total).toEqual({ count: 3, visible: true });
    expect(found.readable).toHaveLength(4);
  });

  it('counts nothing as zero, which is always shown', async () => {
    const found = await visibleFindings(
      [],
      () => [],
      () => false,
    );
    expect(found.total).toEqual({ count: 0, visible: true });
    expect(countIsShown(found.total)).toBe(true);
  });
});
