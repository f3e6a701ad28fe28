import net from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { UnknownQueryError } from './cypher-files.js';
import {
  CypherSyntaxError,
  DatabaseUnavailableError,
  type DbError,
  errorClassFor,
  ForbiddenError,
  QueryInvalidError,
  QueryTimeoutError,
} from './errors.js';
import { Executor, type QueryLogEvent } from './executor.js';

const executor = testExecutor();

describe('executor', () => {
  it('returns integers as JS numbers', async () => {
    const [row] = await executor.read<{ n: unknown; big: unknown }>({ text: 'RETURN 42 AS n, 9007199254740991 AS big' });
    expect(row).toEqual({ n: 42, big: 9007199254740991 });
  });

  it('runs named query files', async () => {
    const rows = await executor.read<{ id: string }>('migration-log/applied');
    expect(rows.map((r) => r.id)).toContain('001-constraints');
  });

  it('sets transaction metadata {app, op}', async () => {
    const [row] = await executor.read<{ meta: Record<string, unknown> }>({
      text: 'CALL tx.getMetaData() YIELD metadata RETURN metadata AS meta',
      name: 'test/meta',
    });
    expect(row?.meta).toEqual({ app: 'chain-graph', op: 'test/meta' });
  });

  it('counts statements per executor and in the parent of a fork', async () => {
    const child = executor.fork();
    const parentBefore = executor.statementCount;
    await child.read({ text: 'RETURN 1 AS x', name: 'test/one' });
    await child.transaction('read', async (tx) => {
      await tx.run({ text: 'RETURN 1 AS x', name: 'test/one' });
      await tx.run({ text: 'RETURN 2 AS x', name: 'test/two' });
    });
    expect(child.statementCount).toBe(3);
    expect(child.counter.byName.get('test/one')).toBe(2);
    expect(executor.statementCount - parentBefore).toBe(3);
    child.counter.reset();
    expect(child.statementCount).toBe(0);
    await child.close(); // a fork does not close the shared driver
    await executor.read({ text: 'RETURN 1 AS x' });
  });

  it('reports each query to onQuery with its name and time', async () => {
    const events: QueryLogEvent[] = [];
    const n = (await import('vitest')).inject('neo4j');
    const logged = Executor.connect({ ...n, onQuery: (e) => events.push(e) });
    try {
      await logged.read({ text: 'RETURN 1 AS x', name: 'test/logged' });
      await expect(logged.read({ text: 'RETURN nope(', name: 'test/bad' })).rejects.toThrow();
    } finally {
      await logged.close();
    }
    expect(events[0]).toMatchObject({ name: 'test/logged', mode: 'read', rows: 1 });
    expect(events[0]!.ms).toBeGreaterThanOrEqual(0);
    expect(events[1]).toMatchObject({ name: 'test/bad', mode: 'read' });
    expect(events[1]!.error).toBeTruthy();
  });

  it('maps a syntax error to CypherSyntaxError with the query name', async () => {
    const err = await executor.read({ text: 'MATCH (n RETURN n', name: 'test/syntax' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CypherSyntaxError);
    expect(err).toMatchObject({ code: 'CYPHER_SYNTAX', queryName: 'test/syntax', neo4jCode: 'Neo.ClientError.Statement.SyntaxError' });
  });

  it('maps a missing parameter to QueryInvalidError', async () => {
    const err = await executor.read({ text: 'RETURN $nope AS x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryInvalidError);
  });

  it('refuses writes in a read transaction (ForbiddenError)', async () => {
    const err = await executor.read({ text: "CREATE (:TestNode {id: 'test-read-write'})" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForbiddenError);
    expect((err as DbError).code).toBe('FORBIDDEN');
    const [row] = await executor.read<{ n: number }>({ text: 'MATCH (n:TestNode) RETURN count(n) AS n' });
    expect(row?.n).toBe(0);
  });

  it('times out a long query (QueryTimeoutError)', async () => {
    const started = Date.now();
    const err = await executor
      .read({ text: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n', name: 'test/slow' }, {}, { timeoutMs: 500 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryTimeoutError);
    expect((err as DbError).code).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('a callback error in a transaction passes through unchanged and rolls back', async () => {
    const err = await executor
      .transaction('write', async (tx) => {
        await tx.run({ text: "CREATE (:TestNode {id: 'test-rollback'})" });
        throw new Error('callback failed');
      })
      .catch((e: unknown) => e);
    expect(err).toEqual(new Error('callback failed'));
    const [row] = await executor.read<{ n: number }>({ text: 'MATCH (n:TestNode) RETURN count(n) AS n' });
    expect(row?.n).toBe(0);
  });

  it('an unknown query name fails before reaching the database', async () => {
    await expect(executor.read('queries/does-not-exist')).rejects.toBeInstanceOf(UnknownQueryError);
  });

  it('an unreachable server is DatabaseUnavailableError', async () => {
    const dead = Executor.connect({
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      password: 'x',
      driverConfig: { connectionTimeout: 2000, maxTransactionRetryTime: 1000 },
    });
    try {
      await expect(dead.verifyConnectivity()).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(dead.read({ text: 'RETURN 1' })).rejects.toBeInstanceOf(DatabaseUnavailableError);
    } finally {
      await dead.close();
    }
  });
});

/**
 * A TCP relay to the test database that closes the first `drop` connections as they open: a
 * connection lost under a statement, as when a cluster member goes or the network blinks.
 */
async function droppingRelay(target: URL, drop: number) {
  let opened = 0;
  const server = net.createServer((client) => {
    if (++opened <= drop) return client.destroy();
    const up = net.connect(Number(target.port), target.hostname);
    client.pipe(up).pipe(client);
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: (server.address() as net.AddressInfo).port, opened: () => opened, close: () => server.close() };
}

describe('reads retried on transient errors', () => {
  const n = inject('neo4j');
  const target = new URL(n.uri.replace(/^[a-z+]+:/, 'http:'));
  const plain = /^(bolt|neo4j):/.test(n.uri);

  it.skipIf(!plain)('a read whose connection drops is sent again on a new one, and counted each time', async () => {
    const relay = await droppingRelay(target, 1);
    const ex = Executor.connect({
      uri: `bolt://127.0.0.1:${relay.port}`,
      username: n.username,
      password: n.password,
      database: n.database,
    });
    try {
      const [row] = await ex.read<{ one: number }>({ text: 'RETURN 1 AS one', name: 'test/retried' });
      expect(row).toEqual({ one: 1 });
      expect(relay.opened()).toBeGreaterThanOrEqual(2);
      expect(ex.counter.byName.get('test/retried')).toBe(2);
    } finally {
      await ex.close();
      relay.close();
    }
  });

  it.skipIf(!plain)('gives up after the retry budget with DATABASE_UNAVAILABLE', async () => {
    const relay = await droppingRelay(target, Number.MAX_SAFE_INTEGER);
    const ex = Executor.connect({
      uri: `bolt://127.0.0.1:${relay.port}`,
      username: n.username,
      password: n.password,
      database: n.database,
      driverConfig: { maxTransactionRetryTime: 700 },
    });
    try {
      const started = performance.now();
      await expect(ex.read({ text: 'RETURN 1', name: 'test/gone' })).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(ex.counter.byName.get('test/gone')).toBeGreaterThan(1);
    } finally {
      await ex.close();
      relay.close();
    }
  });

  it('does not send a statement again that failed on its own (a syntax error)', async () => {
    const child = executor.fork();
    await expect(child.read({ text: 'RETRN 1', name: 'test/typo' })).rejects.toBeInstanceOf(CypherSyntaxError);
    expect(child.counter.byName.get('test/typo')).toBe(1);
  });
});

describe('errorClassFor', () => {
  it.each([
    ['ServiceUnavailable', 'DATABASE_UNAVAILABLE'],
    ['SessionExpired', 'DATABASE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'QUERY_TIMEOUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'QUERY_TIMEOUT'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONSTRAINT_VIOLATION'],
    ['Neo.ClientError.Statement.SyntaxError', 'CYPHER_SYNTAX'],
    ['Neo.ClientError.Security.Forbidden', 'FORBIDDEN'],
    ['Neo.ClientError.Security.Unauthorized', 'DATABASE_AUTH'],
    ['Neo.ClientError.General.ForbiddenOnReadOnlyDatabase', 'FORBIDDEN'],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'MEMORY_LIMIT'],
    ['Neo.TransientError.General.TransactionMemoryLimit', 'MEMORY_LIMIT'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'TRANSIENT'],
    ['Neo.ClientError.Statement.ParameterMissing', 'QUERY_INVALID'],
    ['Neo.DatabaseError.General.UnknownError', 'DATABASE_ERROR'],
  ])('%s → %s', (neo4jCode, code) => {
    const Cls = errorClassFor(neo4jCode);
    expect(new Cls('x').code).toBe(code);
  });
});
