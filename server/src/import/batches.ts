// Import batches: list them, undo one as a whole. Undo deletes what the batch created and puts
// back what it updated (properties and managed relationships, from its ImportRevision nodes), in
// small transactions (compensate.ts) while the batch is `undoing`. It refuses when a node the batch wrote was edited since (its properties no
// longer hash to what the batch wrote) or when a later batch rewrote its nodes (undo that first).
import type { Executor } from '../db/executor.js';
import { int } from '../db/executor.js';
import { removeBatchWrites } from './compensate.js';
import { propsHash } from './write.js';

export interface ImportBatchInfo {
  id: string;
  kind: string;
  source: string;
  who: string;
  at: string;
  status: 'committing' | 'committed' | 'failed' | 'undoing' | 'undone';
  counts: Record<string, number>;
  undoneBy?: string | null;
  undoneAt?: string | null;
}

export class UndoRefusedError extends Error {
  constructor(readonly reasons: string[]) {
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

export interface UndoResult {
  batch: ImportBatchInfo;
  deleted: number;
  restored: number;
}

export async function undoBatch(executor: Executor, batchId: string, who: string): Promise<UndoResult> {
  const [row] = await executor.read<{
    batch: Record<string, unknown>;
    nodes: Array<{ id: string; props: Record<string, unknown> }>;
    laterBatches: string[];
  }>('import/batch-touched', { batchId }, { timeoutMs: 600_000 });
  if (!row) throw new UndoRefusedError([`no import batch "${batchId}"`]);
  const reasons: string[] = [];
  // `undoing`: an undo that stopped part-way (the server stopped) is finished by undoing again.
  if (row.batch.status !== 'committed' && row.batch.status !== 'undoing')
    reasons.push(`batch ${batchId} is ${String(row.batch.status)}${row.batch.status === 'committing' ? '' : ' already'}`);
  if (row.laterBatches.length) reasons.push(`later batch(es) ${row.laterBatches.join(', ')} rewrote its nodes: undo them first`);
  const edited = row.nodes.filter((n) => n.props.importPropsHash !== propsHash(n.props)).map((n) => n.id);
  if (edited.length)
    reasons.push(
      `${edited.length} node(s) were edited since the import: ${edited.slice(0, 10).join(', ')}${edited.length > 10 ? ' …' : ''}`,
    );
  if (reasons.length) throw new UndoRefusedError(reasons);
  // Chunked like the commit (a 50,000-row batch does not fit one transaction); the batch is
  // `undoing` meanwhile, so the list tells a half-done undo from a finished one.
  await executor.write('import/start-undo', { batchId });
  const { deleted, restored } = await removeBatchWrites(executor, batchId, false);
  const at = new Date().toISOString();
  await executor.write('import/finish-undo', { batchId, who, at });
  return { batch: toInfo({ ...row.batch, status: 'undone', undoneBy: who, undoneAt: at }), deleted, restored };
}
