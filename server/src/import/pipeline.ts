// The one import pipeline every importer runs through (the listed companies now, the staff
// spreadsheets later): read (streaming) → validate each record (zod, the seeds' vocabularies) →
// resolve entities (the importer) → a plan of create / update / match / skip with every error by
// line and field → on commit, chunked write transactions under one ImportBatch (who, when,
// source, counts) and can be undone as a whole (batches.ts).
//
// Records flow in chunks of `batchSize`; only counts, errors, review items and a bounded sample
// of skips are kept, so memory does not grow with the number of records (the importer's own
// lookup state, such as the index of firms already in the graph, grows with the graph).
import type { z } from 'zod';
import type { Executor, Tx } from '../db/executor.js';
import { commitImport } from './commit.js';
import { plannedRelationships, planImport } from './plan.js';

export { ImportRefused } from './plan.js';
export { contentHash, newBatchId, propsHash } from './write.js';

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
  /** Records written per write transaction of a commit (commit.ts; default 1000). */
  commitRows?: number;
  /** Called inside each chunk's write transaction after its writes (0-based); a throw fails the commit. For tests. */
  afterChunkWrite?: (chunk: number) => void | Promise<void>;
}

/** Plans an import (dry run: a read transaction, nothing written) or commits it in chunks as one batch (commit.ts). */
export async function runImport<R>(executor: Executor, importer: Importer<R>, opts: ImportOptions): Promise<ImportResult> {
  if (opts.commit) return commitImport(executor, importer, opts);
  const started = performance.now();
  const summary = await executor.transaction('read', (tx) => planImport(tx, importer, opts, async (plans) => plannedRelationships(plans)), {
    name: `import/${importer.kind}`,
    timeoutMs: opts.timeoutMs ?? 600_000,
  });
  return { dryRun: true, batchId: null, kind: importer.kind, source: importer.source, ...summary, ms: performance.now() - started };
}
