import { describe, expect, it } from 'vitest';
import { activeKey, tieEndIssues } from './rules.js';

const organisation = (id: string) => ({ typename: 'Organisation', id });
const professional = (id: string) => ({ typename: 'Professional', id });

describe('tieEndIssues', () => {
  it('accepts two organisations or two professionals', () => {
    expect(tieEndIssues(organisation('a'), organisation('b'))).toEqual([]);
    expect(tieEndIssues(professional('a'), professional('b'))).toEqual([]);
  });

  it('rejects mixed ends, naming toId', () => {
    expect(tieEndIssues(organisation('a'), professional('b'))).toEqual([
      { field: 'toId', message: 'must be an organisation, as fromId is' },
    ]);
  });

  it('rejects a tie to itself', () => {
    expect(tieEndIssues(professional('a'), professional('a'))).toEqual([
      { field: 'toId', message: 'must differ from fromId' },
    ]);
  });
});

describe('activeKey', () => {
  it('is the same whichever end comes first, and differs per kind', () => {
    expect(activeKey('b', 'a', 'INFORMAL')).toBe('a~b~INFORMAL');
    expect(activeKey('a', 'b', 'INFORMAL')).toBe(activeKey('b', 'a', 'INFORMAL'));
    expect(activeKey('a', 'b', 'INFORMAL')).not.toBe(activeKey('a', 'b', 'FORMAL_AGREEMENT'));
  });
});
