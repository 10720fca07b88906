import { loadDemoAccounts } from '../../seeds/accounts.js';
import { createDataset } from '../../seeds/generator/generate.js';
import { hasOrganisations, loadDataset } from '../../seeds/generator/load.js';
import { loadGeography } from '../../seeds/geography.js';
import { loadDefaultTemplate } from '../../seeds/template.js';
import { loadVocabulary } from '../../seeds/vocabulary.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import type { Logger } from './logger.js';
import { utcToday } from './ties/age.js';

/**
 * Readies a database for the product: schema migrations, the real geography (idempotent),
 * and, when asked and the database holds no organisations yet, the synthetic `demo` preset.
 */
export async function prepareDatabase(
  db: Database,
  options: { demoData: boolean; logger: Logger },
) {
  const { logger } = options;
  const applied = await migrate(db);
  if (applied.length > 0) {
    logger.info({ migrations: applied.map((m) => `${m.version}_${m.name}`) }, 'schema migrated');
  }
  await loadVocabulary(db);
  await loadDefaultTemplate(db);
  const municipalities = await loadGeography(db);
  logger.debug({ municipalities }, 'geography loaded');
  if (options.demoData && !(await hasOrganisations(db))) {
    // The demo's "today" is today, so that what the API judges by the clock (stale ties,
    // stalled handovers) looks as the generator planted it; the generator never reads the clock.
    const { counts } = await loadDataset(db, createDataset('demo', { referenceDate: utcToday() }));
    logger.info(counts, 'demo network loaded (synthetic)');
  }
  // Demo accounts only in demo mode: one per role, all with the demo password.
  if (options.demoData) await loadDemoAccounts(db);
}
