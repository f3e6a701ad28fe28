// Staff sheets through the API as the client sends them (multipart upload): editor role only,
// dry run writes nothing, a refused commit writes nothing, a commit is a batch the editor sees in
// importBatches and the audit log (filtered by park and batch), undo puts the graph back, a file
// over IMPORT_MAX_BYTES is refused with UPLOAD_TOO_LARGE.
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint, sharedTestAuthExecutor, testExecutor } from '../../test/db.js';
import { testViewer } from '../../test/graphql.js';
import type { Viewer } from '../auth/viewer.js';
import { CSRF_HEADER } from '../limits/protocol.js';
import { createApp } from '../yoga.js';

const db = testExecutor();
const made: string[] = [];
afterAll(async () => {
  await db.write(
    {
      name: 'test/sheet-api-cleanup',
      text: 'MATCH (n) WHERE (n:Change AND n.batchId IN $ids) OR (n:ImportBatch AND n.id IN $ids) DETACH DELETE n',
    },
    { ids: made },
  );
});

interface Res {
  status: number;
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

function client(viewer: Viewer) {
  const app = createApp({ executor: db, authExecutor: sharedTestAuthExecutor(), production: false, viewerFor: () => viewer });
  return {
    async upload(query: string, variables: Record<string, unknown>, file: { name: string; text: string }): Promise<Res> {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
      form.set('map', JSON.stringify({ 0: ['variables.file'] }));
      form.set('0', new File([file.text], file.name, { type: 'text/csv' }));
      const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { [CSRF_HEADER]: '1' }, body: form });
      return { status: res.status, ...((await res.json()) as Omit<Res, 'status'>) };
    },
    async json(query: string, variables: Record<string, unknown> = {}): Promise<Res> {
      const res = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as Omit<Res, 'status'>) };
    },
  };
}

const report = `{ dryRun refused batchId fileName encoding counts { read create update match skip errors } errors { line field message }
  rows { line name action reason changes { field before after } } review { line candidates { id } } }`;
const dryRun = `mutation($file: File!) { importDryRun(kind: ENTERPRISES, file: $file) ${report} }`;
const commit = `mutation($file: File!, $d: [ImportDecisionInput!]) { importCommit(kind: ENTERPRISES, file: $file, decisions: $d) ${report} }`;
const good = { name: '企业.csv', text: '企业名称,园区,备注\n示例虚构接口测试有限公司,宁波高新区,=HYPERLINK("x")\n' };

describe('sheet import API', () => {
  it('needs the editor role', async () => {
    const res = await client(testViewer('analyst')).upload(dryRun, {}, good);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('dry run, refused commit, commit, batches, audit log, undo', async () => {
    const editor = client(testViewer('editor'));
    const before = await fingerprint(db);
    const dry = await editor.upload(dryRun, {}, good);
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importDryRun).toMatchObject({ dryRun: true, refused: false, encoding: 'utf-8', counts: { read: 1, create: 1 } });
    const bad = await editor.upload(commit, {}, { name: 'bad.csv', text: '企业名称,成立时间\n示例虚构坏行有限公司,明年\n' });
    expect(bad.data!.importCommit).toMatchObject({ refused: true, batchId: null, errors: [{ line: 2, field: '成立时间 (B)' }] });
    expect(await fingerprint(db)).toEqual(before);

    const done = await editor.upload(commit, {}, good);
    const batchId = done.data!.importCommit.batchId as string;
    expect(batchId).toMatch(/^imp-sheet-enterprises-/);
    made.push(batchId);
    const listed = await editor.json('{ importBatches(limit: 5) { id kind source who counts { create } status } }');
    expect(listed.data!.importBatches[0]).toEqual({
      id: batchId,
      kind: 'sheet-enterprises',
      source: '企业.csv',
      who: 'test editor',
      counts: { create: 1 },
      status: 'committed',
    });
    const audit = await editor.json(
      `query($p: ID, $b: String, $d: String) { auditLog(parkId: $p, batchId: $b, from: $d, to: $d) { action targetLabel by batchId after } }`,
      { p: 'nb-hitech', b: batchId, d: new Date().toISOString().slice(0, 10) },
    );
    expect(audit.data!.auditLog).toEqual([
      expect.objectContaining({
        action: 'CREATE',
        targetLabel: 'Enterprise',
        by: 'test editor',
        batchId,
        after: expect.objectContaining({ name: '示例虚构接口测试有限公司' }),
      }),
    ]);
    const badDay = await editor.json('{ auditLog(from: "yesterday") { id } }');
    expect(badDay.errors?.[0]?.message).toBe('from: write a day as YYYY-MM-DD');

    const undo = await editor.json(`mutation($b: ID!) { undoImport(batchId: $b) { deleted batch { status undoneBy } } }`, { b: batchId });
    expect(undo.data!.undoImport).toEqual({ deleted: 1, batch: { status: 'undone', undoneBy: 'test editor' } });
    const listedUndo = await client(testViewer('editor')).json(`mutation { undoImport(batchId: "imp-listed-x") { deleted } }`);
    expect(listedUndo.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an upload over IMPORT_MAX_BYTES with UPLOAD_TOO_LARGE', async () => {
    const old = process.env.IMPORT_MAX_BYTES;
    process.env.IMPORT_MAX_BYTES = '1000';
    try {
      const res = await client(testViewer('editor')).upload(dryRun, {}, { name: 'big.csv', text: `企业名称\n${'示例'.repeat(1000)}\n` });
      expect(res.errors?.[0]?.extensions?.code).toBe('UPLOAD_TOO_LARGE');
      expect(res.errors?.[0]?.message).toMatch(/at most 1000 \(IMPORT_MAX_BYTES\)/);
    } finally {
      if (old === undefined) delete process.env.IMPORT_MAX_BYTES;
      else process.env.IMPORT_MAX_BYTES = old;
    }
  });
});
