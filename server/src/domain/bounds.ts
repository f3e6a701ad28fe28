// The sane bounds of every value the graph stores, as zod schemas shared by the seed files
// (seed/schema.ts), the editor inputs (edit/inputs.ts) and GraphQL arguments (schema/), so a
// name, an amount or a date is checked the same way wherever it comes in. Each message names
// the limit, and the caller names the field.
import { z } from 'zod';

export const LIMITS = {
  /** Names, short names, aliases, products, units, phases, titles (the longest seeded name is 82). */
  nameLength: 200,
  /** Notes, descriptions, reasons, bases (the longest seeded note is 244). */
  textLength: 2000,
  /** Items in a list input: aliases, products, roles, capacities. */
  listItems: 50,
  /** Money in CNY: 10 万亿 (1e13); the largest seeded investment is 1.2e10. */
  maxCny: 1e13,
  /** Areas in m² (1e10 m² = 10,000 km²) and in mu. */
  maxAreaM2: 1e10,
  maxAreaMu: 1.5e7,
  /** A stated figure or capacity (any unit); the largest seeded figure is 2e11. */
  maxFigure: 1e15,
  /** Dates: years from 1800 to 2100. */
  minYear: 1800,
  maxYear: 2100,
  /** Ids and slugs. */
  idLength: 100,
} as const;

const idPattern = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
export const Id = z
  .string()
  .max(LIMITS.idLength, `at most ${LIMITS.idLength} characters`)
  .regex(idPattern, 'ids are lower-case letters, digits, "." and "-"');

/** Non-empty trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);
export const Name = text(LIMITS.nameLength);
export const LongText = text(LIMITS.textLength);
export const NameList = z.array(Name).max(LIMITS.listItems, `at most ${LIMITS.listItems} items`);

const datePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A date as precise as the document states it (YYYY, YYYY-MM or YYYY-MM-DD), years 1800-2100. */
export const PartialDate = z
  .string()
  .regex(datePattern, { message: 'dates are YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine(
    (d) => {
      const year = Number(d.slice(0, 4));
      return year >= LIMITS.minYear && year <= LIMITS.maxYear;
    },
    { message: `years from ${LIMITS.minYear} to ${LIMITS.maxYear}`, abort: true },
  );

/** A non-negative finite number up to `max` (CNY, m², mu …). */
export const amount = (max: number) =>
  z.number().finite('must be a finite number').min(0, 'must not be negative').max(max, `at most ${max.toExponential()}`);
export const Cny = amount(LIMITS.maxCny);
export const AreaM2 = amount(LIMITS.maxAreaM2);
export const AreaMu = amount(LIMITS.maxAreaMu);
export const FigureValue = z
  .number()
  .finite('must be a finite number')
  .min(-LIMITS.maxFigure, `at least -${LIMITS.maxFigure.toExponential()}`)
  .max(LIMITS.maxFigure, `at most ${LIMITS.maxFigure.toExponential()}`);
