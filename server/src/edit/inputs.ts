// zod schemas for every editor input. GraphQL already checks types and enum values; these add
// what GraphQL cannot say: non-empty trimmed text, date and id formats, non-negative amounts,
// "an inferred link says its basis". Update inputs are partial: an absent field stays as it is,
// null removes an optional property (a required one cannot be removed).
import { z } from 'zod';

const idPattern = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
export const Slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'use lower-case letters, digits and "-" (e.g. "fulede-2")');
export const Id = z.string().trim().min(1, 'give an id').regex(idPattern, 'not an id of this graph');

/** A date as precise as the document gives it: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export const PartialDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((d) => d.length < 10 || !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'no such day');
const Text = z.string().trim().min(1, 'must not be empty');
const TextList = z.array(Text);
/** Amounts of money, land and floor area: a number ≥ 0 (CNY; 1 亿元 = 1e8). */
const Amount = z.number().finite('must be a finite number').min(0, 'must not be negative');

const qualifier = z.enum(['exact', 'about', 'over', 'at_least', 'under', 'target', 'expected']);
const enterpriseRole = z.enum([
  'anchor', 'leading', 'little_giant', 'provincial_little_giant', 'hidden_champion', 'listed', 'high_tech', 'above_scale', 'supporting',
]);
export const projectStatus = z.enum([
  'planned', 'signed', 'funds_arriving', 'construction', 'topped_out', 'trial_production', 'in_production', 'full_capacity', 'completed', 'lost',
]);
const institutionKind = z.enum(['research_institute', 'university', 'college', 'technical_school', 'industry_college', 'innovation_center', 'bank']);

/** Optional on create; on update also nullable (null = remove). */
const opt = <T extends z.ZodType>(t: T) => t.nullish();

const enterpriseFields = {
  nameEn: opt(Text),
  shortName: opt(Text),
  aliases: opt(TextList),
  roles: opt(z.array(enterpriseRole)),
  founded: opt(PartialDate),
  products: opt(TextList),
  note: opt(Text),
};
export const CreateEnterprise = z.object({ slug: opt(Slug), name: Text, parkId: opt(Id), ...enterpriseFields });
export const UpdateEnterprise = z.object({ name: Text.optional(), ...enterpriseFields });

/** A project's designed yearly output; value > 0 in its unit (GW, 万片/年, 台套/年 …). */
const CapacityInput = z.object({
  product: Text,
  value: z.number().finite('must be a finite number').positive('must be more than 0'),
  unit: Text,
  qualifier: qualifier.nullish().transform((q) => q ?? 'exact'),
});
/** The whole list of a project's capacities; a product is named once per unit (that is its id). */
const Capacities = z.array(CapacityInput).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((c, i) => {
    const key = `${c.product}\u0000${c.unit}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'product'], message: 'this product is already listed in this unit' });
    seen.add(key);
  });
});
export type CapacityValue = z.infer<typeof CapacityInput>;

const projectFields = {
  capacities: Capacities.nullish(),
  nameEn: opt(Text),
  investorName: opt(Text),
  phase: opt(Text),
  investmentCny: opt(Amount),
  investmentQualifier: opt(qualifier),
  landMu: opt(Amount),
  landM2: opt(Amount),
  floorAreaM2: opt(Amount),
  annualOutputCny: opt(Amount),
  plannedStartOn: opt(PartialDate),
  plannedCompletionOn: opt(PartialDate),
  plannedProductionOn: opt(PartialDate),
  note: opt(Text),
};
export const CreateProject = z.object({
  slug: opt(Slug),
  name: Text,
  parkId: opt(Id),
  investorId: opt(Id),
  ...projectFields,
});
export const UpdateProject = z.object({ name: Text.optional(), ...projectFields });

export const MoveStatus = z.object({
  id: Id,
  status: projectStatus,
  date: PartialDate,
  reason: opt(Text),
});

const institutionFields = {
  nameEn: opt(Text),
  status: opt(z.enum(['operating', 'planned'])),
  established: opt(PartialDate),
  note: opt(Text),
};
export const CreateInstitution = z.object({ slug: opt(Slug), name: Text, kind: institutionKind, parkId: opt(Id), ...institutionFields });
export const UpdateInstitution = z.object({ name: Text.optional(), kind: institutionKind.optional(), ...institutionFields });

/** What every edit may carry: why, and the source it cites (else it is "entered by hand"). */
export const EditMeta = z.object({ reason: opt(Text), source: opt(Id) });

export const Link = z
  .object({ fromId: Id, toId: Id, inferred: z.boolean().nullish(), basis: opt(Text) })
  .refine((l) => !l.inferred || !!l.basis, { message: 'an inferred link must say its basis', path: ['basis'], params: { code: 'REQUIRED' } });
export const Unlink = z.object({ fromId: Id, toId: Id });

/** Keys of an update input whose null means "remove"; name and kind cannot be removed. */
export const requiredOnUpdate = new Set(['name', 'kind']);
