// A commit in chunks. The embedded Neo4j caps one transaction at 128 MiB
// (db.memory.transaction.max), so a large sheet cannot land in one write transaction. Instead:
//   1. (all-or-nothing imports) the whole file is planned first in a read transaction; with any
//      error or undecided match the commit is refused before anything is written;
//   2. an ImportBatch is created with status `committing`;
//   3. the file is planned again in one read transaction, and every `commitRows` written records
//      go in their own write transaction (nodes, revisions, relationships, audit records);
//   4. the batch becomes `committed` with its counts.
// If anything fails after step 2, what the earlier chunks wrote is removed or put back
// (compensate.ts, the undo machinery) and the batch is marked `failed`, so to the user the
// commit is all or nothing. One commit per import kind at a time (a second one is refused).
import type { Executor } from '../db/executor.js';
import { compensateBatch, recoverInterruptedCommits } from './compensate.js';
import { ImportRefused, planImport, plannedRelationships, type PlanSummary } from './plan.js';
import type { Importer, ImportOptions, ImportResult, Planned } from './pipeline.js';
import { newBatchId, writeChunk } from './write.js';

/** Records per write transaction unless the caller says otherwise. */
export const defaultCommitRows = 1000;

/** Another commit of the same kind is running in this server. */
export class ImportBusyError extends Error {
  constructor(readonly kind: string) {
    super(`Another ${kind} import is being committed; try again when it has finished`);
    this.name = 'ImportBusyError';
  }
}

// Kinds being committed in this process. The embedded store is opened by one server process
// only, so this set is the lock; a batch left `committing` by a crash is compensated when the
// next commit of its kind starts (recoverInterruptedCommits).
const committing = new Set<string>();

const writes = (plans: Planned[]) => plans.filter((p) => (p.action === 'create' || p.action === 'update') && (p.write || p.link));

export async function commitImport<R>(executor: Executor, importer: Importer<R>, opts: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const kind = importer.kind;
  const rowsPerTx = Math.max(1, opts.commitRows ?? defaultCommitRows);
  const txOpts = { name: `import/${kind}`, timeoutMs: opts.timeoutMs ?? 600_000 };
  const refusal = (s: PlanSummary) =>
    new ImportRefused({ dryRun: false, batchId: null, kind, source: importer.source, ...s, ms: performance.now() - started });
  if (committing.has(kind)) throw new ImportBusyError(kind);
  committing.add(kind);
  try {
    await recoverInterruptedCommits(executor, kind);
    if (opts.allOrNothing) {
      const s = await executor.transaction('read', (tx) => planImport(tx, importer, opts, async (p) => plannedRelationships(p)), txOpts);
      if (s.counts.errors > 0 || s.review.length > 0) throw refusal(s);
    }
    const at = new Date();
    const batchId = newBatchId(kind, at);
    await executor.write('import/begin-batch', {
      batch: { id: batchId, kind, source: importer.source, who: opts.who, at: at.toISOString() },
    });
    let pending: Planned[] = [];
    let chunks = 0;
    const writeSome = async (all: boolean) => {
      while (pending.length >= rowsPerTx || (all && pending.length)) {
        const plans = pending.slice(0, rowsPerTx);
        pending = pending.slice(plans.length);
        const index = chunks++;
        await executor.transaction(
          'write',
          async (tx) => {
            await writeChunk(tx, plans, batchId, importer.managedTypes, opts.audit);
            await opts.afterChunkWrite?.(index);
          },
          { ...txOpts, name: `${txOpts.name}/chunk` },
        );
      }
    };
    try {
      let attempts = 0;
      const s = await executor.transaction(
        'read',
        async (tx) => {
          // The driver may retry a read transaction; planning again would write chunks twice.
          if (attempts++ > 0 && chunks > 0) throw new Error('import: planning was interrupted after chunks were written');
          return planImport(tx, importer, opts, async (plans) => {
            pending.push(...writes(plans));
            await writeSome(false);
            return plannedRelationships(plans);
          });
        },
        txOpts,
      );
      await writeSome(true);
      // The graph may have changed since the first plan (an edit meanwhile): still all or nothing.
      if (opts.allOrNothing && (s.counts.errors > 0 || s.review.length > 0)) throw refusal(s);
      const recorded = s.counts.create + s.counts.update > 0;
      // A commit that changes nothing leaves no batch behind (a second run of the same file).
      if (recorded) await executor.write('import/finish-batch', { batchId, counts: JSON.stringify(s.counts) });
      else await executor.write('import/drop-batch', { batchId });
      return { dryRun: false, batchId: recorded ? batchId : null, kind, source: importer.source, ...s, ms: performance.now() - started };
    } catch (e) {
      await compensateBatch(executor, batchId, e instanceof Error ? e.message : String(e));
      throw e;
    }
  } finally {
    committing.delete(kind);
  }
}
