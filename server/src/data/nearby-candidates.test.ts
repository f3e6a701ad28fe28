// Nearest supply read from the scope's province (cypher/analysis/nearby-candidates.cypher) gives
// what it gave from every candidate of the chain (candidates.cypher + industry-candidates.cypher):
// the same firms, parks, segments and nearness for every segment, for every seeded park growing
// one of the four main chains and for region scopes. (Its plan: scale-plans.test.ts.)
import { describe, expect, it } from 'vitest';
import { parksGrowing, testExecutor } from '../../test/db.js';
import { nearestSupply } from '../domain/nearby.js';
import { gapReports, loadCandidates, loadChain, loadNearbyCandidates, loadScopes } from './analysis.js';

const db = testExecutor();

async function both(chainId: string, wanted: { kind: 'park' | 'region'; id: string }) {
  const chain = await loadChain(db, chainId);
  const [scope] = await loadScopes(db, [wanted]);
  const [report] = await gapReports(db, chain, [scope!], null);
  const listed = (rows: Parameters<typeof nearestSupply>[2]) =>
    nearestSupply(scope!, report!.segments, rows).map((g) => ({ segment: g.segment.id, nearby: g.nearby }));
  const all = await loadCandidates(db, chainId, scope!);
  const kept = await loadNearbyCandidates(db, chainId, scope!, report!.segments);
  const near = all.filter((c) => [scope!.cityId, scope!.provinceId].some((r) => r !== null && c.regionIds.includes(r)));
  return { expected: listed(all), actual: listed(kept), rows: { near: near.length, kept: kept.length } };
}

describe('nearest supply from the province', () => {
  it('agrees with reading every candidate, for every park of the four main chains', async () => {
    const pairs = await parksGrowing(db, ['pv', 'semi', 'film', 'diecast']);
    let listed = 0;
    let [near, kept] = [0, 0];
    const nearness = new Set<string>();
    for (const { park, chain } of pairs) {
      const { expected, actual, rows } = await both(chain, { kind: 'park', id: park });
      near += rows.near;
      kept += rows.kept;
      expect(actual, `${chain} in ${park}`).toEqual(expected);
      listed += expected.filter((g) => g.nearby!.length > 0).length;
      for (const g of expected) for (const n of g.nearby ?? []) nearness.add(n.nearness);
    }
    // The comparison is only worth something if the seeds give nearby firms of both kinds.
    expect(listed).toBeGreaterThan(10);
    expect([...nearness].sort()).toEqual(['CITY', 'PROVINCE']);
    // ... and if the database's cut to five per segment left rows out somewhere.
    expect(kept).toBeLessThan(near);
  });

  // A city scope holds every park of its city, so only firms elsewhere in the province are near.
  it('agrees for region scopes (a city, a province)', async () => {
    let listed = 0;
    for (const [chain, region] of [
      ['film', 'zj.ningbo'],
      ['pv', 'zj'],
      ['semi', 'zj.lishui'],
    ] as const) {
      const { expected, actual } = await both(chain, { kind: 'region', id: region });
      expect(actual, `${chain} in ${region}`).toEqual(expected);
      listed += expected.filter((g) => g.nearby!.length > 0).length;
    }
    expect(listed).toBeGreaterThan(0);
  });
});
