// The park dashboard's reads: key figures in one statement, then per chain the gap evidence read
// once and the completeness rule (../domain/gap.ts) applied at today and at the end of each past
// year the evidence covers — the same rule as gapReport, so the numbers agree.
import type { Executor } from '../db/executor.js';
import type { Completeness } from '../domain/gap.js';
import { loadChain, loadScopes, readGapEvidence, scopeGap } from './analysis.js';

export interface StageFigure {
  status: string | null;
  count: number;
  withInvestment: number;
  investmentCny: number | null;
}

export interface CompletenessPoint {
  year: string;
  completeness: Completeness;
}

export interface ChainCompleteness {
  chainId: string;
  completeness: Completeness;
  /** Year ends from the earliest dated evidence (at most TREND_YEARS back) to last year. */
  trend: CompletenessPoint[];
}

export interface ParkDashboard {
  enterprises: number;
  anchors: number;
  listed: number;
  projects: StageFigure[];
  chains: ChainCompleteness[];
}

/** How many past year ends a trend goes back at most. */
export const TREND_YEARS = 8;

/** The years of a trend: from the evidence's first year (within TREND_YEARS) to last year. */
export function trendYears(earliest: string | null | undefined, thisYear: number): string[] {
  if (!earliest) return [];
  const first = Math.max(Number(earliest.slice(0, 4)), thisYear - TREND_YEARS);
  const years: string[] = [];
  for (let y = first; y < thisYear; y += 1) years.push(String(y));
  return years;
}

export async function parkDashboard(db: Executor, parkId: string, thisYear = new Date().getFullYear()): Promise<ParkDashboard> {
  const [scope] = await loadScopes(db, [{ kind: 'park', id: parkId }]);
  const [figures] = await db.read<Omit<ParkDashboard, 'chains' | 'projects'> & { projects: StageFigure[]; chainIds: string[] }>(
    'analysis/park-figures',
    { parkId, parkIds: scope!.parkIds },
  );
  const chains = await Promise.all(
    (figures?.chainIds ?? []).map(async (chainId) => {
      const [chain, ev] = await Promise.all([loadChain(db, chainId), readGapEvidence(db, chainId, scope!.parkIds)]);
      const now = scopeGap(chain, scope!, ev, null);
      const trend = trendYears(now.dateRange?.earliest, thisYear).map((year) => ({
        year,
        completeness: scopeGap(chain, scope!, ev, year).completeness,
      }));
      return { chainId, completeness: now.completeness, trend };
    }),
  );
  const projects = (figures?.projects ?? [])
    .map((p) => ({ ...p, investmentCny: p.withInvestment > 0 ? p.investmentCny : null }))
    .sort((a, b) => b.count - a.count);
  return { enterprises: figures?.enterprises ?? 0, anchors: figures?.anchors ?? 0, listed: figures?.listed ?? 0, projects, chains };
}
