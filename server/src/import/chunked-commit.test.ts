// Chunked commits on the real Neo4j: a sheet written 3 records per transaction lands whole under
// one batch with its audit records; a failure in a late chunk removes or puts back what the
// earlier chunks wrote (nodes, relationships, updated properties, audit records) and leaves the
// batch marked failed; a second commit of the same kind while one runs is refused.
import { afterAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { undoBatch } from './batches.js';
import { ImportBusyError } from './commit.js';
import { runImport, type ImportOptions } from './pipeline.js';
import { SheetImporter } from './sheets/importer.js';

const db = testExecutor();
const batches: string[] = [];
const audit = { by: 'chunk-test', byUserId: null, reason: 'chunk test' };

afterAll(async () => {
  await db.write(
    {
      name: 'test/chunk-cleanup',
      text: `MATCH (n) WHERE (n:Change AND n.batchId IN $ids) OR (n:ImportBatch AND n.id IN $ids) DETACH DELETE n`,
    },
    { ids: batches },
  );
});

/** Every node but the batches, every relationship, and a fingerprint of their properties. */
const graph = async () =>
  (
    await db.read<{ nodes: number; rels: number; props: string }>({
      name: 'test/chunk-graph',
      text: `CALL () { MATCH (n) WHERE NOT n:ImportBatch RETURN count(n) AS nodes, sum(size(keys(n))) AS keys }
             CALL () { MATCH ()-[r]->() RETURN count(r) AS rels, sum(size(keys(r))) AS rkeys }
             CALL () { MATCH (n:Enterprise {id: 'e.changyang'}) RETURN n.note AS note }
             RETURN nodes, rels, toString(keys) + '/' + toString(rkeys) + '/' + coalesce(note, '') AS props`,
    })
  )[0]!;

const batchRow = async (id: string) =>
  (
    await db.read<{ status: string; error: string | null; changes: number }>(
      {
        name: 'test/chunk-batch',
        text: `MATCH (b:ImportBatch {id: $id}) RETURN b.status AS status, b.error AS error, COUNT { MATCH (c:Change {batchId: $id}) } AS changes`,
      },
      { id },
    )
  )[0];

/** 10 new fictional firms in a park and a segment, and an update of a seeded one (the last row). */
const csv = (tag: string) =>
  Buffer.from(
    [
      '企业名称,园区,产业链环节,备注',
      ...Array.from({ length: 10 }, (_, i) => `示例虚构分块${tag}${i}有限公司,宁波高新区,压铸模具制造,`),
      `宁波长阳科技股份有限公司,,,分块提交的备注${tag}`,
    ].join('\n'),
  );

const commit = (bytes: Buffer, extra: Partial<ImportOptions> = {}) =>
  runImport(db, new SheetImporter({ kind: 'enterprises', fileName: 'chunks.csv', bytes }), {
    commit: true,
    who: 'chunk-test',
    allOrNothing: true,
    audit,
    commitRows: 3,
    ...extra,
  });

describe('chunked commit', () => {
  it('writes 3 records per transaction and lands whole, with its audit records; undo restores', async () => {
    const before = await graph();
    const seen: number[] = [];
    const r = await commit(csv('甲'), { afterChunkWrite: (i) => void seen.push(i) });
    batches.push(r.batchId!);
    expect(r.counts).toMatchObject({ read: 11, create: 10, update: 1, errors: 0 });
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(await batchRow(r.batchId!)).toEqual({ status: 'committed', error: null, changes: 11 });
    const after = await graph();
    // 10 firms (+ their audit records and the update's) with LOCATED_IN and IN_SEGMENT each.
    expect(after.nodes - before.nodes).toBe(10 + 11 + 1);
    expect(after.rels - before.rels).toBeGreaterThanOrEqual(20);
    await undoBatch(db, r.batchId!, 'chunk-test');
    const undone = await graph();
    // The audit records stay; of their CHANGED links only the one to the updated firm is left.
    expect(undone.rels).toBe(before.rels + 1);
    expect(undone.nodes).toBe(before.nodes + 11);
  });

  it('a failure in a late chunk leaves the graph exactly as before and the batch failed', async () => {
    const before = await graph();
    const e = await commit(csv('乙'), {
      afterChunkWrite: async (i) => {
        if (i === 3) throw new Error('injected failure in chunk 4');
      },
    }).then(
      () => null,
      (x: unknown) => x as Error,
    );
    expect(e?.message).toBe('injected failure in chunk 4');
    const [failed] = await db.read<{ id: string }>({
      name: 'test/chunk-failed',
      text: `MATCH (b:ImportBatch {kind: 'sheet-enterprises', status: 'failed', source: 'chunks.csv'}) RETURN b.id AS id ORDER BY b.id DESC LIMIT 1`,
    });
    const batchId = failed!.id;
    batches.push(batchId);
    expect(await batchRow(batchId)).toEqual({ status: 'failed', error: 'injected failure in chunk 4', changes: 0 });
    expect(await graph()).toEqual(before);
  });

  it('refuses a second commit of the same kind while one is running', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const first = commit(csv('丙'), {
      afterChunkWrite: async (i) => {
        if (i === 0) {
          entered();
          await gate;
        }
      },
    });
    await inside;
    await expect(commit(csv('丁'))).rejects.toBeInstanceOf(ImportBusyError);
    release();
    const r = await first;
    batches.push(r.batchId!);
    expect(await batchRow(r.batchId!)).toMatchObject({ status: 'committed' });
    await undoBatch(db, r.batchId!, 'chunk-test');
  });
});
