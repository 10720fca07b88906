import neo4j, {
  type Driver,
  isRetryableError,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import { createBreaker } from './breaker.js';
import { type CypherQuery, cypher } from './cypher.js';
import { toDomainError } from './errors.js';
import { toParameters, toPlain } from './values.js';

export interface DatabaseConfig {
  /** bolt://, neo4j:// (routing: clusters, Aura) or their +s/+ssc variants. */
  uri: string;
  username?: string | undefined;
  password?: string | undefined;
  /** Always named, so a cluster routes without a home-database lookup. */
  database: string;
  /** How long a request may wait for a connection before it fails as unavailable. */
  acquisitionTimeoutMs?: number;
  /** Longest a single transaction may run on the server. */
  queryTimeoutMs?: number;
  /** Called with the name of every statement sent: for metrics, and for tests that count round trips. */
  onQuery?: (name: string) => void;
}

/** One unit of work inside a transaction: a named query and its parameters. */
export interface Transaction {
  run<P extends object, R extends object>(query: CypherQuery<P, R>, params: P): Promise<R[]>;
}

export interface Database {
  readonly name: string;
  read<P extends object, R extends object>(query: CypherQuery<P, R>, params: P): Promise<R[]>;
  write<P extends object, R extends object>(query: CypherQuery<P, R>, params: P): Promise<R[]>;
  /** Several statements in one write transaction: all of them land, or none. */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs one schema statement (constraints, indexes) in a transaction of its own. */
  runSchemaStatement(text: string): Promise<void>;
  /** Resolves when the database answers a query; rejects with DATABASE_UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const pingQuery = cypher<object, { ok: number }>('db/ping');

function rows<R>(records: Neo4jRecord[]): R[] {
  return records.map((record) => toPlain(record.toObject()) as R);
}

function wrap(tx: ManagedTransaction, onQuery: (name: string) => void): Transaction {
  return {
    async run(query, params) {
      onQuery(query.name);
      const result = await tx.run(query.text, toParameters(params) as Record<string, unknown>);
      return rows(result.records);
    },
  };
}

export function createDatabase(config: DatabaseConfig): Database {
  const auth =
    config.username && config.password !== undefined
      ? neo4j.auth.basic(config.username, config.password)
      : undefined;
  const driver: Driver = neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: config.acquisitionTimeoutMs ?? 5_000,
    connectionTimeout: Math.min(config.acquisitionTimeoutMs ?? 5_000, 5_000),
    // Managed transactions retry transient failures; keep the total short so that a request
    // facing a database outage answers DATABASE_UNAVAILABLE quickly instead of hanging.
    maxTransactionRetryTime: 3_000,
    userAgent: 'rizoom/0.1',
  });
  // One bookmark manager for every session of the process: on a cluster, a read that follows
  // a write (a mutation re-reading what it wrote) waits until the write is visible.
  const bookmarks = neo4j.bookmarkManager();
  const txConfig = { timeout: config.queryTimeoutMs ?? 30_000 };
  const onQuery = config.onQuery ?? (() => {});
  const breaker = createBreaker();
  const sessionFor = (mode: 'READ' | 'WRITE') =>
    driver.session({
      database: config.database,
      bookmarkManager: bookmarks,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });

  async function unit<T>(mode: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>) {
    const session = sessionFor(mode);
    try {
      const run = (tx: ManagedTransaction) => work(wrap(tx, onQuery));
      return mode === 'READ'
        ? await session.executeRead(run, txConfig)
        : await session.executeWrite(run, txConfig);
    } catch (error) {
      throw toDomainError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * One read statement as an auto-commit transaction: one round trip (RUN and PULL) instead of
   * BEGIN … COMMIT, and about half the driver's work (issue 8). A transient failure (a cluster
   * member going away, a timeout) is retried as a managed read, so reads keep the driver's retries.
   */
  async function readOnce<P extends object, R extends object>(query: CypherQuery<P, R>, params: P) {
    const session = sessionFor('READ');
    try {
      onQuery(query.name);
      const result = await session.run(
        query.text,
        toParameters(params) as Record<string, unknown>,
        txConfig,
      );
      return rows<R>(result.records);
    } catch (error) {
      if (isRetryableError(error)) return await unit('READ', (tx) => tx.run(query, params));
      throw toDomainError(error);
    } finally {
      await session.close();
    }
  }

  return {
    name: config.database,
    read: (query, params) => breaker.run(() => readOnce(query, params)),
    write: (query, params) => breaker.run(() => unit('WRITE', (tx) => tx.run(query, params))),
    writeTransaction: (work) => breaker.run(() => unit('WRITE', work)),
    async runSchemaStatement(text) {
      const session = sessionFor('WRITE');
      try {
        await session.executeWrite((tx) => tx.run(text));
      } catch (error) {
        throw toDomainError(error);
      } finally {
        await session.close();
      }
    },
    ping: () =>
      breaker.run(async () => {
        const session = sessionFor('READ');
        try {
          await session.executeRead((tx) => tx.run(pingQuery.text), { timeout: 2_000 });
        } catch (error) {
          throw toDomainError(error);
        } finally {
          await session.close();
        }
      }),
    close: () => driver.close(),
  };
}
