// The span of dated evidence behind a chain's statuses in a scope: what a year slider can
// usefully replay. Before the earliest date nothing local is known, so every year looks alike.
import { isPartialDate } from './partial-dates.js';
import type { EnterpriseEvidenceRow, ProjectEvidenceRow } from './gap.js';
import { stageDates } from './project-stage.js';

export interface DateRange {
  /** Earliest stated date (YYYY, YYYY-MM or YYYY-MM-DD). */
  earliest: string;
  latest: string;
}

const projectDateProps = [...stageDates.map(([prop]) => prop), 'lostOn', 'statusAsOf'];
// Partial ISO dates compare correctly as strings ('2019-12' < '2020' < '2020-03').
const isDate = (v: unknown): v is string => typeof v === 'string' && isPartialDate(v);

/**
 * Enterprise dates (founded, else the earliest source citing them) and project lifecycle dates;
 * null when none is stated.
 */
export function evidenceDateRange(
  enterprises: readonly EnterpriseEvidenceRow[],
  projects: readonly ProjectEvidenceRow[],
): DateRange | null {
  const dates = [...enterprises.map((e) => e.evidenceDate), ...projects.flatMap((p) => projectDateProps.map((k) => p.project[k]))].filter(
    isDate,
  );
  if (dates.length === 0) return null;
  dates.sort();
  return { earliest: dates[0]!, latest: dates[dates.length - 1]! };
}
