// What a commit writes, chunk by chunk: nodes created (stamped with their batch and hashes),
// nodes updated (after an ImportRevision of what they held), relationships, and the audit
// records (Change) of each — all in the transaction the caller gives, so a chunk lands whole.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Tx } from '../db/executor.js';
import { int } from '../db/executor.js';
import { canonicalJson } from '../seed/to-graph.js';
import type { ImportAudit, NodeWrite, Planned } from './pipeline.js';

/** Hash of a node's own properties (without the import's bookkeeping), to detect edits. */
export function propsHash(props: Record<string, unknown>): string {
  const { importBatch: _b, importHash: _h, importPropsHash: _p, ...rest } = props;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex').slice(0, 24);
}

/** Hash of what an import writes for a node (properties and relationships), to tell update from match. */
export function contentHash(w: NodeWrite): string {
  const rels = w.rels.map((r) => canonicalJson([r.type, r.to, r.props ?? {}])).sort();
  return createHash('sha256')
    .update(canonicalJson([w.label, w.props, rels]))
    .digest('hex')
    .slice(0, 24);
}

function toNeo4j(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'number' && Number.isSafeInteger(v)) out[k] = int(v);
    else if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'number' && Number.isSafeInteger(x)))
      out[k] = (v as number[]).map((x) => int(x));
    else out[k] = v;
  }
  return out;
}

export function newBatchId(kind: string, at: Date): string {
  return `imp-${kind}-${at.toISOString().replace(/[-:T]/g, '').slice(0, 14)}-${randomBytes(3).toString('hex')}`;
}

/** The audit records of what a chunk wrote, in the same transaction (edit/create-change's shape). */
async function auditChunk(tx: Tx, plans: Planned[], batchId: string, audit: ImportAudit): Promise<void> {
  const at = new Date().toISOString();
  type AuditRow = Record<string, string | boolean | null>;
  const rows = plans.flatMap((p): AuditRow[] => {
    const base = { at, by: audit.by, byUserId: audit.byUserId, reason: audit.reason, enteredByHand: true, batchId };
    if (p.link)
      return [
        {
          ...base,
          action: 'link',
          targetId: p.link.from,
          targetLabel: 'Enterprise',
          before: null,
          after: JSON.stringify({ [p.link.type]: p.link.to }),
        },
      ];
    if (!p.write || (p.action !== 'create' && p.action !== 'update')) return [];
    const changes = p.changes ?? [];
    return [
      {
        ...base,
        action: p.action,
        targetId: p.write.id,
        targetLabel: p.write.label,
        before: p.action === 'update' ? JSON.stringify(Object.fromEntries(changes.map((c) => [c.field, c.before]))) : null,
        after: JSON.stringify(p.action === 'update' ? Object.fromEntries(changes.map((c) => [c.field, c.after])) : p.write.props),
      },
    ];
  });
  if (!rows.length) return;
  await tx.run('import/create-changes', { rows: rows.map((r) => ({ ...r, id: `ch.${randomUUID()}` })) });
}

export async function writeChunk(tx: Tx, plans: Planned[], batchId: string, managedTypes: string[], audit?: ImportAudit): Promise<number> {
  const creates = plans.filter((p) => p.action === 'create' && p.write).map((p) => p.write!);
  const updates = plans.filter((p) => p.action === 'update' && p.write).map((p) => p.write!);
  const links = plans.filter((p) => p.action === 'create' && p.link).map((p) => p.link!);
  const stamp = (w: NodeWrite) =>
    toNeo4j({
      ...w.props,
      id: w.id,
      importBatch: batchId,
      importHash: contentHash(w),
      importPropsHash: propsHash({ ...w.props, id: w.id }),
    });
  if (creates.length) {
    const [row] = await tx.run<{ created: number }>('import/create-nodes', {
      rows: creates.map((w) => ({ label: w.label, props: stamp(w) })),
    });
    if (row?.created !== creates.length) throw new Error(`import: created ${row?.created} of ${creates.length} nodes`);
  }
  if (updates.length) {
    const states = await tx.run<{ id: string; props: Record<string, unknown>; rels: unknown[] }>('import/node-state', {
      ids: updates.map((u) => u.id),
      types: managedTypes,
    });
    const stateOf = new Map(states.map((s) => [s.id, JSON.stringify({ props: s.props, rels: s.rels })]));
    const [row] = await tx.run<{ updated: number }>('import/update-nodes', {
      rows: updates.map((w) => ({ id: w.id, props: stamp(w), state: stateOf.get(w.id) })),
      batchId,
      types: managedTypes,
    });
    if (row?.updated !== updates.length) throw new Error(`import: updated ${row?.updated} of ${updates.length} nodes`);
  }
  const rels = [...[...creates, ...updates].flatMap((w) => w.rels.map((r) => ({ ...r, from: w.id }))), ...links].map((r) => {
    if (!managedTypes.includes(r.type)) throw new Error(`import: relationship type ${r.type} is not managed by this importer`);
    return { from: r.from, to: r.to, type: r.type, props: toNeo4j({ ...(r.props ?? {}), importBatch: batchId }) };
  });
  if (audit) await auditChunk(tx, plans, batchId, audit);
  if (!rels.length) return 0;
  const [row] = await tx.run<{ created: number }>('import/create-relationships', { rows: rels });
  if (row?.created !== rels.length)
    throw new Error(`import: created ${row?.created} of ${rels.length} relationships (a target node is missing)`);
  return rels.length;
}
