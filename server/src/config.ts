// Process configuration, read from the environment only. Nothing here has a secret default:
// an external Neo4j needs NEO4J_PASSWORD, and the embedded one makes its own password.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root (this file is server/src/config.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const empty = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(empty, z.string().optional());
const portNumber = () =>
  z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be 1-65535').max(65535, 'must be 1-65535');
const port = (fallback: number) => z.preprocess(empty, portNumber().default(fallback));
/** Sizes as Neo4j writes them: 512m, 1g, 800k, or a plain byte count. */
const size = (fallback: string) =>
  z.preprocess(
    empty,
    z
      .string()
      .regex(/^\d+[kmg]?$/i, 'must be a size like 512m or 1g')
      .default(fallback),
  );
const bool = (fallback: boolean) =>
  z.preprocess(
    empty,
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  );

const EnvSchema = z.object({
  NEO4J_URI: z.preprocess(
    empty,
    z
      .string()
      .regex(
        /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+(:\d+)?\/?$/,
        'must be a bolt:// or neo4j:// URI (optionally +s or +ssc), e.g. bolt://localhost:7687',
      )
      .optional(),
  ),
  NEO4J_USERNAME: optionalString,
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: z.preprocess(
    empty,
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'must be a Neo4j database name')
      .optional(),
  ),
  NEO4J_BOLT_PORT: port(7687),
  NEO4J_DATA_DIR: optionalString,
  NEO4J_HEAP: size('1g'),
  NEO4J_PAGECACHE: size('512m'),
  AUTH_NEO4J_URI: z.preprocess(
    empty,
    z
      .string()
      .regex(
        /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+(:\d+)?\/?$/,
        'must be a bolt:// or neo4j:// URI (optionally +s or +ssc), e.g. bolt://localhost:7688',
      )
      .optional(),
  ),
  AUTH_NEO4J_USERNAME: optionalString,
  AUTH_NEO4J_PASSWORD: optionalString,
  AUTH_NEO4J_DATABASE: z.preprocess(
    empty,
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'must be a Neo4j database name')
      .optional(),
  ),
  AUTH_NEO4J_BOLT_PORT: z.preprocess(empty, portNumber().optional()),
  AUTH_NEO4J_DATA_DIR: optionalString,
  AUTH_NEO4J_HEAP: size('256m'),
  NEO4J_QUERY_TIMEOUT_MS: z.preprocess(
    empty,
    z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(100, 'must be at least 100 (ms)')
      .max(3_600_000, 'must be at most 3600000 (one hour)')
      .default(15_000),
  ),
  NEO4J_LOG_QUERIES: bool(false),
  SEEDS_DIR: optionalString,
  LISTED_DATASET_DIR: optionalString,
  PORT: port(4000),
  HOST: z.preprocess(empty, z.string().min(1).default('127.0.0.1')),
  NODE_ENV: z.preprocess(empty, z.enum(['development', 'production', 'test']).default('development')),
  PUBLIC_READ: z.preprocess(
    empty,
    z.enum(['none', 'chain-map', 'all'], { message: 'must be none, chain-map or all' }).default('chain-map'),
  ),
  ADMIN_PASSWORD: z.preprocess(empty, z.string().min(10, 'must be at least 10 characters').max(1024).optional()),
  LOG_LEVEL: z.preprocess(
    empty,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'must be a pino level: error, warn, info, debug, …',
      })
      .default('info'),
  ),
  METRICS_TOKEN: z.preprocess(empty, z.string().min(16, 'must be at least 16 characters').optional()),
  SHUTDOWN_TIMEOUT_MS: z.preprocess(
    empty,
    z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(0, 'must be 0 or more (ms)')
      .max(600_000, 'must be at most 600000 (ten minutes)')
      .default(20_000),
  ),
  AUTH_SESSION_HOURS: z.preprocess(
    empty,
    z.coerce
      .number({ message: 'must be a number of hours' })
      .min(0.25, 'must be at least 0.25 (15 minutes)')
      .max(24 * 90, 'must be at most 2160 (90 days)')
      .default(12),
  ),
});

export interface ExternalNeo4jConfig {
  mode: 'external';
  uri: string;
  username: string;
  password: string;
  /** Unset means the server's default database. */
  database: string | undefined;
}

export interface EmbeddedNeo4jConfig {
  mode: 'embedded';
  boltPort: number;
  dataDir: string;
  heap: string;
  pagecache: string;
  database: string | undefined;
}

export interface Config {
  neo4j: ExternalNeo4jConfig | EmbeddedNeo4jConfig;
  /**
   * The credential store (accounts, sessions, API-token hashes): a Neo4j of its own, never the
   * analysable graph. Embedded by default (small heap, its own folder and Bolt port).
   */
  accounts: ExternalNeo4jConfig | EmbeddedNeo4jConfig;
  /** Per-transaction timeout for GraphQL-driven queries. */
  queryTimeoutMs: number;
  /** Log every query's name and duration (debug). */
  logQueries: boolean;
  /** Folder of seed YAML files. */
  seedsDir: string;
  /** Folder of the A-share data set read by the listed-company importer. */
  listedDatasetDir: string;
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  ops: {
    logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
    /** Bearer token for /metrics; unset: local, unproxied scrapers only. */
    metricsToken: string | undefined;
    /** How long a stopping server waits for requests in flight before closing their connections. */
    shutdownTimeoutMs: number;
  };
  auth: {
    /** What anonymous requests may read: nothing, the public chain map, or every read query. */
    publicRead: 'none' | 'chain-map' | 'all';
    /** Password for the `admin` account created when there are no users (else a random one). */
    adminPassword: string | undefined;
    sessionTtlSeconds: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? '(environment)');
        // Never echo a secret into logs.
        const shown = /PASSWORD|SECRET|TOKEN/.test(name) ? '(hidden)' : JSON.stringify(env[name] ?? '');
        return `${name}=${shown}: ${i.message}`;
      }),
    );
  }
  const e = parsed.data;
  const resolve = (p: string) => path.resolve(repoRoot, p);

  // The graph (NEO4J_*) and the credential store (AUTH_NEO4J_*) name an external Neo4j alike.
  const external = (prefix: 'NEO4J' | 'AUTH_NEO4J', what: string): ExternalNeo4jConfig => {
    const password = e[`${prefix}_PASSWORD`];
    if (!password) throw new ConfigError([`${prefix}_PASSWORD: required when ${prefix}_URI is set (${what})`]);
    return {
      mode: 'external',
      uri: e[`${prefix}_URI`]!,
      username: e[`${prefix}_USERNAME`] ?? 'neo4j',
      password,
      database: e[`${prefix}_DATABASE`],
    };
  };

  let neo4j: Config['neo4j'];
  if (e.NEO4J_URI) {
    neo4j = external('NEO4J', 'an external Neo4j');
  } else {
    neo4j = {
      mode: 'embedded',
      boltPort: e.NEO4J_BOLT_PORT,
      dataDir: resolve(e.NEO4J_DATA_DIR ?? '.data/neo4j'),
      heap: e.NEO4J_HEAP,
      pagecache: e.NEO4J_PAGECACHE,
      database: e.NEO4J_DATABASE,
    };
  }

  let accounts: Config['accounts'];
  if (e.AUTH_NEO4J_URI) {
    accounts = external('AUTH_NEO4J', 'an external credential store');
  } else {
    // Beside the graph's folder and on the next port, so setting NEO4J_DATA_DIR and
    // NEO4J_BOLT_PORT alone (tests, a second checkout) never makes two servers share a store.
    const graphDir = neo4j.mode === 'embedded' ? neo4j.dataDir : resolve('.data/neo4j');
    const graphPort = neo4j.mode === 'embedded' ? neo4j.boltPort : e.NEO4J_BOLT_PORT;
    accounts = {
      mode: 'embedded',
      boltPort: e.AUTH_NEO4J_BOLT_PORT ?? (graphPort === 65535 ? 65534 : graphPort + 1),
      dataDir: e.AUTH_NEO4J_DATA_DIR ? resolve(e.AUTH_NEO4J_DATA_DIR) : `${graphDir}-auth`,
      heap: e.AUTH_NEO4J_HEAP,
      pagecache: '16m',
      database: undefined,
    };
  }

  return {
    neo4j,
    accounts,
    queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    logQueries: e.NEO4J_LOG_QUERIES,
    seedsDir: resolve(e.SEEDS_DIR ?? 'seeds'),
    // Beside the repository, as in the shared workspace (../shared/datasets/).
    listedDatasetDir: resolve(e.LISTED_DATASET_DIR ?? '../shared/datasets/a-share-industry-kg'),
    port: e.PORT,
    host: e.HOST,
    nodeEnv: e.NODE_ENV,
    ops: { logLevel: e.LOG_LEVEL, metricsToken: e.METRICS_TOKEN, shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS },
    auth: {
      publicRead: e.PUBLIC_READ,
      adminPassword: e.ADMIN_PASSWORD,
      sessionTtlSeconds: Math.round(e.AUTH_SESSION_HOURS * 3600),
    },
  };
}
