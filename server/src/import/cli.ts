// `npm run import -- <entity> <file.csv|file.xlsx> [--dry-run]`: imports one spreadsheet (README.md here
// documents the columns) into the Neo4j that NEO4J_URI names, or the one `npm start` runs.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { RizoomError } from '../errors.js';
import { CliError, connectForCli } from './cli-support.js';
import { type ImportEntity, importEntities } from './columns.js';
import { cliLimits, tooLarge } from './file-checks.js';
import { type ImportProgress, importSpreadsheet } from './import.js';
import { describeIssue, ImportFailedError } from './issues.js';

const usage = `usage: npm run import -- <${importEntities.join('|')}> <file.csv|file.xlsx> [--dry-run]`;

/** One bar on stderr that follows the phases; nothing when stderr is not a terminal. */
function progressBar() {
  const bar = new SingleBar({
    format: '{phase} |{bar}| {value}/{total} rows | {speed} rows/s | {left}',
    hideCursor: true,
    clearOnComplete: true,
  });
  let phase: ImportProgress['phase'] | null = null;
  let started = Date.now();
  return {
    update(progress: ImportProgress) {
      if (progress.total === null) return;
      if (progress.phase !== phase) {
        if (phase !== null) bar.stop();
        phase = progress.phase;
        started = Date.now();
        bar.start(progress.total, 0, { phase: phase.padEnd(8), speed: 0, left: '' });
      }
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const speed = progress.done / seconds;
      const left = speed > 0 ? `${Math.ceil((progress.total - progress.done) / speed)} s left` : '';
      bar.update(progress.done, { speed: Math.round(speed), left });
    },
    stop: () => phase !== null && bar.stop(),
  };
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false } },
  });
  const [entity, file] = positionals;
  if (!entity || !file || positionals.length > 2) throw new CliError(usage);
  if (!(importEntities as readonly string[]).includes(entity)) {
    throw new CliError(`unknown entity '${entity}'\n${usage}`);
  }
  const size = statSync(file).size;
  // Refused before it is read: a file over the limit never enters memory.
  if (size > cliLimits.maxBytes) {
    throw new ImportFailedError([{ line: null, column: null, message: tooLarge(size, cliLimits) }]);
  }
  const db = await connectForCli();
  const bar = progressBar();
  try {
    const report = await importSpreadsheet(db, {
      entity: entity as ImportEntity,
      bytes: readFileSync(file),
      filename: basename(file),
      dryRun: values['dry-run'],
      onProgress: (progress) => bar.update(progress),
    });
    bar.stop();
    console.log(
      report.dryRun
        ? `✔ ${report.filename}: ${report.rows} valid ${entity} rows; importing them would create ${report.created}, update ${report.updated} and leave ${report.unchanged} unchanged. Dry run: nothing was written.`
        : `✔ ${report.filename}: ${report.rows} ${entity} rows imported: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged.`,
    );
    return 0;
  } finally {
    bar.stop();
    await db.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ImportFailedError) {
    console.error(`✖ ${error.message}`);
    for (const issue of error.issues) console.error(`  ${describeIssue(issue)}`);
    if (error.issueCount > error.issues.length) {
      console.error(`  … and ${error.issueCount - error.issues.length} more`);
    }
  } else if (error instanceof CliError || error instanceof RizoomError) {
    console.error(`✖ ${error.message}`);
  } else if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
    console.error(`✖ no such file: ${(error as NodeJS.ErrnoException).path}`);
  } else {
    console.error('✖ the import failed:', error);
  }
  process.exitCode = 1;
}
