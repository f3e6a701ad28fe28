// The planning half of the pipeline: read (streaming) → validate each record (zod) → resolve
// (the importer) → a plan per chunk of `batchSize` records, handed to `onPlans` (the commit
// writes it; a dry run only counts). Only counts, errors, review items, a bounded sample of
// skips and matches and the first rows of the plan are kept, so memory does not grow with the
// number of records.
import type { Tx } from '../db/executor.js';
import type { Importer, ImportCounts, ImportIssue, ImportOptions, ImportResult, Planned, PlanRow, ReviewItem } from './pipeline.js';

const sampleLines = 20;

/** A commit refused because the plan has errors or undecided matches: nothing was written. */
export class ImportRefused extends Error {
  constructor(readonly result: ImportResult) {
    super(`Import refused: ${result.counts.errors} row(s) with errors, ${result.review.length} undecided match(es); nothing was written`);
    this.name = 'ImportRefused';
  }
}

export type PlanSummary = Pick<ImportResult, 'counts' | 'errors' | 'review' | 'skips' | 'matches' | 'rows'>;

/** Relationships a plan would write (what a dry run reports). */
export const plannedRelationships = (plans: Planned[]) =>
  plans.reduce((n, p) => n + (p.action === 'create' || p.action === 'update' ? (p.write?.rels.length ?? 0) + (p.link ? 1 : 0) : 0), 0);

function tally(list: Map<string, { count: number; lines: number[] }>, reason: string, line: number) {
  const t = list.get(reason) ?? { count: 0, lines: [] };
  t.count++;
  if (t.lines.length < sampleLines) t.lines.push(line);
  list.set(reason, t);
}

/**
 * Plans every record in `tx` (lookups and matching read the graph through it) and hands each
 * resolved chunk to `onPlans`, which returns how many relationships it wrote or would write.
 */
export async function planImport<R>(
  tx: Tx,
  importer: Importer<R>,
  opts: Pick<ImportOptions, 'batchSize' | 'keepRows' | 'onProgress'>,
  onPlans: (plans: Planned[]) => Promise<number>,
): Promise<PlanSummary> {
  const batchSize = opts.batchSize ?? 500;
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
    counts.relationships += await onPlans(plans);
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
  return { counts, errors, review, skips: toList(skips), matches: toList(matches), ...(rows ? { rows } : {}) };
}
