import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const size = z.string().regex(/^\d+[kmgKMG]?$/, 'a size such as 512m or 2g');
const port = z.coerce.number().int().min(1).max(65_535);
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));
/** Bytes: a number with an optional k or m (KiB, MiB), e.g. 1m. */
const bytes = z
  .string()
  .regex(/^\d+[kmKM]?$/, 'a size such as 512k or 1m')
  .transform((value) => {
    const unit = value.slice(-1).toLowerCase();
    const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : 1;
    return Number.parseInt(value, 10) * factor;
  });
/** Requests per minute; 0 turns the limit off. */
const perMinute = z.coerce.number().int().min(0);
/** Comma-separated origins such as https://rizoom.example.nl, each exactly as a browser sends it. */
const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .refine(
    (list) => list.every((origin) => URL.canParse(origin) && new URL(origin).origin === origin),
    {
      message: 'origins such as https://rizoom.example.nl, comma-separated, without a path',
    },
  );
/** Where the identity provider sends the browser back to (`auth/oidc/http.ts`). */
export const oidcCallbackPath = '/auth/oidc/callback';
/** An absolute http(s) address without query or fragment. */
const httpUrl = z.string().refine(
  (value) => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return ['http:', 'https:'].includes(url.protocol) && !url.search && !url.hash;
  },
  { message: 'an http(s) address such as https://login.example.nl, without ? or #' },
);

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
  /**
   * Regional keys, as JSON: {"MC19": "…", "MC05": "…"} (RMC region codes). A region not listed
   * uses RIZOOM_PSEUDONYM_KEY. Subjects meet only within a key: one youth registered in two
   * regions with different keys is two subjects.
   */
  RIZOOM_PSEUDONYM_KEYS: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (!text) return {};
      let keys: unknown;
      try {
        keys = JSON.parse(text);
      } catch {
        keys = null;
      }
      if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) {
        ctx.addIssue({ code: 'custom', message: 'a JSON object of region code to key' });
        return z.NEVER;
      }
      for (const [region, key] of Object.entries(keys)) {
        const problem = !/^MC\d{2}$/.test(region)
          ? 'not an RMC region code such as MC19'
          : typeof key !== 'string' || key.length < 32
            ? 'at least 32 characters'
            : null;
        if (problem) {
          ctx.addIssue({ code: 'custom', message: `${region.slice(0, 10)}: ${problem}` });
          return z.NEVER;
        }
      }
      return keys as Record<string, string>;
    }),
  /** Signs session tokens; required in production. */
  RIZOOM_SESSION_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  RIZOOM_SESSION_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 30)
    .default(8),
  // The hardened API (README "Security settings").
  RIZOOM_MAX_REQUEST_SIZE: bytes.default(1024 * 1024),
  // Above the import's own upload limit (10 MB), so an import too large gets the import's message.
  RIZOOM_MAX_UPLOAD_SIZE: bytes.default(64 * 1024 * 1024),
  /** Unset: 300, 600 and 10 per minute; off in test mode, where tests set their own. */
  RIZOOM_RATE_LIMIT_ADDRESS: perMinute.optional(),
  RIZOOM_RATE_LIMIT_ACCOUNT: perMinute.optional(),
  RIZOOM_RATE_LIMIT_SIGN_IN: perMinute.optional(),
  /** How many reverse proxies in front of Rizoom append to X-Forwarded-For. */
  RIZOOM_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  RIZOOM_CORS_ORIGINS: origins.default([]),
  RIZOOM_PERSISTED_OPERATIONS: z.string().optional(),
  RIZOOM_PERSISTED_ONLY: flag.default(false),
  // Signing in through the organisation's own identity provider (README "OpenID Connect").
  RIZOOM_OIDC_ISSUER: httpUrl.optional(),
  RIZOOM_OIDC_CLIENT_ID: z.string().trim().min(1).max(255).optional(),
  RIZOOM_OIDC_CLIENT_SECRET: z.string().min(1).max(1024).optional(),
  RIZOOM_OIDC_REDIRECT_URI: httpUrl
    .refine((value) => new URL(value).pathname === oidcCallbackPath, {
      message: `the address of Rizoom's callback, such as https://rizoom.example.nl${oidcCallbackPath}`,
    })
    .optional(),
  RIZOOM_OIDC_LABEL: z.string().trim().min(1).max(60).optional(),
  RIZOOM_OIDC_EMAIL_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'a claim name such as email or upn')
    .optional(),
});

/** The OIDC settings besides the issuer: setting one of them without an issuer is a mistake. */
const oidcDetails = [
  'RIZOOM_OIDC_CLIENT_ID',
  'RIZOOM_OIDC_CLIENT_SECRET',
  'RIZOOM_OIDC_REDIRECT_URI',
  'RIZOOM_OIDC_LABEL',
  'RIZOOM_OIDC_EMAIL_CLAIM',
] as const;

/**
 * Used outside production only, so that development and tests run without a secret. Production
 * refuses to start without a key of its own (and refuses this one).
 */
export const developmentPseudonymKey = 'rizoom-development-pseudonym-key-do-not-use-in-production';
export const developmentSessionSecret =
  'rizoom-development-session-secret-do-not-use-in-production';

/** Signing in through an OpenID Connect identity provider; null: password sign-in only. */
export interface OidcConfig {
  /** The issuer identifier; its metadata is at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  /** Null: a public client, protected by PKCE alone. */
  clientSecret: string | null;
  /** Null: the callback path on the origin the sign-in request came to. */
  redirectUri: string | null;
  /** Names the identity provider on the sign-in button ("Aanmelden via …"). */
  label: string;
  /** The ID token claim holding the e-mail address that Rizoom accounts are matched on. */
  emailClaim: string;
}

export interface Config {
  mode: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  demoData: boolean;
  /** HMAC key for subject pseudonyms (`cases/pseudonym.ts`). */
  pseudonymKey: string;
  /** Keys per RMC region (code → key) that replace `pseudonymKey` there. */
  regionalPseudonymKeys: Readonly<Record<string, string>>;
  /** Sessions: the token signing secret and how long a sign-in lasts. */
  session: { secret: string; hours: number; secureCookie: boolean };
  /** Where the built web app lives; served on the same port as the API. */
  webDist: string;
  /** Limits, allow-lists and switches of the hardened API (`http/security/`). */
  security: {
    /** Largest request body to /graphql: JSON and other bodies, and multipart uploads. */
    maxRequestBytes: number;
    maxUploadBytes: number;
    /** Per minute; 0 is off. Sign-in attempts are counted per address. */
    rateLimits: { perAddress: number; perAccount: number; signInPerAddress: number };
    trustedProxies: number;
    /** Origins besides the app's own that may call the API from a browser. */
    corsOrigins: readonly string[];
    /** A JSON file of `{ hash: document }`; `only` refuses every other document. */
    persistedOperations: { file: string; only: boolean } | null;
  };
  oidc: OidcConfig | null;
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
  if (
    e.NODE_ENV === 'production' &&
    Object.values(e.RIZOOM_PSEUDONYM_KEYS).includes(developmentPseudonymKey)
  ) {
    throw new Error(
      'Invalid configuration: RIZOOM_PSEUDONYM_KEYS: the development key is not a regional key',
    );
  }
  if (
    e.NODE_ENV === 'production' &&
    (!e.RIZOOM_SESSION_SECRET || e.RIZOOM_SESSION_SECRET === developmentSessionSecret)
  ) {
    throw new Error(
      'Invalid configuration: RIZOOM_SESSION_SECRET: a secret of your own is required in production',
    );
  }
  if (e.RIZOOM_PERSISTED_ONLY && !e.RIZOOM_PERSISTED_OPERATIONS) {
    throw new Error(
      'Invalid configuration: RIZOOM_PERSISTED_ONLY: needs RIZOOM_PERSISTED_OPERATIONS, the file of allowed operations',
    );
  }
  const oidc = oidcConfig(e);
  // Test apps run hundreds of requests a minute from one address; tests that check the rate
  // limits set their own.
  const testing = e.NODE_ENV === 'test';
  return {
    mode: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    demoData: e.RIZOOM_DEMO_DATA,
    pseudonymKey: e.RIZOOM_PSEUDONYM_KEY ?? developmentPseudonymKey,
    regionalPseudonymKeys: e.RIZOOM_PSEUDONYM_KEYS,
    session: {
      secret: e.RIZOOM_SESSION_SECRET ?? developmentSessionSecret,
      hours: e.RIZOOM_SESSION_HOURS,
      secureCookie: e.NODE_ENV === 'production',
    },
    webDist: resolve(projectRoot, 'web/dist'),
    security: {
      maxRequestBytes: e.RIZOOM_MAX_REQUEST_SIZE,
      maxUploadBytes: e.RIZOOM_MAX_UPLOAD_SIZE,
      rateLimits: {
        perAddress: e.RIZOOM_RATE_LIMIT_ADDRESS ?? (testing ? 0 : 300),
        perAccount: e.RIZOOM_RATE_LIMIT_ACCOUNT ?? (testing ? 0 : 600),
        signInPerAddress: e.RIZOOM_RATE_LIMIT_SIGN_IN ?? (testing ? 0 : 10),
      },
      trustedProxies: e.RIZOOM_TRUSTED_PROXIES,
      corsOrigins: e.RIZOOM_CORS_ORIGINS,
      persistedOperations: e.RIZOOM_PERSISTED_OPERATIONS
        ? { file: resolve(e.RIZOOM_PERSISTED_OPERATIONS), only: e.RIZOOM_PERSISTED_ONLY }
        : null,
    },
    oidc,
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

/** The OIDC settings, complete and consistent, or null when no issuer is set. */
function oidcConfig(e: z.infer<typeof envSchema>): OidcConfig | null {
  const fail = (variable: string, problem: string): never => {
    throw new Error(`Invalid configuration: ${variable}: ${problem}`);
  };
  const issuer = e.RIZOOM_OIDC_ISSUER;
  if (!issuer) {
    const stray = oidcDetails.find((name) => e[name] !== undefined);
    if (stray) fail(stray, 'needs RIZOOM_OIDC_ISSUER, the identity provider to sign in with');
    return null;
  }
  const clientId =
    e.RIZOOM_OIDC_CLIENT_ID ?? fail('RIZOOM_OIDC_CLIENT_ID', 'required with RIZOOM_OIDC_ISSUER');
  // Outside production http is allowed, for tests and an identity provider on one's own machine.
  if (e.NODE_ENV === 'production') {
    if (new URL(issuer).protocol !== 'https:') fail('RIZOOM_OIDC_ISSUER', 'https in production');
    const redirect = e.RIZOOM_OIDC_REDIRECT_URI;
    if (redirect && new URL(redirect).protocol !== 'https:') {
      fail('RIZOOM_OIDC_REDIRECT_URI', 'https in production');
    }
  }
  return {
    issuer,
    clientId,
    clientSecret: e.RIZOOM_OIDC_CLIENT_SECRET ?? null,
    redirectUri: e.RIZOOM_OIDC_REDIRECT_URI ?? null,
    label: e.RIZOOM_OIDC_LABEL ?? new URL(issuer).hostname,
    emailClaim: e.RIZOOM_OIDC_EMAIL_CLAIM ?? 'email',
  };
}
