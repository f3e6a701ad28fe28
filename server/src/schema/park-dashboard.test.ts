// The park dashboard on the seeded graph: its figures agree with the other fields that count the
// same things, and each chain's completeness (today and at a past year end) is gapReport's.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient, testViewer } from '../../test/graphql.js';
import { trendYears, TREND_YEARS } from '../data/dashboard.js';

const db = testExecutor();
const gql = graphqlClient(db);

interface Dashboard {
  enterprises: number;
  anchors: number;
  listed: number;
  projects: { status: string | null; count: number; withInvestment: number; investmentCny: number | null }[];
  chains: {
    chain: { id: string };
    completeness: { score: number; present: number };
    trend: { year: string; completeness: { score: number } }[];
  }[];
}
const Q = `query ($id: ID!) {
  park(id: $id) {
    enterprises(first: 1) { totalCount }
    projects(first: 1) { totalCount }
    chains { chain { id } }
    dashboard {
      enterprises anchors listed
      projects { status count withInvestment investmentCny }
      chains { chain { id } completeness { score present } trend { year completeness { score } } }
    }
  }
}`;

async function dashboard(id: string) {
  const res = await gql<{
    park: {
      enterprises: { totalCount: number };
      projects: { totalCount: number };
      chains: { chain: { id: string } }[];
      dashboard: Dashboard;
    };
  }>(Q, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.park;
}

describe('Park.dashboard', () => {
  it('counts the same firms and projects as the park’s own lists', async () => {
    const park = await dashboard('zs-hitech');
    const d = park.dashboard;
    expect(d.enterprises).toBe(park.enterprises.totalCount);
    expect(d.enterprises).toBeGreaterThan(0);
    expect(d.projects.reduce((n, p) => n + p.count, 0)).toBe(park.projects.totalCount);
    expect(d.anchors).toBeLessThanOrEqual(d.enterprises);
    expect(d.listed).toBeLessThanOrEqual(d.enterprises);
    for (const p of d.projects) {
      expect(p.withInvestment).toBeLessThanOrEqual(p.count);
      expect(p.investmentCny === null).toBe(p.withInvestment === 0);
    }
    // Most first.
    expect(d.projects.map((p) => p.count)).toEqual([...d.projects.map((p) => p.count)].sort((a, b) => b - a));
  });

  it('counts the listed firms and chain anchors the graph states', async () => {
    const [row] = await db.read<{ listed: number; anchors: number }>(
      {
        name: 'test/dashboard-roles',
        text: `MATCH (e:Enterprise)-[:LOCATED_IN]->(p:Park)-[:SUB_PARK_OF*0..]->(:Park {id: $id})
             WITH DISTINCT e
             RETURN count(CASE WHEN e.stockCode IS NOT NULL OR 'listed' IN coalesce(e.roles, []) THEN 1 END) AS listed,
                    count(CASE WHEN 'anchor' IN coalesce(e.roles, []) OR EXISTS { (e)-[:IN_CHAIN {anchor: true}]->() } THEN 1 END) AS anchors`,
      },
      { id: 'nb-hitech' },
    );
    const d = (await dashboard('nb-hitech')).dashboard;
    expect({ listed: d.listed, anchors: d.anchors }).toEqual({ listed: Number(row!.listed), anchors: Number(row!.anchors) });
    // Not a comparison of two zeros: 宁波's high-tech zone holds listed firms (长阳科技 …).
    expect(d.listed).toBeGreaterThan(0);
  });

  it('gives every templated chain the park grows gapReport’s completeness, today and at past year ends', async () => {
    const park = await dashboard('zs-hitech');
    const chains = park.dashboard.chains;
    expect(chains.length).toBeGreaterThan(0);
    expect(chains.map((c) => c.chain.id).every((id) => park.chains.some((c) => c.chain.id === id))).toBe(true);
    const pv = chains.find((c) => c.chain.id === 'pv')!;
    const now = await gql<{ gapReport: { completeness: { score: number; present: number } } }>(
      `{ gapReport(chainId: "pv", parkId: "zs-hitech") { completeness { score present } } }`,
    );
    expect(pv.completeness).toEqual(now.data!.gapReport.completeness);
    expect(pv.trend.length).toBeGreaterThan(0);
    const years = pv.trend.map((p) => Number(p.year));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(Math.max(...years)).toBeLessThan(new Date().getFullYear());
    const point = pv.trend[0]!;
    const then = await gql<{ gapReport: { completeness: { score: number } } }>(
      `query ($y: String) { gapReport(chainId: "pv", parkId: "zs-hitech", asOf: $y) { completeness { score } } }`,
      { y: point.year },
    );
    expect(point.completeness.score).toBe(then.data!.gapReport.completeness.score);
  });

  it('is for signed-in users only', async () => {
    const anon = graphqlClient(db, { viewer: testViewer(null) });
    const res = await anon(`{ park(id: "zs-hitech") { dashboard { enterprises } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('trendYears', () => {
  it('runs from the first dated year, at most TREND_YEARS back, to last year', () => {
    expect(trendYears('2021-05', 2024)).toEqual(['2021', '2022', '2023']);
    expect(trendYears('1990', 2024)).toHaveLength(TREND_YEARS);
    expect(trendYears('2024-01-02', 2024)).toEqual([]);
    expect(trendYears(null, 2024)).toEqual([]);
  });
});
