import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from './search.js';

describe('toLuceneQuery', () => {
  it('matches every word as a prefix', () => {
    expect(toLuceneQuery('  leerplicht  Utrecht ')).toBe('leerplicht* AND Utrecht*');
  });

  it('escapes Lucene syntax so input cannot change the query', () => {
    expect(toLuceneQuery('a:b (c) "d" e~ f*')).toBe(
      'a\\:b* AND \\(c\\)* AND \\"d\\"* AND e\\~* AND f\\**',
    );
  });

  it('gives null when nothing is left to search', () => {
    expect(toLuceneQuery('   ')).toBeNull();
  });
});
