import { describe, expect, it } from 'vitest';
import { shownCount } from './small-counts.js';

describe('shownCount', () => {
  it('hides counts from 1 to 4 from those who may not see the cases', () => {
    expect([0, 1, 4, 5, 12].map((n) => shownCount(n, false))).toEqual(['0', '<5', '<5', '5', '12']);
  });

  it('shows every count to those who may see the cases', () => {
    expect([1, 4].map((n) => shownCount(n, true))).toEqual(['1', '4']);
  });
});
