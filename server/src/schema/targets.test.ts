// Target ranking explained, five lists and project review checked by hand against the seeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient, testViewer } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

interface Target {
  enterprise: { id: string };
  relevance: string;
  score: number;
  parts: { key: string; points: number }[];
}
const TQ = `query ($chainId: ID!, $parkId: ID, $regionId: ID, $segmentId: ID, $limit: Int, $offset: Int) {
  targets(chainId: $chainId, parkId: $parkId, regionId: $regionId, segmentId: $segmentId, limit: $limit, offset: $offset) {
    total gapSegments { id } items { enterprise { id } relevance score parts { key points } }
  }
}`;
async function targets(vars: Record<string, unknown>) {
  const res = await gql<{ targets: { total: number; gapSegments: { id: string }[]; items: Target[] } }>(TQ, vars);
  expect(res.errors).toBeUndefined();
  return res.data!.targets;
}

describe('targets', () => {
  // Three test firms in pv.polysilicon: a leading one and a plain one elsewhere, one inside the park.
  beforeAll(async () => {
    await db.write(
      {
        name: 'test-targets-setup',
        text: `UNWIND $rows AS r
        MATCH (s:Segment {id: 'pv.polysilicon'})
        CREATE (e:Enterprise:Entity {id: r.id, name: r.name, roles: r.roles})-[:IN_SEGMENT]->(s)
        WITH e, r MATCH (p:Park {id: r.park}) CREATE (e)-[:LOCATED_IN]->(p)`,
      },
      {
        rows: [
          { id: 'test-tg.leading', name: '测试龙头硅料', roles: ['leading'], park: 'ls-etdz' },
          { id: 'test-tg.plain', name: '测试普通硅料', roles: [], park: 'ls-etdz' },
          { id: 'test-tg.local', name: '测试园内硅料', roles: ['anchor'], park: 'zs-hitech.hongfa' },
          { id: 'test-tg.rich', name: '测试大型硅料', roles: ['little_giant'], park: 'ls-etdz' },
        ],
      },
    );
    // test-tg.rich states sales of 50 亿元 and supplies the firm inside the park.
    await db.write({
      name: 'test-targets-setup-rich',
      text: `MATCH (e:Enterprise {id: 'test-tg.rich'}), (l:Enterprise {id: 'test-tg.local'})
        CREATE (e)-[:HAS_FIGURE]->(:Figure {id: 'test-tg.rich.sales', metric: '销售额', value: 5.0e9, unit: 'CNY', period: '2023'})
        CREATE (e)-[:SUPPLIES]->(l)`,
    });
  });
  afterAll(async () => {
    await db.write({
      name: 'test-targets-cleanup',
      text: `MATCH (n) WHERE (n:Enterprise OR n:Figure) AND n.id STARTS WITH 'test-tg.' DETACH DELETE n`,
    });
  });

  it('returns the facts of each part for wording it in any language, keeping the English label', async () => {
    const res = await gql<{
      targets: { items: { enterprise: { id: string }; parts: { key: string; label: string; values: Record<string, unknown> }[] }[] };
    }>(
      `query { targets(chainId: "pv", parkId: "zs-hitech", segmentId: "pv.polysilicon") { items { enterprise { id } parts {
        key label values { relevance role salesYi capacityProduct capacityValue capacityUnit supplyPartners { id name } proximity } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const rich = res.data!.targets.items.find((i) => i.enterprise.id === 'test-tg.rich')!;
    const part = (k: string) => rich.parts.find((p) => p.key === k)!;
    const empty = {
      relevance: null,
      role: null,
      salesYi: null,
      capacityProduct: null,
      capacityValue: null,
      capacityUnit: null,
      supplyPartners: null,
      proximity: null,
    };
    expect(part('relevance').values).toEqual({ ...empty, relevance: 'EXACT' });
    expect(part('role').values).toEqual({ ...empty, role: 'little_giant' });
    expect(part('size').values).toEqual({ ...empty, salesYi: 50 });
    expect(part('supply').values).toEqual({ ...empty, supplyPartners: [{ id: 'test-tg.local', name: '测试园内硅料' }] });
    expect(part('proximity').values).toEqual({ ...empty, proximity: 'PROVINCE' });
    expect(part('size').label).toBe('size: sales 50 亿元');
  });

  it('ranks a leading firm above a plain one, never lists a firm already in the park, and score parts sum to the score', async () => {
    const t = await targets({ chainId: 'pv', parkId: 'zs-hitech', segmentId: 'pv.polysilicon' });
    const ids = t.items.map((i) => i.enterprise.id);
    expect(ids.indexOf('test-tg.leading')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('test-tg.leading')).toBeLessThan(ids.indexOf('test-tg.plain'));
    expect(ids).not.toContain('test-tg.local');
    for (const i of t.items) expect(i.parts.reduce((s, p) => s + p.points, 0)).toBeCloseTo(i.score, 5);
    const leading = t.items.find((i) => i.enterprise.id === 'test-tg.leading')!;
    // exact segment 40 + leading 20 + same province (Lishui is in Zhejiang) 5
    expect(leading.parts).toEqual([
      { key: 'relevance', points: 40 },
      { key: 'role', points: 20 },
      { key: 'proximity', points: 5 },
    ]);
    expect(leading.score).toBe(65);
  });

  it('for Zhoushan on film: 中化蓝天 (leading, PVDF film) before 长阳 (reflective film) before 凯诚 (inferred functional film)', async () => {
    const t = await targets({ chainId: 'film', parkId: 'zs-hitech', limit: 100 });
    const ids = t.items.map((i) => i.enterprise.id);
    // Listed firms of the data set rank among them; the three firms of the documents keep their order.
    expect(ids.filter((id) => ['e.sinochem-lantian', 'e.changyang', 'e.kaicheng'].includes(id))).toEqual([
      'e.sinochem-lantian',
      'e.changyang',
      'e.kaicheng',
    ]);
    expect(ids.slice(0, 2)).toEqual(['e.sinochem-lantian', 'e.changyang']);
    expect(t.items.find((i) => i.enterprise.id === 'e.kaicheng')!.parts).toContainEqual({ key: 'inferred', points: -15 });
    expect(t.gapSegments.map((s) => s.id)).toEqual(expect.arrayContaining(['film.pi-film', 'film.pvdf-film', 'film.reflective-film']));
    expect(t.total).toBeGreaterThanOrEqual(3);
    const page2 = await targets({ chainId: 'film', parkId: 'zs-hitech', limit: 1, offset: 1 });
    expect(page2.items.map((i) => i.enterprise.id)).toEqual(['e.changyang']);
  });

  it('errors: a segment of another chain is NOT_FOUND, a bad limit BAD_USER_INPUT, anonymous UNAUTHENTICATED', async () => {
    const code = async (vars: Record<string, unknown>, client = gql) => (await client(TQ, vars)).errors?.[0]?.extensions?.code;
    expect(await code({ chainId: 'film', parkId: 'zs-hitech', segmentId: 'pv.module' })).toBe('NOT_FOUND');
    expect(await code({ chainId: 'film', parkId: 'zs-hitech', limit: 0 })).toBe('BAD_USER_INPUT');
    expect(await code({ chainId: 'film', parkId: 'zs-hitech', regionId: 'zj' })).toBe('BAD_USER_INPUT');
    expect(await code({ chainId: 'film', parkId: 'zs-hitech' }, graphqlClient(db, { viewer: testViewer(null) }))).toBe('UNAUTHENTICATED');
  });
});

describe('park five lists and project review', () => {
  it('Lishui ETDZ on semi: the 2023 chain-chief plan, 珏芯 leading, 富乐德 projects first by investment (s002)', async () => {
    const res = await gql<{
      park: {
        fiveLists: {
          policies: { id: string; issued: string; sources: { id: string }[] }[];
          leadingFirms: { id: string }[];
          supportingFirms: { id: string }[];
          keyProjects: { id: string }[];
          investmentLeads: { score: number }[];
        };
      };
    }>(`{ park(id: "ls-etdz") { fiveLists(chainId: "semi") {
      policies { id issued sources { id } } leadingFirms { id } supportingFirms { id } keyProjects { id } investmentLeads { score } } } }`);
    expect(res.errors).toBeUndefined();
    const f = res.data!.park.fiveLists;
    expect(f.policies).toEqual([{ id: 'pol.ls-etdz.chain-chief-plan-2023', issued: '2023', sources: [{ id: 's002' }] }]);
    expect(f.leadingFirms.map((e) => e.id)).toEqual(['e.juexin']);
    expect(f.supportingFirms).toEqual([]);
    expect(f.keyProjects.map((p) => p.id)).toEqual(['pj.fulede-semiconductor', 'pj.fulede-polished-wafer-phase1', 'pj.shenhe-sensor']);
    expect(Array.isArray(f.investmentLeads)).toBe(true);
  });

  it('Zhoushan high-tech park: four 2023 policies, 金越 and 金度 supporting 宏发新能源 (s000)', async () => {
    const res = await gql<{ park: { fiveLists: { policies: { id: string }[]; supportingFirms: { id: string }[] } } }>(
      `{ park(id: "zs-hitech") { fiveLists { policies { id } supportingFirms { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.park.fiveLists.policies).toHaveLength(4);
    expect(res.data!.park.fiveLists.supportingFirms.map((e) => e.id).sort()).toEqual(['e.jindu-tech', 'e.jinyue-electric']);
  });

  it('Zhoushan project review: 5 projects counted, production 4/5, capacity 0/5, 7 excluded with reasons', async () => {
    const res = await gql<{
      park: {
        projectReview: {
          counted: { id: string }[];
          excluded: { project: { id: string }; reason: string; reasonKey: string }[];
          rates: { key: string; numerator: number; denominator: number; rate: number | null; projects: { id: string }[] }[];
        };
      };
    }>(`{ park(id: "zs-hitech") { projectReview {
      counted { id } excluded { project { id } reason reasonKey } rates { key numerator denominator rate projects { id } } } } }`);
    expect(res.errors).toBeUndefined();
    const r = res.data!.park.projectReview;
    expect(r.counted.map((p) => p.id).sort()).toEqual([
      'pj.crsbg-bridge-base',
      'pj.hongfa-park',
      'pj.liming-engine-brake',
      'pj.runhai-pv',
      'pj.xinteng',
    ]);
    expect(r.excluded).toHaveLength(7);
    expect(r.excluded.find((e) => e.project.id === 'pj.zs-pi-optical-film')!).toMatchObject({
      reason: expect.stringMatching(/planned/),
      reasonKey: 'planned',
    });
    for (const e of r.excluded) expect(['planned', 'noStatus']).toContain(e.reasonKey);
    const rate = (k: string) => r.rates.find((x) => x.key === k)!;
    expect(rate('fundsArrival')).toMatchObject({ numerator: 5, denominator: 5, rate: 1 });
    expect(rate('start')).toMatchObject({ numerator: 5, denominator: 5 });
    // 黎明智造's brake project is built and in trial production (s000): not yet in production.
    expect(rate('production')).toMatchObject({ numerator: 4, denominator: 5, rate: 0.8 });
    expect(rate('production').projects.map((p) => p.id)).not.toContain('pj.liming-engine-brake');
    expect(rate('capacityReached')).toMatchObject({ numerator: 0, rate: 0 });
    expect(rate('loss')).toMatchObject({ numerator: 0, rate: 0 });
  });

  it('without a chain, investment leads come from every chain the park grows, best first', async () => {
    const res = await gql<{ park: { fiveLists: { investmentLeads: { enterprise: { id: string }; score: number }[] } } }>(
      `{ park(id: "zs-hitech") { fiveLists { investmentLeads(limit: 5) { enterprise { id } score } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const leads = res.data!.park.fiveLists.investmentLeads;
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.length).toBeLessThanOrEqual(5);
    expect(leads.map((l) => l.enterprise.id)).toContain('e.sinochem-lantian');
    expect([...leads].sort((a, b) => b.score - a.score)).toEqual(leads);
  });

  it('needs the viewer role', async () => {
    const anon = graphqlClient(db, { viewer: testViewer(null) });
    const res = await anon('{ park(id: "zs-hitech") { projectReview { counted { id } } } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
