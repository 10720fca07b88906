import { createDataset } from '../../../seeds/generator/generate.js';
import { hasOrganisations, loadDataset } from '../../../seeds/generator/load.js';
import type { BenchContext } from '../context.js';
import { type CypherReader, handWritten } from './hand-written.js';
import { ensureDemoAccounts } from './rizoom-server.js';

/**
 * Readies the bench database for the API benchmarks: whatever earlier sections loaded (the
 * national preset after `national-load`), or the `demo` preset when it is empty; and the demo
 * accounts to sign in with. Returns a note for the results when it loaded the demo preset.
 */
export async function ensureApiData({ db, log }: Pick<BenchContext, 'db' | 'log'>) {
  let note: string | null = null;
  if (!(await hasOrganisations(db))) {
    log('api benchmarks: empty database, loading the demo preset');
    await loadDataset(db, createDataset('demo'));
    note = 'the database was empty: loaded the demo preset first';
  }
  await ensureDemoAccounts(db);
  return note;
}

/** `count` items spread evenly over the list (all of them when it is shorter). */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from(
    { length: count },
    (_, i) => items[Math.floor((i * items.length) / count)] as T,
  );
}

/** Organisations to read (see api-organisations.cypher), spread over the whole id range. */
export async function organisationSamples(reader: CypherReader, count: number) {
  const rows = await reader.read(handWritten.organisations, {});
  if (rows.length === 0) throw new Error('no organisation with professionals and ties to read');
  return spread(
    rows.map((row) => row.id),
    count,
  );
}

/** RMC offices to start a region's neighbourhood from. */
export async function regionCentres(reader: CypherReader, count: number) {
  const rows = await reader.read(handWritten.regionCentres, {});
  if (rows.length === 0) throw new Error('no RMC organisation to start a neighbourhood from');
  return spread(
    rows.map((row) => row.id),
    count,
  );
}

/** The plan: `rounds` passes over the samples, so each is asked as often as the others. */
export const rounds = <T>(samples: readonly T[], total: number): T[] =>
  Array.from({ length: total }, (_, i) => samples[i % samples.length] as T);
