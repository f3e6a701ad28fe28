// The one module through which the server talks to Neo4j. Nothing else imports a driver session.
//
// - Queries are named Cypher files ("<folder>/<name>", see cypher-files.ts) or inline `{text, name}`.
// - read()/write() run in managed transactions (executeRead/executeWrite: the driver retries
//   transient failures) with a server-side timeout and metadata {app: 'chain-graph', op: name,
//   reqId: the HTTP request's x-request-id}, visible in `SHOW TRANSACTIONS` and the query log.
//   Read transactions go to followers/read replicas under `neo4j://` routing: use read() for
//   every statement that only reads.
// - Each transaction's duration and outcome is recorded in /metrics (ops/metrics.ts).
// - Integers come back as JS numbers (`disableLosslessIntegers: true`): counts, orders and the
//   seeds' whole numbers are far below 2^53. Write integers with `neo4j.int()` when they must be
//   stored as INTEGER (a plain JS number is sent as FLOAT).
// - Every statement is counted (per executor, and in its parent for forks) so tests can bound
//   the number of round trips a GraphQL request makes; `fork()` gives a request its own counter.
// - Driver errors are mapped to the typed errors of errors.ts.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type ResultSummary,
  type Session,
  type SessionMode,
} from 'neo4j-driver';
import { observeTransaction, transactionStarted } from '../ops/metrics.js';
import { currentRequest } from '../ops/request-context.js';
import { loadCypher } from './cypher-files.js';
import { DatabaseUnavailableError, DbError, toDbError } from './errors.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A named query file ("seed/existing-nodes") or inline text with an optional name for logs. */
export type QueryRef = string | { text: string; name?: string };

export interface QueryOptions {
  /** Transaction timeout; defaults to the executor's queryTimeoutMs. */
  timeoutMs?: number;
  /** Extra transaction metadata, merged over {app, op}. */
  metadata?: Record<string, unknown>;
}

export interface TransactionOptions extends QueryOptions {
  /** Name for metadata and logs; defaults to "transaction". */
  name?: string;
}

export type Mode = 'read' | 'write';

/** What the driver takes with a statement or transaction: its timeout (ms) and metadata. */
interface TxConfig {
  timeout: number;
  metadata: Record<string, unknown>;
}

export interface LimitedResult<T> {
  /** Column names in order (also when there are no rows). */
  columns: string[];
  rows: T[];
  truncated: boolean;
}

/** What a transaction callback gets: run statements, all counted and logged. */
export interface Tx {
  run<T = Row>(query: QueryRef, params?: Params): Promise<T[]>;
  /** Like run, with the result summary (counters, plan, notifications). */
  runWithSummary<T = Row>(query: QueryRef, params?: Params): Promise<{ rows: T[]; summary: ResultSummary }>;
  /**
   * Streams at most `maxRows` rows and discards the rest on the server (for user-written
   * queries whose size is unknown); `truncated` says whether more rows were there.
   */
  runLimited<T = Row>(query: QueryRef, params: Params, maxRows: number): Promise<LimitedResult<T>>;
  /**
   * Streams the rows to `each`, one at a time and awaited (a slow consumer holds the stream back,
   * so memory stays flat: backups of the whole graph); resolves to the number of rows.
   */
  each<T = Row>(query: QueryRef, params: Params, each: (row: T) => void | Promise<void>): Promise<number>;
  readonly mode: Mode;
}

export interface QueryLogEvent {
  name: string;
  mode: Mode | 'auto' | 'explain';
  ms: number;
  rows?: number;
  error?: string;
}

export interface ExecutorOptions {
  uri: string;
  username: string;
  password: string;
  /** Unset: the server's default database. */
  database?: string | undefined;
  /** Default transaction timeout (ms). */
  queryTimeoutMs?: number;
  /** Called after every statement (debug logging). */
  onQuery?: (event: QueryLogEvent) => void;
  /**
   * False while the database is known to be down (a supervised embedded Neo4j restarting):
   * statements are refused at once with DATABASE_UNAVAILABLE instead of waiting on the driver.
   */
  isUp?: () => boolean;
  /** Extra neo4j-driver config (tests, tuning). */
  driverConfig?: Parameters<typeof neo4j.driver>[2];
  /**
   * Mark the graph as written at the end of every write (cypher/graph-state/written.cypher,
   * migration 009), so what the server derives from it knows when it is stale (default true;
   * false for the credential store, whose writes change no graph).
   */
  marksWrites?: boolean;
}

/**
 * Statements whose writes change nothing derived from the graph, or that copy a whole graph
 * (backups and restores: restore() marks once when done): no mark. Schema changes (migrations of
 * indexes and constraints) leave the data as it was, and Neo4j would refuse the mark's write in
 * their transaction.
 */
function changesGraph(name: string): boolean {
  return !/^(auth|migration-log|backup|schema)\//.test(name) && name !== GRAPH_WRITTEN;
}
const GRAPH_WRITTEN = 'graph-state/written';

/** Counts statements sent to the database. */
export class StatementCounter {
  total = 0;
  readonly byName = new Map<string, number>();
  constructor(private readonly parent?: StatementCounter) {}
  record(name: string): void {
    this.total++;
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
    this.parent?.record(name);
  }
  reset(): void {
    this.total = 0;
    this.byName.clear();
  }
}

/** A console logger for `onQuery`, one line per statement. */
export function consoleQueryLogger(event: QueryLogEvent): void {
  const rows = event.rows === undefined ? '' : ` ${event.rows} rows`;
  const err = event.error ? ` FAILED: ${event.error}` : '';
  console.debug(`[db] ${event.mode} ${event.name} ${event.ms.toFixed(1)}ms${rows}${err}`);
}

/** Transaction metadata: the app, the statement's name and the HTTP request's id if any. */
function metadataFor(op: string, extra?: Record<string, unknown>): Record<string, unknown> {
  const request = currentRequest();
  return { app: 'chain-graph', op, ...(request ? { reqId: request.requestId } : {}), ...extra };
}

function resolve(query: QueryRef): { name: string; text: string } {
  if (typeof query === 'string') {
    const file = loadCypher(query);
    return { name: file.name, text: file.sent };
  }
  return { name: query.name ?? 'inline', text: query.text };
}

/** How long the driver retries a managed transaction, and `read` a statement, on transient errors. */
const DEFAULT_RETRY_MS = 5_000;

export class Executor {
  readonly counter: StatementCounter;
  private closed = false;

  private constructor(
    readonly driver: Driver,
    private readonly opts: ExecutorOptions,
    parentCounter: StatementCounter | undefined,
    private readonly ownsDriver: boolean,
  ) {
    this.counter = new StatementCounter(parentCounter);
  }

  /** Creates the driver. Call verifyConnectivity() to fail fast on a wrong URI or password. */
  static connect(opts: ExecutorOptions): Executor {
    const driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.username, opts.password), {
      disableLosslessIntegers: true,
      userAgent: 'chain-graph',
      // Fail fast when the database is gone: the driver's defaults (30 s to connect, 60 s to
      // get a connection, 30 s of retries) made every request hang for up to a minute.
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: DEFAULT_RETRY_MS,
      ...opts.driverConfig,
    });
    return new Executor(driver, opts, undefined, true);
  }

  /** An executor sharing this one's driver with its own statement counter (one per request). */
  fork(): Executor {
    return new Executor(this.driver, this.opts, this.counter, false);
  }

  /** Marks the graph as written (as every write through this executor does), unless it marks none. */
  async markWritten(): Promise<void> {
    if (this.opts.marksWrites !== false) await this.write(GRAPH_WRITTEN);
  }

  /** An executor sharing this one's driver whose statements are not counted in this one's (background work). */
  isolated(): Executor {
    return new Executor(this.driver, this.opts, undefined, false);
  }

  /** An executor on another database of the same server, sharing this one's driver. */
  on(database: string): Executor {
    return new Executor(this.driver, { ...this.opts, database }, this.counter, false);
  }

  get database(): string | undefined {
    return this.opts.database;
  }

  /** Statements sent so far through this executor (and its forks). */
  get statementCount(): number {
    return this.counter.total;
  }

  async verifyConnectivity(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.opts.database });
    } catch (e) {
      throw toDbError(e, 'verifyConnectivity');
    }
  }

  /**
   * One read statement, sent as an auto-commit query: one message out instead of BEGIN, RUN and
   * COMMIT, and no COMMIT round trip (a park's neighbourhood at 10k: 4.5 → 3.4 ms, and 2.4 →
   * 1.4 ms of this process's CPU, per statement; docs/performance.md). The driver retries only
   * managed transactions, so a transient failure (a dropped connection, a cluster member going)
   * is tried again here within the same time budget, as `executeRead` would.
   */
  async read<T = Row>(query: QueryRef, params: Params = {}, opts: QueryOptions = {}): Promise<T[]> {
    this.assertOpen();
    const { name, text } = resolve(query);
    const config = this.configFor(name, opts);
    return this.observed(
      'read',
      () => name,
      async () => {
        const started = performance.now();
        for (let attempt = 1; ; attempt++) {
          this.assertUp(name);
          try {
            return await this.runAutoCommit<T>('read', 'read', name, text, params, config);
          } catch (e) {
            const waitMs = Math.min(1000, 100 * 2 ** (attempt - 1));
            if (!neo4j.isRetryableError(e) || performance.now() - started + waitMs > this.retryBudgetMs) throw e;
            await new Promise((r) => setTimeout(r, waitMs));
          }
        }
      },
    );
  }

  /** How long a failing read is retried: the driver's budget for managed transactions. */
  private get retryBudgetMs(): number {
    return this.opts.driverConfig?.maxTransactionRetryTime ?? DEFAULT_RETRY_MS;
  }

  async write<T = Row>(query: QueryRef, params: Params = {}, opts: QueryOptions = {}): Promise<T[]> {
    const { name } = resolve(query);
    return this.transaction('write', (tx) => tx.run<T>(query, params), { ...opts, name });
  }

  /**
   * Runs `fn` in one managed transaction. The driver may call `fn` again after a transient
   * failure, so it must not have side effects outside the transaction.
   */
  async transaction<R>(mode: Mode, fn: (tx: Tx) => Promise<R>, opts: TransactionOptions = {}): Promise<R> {
    this.assertOpen();
    const op = opts.name ?? 'transaction';
    const config = this.configFor(op, opts);
    let current = op;
    this.assertUp(op);
    const session = this.session(mode);
    try {
      // Checked again on every attempt: the driver retries a dropped connection, which is
      // pointless while the database is known to be restarting.
      const work = async (mtx: ManagedTransaction) => {
        this.assertUp(current);
        let marks = false;
        const tx = this.wrap(mtx, mode, (name) => {
          current = name;
          if (mode === 'write' && changesGraph(name)) marks = true;
        });
        const result = await fn(tx);
        // In the same transaction: the mark commits exactly when the write does.
        if (marks && this.opts.marksWrites !== false) await tx.run(GRAPH_WRITTEN);
        return result;
      };
      return await this.observed(
        mode,
        () => current,
        () => (mode === 'read' ? session.executeRead(work, config) : session.executeWrite(work, config)),
      );
    } finally {
      await session.close();
    }
  }

  /**
   * A transaction (or a read's statement with its retries) timed and counted in the metrics by
   * its outcome; a driver error comes out as the typed error naming `nameOf()`.
   */
  private async observed<R>(mode: Mode, nameOf: () => string, work: () => Promise<R>): Promise<R> {
    const started = performance.now();
    const done = transactionStarted();
    let outcome = 'ok';
    try {
      return await work();
    } catch (e) {
      const error = toDbError(e, nameOf());
      outcome = error instanceof DbError ? error.code : 'ERROR';
      throw error;
    } finally {
      done();
      observeTransaction(mode, (performance.now() - started) / 1000, outcome);
    }
  }

  /**
   * One statement in an auto-commit transaction. Needed for schema changes (constraints,
   * indexes), which cannot share a transaction with data writes. Not retried.
   */
  async autoCommit<T = Row>(query: QueryRef, params: Params = {}, opts: QueryOptions = {}): Promise<T[]> {
    this.assertOpen();
    const { name, text } = resolve(query);
    this.assertUp(name);
    try {
      return await this.runAutoCommit<T>('write', 'auto', name, text, params, this.configFor(name, opts));
    } catch (e) {
      throw toDbError(e, name);
    } finally {
      // After, whether it failed or not: a statement run in batches of its own transactions may
      // have committed some before failing.
      if (changesGraph(name) && this.opts.marksWrites !== false) await this.write(GRAPH_WRITTEN).catch(() => {});
    }
  }

  /** One statement as an auto-commit query in a session of its own, counted and logged; the driver's error is rethrown as is. */
  private async runAutoCommit<T>(
    mode: Mode,
    logAs: QueryLogEvent['mode'],
    name: string,
    text: string,
    params: Params,
    config: TxConfig,
  ): Promise<T[]> {
    const session = this.session(mode);
    this.counter.record(name);
    const started = performance.now();
    try {
      const result = await session.run(text, params, config);
      const rows = result.records.map((r) => r.toObject() as T);
      this.log({ name, mode: logAs, ms: performance.now() - started, rows: rows.length });
      return rows;
    } catch (e) {
      this.log({ name, mode: logAs, ms: performance.now() - started, error: String((e as Error).message) });
      throw e;
    } finally {
      await session.close();
    }
  }

  /** Timeout and metadata of a statement or transaction named `name`. */
  private configFor(name: string, opts: QueryOptions): TxConfig {
    return { timeout: opts.timeoutMs ?? this.opts.queryTimeoutMs ?? 15_000, metadata: metadataFor(name, opts.metadata) };
  }

  /** EXPLAIN a statement (plans it without running it); returns the summary with the plan. */
  async explain(query: QueryRef, params: Params = {}): Promise<ResultSummary> {
    this.assertOpen();
    const { name, text } = resolve(query);
    this.assertUp(name);
    const session = this.session('read');
    const started = performance.now();
    this.counter.record(`explain:${name}`);
    try {
      const result = await session.run(`EXPLAIN ${text}`, params, { metadata: metadataFor(`explain:${name}`) });
      this.log({ name, mode: 'explain', ms: performance.now() - started });
      return result.summary;
    } catch (e) {
      this.log({ name, mode: 'explain', ms: performance.now() - started, error: String((e as Error).message) });
      throw toDbError(e, name);
    } finally {
      await session.close();
    }
  }

  /** Closes the driver (a fork leaves its parent's driver open). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.ownsDriver) await this.driver.close();
  }

  private session(mode: Mode): Session {
    const accessMode: SessionMode = mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE;
    return this.driver.session({
      database: this.opts.database,
      defaultAccessMode: accessMode,
      // Share bookmarks between sessions: a read after a write sees it, even in a cluster.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  private wrap(mtx: ManagedTransaction, mode: Mode, onStatement: (name: string) => void): Tx {
    const runWithSummary = async <T>(query: QueryRef, params: Params = {}) => {
      const { name, text } = resolve(query);
      onStatement(name);
      this.counter.record(name);
      const started = performance.now();
      let result: QueryResult;
      try {
        result = await mtx.run(text, params);
      } catch (e) {
        this.log({ name, mode, ms: performance.now() - started, error: String((e as Error).message) });
        // Rethrown as the driver's error so its retry logic still sees transient codes;
        // transaction() maps it.
        throw e;
      }
      const rows = result.records.map((r) => r.toObject() as T);
      this.log({ name, mode, ms: performance.now() - started, rows: rows.length });
      return { rows, summary: result.summary };
    };
    const runLimited = async <T>(query: QueryRef, params: Params, maxRows: number): Promise<LimitedResult<T>> => {
      const { name, text } = resolve(query);
      onStatement(name);
      this.counter.record(name);
      const started = performance.now();
      const rows: T[] = [];
      let truncated = false;
      try {
        const result = mtx.run(text, params);
        const columns = await result.keys();
        // Leaving the loop early cancels the stream: the server discards what was not pulled.
        for await (const record of result) {
          if (rows.length >= maxRows) {
            truncated = true;
            break;
          }
          rows.push(record.toObject() as T);
        }
        this.log({ name, mode, ms: performance.now() - started, rows: rows.length });
        return { columns: [...columns], rows, truncated };
      } catch (e) {
        this.log({ name, mode, ms: performance.now() - started, error: String((e as Error).message) });
        throw e;
      }
    };
    const each = async <T>(query: QueryRef, params: Params, consume: (row: T) => void | Promise<void>): Promise<number> => {
      const { name, text } = resolve(query);
      onStatement(name);
      this.counter.record(name);
      const started = performance.now();
      let rows = 0;
      try {
        for await (const record of mtx.run(text, params)) {
          await consume(record.toObject() as T);
          rows++;
        }
        this.log({ name, mode, ms: performance.now() - started, rows });
        return rows;
      } catch (e) {
        this.log({ name, mode, ms: performance.now() - started, error: String((e as Error).message) });
        throw e;
      }
    };
    return {
      mode,
      runWithSummary,
      runLimited,
      each,
      run: async <T>(query: QueryRef, params?: Params) => (await runWithSummary<T>(query, params)).rows,
    };
  }

  private log(event: QueryLogEvent): void {
    this.opts.onQuery?.(event);
  }

  /** Whether the database is believed to be up (always true without a supervisor). */
  get isUp(): boolean {
    return this.opts.isUp?.() ?? true;
  }

  private assertUp(queryName: string): void {
    if (!this.isUp) {
      throw new DatabaseUnavailableError('The database is restarting.', { neo4jCode: 'ServiceUnavailable', queryName });
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('Executor is closed');
  }
}

/** `neo4j.int` for callers that must store an INTEGER; re-exported so no one imports the driver. */
export const int = neo4j.int;
