/**
 * Dataloaders must answer in exactly the order of the keys they were asked for. These helpers
 * put rows keyed by the database back into that order.
 */
export function inKeyOrder<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K) {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** For one-to-many loads: each key gets its list, or an empty list when the database had none. */
export function listsInKeyOrder<K, T>(
  keys: readonly K[],
  rows: readonly { key: K; items: T[] }[],
): T[][] {
  const byKey = new Map(rows.map((row) => [row.key, row.items]));
  return keys.map((key) => byKey.get(key) ?? []);
}
