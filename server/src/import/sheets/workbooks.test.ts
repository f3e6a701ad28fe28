// The workbooks over HTTP with real tokens: the template of a kind has the example row and
// drop-down lists of the graph's parks, and a filled-in template imports; the error sheet of a
// bad upload lists its rows with their problems, with formula-like cells neutralised. Both need
// the editor role.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedTestAuthExecutor, testExecutor } from '../../../test/db.js';
import { createApiToken, createUser, deleteUser } from '../../auth/accounts.js';
import { createHttpServer } from '../../http.js';
import { createApp } from '../../yoga.js';
import { runImport } from '../pipeline.js';
import { SheetImporter } from './importer.js';
import { importRoutes } from './routes.js';

const db = testExecutor();
const auth = sharedTestAuthExecutor();
const users: string[] = [];
const tokens: Record<'viewer' | 'editor', string> = { viewer: '', editor: '' };
const server = createHttpServer(createApp({ executor: db, authExecutor: auth, production: false }), '/nonexistent', {
  importRoutes: importRoutes({ executor: db, authExecutor: auth }),
});
let base = '';

beforeAll(async () => {
  for (const role of ['viewer', 'editor'] as const) {
    const username = `t-${randomBytes(5).toString('hex')}`;
    users.push(username);
    const user = await createUser(auth, { username, password: 'a fine test password', role });
    tokens[role] = (await createApiToken(auth, { userId: user.id, name: 'sheets', role })).secret;
  }
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  for (const u of users) await deleteUser(auth, u);
});

const get = (path: string, token?: string, init: RequestInit = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}) } });

async function workbook(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  return wb;
}

describe('import workbooks over HTTP', () => {
  it('need the editor role', async () => {
    expect((await get('/import/template/enterprises.xlsx')).status).toBe(401);
    expect((await get('/import/template/enterprises.xlsx', tokens.viewer)).status).toBe(403);
    expect((await get('/import/template/nothing.xlsx', tokens.editor)).status).toBe(404);
  });

  it('template: Chinese header, an example row, lists from the graph; filled in, it imports', async () => {
    const res = await get('/import/template/projects.xlsx', tokens.editor);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('导入模板-项目.xlsx'));
    const wb = await workbook(res);
    const data = wb.worksheets[0]!;
    expect(data.getRow(1).getCell(1).value).toBe('项目名称*');
    expect(data.getRow(2).getCell(1).value).toBe('示例虚构年产1GW组件项目');
    const options = wb.getWorksheet('选项')!;
    expect(options.getColumn(1).values).toContain('宁波高新区');
    // The park column (B) validates against the park list.
    expect(data.getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['选项!$A$2:$A$' + String(options.getColumn(1).values.length - 1)],
    });
    data.getCell('B2').value = '宁波高新区';
    data.getCell('E2').value = '已签约';
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const plan = await runImport(db, new SheetImporter({ kind: 'projects', fileName: 'p.xlsx', bytes: filled }), {
      commit: false,
      who: 't',
      keepRows: 5,
    });
    expect(plan.errors).toEqual([]);
    expect(plan.counts).toMatchObject({ create: 1 });
  });

  it('error sheet: the rows with errors as uploaded, their problems, "=" cells as text', async () => {
    const csv = '企业名称,成立时间,备注\n示例虚构好行有限公司,2020,\n示例虚构坏行有限公司,明年,=cmd|"/c calc"!A1\n';
    const res = await get('/import/errors/enterprises?fileName=%E4%BC%81%E4%B8%9A.csv', tokens.editor, { method: 'POST', body: csv });
    expect(res.status).toBe(200);
    const ws = (await workbook(res)).worksheets[0]!;
    const rows = ws
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['行', '企业名称', '成立时间', '备注', '问题'],
      [3, '示例虚构坏行有限公司', '明年', `'=cmd|"/c calc"!A1`, '成立时间 (B): dates are YYYY, YYYY-MM or YYYY-MM-DD'],
    ]);
    expect(ws.getCell('D2').formula).toBeUndefined();
  });
});
