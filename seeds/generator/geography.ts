import type { MunicipalityRow } from '../reference/read.js';

/** Groups rows by a key, keeping the order in which keys first appear. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export const codesOf = (rows: readonly MunicipalityRow[]) => rows.map((row) => row.code);
export const populationOf = (rows: readonly MunicipalityRow[]) =>
  rows.reduce((sum, row) => sum + row.population, 0);

/** The municipalities of the chosen RMC regions, in code order (a stable order for the generator). */
export function municipalitiesOf(
  all: readonly MunicipalityRow[],
  regions: 'all' | readonly string[],
): MunicipalityRow[] {
  const chosen = regions === 'all' ? all : all.filter((m) => regions.includes(m.rmc_region_code));
  if (chosen.length === 0) throw new Error(`no municipalities in regions ${String(regions)}`);
  return [...chosen].sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Spreads `total` over groups in proportion to their weights, each at least `minimum`: the
 * largest-remainder method, so the parts add up exactly (59 MBO institutions over 40 regions).
 */
export function apportion(weights: Map<string, number>, total: number, minimum: number) {
  const keys = [...weights.keys()];
  const out = new Map(keys.map((k) => [k, minimum]));
  const left = total - minimum * keys.length;
  const sum = [...weights.values()].reduce((a, b) => a + b, 0);
  const shares = keys.map((k) => ({ k, exact: ((weights.get(k) ?? 0) / sum) * left }));
  let given = 0;
  for (const share of shares) {
    const whole = Math.floor(share.exact);
    out.set(share.k, (out.get(share.k) ?? 0) + whole);
    given += whole;
  }
  const byRemainder = [...shares].sort(
    (a, b) =>
      b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.k.localeCompare(b.k),
  );
  for (const share of byRemainder.slice(0, left - given)) {
    out.set(share.k, (out.get(share.k) ?? 0) + 1);
  }
  return out;
}
