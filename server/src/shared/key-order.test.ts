import { describe, expect, it } from 'vitest';
import { inKeyOrder, listsInKeyOrder } from './key-order.js';

describe('inKeyOrder', () => {
  it('answers in the order asked, with null for missing keys and repeats allowed', () => {
    const rows = [{ id: 'b' }, { id: 'a' }];
    expect(inKeyOrder(['a', 'x', 'b', 'a'], rows, (row) => row.id)).toEqual([
      { id: 'a' },
      null,
      { id: 'b' },
      { id: 'a' },
    ]);
  });
});

describe('listsInKeyOrder', () => {
  it('gives each key its list and an empty list when there is none', () => {
    const rows = [{ key: 2, items: ['x', 'y'] }];
    expect(listsInKeyOrder([1, 2], rows)).toEqual([[], ['x', 'y']]);
  });
});
