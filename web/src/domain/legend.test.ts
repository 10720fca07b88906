import { describe, expect, it } from 'vitest';
import { legendContent } from './legend';

describe('legendContent', () => {
  it('lists only the kinds present, grouped by sector in a fixed order, with counts', () => {
    const content = legendContent({
      nodes: [
        { id: '1', label: 'GGD', kind: 'GGD', degree: 0 },
        { id: '2', label: 'Basisschool A', kind: 'SCHOOL_PO', degree: 0 },
        { id: '3', label: 'Basisschool B', kind: 'SCHOOL_PO', degree: 0 },
      ],
      edges: [{ id: 'e', source: '1', target: '2', kind: 'INFORMAL' }],
    });
    expect(content.groups).toEqual([
      { sector: 'EDUCATION', kinds: [{ kind: 'SCHOOL_PO', count: 2 }] },
      { sector: 'CARE', kinds: [{ kind: 'GGD', count: 1 }] },
    ]);
    expect(content.tieKinds).toEqual(['INFORMAL']);
  });
});
