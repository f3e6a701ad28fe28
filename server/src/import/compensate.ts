// Removing what a batch wrote, in small transactions so a batch of any size goes with flat
// memory: the relationships it added, the nodes it created, the nodes it updated put back from
// their ImportRevision, and (for a failed commit only) its audit records. Used by the
// compensation of a chunked commit that failed part-way (commit.ts), whose batch stays, marked
// `failed` with the error, so the attempt is on record. Undo has its own page transactions, which
// also write the audit records of what they take back (undo-writes.ts, using restoreRevision).
import type { Executor } from '../db/executor.js';
import { int } from '../db/executor.js';

const pageSize = 1000;

const restoreValue = (v: unknown): unknown =>
  typeof v === 'number' && Number.isSafeInteger(v)
    ? int(v)
    : Array.isArray(v) && v.length && v.every((x) => Number.isSafeInteger(x))
      ? v.map((x) => int(x as number))
      : v;
const restoreProps = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, restoreValue(v)]));

/** A revision's saved state (JSON) as the parameters of import/undo-revisions. */
export function restoreRevision(r: { nodeId: string; state: string }) {
  const state = JSON.parse(r.state) as {
    props: Record<string, unknown>;
    rels: Array<{ type: string; to: string; props: Record<string, unknown> }>;
  };
  return { id: r.nodeId, props: restoreProps(state.props), rels: state.rels.map((x) => ({ ...x, props: restoreProps(x.props) })) };
}

async function repeat(executor: Executor, statement: string, batchId: string, keep: string[] = []): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await executor.write<{ deleted: number }>(statement, { batchId, limit: int(pageSize), keep });
    if (!row?.deleted) return total;
    total += row.deleted;
  }
}

/**
 * Removes or puts back everything the batch wrote but the nodes in `keep` (a partial undo: they
 * stay as they are, with the links the batch gave them); its audit records go only with `dropAudit`.
 */
export async function removeBatchWrites(
  executor: Executor,
  batchId: string,
  dropAudit: boolean,
  keep: string[] = [],
): Promise<{ deleted: number; restored: number; unlinked: number }> {
  const unlinked = await repeat(executor, 'import/compensate-relationships', batchId, keep);
  const deleted = await repeat(executor, 'import/compensate-nodes', batchId, keep);
  let restored = 0;
  for (;;) {
    const done = await executor.transaction(
      'write',
      async (tx) => {
        const page = await tx.run<{ nodeId: string; state: string; revisionId: string }>('import/revisions-page', {
          batchId,
          limit: int(500),
          keep,
        });
        if (!page.length) return true;
        const [res] = await tx.run<{ restored: number }>('import/undo-revisions', { rows: page.map(restoreRevision) });
        restored += res?.restored ?? 0;
        await tx.run('import/delete-revisions', { ids: page.map((r) => r.revisionId) });
        return false;
      },
      { name: 'import/restore-revisions', timeoutMs: 600_000 },
    );
    if (done) break;
  }
  if (dropAudit) await repeat(executor, 'import/compensate-changes', batchId);
  return { deleted, restored, unlinked };
}

/** A chunked commit that failed: nothing of it stays but its batch, marked failed. */
export async function compensateBatch(executor: Executor, batchId: string, error: string): Promise<void> {
  await removeBatchWrites(executor, batchId, true);
  await executor.write('import/fail-batch', { batchId, error: error.slice(0, 500), at: new Date().toISOString() });
}

/** Batches of a kind (null: every kind, at start-up) left `committing` by a crash: compensated and marked failed. */
export async function recoverInterruptedCommits(executor: Executor, kind: string | null): Promise<string[]> {
  const rows = await executor.read<{ id: string }>('import/interrupted-batches', { kind });
  for (const { id } of rows) await compensateBatch(executor, id, 'interrupted: the server stopped during the commit');
  return rows.map((r) => r.id);
}
