// Import batches: list them, undo one as a whole. Undo deletes what the batch created and puts
// back what it updated (properties and managed relationships, from its ImportRevision nodes), in
// one transaction. It refuses when a node the batch wrote was edited since (its properties no
// longer hash to what the batch wrote) or when a later batch rewrote its nodes (undo that first).
import type { Executor } from '../db/executor.js';
import { int } from '../db/executor.js';
import { propsHash } from './write.js';

export interface ImportBatchInfo {
  id: string;
  kind: string;
  source: string;
  who: string;
  at: string;
  status: 'committing' | 'committed' | 'failed' | 'undone' | 'partlyUndone';
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

export interface UndoResult {
  batch: ImportBatchInfo;
  deleted: number;
  restored: number;
}

export async function undoBatch(executor: Executor, batchId: string, who: string): Promise<UndoResult> {
  return executor.transaction(
    'write',
    async (tx) => {
      const [row] = await tx.run<{
        batch: Record<string, unknown>;
        nodes: Array<{ id: string; props: Record<string, unknown> }>;
        revisions: Array<{ nodeId: string; state: string }>;
        laterBatches: string[];
      }>('import/batch-touched', { batchId });
      if (!row) throw new UndoRefusedError([`no import batch "${batchId}"`]);
      const reasons: string[] = [];
      if (row.batch.status !== 'committed') reasons.push(`batch ${batchId} is ${String(row.batch.status)} already`);
      if (row.laterBatches.length) reasons.push(`later batch(es) ${row.laterBatches.join(', ')} rewrote its nodes: undo them first`);
      const edited = row.nodes.filter((n) => n.props.importPropsHash !== propsHash(n.props)).map((n) => n.id);
      if (edited.length)
        reasons.push(
          `${edited.length} node(s) were edited since the import: ${edited.slice(0, 10).join(', ')}${edited.length > 10 ? ' …' : ''}`,
        );
      if (reasons.length) throw new UndoRefusedError(reasons);
      const revised = row.revisions.map((r) => r.nodeId);
      const [del] = await tx.run<{ deleted: number }>('import/undo-created', { batchId, keep: revised });
      const rows = row.revisions.map(restoreRevision);
      let restored = 0;
      for (let i = 0; i < rows.length; i += 500) {
        const [res] = await tx.run<{ restored: number }>('import/undo-revisions', { rows: rows.slice(i, i + 500) });
        restored += res?.restored ?? 0;
      }
      const at = new Date().toISOString();
      await tx.run('import/finish-undo', { batchId, who, at });
      return { batch: toInfo({ ...row.batch, status: 'undone', undoneBy: who, undoneAt: at }), deleted: del?.deleted ?? 0, restored };
    },
    { name: 'import/undo', timeoutMs: 600_000 },
  );
}
