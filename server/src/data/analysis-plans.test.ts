// The statements behind gapReport and targets keep plans anchored on the scope (issue 15): each
// starts from an id index seek (the park, the scope's root, the segments that can match a gap)
// and never scans every node of a label, so their cost follows the park's neighbourhood rather
// than the whole graph (bench/README.md, "Growth"). EXPLAIN on the test database: the planner's
// choice there is checked, and the statements pin the anchors that matter with index hints.
import { describe, expect, it } from 'vitest';
import type { Plan } from 'neo4j-driver';
import { testExecutor } from '../../test/db.js';
import { planOperators, type PlanOperator } from '../../test/plan-operators.js';
import { loadChain, targetCandidateParams } from './analysis.js';
import { loadChainMapData } from './chain-map.js';

const db = testExecutor();

async function plan(name: string, params: Record<string, unknown>) {
  return planOperators((await db.explain(name, params)).plan as Plan);
}

function expectAnchored(ops: PlanOperator[], seek: RegExp) {
  expect(
    ops.some((o) => /^Node(Unique)?IndexSeek|^NodeByIdSeek/.test(o.op) && seek.test(o.details)),
    ops.map((o) => `${o.op} ${o.details}`).join('\n'),
  ).toBe(true);
  expect(ops.filter((o) => /^(AllNodesScan|NodeByLabelScan|NodeIndexScan)/.test(o.op))).toEqual([]);
}

describe('analysis plans stay anchored', () => {
  it('target-candidates starts from the segments by their id index', async () => {
    const chain = await loadChain(db, 'semi');
    const parentOf = new Map(chain.segments.map((s) => [s.id, s.parentId ?? null]));
    const gapIds = chain.segments.slice(0, 3).map((s) => s.id);
    const scope = { id: 'ls-etdz', parkIds: ['ls-etdz'], cityId: 'zj.lishui', provinceId: 'zj', neighbourProvinceIds: ['js'] };
    const { places } = (await loadChainMapData(db, 'semi', { kind: 'park', id: 'ls-etdz' }, { flows: false, places: {} })).scoped;
    const ops = await plan('analysis/target-candidates', targetCandidateParams('semi', scope, gapIds, parentOf, {}, 20, places));
    expectAnchored(ops, /:Segment\(id\)/);
    // The supply partners are counted from the scope's parks, found by their id index too.
    expectAnchored(ops, /:Park\(id\)/);
    // Narrowed by the targets index: the firms by their id index. (At 1M, without the statement's
    // USING INDEX, the planner read a list of a thousand ids by scanning every firm; the seeded
    // statistics here plan a seek either way.)
    const ids = Array.from({ length: 500 }, (_, i) => `e.${i}`);
    const narrowed = await plan('analysis/target-candidates', {
      ...targetCandidateParams('semi', scope, gapIds, parentOf, {}, 20, places),
      ids,
    });
    expectAnchored(narrowed, /:Enterprise\(id\)/);
  });

  it("chain-map's places around a targets scope start from each root region by id", async () => {
    const ops = await plan('api/chain-map', {
      chainId: 'semi',
      scope: { kind: 'park', id: 'ls-etdz' },
      withFlows: false,
      places: { filterProvinceId: 'js' },
    });
    expectAnchored(ops, /:Region\(id\)/);
  });

  it('scopes starts from the root by id, for a park and a region', async () => {
    const ops = await plan('analysis/scopes', {
      scopes: [
        { kind: 'park', id: 'ls-etdz' },
        { kind: 'region', id: 'zj.lishui' },
      ],
    });
    expectAnchored(ops, /:Entity\(id\)/);
  });

  it('gap-evidence starts from the scope parks by id', async () => {
    const ops = await plan('analysis/gap-evidence', { chainId: 'semi', parkIds: ['ls-etdz', 'ls-etdz.chip-park'] });
    expectAnchored(ops, /:Park\(id\)/);
  });
});
