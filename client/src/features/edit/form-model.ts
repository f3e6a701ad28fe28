// The editor forms' values and how they become mutation inputs. Plain TS (no React), so the
// rules that matter — 亿元 → CNY, "only what changed" on update, which input a server error
// belongs to — are tested on their own.
import type {
  CapacityInput,
  CreateEnterpriseInput,
  CreateProjectInput,
  EditEnterpriseQuery,
  EditProjectQuery,
  EnterpriseRole,
  Qualifier,
  UpdateEnterpriseInput,
  UpdateProjectInput,
} from '../../gql/graphql';

export interface Picked {
  id: string;
  name: string;
  nameEn: string | null;
}

export interface EnterpriseValues {
  name: string;
  nameEn: string;
  shortName: string;
  aliases: string;
  founded: string;
  products: string;
  note: string;
  roles: EnterpriseRole[];
  parkId: string;
  segments: Picked[];
}

export type LandUnit = 'mu' | 'm2';

/** One 产能 row as typed; the value stays text until it is sent. */
export interface CapacityRow {
  product: string;
  value: string;
  unit: string;
  qualifier: Qualifier;
}
export const emptyCapacity = (): CapacityRow => ({ product: '', value: '', unit: '', qualifier: 'EXACT' });

export interface ProjectValues {
  name: string;
  nameEn: string;
  phase: string;
  note: string;
  /** 亿元, as typed. */
  investmentYi: string;
  investmentQualifier: Qualifier | '';
  /** 亿元 per year, as typed. */
  annualOutputYi: string;
  land: string;
  landUnit: LandUnit;
  floorAreaM2: string;
  plannedStartOn: string;
  plannedProductionOn: string;
  plannedCompletionOn: string;
  investor: Picked | null;
  investorName: string;
  parkId: string;
  segments: Picked[];
  capacities: CapacityRow[];
}

/** Why an edit is made: a Source id, or '' for 手工录入 (entered by hand). */
export interface Provenance {
  source: string;
  reason: string;
}

/** A refusal: the server's FieldError code and message, or a check of the form's own. */
export interface FieldIssue {
  code: string;
  message: string;
}

/** Form field → issues; '' holds those that belong to no input. */
export type FormErrors = Record<string, FieldIssue[]>;

export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly kind: 'number' | 'required',
  ) {
    super(`${field}: ${kind === 'number' ? 'not a number' : 'required'}`);
  }
}

const YI = 1e8;

/** 亿元 as typed → CNY; '' → null. Rounded to whole yuan: 1.1 × 1e8 is not exact in floats. */
export function yiToCny(text: string, field = 'investment'): number | null {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return null;
  const n = Number(t);
  if (!Number.isFinite(n)) throw new InputError(field, 'number');
  return Math.round(n * YI);
}

export function cnyToYi(cny: number | null | undefined): string {
  return cny == null ? '' : String(Number((cny / YI).toPrecision(12)));
}

function num(text: string, field: string): number | null {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return null;
  const n = Number(t);
  if (!Number.isFinite(n)) throw new InputError(field, 'number');
  return n;
}

/** A list typed as "a、b, c" (Chinese or Latin separators). */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const opt = (s: string) => (s.trim() === '' ? null : s.trim());
const omitNull = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))) as T;

export const emptyEnterprise = (parkId = ''): EnterpriseValues => ({
  name: '',
  nameEn: '',
  shortName: '',
  aliases: '',
  founded: '',
  products: '',
  note: '',
  roles: [],
  parkId,
  segments: [],
});

export const emptyProject = (parkId = ''): ProjectValues => ({
  name: '',
  nameEn: '',
  phase: '',
  note: '',
  investmentYi: '',
  investmentQualifier: '',
  annualOutputYi: '',
  land: '',
  landUnit: 'mu',
  floorAreaM2: '',
  plannedStartOn: '',
  plannedProductionOn: '',
  plannedCompletionOn: '',
  investor: null,
  investorName: '',
  parkId,
  segments: [],
  capacities: [],
});

export function enterpriseValues(e: NonNullable<EditEnterpriseQuery['enterprise']>): EnterpriseValues {
  return {
    name: e.name,
    nameEn: e.nameEn ?? '',
    shortName: e.shortName ?? '',
    aliases: e.aliases.join('、'),
    founded: e.founded ?? '',
    products: e.products.join('、'),
    note: e.note ?? '',
    roles: [...e.roles],
    parkId: e.park?.id ?? '',
    segments: e.segments.map((s) => s.segment),
  };
}

export function projectValues(p: NonNullable<EditProjectQuery['project']>): ProjectValues {
  const landInM2 = p.landMu == null && p.landM2 != null;
  return {
    name: p.name,
    nameEn: p.nameEn ?? '',
    phase: p.phase ?? '',
    note: p.note ?? '',
    investmentYi: cnyToYi(p.investmentCny),
    investmentQualifier: p.investmentQualifier ?? '',
    annualOutputYi: cnyToYi(p.annualOutputCny),
    land: String((landInM2 ? p.landM2 : p.landMu) ?? ''),
    landUnit: landInM2 ? 'm2' : 'mu',
    floorAreaM2: p.floorAreaM2 == null ? '' : String(p.floorAreaM2),
    plannedStartOn: p.dates.plannedStart ?? '',
    plannedProductionOn: p.dates.plannedProduction ?? '',
    plannedCompletionOn: p.dates.plannedCompletion ?? '',
    investor: p.investor,
    investorName: p.investorName ?? '',
    parkId: p.park?.id ?? '',
    segments: p.segments.map((s) => s.segment),
    capacities: p.capacity.map((c) => ({ product: c.product, value: String(c.value), unit: c.unit, qualifier: c.qualifier })),
  };
}

/** The properties of an enterprise (links go through link mutations), null where empty. */
function enterpriseProps(v: EnterpriseValues): Required<UpdateEnterpriseInput> {
  return {
    name: v.name.trim(),
    nameEn: opt(v.nameEn),
    shortName: opt(v.shortName),
    aliases: splitList(v.aliases),
    founded: opt(v.founded),
    products: splitList(v.products),
    note: opt(v.note),
    roles: v.roles,
  };
}

/** The rows as the server takes them (the whole list); a value is a number > 0 the server checks. */
export function capacityInputs(rows: CapacityRow[]): CapacityInput[] {
  return rows.map((r, i) => {
    const field = `capacities.${i}.value`;
    const value = num(r.value, field);
    if (value === null) throw new InputError(field, 'required');
    return { product: r.product.trim(), value, unit: r.unit.trim(), qualifier: r.qualifier };
  });
}

function projectProps(v: ProjectValues): Required<UpdateProjectInput> {
  const land = num(v.land, 'land');
  return {
    name: v.name.trim(),
    nameEn: opt(v.nameEn),
    phase: opt(v.phase),
    note: opt(v.note),
    investmentCny: yiToCny(v.investmentYi, 'investment'),
    investmentQualifier: v.investmentQualifier || null,
    annualOutputCny: yiToCny(v.annualOutputYi, 'annualOutput'),
    landMu: v.landUnit === 'mu' ? land : null,
    landM2: v.landUnit === 'm2' ? land : null,
    floorAreaM2: num(v.floorAreaM2, 'floorAreaM2'),
    plannedStartOn: opt(v.plannedStartOn),
    plannedProductionOn: opt(v.plannedProductionOn),
    plannedCompletionOn: opt(v.plannedCompletionOn),
    investorName: v.investor ? null : opt(v.investorName),
    capacities: capacityInputs(v.capacities),
  };
}

export function createEnterpriseInput(v: EnterpriseValues): CreateEnterpriseInput {
  return omitNull({ ...enterpriseProps(v), name: v.name.trim(), parkId: v.parkId || null });
}

export function createProjectInput(v: ProjectValues): CreateProjectInput {
  return omitNull({ ...projectProps(v), name: v.name.trim(), parkId: v.parkId || null, investorId: v.investor?.id ?? null });
}

/** Only the properties that differ; a cleared one is sent as null (the server removes it). */
function diff<T extends object>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) out[key] = after[key];
  }
  return out;
}

export function updateEnterpriseInput(before: EnterpriseValues, after: EnterpriseValues): UpdateEnterpriseInput {
  return diff(enterpriseProps(before), enterpriseProps(after));
}

export function updateProjectInput(before: ProjectValues, after: ProjectValues): UpdateProjectInput {
  return diff(projectProps(before), projectProps(after));
}

/** Segment links to add and to remove. */
export function segmentChanges(before: Picked[], after: Picked[]): { add: string[]; remove: string[] } {
  const b = new Set(before.map((s) => s.id));
  const a = new Set(after.map((s) => s.id));
  return { add: [...a].filter((id) => !b.has(id)), remove: [...b].filter((id) => !a.has(id)) };
}

// The server names argument paths (docs/editing.md); the forms name inputs.
const FIELD_OF: Record<string, string> = {
  'input.slug': 'nameEn',
  'input.investmentCny': 'investment',
  'input.annualOutputCny': 'annualOutput',
  'input.landMu': 'land',
  'input.landM2': 'land',
  'input.parkId': 'park',
  'input.investorId': 'investor',
  id: '',
};

/** Which form input a server FieldError belongs to; `link` names the input of a link mutation. */
export function formField(serverField: string, link?: string): string {
  if (link && serverField.startsWith('input.')) return link;
  if (serverField in FIELD_OF) return FIELD_OF[serverField]!;
  return serverField.startsWith('input.') ? serverField.slice('input.'.length) : serverField;
}

export function addError(errors: FormErrors, field: string, issue: FieldIssue): FormErrors {
  return { ...errors, [field]: [...(errors[field] ?? []), issue] };
}

/** Errors of inputs the form does not have go to the form-level list (''). `x.*` names the inputs of repeated rows. */
export function placeErrors(errors: FormErrors, known: readonly string[]): FormErrors {
  const out: FormErrors = {};
  const isKnown = (field: string) =>
    known.some((k) => k === field || (k.endsWith('.*') && field.startsWith(k.slice(0, -1)) && field.length > k.length - 1));
  for (const [field, issues] of Object.entries(errors)) {
    const key = isKnown(field) ? field : '';
    out[key] = [...(out[key] ?? []), ...issues];
  }
  return out;
}
