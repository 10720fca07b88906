import { describe, expect, it } from 'vitest';
import { legendContent } from './legend';

describe('legendContent', () => {
  it('lists only the kinds present, grouped by sector in a fixed order, with counts', () => {
    const content = legendContent({
      nodes: [
        { id: '1', label: 'GGD', kind: 'GGD', type: 'Organisation' },
        { id: '2', label: 'Basisschool A', kind: 'SCHOOL_PO', type: 'Organisation' },
        { id: '3', label: 'Basisschool B', kind: 'SCHOOL_PO', type: 'Organisation' },
        { id: '4', label: 'Anna', kind: 'DECAAN', type: 'Professional' },
      ],
      edges: [
        { id: 'e', source: '1', target: '2', relation: 'TIE', tieKind: 'INFORMAL', tieId: 'e' },
      ],
    });
    expect(content.groups).toEqual([
      { sector: 'EDUCATION', kinds: [{ kind: 'SCHOOL_PO', count: 2 }] },
      { sector: 'CARE', kinds: [{ kind: 'GGD', count: 1 }] },
    ]);
    expect(content.tieKinds).toEqual(['INFORMAL']);
    expect(content.otherTypes).toEqual(['Professional']);
    expect(content.otherRelations).toBe(false);
  });
});
