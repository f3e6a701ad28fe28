// Keeps an embedded Neo4j running: when its JVM exits without being asked to (killed, crashed),
// it is started again on the same port, folder and password, after a delay that doubles on
// every failed start (1 s, 2 s, 4 s … 30 s) and resets once an instance has stayed up for a
// minute. A JVM that is alive but stops answering (a GC spiral short of an OutOfMemoryError)
// is killed by the watchdog and restarted the same way.
//
// While it is down, `isUp()` is false: the executor refuses at once with DATABASE_UNAVAILABLE
// instead of letting the driver retry for half a minute, and /readyz answers 503. The driver
// needs nothing on recovery: its pool opens new connections to the same address.
import neo4j from 'neo4j-driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions } from './embedded.js';

export type SupervisedState = 'starting' | 'up' | 'down' | 'stopped';

export interface SupervisorOptions {
  /** First restart delay; doubles per failed start up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** How long an instance must stay up before the delay starts again from `initialBackoffMs`. */
  stableAfterMs?: number;
  /** Watchdog: `RETURN 1` this often; 0 turns the watchdog off. */
  probeEveryMs?: number;
  /** A probe that takes longer than this counts as failed. */
  probeTimeoutMs?: number;
  /** Consecutive failed probes after which the JVM is killed (and restarted). */
  probeFailures?: number;
  /** Start-up and restart messages. */
  log?: (line: string) => void;
}

export interface SupervisedNeo4j {
  readonly uri: string;
  readonly username: 'neo4j';
  readonly password: string;
  readonly state: SupervisedState;
  /** True while the current JVM is started and not known to be dead. */
  isUp(): boolean;
  /** The current JVM's pid (undefined while none runs). */
  readonly pid: number | undefined;
  /** Restarts so far (not counting the first start). */
  readonly restarts: number;
  /** Resolves when the database is up again (at once when it is up); rejects once stopped. */
  whenUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the database (the first start must succeed) and supervises it from then on. */
export async function superviseEmbeddedNeo4j(opts: EmbeddedOptions, sup: SupervisorOptions = {}): Promise<SupervisedNeo4j> {
  const initialBackoff = sup.initialBackoffMs ?? 1_000;
  const maxBackoff = sup.maxBackoffMs ?? 30_000;
  const stableAfter = sup.stableAfterMs ?? 60_000;
  const probeEvery = sup.probeEveryMs ?? 10_000;
  const probeTimeout = sup.probeTimeoutMs ?? 5_000;
  const probeFailures = sup.probeFailures ?? 3;
  const log = sup.log ?? (() => {});

  let current: EmbeddedNeo4j = await startEmbeddedNeo4j(opts);
  const password = current.password;
  const uri = current.uri;
  let state: SupervisedState = 'up';
  let restarts = 0;
  let upSince = Date.now();
  let backoff = initialBackoff;
  let waiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  let sleepTimer: NodeJS.Timeout | undefined;
  let wakeSleep: (() => void) | undefined;
  let inFlight: Promise<unknown> | undefined;

  // A function, not an inline test: TypeScript would narrow `state` across the awaits below.
  const stopped = () => state === 'stopped';
  const setUp = () => {
    state = 'up';
    upSince = Date.now();
    for (const w of waiters) w.resolve();
    waiters = [];
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wakeSleep = resolve;
      sleepTimer = setTimeout(resolve, ms);
      sleepTimer.unref();
    });

  // One loop per JVM exit: wait, start, repeat until a start succeeds or stop() is called.
  const watch = (instance: EmbeddedNeo4j): void => {
    void instance.exited.then(async ({ code, signal }) => {
      if (stopped()) return;
      state = 'down';
      if (Date.now() - upSince >= stableAfter) backoff = initialBackoff;
      log(`Embedded Neo4j (pid ${instance.pid}) exited (code ${code ?? 'none'}, signal ${signal ?? 'none'}); restarting …`);
      for (;;) {
        await sleep(backoff);
        if (stopped()) return;
        backoff = Math.min(backoff * 2, maxBackoff);
        state = 'starting';
        try {
          const starting = startEmbeddedNeo4j({ ...opts, password });
          inFlight = starting.catch(() => undefined);
          const next = await starting;
          if (stopped()) {
            await next.stop();
            return;
          }
          current = next;
          restarts++;
          log(`Embedded Neo4j is back (pid ${next.pid}, restart ${restarts}).`);
          setUp();
          watch(next);
          return;
        } catch (e) {
          if (stopped()) return;
          state = 'down';
          log(`Embedded Neo4j did not restart: ${(e as Error).message.split('\n')[0]}; next try in ${backoff / 1000} s.`);
        }
      }
    });
  };
  watch(current);

  // The watchdog has its own small driver so a full application pool cannot starve it.
  const probeDriver =
    probeEvery > 0
      ? neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
          maxConnectionPoolSize: 2,
          connectionTimeout: probeTimeout,
          connectionAcquisitionTimeout: probeTimeout,
          maxTransactionRetryTime: 0,
        })
      : undefined;
  let failures = 0;
  let probing = false;
  const probeTimer = probeDriver
    ? setInterval(() => {
        if (state !== 'up' || probing) return;
        probing = true;
        const pid = current.pid;
        probeDriver
          .executeQuery('RETURN 1 AS ok', {}, { transactionConfig: { timeout: probeTimeout } })
          .then(
            () => {
              failures = 0;
            },
            () => {
              if (state !== 'up' || current.pid !== pid) return;
              failures++;
              if (failures >= probeFailures) {
                failures = 0;
                log(`Embedded Neo4j (pid ${pid}) did not answer ${probeFailures} probes in a row; killing it.`);
                try {
                  process.kill(pid, 'SIGKILL');
                } catch {
                  // Already gone: the exit watcher restarts it.
                }
              }
            },
          )
          .finally(() => {
            probing = false;
          });
      }, probeEvery)
    : undefined;
  probeTimer?.unref();

  return {
    uri,
    username: 'neo4j',
    password,
    get state() {
      return state;
    },
    isUp: () => state === 'up',
    get pid() {
      return state === 'up' ? current.pid : undefined;
    },
    get restarts() {
      return restarts;
    },
    whenUp(timeoutMs = 300_000) {
      if (state === 'up') return Promise.resolve();
      if (state === 'stopped') return Promise.reject(new Error('The embedded Neo4j was stopped.'));
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`The embedded Neo4j was not back within ${timeoutMs} ms.`)), timeoutMs);
        waiters.push({
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
          reject: (e) => {
            clearTimeout(timer);
            reject(e);
          },
        });
      });
    },
    async stop() {
      if (state === 'stopped') return;
      state = 'stopped';
      if (probeTimer) clearInterval(probeTimer);
      clearTimeout(sleepTimer);
      wakeSleep?.();
      for (const w of waiters) w.reject(new Error('The embedded Neo4j was stopped.'));
      waiters = [];
      await probeDriver?.close();
      // A restart under way finishes and then stops itself (see the loop above).
      await inFlight;
      await current.stop();
    },
  };
}
