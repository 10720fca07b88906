// `npm run backup -- --out rizoom.backup.jsonl.gz` writes the whole database to a file;
// `npm run restore -- --in rizoom.backup.jsonl.gz` restores it into an empty database and checks
// the canonical hash. Both use NEO4J_URI when set, otherwise the local Neo4j of `npm start` —
// started for the command when it is not running (NEO4J_DATA_DIR picks its folder).
import { parseArgs } from 'node:util';
import { MultiBar, Presets } from 'cli-progress';
import { loadConfig } from '../config.js';
import { openDumpConnection } from '../db/dump.js';
import { type LocalNeo4j, startLocalNeo4j } from '../db/local/local-neo4j.js';
import { CliError, connectForCli } from '../import/cli-support.js';
import { type Progress, writeBackup } from './backup.js';
import { RestoreError, restoreBackup } from './restore.js';

const usage =
  'usage: npm run backup -- --out <file.jsonl.gz>   |   npm run restore -- --in <file.jsonl.gz>';

function progressBars(): { progress: Progress; stop: () => void } {
  const bars = new MultiBar(
    { format: ' {part} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  const byPart = new Map<string, ReturnType<MultiBar['create']>>();
  return {
    progress(part, done, total) {
      let bar = byPart.get(part);
      if (!bar) {
        bar = bars.create(total, 0, { part: part.padEnd(13) });
        byPart.set(part, bar);
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => bars.stop(),
  };
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: { out: { type: 'string' }, in: { type: 'string' } },
  });
  const file = command === 'backup' ? values.out : command === 'restore' ? values.in : undefined;
  if (!file) throw new CliError(usage);
  const config = loadConfig(process.env);
  let local: LocalNeo4j | undefined;
  const db = await connectForCli().catch(async (error: unknown) => {
    if (config.neo4j.uri) throw error;
    console.error(`starting the local Neo4j in ${config.neo4j.local.dataDir}…`);
    local = await startLocalNeo4j(config.neo4j.local);
    return connectForCli();
  });
  const dump = openDumpConnection({
    uri: config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.local.boltPort}`,
    username: config.neo4j.username,
    password: config.neo4j.password,
    database: config.neo4j.database,
  });
  const bars = progressBars();
  const started = Date.now();
  try {
    if (command === 'backup') {
      const hash = await writeBackup(dump, file, bars.progress);
      bars.stop();
      console.error(
        `✔ wrote ${file}: ${hash.nodes} nodes, ${hash.relationships} relationships in ${seconds(started)} s\n  canonical hash ${hash.hash}`,
      );
    } else {
      const { expected, actual } = await restoreBackup(db, dump, file, bars.progress);
      bars.stop();
      if (actual.hash !== expected.hash)
        throw new RestoreError(
          `restored ${actual.nodes} nodes and ${actual.relationships} relationships, but the canonical hash differs from the backup's (${expected.nodes} nodes, ${expected.relationships} relationships)`,
        );
      console.error(
        `✔ restored ${file}: ${actual.nodes} nodes, ${actual.relationships} relationships in ${seconds(started)} s\n  canonical hash ${actual.hash} (as in the backup)`,
      );
    }
  } finally {
    bars.stop();
    await dump.close();
    await db.close();
    await local?.stop();
  }
}

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof CliError || error instanceof RestoreError;
  console.error(`✘ ${known ? (error as Error).message : String((error as Error).stack ?? error)}`);
  process.exitCode = 1;
});
