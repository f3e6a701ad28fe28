// The shape of a seed file. Every record names the source documents it comes from (`cite`),
// and anything a document does not state is simply absent: no field here has a default value
// that could pass for a fact.
import { z } from 'zod';
import {
  enterpriseRoles,
  institutionKinds,
  institutionStatuses,
  parkKinds,
  projectStatuses,
  qualifiers,
  regionLevels,
  sourceKinds,
  stages,
} from '../domain/vocabulary.js';
import { AreaM2, AreaMu, Cny, FigureValue, Id, LIMITS, LongText, Name, NameList, PartialDate } from '../domain/bounds.js';
import { checkCreditCode } from '../import/resolve/credit-code.js';

// Ids, dates, names and amounts are the shared bounded schemas of domain/bounds.ts: the editor
// and the API check the same things.
export { Id, PartialDate };

const Cite = z.array(Id).min(1, 'every record cites at least one source');
/** Names, titles, units: short text. Notes and descriptions: LongText. */
const Text = Name;

/** How a figure relates to its number: the documents say "about", "over", "target" and so on. */
export const Qualifier = qualifiers.zod;

/**
 * Units a figure may be stated in. Money is normalised to CNY (亿元 × 1e8, 万元 × 1e4) or USD;
 * a count keeps the document's measure word.
 */
export const figureUnits = [
  'CNY',
  'USD',
  '%',
  '个百分点',
  'm²',
  'km²',
  '亩',
  'GW',
  '吨',
  '万吨',
  '人',
  '人次',
  '家',
  '个',
  '项',
  '条',
  '次',
  '件',
  '台',
  '台套',
  '套',
  '只',
  '片',
  '幢',
  '位',
] as const;
export const FigureUnit = z.enum(figureUnits, {
  error: (i) => `unknown unit ${JSON.stringify(i.input)} (one of ${figureUnits.join(', ')}; money in CNY, 亿元 × 1e8)`,
});

/** The level a figure is about; it must match the record the figure is filed under. */
export const FigureLevel = z.enum(['province', 'city', 'district', 'county', 'park', 'sub_park']);

/** A period as a date (YYYY, YYYY-MM, YYYY-MM-DD) or a span of two (start/end), e.g. 2022-01/2022-08. */
export const Period = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/,
    'a period is YYYY, YYYY-MM or YYYY-MM-DD, or a span start/end (2022-01/2022-08)',
  );

export const Figure = z.strictObject({
  metric: Text,
  metricEn: Text.optional(),
  value: FigureValue,
  unit: FigureUnit,
  qualifier: Qualifier.default('exact'),
  period: Period.optional(),
  /** Which level the number is about (a city-wide figure is not a park's); checked against the owner. */
  level: FigureLevel.optional(),
  cite: Cite.optional(),
  note: LongText.optional(),
});

/** An enterprise, project or institution linked to a chain or a segment, with how we know it. */
const Mapping = {
  inferred: z.boolean().default(false),
  basis: LongText.optional(),
};
const requireBasisWhenInferred = (m: { inferred: boolean; basis?: string | undefined }) => !m.inferred || !!m.basis;
const basisMessage = { message: 'an inferred mapping must say its basis', path: ['basis'] };

/**
 * fit: only on links derived from an industry classification (申万 → segment, seeds/industries.yaml):
 * exact when the industry is the segment, loose when it only mostly is.
 */
export const Fit = z.enum(['exact', 'loose']);
export const SegmentLink = z.strictObject({ segment: Id, fit: Fit.optional(), ...Mapping }).refine(requireBasisWhenInferred, basisMessage);
export const ChainLink = z
  .strictObject({ chain: Id, anchor: z.boolean().default(false), ...Mapping })
  .refine(requireBasisWhenInferred, basisMessage);

export const Source = z.strictObject({
  id: Id,
  kind: sourceKinds.zod,
  file: Text.optional(),
  title: Text,
  titleEn: Text.optional(),
  publisher: Text.optional(),
  /** A descriptive English rendering of the publisher (pinyin for proper names), for the English UI. */
  publisherEn: Text.optional(),
  author: Text.optional(),
  date: PartialDate.optional(),
  dateApprox: z.boolean().default(false),
  reference: Text.optional(),
  /** Terms of use, for an outside data set. */
  licence: Text.optional(),
  note: LongText.optional(),
});

export const Region = z.strictObject({
  id: Id,
  name: Text,
  nameEn: Text.optional(),
  level: regionLevels.zod,
  parent: Id.optional(),
  /** Regions of the same level that border it (listed once, on either side). */
  neighbours: z.array(Id).optional(),
  figures: z.array(Figure).default([]),
  cite: Cite,
  note: Text.optional(),
});

export const Stage = stages.zod;

export const Segment = z.strictObject({
  id: Id,
  name: Text,
  nameEn: Text.optional(),
  stage: Stage,
  order: z.number().int().min(1),
  parent: Id.optional(),
  products: NameList.optional(),
  cite: Cite.optional(),
  /** The classification or guideline the segment follows (GB/T 4754, Shenwan 2021, a ministry list, a document). */
  basis: Text.optional(),
  note: LongText.optional(),
});

export const Flow = z.strictObject({ from: Id, to: Id, cite: Cite.optional(), note: LongText.optional() });
const FlowPair = z.tuple([Id, Id]);

export const Chain = z.strictObject({
  id: Id,
  /** Template version; a chain with a version has a migration from each earlier version (TemplateMigration). */
  version: z.number().int().min(1).optional(),
  name: Text,
  nameEn: Text.optional(),
  description: LongText.optional(),
  descriptionEn: LongText.optional(),
  cite: Cite,
  segments: z.array(Segment).default([]),
  flows: z.array(z.union([FlowPair, Flow])).default([]),
});

export const ParkChain = z.strictObject({
  chain: Id,
  chainChief: z.strictObject({ chief: Text.optional(), fourHeads: z.boolean().default(false), note: LongText.optional() }).optional(),
  designation: Text.optional(),
  figures: z.array(Figure).optional(),
  note: LongText.optional(),
});

export const Park = z.strictObject({
  id: Id,
  name: Text,
  nameEn: Text.optional(),
  kind: parkKinds.zod,
  level: z.enum(['national', 'provincial', 'municipal']).optional(),
  region: Id.optional(),
  parent: Id.optional(),
  areaKm2: z
    .number()
    .positive()
    .max(LIMITS.maxAreaM2 / 1e6)
    .optional(),
  established: PartialDate.optional(),
  chains: z.array(ParkChain).default([]),
  figures: z.array(Figure).default([]),
  cite: Cite,
  note: LongText.optional(),
});

export const EnterpriseRole = enterpriseRoles.zod;

/** 六位 A-share stock code and the exchange that lists it. */
export const StockCode = z.string().regex(/^\d{6}$/, 'a stock code has six digits (no exchange suffix)');
export const Exchange = z.enum(['SSE', 'SZSE']);
export const CreditCode = z.string().superRefine((v, ctx) => {
  const c = checkCreditCode(v);
  if (!c.ok) ctx.addIssue({ code: 'custom', message: `not a valid unified social credit code: ${c.reason}` });
});

/**
 * An industry of an outside classification (申万 2021, level 3) and the chain segments it maps to:
 * `exact` when the industry is the segment, `loose` when it mostly is; each with a one-line reason.
 * A firm of an industry that maps to ONE segment of a chain is linked to that segment; one that maps
 * to several segments of a chain carries only the industry (a weaker match for targets).
 */
export const Industry = z.strictObject({
  id: Id,
  code: z.string().regex(/^\d{6}$/, 'industry codes have six digits'),
  name: Text,
  nameEn: Text.optional(),
  sector: Text.optional(),
  subsector: Text.optional(),
  segments: z.array(z.strictObject({ segment: Id, fit: Fit, reason: Text, reasonEn: Text.optional() })).default([]),
  cite: Cite,
});

export const Enterprise = z.strictObject({
  id: Id,
  name: Text,
  nameEn: Text.optional(),
  shortName: Text.optional(),
  aliases: NameList.optional(),
  roles: z.array(EnterpriseRole).default([]),
  park: Id.optional(),
  region: Id.optional(),
  founded: PartialDate.optional(),
  stockCode: StockCode.optional(),
  exchange: Exchange.optional(),
  listedOn: PartialDate.optional(),
  creditCode: CreditCode.optional(),
  /** Status marks of the exchange (ST, *ST) on the short name, when listed. */
  statusMarks: z.array(Text).optional(),
  industries: z.array(Id).optional(),
  /** Its parent group, when that group is a separate enterprise in the graph. */
  subsidiaryOf: z.array(z.strictObject({ enterprise: Id, ...Mapping }).refine(requireBasisWhenInferred, basisMessage)).optional(),
  segments: z.array(SegmentLink).default([]),
  chains: z.array(ChainLink).default([]),
  suppliesTo: z.array(z.strictObject({ enterprise: Id, ...Mapping }).refine(requireBasisWhenInferred, basisMessage)).default([]),
  products: NameList.optional(),
  figures: z.array(Figure).default([]),
  cite: Cite,
  note: LongText.optional(),
});

export const ProjectStatus = projectStatuses.zod;

export const ProjectDates = z.strictObject({
  signed: PartialDate.optional(),
  fundsArrived: PartialDate.optional(),
  started: PartialDate.optional(),
  toppedOut: PartialDate.optional(),
  trialProduction: PartialDate.optional(),
  inProduction: PartialDate.optional(),
  fullCapacity: PartialDate.optional(),
  completed: PartialDate.optional(),
  lost: PartialDate.optional(),
  plannedStart: PartialDate.optional(),
  plannedCompletion: PartialDate.optional(),
  plannedProduction: PartialDate.optional(),
});

export const Capacity = z.strictObject({
  product: Text,
  productEn: Text.optional(),
  value: FigureValue.refine((v) => v > 0, 'must be more than 0'),
  unit: Text,
  qualifier: Qualifier.default('exact'),
  note: LongText.optional(),
});

export const Project = z.strictObject({
  id: Id,
  name: Text,
  nameEn: Text.optional(),
  investor: Id.optional(),
  investorName: Text.optional(),
  park: Id.optional(),
  region: Id.optional(),
  phaseOf: Id.optional(),
  phase: Text.optional(),
  segments: z.array(SegmentLink).default([]),
  chains: z.array(ChainLink).default([]),
  investmentCny: Cny.positive().optional(),
  investmentQualifier: Qualifier.optional(),
  landMu: AreaMu.positive().optional(),
  /** How landMu / landM2 relate to the text ("千亩" is a size class, not an exact area). */
  landQualifier: Qualifier.optional(),
  landM2: AreaM2.positive().optional(),
  floorAreaM2: AreaM2.positive().optional(),
  annualOutputCny: Cny.positive().optional(),
  annualOutputQualifier: Qualifier.optional(),
  capacity: z.array(Capacity).default([]),
  status: ProjectStatus.optional(),
  statusAsOf: PartialDate.optional(),
  statusInferred: z.boolean().default(false),
  dates: ProjectDates.default({}),
  cite: Cite,
  note: LongText.optional(),
});

export const Institution = z.strictObject({
  id: Id,
  name: Text,
  nameEn: Text.optional(),
  kind: institutionKinds.zod,
  parent: Id.optional(),
  park: Id.optional(),
  region: Id.optional(),
  established: PartialDate.optional(),
  status: institutionStatuses.zod.default('operating'),
  serves: z.array(ChainLink).default([]),
  figures: z.array(Figure).default([]),
  cite: Cite,
  note: LongText.optional(),
});

/** A policy a park issued or applies (产业发展政策), for the park's five lists (五张清单). */
export const Policy = z
  .strictObject({
    id: Id,
    name: Text,
    nameEn: Text.optional(),
    /** Issued by or for a park, or by a city/province government (region): exactly one of the two. */
    park: Id.optional(),
    region: Id.optional(),
    chains: z.array(Id).optional(),
    issued: PartialDate.optional(),
    kind: z.enum(['work_plan', 'support_policy', 'fund', 'strategy', 'regulation', 'promotion_tool']),
    cite: Cite,
    note: LongText.optional(),
  })
  .refine((p) => (p.park === undefined) !== (p.region === undefined), {
    message: 'a policy names exactly one of park or region',
    path: ['park'],
  });

/**
 * A change of a chain's template from one version to the next. `previous` lists every segment id
 * of the old version; `map` sends each old id that the new version no longer has to its new id (or
 * to the segment that now covers it, e.g. its parent). Links of enterprises, projects and edits to
 * an old segment move to the mapped one when the seeds are loaded.
 */
export const TemplateMigration = z.strictObject({
  chain: Id,
  from: z.number().int().min(1),
  to: z.number().int().min(2),
  previous: z.array(Id).min(1, 'list every segment id of the old version'),
  map: z.record(Id, Id).default({}),
  cite: Cite,
  note: Text.optional(),
});

/** One seed file: any subset of the record kinds. Unknown top-level keys are refused. */
export const SeedFile = z.strictObject({
  sources: z.array(Source).optional(),
  regions: z.array(Region).optional(),
  chains: z.array(Chain).optional(),
  industries: z.array(Industry).optional(),
  flows: z.array(Flow.extend({ cite: Cite })).optional(),
  parks: z.array(Park).optional(),
  enterprises: z.array(Enterprise).optional(),
  projects: z.array(Project).optional(),
  institutions: z.array(Institution).optional(),
  policies: z.array(Policy).optional(),
  templateMigrations: z.array(TemplateMigration).optional(),
});

export type SeedFile = z.infer<typeof SeedFile>;
export type SourceRecord = z.infer<typeof Source>;
export type RegionRecord = z.infer<typeof Region>;
export type ChainRecord = z.infer<typeof Chain>;
export type SegmentRecord = z.infer<typeof Segment>;
export type FlowRecord = z.infer<typeof Flow>;
export type ParkRecord = z.infer<typeof Park>;
export type EnterpriseRecord = z.infer<typeof Enterprise>;
export type ProjectRecord = z.infer<typeof Project>;
export type InstitutionRecord = z.infer<typeof Institution>;
export type PolicyRecord = z.infer<typeof Policy>;
export type IndustryRecord = z.infer<typeof Industry>;
export type FigureRecord = z.infer<typeof Figure>;
export type TemplateMigrationRecord = z.infer<typeof TemplateMigration>;
export const recordKinds = [
  'sources',
  'regions',
  'chains',
  'industries',
  'flows',
  'parks',
  'enterprises',
  'projects',
  'institutions',
  'policies',
  'templateMigrations',
] as const;
export type RecordKind = (typeof recordKinds)[number];
