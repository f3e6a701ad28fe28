// Runs one edit: role check, one write transaction holding the checks, the writes and the audit
// record, and typed field errors instead of exceptions for bad input. Anything that fails after
// a write rolls the whole transaction back, so a refused edit leaves the graph as it was.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Context } from '../context.js';
import { DbError } from '../db/errors.js';
import { int, type Tx } from '../db/executor.js';
import { createLoaders, type NodeRow } from '../loaders.js';
import { EditRejected, fieldError, fromZod, type FieldError } from '../domain/field-errors.js';

export type Action = 'create' | 'update' | 'delete' | 'move_status' | 'link' | 'unlink';

export interface ChangeRow {
  id: string;
  at: string;
  by: string;
  byUserId?: string | null;
  action: Action;
  targetId: string;
  targetLabel: string;
  before?: string | null;
  after?: string | null;
  reason?: string | null;
  enteredByHand: boolean;
  sourceId?: string | null;
  /** The import batch that wrote this change, for changes an import made. */
  batchId?: string | null;
  /** The import batch whose undo made this change (the undo's record of a record it took back). */
  undoOf?: string | null;
  /** The record's name now (audit log query only; null once it is deleted). */
  targetName?: string | null;
}

export interface Snapshot {
  labels: string[];
  props: Record<string, unknown>;
  outLinks: { type: string; to: string; props: Record<string, unknown> }[];
  inLinks: { type: string; from: string; props: Record<string, unknown> }[];
}

export interface EditResult<T> {
  value: T | null;
  change: ChangeRow | null;
  errors: FieldError[];
}

/** Whole numbers are stored as INTEGER like the seeds' (docs/data-model.md). */
export function toStored(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined) continue;
    // Empty lists are not stored, like unset properties.
    if (Array.isArray(v) && v.length === 0) out[k] = null;
    else out[k] = typeof v === 'number' && Number.isSafeInteger(v) ? int(v) : v;
  }
  return out;
}

/** The tools an edit's body gets, all inside its one transaction. */
export class Editor {
  constructor(
    readonly tx: Tx,
    private readonly ctx: Context,
  ) {}

  /** Rolls the transaction back and answers with these field errors. */
  reject(errors: FieldError[]): never {
    throw new EditRejected(errors);
  }

  /** Adds NOT_FOUND / WRONG_TYPE errors for ids that are missing or not of `label`. */
  async checkIds(checks: { field: string; id: string | null | undefined; label: string }[], errors: FieldError[]): Promise<void> {
    const wanted = checks.filter((c): c is { field: string; id: string; label: string } => !!c.id);
    if (!wanted.length) return;
    const rows = await this.tx.run<{ id: string; labels: string[] }>('edit/labels-of', { ids: [...new Set(wanted.map((c) => c.id))] });
    const labels = new Map(rows.map((r) => [r.id, r.labels]));
    for (const c of wanted) {
      const found = labels.get(c.id);
      if (!found) errors.push(fieldError(c.field, 'NOT_FOUND', `no ${c.label.toLowerCase()} has id "${c.id}"`));
      else if (!found.includes(c.label)) {
        const actual = found.find((l) => l !== 'Entity') ?? 'node';
        errors.push(fieldError(c.field, 'WRONG_TYPE', `"${c.id}" is a ${actual.toLowerCase()}, not a ${c.label.toLowerCase()}`));
      }
    }
  }

  /** The node as it is now, or a NOT_FOUND rejection if it is missing or of another type. */
  async load(field: string, id: string, label: string): Promise<Snapshot> {
    const [row] = await this.tx.run<Snapshot>('edit/snapshot', { id });
    if (!row) this.reject([fieldError(field, 'NOT_FOUND', `no ${label.toLowerCase()} has id "${id}"`)]);
    if (!row.labels.includes(label)) {
      this.reject([fieldError(field, 'WRONG_TYPE', `"${id}" is not a ${label.toLowerCase()}`)]);
    }
    return row;
  }

  /** A free id `<prefix>.<slug>`: a given slug must be free; a generated one gets "-2", "-3" … */
  async newId(prefix: string, slug: string | null | undefined, name: string, nameEn: string | null | undefined): Promise<string> {
    if (slug) {
      const id = `${prefix}.${slug}`;
      const [row] = await this.tx.run<{ ids: string[] }>('edit/ids-like', { id });
      if (row?.ids.includes(id)) this.reject([fieldError('input.slug', 'CONFLICT', `the id "${id}" is taken`)]);
      return id;
    }
    const base = `${prefix}.${slugify(nameEn ?? '') || slugify(name) || randomUUID().slice(0, 8)}`;
    const [row] = await this.tx.run<{ ids: string[] }>('edit/ids-like', { id: base });
    const taken = new Set(row?.ids ?? []);
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  async createNode(label: string, props: Record<string, unknown>): Promise<NodeRow> {
    const [row] = await this.tx.run<{ node: NodeRow }>('edit/create-node', { label, props: toStored(props) });
    return row!.node;
  }

  async updateNode(id: string, props: Record<string, unknown>): Promise<NodeRow> {
    const [row] = await this.tx.run<{ node: NodeRow }>('edit/update-node', { id, props: toStored(props) });
    return row!.node;
  }

  async setLink(from: string, type: string, to: string, props: Record<string, unknown>, single: boolean): Promise<void> {
    await this.tx.run('edit/set-link', { from, to, type, props: toStored(props), single });
  }

  async linksOf(from: string, type: string): Promise<{ to: string; props: Record<string, unknown> }[]> {
    return this.tx.run('edit/links-of', { from, type });
  }

  /** The audit record, in this transaction; a source is cited by the target too. */
  async record(c: {
    action: Action;
    targetId: string;
    targetLabel: string;
    before: unknown;
    after: unknown;
    reason?: string | null | undefined;
    source?: string | null | undefined;
    /** Only for a deletion: the parks the record was in (the audit log's park filter). */
    parkIds?: string[];
  }): Promise<ChangeRow> {
    const viewer = this.ctx.viewer;
    const change = {
      id: `ch.${randomUUID()}`,
      at: new Date().toISOString(),
      by: viewer.name,
      byUserId: viewer.userId,
      action: c.action,
      targetId: c.targetId,
      targetLabel: c.targetLabel,
      before: c.before == null ? null : JSON.stringify(c.before),
      after: c.after == null ? null : JSON.stringify(c.after),
      reason: c.reason ?? null,
      enteredByHand: !c.source,
      ...(c.parkIds?.length ? { parkIds: c.parkIds } : {}),
    };
    if (c.source && c.action !== 'delete') await this.tx.run('edit/cite', { id: c.targetId, source: c.source });
    const [row] = await this.tx.run<{ change: ChangeRow }>('edit/create-change', {
      change,
      targetId: c.targetId,
      source: c.source ?? null,
    });
    return row!.change;
  }
}

/** Latin slug from a name; '' when the name has no Latin letters or digits (Chinese names). */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/**
 * Runs an edit (the mutation declares `authScopes: { editor: true }`; builder.ts checks it). Field errors from `body` (thrown with `reject`) come
 * back as `errors`, with nothing written. `source`, when given, must be a Source.
 */
export async function runEdit<T>(
  ctx: Context,
  name: string,
  meta: { source?: string | null | undefined },
  body: (ed: Editor) => Promise<{ value: T | null; change: ChangeRow }>,
): Promise<EditResult<T>> {
  try {
    const out = await ctx.db.transaction(
      'write',
      async (tx) => {
        const ed = new Editor(tx, ctx);
        if (meta.source) {
          const errors: FieldError[] = [];
          await ed.checkIds([{ field: 'source', id: meta.source, label: 'Source' }], errors);
          if (errors.length) ed.reject(errors);
        }
        return body(ed);
      },
      { name: `edit/${name}` },
    );
    // The request's loaders may hold the graph as it was; later fields must see the edit.
    ctx.loaders = createLoaders(ctx.db);
    return { ...out, errors: [] };
  } catch (e) {
    if (e instanceof EditRejected) return { value: null, change: null, errors: e.errors };
    // Two editors creating the same id at once: the :Entity constraint refuses the second.
    if (e instanceof DbError && e.code === 'CONSTRAINT_VIOLATION') {
      return { value: null, change: null, errors: [fieldError('input.slug', 'CONFLICT', 'that id was just taken; try again')] };
    }
    throw e;
  }
}

/** Before/after of the properties an update changes (unchanged keys left out). */
export function diffProps(before: Record<string, unknown>, set: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(set)) {
    if (v === undefined) continue;
    const old = before[k] ?? null;
    const next = Array.isArray(v) && v.length === 0 ? null : (v ?? null);
    if (JSON.stringify(old) === JSON.stringify(next)) continue;
    b[k] = old;
    a[k] = next;
  }
  return { before: b, after: a };
}

/** Validates with zod; a failure rejects the edit with one field error per issue. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new EditRejected(fromZod(result.error, prefix));
  return result.data;
}
