// Targets ranked in the database (cypher/analysis/target-candidates.cypher) give the answer the
// domain rule gives on EVERY candidate of the chain (candidates.cypher + rankTargets): same total,
// same first items with the same scores and gap segments, for every seeded park of the main
// chains and with each filter. (Its plan: analysis-plans.test.ts.)
import { describe, expect, it } from 'vitest';
import { parksGrowing, testExecutor } from '../../test/db.js';
import { filterTargets, rankTargets, type TargetFilters } from '../domain/targets.js';
import { gapReports, loadCandidates, loadChain, loadScopes, topCandidates } from './analysis.js';

const db = testExecutor();

async function both(chainId: string, parkId: string, filters: TargetFilters, k: number) {
  const chain = await loadChain(db, chainId);
  const [scope] = await loadScopes(db, [{ kind: 'park', id: parkId }]);
  const [report] = await gapReports(db, chain, [scope!], null);
  const gapIds = report!.segments.filter((g) => g.status !== 'PRESENT' || g.inferredOnly).map((g) => g.segment.id);
  const parentOf = new Map(chain.segments.map((s) => [s.id, s.parentId ?? null]));
  const ctx = { cityId: scope!.cityId, provinceId: scope!.provinceId, neighbourProvinceIds: scope!.neighbourProvinceIds };
  const key = (r: ReturnType<typeof rankTargets>[number]) => `${r.candidate.enterprise.id}:${r.score}:${r.gapSegmentId}:${r.relevance}`;
  const every = filterTargets(rankTargets(gapIds, parentOf, await loadCandidates(db, chainId, scope!), new Set(), ctx), filters);
  const top = await topCandidates(db, chainId, scope!, gapIds, parentOf, filters, k);
  const ranked = filterTargets(rankTargets(gapIds, parentOf, top.rows, new Set(), ctx), filters);
  return {
    expected: { total: every.length, items: every.slice(0, k).map(key) },
    actual: { total: top.total, items: ranked.slice(0, k).map(key) },
  };
}

describe('targets ranked in the database', () => {
  it('agree with the rule on every candidate, for every park of the four main chains', async () => {
    const pairs = await parksGrowing(db, ['pv', 'semi', 'film', 'diecast']);
    let nonEmpty = 0;
    for (const { park, chain } of pairs) {
      const { expected, actual } = await both(chain, park, {}, 20);
      expect(actual, `${chain} in ${park}`).toEqual(expected);
      if (expected.total > 20) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(4);
  });

  it.each<[string, TargetFilters, number]>([
    ['no filter, deep page', {}, 60],
    ['province', { provinceId: 'zj' }, 20],
    ['role', { role: 'listed' }, 20],
    ['anchor role', { role: 'anchor' }, 20],
    ['listed only', { listedOnly: true }, 20],
    ['minimum score', { minScore: 50 }, 100],
  ])('agree with the rule on semi in ls-etdz and pv in zs-hitech: %s', async (_name, filters, k) => {
    for (const [chain, park] of [
      ['semi', 'ls-etdz'],
      ['pv', 'zs-hitech'],
    ] as const) {
      const { expected, actual } = await both(chain, park, filters, k);
      expect(actual, `${chain} in ${park}`).toEqual(expected);
    }
  });
});
