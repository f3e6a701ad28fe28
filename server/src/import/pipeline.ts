// The one import pipeline every importer runs through (the listed companies now, the staff
// spreadsheets later): read (streaming) → validate each record (zod, the seeds' vocabularies) →
// resolve entities (the importer) → a plan of create / update / match / skip with every error by
// line and field → on commit, ONE write transaction that records an ImportBatch (who, when,
// source, counts) and can be undone as a whole (batches.ts).
//
// Records flow in chunks of `batchSize`; only counts, errors, review items and a bounded sample
// of skips are kept, so memory does not grow with the number of records (the importer's own
// lookup state, such as the index of firms already in the graph, grows with the graph).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Executor, Tx } from '../db/executor.js';
import { int } from '../db/executor.js';
import { canonicalJson } from '../seed/to-graph.js';

export type Action = 'create' | 'update' | 'match' | 'skip';
export type PropValue = string | number | boolean | string[] | number[];

/** One input record as read: its line (1-based) and the parsed value, or why it could not be parsed. */
export type RawRecord = { line: number; raw: unknown } | { line: number; error: string; field?: string };

export interface RelWrite {
  type: string;
  to: string;
  props?: Record<string, PropValue>;
}

export interface NodeWrite {
  label: string;
  id: string;
  props: Record<string, PropValue>;
  rels: RelWrite[];
}

export interface ImportIssue {
  line: number;
  /** The record's key (a stock code, a row id) when it could be read. */
  key?: string;
  field: string;
  message: string;
}

export interface ReviewItem {
  line: number;
  key: string;
  name: string;
  /** What the import did meanwhile, e.g. "created as a new firm; not merged". */
  decision: string;
  candidates: Array<{ id: string; name: string; why: string }>;
}

/** A relationship between nodes that already exist (a supply link of a staff sheet), stamped with the batch. */
export interface LinkWrite extends RelWrite {
  from: string;
}

/** One property an update changes, for the dry-run table. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface Planned {
  line: number;
  key: string;
  action: Action;
  /** The record's name as the user knows it, for the dry-run table. */
  name?: string;
  /** For updates: what changes, field by field. */
  changes?: FieldChange[];
  /** A relationship-only create (no node). */
  link?: LinkWrite;
  /** For skips and matches: why. */
  reason?: string;
  /** Existing node matched or updated. */
  targetId?: string;
  write?: NodeWrite;
  review?: ReviewItem;
  /** Validation or resolution errors: the record is skipped. */
  errors?: ImportIssue[];
}

export interface Importer<R> {
  kind: string;
  /** What was read, e.g. the data set's folder; recorded on the batch. */
  source: string;
  /** Relationship types the importer writes from its nodes (rebuilt on update, restored on undo). */
  managedTypes: string[];
  read(): AsyncIterable<RawRecord>;
  schema: z.ZodType<R>;
  /** Called at the start of each (possibly retried) transaction: load lookups, reset state. */
  start(tx: Tx): Promise<void>;
  resolve(records: Array<{ line: number; record: R }>, tx: Tx): Promise<Planned[]>;
  /** How a field is named in messages (a sheet's "园区 (C)" for "park"); default the field itself. */
  fieldLabel?(field: string): string;
}

export interface ImportCounts {
  read: number;
  create: number;
  update: number;
  match: number;
  skip: number;
  errors: number;
  review: number;
  relationships: number;
}

export interface ImportResult {
  dryRun: boolean;
  batchId: string | null;
  kind: string;
  source: string;
  counts: ImportCounts;
  /** Every validation and resolution error, by line and field. */
  errors: ImportIssue[];
  review: ReviewItem[];
  /** Skips by reason, with the first lines of each. */
  skips: Array<{ reason: string; count: number; lines: number[] }>;
  /** Matches by reason (e.g. "unchanged since batch …", "seeded firm e.x by name"), with the first lines. */
  matches: Array<{ reason: string; count: number; lines: number[] }>;
  /** The plan row by row (only with `keepRows`, at most that many). */
  rows?: PlanRow[];
  ms: number;
}

/** One row of the dry-run table. */
export interface PlanRow {
  line: number;
  key: string;
  name: string;
  action: Action;
  reason: string | null;
  targetId: string | null;
  changes: FieldChange[];
  errors: ImportIssue[];
}

/** Who an import's audit records (Change nodes) name, and why. */
export interface ImportAudit {
  by: string;
  byUserId: string | null;
  reason: string;
}

/** A commit refused because the plan has errors or undecided matches: nothing was written. */
export class ImportRefused extends Error {
  constructor(readonly result: ImportResult) {
    super(`Import refused: ${result.counts.errors} row(s) with errors, ${result.review.length} undecided match(es); nothing was written`);
    this.name = 'ImportRefused';
  }
}

export interface ImportOptions {
  commit: boolean;
  who: string;
  batchSize?: number;
  onProgress?: (linesDone: number) => void;
  timeoutMs?: number;
  /** Commit only a plan without errors and undecided matches; otherwise roll back (ImportRefused). */
  allOrNothing?: boolean;
  /** Write an audit record (Change) for every node created or updated and every link added. */
  audit?: ImportAudit;
  /** Keep the plan row by row, up to this many rows. */
  keepRows?: number;
}

const sampleLines = 20;

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

function tally(list: Map<string, { count: number; lines: number[] }>, reason: string, line: number) {
  const t = list.get(reason) ?? { count: 0, lines: [] };
  t.count++;
  if (t.lines.length < sampleLines) t.lines.push(line);
  list.set(reason, t);
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

async function writeChunk(tx: Tx, plans: Planned[], batchId: string, managedTypes: string[], audit?: ImportAudit): Promise<number> {
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

/** Plans an import (dry run: a read transaction, nothing written) or commits it as one batch. */
export async function runImport<R>(executor: Executor, importer: Importer<R>, opts: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const batchSize = opts.batchSize ?? 500;
  const at = new Date();
  const batchId = opts.commit ? newBatchId(importer.kind, at) : null;
  const result = await executor.transaction(
    opts.commit ? 'write' : 'read',
    async (tx) => {
      const counts: ImportCounts = { read: 0, create: 0, update: 0, match: 0, skip: 0, errors: 0, review: 0, relationships: 0 };
      const errors: ImportIssue[] = [];
      const review: ReviewItem[] = [];
      const skips = new Map<string, { count: number; lines: number[] }>();
      const matches = new Map<string, { count: number; lines: number[] }>();
      const rows: PlanRow[] | undefined = opts.keepRows ? [] : undefined;
      const label = (field: string) => importer.fieldLabel?.(field) ?? field;
      await importer.start(tx);
      let chunk: Array<{ line: number; record: R }> = [];
      const record = (p: Planned) => {
        const issues = (p.errors ?? []).map((e) => ({ ...e, field: label(e.field) }));
        if (issues.length) {
          errors.push(...issues);
          counts.errors++;
        }
        if (rows && rows.length < opts.keepRows!)
          rows.push({
            line: p.line,
            key: p.key,
            name: p.name ?? p.key,
            action: p.action,
            reason: p.reason ?? null,
            targetId: p.targetId ?? null,
            changes: p.changes ?? [],
            errors: issues,
          });
        counts[p.action]++;
        if (p.action === 'skip') tally(skips, p.reason ?? 'skipped', p.line);
        if (p.action === 'match') tally(matches, p.reason ?? 'matched', p.line);
        if (p.review) {
          review.push(p.review);
          counts.review++;
        }
      };
      const flush = async () => {
        if (!chunk.length) return;
        const plans = await importer.resolve(chunk, tx);
        for (const p of plans) record(p);
        if (batchId) counts.relationships += await writeChunk(tx, plans, batchId, importer.managedTypes, opts.audit);
        else
          counts.relationships += plans.reduce(
            (n, p) => n + (p.action === 'create' || p.action === 'update' ? (p.write?.rels.length ?? 0) + (p.link ? 1 : 0) : 0),
            0,
          );
        chunk = [];
        opts.onProgress?.(counts.read);
      };
      for await (const raw of importer.read()) {
        counts.read++;
        if ('error' in raw) {
          record({
            line: raw.line,
            key: '',
            action: 'skip',
            reason: 'unreadable line',
            errors: [{ line: raw.line, field: raw.field ?? '(line)', message: raw.error }],
          });
          continue;
        }
        const parsed = importer.schema.safeParse(raw.raw);
        if (!parsed.success) {
          const key = typeof raw.raw === 'object' && raw.raw && 'code' in raw.raw ? String((raw.raw as { code: unknown }).code) : '';
          record({
            line: raw.line,
            key,
            action: 'skip',
            reason: 'invalid record',
            errors: parsed.error.issues.map((i) => ({ line: raw.line, key, field: i.path.join('.') || '(record)', message: i.message })),
          });
          continue;
        }
        chunk.push({ line: raw.line, record: parsed.data });
        if (chunk.length >= batchSize) await flush();
      }
      await flush();
      const toList = (m: Map<string, { count: number; lines: number[] }>) =>
        [...m].map(([reason, t]) => ({ reason, ...t })).sort((a, b) => b.count - a.count);
      // Errors in sheet order (validation errors are found before resolution errors of earlier lines).
      errors.sort((a, b) => a.line - b.line);
      // All or nothing: throwing rolls back every chunk written so far.
      if (batchId && opts.allOrNothing && (counts.errors > 0 || review.length > 0)) {
        throw new ImportRefused({
          dryRun: false,
          batchId: null,
          kind: importer.kind,
          source: importer.source,
          counts,
          errors,
          review,
          skips: toList(skips),
          matches: toList(matches),
          ...(rows ? { rows } : {}),
          ms: performance.now() - started,
        });
      }
      // A commit that changes nothing leaves no batch behind (a second run of the same file).
      if (batchId && counts.create + counts.update > 0) {
        await tx.run('import/create-batch', {
          batch: {
            id: batchId,
            kind: importer.kind,
            source: importer.source,
            who: opts.who,
            at: at.toISOString(),
            counts: JSON.stringify(counts),
          },
        });
      }
      return {
        counts,
        errors,
        review,
        skips: toList(skips),
        matches: toList(matches),
        ...(rows ? { rows } : {}),
        recorded: counts.create + counts.update > 0,
      };
    },
    { name: `import/${importer.kind}`, timeoutMs: opts.timeoutMs ?? 600_000 },
  );
  const { recorded, ...rest } = result;
  return {
    dryRun: !opts.commit,
    batchId: recorded ? batchId : null,
    kind: importer.kind,
    source: importer.source,
    ...rest,
    ms: performance.now() - started,
  };
}
