// The audit trail as a workbook: GET /audit/export.xlsx?by=&targetId=&parkId=&batchId=&from=&to=
// (editor role, like the auditLog field, through the same query: edit/audit-log.ts). One row per
// change, Chinese headers, at most `maxExportRows` rows (a last row says when the list was cut),
// streamed to the response with exceljs's streaming writer. Every text cell is neutralised like
// the error sheet (read.ts): a name or value starting with =, +, -, @, tab or CR stays text.
import type { ServerResponse } from 'node:http';
import ExcelJS from 'exceljs';
import type { Executor } from '../../db/executor.js';
import { readAuditLog } from '../../edit/audit-log.js';
import { neutralise } from './read.js';

export const maxExportRows = 10_000;

const headers: Array<[string, number]> = [
  ['时间', 22],
  ['操作人', 14],
  ['记录ID', 24],
  ['记录名称', 28],
  ['变更类型', 10],
  ['字段', 16],
  ['变更前', 32],
  ['变更后', 32],
  ['原因', 28],
  ['导入批次', 30],
];

const actionWords: Record<string, string> = { create: '新建', update: '修改', delete: '删除', link: '关联', unlink: '取消关联' };

const text = (v: unknown): string => (v == null ? '' : typeof v === 'string' ? v : JSON.stringify(v));

const parse = (s: string | null | undefined): Record<string, unknown> | null => {
  if (!s) return null;
  try {
    const v = JSON.parse(s) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : { '': v };
  } catch {
    return { '': s };
  }
};

export interface AuditQuery {
  by: string | null;
  targetId: string | null;
  parkId: string | null;
  batchId: string | null;
  from: string | null;
  to: string | null;
}

/** Writes the workbook to `res` (headers already sent by the caller's `start`). */
export async function writeAuditExport(executor: Executor, q: AuditQuery, res: ServerResponse, start: () => void): Promise<void> {
  // One more than the cap, to know whether the list was cut.
  const changes = await readAuditLog(executor, { ...q, first: maxExportRows + 1 });
  const cut = changes.length > maxExportRows;
  start();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
  const ws = wb.addWorksheet('变更记录');
  ws.columns = headers.map(([header, width]) => ({ header, width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  for (const c of changes.slice(0, maxExportRows)) {
    const before = parse(c.before);
    const after = parse(c.after);
    // One row per field an update changed; a create or a link is one row of what it wrote.
    const fields = c.action === 'update' && before && after ? [...new Set([...Object.keys(before), ...Object.keys(after)])] : [''];
    for (const field of fields) {
      const row = [
        c.at,
        c.by,
        c.targetId,
        c.targetName ?? '',
        // An undo's records say so: 删除（撤销导入）.
        `${actionWords[c.action] ?? c.action}${c.undoOf ? '（撤销导入）' : ''}`,
        field,
        field ? text(before?.[field]) : text(c.before),
        field ? text(after?.[field]) : text(c.after),
        c.reason ?? '',
        c.batchId ?? c.undoOf ?? '',
      ];
      ws.addRow(row.map((v) => neutralise(v))).commit();
    }
  }
  if (cut) ws.addRow([`只导出了最新的 ${maxExportRows} 条变更；请用筛选条件缩小范围 (cut at ${maxExportRows} changes)`]).commit();
  ws.commit();
  await wb.commit();
}
