// The rules of the dry-run screen, kept out of React so they are tested plainly: which headers
// need mapping, the mapping remembered per user and kind, whether every uncertain row is decided
// and so whether the plan may be committed.
import type { SheetReportFieldsFragment } from '../../gql/graphql';
import type { SheetKindKey } from './messages';

export type SheetReport = SheetReportFieldsFragment;
/** Header → column key ("" ignores the column). */
export type Mapping = Record<string, string>;
/** Line → "new", "skip" or a candidate's id. */
export type Decisions = Record<number, string>;

/** The columns each kind's template has (server: import/sheets/columns.ts), for the mapping step. */
export const SHEET_COLUMNS: Record<SheetKindKey, Array<{ key: string; zh: string }>> = {
  enterprises: [
    { key: 'name', zh: '企业名称' },
    { key: 'shortName', zh: '简称' },
    { key: 'creditCode', zh: '统一社会信用代码' },
    { key: 'stockCode', zh: '股票代码' },
    { key: 'park', zh: '园区' },
    { key: 'segments', zh: '产业链环节' },
    { key: 'founded', zh: '成立时间' },
    { key: 'products', zh: '主要产品' },
    { key: 'note', zh: '备注' },
  ],
  projects: [
    { key: 'name', zh: '项目名称' },
    { key: 'park', zh: '园区' },
    { key: 'investor', zh: '投资方' },
    { key: 'segments', zh: '产业链环节' },
    { key: 'stage', zh: '阶段' },
    { key: 'signedOn', zh: '签约日期' },
    { key: 'fundsArrivedOn', zh: '资金到位日期' },
    { key: 'startedOn', zh: '开工日期' },
    { key: 'toppedOutOn', zh: '封顶日期' },
    { key: 'trialProductionOn', zh: '试生产日期' },
    { key: 'inProductionOn', zh: '投产日期' },
    { key: 'investmentYi', zh: '总投资（亿元）' },
    { key: 'landMu', zh: '用地（亩）' },
    { key: 'note', zh: '备注' },
  ],
  institutions: [
    { key: 'name', zh: '机构名称' },
    { key: 'kind', zh: '类型' },
    { key: 'park', zh: '园区' },
    { key: 'chains', zh: '服务产业链' },
    { key: 'established', zh: '成立时间' },
    { key: 'note', zh: '备注' },
  ],
  supply: [
    { key: 'supplier', zh: '供应方' },
    { key: 'customer', zh: '客户' },
    { key: 'basis', zh: '依据' },
  ],
};

/**
 * The headers the template does not know, from the dry run's header errors (the server reports
 * each as `unknown column "<header>"…` on the header row and reads no rows after it).
 */
export function unknownHeaders(report: Pick<SheetReport, 'errors'>): string[] {
  const out: string[] = [];
  for (const e of report.errors) {
    const m = /^unknown column "(.*?)"/.exec(e.message);
    if (m && !out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

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
