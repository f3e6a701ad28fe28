// The attack on the shared test database: analysts sending queries that allocate outside
// Neo4j's transaction memory tracker, or simply more queries than the database should run at
// once. The database must still answer afterwards (the test database is not supervised, so a
// JVM that died here would fail every later assertion), and every analyst gets either an answer
// or a clear, typed refusal — including the one whose single value outgrows the JVM's heap.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../db.js';
import { graphqlClient, testViewer } from '../graphql.js';

const db = testExecutor();
const asAnalyst = graphqlClient(db, { viewer: testViewer('analyst') });

const cypher = (query: string) =>
  asAnalyst<{ cypher: { rows: unknown[][] } }>('query($q: String!) { cypher(query: $q) { rows } }', { q: query });

const expected = new Set(['ANALYST_BUSY', 'MEMORY_LIMIT', 'QUERY_TIMEOUT']);

async function databaseAnswers(): Promise<void> {
  const [row] = await db.read<{ ok: number }>('health/ping');
  expect(row?.ok).toBe(1);
}

describe('analyst queries cannot knock the database over', () => {
  it('survives four concurrent queries doubling a string 28 times with reduce', async () => {
    const attack = "RETURN size(reduce(s = 'x', i IN range(1, 28) | s + s)) AS len";
    const results = await Promise.all(Array.from({ length: 4 }, () => cypher(attack)));
    const outcomes = results.map((r) =>
      r.data?.cypher ? `rows:${JSON.stringify(r.data.cypher.rows)}` : String(r.errors?.[0]?.extensions?.code),
    );
    console.log(`reduce ×4: ${outcomes.join(', ')}`);
    for (const r of results) {
      if (r.data?.cypher) expect(r.data.cypher.rows).toEqual([[2 ** 28]]);
      else expect(expected).toContain(r.errors?.[0]?.extensions?.code);
    }
    await databaseAnswers();
    // And a normal query right after.
    const after = await cypher('MATCH (c:Chain) RETURN count(c) AS n');
    expect(after.errors).toBeUndefined();
    expect(after.data!.cypher.rows[0]![0]).toBeGreaterThan(0);
  });

  it('answers MEMORY_LIMIT for one query whose string outgrows the whole heap, and keeps serving', async () => {
    // 2^30 characters (1 GiB) cannot fit the test instance's 1g heap. The transaction memory
    // tracker does not see it; the JVM's own OutOfMemoryError fails that transaction alone.
    const result = await cypher("RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s)) AS len");
    console.log(`reduce 2^30: ${String(result.errors?.[0]?.extensions?.code)}`);
    expect(result.data?.cypher ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('MEMORY_LIMIT');
    await databaseAnswers();
    const after = await cypher('MATCH (c:Chain) RETURN count(c) AS n');
    expect(after.errors).toBeUndefined();
  });

  it('refuses what exceeds the running and waiting slots with a retryable ANALYST_BUSY', async () => {
    // Each takes a second or so (1 runs at a time, 8 wait up to 5 s): a flood of 16 overflows.
    const slow = 'UNWIND range(1, 3000000) AS x RETURN count(x) AS n';
    const results = await Promise.all(Array.from({ length: 16 }, () => cypher(slow)));
    const busy = results.filter((r) => r.errors?.[0]?.extensions?.code === 'ANALYST_BUSY');
    const answered = results.filter((r) => r.data?.cypher);
    console.log(`flood ×16: ${answered.length} answered, ${busy.length} busy`);
    expect(busy.length).toBeGreaterThan(0);
    expect(answered.length).toBeGreaterThan(0);
    for (const r of busy) {
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'ANALYST_BUSY', retryable: true });
      expect(r.errors![0]!.message).toMatch(/busy/);
    }
    for (const r of results) {
      if (r.data?.cypher) expect(r.data.cypher.rows).toEqual([[3000000]]);
      else expect(expected).toContain(r.errors?.[0]?.extensions?.code);
    }
    await databaseAnswers();
  });
});
