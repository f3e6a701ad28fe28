// Staff sheets through the API (editor role): a dry run of an uploaded .xlsx/.csv (multipart
// upload, graphql-yoga's File scalar), the commit of the same file with the user's decisions on
// uncertain matches (all or nothing), and the audit trail filtered by user, record, park, batch
// and days. Batches are listed and undone through imports.ts.
import { builder } from '../builder.js';
import { badUserInput, graphqlError } from '../errors.js';
import { importMaxBytes } from '../limits/input-bounds.js';
import { ImportBusyError } from '../import/commit.js';
import { readAuditLog } from '../edit/audit-log.js';
import { ImportRefused, runImport, type ImportResult, type PlanRow } from '../import/pipeline.js';
import { SheetImporter, type SheetUpload } from '../import/sheets/importer.js';
import { columns, type Column, type SheetKind } from '../import/sheets/columns.js';
import { CountsRef, IssueRef, ReviewRef } from './imports.js';
import { ChangeRef } from './mutations/edit-types.js';

/** Rows of the plan the report carries (errors and counts are always whole). */
export const planRowsShown = 500;

builder.scalarType('File', {
  description: 'An uploaded file (multipart request, GraphQL multipart request spec).',
  serialize: () => {
    throw new Error('File is an input only');
  },
});

const KindEnum = builder.enumType('SheetKind', {
  values: {
    ENTERPRISES: { value: 'enterprises', description: '企业' },
    PROJECTS: { value: 'projects', description: '项目' },
    INSTITUTIONS: { value: 'institutions', description: '机构' },
    SUPPLY: { value: 'supply', description: '供应关系' },
  } as const,
});

const EncodingEnum = builder.enumType('SheetEncoding', {
  description: 'The text encoding of a CSV file; unset: detected (UTF-8 with or without BOM, else GB18030/GBK).',
  values: { UTF_8: { value: 'utf-8' }, GB18030: { value: 'gb18030' } } as const,
});

const DecisionInput = builder.inputType('ImportDecisionInput', {
  description: 'The answer to an uncertain match on a line: "new", "skip", or the id of the candidate it is.',
  fields: (t) => ({ line: t.int({ required: true }), choice: t.string({ required: true }) }),
});

const MappingInput = builder.inputType('ImportColumnMappingInput', {
  description: 'A sheet header the template does not know, mapped to a column key ("" ignores the column).',
  fields: (t) => ({ header: t.string({ required: true }), field: t.string({ required: true }) }),
});

const ChangeFieldRef = builder.objectRef<PlanRow['changes'][number]>('ImportFieldChange').implement({
  fields: (t) => ({
    field: t.exposeString('field'),
    before: t.field({ type: 'JSON', nullable: true, resolve: (c) => c.before ?? null }),
    after: t.field({ type: 'JSON', nullable: true, resolve: (c) => c.after ?? null }),
  }),
});

const RowRef = builder.objectRef<PlanRow>('ImportPlanRow').implement({
  description: 'One row of the plan: what happens to it (create, update, match, skip), why, and what changes.',
  fields: (t) => ({
    line: t.exposeInt('line'),
    name: t.exposeString('name'),
    action: t.exposeString('action', { description: 'create, update, match or skip.' }),
    reason: t.string({ nullable: true, resolve: (r) => r.reason }),
    targetId: t.string({ nullable: true, resolve: (r) => r.targetId }),
    changes: t.field({ type: [ChangeFieldRef], resolve: (r) => r.changes }),
    errors: t.field({ type: [IssueRef], resolve: (r) => r.errors }),
  }),
});

type SheetReport = ImportResult & { refused: boolean; encoding: string | null; sheetKind: SheetKind; unknownHeaders: string[] };

const ColumnRef = builder.objectRef<Column>('SheetColumn').implement({
  description: 'A column of the template of a kind: what a sheet header may be mapped to.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The column key a mapping names (ImportColumnMappingInput.field).' }),
    header: t.string({ description: 'The Chinese header the template writes.', resolve: (c) => c.zh }),
    aliases: t.exposeStringList('aliases', { description: 'Other headers read as this column (English among them).' }),
    required: t.boolean({ resolve: (c) => c.required === true }),
  }),
});

const SheetReportRef = builder.objectRef<SheetReport>('SheetImportReport').implement({
  description: 'The plan of a staff sheet (dry run) or what its commit did; a refused commit wrote nothing.',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun'),
    refused: t.exposeBoolean('refused', { description: 'A commit refused for errors or undecided matches: nothing was written.' }),
    batchId: t.string({ nullable: true, resolve: (r) => r.batchId }),
    kind: t.exposeString('kind'),
    fileName: t.string({ resolve: (r) => r.source }),
    encoding: t.string({ nullable: true, description: 'The CSV encoding read (null for .xlsx).', resolve: (r) => r.encoding }),
    counts: t.field({ type: CountsRef, resolve: (r) => r.counts }),
    errors: t.field({ type: [IssueRef], description: 'Every error, by row and column.', resolve: (r) => r.errors }),
    review: t.field({ type: [ReviewRef], description: 'Uncertain matches waiting for a decision.', resolve: (r) => r.review }),
    rows: t.field({ type: [RowRef], description: `The plan row by row (the first ${planRowsShown}).`, resolve: (r) => r.rows ?? [] }),
    unknownHeaders: t.exposeStringList('unknownHeaders', {
      description:
        'Headers of the sheet, as written, that name no column of the kind: map each (mapping) or ignore it. Empty when every header is known.',
    }),
    columns: t.field({
      type: [ColumnRef],
      description: 'The columns of the kind, in template order: what an unknown header may be mapped to.',
      resolve: (r) => columns[r.sheetKind],
    }),
  }),
});

async function upload(
  file: File,
  kind: SheetKind,
  encoding: SheetUpload['encoding'],
  mapping: Array<{ header: string; field: string }> | null | undefined,
) {
  const max = importMaxBytes();
  if (file.size > max)
    throw graphqlError('UPLOAD_TOO_LARGE', `The file is ${file.size} bytes; at most ${max} (IMPORT_MAX_BYTES).`, { max, got: file.size });
  if (!/\.(xlsx|csv|txt)$/i.test(file.name)) throw badUserInput(`"${file.name}": upload an .xlsx or .csv file`, { field: 'file' });
  return {
    kind,
    fileName: file.name,
    bytes: Buffer.from(await file.arrayBuffer()),
    encoding: encoding ?? null,
    mapping: Object.fromEntries((mapping ?? []).map((m) => [m.header, m.field])),
  } satisfies SheetUpload;
}

async function run(
  up: SheetUpload,
  commit: boolean,
  ctx: { db: Parameters<typeof runImport>[0]; viewer: { name: string; userId: string | null } },
) {
  const importer = new SheetImporter(up);
  const audit = { by: ctx.viewer.name, byUserId: ctx.viewer.userId, reason: `import of ${up.fileName}` };
  try {
    const r = await runImport(ctx.db, importer, { commit, who: ctx.viewer.name, allOrNothing: true, audit, keepRows: planRowsShown });
    return { ...r, refused: false, encoding: importer.encoding, sheetKind: up.kind, unknownHeaders: importer.unknownHeaders };
  } catch (e) {
    if (e instanceof ImportRefused)
      return { ...e.result, refused: true, encoding: importer.encoding, sheetKind: up.kind, unknownHeaders: importer.unknownHeaders };
    if (e instanceof ImportBusyError) throw graphqlError('CONFLICT', e.message);
    throw e;
  }
}

builder.mutationFields((t) => ({
  importDryRun: t.field({
    type: SheetReportRef,
    description: 'Plans the import of an uploaded staff sheet; writes nothing. Needs the editor role.',
    args: {
      kind: t.arg({ type: KindEnum, required: true }),
      file: t.arg({ type: 'File', required: true }),
      encoding: t.arg({ type: EncodingEnum }),
      mapping: t.arg({ type: [MappingInput] }),
    },
    authScopes: { editor: true },
    resolve: async (_r, a, ctx) => run(await upload(a.file, a.kind, a.encoding, a.mapping), false, ctx),
  }),
  importCommit: t.field({
    type: SheetReportRef,
    description:
      'Imports an uploaded staff sheet as one batch, with the decisions on uncertain matches; all or nothing (refused: nothing written). Needs the editor role.',
    args: {
      kind: t.arg({ type: KindEnum, required: true }),
      file: t.arg({ type: 'File', required: true }),
      encoding: t.arg({ type: EncodingEnum }),
      mapping: t.arg({ type: [MappingInput] }),
      decisions: t.arg({ type: [DecisionInput] }),
    },
    authScopes: { editor: true },
    resolve: async (_r, a, ctx) =>
      run({ ...(await upload(a.file, a.kind, a.encoding, a.mapping)), decisions: a.decisions ?? [] }, true, ctx),
  }),
}));

const maxAudit = 200;

builder.queryField('auditLog', (t) =>
  t.field({
    type: [ChangeRef],
    description: `Changes across the graph, newest first, filtered by user, record, park (its records too), import batch and days (YYYY-MM-DD, inclusive). At most ${maxAudit}. Needs the editor role.`,
    args: {
      by: t.arg.string(),
      targetId: t.arg.id(),
      parkId: t.arg.id(),
      batchId: t.arg.string(),
      from: t.arg.string(),
      to: t.arg.string(),
      first: t.arg.int({ defaultValue: 50 }),
    },
    authScopes: { editor: true },
    resolve: async (_r, a, ctx) => {
      const rows = await readAuditLog(ctx.db, { ...a, first: Math.max(1, Math.min(a.first ?? 50, maxAudit)) });
      return rows;
    },
  }),
);
