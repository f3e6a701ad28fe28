// The region overview on the seeded graph: the top lists the provinces, 浙江省 drills to its
// cities and 宁波市 to its parks; every park and firm count equals a direct Cypher count, and an
// anonymous caller may read it (like chainMap with a region) but not the Region type.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient, testViewer } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

interface Place {
  kind: 'REGION' | 'PARK';
  id: string;
  name: string;
  level: string | null;
  parks: number;
  firms: number;
  chains: { chainId: string; completeness: { percent: number } }[];
}
interface Overview {
  region: Place | null;
  path: { id: string; name: string }[];
  chains: { id: string }[];
  children: Place[];
  parks: Place[];
}
const P = 'kind id name level parks firms chains { chainId completeness { percent } }';
const Q = `query ($id: ID) { regionOverview(id: $id) { region { ${P} } path { id name } chains { id } children { ${P} } parks { ${P} } } }`;

async function overview(id: string | null, client = gql): Promise<Overview> {
  const res = await client<{ regionOverview: Overview }>(Q, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.regionOverview;
}

/** Parks in the region at any depth with their sub-parks, and the firms located in them, straight from the graph. */
async function direct(regionId: string): Promise<{ parks: number; firms: number }> {
  const [row] = await db.read<{ parks: number; firms: number }>(
    {
      name: 'test/region-counts',
      text: `MATCH (r:Region {id: $regionId})
             OPTIONAL MATCH (r)<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(:Park)<-[:SUB_PARK_OF*0..]-(p:Park)
             WITH collect(DISTINCT p) AS parks
             RETURN size(parks) AS parks,
               COUNT { MATCH (e:Enterprise)-[:LOCATED_IN]->(q:Park) WHERE q IN parks RETURN DISTINCT e } AS firms`,
    },
    { regionId },
  );
  return row!;
}

describe('regionOverview', () => {
  it('drills from the provinces to 浙江省, to 宁波市, to its parks; counts are the graph’s', async () => {
    const top = await overview(null);
    expect(top.region).toBeNull();
    expect(top.path).toEqual([]);
    expect(top.children.every((c) => c.kind === 'REGION' && c.level === 'province')).toBe(true);
    const zj = top.children.find((c) => c.id === 'zj')!;
    expect(zj.name).toBe('浙江省');
    expect(zj.parks).toBeGreaterThan(20);
    expect(zj).toMatchObject(await direct('zj'));

    const province = await overview('zj');
    expect(province.region).toEqual(zj);
    expect(province.children.map((c) => c.id)).toEqual(expect.arrayContaining(['zj.ningbo', 'zj.zhoushan', 'zj.lishui']));
    for (const city of province.children) expect({ id: city.id, ...pick(city) }).toEqual({ id: city.id, ...(await direct(city.id)) });

    const ningbo = await overview('zj.ningbo');
    expect(ningbo.path.map((s) => s.name)).toEqual(['浙江省']);
    expect(ningbo.parks.map((p) => p.id)).toContain('nb-hitech');
    const park = ningbo.parks.find((p) => p.id === 'nb-hitech')!;
    expect(park).toMatchObject({ kind: 'PARK', level: null });
    // nb-hitech counts itself and its sub-parks at every depth
    expect(park.parks).toBeGreaterThan(10);
    // one figure per templated chain, in the order of `chains`, on every tile
    for (const place of [ningbo.region!, ...ningbo.children, ...ningbo.parks])
      expect(place.chains.map((c) => c.chainId)).toEqual(ningbo.chains.map((c) => c.id));
    // a city with parks has some completeness on a chain its parks grow
    expect(Math.max(...ningbo.region!.chains.map((c) => c.completeness.percent))).toBeGreaterThan(0);
  });

  // The overview reads every chain's evidence in one statement; each tile must still be what the
  // chain map shows for that scope and chain (one evidence read per chain).
  it('every tile of 浙江省 is the completeness chainMap gives for that scope and chain', async () => {
    const province = await overview('zj');
    const C = 'counted missing pipeline present percent score';
    let compared = 0;
    for (const place of [province.region!, ...province.children]) {
      const full = await gql<{ regionOverview: { region: { chains: { chainId: string; completeness: Record<string, number> }[] } } }>(
        `query ($id: ID) { regionOverview(id: $id) { region { chains { chainId completeness { ${C} } } } } }`,
        { id: place.id },
      );
      for (const { chainId, completeness } of full.data!.regionOverview.region.chains) {
        const map = await gql<{ chainMap: { completeness: Record<string, number> } }>(
          `query ($c: ID!, $r: ID) { chainMap(chainId: $c, regionId: $r) { completeness { ${C} } } }`,
          { c: chainId, r: place.id },
        );
        expect(completeness, `${chainId} in ${place.id}`).toEqual(map.data!.chainMap.completeness);
        if (completeness.counted! > 0 && completeness.percent! > 0) compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('an unknown region is NOT_FOUND; anonymous callers read it (like chainMap) but not the Region type', async () => {
    const res = await gql(Q, { id: 'no-such-region' });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = graphqlClient(db, { viewer: testViewer(null) });
    expect((await overview('zj', anonymous)).region?.parks).toBeGreaterThan(20);
    const closed = await anonymous('{ region(id: "zj") { name } }');
    expect(closed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

function pick(p: Place): { parks: number; firms: number } {
  return { parks: p.parks, firms: p.firms };
}
