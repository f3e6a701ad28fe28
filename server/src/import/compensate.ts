// Compensation for a chunked commit that failed part-way (commit.ts): what its earlier chunks
// wrote is removed or put back with the undo machinery's statements — relationships it added,
// nodes it created, nodes it updated restored from their ImportRevision, its audit records —
// each step in small transactions so a large batch is undone with flat memory. The batch stays,
// marked `failed` with the error, so the attempt is on record.
import type { Executor } from '../db/executor.js';
import { int } from '../db/executor.js';
import { restoreRevision } from './batches.js';

const pageSize = 1000;

async function repeat(executor: Executor, statement: string, batchId: string): Promise<void> {
  for (;;) {
    const [row] = await executor.write<{ deleted: number }>(statement, { batchId, limit: int(pageSize) });
    if (!row?.deleted) return;
  }
}

export async function compensateBatch(executor: Executor, batchId: string, error: string): Promise<void> {
  await repeat(executor, 'import/compensate-relationships', batchId);
  await repeat(executor, 'import/compensate-nodes', batchId);
  for (;;) {
    const done = await executor.transaction(
      'write',
      async (tx) => {
        const page = await tx.run<{ nodeId: string; state: string; revisionId: string }>('import/revisions-page', {
          batchId,
          limit: int(500),
        });
        if (!page.length) return true;
        await tx.run('import/undo-revisions', { rows: page.map(restoreRevision) });
        await tx.run('import/delete-revisions', { ids: page.map((r) => r.revisionId) });
        return false;
      },
      { name: 'import/compensate-revisions', timeoutMs: 600_000 },
    );
    if (done) break;
  }
  await repeat(executor, 'import/compensate-changes', batchId);
  await executor.write('import/fail-batch', { batchId, error: error.slice(0, 500), at: new Date().toISOString() });
}

/** Batches of a kind left `committing` by a crash: compensated and marked failed. */
export async function recoverInterruptedCommits(executor: Executor, kind: string): Promise<string[]> {
  const rows = await executor.read<{ id: string }>('import/interrupted-batches', { kind });
  for (const { id } of rows) await compensateBatch(executor, id, 'interrupted: the server stopped during the commit');
  return rows.map((r) => r.id);
}
