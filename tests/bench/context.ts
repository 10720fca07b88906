import type { Database } from '../../server/src/db/database.js';
import type { LocalNeo4j, LocalNeo4jOptions } from '../../server/src/db/local/local-neo4j.js';

/**
 * What every benchmark section gets: the bench's own Neo4j, freshly started and migrated — or,
 * for a section that `startsNeo4j`, not started yet: that one starts it on the empty data folder
 * (as `npm run seed` does) and sets `db` and `neo4j` for the sections after it.
 */
export interface BenchContext {
  db: Database;
  neo4j: LocalNeo4j;
  /** How the bench's Neo4j is started (data folder, port, memory). */
  local: LocalNeo4jOptions;
  /** The Neo4j home folder (store, transaction logs), removed when the bench ends. */
  dataDir: string;
  log: (line: string) => void;
}

/** One figure: what, how much, and the target it is held to (if any). */
export interface Metric {
  name: string;
  value: string;
  target?: string;
  met?: boolean;
}

export interface SectionResult {
  title: string;
  metrics: Metric[];
  /** Further tables, e.g. per-entity counts: a caption and rows of cells (first row: header). */
  tables?: { caption: string; rows: string[][] }[];
  notes?: string[];
}

/**
 * A benchmark. Sections run in order against the same database, so a later one (API overhead,
 * partner finder, gap reports) can use what the national load left there.
 */
export interface BenchSection {
  name: string;
  /** Runs first, on the empty data folder, and starts the bench's Neo4j itself. */
  startsNeo4j?: boolean;
  run(context: BenchContext): Promise<SectionResult>;
}
