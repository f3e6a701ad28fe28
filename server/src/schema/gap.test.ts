// Gap statuses checked by hand against the documents (s000 Zhoushan, s002 Lishui, s003 Ningbo,
// s004 Shangyu), asOf, compareParks, chainMap and error paths — on the seeded Neo4j.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient, testViewer } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

interface Seg {
  segment: { id: string };
  status: string;
  viaSubSegment: boolean;
  inferredOnly: boolean;
  enterprises: { enterprise: { id: string }; counts: string; reason: string }[];
  projects: { project: { id: string }; counts: string; statusAt: string | null; reason: string }[];
  nearestSupply: { enterprise: { id: string }; nearness: string }[];
}
interface Report {
  gapReport: {
    parkIds: string[];
    segments: Seg[];
    completeness: { score: number; counted: number; present: number; pipeline: number; missing: number; parts: { weight: number }[] };
  };
}
const Q = `query ($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String) {
  gapReport(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf) {
    parkIds
    segments { segment { id } status viaSubSegment inferredOnly
      enterprises { enterprise { id } counts reason }
      projects { project { id } counts statusAt reason }
      nearestSupply { enterprise { id } nearness } }
    completeness { score counted present pipeline missing parts { weight } }
  }
}`;

async function report(vars: Record<string, unknown>) {
  const res = await gql<Report>(Q, vars);
  expect(res.errors).toBeUndefined();
  const byId = new Map(res.data!.gapReport.segments.map((s) => [s.segment.id, s]));
  return { ...res.data!.gapReport, seg: (id: string) => byId.get(id)! };
}

describe('gapReport', () => {
  it('Zhoushan high-tech park on pv: modules and HJT cells present via 润海新能源, cells via HJT, polysilicon missing (s000)', async () => {
    const r = await report({ chainId: 'pv', parkId: 'zs-hitech' });
    expect(r.seg('pv.module').status).toBe('PRESENT');
    expect(r.seg('pv.module').enterprises.map((e) => e.enterprise.id)).toContain('e.runhai');
    expect(r.seg('pv.hjt-cell').status).toBe('PRESENT');
    expect(r.seg('pv.cell')).toMatchObject({ status: 'PRESENT', viaSubSegment: true });
    expect(r.seg('pv.polysilicon').status).toBe('MISSING');
    // 宏发新能源's control boxes are mapped to junction boxes by inference only (sub-park 宏发产业园).
    expect(r.seg('pv.junction-box')).toMatchObject({ status: 'PRESENT', inferredOnly: true });
    expect(r.parkIds).toEqual(expect.arrayContaining(['zs-hitech', 'zs-hitech.hongfa', 'zs-hitech.pv-platform']));
    const c = r.completeness;
    expect(c.present + c.pipeline + c.missing).toBe(c.counted);
    expect(c.score).toBeCloseTo(c.parts.reduce((s, p) => s + p.weight, 0) / c.counted, 3);
  });

  it('Lishui ETDZ on semi: infrared detectors present via 珏芯, polished wafers and sensors pipeline only (s002)', async () => {
    const r = await report({ chainId: 'semi', parkId: 'ls-etdz' });
    expect(r.seg('semi.infrared-detector').status).toBe('PRESENT');
    expect(r.seg('semi.infrared-detector').enterprises.map((e) => e.enterprise.id)).toContain('e.juexin');
    expect(r.seg('semi.optoelectronics')).toMatchObject({ status: 'PRESENT', viaSubSegment: true });
    // 富乐德's only evidence is its wafer plant, topped out but not producing: pipeline, not present.
    const wafer = r.seg('semi.polished-wafer');
    expect(wafer.status).toBe('PIPELINE');
    expect(wafer.enterprises.find((e) => e.enterprise.id === 'e.fulede')!.counts).toBe('PIPELINE');
    expect(wafer.projects.find((p) => p.project.id === 'pj.fulede-polished-wafer-phase1')!.statusAt).toBe('topped_out');
    // 申和's sensor project is planned; 富乐德 is pipeline there too.
    expect(r.seg('semi.sensor').status).toBe('PIPELINE');
    expect(r.seg('semi.silicon').status).toBe('MISSING');
  });

  it('Ningbo high-tech zone on film: reflective film present via 长阳 two parks down, not in the zone alone (s003)', async () => {
    const zone = await report({ chainId: 'film', parkId: 'nb-hitech' });
    expect(zone.seg('film.reflective-film').status).toBe('PRESENT');
    expect(zone.seg('film.optical-film')).toMatchObject({ status: 'PRESENT', viaSubSegment: true });
    expect(zone.seg('film.functional-film').status).toBe('PRESENT');
    const sub = await report({ chainId: 'film', parkId: 'nb-hitech.jiangbei' });
    expect(sub.seg('film.reflective-film').status).toBe('PRESENT');
    const other = await report({ chainId: 'film', parkId: 'nb-hitech.beilun' });
    expect(other.seg('film.reflective-film').status).toBe('MISSING');
    // From Beilun, 长阳 is the nearest supply in the same city.
    expect(other.seg('film.reflective-film').nearestSupply).toContainEqual({ enterprise: { id: 'e.changyang' }, nearness: 'CITY' });
  });

  it('Shangyu on film: PVDF film is pipeline via 中化蓝天, whose PVDF solar-film line was being built in 2017 (s004); a region covers its parks', async () => {
    const r = await report({ chainId: 'film', parkId: 'sy-etdz' });
    // 中化蓝天 is a leading firm of the zone, but the document's only PVDF-film fact is its
    // front-end project pushed to speed up construction: the same rule as 富乐德 makes it pipeline.
    const pvdf = r.seg('film.pvdf-film');
    expect(pvdf.status).toBe('PIPELINE');
    expect(pvdf.enterprises.find((e) => e.enterprise.id === 'e.sinochem-lantian')!.counts).toBe('PIPELINE');
    expect(pvdf.projects.find((p) => p.project.id === 'pj.lantian-pvdf-solar-film')!.statusAt).toBe('construction');
    // 凯诚新材料's film is mapped to functional films by inference only; its project is signed.
    expect(r.seg('film.functional-film')).toMatchObject({ status: 'PIPELINE', viaSubSegment: false });
    const zj = await report({ chainId: 'film', regionId: 'zj' });
    expect(zj.seg('film.pvdf-film').status).toBe('PIPELINE');
    expect(zj.seg('film.reflective-film').status).toBe('PRESENT');
    expect(zj.parkIds).toEqual(expect.arrayContaining(['sy-etdz', 'nb-jiangbei-hitech-park', 'zs-hitech.hongfa']));
  });

  it('asOf: Zhoushan pv modules missing at 2022, present at 2023 (润海 in production 2023)', async () => {
    const y22 = await report({ chainId: 'pv', parkId: 'zs-hitech', asOf: '2022' });
    expect(y22.seg('pv.module').status).toBe('MISSING');
    const pj = y22.seg('pv.module').projects.find((p) => p.project.id === 'pj.runhai-pv')!;
    expect(pj).toMatchObject({ counts: 'EXCLUDED', statusAt: null });
    expect(pj.reason).toMatch(/inProductionOn 2023/);
    expect((await report({ chainId: 'pv', parkId: 'zs-hitech', asOf: '2023' })).seg('pv.module').status).toBe('PRESENT');
    // Mid-2023 cannot be told from a year-only date: left out, not guessed.
    expect((await report({ chainId: 'pv', parkId: 'zs-hitech', asOf: '2023-06' })).seg('pv.module').status).toBe('MISSING');
  });

  it('asOf: Lishui polished wafers missing before 2023-06, pipeline from 2023-06 (construction started)', async () => {
    expect((await report({ chainId: 'semi', parkId: 'ls-etdz', asOf: '2023-05' })).seg('semi.polished-wafer').status).toBe('MISSING');
    const june = await report({ chainId: 'semi', parkId: 'ls-etdz', asOf: '2023-06' });
    expect(june.seg('semi.polished-wafer').status).toBe('PIPELINE');
    expect(june.seg('semi.polished-wafer').projects.find((p) => p.project.id === 'pj.fulede-polished-wafer-phase1')!.statusAt).toBe(
      'construction',
    );
    // 富乐德 itself is first reported in s002 (2024-02-27), after June 2023.
    expect(june.seg('semi.polished-wafer').enterprises.find((e) => e.enterprise.id === 'e.fulede')!.counts).toBe('EXCLUDED');
    // 长阳 was founded in 2010: present in 2015, not in 2009.
    expect((await report({ chainId: 'film', parkId: 'nb-hitech', asOf: '2015' })).seg('film.reflective-film').status).toBe('PRESENT');
    expect((await report({ chainId: 'film', parkId: 'nb-hitech', asOf: '2009' })).seg('film.reflective-film').status).toBe('MISSING');
  });

  it('errors: unknown park or chain is NOT_FOUND; both or neither scope, or a bad asOf, is BAD_USER_INPUT; anonymous is UNAUTHENTICATED', async () => {
    const code = async (vars: Record<string, unknown>, client = gql) => (await client(Q, vars)).errors?.[0]?.extensions?.code;
    expect(await code({ chainId: 'pv', parkId: 'no-such-park' })).toBe('NOT_FOUND');
    expect(await code({ chainId: 'pv', parkId: 'e.runhai' })).toBe('NOT_FOUND');
    expect(await code({ chainId: 'nope', parkId: 'zs-hitech' })).toBe('NOT_FOUND');
    expect(await code({ chainId: 'pv', parkId: 'zs-hitech', regionId: 'zj' })).toBe('BAD_USER_INPUT');
    expect(await code({ chainId: 'pv' })).toBe('BAD_USER_INPUT');
    expect(await code({ chainId: 'pv', parkId: 'zs-hitech', asOf: '2023-13' })).toBe('BAD_USER_INPUT');
    expect(await code({ chainId: 'pv', parkId: 'zs-hitech' }, graphqlClient(db, { viewer: testViewer(null) }))).toBe('UNAUTHENTICATED');
  });
});

describe('compareParks', () => {
  it('returns a parks × segments matrix in one request', async () => {
    const res = await gql<{ compareParks: { segments: { id: string }[]; rows: { park: { id: string }; statuses: string[] }[] } }>(
      `{ compareParks(chainId: "film", parkIds: ["nb-hitech", "sy-etdz", "zs-hitech"]) { segments { id } rows { park { id } statuses } } }`,
    );
    expect(res.errors).toBeUndefined();
    const m = res.data!.compareParks;
    expect(m.rows.map((r) => r.park.id)).toEqual(['nb-hitech', 'sy-etdz', 'zs-hitech']);
    for (const row of m.rows) expect(row.statuses).toHaveLength(m.segments.length);
    const col = (id: string) => m.segments.findIndex((s) => s.id === id);
    expect(m.rows.map((r) => r.statuses[col('film.reflective-film')])).toEqual(['PRESENT', 'MISSING', 'MISSING']);
    expect(m.rows.map((r) => r.statuses[col('film.pvdf-film')])).toEqual(['MISSING', 'PIPELINE', 'MISSING']);
    // Zhoushan's PI film and separator projects are planned (s000).
    expect(m.rows[2]!.statuses[col('film.pi-film')]).toBe('PIPELINE');
  });

  it('names every unknown park (NOT_FOUND) and refuses an empty list (BAD_USER_INPUT)', async () => {
    const q = `query ($ids: [ID!]!) { compareParks(chainId: "film", parkIds: $ids) { rows { statuses } } }`;
    const unknown = await gql(q, { ids: ['nb-hitech', 'nope-1', 'nope-2'] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toMatch(/nope-1.*nope-2/);
    expect((await gql(q, { ids: [] })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('chainMap', () => {
  it('is public, draws segments and cross-chain flows with statuses, and truncates enterprises at the limit', async () => {
    const anon = graphqlClient(db, { viewer: testViewer(null) });
    const q = `query ($limit: Int) { chainMap(chainId: "film", parkId: "nb-hitech", includeEnterprises: true, enterpriseLimit: $limit) {
      nodes { id type kind status parentId } edges { source target type crossChain } truncated } }`;
    const res = await anon<{
      chainMap: {
        nodes: { id: string; type: string; kind: string; status: string | null; parentId: string | null }[];
        edges: { source: string; target: string; type: string; crossChain: boolean | null }[];
        truncated: boolean;
      };
    }>(q, { limit: 10 });
    expect(res.errors).toBeUndefined();
    const map = res.data!.chainMap;
    const node = (id: string) => map.nodes.find((n) => n.id === id);
    expect(node('film.reflective-film')).toMatchObject({ status: 'PRESENT', parentId: 'film.optical-film' });
    expect(node('e.changyang')).toMatchObject({ type: 'Enterprise' });
    expect(map.edges.some((e) => e.crossChain && e.type === 'FEEDS')).toBe(true);
    for (const e of map.edges) {
      expect(node(e.source), e.source).toBeTruthy();
      expect(node(e.target), e.target).toBeTruthy();
    }
    expect(map.truncated).toBe(false);
    const cut = await anon<{ chainMap: { nodes: { type: string }[]; truncated: boolean } }>(q, { limit: 0 });
    expect(cut.data!.chainMap.truncated).toBe(true);
    expect(cut.data!.chainMap.nodes.some((n) => n.type === 'Enterprise')).toBe(false);
  });

  it('shows statuses as of a date, and refuses two scopes', async () => {
    const anon = graphqlClient(db, { viewer: testViewer(null) });
    const q = `query ($asOf: String) { chainMap(chainId: "pv", parkId: "zs-hitech", asOf: $asOf) { nodes { id status } } }`;
    const status = async (asOf: string | null) =>
      (await anon<{ chainMap: { nodes: { id: string; status: string }[] } }>(q, { asOf })).data!.chainMap.nodes.find(
        (n) => n.id === 'pv.module',
      )!.status;
    expect(await status(null)).toBe('PRESENT');
    expect(await status('2022')).toBe('MISSING');
    const both = await anon('{ chainMap(chainId: "pv", parkId: "zs-hitech", regionId: "zj") { truncated } }');
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await anon('{ chainMap(chainId: "nope") { truncated } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('adds local projects with FOR_SEGMENT edges when asked, as of a date, under the limit (public)', async () => {
    const anon = graphqlClient(db, { viewer: testViewer(null) });
    type Map = {
      chainMap: {
        nodes: { id: string; type: string; label: string; status: string | null; data: Record<string, unknown> | null }[];
        edges: { source: string; target: string; type: string }[];
        truncated: boolean;
      };
    };
    const q = `query ($asOf: String, $projects: Boolean, $limit: Int) { chainMap(chainId: "semi", parkId: "ls-etdz", asOf: $asOf, includeProjects: $projects, enterpriseLimit: $limit) {
      nodes { id type label status data } edges { source target type } truncated } }`;
    const map = async (vars: Record<string, unknown>) => {
      const r = await anon<Map>(q, { projects: true, ...vars });
      expect(r.errors).toBeUndefined();
      return r.data!.chainMap;
    };
    // Lishui (s002): 富乐德 polished-wafer phase 1 topped out (pipeline), started 2023-06, ~85 亿元.
    const now = await map({});
    const phase1 = now.nodes.find((n) => n.id === 'pj.fulede-polished-wafer-phase1');
    expect(phase1).toMatchObject({ type: 'Project', label: '富乐德12英寸抛光片项目（首期）', status: 'PIPELINE' });
    // Public maps name projects but carry no money; a signed-in viewer sees the amount.
    expect(phase1!.data).toMatchObject({ parkId: 'ls-etdz', statusAt: 'topped_out', investmentCny: null });
    const signedIn = await graphqlClient(db, { viewer: testViewer('viewer') })<Map>(q, { projects: true });
    expect(signedIn.data!.chainMap.nodes.find((n) => n.id === 'pj.fulede-polished-wafer-phase1')!.data).toMatchObject({
      investmentCny: 8500000000,
    });
    expect(now.edges).toContainEqual({ source: 'pj.fulede-polished-wafer-phase1', target: 'semi.polished-wafer', type: 'FOR_SEGMENT' });
    expect(now.nodes.find((n) => n.id === 'semi.polished-wafer')!.status).toBe('PIPELINE');
    // The umbrella project gives no status: it does not count, so it is not drawn.
    expect(now.nodes.some((n) => n.id === 'pj.fulede-semiconductor')).toBe(false);
    for (const e of now.edges)
      expect(
        now.nodes.some((n) => n.id === e.source),
        e.source,
      ).toBe(true);
    // Before construction started nothing places it in time: dropped, with its edge.
    const before = await map({ asOf: '2022' });
    expect(before.nodes.some((n) => n.type === 'Project')).toBe(false);
    expect(before.edges.some((e) => e.type === 'FOR_SEGMENT')).toBe(false);
    expect((await map({ asOf: '2023-12' })).nodes.find((n) => n.id === 'pj.fulede-polished-wafer-phase1')!.data).toMatchObject({
      statusAt: 'construction',
    });
    // Off by default; the limit cuts projects as it cuts enterprises.
    expect((await map({ projects: false })).nodes.some((n) => n.type === 'Project')).toBe(false);
    const cut = await map({ limit: 0 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.some((n) => n.type === 'Project')).toBe(false);
    // Without a scope there are no local projects.
    const bare = await anon<Map>(
      '{ chainMap(chainId: "semi", includeProjects: true) { nodes { id type label status data } edges { source target type } truncated } }',
    );
    expect(bare.data!.chainMap.nodes.some((n) => n.type === 'Project')).toBe(false);
  });
});

describe('dateRange', () => {
  it('spans the dated evidence of the scope whatever the asOf, on chainMap (public) and gapReport; null without a scope', async () => {
    const anon = graphqlClient(db, { viewer: testViewer(null) });
    const q = `query ($chain: ID!, $park: ID, $asOf: String) { chainMap(chainId: $chain, parkId: $park, asOf: $asOf) { dateRange { earliest latest } } }`;
    const range = async (park: string | null, asOf: string | null = null, chain = 'pv') => {
      const r = await anon<{ chainMap: { dateRange: { earliest: string; latest: string } | null } }>(q, { chain, park, asOf });
      expect(r.errors).toBeUndefined();
      return r.data!.chainMap.dateRange;
    };
    // Zhoushan PV (s000): 润海 in production 2023, its status and the firms' only source dated 2024.
    const now = await range('zs-hitech');
    expect(now).toEqual({ earliest: '2023', latest: '2024' });
    expect(await range('zs-hitech', '2020')).toEqual(now);
    expect(await range(null)).toBeNull();
    // Ningbo film: 长阳科技 founded 2010 (s003), the park's first firm.
    expect((await range('nb-hitech', null, 'film'))!.earliest).toBe('2010');
    const gr = await gql<{ gapReport: { dateRange: unknown } }>(
      '{ gapReport(chainId: "pv", parkId: "zs-hitech", asOf: "2021") { dateRange { earliest latest } } }',
    );
    expect(gr.data!.gapReport.dateRange).toEqual(now);
  });
});

describe('round trips', () => {
  it('compareParks costs the same number of statements for one park or five', async () => {
    const count = async (parks: string[]) => {
      const before = db.counter.total;
      const res = await gql(
        `query ($ids: [ID!]!) { compareParks(chainId: "film", parkIds: $ids) { segments { id name } rows { park { id name } statuses completeness { score } } } }`,
        { ids: parks },
      );
      expect(res.errors).toBeUndefined();
      return db.counter.total - before;
    };
    const one = await count(['nb-hitech']);
    const five = await count(['nb-hitech', 'sy-etdz', 'zs-hitech', 'ls-etdz', 'nb-hitech.jiangbei']);
    expect(five).toBe(one);
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThanOrEqual(6);
  });

  it('a full gapReport with evidence and nearest supply stays within a fixed number of statements', async () => {
    const before = db.counter.total;
    const res = await gql(Q, { chainId: 'pv', regionId: 'zj' });
    expect(res.errors).toBeUndefined();
    expect(db.counter.total - before).toBeLessThanOrEqual(8);
  });
});
