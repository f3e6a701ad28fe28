// zod schemas for every editor input. GraphQL already checks types and enum values; these add
// what GraphQL cannot say: non-empty trimmed text, date and id formats, non-negative amounts,
// "an inferred link says its basis". Update inputs are partial: an absent field stays as it is,
// null removes an optional property (a required one cannot be removed).
import { z } from 'zod';
import { enterpriseRoles, institutionKinds, institutionStatuses, projectStatuses, qualifiers } from '../domain/vocabulary.js';
import { AreaM2, AreaMu, Cny, FigureValue, LIMITS, PartialDate as BoundedDate, text } from '../domain/bounds.js';

// Lengths, ranges and years come from domain/bounds.ts, the same schemas the seed files use.
const idPattern = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
export const Slug = z
  .string()
  .trim()
  .max(LIMITS.idLength - 3, `at most ${LIMITS.idLength - 3} characters`)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'use lower-case letters, digits and "-" (e.g. "fulede-2")');
export const Id = z
  .string()
  .trim()
  .min(1, 'give an id')
  .max(LIMITS.idLength, `at most ${LIMITS.idLength} characters`)
  .regex(idPattern, 'not an id of this graph');

/** A date as precise as the document gives it: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (a real day). */
export const PartialDate = z
  .string()
  .trim()
  .pipe(BoundedDate)
  .refine(
    (d) => d.length < 10 || (!Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d)),
    'no such day',
  );
/** A date that has happened: founding and establishment years cannot be in the future. */
const PastDate = PartialDate.refine((d) => Number(d.slice(0, 4)) <= new Date().getUTCFullYear(), 'must not be in the future');
const Text = text(LIMITS.nameLength);
const LongText = text(LIMITS.textLength);
const TextList = z.array(Text).max(LIMITS.listItems, `at most ${LIMITS.listItems} items`);

const qualifier = qualifiers.zod;
const enterpriseRole = enterpriseRoles.zod;
export const projectStatus = projectStatuses.zod;
const institutionKind = institutionKinds.zod;

/** Optional on create; on update also nullable (null = remove). */
const opt = <T extends z.ZodType>(t: T) => t.nullish();

const enterpriseFields = {
  nameEn: opt(Text),
  shortName: opt(Text),
  aliases: opt(TextList),
  roles: opt(z.array(enterpriseRole).max(LIMITS.listItems, `at most ${LIMITS.listItems} items`)),
  founded: opt(PastDate),
  products: opt(TextList),
  note: opt(LongText),
};
export const CreateEnterprise = z.object({ slug: opt(Slug), name: Text, parkId: opt(Id), ...enterpriseFields });
export const UpdateEnterprise = z.object({ name: Text.optional(), ...enterpriseFields });

/** A project's designed yearly output; value > 0 in its unit (GW, 万片/年, 台套/年 …). */
const CapacityInput = z.object({
  product: Text,
  value: FigureValue.refine((v) => v > 0, 'must be more than 0'),
  unit: Text,
  qualifier: qualifier.nullish().transform((q) => q ?? 'exact'),
});
/** The whole list of a project's capacities; a product is named once per unit (that is its id). */
const Capacities = z
  .array(CapacityInput)
  .max(LIMITS.listItems, `at most ${LIMITS.listItems} items`)
  .superRefine((list, ctx) => {
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
  investmentCny: opt(Cny),
  investmentQualifier: opt(qualifier),
  landMu: opt(AreaMu),
  landM2: opt(AreaM2),
  floorAreaM2: opt(AreaM2),
  annualOutputCny: opt(Cny),
  plannedStartOn: opt(PartialDate),
  plannedCompletionOn: opt(PartialDate),
  plannedProductionOn: opt(PartialDate),
  note: opt(LongText),
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
  reason: opt(LongText),
});

const institutionFields = {
  nameEn: opt(Text),
  status: opt(institutionStatuses.zod),
  established: opt(PastDate),
  note: opt(LongText),
};
export const CreateInstitution = z.object({ slug: opt(Slug), name: Text, kind: institutionKind, parkId: opt(Id), ...institutionFields });
export const UpdateInstitution = z.object({ name: Text.optional(), kind: institutionKind.optional(), ...institutionFields });

/** What every edit may carry: why, and the source it cites (else it is "entered by hand"). */
export const EditMeta = z.object({ reason: opt(LongText), source: opt(Id) });

export const Link = z
  .object({ fromId: Id, toId: Id, inferred: z.boolean().nullish(), basis: opt(LongText) })
  .refine((l) => !l.inferred || !!l.basis, {
    message: 'an inferred link must say its basis',
    path: ['basis'],
    params: { code: 'REQUIRED' },
  });
export const Unlink = z.object({ fromId: Id, toId: Id });

/** Keys of an update input whose null means "remove"; name and kind cannot be removed. */
export const requiredOnUpdate = new Set(['name', 'kind']);
