// Test helpers: an executor on the shared test database, and whole-graph fingerprints.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { Executor } from '../src/db/executor.js';
import { canonicalJson } from '../src/seed/to-graph.js';

/** An executor on the run's Neo4j, closed after the file's tests. */
export function testExecutor(): Executor {
  const n = inject('neo4j');
  const executor = Executor.connect({
    uri: n.uri,
    username: n.username,
    password: n.password,
    database: n.database,
    queryTimeoutMs: 60_000,
  });
  afterAll(() => executor.close());
  return executor;
}

/** An executor on the run's credential store (accounts, sessions, token hashes). */
export function testAuthExecutor(): Executor {
  const n = inject('authNeo4j');
  const executor = Executor.connect({ ...n, queryTimeoutMs: 60_000 });
  afterAll(() => executor.close());
  return executor;
}

// Test files run one after another in one worker that keeps its modules (vitest.config.ts:
// `isolate: false`), so this module is loaded once for the whole run: the executor lives as long
// as the worker, which ends with the run. A file's closing hook would close it under the next file.
let sharedAuth: Executor | undefined;
/** One credential-store executor for the whole run, for apps that do not name their own. */
export function sharedTestAuthExecutor(): Executor {
  sharedAuth ??= Executor.connect({ ...inject('authNeo4j'), queryTimeoutMs: 60_000 });
  return sharedAuth;
}

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  /** Hash over every seeded node's labels and properties and every relationship between nodes. */
  checksum: string;
}

/**
 * Counts and a checksum of the whole graph (Migration nodes excluded): every node's labels and
 * properties and every relationship with its properties, canonicalised and hashed, so the same
 * fingerprint before and after an operation means the graph did not change.
 */
export async function fingerprint(executor: Executor): Promise<GraphFingerprint> {
  const nodes = await executor.read<{ labels: string[]; props: Record<string, unknown> }>({
    name: 'test/fingerprint-nodes',
    text: 'MATCH (n) WHERE NOT n:Migration AND NOT n:GraphState RETURN labels(n) AS labels, properties(n) AS props',
  });
  const rels = await executor.read<{ a: string; type: string; b: string; props: Record<string, unknown> }>({
    name: 'test/fingerprint-relationships',
    text: `MATCH (a)-[r]->(b) WHERE NOT a:Migration AND NOT b:Migration AND NOT a:GraphState
           RETURN labels(a)[0] + ':' + a.id AS a, type(r) AS type, labels(b)[0] + ':' + b.id AS b, properties(r) AS props`,
  });
  const lines = [
    ...nodes.map((n) => `N ${canonicalJson([[...n.labels].sort(), n.props])}`),
    ...rels.map((r) => `R ${canonicalJson([r.a, r.type, r.b, r.props])}`),
  ].sort();
  return {
    nodes: nodes.length,
    relationships: rels.length,
    checksum: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}

/**
 * For test files that edit the graph through the API: the ids they add to the returned set are
 * removed after the file (hand-made nodes, and the audit records of any of them, seeded or
 * not), and the whole graph must then match its fingerprint from before the file ran.
 */
export function restoreGraphAfterAll(executor: Executor): Set<string> {
  const made = new Set<string>();
  let start: GraphFingerprint;
  beforeAll(async () => {
    start = await fingerprint(executor);
  });
  afterAll(async () => {
    const ids = [...made];
    await executor.write({ name: 'test/edit-cleanup', text: 'MATCH (c:Change) WHERE c.targetId IN $ids DETACH DELETE c' }, { ids });
    await executor.write(
      { name: 'test/edit-cleanup-nodes', text: 'MATCH (n:Entity) WHERE n.id IN $ids AND n.seeded IS NULL DETACH DELETE n' },
      { ids },
    );
    expect(await fingerprint(executor)).toEqual(start);
  });
  return made;
}

/** Every (park, chain) where a seeded park grows one of `chains`, by chain then park. */
export function parksGrowing(executor: Executor, chains: string[]): Promise<Array<{ park: string; chain: string }>> {
  return executor.read<{ park: string; chain: string }>(
    {
      name: 'test/parks-growing',
      text: 'MATCH (p:Park)-[:GROWS]->(c:Chain) WHERE c.id IN $chains RETURN p.id AS park, c.id AS chain ORDER BY c.id, p.id',
    },
    { chains },
  );
}
