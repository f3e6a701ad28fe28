// Imports through the API, for admins: the listed-company import (dry run by default), the list
// of import batches and undoing one. The same pipeline as the CLI (src/import/).
import { hasRole } from '../auth/viewer.js';
import { badUserInput, roleRefusal } from '../errors.js';
import { builder } from '../builder.js';
import { loadConfig } from '../config.js';
import { listBatches, undoBatch, UndoRefusedError, type ImportBatchInfo, type UndoResult } from '../import/batches.js';
import type { KeptRecord, UndoneRecord } from '../import/undo-check.js';
import { importBatchStatuses } from '../domain/vocabulary.js';
import { loadLookups } from '../import/listed/dataset.js';
import { ListedImporter } from '../import/listed/importer.js';
import { runImport, type ImportIssue, type ImportResult, type ReviewItem } from '../import/pipeline.js';

let datasetDir: string | undefined;
const listedDatasetDir = () => (datasetDir ??= loadConfig().listedDatasetDir);

export const CountsRef = builder.objectRef<ImportResult['counts']>('ImportCounts').implement({
  fields: (t) => ({
    read: t.exposeInt('read', { description: 'Records read.' }),
    create: t.exposeInt('create'),
    update: t.exposeInt('update'),
    match: t.exposeInt('match', { description: 'Already in the graph and unchanged (or a seeded firm).' }),
    skip: t.exposeInt('skip'),
    errors: t.exposeInt('errors', { description: 'Records with an error (skipped).' }),
    review: t.exposeInt('review', { description: 'Uncertain matches created as separate firms, for a person to decide.' }),
    relationships: t.exposeInt('relationships'),
  }),
});

export const IssueRef = builder.objectRef<ImportIssue>('ImportIssue').implement({
  description: 'An error in one record: its line, key (stock code), field and what is wrong.',
  fields: (t) => ({
    line: t.exposeInt('line'),
    key: t.string({ nullable: true, resolve: (i) => i.key || null }),
    field: t.exposeString('field'),
    message: t.exposeString('message'),
  }),
});

const CandidateRef = builder.objectRef<ReviewItem['candidates'][number]>('ImportMatchCandidate').implement({
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name'), why: t.exposeString('why') }),
});

export const ReviewRef = builder.objectRef<ReviewItem>('ImportReviewItem').implement({
  description: 'An uncertain match: never merged; a person decides.',
  fields: (t) => ({
    line: t.exposeInt('line'),
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    decision: t.exposeString('decision'),
    candidates: t.field({ type: [CandidateRef], resolve: (r) => r.candidates }),
  }),
});

const TallyRef = builder.objectRef<{ reason: string; count: number; lines: number[] }>('ImportTally').implement({
  fields: (t) => ({
    reason: t.exposeString('reason'),
    count: t.exposeInt('count'),
    lines: t.exposeIntList('lines', { description: 'The first lines.' }),
  }),
});

const ReportRef = builder.objectRef<ImportResult>('ImportReport').implement({
  description: 'The plan of an import (dry run) or what a commit did.',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun'),
    batchId: t.string({
      nullable: true,
      description: 'The batch recorded (null for a dry run, or when nothing changed).',
      resolve: (r) => r.batchId,
    }),
    source: t.exposeString('source'),
    counts: t.field({ type: CountsRef, resolve: (r) => r.counts }),
    errors: t.field({ type: [IssueRef], resolve: (r) => r.errors }),
    review: t.field({ type: [ReviewRef], resolve: (r) => r.review }),
    skips: t.field({ type: [TallyRef], resolve: (r) => r.skips }),
    matches: t.field({ type: [TallyRef], resolve: (r) => r.matches }),
    ms: t.float({ resolve: (r) => Math.round(r.ms) }),
  }),
});

const BatchRef = builder.objectRef<ImportBatchInfo>('ImportBatch').implement({
  description: 'One committed import: who, when, from what, its counts; undone as a whole, or partly (onlySafe).',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind'),
    source: t.exposeString('source'),
    who: t.exposeString('who'),
    at: t.exposeString('at'),
    status: t.exposeString('status', {
      description: `One of ${importBatchStatuses.values.join(', ')}: partlyUndone when an undo with onlySafe kept records a later change touched.`,
    }),
    kept: t.int({
      nullable: true,
      description: 'Records a partial undo kept (status partlyUndone), else null.',
      resolve: (b) => (b.kept == null ? null : Number(b.kept)),
    }),
    counts: t.field({
      type: CountsRef,
      resolve: (b) => ({ read: 0, create: 0, update: 0, match: 0, skip: 0, errors: 0, review: 0, relationships: 0, ...b.counts }),
    }),
    undoneBy: t.string({ nullable: true, resolve: (b) => b.undoneBy ?? null }),
    undoneAt: t.string({ nullable: true, resolve: (b) => b.undoneAt ?? null }),
  }),
});

const UndoneRecordRef = builder.objectRef<UndoneRecord>('ImportUndoneRecord').implement({
  description: 'A record an undo took back.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ nullable: true, resolve: (r) => r.name }),
    label: t.string({ nullable: true, resolve: (r) => r.label }),
    action: t.exposeString('action', { description: 'deleted (the batch created it) or restored (put back as it was).' }),
  }),
});

export const KeptRecordRef = builder.objectRef<KeptRecord>('ImportKeptRecord').implement({
  description: 'A record an undo kept because a later change touched it: which change, who made it, when, on which fields.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ nullable: true, resolve: (r) => r.name }),
    label: t.string({ nullable: true, resolve: (r) => r.label }),
    reason: t.exposeString('reason', {
      description: 'edited (its fields changed since), rewritten (a later import in force), linked (a record linked to it since).',
    }),
    by: t.string({ nullable: true, description: 'Who made the later change (from the audit trail).', resolve: (r) => r.by }),
    at: t.string({ nullable: true, resolve: (r) => r.at }),
    fields: t.exposeStringList('fields', { description: 'The fields (or link types) the later change wrote.' }),
    batchId: t.string({
      nullable: true,
      description: 'The later import batch, when an import made the change.',
      resolve: (r) => r.batchId,
    }),
  }),
});

const UndoRef = builder.objectRef<UndoResult>('ImportUndoResult').implement({
  fields: (t) => ({
    batch: t.field({ type: BatchRef, resolve: (u) => u.batch }),
    deleted: t.exposeInt('deleted', { description: 'Nodes the batch created, now deleted.' }),
    restored: t.exposeInt('restored', { description: 'Nodes the batch updated, now as they were.' }),
    unlinked: t.exposeInt('unlinked', { description: 'Links the batch added, now removed.' }),
    undone: t.field({ type: [UndoneRecordRef], description: 'The records taken back (the first 500).', resolve: (u) => u.undone }),
    kept: t.field({
      type: [KeptRecordRef],
      description: 'With onlySafe: the records kept because a later change touched them (the first 500).',
      resolve: (u) => u.kept,
    }),
  }),
});

builder.queryFields((t) => ({
  importBatches: t.field({
    type: [BatchRef],
    description: 'Import batches (who, when, file or data set, counts), newest first. Needs the editor role.',
    args: { limit: t.arg.int({ defaultValue: 50 }) },
    authScopes: { editor: true },
    resolve: (_r, args, ctx) => {
      return listBatches(ctx.db, Math.min(200, Math.max(1, args.limit ?? 50)));
    },
  }),
}));

builder.mutationFields((t) => ({
  importListedCompanies: t.field({
    type: ReportRef,
    description: 'Imports the A-share listed-company data set (LISTED_DATASET_DIR). Dry run unless dryRun is false. Needs the admin role.',
    args: { dryRun: t.arg.boolean({ defaultValue: true }) },
    authScopes: { admin: true },
    resolve: async (_r, args, ctx) => {
      const dir = listedDatasetDir();
      return runImport(ctx.db, new ListedImporter(dir, await loadLookups(dir)), { commit: args.dryRun === false, who: ctx.viewer.name });
    },
  }),
  undoImport: t.field({
    type: UndoRef,
    description:
      'Undoes one import batch as a whole; refused (BAD_USER_INPUT, extensions.reasons naming the records and extensions.records with who changed each, when and which fields) when its records were edited since, rewritten by a later batch or linked since. With onlySafe it undoes every record no later change touched, keeps the others (listed in kept) and marks the batch partlyUndone; undoing it again once those changes are reverted finishes it. Every record and link taken back gets an audit record (Change with undoOf; delete, update or unlink) naming the viewer. Needs the editor role for staff sheets, admin for data sets.',
    args: {
      batchId: t.arg.id({ required: true }),
      onlySafe: t.arg.boolean({
        defaultValue: false,
        description: 'Undo only the records no later change touched and keep the others, instead of refusing.',
      }),
    },
    authScopes: { editor: true },
    resolve: async (_r, args, ctx) => {
      // Staff sheets are the editors' own; a data-set import (listed companies) stays the admins'.
      if (!String(args.batchId).startsWith('imp-sheet-') && !hasRole(ctx.viewer, 'admin')) throw roleRefusal(true, 'admin');
      try {
        // Each record taken back gets its audit record, naming the viewer (docs/import.md).
        return await undoBatch(ctx.db, String(args.batchId), ctx.viewer.name, {
          onlySafe: args.onlySafe === true,
          audit: { by: ctx.viewer.name, byUserId: ctx.viewer.userId },
        });
      } catch (e) {
        if (e instanceof UndoRefusedError) throw badUserInput(e.message, { reasons: e.reasons, records: e.records.slice(0, 50) });
        throw e;
      }
    },
  }),
}));
