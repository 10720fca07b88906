// `npm run export -- <graphml|gexf|cytoscape|csv> [--region MC19] [--entity organisations]
//  [--dialect excel] [--out file-or-folder]`: downloads the network as the HTTP route does.
// A CSV export without --entity writes every entity into the --out folder (default: here).
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { RizoomError } from '../errors.js';
import { CliError, connectForCli } from '../import/cli-support.js';
import { csvEntities } from './csv.js';
import {
  type ExportRequest,
  exportFormats,
  exportNetwork,
  isCsvEntity,
  isExportFormat,
} from './formats.js';

const usage = `usage: npm run export -- <${exportFormats.join('|')}> [--region MC19] [--entity ${csvEntities.join('|')}] [--dialect excel] [--out file]`;

async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      region: { type: 'string' },
      entity: { type: 'string' },
      dialect: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const [format] = positionals;
  if (!format || positionals.length > 1 || !isExportFormat(format)) throw new CliError(usage);
  if (values.entity && !isCsvEntity(values.entity))
    throw new CliError(`unknown entity '${values.entity}'\n${usage}`);
  if (values.dialect && values.dialect !== 'excel' && values.dialect !== 'standard') {
    throw new CliError(`unknown dialect '${values.dialect}': use excel or standard`);
  }
  const base: Omit<ExportRequest, 'entity'> = {
    format,
    scope: { regionCode: values.region?.toUpperCase() ?? null },
    dialect: values.dialect === 'excel' ? 'excel' : 'standard',
  };
  const db = await connectForCli();
  try {
    if (format === 'csv' && !values.entity) {
      // Every entity, one file each, into a folder: what an import needs to rebuild the network.
      const folder = values.out ?? '.';
      mkdirSync(folder, { recursive: true });
      for (const entity of csvEntities)
        await write(await exportNetwork(db, { ...base, entity }), folder, null);
    } else {
      const file = await exportNetwork(db, {
        ...base,
        entity: values.entity as ExportRequest['entity'],
      });
      await write(file, '.', values.out ?? null);
    }
  } finally {
    await db.close();
  }
}

async function write(
  file: Awaited<ReturnType<typeof exportNetwork>>,
  folder: string,
  out: string | null,
) {
  const started = Date.now();
  if (out === '-') {
    await pipeline(Readable.from(file.body), process.stdout);
    return;
  }
  const path = out ?? join(folder, file.filename);
  const stream = createWriteStream(path);
  await pipeline(Readable.from(file.body), stream);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.error(`✔ wrote ${path} (${(stream.bytesWritten / 1024).toFixed(0)} KB in ${seconds} s)`);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError || error instanceof RizoomError)
    console.error(`✖ ${error.message}`);
  else console.error('✖ the export failed:', error);
  process.exitCode = 1;
}
