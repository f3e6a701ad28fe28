import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

describe('parks', () => {
  it('nests the ten sub-parks of Ningbo High-tech Zone (一区十园, s003)', async () => {
    const res = await gql<{ park: { name: string; subParks: { id: string; name: string }[]; region: { id: string } } }>(
      '{ park(id: "nb-hitech") { name region { id } subParks { id name } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.park.region.id).toBe('zj.ningbo');
    const names = res.data!.park.subParks.map((p) => p.name);
    expect(names).toHaveLength(10);
    for (const place of ['海曙', '鄞州', '江北', '北仑', '慈溪', '余姚', '宁海', '象山', '奉化', '大榭']) {
      expect(
        names.some((n) => n.includes(place)),
        place,
      ).toBe(true);
    }
  });

  it('rolls enterprises of sub-parks up into the parent park, or not', async () => {
    const q = `query ($rollup: Boolean) { park(id: "nb-hitech") { enterprises(includeSubParks: $rollup, first: 100) { edges { node { id name } } } } }`;
    type Data = { park: { enterprises: { edges: { node: { id: string } }[] } } };
    const rolled = await gql<Data>(q, { rollup: true });
    const direct = await gql<Data>(q, { rollup: false });
    const ids = (r: typeof rolled) => r.data!.park.enterprises.edges.map((e) => e.node.id);
    // 长阳科技 sits in Jiangbei High-tech Industrial Park, two levels below the zone.
    expect(ids(rolled)).toContain('e.changyang');
    expect(ids(rolled)).toContain('e.zhenzhi-mould');
    expect(ids(direct)).not.toContain('e.changyang');
    // The zone's own leading firms are in both.
    expect(ids(direct)).toEqual(expect.arrayContaining(['e.joyson', 'e.aux', 'e.huaxiang']));
    expect(ids(rolled)).toEqual(expect.arrayContaining(ids(direct)));
  });

  it('filters parks by region (all levels below it) and by chain', async () => {
    const res = await gql<{ ningbo: { id: string }[]; semi: { id: string }[] }>(
      '{ ningbo: parks(regionId: "zj.ningbo") { id } semi: parks(chainId: "semi") { id } }',
    );
    const ningbo = res.data!.ningbo.map((p) => p.id);
    expect(ningbo).toContain('nb-hitech');
    expect(ningbo).toContain('nb-beilun-dajie-mould-park');
    // Daxie sub-park has no region of its own: it is found through its parent.
    expect(ningbo).toContain('nb-hitech.daxie');
    expect(ningbo).not.toContain('ls-etdz');
    expect(res.data!.semi.map((p) => p.id)).toEqual(expect.arrayContaining(['ls-etdz', 'ls-etdz.chip-park']));
  });

  it("shows a park's chains with the chain-chief system and its figures with their chain", async () => {
    const res = await gql<{
      park: {
        chains: { chain: { id: string }; designation: string | null; chainChief: { fourHeads: boolean } | null }[];
        figures: { metric: string; value: number; unit: string; qualifier: string; chain: { id: string } | null }[];
      };
    }>(
      '{ park(id: "ls-etdz") { chains { chain { id } designation chainChief { fourHeads } } figures { metric value unit qualifier chain { id } } } }',
    );
    const semi = res.data!.park.chains.find((c) => c.chain.id === 'semi')!;
    expect(semi.chainChief).toEqual({ fourHeads: true });
    expect(semi.designation).toContain('万亩千亿');
    const projects = res.data!.park.figures.find((f) => f.chain?.id === 'semi' && f.unit === '个');
    expect(projects).toMatchObject({ value: 35 });
    const invest = res.data!.park.figures.find((f) => f.chain?.id === 'semi' && f.unit === 'CNY');
    expect(invest).toMatchObject({ value: 65_000_000_000, qualifier: 'OVER' });
  });

  it('cites a source for every park', async () => {
    const res = await gql<{ parks: { id: string; sources: { file: string | null }[] }[] }>('{ parks { id sources { file } } }');
    expect(res.data!.parks.length).toBeGreaterThanOrEqual(30);
    for (const p of res.data!.parks) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      expect(
        p.sources.every((s) => s.file?.endsWith('.txt')),
        p.id,
      ).toBe(true);
    }
  });
});
