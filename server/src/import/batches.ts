// Import batches: list them, undo one. Undo deletes what the batch created and puts back what it
// updated (properties and managed relationships, from its ImportRevision nodes), in small
// transactions (undo-writes.ts, each with the audit records of what it took back when the
// caller names who undoes) while the batch is `undoing`. Records a later change touched
// (undo-check.ts) make it refuse, naming them; with `onlySafe` it takes back the others, keeps
// those and marks the batch `partlyUndone`, and a later undo (once the changes are reverted)
// finishes it.
import type { Executor } from '../db/executor.js';
import { int } from '../db/executor.js';
import type { importBatchStatuses, ValueOf } from '../domain/vocabulary.js';
import { keptRecords, refusalReasons, type KeptRecord, type TouchedRow, type UndoneRecord } from './undo-check.js';
import { undoBatchWrites } from './undo-writes.js';

export interface ImportBatchInfo {
  id: string;
  kind: string;
  source: string;
  who: string;
  at: string;
  status: ValueOf<typeof importBatchStatuses>;
  counts: Record<string, number>;
  /** Records a partial undo kept (status `partlyUndone`). */
  kept?: number | null;
  undoneBy?: string | null;
  undoneAt?: string | null;
}

export class UndoRefusedError extends Error {
  constructor(
    readonly reasons: string[],
    readonly records: KeptRecord[] = [],
  ) {
    super(`Import batch cannot be undone:\n${reasons.map((r) => `  ${r}`).join('\n')}`);
    this.name = 'UndoRefusedError';
  }
}

function toInfo(b: Record<string, unknown>): ImportBatchInfo {
  return { ...(b as unknown as ImportBatchInfo), counts: JSON.parse(String(b.counts ?? '{}')) as Record<string, number> };
}

export async function listBatches(executor: Executor, limit = 50): Promise<ImportBatchInfo[]> {
  const rows = await executor.read<{ batch: Record<string, unknown> }>('import/list-batches', { limit: int(limit) });
  return rows.map((r) => toInfo(r.batch));
}

/** At most this many records are named in an undo's result and in a refusal. */
export const undoRecordCap = 500;

export interface UndoResult {
  batch: ImportBatchInfo;
  deleted: number;
  restored: number;
  /** Links the batch added, removed (with the nodes they start from, or on their own). */
  unlinked: number;
  /** The records taken back (the first undoRecordCap). */
  undone: UndoneRecord[];
  /** The records kept because a later change touched them (the first undoRecordCap). */
  kept: KeptRecord[];
}

/** Statuses an undo starts from: `undoing` is an undo the server stopped part-way. */
const undoable: ReadonlyArray<ImportBatchInfo['status']> = ['committed', 'undoing', 'partlyUndone'];

export interface UndoOptions {
  onlySafe?: boolean;
  /** Write an audit record (Change) for every record and link taken back, naming this user. */
  audit?: { by: string; byUserId: string | null };
}

/** The reason the undo's audit records give. */
export const undoReason = (batchId: string, source: unknown, who: string) =>
  `undo of import batch ${batchId}${source ? ` (${String(source)})` : ''} by ${who}`;

export async function undoBatch(executor: Executor, batchId: string, who: string, opts: UndoOptions = {}): Promise<UndoResult> {
  const [row] = await executor.read<TouchedRow>('import/batch-touched', { batchId }, { timeoutMs: 600_000 });
  if (!row) throw new UndoRefusedError([`no import batch "${batchId}"`]);
  const status = row.batch.status as ImportBatchInfo['status'];
  if (!undoable.includes(status)) throw new UndoRefusedError([`batch ${batchId} is ${status}${status === 'committing' ? '' : ' already'}`]);
  const kept = await keptRecords(executor, row, batchId);
  if (kept.length && !opts.onlySafe) throw new UndoRefusedError(refusalReasons(kept), kept.slice(0, undoRecordCap));
  const keep = kept.map((k) => k.id);
  const keepSet = new Set(keep);
  const undone: UndoneRecord[] = row.nodes
    .filter((n) => !keepSet.has(n.id))
    .slice(0, undoRecordCap)
    .map((n) => ({ id: n.id, name: n.name, label: n.label, action: n.created ? 'deleted' : 'restored' }));
  // Chunked like the commit (a 50,000-row batch does not fit one transaction); the batch is
  // `undoing` meanwhile, so the list tells a half-done undo from a finished one.
  await executor.write('import/start-undo', { batchId });
  const audit = opts.audit && { ...opts.audit, reason: undoReason(batchId, row.batch.source, opts.audit.by) };
  const { deleted, restored, unlinked } = await undoBatchWrites(executor, batchId, keep, audit);
  const at = new Date().toISOString();
  if (keep.length) await executor.write('import/finish-partial-undo', { batchId, who, at, kept: int(keep.length) });
  else await executor.write('import/finish-undo', { batchId, who, at });
  const batch = toInfo({
    ...row.batch,
    status: keep.length ? 'partlyUndone' : 'undone',
    undoneBy: who,
    undoneAt: at,
    kept: keep.length || null,
  });
  return { batch, deleted, restored, unlinked, undone, kept: kept.slice(0, undoRecordCap) };
}
