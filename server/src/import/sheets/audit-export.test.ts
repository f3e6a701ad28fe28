// The audit export over HTTP with real tokens: 401 without a token, 403 for a viewer (JSON error
// codes), and for an editor an .xlsx of the changes the auditLog filters select — Chinese
// headers, one row per field an update changed, a value starting with "=" written as text, and an
// undo's records with the batch they undid.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedTestAuthExecutor, testExecutor } from '../../../test/db.js';
import { createApiToken, createUser, deleteUser } from '../../auth/accounts.js';
import { createHttpServer } from '../../http.js';
import { createApp } from '../../yoga.js';
import { undoBatch } from '../batches.js';
import { runImport } from '../pipeline.js';
import { SheetImporter } from './importer.js';
import { importRoutes } from './routes.js';

const db = testExecutor();
const auth = sharedTestAuthExecutor();
const users: string[] = [];
const batches: string[] = [];
const tokens: Record<'viewer' | 'editor', string> = { viewer: '', editor: '' };
const server = createHttpServer(createApp({ executor: db, authExecutor: auth, production: false }), '/nonexistent', {
  importRoutes: importRoutes({ executor: db, authExecutor: auth }),
});
let base = '';
const who = `export-${randomBytes(3).toString('hex')}`;

const commit = async (csv: string) => {
  const r = await runImport(db, new SheetImporter({ kind: 'enterprises', fileName: 'export.csv', bytes: Buffer.from(csv) }), {
    commit: true,
    who,
    allOrNothing: true,
    audit: { by: who, byUserId: null, reason: 'export test' },
  });
  batches.push(r.batchId!);
  return r.batchId!;
};

beforeAll(async () => {
  for (const role of ['viewer', 'editor'] as const) {
    const username = `t-${randomBytes(5).toString('hex')}`;
    users.push(username);
    const user = await createUser(auth, { username, password: 'a fine test password', role });
    tokens[role] = (await createApiToken(auth, { userId: user.id, name: 'export', role })).secret;
  }
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  for (const u of users) await deleteUser(auth, u);
  for (const b of [...batches].reverse()) await undoBatch(db, b, 'export-test').catch(() => undefined);
  await db.write(
    {
      name: 'test/export-cleanup',
      text: `MATCH (n) WHERE (n:Change AND (n.batchId IN $ids OR n.undoOf IN $ids)) OR (n:ImportBatch AND n.id IN $ids) DETACH DELETE n`,
    },
    { ids: batches },
  );
});

const get = (path: string, token?: string) => fetch(base + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('GET /audit/export.xlsx', () => {
  it('needs an editor token', async () => {
    const anon = await get('/audit/export.xlsx');
    expect(anon.status).toBe(401);
    expect(await anon.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const viewer = await get('/audit/export.xlsx', tokens.viewer);
    expect(viewer.status).toBe(403);
    expect(await viewer.json()).toMatchObject({ code: 'FORBIDDEN' });
    const bad = await get('/audit/export.xlsx?from=yesterday', tokens.editor);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('exports the changes the filters select, one row per field, formula-like values as text', async () => {
    const created = await commit('企业名称,备注\n示例虚构导出测试有限公司,初始备注\n');
    const updated = await commit('企业名称,备注\n示例虚构导出测试有限公司,=HYPERLINK("http://x")\n');
    const res = await get(`/audit/export.xlsx?batchId=${updated}`, tokens.editor);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]!.slice(1)).toEqual(['时间', '操作人', '记录ID', '记录名称', '变更类型', '字段', '变更前', '变更后', '原因', '导入批次']);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(2)).toEqual([
      who,
      expect.stringMatching(/^e\./),
      '示例虚构导出测试有限公司',
      '修改',
      'note',
      '初始备注',
      `'=HYPERLINK("http://x")`,
      'export test',
      updated,
    ]);
    // The same filter as auditLog: by user gives both batches' changes, newest first.
    const both = await get(`/audit/export.xlsx?by=${who}`, tokens.editor);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(await both.arrayBuffer()) as unknown as ArrayBuffer);
    const batchCol = (wb2.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][]).slice(1).map((r) => r[10]);
    expect(batchCol).toEqual([updated, created]);

    // An undo's records go with the batch: the update put back, said to be the undo's, and why.
    await undoBatch(db, updated, who, { audit: { by: who, byUserId: null } });
    const undone = await get(`/audit/export.xlsx?batchId=${updated}`, tokens.editor);
    const wb3 = new ExcelJS.Workbook();
    await wb3.xlsx.load(Buffer.from(await undone.arrayBuffer()) as unknown as ArrayBuffer);
    const rows3 = wb3.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows3).toHaveLength(3);
    expect(rows3[1]!.slice(2)).toEqual([
      who,
      rows[1]![3],
      '示例虚构导出测试有限公司',
      '修改（撤销导入）',
      'note',
      `'=HYPERLINK("http://x")`,
      '初始备注',
      `undo of import batch ${updated} (export.csv) by ${who}`,
      updated,
    ]);
  });
});
