// The offline store build against the online bulk path, each into a fresh folder of its own on
// a real embedded Neo4j (one at a time): the same labels, relationship types, counts and content
// (properties with their stored types), the same constraints and indexes online, the id
// uniqueness constraint enforced, and the app's queries answering alike. Bad input: a folder
// that is not empty is refused untouched; a failed import leaves no database behind.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { connectGraph } from '../db/connect.js';
import { int, type Executor } from '../db/executor.js';
import { readSeeds } from '../seed/read-seeds.js';
import { buildGraph, canonicalJson } from '../seed/to-graph.js';
import { freePort } from '../../test/free-port.js';
import { seedTemplates } from './csv.js';
import { loadSynthetic } from './load.js';
import { buildOffline, NotFreshError } from './offline.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'chain-graph-offline-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const configFor = async (dir: string) =>
  loadConfig({ NEO4J_DATA_DIR: dir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP: '1g', NEO4J_PAGECACHE: '256m' });

interface Snapshot {
  labels: Record<string, number>;
  types: Record<string, number>;
  hash: string;
  schema: string[];
  search: unknown;
  templates: unknown;
}

async function snapshot(ex: Executor): Promise<Snapshot> {
  const labels = await ex.read<{ l: string; n: number }>({
    name: 'test/offline-labels',
    text: 'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l',
  });
  const types = await ex.read<{ t: string; n: number }>({
    name: 'test/offline-types',
    text: 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t',
  });
  // valueType tells INTEGER from FLOAT, which the driver returns alike as JS numbers.
  const nodes = await ex.read<{ labels: string[]; props: Record<string, unknown>; types: string[] }>({
    name: 'test/offline-nodes',
    text: `MATCH (n) WHERE NOT n:Migration AND NOT n:GraphState
           RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | k + ' ' + valueType(n[k])] AS types`,
  });
  const rels = await ex.read<{ a: string; t: string; b: string; props: Record<string, unknown> }>({
    name: 'test/offline-relationships',
    text: `MATCH (a)-[r]->(b) WHERE NOT a:Migration AND NOT b:Migration
           RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props`,
  });
  const lines = [
    ...nodes.map((n) => `N ${canonicalJson([[...n.labels].sort(), n.props, [...n.types].sort()])}`),
    ...rels.map((r) => `R ${canonicalJson([r.a, r.t, r.b, r.props])}`),
  ].sort();
  const schema = [
    ...(await ex.read({
      name: 'test/offline-indexes',
      text: 'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state',
    })),
    ...(await ex.read({
      name: 'test/offline-constraints',
      text: 'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties',
    })),
  ]
    .map((r) => JSON.stringify(r))
    .sort();
  // labels() lists a node's labels in token order, which is the order the labels were first
  // created in that store (the importer meets Entity before most domain labels, the migrations
  // create it after them); the app only ever looks a label up in the list (graph-elements.ts).
  const [found] = await ex.read<{ counted: number; items: Array<{ node: { __labels: string[] } }> }>('api/search', {
    query: '合成企业 OR 000123',
    types: null,
    options: { limit: int(10_001) },
    window: int(10_000),
    skip: int(0),
    limit: int(5),
  });
  for (const i of found?.items ?? []) i.node.__labels.sort();
  const search = found;
  const templates = await ex.read('generate/templates');
  return {
    labels: Object.fromEntries(labels.map((r) => [r.l, r.n])),
    types: Object.fromEntries(types.map((r) => [r.t, r.n])),
    hash: createHash('sha256').update(lines.join('\n')).digest('hex'),
    schema,
    search,
    templates,
  };
}

const seedsDir = loadConfig({}).seedsDir;

describe('offline store build', () => {
  // One size only (each build starts two JVMs, and CI's time is capped): the CI's growth
  // benchmark builds the tiny graph (2,500 parks) through the offline path on every run.
  for (const [what, o] of [['3,000 firms in 60 parks', { enterprises: 3000, parks: 60 }]] as const) {
    it(`builds the same graph as the online path (${what})`, { timeout: 900_000 }, async () => {
      const seed = 15;
      const off = path.join(root, `offline-${o.enterprises}`);
      const built = await buildOffline({ seed, ...o, chunk: 1000, config: await configFor(off) });
      let offline: Snapshot;
      try {
        offline = await snapshot(built.db.executor);
        // The templates read from the seed files are the ones the graph holds after seeding.
        expect(await built.db.executor.read('generate/templates')).toEqual(seedTemplates(readSeeds(seedsDir)));
        // The uniqueness constraint on ids holds on the imported nodes.
        await expect(
          built.db.executor.write({
            name: 'test/offline-duplicate',
            text: "CREATE (:Enterprise:Entity {id: 'syn.e0000001', name: 'dup'})",
          }),
        ).rejects.toThrow(/already exists|constraint/i);
      } finally {
        await built.db.stop();
      }

      const on = path.join(root, `online-${o.enterprises}`);
      const config = await configFor(on);
      const db = await connectGraph(config, () => {});
      let online: Snapshot;
      let loaded;
      try {
        loaded = await loadSynthetic(db.executor, { seed, ...o, chunk: 1000, seedsDir: config.seedsDir });
        online = await snapshot(db.executor);
      } finally {
        await db.stop();
      }

      expect([built.nodes, built.relationships]).toEqual([loaded.nodes, loaded.relationships]);
      expect(offline.labels).toEqual(online.labels);
      expect(offline.types).toEqual(online.types);
      expect(offline.schema).toEqual(online.schema);
      expect(offline.schema.filter((s) => /"state":"(POPULATING|FAILED)"/.test(s))).toEqual([]);
      expect(offline.search).toEqual(online.search);
      expect((offline.search as { counted: number }).counted).toBeGreaterThan(0);
      expect(offline.templates).toEqual(online.templates);
      expect(offline.hash).toBe(online.hash);
      const seeded = buildGraph(readSeeds(seedsDir)).nodes.filter((n) => n.label === 'Enterprise').length;
      expect(offline.labels.Enterprise).toBe(seeded + o.enterprises);
    });
  }

  it('refuses a folder that is not empty and leaves it as it was', async () => {
    const dir = path.join(root, 'not-empty');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'keep.txt'), 'mine');
    await expect(buildOffline({ seed: 1, enterprises: 10, chunk: 1000, config: await configFor(dir) })).rejects.toThrow(NotFreshError);
    await expect(buildOffline({ seed: 1, enterprises: 10, chunk: 1000, config: await configFor(dir) })).rejects.toThrow(
      /not empty.*--online/,
    );
    expect(readdirSync(dir)).toEqual(['keep.txt']);
  });

  it('leaves no half-built database when the import fails', { timeout: 300_000 }, async () => {
    const csvDirs = () => readdirSync(os.tmpdir()).filter((f) => f.startsWith('chain-graph-offline-') && !root.endsWith(f));
    const before = csvDirs();
    const missing = path.join(root, 'missing');
    const bad = ['--nodes=Nope=' + path.join(root, 'no-such-file.csv')];
    await expect(
      buildOffline({ seed: 1, enterprises: 10, parks: 5, chunk: 1000, config: await configFor(missing), importArgs: bad }),
    ).rejects.toThrow(/offline import: neo4j-admin database import exited/);
    expect(existsSync(missing)).toBe(false);
    // A folder that existed empty stays, empty.
    const empty = path.join(root, 'empty');
    mkdirSync(empty);
    await expect(
      buildOffline({ seed: 1, enterprises: 10, parks: 5, chunk: 1000, config: await configFor(empty), importArgs: bad }),
    ).rejects.toThrow(/import exited/);
    expect(readdirSync(empty)).toEqual([]);
    // The CSV folders went too.
    expect(csvDirs()).toEqual(before);
  });
});
