import { describe, expect, it } from 'vitest';
import { identifierIssues } from './organisation-rules.js';

describe('identifierIssues', () => {
  it('accepts a school with a BRIN and a samenwerkingsverband', () => {
    expect(identifierIssues('SCHOOL_VO', { brin: '01AB', samenwerkingsverbandId: 'x' })).toEqual(
      [],
    );
  });

  it('accepts a samenwerkingsverband with its code', () => {
    expect(identifierIssues('SWV_VO', { swvCode: 'VO2601' })).toEqual([]);
  });

  it('names every identifier that does not fit the kind', () => {
    expect(
      identifierIssues('LEERPLICHT', {
        brin: '01AB',
        swvCode: 'PO2601',
        samenwerkingsverbandId: 'x',
      }).map((issue) => issue.field),
    ).toEqual(['brin', 'samenwerkingsverbandId', 'swvCode']);
  });
});
