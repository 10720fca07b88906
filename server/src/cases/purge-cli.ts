// `npm run purge`: removes the cases whose retention has passed (run it daily, e.g. from cron).
// Uses NEO4J_URI, or the local Neo4j when it is running for `npm start`.
import { loadConfig } from '../config.js';
import { createDatabase } from '../db/database.js';
import { todayInAmsterdam } from './dates.js';
import { purgeExpiredCases } from './purge.js';

const config = loadConfig(process.env);
const db = createDatabase({
  uri: config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.local.boltPort}`,
  username: config.neo4j.username,
  password: config.neo4j.password,
  database: config.neo4j.database,
});
try {
  const today = todayInAmsterdam();
  const result = await purgeExpiredCases(db, today);
  console.log(
    `Purged ${result.purged} case(s) whose retention ended before ${today}, and ${result.subjectsPurged} subject(s) left without a case.`,
  );
} catch (error) {
  console.error(`✖ The purge did not run: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
