import { availableParallelism } from 'node:os';
import { z } from 'zod';

/** The password of the local development Neo4j that `npm start` launches; never used for a configured NEO4J_URI. */
export const LOCAL_NEO4J_DEV_PASSWORD = 'ecokg-dev-password';

// 0 asks the operating system for a free port, which tests use to run side by side.
const port = z.coerce
  .number({ error: 'must be a port number between 0 and 65535' })
  .int('must be a port number between 0 and 65535')
  .min(0, 'must be a port number between 0 and 65535')
  .max(65535, 'must be a port number between 0 and 65535');

const positiveMs = (max: number) =>
  z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be an integer number of milliseconds')
    .min(1, `must be between 1 and ${max} milliseconds`)
    .max(max, `must be between 1 and ${max} milliseconds`);

const flag = z.enum(['true', 'false', '1', '0', ''], { error: 'must be true or false' }).transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a neo4j:// or bolt:// URI, e.g. bolt://127.0.0.1:7687')
    .optional(),
  NEO4J_USER: z.string().min(1, 'must not be empty').default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1, 'must not be empty').optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'must be a Neo4j database name (letters, digits, dots and dashes, 3 to 63 characters)')
    .default('neo4j'),
  NEO4J_TX_TIMEOUT_MS: positiveMs(600_000).default(5_000),
  NEO4J_MAX_RETRY_TIME_MS: positiveMs(60_000).default(2_000),
  NEO4J_CONNECTION_TIMEOUT_MS: positiveMs(60_000).default(3_000),
  NEO4J_ACQUISITION_TIMEOUT_MS: positiveMs(60_000).default(5_000),
  NEO4J_MAX_POOL_SIZE: z.coerce.number({ error: 'must be a number' }).int().min(1).max(500).default(32),
  NEO4J_MAX_QUEUED: z.coerce.number({ error: 'must be a number' }).int().min(0).max(100_000).default(256),
  ECOKG_DATA_DIR: z.string().min(1).default('.ecokg'),
  PORT: port.default(4000),
  HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or IP address, e.g. 127.0.0.1')
    .default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  INTROSPECTION: flag.optional(),
  PLAYGROUND: flag.optional(),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ error: 'must be a comma-separated list of origins such as https://example.org' }))),
  ADMIN_TOKEN: z.string().min(32, 'must be at least 32 characters when set').optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  WORKERS: z.coerce
    .number({ error: 'must be a whole number from 1 to 64' })
    .int('must be a whole number from 1 to 64')
    .min(1, 'must be a whole number from 1 to 64')
    .max(64, 'must be a whole number from 1 to 64')
    .optional(),
  MIGRATE_ON_START: flag.optional(),
  SEED_ON_START: flag.optional(),
  RESPONSE_CACHE: flag.optional(),
  RESPONSE_CACHE_MAX_MB: z.coerce
    .number({ error: 'must be a number of megabytes from 1 to 4096' })
    .int('must be a whole number of megabytes from 1 to 4096')
    .min(1, 'must be a number of megabytes from 1 to 4096')
    .max(4096, 'must be a number of megabytes from 1 to 4096')
    .default(64),
  SHUTDOWN_GRACE_MS: positiveMs(600_000).default(10_000),
});

/** The service's configuration, read once from the environment and validated at start-up. */
/** The environment variables the service reads, each documented in docs/operations.md (a test holds them together). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export interface Config {
  /** Bolt URI of the Neo4j to use; absent means "start the local Neo4j". */
  neo4jUri: string | undefined;
  neo4jUser: string;
  /** Absent only when the local Neo4j is started, which then uses its development password. */
  neo4jPassword: string | undefined;
  neo4jDatabase: string;
  /** Server-side timeout of every transaction, so one expensive query cannot hold the database. */
  transactionTimeoutMs: number;
  /** How long the driver's managed transactions retry transient errors before giving up. */
  maxRetryTimeMs: number;
  connectionTimeoutMs: number;
  acquisitionTimeoutMs: number;
  maxPoolSize: number;
  /** Requests allowed to wait for a free connection; beyond it a request is refused at once. */
  maxQueued: number;
  dataDir: string;
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  introspection: boolean;
  playground: boolean;
  corsOrigins: string[];
  adminToken: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Worker processes serving HTTP on the one port; 1 serves from the main process itself. */
  workers: number;
  /** Apply cypher/schema.cypher at start-up; off when a job (`npm run migrate`) does it and the API has read-only credentials. */
  migrateOnStart: boolean;
  /** Load seed/ at start-up when the graph is empty; off when a job (`npm run seed`) does it. */
  seedOnStart: boolean;
  /** Keep whole responses in memory until the graph changes. */
  responseCache: boolean;
  responseCacheMaxBytes: number;
  /** How long a stop waits for requests in flight before it closes their connections. */
  shutdownGraceMs: number;
}

/** Raised when an environment variable holds a value the service cannot use. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the configuration, naming the first variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0]);
      const shown = variable.includes('PASSWORD') || variable.includes('TOKEN') ? '(hidden)' : JSON.stringify(env[variable]);
      return `${variable} ${issue.message}, got ${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI !== undefined && e.NEO4J_PASSWORD === undefined) {
    throw new ConfigError('Invalid configuration: NEO4J_PASSWORD must be set when NEO4J_URI is set');
  }
  const production = e.NODE_ENV === 'production';
  return {
    neo4jUri: e.NEO4J_URI,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD,
    neo4jDatabase: e.NEO4J_DATABASE,
    transactionTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    maxRetryTimeMs: e.NEO4J_MAX_RETRY_TIME_MS,
    connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
    acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
    maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
    maxQueued: e.NEO4J_MAX_QUEUED,
    dataDir: e.ECOKG_DATA_DIR,
    port: e.PORT,
    host: e.HOST,
    nodeEnv: e.NODE_ENV,
    introspection: e.INTROSPECTION ?? !production,
    playground: e.PLAYGROUND ?? !production,
    corsOrigins: e.CORS_ORIGINS,
    adminToken: e.ADMIN_TOKEN,
    logLevel: e.LOG_LEVEL,
    workers: e.WORKERS ?? availableParallelism(),
    migrateOnStart: e.MIGRATE_ON_START ?? true,
    seedOnStart: e.SEED_ON_START ?? true,
    responseCache: e.RESPONSE_CACHE ?? true,
    responseCacheMaxBytes: e.RESPONSE_CACHE_MAX_MB * 1024 * 1024,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  };
}
