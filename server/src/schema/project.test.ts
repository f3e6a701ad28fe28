import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

describe('projects and enterprises', () => {
  it('reads the 富乐德 12-inch wafer project with its figures and its source (s002)', async () => {
    const res = await gql<{ project: Record<string, any> }>(`{
      project(id: "pj.fulede-polished-wafer-phase1") {
        name investmentCny landMu annualOutputCny status statusAsOf
        dates { started toppedOut plannedCompletion inProduction }
        capacity { product value unit qualifier }
        investor { name } park { id } phaseOf { id investmentCny investmentQualifier landMu }
        segments { segment { id } inferred }
        sources { file publisher date title }
      } }`);
    expect(res.errors).toBeUndefined();
    const p = res.data!.project;
    expect(p.investmentCny).toBe(8_500_000_000);
    expect(p.landMu).toBe(224);
    expect(p.annualOutputCny).toBe(2_200_000_000);
    expect(p.status).toBe('TOPPED_OUT');
    expect(p.dates).toEqual({ started: '2023-06', toppedOut: null, plannedCompletion: '2024-08', inProduction: null });
    expect(p.capacity).toEqual([{ product: '12英寸抛光片', value: 3_600_000, unit: '片/年', qualifier: 'EXPECTED' }]);
    expect(p.investor.name).toBe('富乐德');
    expect(p.park.id).toBe('ls-etdz');
    expect(p.phaseOf).toEqual({ id: 'pj.fulede-semiconductor', investmentCny: 12_000_000_000, investmentQualifier: 'ABOUT', landMu: 400 });
    expect(p.segments).toEqual([{ segment: { id: 'semi.polished-wafer' }, inferred: false }]);
    expect(p.sources).toEqual([
      expect.objectContaining({
        file: '002_42ac581b246fc895.txt',
        date: '2024-02-27',
        publisher: expect.stringContaining('丽水经济技术开发区'),
      }),
    ]);
  });

  it("gives an enterprise's segments, stated or inferred with a basis", async () => {
    const res = await gql<{ a: any; b: any }>(`{
      a: enterprise(id: "e.changyang") { name park { name } segments { segment { id name } inferred basis } sources { file } }
      b: enterprise(id: "e.hongfa-new-energy") { segments { segment { id } inferred basis } }
    }`);
    expect(res.data!.a.park.name).toBe('江北膜动力小镇');
    expect(res.data!.a.segments).toEqual([{ segment: { id: 'film.reflective-film', name: '反射膜' }, inferred: false, basis: null }]);
    expect(res.data!.a.sources).toEqual(
      expect.arrayContaining([{ file: '003_eec577c9bc695ea4.txt' }, { file: '../shared/datasets/a-share-industry-kg/' }]),
    );
    const [hongfa] = res.data!.b.segments;
    expect(hongfa).toMatchObject({ segment: { id: 'pv.junction-box' }, inferred: true });
    expect(hongfa.basis.length).toBeGreaterThan(5);
  });

  it('filters projects by status and park, sub-parks included', async () => {
    type Page<T> = { edges: { node: T }[] };
    const res = await gql<{ topped: Page<{ id: string }>; lishui: Page<{ id: string; park: { id: string } }> }>(
      '{ topped: projects(status: TOPPED_OUT) { edges { node { id } } } lishui: projects(parkId: "ls-etdz", first: 100) { edges { node { id park { id } } } } }',
    );
    expect(res.data!.topped.edges.map((e) => e.node.id)).toEqual(['pj.fulede-polished-wafer-phase1']);
    const lishui = res.data!.lishui.edges.map((e) => e.node);
    expect(lishui.map((p) => p.id)).toEqual(
      expect.arrayContaining(['pj.fulede-semiconductor', 'pj.zxn-sci-tech-park', 'pj.shenhe-sensor']),
    );
    expect(lishui.some((p) => p.park.id === 'ls-etdz.zxn-sci-tech-park')).toBe(true);
  });

  it('refuses a malformed argument with a GraphQL validation error', async () => {
    const res = await gql('{ projects(status: BUILDING) { totalCount } }');
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toMatch(/BUILDING/);
  });
});
