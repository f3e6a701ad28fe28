// Starts the app: database (embedded unless NEO4J_URI is set), migrations, seeds when the
// graph is empty, then the HTTP server. On SIGINT/SIGTERM it stops taking requests, answers
// those in flight (ops/shutdown.ts), then closes the driver and the embedded database.
import { targetIndexFor } from './data/target-index.js';
import { recoverInterruptedCommits } from './import/compensate.js';
import { bootstrapAdmin } from './auth/bootstrap.js';
import { accountMigrationsDir, formatMoved, moveCredentials } from './auth/move-credentials.js';
import { ConfigError, loadConfig } from './config.js';
import { connectDatabase, type Connection } from './db/connect.js';
import { DatabaseUnavailableError } from './db/errors.js';
import { migrate } from './db/migrate.js';
import { readinessProbe } from './health.js';
import { createHttpServer } from './http.js';
import { importRoutes } from './import/sheets/routes.js';
import { logger, setLogger } from './ops/log.js';
import { watchPool } from './ops/metrics.js';
import { closeGracefully } from './ops/shutdown.js';
import { loadApiSettings } from './limits/settings.js';
import { formatCounts, loadSeeds } from './seed/load.js';
import { readSeeds } from './seed/read-seeds.js';
import { createApp } from './yoga.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = setLogger(config.ops.logLevel);
  const info = (line: string) => log.info(line);
  const api = loadApiSettings();
  const connection: Connection = await connectDatabase(config, info);
  const { executor } = connection;
  watchPool(executor.driver);
  const authExecutor = connection.accounts.executor;
  let stopping = false;
  const stop = async (code: number, reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'stopping: finishing requests in flight');
    const closed = server.listening ? await closeGracefully(server, config.ops.shutdownTimeoutMs) : { forced: false, ms: 0 };
    log.info({ ms: Math.round(closed.ms), forced: closed.forced }, 'HTTP server closed');
    await connection.stop().catch((err: unknown) => log.error({ err }, 'closing the database failed'));
    log.info('stopped');
    // pino writes synchronously to stdout; nothing is left to flush.
    process.exit(code);
  };

  const server = createHttpServer(
    createApp({
      executor,
      authExecutor,
      production: config.nodeEnv === 'production',
      publicRead: config.auth.publicRead,
      auth: { sessionTtlSeconds: config.auth.sessionTtlSeconds },
      limits: api.limits,
      inputBounds: api.inputBounds,
      corsOrigins: api.corsOrigins,
      introspection: api.introspection,
      admission: api.admission,
    }),
    undefined,
    {
      metricsToken: config.ops.metricsToken,
      readiness: readinessProbe({ graph: executor, accounts: authExecutor }),
      embedOrigins: api.corsOrigins,
      importRoutes: importRoutes({ executor, authExecutor }),
    },
  );
  process.on('SIGINT', () => void stop(0, 'SIGINT'));
  process.on('SIGTERM', () => void stop(0, 'SIGTERM'));

  try {
    info(`Connected to ${connection.describe} and ${connection.accounts.describe}.`);
    // A database that dies while these run (the seed load, say) is restarted by its supervisor;
    // every step is idempotent, so start-up waits for it and runs them again.
    for (let attempt = 1; ; attempt++) {
      try {
        const m = await migrate(executor, { log: info });
        info(`Migrations: ${m.applied.length} applied, ${m.alreadyApplied.length} already applied.`);
        await migrate(authExecutor, { dir: accountMigrationsDir, log: (line) => info(`credential store: ${line}`) });
        const moved = await moveCredentials(executor, authExecutor);
        if (moved.users + moved.tokens + moved.sessions > 0) info(`Credentials moved out of the graph: ${formatMoved(moved)}.`);
        const [{ count } = { count: 0 }] = await executor.read<{ count: number }>('api/domain-node-count');
        if (count === 0) {
          info('The graph is empty: loading seeds …');
          const result = await loadSeeds(executor, readSeeds(config.seedsDir));
          info(formatCounts(result.counts));
        }
        // A commit cut off by a crash leaves its chunks written so far: take them back before serving.
        const recovered = await recoverInterruptedCommits(executor, null);
        if (recovered.length > 0) info(`Interrupted imports taken back and marked failed: ${recovered.join(', ')}.`);
        // After the seed check: the seed-on-empty test counts every non-migration node.
        await bootstrapAdmin(authExecutor, { adminPassword: config.auth.adminPassword, log: info });
        break;
      } catch (e) {
        const supervised = [connection.embedded, connection.accounts.embedded].filter((d) => d !== undefined);
        if (!(e instanceof DatabaseUnavailableError) || supervised.length === 0 || attempt >= 5) throw e;
        info(`A database went away during start-up (${e.message}); waiting for it to come back …`);
        // The supervisor may not have seen the exit yet: give it a moment before asking.
        await new Promise((r) => setTimeout(r, 1_000));
        await Promise.all(supervised.map((d) => d.whenUp()));
      }
    }
    info(`Anonymous read access (PUBLIC_READ): ${config.auth.publicRead}.`);
    // In the background: until it is built, targets ranks every candidate (target-index.ts).
    void targetIndexFor(executor, info).refresh();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
  } catch (e) {
    log.fatal(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    await stop(1, 'start-up failed');
    return;
  }
  const url = `http://${config.host}:${config.port}/`;
  log.info({ url, nodeEnv: config.nodeEnv }, `产业链图谱 is running: ${url} (GraphQL: ${url}graphql)`);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) console.error(e.message);
  else logger().fatal({ err: e }, 'start-up failed');
  process.exit(1);
});
