// One number, one rule: for every seeded park and every chain with a template, the completeness
// and the per-segment statuses agree across gapReport, compareParks, chainMap (what the map, the
// widget and the chain-map snapshot export draw), the park dashboard, and the saved query parks-by-chain-completeness
// (which restates the rule of domain/gap.ts in Cypher), and the region overview's tiles agree
// with chainMap for the same region or park. On the seeded Neo4j.
import { beforeAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';

const db = testExecutor();
// A sweep of every park × chain, not a client to throttle: the per-client budget is lifted.
const gql = graphqlClient(db, { limits: { clientBudget: 1_000_000_000 } });

interface Part {
  segment: { id: string };
  status: string;
  inferredOnly: boolean;
  weight: number;
}
interface Completeness {
  score: number;
  percent: number;
  counted: number;
  present: number;
  pipeline: number;
  missing: number;
  parts: Part[];
}
const C = 'completeness { score percent counted present pipeline missing parts { segment { id } status inferredOnly weight } }';

async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(query, variables);
  expect(res.errors, `${query.slice(0, 60)} ${JSON.stringify(variables)}`).toBeUndefined();
  return res.data!;
}

/** The figure every surface must show, with the statuses of every segment. */
interface Answer {
  percent: number;
  score: number;
  counts: [number, number, number];
  statuses: Record<string, string>;
}
const fromCompleteness = (c: Completeness): Omit<Answer, 'statuses'> => ({
  percent: c.percent,
  score: c.score,
  counts: [c.present, c.pipeline, c.missing],
});

let parkIds: string[] = [];
let chainIds: string[] = [];
const gap = new Map<string, Answer & { top: Record<string, string>; weights: number[] }>();
const key = (chain: string, park: string) => `${chain} @ ${park}`;

beforeAll(async () => {
  const d = await ask<{ parks: { id: string }[]; chains: { id: string; segments: { id: string }[] }[] }>(
    '{ parks { id } chains { id segments { id } } }',
    {},
  );
  parkIds = d.parks.map((p) => p.id);
  chainIds = d.chains.filter((c) => c.segments.length > 0).map((c) => c.id);
  for (const chainId of chainIds)
    for (const parkId of parkIds) {
      const r = await ask<{ gapReport: { segments: { segment: { id: string }; status: string }[]; completeness: Completeness } }>(
        `query($chainId: ID!, $parkId: ID) { gapReport(chainId: $chainId, parkId: $parkId) { segments { segment { id } status } ${C} } }`,
        { chainId, parkId },
      );
      const c = r.gapReport.completeness;
      gap.set(key(chainId, parkId), {
        ...fromCompleteness(c),
        statuses: Object.fromEntries(r.gapReport.segments.map((s) => [s.segment.id, s.status])),
        top: Object.fromEntries(c.parts.map((p) => [p.segment.id, p.status])),
        weights: c.parts.map((p) => p.weight),
      });
    }
}, 600_000);

describe('one completeness rule', () => {
  it('covers every seeded park on every chain with a template', () => {
    expect(parkIds.length).toBeGreaterThan(20);
    expect(chainIds).toEqual(expect.arrayContaining(['pv', 'semi', 'film', 'diecast']));
    expect(gap.size).toBe(parkIds.length * chainIds.length);
  });

  it('the score is the mean weight over top-level segments; percent rounds that mean once (not the rounded score)', () => {
    for (const [k, g] of gap) {
      expect(
        g.counts.reduce((a, b) => a + b, 0),
        k,
      ).toBe(Object.keys(g.top).length);
      const mean = g.weights.length ? g.weights.reduce((a, b) => a + b, 0) / g.weights.length : 0;
      expect([g.score, g.percent], k).toEqual([Math.round(mean * 1000) / 1000, Math.round(mean * 100)]);
    }
    // semi in the chip park: 5 of 11 → 45.45…: 45 %, where rounding the score (0.455) again would say 46
    expect(gap.get(key('semi', 'ls-etdz.chip-park'))).toMatchObject({ score: 0.455, percent: 45 });
  });

  it('compareParks gives each park the statuses and figure of its gapReport', async () => {
    for (const chainId of chainIds) {
      const d = await ask<{
        compareParks: { segments: { id: string }[]; rows: { park: { id: string }; statuses: string[]; completeness: Completeness }[] };
      }>(
        `query($chainId: ID!, $parkIds: [ID!]!) { compareParks(chainId: $chainId, parkIds: $parkIds) { segments { id } rows { park { id } statuses ${C} } } }`,
        { chainId, parkIds },
      );
      expect(d.compareParks.rows.map((r) => r.park.id)).toEqual(parkIds);
      for (const row of d.compareParks.rows) {
        const g = gap.get(key(chainId, row.park.id))!;
        const statuses = Object.fromEntries(d.compareParks.segments.map((s, i) => [s.id, row.statuses[i]]));
        expect({ ...fromCompleteness(row.completeness), statuses }, key(chainId, row.park.id)).toEqual({
          percent: g.percent,
          score: g.score,
          counts: g.counts,
          statuses: g.statuses,
        });
      }
    }
  });

  it('chainMap (the map, the widget and the snapshot export) draws the same statuses and figure', async () => {
    for (const chainId of chainIds)
      for (const parkId of parkIds) {
        const d = await ask<{ chainMap: { nodes: { id: string; kind: string; status: string | null }[]; completeness: Completeness } }>(
          `query($chainId: ID!, $parkId: ID) { chainMap(chainId: $chainId, parkId: $parkId) { nodes { id kind status } ${C} } }`,
          { chainId, parkId },
        );
        const g = gap.get(key(chainId, parkId))!;
        const statuses = Object.fromEntries(d.chainMap.nodes.filter((n) => n.kind === 'segment').map((n) => [n.id, n.status]));
        expect({ ...fromCompleteness(d.chainMap.completeness), statuses }, key(chainId, parkId)).toEqual({
          percent: g.percent,
          score: g.score,
          counts: g.counts,
          statuses: g.statuses,
        });
      }
  });

  it('the park dashboard gives each chain the park grows the figure of its gapReport', async () => {
    let cards = 0;
    for (const parkId of parkIds) {
      const d = await ask<{ park: { dashboard: { chains: { chain: { id: string }; completeness: Completeness }[] } } }>(
        `query($id: ID!) { park(id: $id) { dashboard { chains { chain { id } ${C} } } } }`,
        { id: parkId },
      );
      for (const card of d.park.dashboard.chains) {
        const g = gap.get(key(card.chain.id, parkId));
        if (!g) continue; // a chain without a template has no gap report to agree with
        cards++;
        expect(fromCompleteness(card.completeness), key(card.chain.id, parkId)).toEqual({
          percent: g.percent,
          score: g.score,
          counts: g.counts,
        });
      }
    }
    expect(cards).toBeGreaterThan(10);
  });

  it('the saved query parks-by-chain-completeness computes the same figure and top-level statuses in Cypher', async () => {
    for (const chainId of chainIds) {
      const d = await ask<{ runSavedQuery: { columns: string[]; rows: unknown[][]; truncated: boolean } }>(
        'query($params: JSON) { runSavedQuery(id: "parks-by-chain-completeness", params: $params) { columns rows truncated } }',
        { params: { chainId, limit: 1000 } },
      );
      expect(d.runSavedQuery.truncated).toBe(false);
      const rows = d.runSavedQuery.rows.map(
        (r) => Object.fromEntries(d.runSavedQuery.columns.map((c, i) => [c, r[i]])) as Record<string, any>,
      );
      const listed = new Set(rows.map((r) => r.parkId as string));
      for (const row of rows) {
        const g = gap.get(key(chainId, row.parkId))!;
        expect(
          {
            percent: row.completenessPct,
            score: row.completeness,
            counts: [row.present, row.pipeline, row.missing],
            statuses: Object.fromEntries((row.statuses as { segmentId: string; status: string }[]).map((s) => [s.segmentId, s.status])),
          },
          key(chainId, row.parkId),
        ).toEqual({ percent: g.percent, score: g.score, counts: g.counts, statuses: g.top });
      }
      // A park it leaves out has nothing on the chain (it lists every park that covers a segment).
      for (const parkId of parkIds.filter((p) => !listed.has(p))) {
        const g = gap.get(key(chainId, parkId))!;
        expect(g.counts.slice(0, 2), key(chainId, parkId)).toEqual([0, 0]);
      }
    }
  });

  it('the region overview gives every region and park tile the figure chainMap draws for that scope', async () => {
    interface Place {
      kind: 'REGION' | 'PARK';
      id: string;
      chains: { chainId: string; completeness: Completeness }[];
    }
    // Without the parts (tens of tiles × chains × segments would pass the cost limit): the figure and counts.
    const P = 'kind id chains { chainId completeness { score percent present pipeline missing } }';
    const overview = async (id: string | null) =>
      (
        await ask<{ regionOverview: { region: Place | null; children: Place[]; parks: Place[] } }>(
          `query($id: ID) { regionOverview(id: $id) { region { ${P} } children { ${P} } parks { ${P} } } }`,
          { id },
        )
      ).regionOverview;
    const regionMaps = new Map<string, Omit<Answer, 'statuses'>>();
    const regionMap = async (chainId: string, regionId: string) => {
      const k = key(chainId, regionId);
      if (!regionMaps.has(k)) {
        const d = await ask<{ chainMap: { completeness: Completeness } }>(
          `query($chainId: ID!, $regionId: ID) { chainMap(chainId: $chainId, regionId: $regionId) { ${C} } }`,
          { chainId, regionId },
        );
        regionMaps.set(k, fromCompleteness(d.chainMap.completeness));
      }
      return regionMaps.get(k)!;
    };
    // The top (every province), 浙江省 (its cities) and each city (its districts and parks).
    const top = await overview(null);
    const province = await overview('zj');
    const levels = [top, province, ...(await Promise.all(province.children.map((c) => overview(c.id))))];
    let parkTiles = 0;
    for (const o of levels)
      for (const place of [...(o.region ? [o.region] : []), ...o.children, ...o.parks]) {
        expect(place.chains.map((c) => c.chainId).sort(), place.id).toEqual([...chainIds].sort());
        for (const figure of place.chains) {
          const k = key(figure.chainId, place.id);
          if (place.kind === 'PARK') {
            parkTiles++;
            const g = gap.get(k)!;
            expect(fromCompleteness(figure.completeness), k).toEqual({ percent: g.percent, score: g.score, counts: g.counts });
          } else expect(fromCompleteness(figure.completeness), k).toEqual(await regionMap(figure.chainId, place.id));
        }
      }
    expect(parkTiles).toBeGreaterThan(0);
    expect(regionMaps.size).toBeGreaterThan(chainIds.length * 3);
  });

  it('rolls up over every level: 长阳科技 on 反射膜 (two levels under 功能膜) makes 功能膜 present in 江北膜动力小镇 everywhere', async () => {
    const g = gap.get(key('film', 'nb-jiangbei-film-power-town'))!;
    expect(g.statuses).toMatchObject({
      'film.reflective-film': 'PRESENT',
      'film.optical-film': 'PRESENT',
      'film.functional-film': 'PRESENT',
    });
    expect(g.top['film.functional-film']).toBe('PRESENT');
    expect(g.percent).toBeGreaterThan(0);
    // and its parents' scopes, which take in the town
    for (const parent of ['nb-jiangbei-hitech-park', 'nb-hitech.jiangbei', 'nb-hitech'])
      expect(gap.get(key('film', parent))!.top['film.functional-film'], parent).toBe('PRESENT');
  });
});
