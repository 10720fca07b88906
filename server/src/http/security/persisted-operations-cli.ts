// Writes the file for RIZOOM_PERSISTED_OPERATIONS: every operation the web app sends (or the
// modules given), checked against the schema, keyed by the SHA-256 of its text.
//   npx tsx server/src/http/security/persisted-operations-cli.ts <file.json> [folders or modules…]
import { writeFileSync } from 'node:fs';
import { schema } from '../../schema/index.js';
import { buildManifest, operationsUnder } from './persisted-manifest.js';

const [output, ...sources] = process.argv.slice(2);
if (!output) {
  console.error('usage: persisted-operations-cli.ts <file.json> [folders or modules…]');
  process.exit(2);
}
const documents = await operationsUnder(sources.length > 0 ? sources : ['web/src/api/operations']);
const manifest = buildManifest(documents, schema);
writeFileSync(output, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${Object.keys(manifest).length} persisted operations to ${output}`);
