import { generateAll } from '../../seeds/generator/generate.js';
import { deletePreset, loadDataset } from '../../seeds/generator/load.js';
import type { Manifest } from '../../seeds/generator/manifest.js';
import type { Database } from '../../server/src/db/database.js';
import { testCypher } from './cypher.js';

const countsQuery = testCypher<{ prefix: string }, Record<string, number>>('seed-counts');

/**
 * Makes sure a preset (default seed and reference date) is in the test database, loading it
 * only when what is there differs from what the generator makes, and returns its manifest: the
 * planted ground truth the analyses are checked against. Its ids start with `<preset>-`, so it
 * sits beside the demo data and other tests' data; judge dates as of `manifest.referenceDate`.
 */
export async function ensurePreset(db: Database, preset: 'tiny' | 'region'): Promise<Manifest> {
  const { dataset, manifest } = generateAll(preset);
  const [counts] = await db.read(countsQuery, { prefix: manifest.idPrefix });
  const complete =
    counts !== undefined &&
    (['organisations', 'professionals', 'ties', 'tables', 'cases', 'handovers'] as const).every(
      (entity) => counts[entity] === manifest.counts[entity],
    );
  if (!complete) {
    await deletePreset(db, preset);
    await loadDataset(db, dataset);
  }
  return manifest;
}
