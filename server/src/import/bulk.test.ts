// The bulk path on the real Neo4j: nodes land with their static label and :Entity, relationships
// find their ends by elementId (also seeded ends the loader did not create), bad input is refused
// before anything is written, and deferred indexes are gone during the load and online after it.
import { afterAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { BulkLoader, deferrableIndexes, withDeferredIndexes } from './bulk.js';

const db = testExecutor();
const ids = ['syn.bulktest.r', 'syn.bulktest.p', 'syn.bulktest.e'];

afterAll(async () => {
  await db.write({ name: 'test/bulk-cleanup', text: 'MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n' }, { ids });
  await db.autoCommit({ name: 'test/bulk-drop', text: 'DROP INDEX bulk_test_index IF EXISTS' });
});

const indexNames = async () =>
  (
    await db.read<{ name: string; state: string }>({ name: 'test/bulk-indexes', text: 'SHOW INDEXES YIELD name, state RETURN name, state' })
  ).map((i) => `${i.name}:${i.state}`);

describe('bulk import path', () => {
  it('creates nodes per static label and relationships between new and seeded nodes', async () => {
    const bulk = new BulkLoader(db, { relationshipTypes: ['IN_REGION', 'LOCATED_IN', 'IN_CHAIN'] });
    const n = await bulk.nodes([
      { label: 'Region', props: { id: ids[0]!, name: '合成市 bulk', synthetic: true } },
      { label: 'Park', props: { id: ids[1]!, name: '合成园区 bulk', synthetic: true } },
      { label: 'Enterprise', props: { id: ids[2]!, name: '合成企业 bulk', synthetic: true, roles: ['leading'] } },
    ]);
    expect(n).toBe(3);
    const [chain] = await db.read<{ id: string }>({
      name: 'test/bulk-chain',
      text: 'MATCH (c:Chain) RETURN c.id AS id ORDER BY id LIMIT 1',
    });
    const r = await bulk.relationships([
      { from: ids[1]!, to: ids[0]!, type: 'IN_REGION' },
      { from: ids[2]!, to: ids[1]!, type: 'LOCATED_IN', props: {} },
      { from: ids[2]!, to: chain!.id, type: 'IN_CHAIN' },
    ]);
    expect(r).toBe(3);
    const rows = await db.read<{ id: string; labels: string[]; out: string[] }>(
      {
        name: 'test/bulk-read',
        text: `MATCH (n:Entity) WHERE n.id IN $ids
               OPTIONAL MATCH (n)-[r]->(m)
               RETURN n.id AS id, labels(n) AS labels, collect(type(r) + '>' + m.id) AS out ORDER BY id`,
      },
      { ids },
    );
    expect(rows.map((x) => [x.id, [...x.labels].sort(), [...x.out].sort()])).toEqual([
      [ids[2], ['Enterprise', 'Entity'], [`IN_CHAIN>${chain!.id}`, `LOCATED_IN>${ids[1]}`]],
      [ids[1], ['Entity', 'Park'], [`IN_REGION>${ids[0]}`]],
      [ids[0], ['Entity', 'Region'], []],
    ]);
  });

  it('refuses unknown labels, unmanaged types, relationship properties and missing ends', async () => {
    const bulk = new BulkLoader(db, { relationshipTypes: ['IN_REGION'] });
    await expect(bulk.nodes([{ label: 'User', props: { id: 'syn.bulktest.u' } }])).rejects.toThrow(/label User/);
    await expect(bulk.relationships([{ from: ids[1]!, to: ids[0]!, type: 'SUPPLIES' }])).rejects.toThrow(/SUPPLIES/);
    await expect(bulk.relationships([{ from: ids[1]!, to: ids[0]!, type: 'IN_REGION', props: { w: 1 } }])).rejects.toThrow(/properties/);
    await expect(bulk.relationships([{ from: ids[1]!, to: 'syn.bulktest.none', type: 'IN_REGION' }])).rejects.toThrow(/syn.bulktest.none/);
  });

  it('defers the non-unique indexes of the bulk labels, not the uniqueness constraints', () => {
    const names = deferrableIndexes().map((i) => i.name);
    expect(names).toContain('name_search');
    expect(names).toContain('project_status');
    expect(names).not.toContain('session_user');
    expect(names.some((n) => n.endsWith('_id'))).toBe(false);
    for (const i of deferrableIndexes()) expect(i.create).toMatch(/^CREATE .*INDEX .* IF NOT EXISTS/s);
  });

  it('drops deferred indexes for the load and has them online after it', async () => {
    const create = 'CREATE INDEX bulk_test_index IF NOT EXISTS FOR (n:Park) ON (n.bulkTestProperty)';
    await db.autoCommit({ name: 'test/bulk-index', text: create });
    let during: string[] = [];
    const out = await withDeferredIndexes(
      db,
      async () => {
        during = await indexNames();
        return 7;
      },
      () => {},
      [{ name: 'bulk_test_index', create }],
    );
    expect(out).toBe(7);
    expect(during.some((n) => n.startsWith('bulk_test_index:'))).toBe(false);
    expect(await indexNames()).toContain('bulk_test_index:ONLINE');
  });
});
