// The rules of the dry-run screen, kept out of React so they are tested plainly (the headers that
// need mapping and the columns they may map to come with the dry run: unknownHeaders, columns):
// the mapping remembered per user and kind, whether every uncertain row is decided
// and so whether the plan may be committed.
import type { SheetReportFieldsFragment } from '../../gql/graphql';
import type { SheetKindKey } from './messages';

export type SheetReport = SheetReportFieldsFragment;
/** Header → column key ("" ignores the column). */
export type Mapping = Record<string, string>;
/** Line → "new", "skip" or a candidate's id. */
export type Decisions = Record<number, string>;

/** Every uncertain row has a decision (and only one of the offered choices). */
export function allDecided(review: SheetReport['review'], decisions: Decisions): boolean {
  return review.every((r) => {
    const d = decisions[r.line];
    return d === 'new' || d === 'skip' || (d !== undefined && r.candidates.some((c) => c.id === d));
  });
}

/** The commit is offered only for a clean plan with every uncertain row decided. */
export function canCommit(report: SheetReport, decisions: Decisions): boolean {
  return report.errors.length === 0 && allDecided(report.review, decisions);
}

export function decisionsInput(review: SheetReport['review'], decisions: Decisions): Array<{ line: number; choice: string }> {
  return review.filter((r) => decisions[r.line] !== undefined).map((r) => ({ line: r.line, choice: decisions[r.line]! }));
}

export function mappingInput(mapping: Mapping): Array<{ header: string; field: string }> {
  return Object.entries(mapping).map(([header, field]) => ({ header, field }));
}

// ---- the mapping remembered per user and kind (localStorage) ----

const mappingKey = (userId: string, kind: SheetKindKey) => `chain-graph.import-mapping.${userId}.${kind}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The mapping this user chose last time for this kind ({} when none or unreadable). */
export function loadMapping(userId: string | null, kind: SheetKindKey): Mapping {
  if (!userId) return {};
  try {
    const raw = JSON.parse(storage()?.getItem(mappingKey(userId, kind)) ?? '{}') as unknown;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
    return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/** Adds `mapping` to what is remembered for this user and kind. */
export function saveMapping(userId: string | null, kind: SheetKindKey, mapping: Mapping): void {
  if (!userId) return;
  try {
    storage()?.setItem(mappingKey(userId, kind), JSON.stringify({ ...loadMapping(userId, kind), ...mapping }));
  } catch {
    // Storage full or off: the mapping still applies to this upload.
  }
}

/** A value of a field change, as text ("" for none). */
export function showValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  if (Array.isArray(v)) return v.map(showValue).join('、');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
