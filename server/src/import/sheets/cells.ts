// A sheet row's cells → a typed record, with the same zod bounds and vocabularies as the seeds
// and the editor (domain/bounds.ts, domain/vocabulary.ts, edit/inputs.ts). Cells come as text or
// numbers (read.ts); each type first turns what staff type (1,200 / 2024年3月 / 2024/3/5 / 已签约
// / 研究院) into the stored form, then the shared schema checks it, so a message names the field.
// Park, segment and chain names stay text here: they are looked up in the graph (importer.ts).
import { z } from 'zod';
import { AreaMu, LIMITS, LongText, Name } from '../../domain/bounds.js';
import { institutionKinds, projectStatuses } from '../../domain/vocabulary.js';
import { PartialDate } from '../../edit/inputs.js';
import { columns, type CellType, type Column, type SheetKind } from './columns.js';
import type { Cell } from './read.js';

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const asText = (v: unknown) => (blank(v) ? undefined : String(v).normalize('NFKC').trim());

/** "1,200", "１２.５", 12.5 → a number; anything else stays as it is so zod names it. */
function toNumber(v: unknown): unknown {
  if (blank(v)) return undefined;
  if (typeof v === 'number') return v;
  const s = String(v).normalize('NFKC').replace(/[,\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : v;
}

/** 2024 / 2024-3 / 2024/03/05 / 2024.3.5 / 2024年3月5日 → YYYY[-MM[-DD]]; else as it is. */
export function toPartialDate(v: unknown): unknown {
  if (blank(v)) return undefined;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  const s = String(v).normalize('NFKC').trim();
  const m = /^(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月)?)?\s*年?$/.exec(s);
  if (!m) return s;
  return [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
}

const listSplit = /[;；、,，\n]/;

/** Vocabulary values by caption and by what staff write for them. */
function vocabularyLookup(
  vocab: { values: readonly string[]; captions: Readonly<Record<string, string | null>> },
  extra: Record<string, string>,
) {
  const byName = new Map<string, string>();
  for (const v of vocab.values) {
    byName.set(v, v);
    if (vocab.captions[v]) byName.set(vocab.captions[v], v);
    for (const c of (vocab.captions[v] ?? '').split(/[/（）()]/)) if (c.trim()) byName.set(c.trim(), v);
  }
  for (const [k, v] of Object.entries(extra)) byName.set(k, v);
  return (v: unknown) => {
    const s = asText(v);
    return s === undefined ? undefined : (byName.get(s) ?? byName.get(s.toLowerCase()) ?? s);
  };
}

// What staff write for a stage besides the captions (已签约, 在建 …).
const stageOf = vocabularyLookup(projectStatuses, {
  谋划: 'planned',
  待落地: 'planned',
  签约: 'signed',
  资金到位: 'funds_arriving',
  开工: 'construction',
  建设中: 'construction',
  封顶: 'topped_out',
  投产: 'in_production',
  达产: 'full_capacity',
  建成: 'completed',
  竣工: 'completed',
});
const kindOf = vocabularyLookup(institutionKinds, {
  研究院: 'research_institute',
  研究所: 'research_institute',
  高校: 'university',
  学院: 'college',
});

const captionsOf = (vocab: { values: readonly string[]; captions: Readonly<Record<string, string | null>> }) =>
  vocab.values.map((v) => vocab.captions[v] ?? v).join('、');

/** A cell holding a list (products, segments, chains): split on the list separators, blanks dropped. */
const listCell = (tooLong?: string) =>
  z.preprocess(
    (v) =>
      asText(v)
        ?.split(listSplit)
        .map((s) => s.trim())
        .filter(Boolean),
    z.array(Name).max(LIMITS.listItems, tooLong).optional(),
  );

const cellSchemas: Record<CellType, z.ZodType> = {
  text: z.preprocess(asText, Name.optional()),
  park: z.preprocess(asText, Name.optional()),
  number: z.preprocess(toNumber, z.number({ message: 'not a number' }).pipe(AreaMu).optional()),
  date: z.preprocess(toPartialDate, PartialDate.optional()),
  list: listCell(`at most ${LIMITS.listItems} items`),
  segments: listCell(),
  chains: listCell(),
  stage: z.preprocess(
    stageOf,
    z.enum(projectStatuses.values, { message: `not a stage; write one of ${captionsOf(projectStatuses)}` }).optional(),
  ),
  institutionKind: z.preprocess(
    kindOf,
    z.enum(institutionKinds.values, { message: `not a kind of institution; write one of ${captionsOf(institutionKinds)}` }).optional(),
  ),
};

// Notes may be long; money has its own bound.
const special: Record<string, z.ZodType> = {
  note: z.preprocess(asText, LongText.optional()),
  basis: z.preprocess(asText, LongText.optional()),
  investmentYi: z.preprocess(
    toNumber,
    z.number({ message: 'not a number' }).min(0, 'must not be negative').max(1e5, 'at most 100000 亿元').optional(),
  ),
};

function schemaOf(c: Column): z.ZodType {
  const s = special[c.key] ?? cellSchemas[c.type];
  return c.required ? s.refine((v) => v !== undefined, { message: 'required: this cell is empty' }) : s;
}

/** The zod schema of one kind's row (keys as in columns.ts; absent columns are undefined). */
export function rowSchema(kind: SheetKind) {
  return z.object(Object.fromEntries(columns[kind].map((c) => [c.key, schemaOf(c)]))) as z.ZodType<SheetRecord>;
}

export type SheetRecord = Record<string, string | number | string[] | undefined>;
export type RowCells = Record<string, Cell>;
