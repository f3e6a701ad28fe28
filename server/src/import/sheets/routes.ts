// HTTP routes for the workbooks of the staff-sheet import (editor role, the same bearer tokens
// as /graphql):
//   GET  /import/template/<kind>.xlsx            the template of a kind, lists from the graph
//   POST /import/errors/<kind>?fileName=…&encoding=…   body: the uploaded file; answers the
//        error sheet of its dry run (the rows with errors and their problems)
//   GET  /audit/export.xlsx?by=&targetId=&parkId=&batchId=&from=&to=   the audit trail (audit-export.ts)
// Files download as attachments; nothing here writes to the graph.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from '../../auth/authenticate.js';
import { hasRole } from '../../auth/viewer.js';
import type { Executor } from '../../db/executor.js';
import { importMaxBytes } from '../../limits/input-bounds.js';
import { ImportRefused, runImport } from '../pipeline.js';
import { columns, kindLabels, type SheetKind } from './columns.js';
import { SheetImporter } from './importer.js';
import type { LookupRows } from './lookups.js';
import { errorWorkbook, templateWorkbook } from './workbooks.js';
import { writeAuditExport } from './audit-export.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isKind = (k: string): k is SheetKind => k in columns;

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}, code?: string): void {
  res
    .writeHead(status, { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(typeof body === 'string' ? JSON.stringify({ error: body, ...(code ? { code } : {}) }) : body);
}

const attachment = (name: string) => ({
  'content-type': xlsxType,
  'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
});

async function body(req: IncomingMessage, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Handles /import/… ; the executors are the graph's and the credential store's. */
export function importRoutes(deps: { executor: Executor; authExecutor: Executor }) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://local');
    const headers = new Headers();
    if (req.headers.authorization) headers.set('authorization', req.headers.authorization);
    const viewer = await authenticate(deps.authExecutor, new Request('http://local/', { headers })).catch(() => null);
    if (!viewer?.role) return send(res, 401, 'Sign in to do this.', {}, 'UNAUTHENTICATED');
    if (!hasRole(viewer, 'editor')) return send(res, 403, 'This needs the editor role.', {}, 'FORBIDDEN');
    if (url.pathname === '/audit/export.xlsx' && req.method === 'GET') {
      const p = (k: string) => url.searchParams.get(k) || null;
      const q = { by: p('by'), targetId: p('targetId'), parkId: p('parkId'), batchId: p('batchId'), from: p('from'), to: p('to') };
      for (const k of ['from', 'to'] as const)
        if (q[k] != null && !/^\d{4}-\d{2}-\d{2}$/.test(q[k]!))
          return send(res, 400, `${k}: write a day as YYYY-MM-DD`, {}, 'BAD_USER_INPUT');
      const day = new Date().toISOString().slice(0, 10);
      return writeAuditExport(deps.executor, q, res, () =>
        res.writeHead(200, { 'cache-control': 'no-store', ...attachment(`变更记录-${day}.xlsx`) }),
      );
    }
    const template = /^\/import\/template\/([a-z]+)\.xlsx$/.exec(url.pathname);
    if (template && req.method === 'GET') {
      const kind = template[1]!;
      if (!isKind(kind)) return send(res, 404, `no template "${kind}"; kinds: ${Object.keys(columns).join(', ')}`);
      const [lists] = await deps.executor.read<LookupRows>('import/sheet-lookups');
      return send(res, 200, await templateWorkbook(kind, lists!), attachment(`导入模板-${kindLabels[kind]}.xlsx`));
    }
    const errors = /^\/import\/errors\/([a-z]+)$/.exec(url.pathname);
    if (errors && req.method === 'POST') {
      const kind = errors[1]!;
      if (!isKind(kind)) return send(res, 404, `no kind "${kind}"`);
      const max = importMaxBytes();
      const bytes = await body(req, max);
      if (!bytes) return send(res, 413, `UPLOAD_TOO_LARGE: a sheet may have at most ${max} bytes (IMPORT_MAX_BYTES)`);
      const fileName = url.searchParams.get('fileName') ?? 'upload.xlsx';
      const enc = url.searchParams.get('encoding');
      const encoding = enc === 'utf-8' || enc === 'gb18030' ? enc : null;
      const importer = new SheetImporter({ kind, fileName, bytes, encoding });
      const result = await runImport(deps.executor, importer, { commit: false, who: viewer.name }).catch((e: unknown) => {
        if (e instanceof ImportRefused) return e.result;
        throw e;
      });
      const out = await errorWorkbook({ fileName, bytes, encoding }, result.errors);
      return send(res, 200, out, attachment(`错误-${fileName.replace(/\.[^.]+$/, '')}.xlsx`));
    }
    return send(res, 404, 'no such import route');
  };
}
