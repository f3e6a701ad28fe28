// Per source document, facts read back through the API: firms in the right park, project amounts
// and stages, figures at the right level (park, sub-park, city, county) with period, unit,
// qualifier and source; and figure roll-ups that only add like to like (issue 17).
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';

const gql = graphqlClient(testExecutor());

interface Fig {
  metric: string;
  value: number;
  unit: string;
  qualifier: string;
  period: string | null;
  ownerLevel: string | null;
  note: string | null;
  sources: { id: string }[];
}
const FIG = 'metric value unit qualifier period ownerLevel note sources { id }';

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}
const regionFigures = async (id: string) =>
  (await ok<{ region: { figures: Fig[] } }>(`query($id: ID!) { region(id: $id) { figures { ${FIG} } } }`, { id })).region.figures;
const parkFigures = async (id: string) =>
  (await ok<{ park: { figures: Fig[] } }>(`query($id: ID!) { park(id: $id) { figures { ${FIG} } } }`, { id })).park.figures;
const fig = (list: Fig[], metric: string) => {
  const f = list.find((x) => x.metric === metric);
  expect(f, metric).toBeDefined();
  return f!;
};

describe('s000 舟山高新区 2023', () => {
  it('润海: the weaker reading of "5条4GW" and "3条3GW" (4 GW and 3 GW in all), never a product', async () => {
    const d = await ok<{
      project: { status: string; park: { id: string }; capacity: { product: string; value: number; unit: string; note: string }[] };
    }>('{ project(id: "pj.runhai-pv") { status park { id } capacity { product value unit note } } }');
    expect(d.project.park.id).toBe('zs-hitech');
    expect(d.project.status).toBe('IN_PRODUCTION');
    const cap = Object.fromEntries(d.project.capacity.map((c) => [c.product, c]));
    expect(cap['光伏组件']).toMatchObject({ value: 4, unit: 'GW' });
    expect(cap['异质结电池']).toMatchObject({ value: 3, unit: 'GW' });
    expect(cap['光伏组件']!.note).toMatch(/较弱读法/);
  });

  it('the park states no level, and its own figures cite document 000 only', async () => {
    const d = await ok<{ park: { level: string | null } }>('{ park(id: "zs-hitech") { level } }');
    expect(d.park.level).toBeNull();
    const figures = await parkFigures('zs-hitech');
    const fromS000 = figures.filter((f) => f.period === '2023');
    expect(fromS000.length).toBeGreaterThanOrEqual(10);
    for (const f of fromS000)
      expect(
        f.sources.map((s) => s.id),
        f.metric,
      ).toEqual(['s000']);
    expect(fig(figures, '新引进高校毕业生')).toMatchObject({ value: 1607, unit: '人', ownerLevel: 'PARK' });
    // The 10 key projects signed on 2022-09-07 come from document 001.
    expect(fig(figures, '签约落户重点项目')).toMatchObject({ value: 10, period: '2022-09-07', sources: [{ id: 's001' }] });
  });

  it('the bunker-fuel figure is Zhoushan city’s, cited to 000', async () => {
    expect(fig(await regionFigures('zj.zhoushan'), '保税燃油加注量')).toMatchObject({
      value: 704.6,
      unit: '万吨',
      ownerLevel: 'CITY',
      sources: [{ id: 's000' }],
    });
  });
});

describe('s001 舟山市工业经济 2022', () => {
  it('city-wide growth, project batches and little-giant counts sit at city (and county) level', async () => {
    const city = await regionFigures('zj.zhoushan');
    expect(fig(city, '规上工业总产值同比增长')).toMatchObject({
      value: 58.9,
      unit: '%',
      period: '2022-01/2022-08',
      ownerLevel: 'CITY',
      sources: [{ id: 's001' }],
    });
    expect(fig(city, '集中开工重大项目')).toMatchObject({ value: 15, period: '2022-01-05' });
    expect(fig(city, '集中开工重大项目总投资')).toMatchObject({ value: 47_800_000_000, unit: 'CNY' });
    expect(fig(city, '集中签约重大项目总投资')).toMatchObject({ value: 35_800_000_000, period: '2022-01-06' });
    expect(fig(city, '新获评第三批国家级专精特新"小巨人"企业')).toMatchObject({ value: 7, unit: '家', period: '2021' });
    expect(fig(await regionFigures('zj.zhoushan.daishan'), '集中签约落户的重大项目')).toMatchObject({
      value: 5,
      ownerLevel: 'COUNTY',
      period: '2022-08',
    });
    expect(fig(await regionFigures('zj.zhoushan.dinghai'), '集中签约产业项目总投资')).toMatchObject({
      qualifier: 'OVER',
      ownerLevel: 'DISTRICT',
    });
  });

  it('whole-chain promotion with its fishbone and target maps are the city’s policies', async () => {
    const d = await ok<{ region: { policies: { id: string; kind: string; park: null | { id: string }; sources: { id: string }[] }[] } }>(
      '{ region(id: "zj.zhoushan") { policies { id kind park { id } sources { id } } } }',
    );
    const byId = new Map(d.region.policies.map((p) => [p.id, p]));
    expect(byId.get('pol.zs.whole-chain-promotion')).toMatchObject({ kind: 'strategy', park: null, sources: [{ id: 's001' }] });
    expect(byId.get('pol.zs.fishbone-maps')!.kind).toBe('promotion_tool');
    expect(byId.get('pol.zs.target-maps')!.kind).toBe('promotion_tool');
  });

  it('the "千亩" bridge base is an approximate area, in 舟山高新区', async () => {
    const d = await ok<{ project: { landMu: number; landQualifier: string; park: { id: string }; status: string } }>(
      '{ project(id: "pj.crsbg-bridge-base") { landMu landQualifier park { id } status } }',
    );
    expect(d.project).toEqual({ landMu: 1000, landQualifier: 'ABOUT', park: { id: 'zs-hitech' }, status: 'IN_PRODUCTION' });
  });
});

describe('s002 丽水经开区', () => {
  it('city-wide figures are Lishui city’s, not the zone’s', async () => {
    const city = await regionFigures('zj.lishui');
    expect(fig(city, '招商到位资金目标')).toMatchObject({
      value: 25_800_000_000,
      qualifier: 'TARGET',
      period: '2024',
      ownerLevel: 'CITY',
      sources: [{ id: 's002' }],
    });
    expect(fig(city, '产值超100亿元的特色产业集群')).toMatchObject({ value: 6, ownerLevel: 'CITY' });
    const zone = await parkFigures('ls-etdz');
    expect(zone.map((f) => f.metric)).not.toContain('招商到位资金目标');
    expect(fig(zone, '四年落地半导体项目')).toMatchObject({ value: 35, ownerLevel: 'PARK', period: '2020/2023' });
  });

  it('富乐德 phase 1: amount, land, stage; the firm carries no English name the source does not give', async () => {
    const d = await ok<{
      project: { investmentCny: number; status: string; annualOutputQualifier: string; phaseOf: { landMu: number; landQualifier: string } };
      enterprise: { nameEn: string | null; park: { id: string } };
    }>(
      '{ project(id: "pj.fulede-polished-wafer-phase1") { investmentCny status annualOutputQualifier phaseOf { landMu landQualifier } } enterprise(id: "e.fulede") { nameEn park { id } } }',
    );
    expect(d.project).toEqual({
      investmentCny: 8_500_000_000,
      status: 'TOPPED_OUT',
      annualOutputQualifier: 'EXPECTED',
      phaseOf: { landMu: 400, landQualifier: 'ABOUT' },
    });
    expect(d.enterprise).toEqual({ nameEn: null, park: { id: 'ls-etdz' } });
  });
});

describe('s003 宁波高新区', () => {
  it('长阳 is in 江北膜动力小镇, which lies in the Jiangbei high-tech park; the town’s capacity is a sub-park figure', async () => {
    const d = await ok<{ enterprise: { park: { id: string; parent: { id: string } } } }>(
      '{ enterprise(id: "e.changyang") { park { id parent { id } } } }',
    );
    expect(d.enterprise.park).toEqual({ id: 'nb-jiangbei-film-power-town', parent: { id: 'nb-jiangbei-hitech-park' } });
    const town = await ok<{ park: { enterprises: { edges: { node: { id: string } }[] } } }>(
      '{ park(id: "nb-jiangbei-film-power-town") { enterprises(first: 10) { edges { node { id } } } } }',
    );
    expect(town.park.enterprises.edges.map((e) => e.node.id)).toContain('e.changyang');
    expect(fig(await parkFigures('nb-jiangbei-film-power-town'), '膜材料年产能')).toMatchObject({
      value: 500_000_000,
      unit: 'm²',
      ownerLevel: 'SUB_PARK',
    });
  });
});

describe('s004 上虞经开区 2017', () => {
  it('projects with their amounts and stages, and the chemical-industry targets', async () => {
    const d = await ok<{ a: { investmentCny: number; status: string }; b: { investmentCny: number; status: string } }>(
      '{ a: project(id: "pj.pharmaron-base") { investmentCny status } b: project(id: "pj.kaicheng-film") { investmentCny status } }',
    );
    expect(d.a).toEqual({ investmentCny: 3_000_000_000, status: 'SIGNED' });
    expect(d.b).toEqual({ investmentCny: 1_500_000_000, status: 'SIGNED' });
    const zone = await parkFigures('sy-etdz');
    expect(fig(zone, '化工企业整治达标')).toMatchObject({
      value: 80,
      unit: '家',
      qualifier: 'TARGET',
      period: '2017',
      sources: [{ id: 's004' }],
    });
    expect(fig(zone, '反应类压力容器淘汰更新')).toMatchObject({ value: 164, unit: '台套' });
  });
});

describe('figure roll-ups', () => {
  interface Group {
    metric: string;
    unit: string;
    period: string | null;
    qualifier: string;
    ownerLevel: string | null;
    count: number;
    total: number | null;
    figures: Fig[];
    ownerIds: string[];
  }
  const GROUP = `metric unit period qualifier ownerLevel count total figures { ${FIG} } ownerIds`;

  it('a region’s roll-up never puts figures of different kinds, periods, qualifiers or levels together', async () => {
    const d = await ok<{ region: { figureRollup: Group[] } }>(`{ region(id: "zj") { figureRollup { ${GROUP} } } }`);
    const groups = d.region.figureRollup;
    expect(groups.length).toBeGreaterThan(50);
    for (const g of groups) {
      for (const f of g.figures) {
        expect([f.metric, f.unit, f.period, f.qualifier, f.ownerLevel]).toEqual([g.metric, g.unit, g.period, g.qualifier, g.ownerLevel]);
      }
    }
    // The city-wide Lishui target and the zone's own figures stay apart, each at its level.
    const levels = new Set(groups.map((g) => g.ownerLevel));
    expect(levels).toEqual(new Set(['CITY', 'COUNTY', 'DISTRICT', 'PARK', 'SUB_PARK']));
    const target = groups.find((g) => g.metric === '招商到位资金目标')!;
    expect(target).toMatchObject({ ownerLevel: 'CITY', count: 1, total: 25_800_000_000, ownerIds: ['zj.lishui'] });
    // A share is never summed.
    for (const g of groups.filter((x) => x.unit === '%' && x.count > 1)) expect(g.total).toBeNull();
  });

  it('a park’s roll-up covers its sub-parks', async () => {
    const d = await ok<{ park: { figureRollup: Group[] } }>(`{ park(id: "nb-hitech") { figureRollup { ${GROUP} } } }`);
    const owners = new Set(d.park.figureRollup.flatMap((g) => g.ownerIds));
    expect(owners).toEqual(new Set(['nb-hitech', 'nb-beilun-dajie-mould-park', 'nb-jiangbei-film-power-town']));
  });
});
