import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const size = z.string().regex(/^\d+[kmgKMG]?$/, 'a size such as 512m or 2g');
const port = z.coerce.number().int().min(1).max(65_535);
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the synthetic demo network when the database holds no organisations yet. */
  RIZOOM_DEMO_DATA: flag.default(true),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().default(resolve(projectRoot, 'neo4j/data/local')),
  NEO4J_HEAP: size.default('2g'),
  NEO4J_PAGECACHE: size.default('2g'),
  /** The secret that turns a BSN into a subject pseudonym (HMAC); never stored in the database. */
  RIZOOM_PSEUDONYM_KEY: z.string().min(32, 'at least 32 characters').optional(),
});

/**
 * Used outside production only, so that development and tests run without a secret. Production
 * refuses to start without a key of its own (and refuses this one).
 */
export const developmentPseudonymKey = 'rizoom-development-pseudonym-key-do-not-use-in-production';

export interface Config {
  mode: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  demoData: boolean;
  /** HMAC key for subject pseudonyms (`cases/pseudonym.ts`). */
  pseudonymKey: string;
  /** Where the built web app lives; served on the same port as the API. */
  webDist: string;
  neo4j: {
    /** Set: use that server or cluster. Unset: start the local Neo4j. */
    uri: string | undefined;
    username: string;
    password: string | undefined;
    database: string;
    local: { boltPort: number; dataDir: string; heap: string; pagecache: string };
  };
}

/** Reads the configuration from the environment, failing with every bad variable named. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (
    e.NODE_ENV === 'production' &&
    (!e.RIZOOM_PSEUDONYM_KEY || e.RIZOOM_PSEUDONYM_KEY === developmentPseudonymKey)
  ) {
    throw new Error(
      'Invalid configuration: RIZOOM_PSEUDONYM_KEY: a key of your own is required in production',
    );
  }
  return {
    mode: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    demoData: e.RIZOOM_DEMO_DATA,
    pseudonymKey: e.RIZOOM_PSEUDONYM_KEY ?? developmentPseudonymKey,
    webDist: resolve(projectRoot, 'web/dist'),
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      local: {
        boltPort: e.NEO4J_BOLT_PORT,
        dataDir: resolve(e.NEO4J_DATA_DIR),
        heap: e.NEO4J_HEAP,
        pagecache: e.NEO4J_PAGECACHE,
      },
    },
  };
}
