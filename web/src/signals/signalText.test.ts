import { describe, expect, it } from 'vitest';
import { issueField, raiseProblems, TEXT_MAX, TITLE_MAX, textProblem } from './signalText';

describe('signal texts', () => {
  it('requires a title and limits its length', () => {
    expect(raiseProblems({ title: '   ', description: '' })).toEqual({ title: 'missing' });
    expect(raiseProblems({ title: 'x'.repeat(TITLE_MAX + 1), description: '' })).toEqual({
      title: 'tooLong',
    });
    expect(raiseProblems({ title: ` ${'x'.repeat(TITLE_MAX)} `, description: '' })).toEqual({});
  });

  it('lets the description be empty but not too long', () => {
    expect(raiseProblems({ title: 'Titel', description: 'x'.repeat(TEXT_MAX + 1) })).toEqual({
      description: 'tooLong',
    });
    expect(textProblem('', TEXT_MAX, true)).toBe('missing');
    expect(textProblem('Klaar.', TEXT_MAX, true)).toBeNull();
  });

  it('finds the form field of an API validation issue', () => {
    expect(issueField('input.title')).toBe('title');
    expect(issueField('input.description')).toBe('description');
    expect(issueField('input.regionCode')).toBeNull();
  });
});
