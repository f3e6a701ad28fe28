// Undo's writes, page by page, each page one write transaction that also holds the audit records
// (Change) of what it took back, so a failure leaves no record undone without its entry and no
// entry for a record still there; an undo stopped part-way is finished by undoing again. Per
// page: the links the batch added from other nodes (an `unlink` each), the records it updated
// put back from their ImportRevision (an `update` with before and after), the records it created
// deleted (a `delete` with what they held). Records a partial undo keeps are not touched and get
// no entry. Without `audit` (the command line, whose commits write none either) no entries.
import { randomUUID } from 'node:crypto';
import type { Executor, Tx } from '../db/executor.js';
import { int } from '../db/executor.js';
import { restoreRevision } from './compensate.js';

const pageSize = 500;

/** Who the undo's audit records name; `reason` says which batch was undone and by whom. */
export interface UndoAudit {
  by: string;
  byUserId: string | null;
  reason: string;
}

interface NodeState {
  id: string;
  label: string | null;
  props: Record<string, unknown>;
  rels: Array<{ type: string; to: string; batchId: string | null }>;
  parkIds: string[];
}

const bookkeeping = new Set(['importBatch', 'importHash', 'importPropsHash']);

/** A record's fields as the audit shows them: its properties, and its links by type (one id, or a sorted list). */
export function recordFields(s: Pick<NodeState, 'props' | 'rels'>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(s.props).filter(([k]) => !bookkeeping.has(k)));
  const byType = new Map<string, string[]>();
  for (const r of s.rels) byType.set(r.type, [...(byType.get(r.type) ?? []), r.to]);
  for (const [type, tos] of byType) out[type] = tos.length === 1 ? tos[0] : [...tos].sort();
  return out;
}

/** The fields that differ, each side holding its value (null when absent). */
export function fieldDiff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[k] ?? null) === JSON.stringify(after[k] ?? null)) continue;
    b[k] = before[k] ?? null;
    a[k] = after[k] ?? null;
  }
  return { before: b, after: a };
}

type ChangeInput = {
  action: 'delete' | 'update' | 'unlink';
  targetId: string;
  targetLabel: string | null;
  before: unknown;
  after: unknown;
  parkIds: string[];
};

async function record(tx: Tx, batchId: string, audit: UndoAudit | undefined, changes: ChangeInput[]): Promise<void> {
  if (!audit || !changes.length) return;
  const at = new Date().toISOString();
  const rows = changes.map((c) => ({
    id: `ch.${randomUUID()}`,
    at,
    by: audit.by,
    byUserId: audit.byUserId,
    reason: audit.reason,
    enteredByHand: true,
    undoOf: batchId,
    action: c.action,
    targetId: c.targetId,
    targetLabel: c.targetLabel ?? 'Entity',
    before: c.before == null ? null : JSON.stringify(c.before),
    after: c.after == null ? null : JSON.stringify(c.after),
    // The parks the record was (or is) in: a deleted record is still found by the park filter.
    parkIds: [...new Set(c.parkIds)],
  }));
  await tx.run('import/create-changes', { rows });
}

type Counts = { deleted: number; restored: number; unlinked: number };

/** Pages until a page finds nothing; each page is one write transaction returning its counts. */
async function pages(executor: Executor, name: string, page: (tx: Tx) => Promise<Counts | null>, totals: Counts): Promise<void> {
  for (;;) {
    const got = await executor.transaction('write', page, { name, timeoutMs: 600_000 });
    if (!got) return;
    totals.deleted += got.deleted;
    totals.restored += got.restored;
    totals.unlinked += got.unlinked;
  }
}

/** Takes back what the batch wrote except the records in `keep`, with the audit records of each. */
export async function undoBatchWrites(executor: Executor, batchId: string, keep: string[], audit?: UndoAudit): Promise<Counts> {
  const totals: Counts = { deleted: 0, restored: 0, unlinked: 0 };
  const params = { batchId, limit: int(pageSize), keep };

  await pages(
    executor,
    'import/undo-links',
    async (tx) => {
      const rows = await tx.run<{ from: string; label: string | null; type: string; to: string; parkIds: string[] }>(
        'import/undo-links-page',
        params,
      );
      if (!rows.length) return null;
      await record(
        tx,
        batchId,
        audit,
        rows.map((r) => ({
          action: 'unlink',
          targetId: r.from,
          targetLabel: r.label,
          before: { [r.type]: r.to },
          after: null,
          parkIds: r.parkIds,
        })),
      );
      return { deleted: 0, restored: 0, unlinked: rows.length };
    },
    totals,
  );

  await pages(
    executor,
    'import/undo-restore',
    async (tx) => {
      const page = await tx.run<{ nodeId: string; state: string; revisionId: string }>('import/revisions-page', params);
      if (!page.length) return null;
      const ids = page.map((r) => r.nodeId);
      const before = audit ? await tx.run<NodeState>('import/undo-state', { ids }) : [];
      const [dropped] = await tx.run<{ deleted: number }>('import/undo-drop-links', { ids, batchId });
      const [res] = await tx.run<{ restored: number }>('import/undo-revisions', { rows: page.map(restoreRevision) });
      const after = new Map((audit ? await tx.run<NodeState>('import/undo-state', { ids }) : []).map((s) => [s.id, s]));
      await record(
        tx,
        batchId,
        audit,
        before.map((b) => {
          const a = after.get(b.id);
          const diff = fieldDiff(recordFields(b), a ? recordFields(a) : {});
          return { action: 'update', targetId: b.id, targetLabel: b.label, ...diff, parkIds: [...b.parkIds, ...(a?.parkIds ?? [])] };
        }),
      );
      await tx.run('import/delete-revisions', { ids: page.map((r) => r.revisionId) });
      return { deleted: 0, restored: res?.restored ?? 0, unlinked: dropped?.deleted ?? 0 };
    },
    totals,
  );

  await pages(
    executor,
    'import/undo-created',
    async (tx) => {
      const rows = await tx.run<NodeState>('import/undo-created-page', params);
      if (!rows.length) return null;
      await record(
        tx,
        batchId,
        audit,
        rows.map((n) => ({
          action: 'delete',
          targetId: n.id,
          targetLabel: n.label,
          before: recordFields(n),
          after: null,
          parkIds: n.parkIds,
        })),
      );
      // The links these records started from (a link goes with the record it starts from).
      const unlinked = rows.reduce((s, n) => s + n.rels.filter((r) => r.batchId === batchId).length, 0);
      return { deleted: rows.length, restored: 0, unlinked };
    },
    totals,
  );
  return totals;
}
