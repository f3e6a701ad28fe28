// The one reading of the audit trail (cypher/edit/audit-log.cypher), shared by the `auditLog`
// GraphQL field and the export (GET /audit/export.xlsx), so both filter the same way.
import { int, type Executor } from '../db/executor.js';
import { DomainError } from '../domain/errors.js';
import type { ChangeRow } from './editor.js';

export interface AuditFilters {
  by?: string | null;
  targetId?: string | number | null;
  parkId?: string | number | null;
  batchId?: string | null;
  from?: string | null;
  to?: string | null;
  first: number;
}

/** Changes newest first; `from`/`to` must be days (YYYY-MM-DD), else a BAD_USER_INPUT DomainError. */
export async function readAuditLog(executor: Executor, f: AuditFilters): Promise<ChangeRow[]> {
  for (const [k, v] of [
    ['from', f.from],
    ['to', f.to],
  ] as const)
    if (v != null && !/^\d{4}-\d{2}-\d{2}$/.test(v))
      throw new DomainError('BAD_USER_INPUT', `${k}: write a day as YYYY-MM-DD`, { field: k });
  const rows = await executor.read<{ change: ChangeRow }>('edit/audit-log', {
    by: f.by ?? null,
    targetId: f.targetId == null ? null : String(f.targetId),
    parkId: f.parkId == null ? null : String(f.parkId),
    batchId: f.batchId ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    first: int(f.first),
  });
  return rows.map((r) => r.change);
}
