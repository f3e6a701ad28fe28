// Staff sheets through the API as the client sends them (multipart upload): editor role only,
// dry run writes nothing, a refused commit writes nothing, a commit is a batch the editor sees in
// importBatches and the audit log (filtered by park and batch), undo puts the graph back; an undo
// of a batch with an edited record is refused naming it, onlySafe takes back the rest and keeps
// it, and a second undo after the edit is reverted finishes the batch; every record an undo took
// back has its audit record (undoOf, the reason naming batch and user) found by the audit log's
// filters and in the record's history; a record the batch updated and a hand edit linked since is
// kept like an edited one; a file over
// IMPORT_MAX_BYTES is refused with UPLOAD_TOO_LARGE.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, sharedTestAuthExecutor, testExecutor } from '../../test/db.js';
import { testViewer } from '../../test/graphql.js';
import type { Viewer } from '../auth/viewer.js';
import { CSRF_HEADER } from '../limits/protocol.js';
import { createApp } from '../yoga.js';

const db = testExecutor();
const made: string[] = [];
/** Records edited by hand in a test: their edit audit records carry no batch id. */
const handEdited: string[] = [];
/** Audit records of hand edits on seeded records (removed by id: the records' other history stays). */
const handChanges: string[] = [];
let start: Awaited<ReturnType<typeof fingerprint>>;
beforeAll(async () => {
  start = await fingerprint(db);
});
afterAll(async () => {
  await db.write(
    {
      name: 'test/sheet-api-cleanup',
      // An undo's audit records name the batch in undoOf; a hand link's is found by its id.
      text: `MATCH (n) WHERE (n:Change AND (n.batchId IN $ids OR n.undoOf IN $ids OR n.targetId IN $edited OR n.id IN $changes))
                OR (n:ImportBatch AND n.id IN $ids)
             DETACH DELETE n`,
    },
    { ids: made, edited: handEdited, changes: handChanges },
  );
  // Batches, audit records and the records themselves all gone: the graph is as the file found it.
  expect(await fingerprint(db)).toEqual(start);
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
      `query($p: ID, $b: String, $d: String) { auditLog(parkId: $p, batchId: $b, from: $d, to: $d) { action targetId targetLabel by batchId after } }`,
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

    // The undo's own audit record: a delete holding what the record had, found by the same filters
    // (park too, though the record is gone) and in the record's history.
    const createdId = audit.data!.auditLog[0].targetId as string;
    const logged = `query($p: ID, $b: String, $d: String, $by: String, $t: ID) {
      auditLog(parkId: $p, batchId: $b, from: $d, to: $d, by: $by, targetId: $t) { action targetId by batchId undoOf reason before after } }`;
    const day = new Date().toISOString().slice(0, 10);
    const undoLog = await editor.json(logged, { p: 'nb-hitech', b: batchId, d: day, by: 'test editor', t: createdId });
    expect(undoLog.data!.auditLog).toEqual([
      {
        action: 'DELETE',
        targetId: createdId,
        by: 'test editor',
        batchId: null,
        undoOf: batchId,
        reason: `undo of import batch ${batchId} (企业.csv) by test editor`,
        before: expect.objectContaining({ name: '示例虚构接口测试有限公司', note: '=HYPERLINK("x")', LOCATED_IN: 'nb-hitech' }),
        after: null,
      },
      expect.objectContaining({ action: 'CREATE', targetId: createdId, batchId, undoOf: null }),
    ]);
    const history = await editor.json(`query($t: ID!) { changes(targetId: $t) { action undoOf } }`, { t: createdId });
    expect(history.data!.changes).toEqual([
      { action: 'DELETE', undoOf: batchId },
      { action: 'CREATE', undoOf: null },
    ]);
    const otherDay = await editor.json(logged, { b: batchId, d: '2000-01-01' });
    expect(otherDay.data!.auditLog).toEqual([]);
    const listedUndo = await client(testViewer('editor')).json(`mutation { undoImport(batchId: "imp-listed-x") { deleted } }`);
    expect(listedUndo.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the dry run lists the headers the template does not know and the columns of the kind; a mapping clears them', async () => {
    const editor = client(testViewer('editor'));
    const q = `mutation($file: File!, $m: [ImportColumnMappingInput!]) { importDryRun(kind: ENTERPRISES, file: $file, mapping: $m) {
      unknownHeaders counts { create } columns { key header required } } }`;
    const file = { name: '表头.csv', text: '公司全称,园区,内部编号\n示例虚构表头测试有限公司,宁波高新区,A-1\n' };
    const res = await editor.upload(q, {}, file);
    expect(res.data!.importDryRun.unknownHeaders).toEqual(['公司全称', '内部编号']);
    expect(res.data!.importDryRun.columns[0]).toEqual({ key: 'name', header: '企业名称', required: true });
    expect(res.data!.importDryRun.columns.map((c: { key: string }) => c.key)).toContain('note');
    const mapped = await editor.upload(
      q,
      {
        m: [
          { header: '公司全称', field: 'name' },
          { header: '内部编号', field: '' },
        ],
      },
      file,
    );
    expect(mapped.data!.importDryRun).toMatchObject({ unknownHeaders: [], counts: { create: 1 } });
  });

  it('undo refuses naming an edited record; onlySafe undoes the rest and keeps it; undoing again after the edit is reverted finishes', async () => {
    const editor = client(testViewer('editor'));
    const state = async () =>
      (
        await db.read<{ firms: string[]; note: string | null; entities: number; links: number }>({
          name: 'test/partial-undo-state',
          text: `MATCH (c:Enterprise {id: 'e.changyang'})
                 RETURN COLLECT { MATCH (e:Enterprise) WHERE e.name STARTS WITH '示例虚构部分撤销' RETURN e.name ORDER BY e.name } AS firms,
                        c.note AS note, COUNT { MATCH (n:Entity) } AS entities, COUNT { MATCH (:Entity)-[r]->(:Entity) } AS links`,
        })
      )[0]!;
    const before = await state();
    const sheet = {
      name: '部分撤销.csv',
      text: '企业名称,园区,备注\n示例虚构部分撤销甲有限公司,宁波高新区,\n示例虚构部分撤销乙有限公司,宁波高新区,\n宁波长阳科技股份有限公司,,部分撤销的备注\n',
    };
    const done = await editor.upload(commit, {}, sheet);
    const batchId = done.data!.importCommit.batchId as string;
    made.push(batchId);
    expect(done.data!.importCommit.counts).toMatchObject({ create: 2, update: 1 });
    const [found] = await db.read<{ id: string }>({
      name: 'test/partial-undo-id',
      text: `MATCH (e:Enterprise {name: '示例虚构部分撤销乙有限公司'}) RETURN e.id AS id`,
    });
    const editedId = found!.id;
    handEdited.push(editedId);
    const edit = `mutation($id: ID!, $note: String) { updateEnterprise(id: $id, input: { note: $note }) { errors { field } } }`;
    expect((await editor.json(edit, { id: editedId, note: '导入后手工修改' })).data!.updateEnterprise.errors).toEqual([]);

    const undo = `mutation($b: ID!, $safe: Boolean) { undoImport(batchId: $b, onlySafe: $safe) {
      deleted restored batch { status kept } undone { id action } kept { id name reason by at fields } } }`;
    const refused = await editor.json(undo, { b: batchId });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reasons: [`1 node(s) were edited since the import: ${editedId}`],
      records: [{ id: editedId, reason: 'edited', by: 'test editor', fields: ['note'] }],
    });
    expect(await state()).toMatchObject({ firms: ['示例虚构部分撤销乙有限公司', '示例虚构部分撤销甲有限公司'], note: '部分撤销的备注' });

    const partial = await editor.json(undo, { b: batchId, safe: true });
    const result = partial.data!.undoImport;
    expect(result).toMatchObject({ deleted: 1, restored: 1, batch: { status: 'partlyUndone', kept: 1 } });
    expect(result.undone.map((r: { action: string }) => r.action).sort()).toEqual(['deleted', 'restored']);
    expect(result.undone.map((r: { id: string }) => r.id)).toContain('e.changyang');
    expect(result.kept).toEqual([
      { id: editedId, name: '示例虚构部分撤销乙有限公司', reason: 'edited', by: 'test editor', at: expect.any(String), fields: ['note'] },
    ]);
    // The untouched records are back as they were; the edited one stays with its edit and its park link.
    const after = await state();
    expect(after).toEqual({
      firms: ['示例虚构部分撤销乙有限公司'],
      note: before.note,
      entities: before.entities + 1,
      links: before.links + 1,
    });
    const [kept] = await db.read<{ note: string; park: string }>({
      name: 'test/partial-undo-kept',
      text: `MATCH (e:Enterprise {name: '示例虚构部分撤销乙有限公司'})-[:LOCATED_IN]->(p) RETURN e.note AS note, p.id AS park`,
    });
    expect(kept).toEqual({ note: '导入后手工修改', park: 'nb-hitech' });
    const listed = await editor.json('{ importBatches(limit: 5) { id status kept counts { create update } } }');
    expect(listed.data!.importBatches).toContainEqual({ id: batchId, status: 'partlyUndone', kept: 1, counts: { create: 2, update: 1 } });
    // Audit records for what the undo took back only: the deleted firm and the update put back.
    const undoLog = async () => {
      const log = await editor.json(`query($b: String) { auditLog(batchId: $b) { action targetId undoOf before after } }`, { b: batchId });
      return (log.data!.auditLog as Array<{ undoOf: string | null; targetId: string }>).filter((c) => c.undoOf === batchId);
    };
    const partLog = await undoLog();
    expect(partLog).toHaveLength(2);
    expect(partLog).toContainEqual({
      action: 'UPDATE',
      targetId: 'e.changyang',
      undoOf: batchId,
      before: { note: '部分撤销的备注' },
      after: { note: before.note },
    });
    expect(partLog).toContainEqual(
      expect.objectContaining({
        action: 'DELETE',
        before: expect.objectContaining({ name: '示例虚构部分撤销甲有限公司', LOCATED_IN: 'nb-hitech' }),
        after: null,
      }),
    );
    expect(partLog.map((c) => c.targetId)).not.toContain(editedId);
    const history = await editor.json(`{ changes(targetId: "e.changyang", first: 2) { action undoOf reason } }`);
    expect(history.data!.changes[0]).toEqual({
      action: 'UPDATE',
      undoOf: batchId,
      reason: `undo of import batch ${batchId} (部分撤销.csv) by test editor`,
    });

    // Still touched: a plain undo refuses again. Once the edit is reverted the rest goes.
    expect((await editor.json(undo, { b: batchId })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await editor.json(edit, { id: editedId, note: null })).data!.updateEnterprise.errors).toEqual([]);
    const rest = await editor.json(undo, { b: batchId });
    expect(rest.data!.undoImport).toMatchObject({
      deleted: 1,
      restored: 0,
      batch: { status: 'undone', kept: null },
      undone: [{ id: editedId, action: 'deleted' }],
      kept: [],
    });
    expect(await state()).toEqual(before);
    const restLog = await undoLog();
    expect(restLog).toHaveLength(3);
    expect(restLog[0]).toMatchObject({ action: 'DELETE', targetId: editedId, before: { name: '示例虚构部分撤销乙有限公司' } });
  });

  it('a record the batch updated and an editor linked since is kept (linked) until the link goes', async () => {
    const editor = client(testViewer('editor'));
    const state = async () =>
      (
        await db.read<{ note: string | null; supplies: number; firms: number; links: number }>({
          name: 'test/linked-update-state',
          text: `MATCH (c:Enterprise {id: 'e.changyang'})
                 RETURN c.note AS note, COUNT { MATCH (c)-[:SUPPLIES]->(:Enterprise {id: 'e.fulede'}) } AS supplies,
                        COUNT { MATCH (e:Enterprise) WHERE e.name STARTS WITH '示例虚构链接撤销' } AS firms,
                        COUNT { MATCH (:Entity)-[r]->(:Entity) } AS links`,
        })
      )[0]!;
    const before = await state();
    expect(before).toMatchObject({ supplies: 0, firms: 0 });
    const sheet = {
      name: '链接撤销.csv',
      text: '企业名称,园区,备注\n示例虚构链接撤销有限公司,宁波高新区,\n宁波长阳科技股份有限公司,,链接撤销的备注\n',
    };
    const done = await editor.upload(commit, {}, sheet);
    const batchId = done.data!.importCommit.batchId as string;
    made.push(batchId);
    expect(done.data!.importCommit.counts).toMatchObject({ create: 1, update: 1 });
    const linkQ = (op: string) =>
      `mutation { ${op}(input: { fromId: "e.changyang", toId: "e.fulede" }) { errors { field } change { id } } }`;
    const linked = await editor.json(linkQ('linkEnterpriseSupply'));
    expect(linked.data!.linkEnterpriseSupply.errors).toEqual([]);
    handChanges.push(linked.data!.linkEnterpriseSupply.change.id);

    const undo = `mutation($b: ID!, $safe: Boolean) { undoImport(batchId: $b, onlySafe: $safe) {
      deleted restored batch { status kept } kept { id reason by fields } } }`;
    const refused = await editor.json(undo, { b: batchId });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reasons: ['1 node(s) the import wrote were linked since: e.changyang'],
      records: [{ id: 'e.changyang', reason: 'linked', by: 'test editor', fields: ['SUPPLIES'] }],
    });
    const partial = await editor.json(undo, { b: batchId, safe: true });
    expect(partial.data!.undoImport).toEqual({
      deleted: 1,
      restored: 0,
      batch: { status: 'partlyUndone', kept: 1 },
      kept: [{ id: 'e.changyang', reason: 'linked', by: 'test editor', fields: ['SUPPLIES'] }],
    });
    // Kept as the batch and the editor left it, and no undo record for it.
    expect(await state()).toMatchObject({ note: '链接撤销的备注', supplies: 1, firms: 0 });
    const ownLog = async () =>
      (
        await editor.json(`query($b: String) { auditLog(batchId: $b, targetId: "e.changyang") { action undoOf before after } }`, {
          b: batchId,
        })
      ).data!.auditLog;
    expect(await ownLog()).toEqual([expect.objectContaining({ action: 'UPDATE', undoOf: null })]);

    const unlinked = await editor.json(linkQ('unlinkEnterpriseSupply'));
    expect(unlinked.data!.unlinkEnterpriseSupply.errors).toEqual([]);
    handChanges.push(unlinked.data!.unlinkEnterpriseSupply.change.id);
    const rest = await editor.json(undo, { b: batchId });
    expect(rest.data!.undoImport).toEqual({ deleted: 0, restored: 1, batch: { status: 'undone', kept: null }, kept: [] });
    expect(await state()).toEqual(before);
    expect(await ownLog()).toEqual([
      { action: 'UPDATE', undoOf: batchId, before: { note: '链接撤销的备注' }, after: { note: before.note } },
      expect.objectContaining({ action: 'UPDATE', undoOf: null }),
    ]);
  });

  it('a record the batch updated that a project created by hand since names as investor is kept (linked) until the project goes', async () => {
    const editor = client(testViewer('editor'));
    const note = async () =>
      (
        await db.read<{ note: string | null; by: number }>({
          name: 'test/investor-update-state',
          text: `MATCH (c:Enterprise {id: 'e.changyang'}) RETURN c.note AS note, COUNT { MATCH (:Project)-[:BY]->(c) } AS by`,
        })
      )[0]!;
    const before = await note();
    const done = await editor.upload(
      commit,
      {},
      { name: '投资撤销.csv', text: '企业名称,备注\n宁波长阳科技股份有限公司,投资撤销的备注\n' },
    );
    const batchId = done.data!.importCommit.batchId as string;
    made.push(batchId);
    expect(done.data!.importCommit.counts).toMatchObject({ update: 1 });
    // Not a link mutation: the link comes with a record created by hand (its create change names the firm).
    const created = await editor.json(
      'mutation { createProject(input: { name: "示例虚构手建投资项目", investorId: "e.changyang" }) { errors { field } change { id } project { id } } }',
    );
    expect(created.data!.createProject.errors).toEqual([]);
    const projectId = created.data!.createProject.project.id as string;
    handEdited.push(projectId);

    const undo = `mutation($b: ID!) { undoImport(batchId: $b) { restored batch { status } } }`;
    const refused = await editor.json(undo, { b: batchId });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      records: [{ id: 'e.changyang', reason: 'linked', by: 'test editor' }],
    });
    expect(await note()).toEqual({ note: '投资撤销的备注', by: before.by + 1 });

    const deleted = await editor.json(`mutation { deleteProject(id: "${projectId}") { errors { field } deletedId } }`);
    expect(deleted.data!.deleteProject).toEqual({ errors: [], deletedId: projectId });
    const rest = await editor.json(undo, { b: batchId });
    expect(rest.data!.undoImport).toEqual({ restored: 1, batch: { status: 'undone' } });
    expect(await note()).toEqual(before);
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
