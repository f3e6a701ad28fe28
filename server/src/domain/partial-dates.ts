// Partial dates ('YYYY', 'YYYY-MM', 'YYYY-MM-DD') as the documents give them, compared safely:
// a partial date is an interval (2023 = 2023-01-01 … 2023-12-31), so "did X happen by asOf?" has
// three answers — yes, no, or unknown when the two intervals overlap.
const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateSpan {
  /** First day, as 'YYYY-MM-DD'. */
  start: string;
  /** Last day, as 'YYYY-MM-DD'. */
  end: string;
}

export function isPartialDate(s: string): boolean {
  const m = pattern.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(Number(m[1]), month);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The interval a partial date stands for; throws on anything that is not a partial date. */
export function span(s: string): DateSpan {
  if (!isPartialDate(s)) throw new RangeError(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${s}`);
  const [y, m, d] = s.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (d === undefined) return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(daysIn(y, m))}` };
  return { start: s, end: s };
}

export type ByAnswer = 'yes' | 'no' | 'unknown';

/**
 * Did an event dated `date` happen by the end of `asOf`?
 * yes: the event's whole interval ends no later than asOf's end ('2023' by '2023', '2023-06' by '2023');
 * no: it starts after asOf ends ('2024' by '2023');
 * unknown: the intervals overlap and the event could fall after asOf ('2023' by '2023-06').
 */
export function happenedBy(date: string, asOf: string): ByAnswer {
  const d = span(date);
  const a = span(asOf);
  if (d.end <= a.end) return 'yes';
  if (d.start > a.end) return 'no';
  return 'unknown';
}
