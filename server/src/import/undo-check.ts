// Which records of a batch an undo must keep, and why. A record is touched when undoing it would
// lose a later change: its properties no longer hash to what the batch wrote (an edit), a later
// import still in force rewrote it (its revision names this batch), or something linked to it
// since: for a record the batch created, any link the batch did not write (deleting it would take
// the link along); for one it updated, a link a later batch wrote or a hand edit made after the
// batch (putting it back would undo the record that link was made to). Detection looks
// at the graph as it is, so once the later change is reverted (edited back, the later batch
// undone) the record is safe again; the audit trail only says who made the change, when and on
// which fields.
import type { Executor } from '../db/executor.js';
import { propsHash } from './write.js';

export interface TouchedRow {
  batch: Record<string, unknown>;
  nodes: Array<{
    id: string;
    name: string | null;
    label: string | null;
    props: Record<string, unknown>;
    created: boolean;
    links: Array<{ type: string; other: string; batchId: string | null }>;
  }>;
  rewritten: Array<{ id: string; name: string | null; label: string | null; batchId: string; who: string; at: string }>;
}

/** A record an undo kept, with the later change that touched it. */
export interface KeptRecord {
  id: string;
  name: string | null;
  label: string | null;
  /** `edited` (its properties changed), `rewritten` (a later import), `linked` (a link made since). */
  reason: 'edited' | 'rewritten' | 'linked';
  by: string | null;
  at: string | null;
  /** The fields (or link types) the later change wrote. */
  fields: string[];
  /** The later import batch, when an import made the change. */
  batchId: string | null;
}

/** A record an undo took back: a created one deleted, an updated one put back as it was. */
export interface UndoneRecord {
  id: string;
  name: string | null;
  label: string | null;
  action: 'deleted' | 'restored';
}

interface ChangeRow {
  id: string;
  by: string | null;
  at: string | null;
  action: string | null;
  before: string | null;
  after: string | null;
  batchId: string | null;
}

function keysOf(json: string | null): string[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
  } catch {
    return [];
  }
}

const fieldsOf = (c: ChangeRow | undefined) => (c ? [...new Set([...keysOf(c.after), ...keysOf(c.before)])] : []);

/** A kept record, who and when from its latest later change (if the audit trail has one). */
function keptFrom(
  n: { id: string; name: KeptRecord['name']; label: KeptRecord['label'] },
  reason: KeptRecord['reason'],
  c: ChangeRow | undefined,
  fields: string[],
  batchId: string | null,
): KeptRecord {
  return { id: n.id, name: n.name, label: n.label, reason, by: c?.by ?? null, at: c?.at ?? null, fields, batchId };
}

/** The records to keep, each with who changed it, when and which fields (from the audit trail). */
export async function keptRecords(executor: Executor, row: TouchedRow, batchId: string): Promise<KeptRecord[]> {
  const edited = row.nodes.filter((n) => n.props.importPropsHash !== propsHash(n.props));
  const editedIds = new Set(edited.map((n) => n.id));
  const linked = row.nodes.filter((n) => n.links.length && !editedIds.has(n.id));
  if (!row.rewritten.length && !edited.length && !linked.length) return [];
  const [found] = await executor.read<{ own: ChangeRow[]; links: ChangeRow[] }>(
    'import/later-changes',
    {
      ids: [...row.rewritten, ...edited, ...linked].map((n) => n.id),
      others: [...new Set(linked.flatMap((n) => n.links.map((l) => l.other)))],
      batchId,
      since: String(row.batch.at),
    },
    { timeoutMs: 600_000 },
  );
  const own = new Map((found?.own ?? []).filter((c) => c.at).map((c) => [c.id, c]));
  const onOther = new Map((found?.links ?? []).filter((c) => c.at).map((c) => [c.id, c]));
  const kept = new Map<string, KeptRecord>();
  for (const r of row.rewritten) {
    if (kept.has(r.id)) continue;
    // The later batch's own audit record of the node gives the fields it wrote.
    const c = own.get(r.id);
    const fields = c?.batchId === r.batchId ? fieldsOf(c) : [];
    kept.set(r.id, { id: r.id, name: r.name, label: r.label, reason: 'rewritten', by: r.who, at: r.at, fields, batchId: r.batchId });
  }
  for (const n of edited) {
    if (kept.has(n.id)) continue;
    const c = own.get(n.id);
    kept.set(n.id, keptFrom(n, 'edited', c, fieldsOf(c), c?.batchId ?? null));
  }
  for (const n of linked) {
    if (kept.has(n.id)) continue;
    // The link's audit record sits on the node it starts from: this one or the other end.
    const c = own.get(n.id) ?? n.links.map((l) => onOther.get(l.other)).find((x) => x);
    const fields = [...new Set(n.links.map((l) => l.type))];
    kept.set(n.id, keptFrom(n, 'linked', c, fields, c?.batchId ?? n.links.find((l) => l.batchId)?.batchId ?? null));
  }
  return [...kept.values()];
}

/** The refusal's reasons, one line per kind of later change, naming the records. */
export function refusalReasons(kept: KeptRecord[]): string[] {
  const names = (rs: KeptRecord[]) =>
    `${rs
      .slice(0, 10)
      .map((r) => r.id)
      .join(', ')}${rs.length > 10 ? ' …' : ''}`;
  const reasons: string[] = [];
  const rewritten = kept.filter((r) => r.reason === 'rewritten');
  if (rewritten.length)
    reasons.push(
      `later batch(es) ${[...new Set(rewritten.map((r) => r.batchId))].join(', ')} rewrote its nodes: undo them first (${names(rewritten)})`,
    );
  const edited = kept.filter((r) => r.reason === 'edited');
  if (edited.length) reasons.push(`${edited.length} node(s) were edited since the import: ${names(edited)}`);
  const linked = kept.filter((r) => r.reason === 'linked');
  if (linked.length) reasons.push(`${linked.length} node(s) the import wrote were linked since: ${names(linked)}`);
  return reasons;
}
