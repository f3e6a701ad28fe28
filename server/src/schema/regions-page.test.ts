// Query.regionsConnection: every region reachable page by page (Query.regions stops at its cap),
// each followed by the regions in it, with level, parent and text filters.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient, walkConnection } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

interface RegionNode {
  id: string;
  name: string;
  level: string;
  parent: { id: string } | null;
}

const PAGE = `query ($first: Int, $after: String, $query: String, $level: RegionLevel, $parentId: ID) {
  regionsConnection(first: $first, after: $after, query: $query, level: $level, parentId: $parentId) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name level parent { id } } }
  }
}`;

/** Every page of a filter, in order. */
async function walk(vars: Record<string, unknown>, first: number): Promise<{ total: number; regions: RegionNode[]; pages: number }> {
  const { total, nodes, pages } = await walkConnection<RegionNode>(gql, PAGE, 'regionsConnection', vars, first);
  return { total, regions: nodes, pages };
}

const ids = (rs: { id: string }[]) => rs.map((r) => r.id).sort();

describe('regionsConnection', () => {
  it('pages through every region once, each after the region it lies in and each province’s regions together', async () => {
    const all = await gql<{ regions: RegionNode[] }>('{ regions { id name level parent { id } } }');
    const { total, regions, pages } = await walk({}, 7);
    expect(total).toBe(all.data!.regions.length);
    expect(total).toBeGreaterThan(14);
    expect(pages).toBe(Math.ceil(total / 7));
    expect(ids(regions)).toEqual(ids(all.data!.regions));

    const byId = new Map(regions.map((r) => [r.id, r]));
    const top = (r: RegionNode): string => (r.parent ? top(byId.get(r.parent.id)!) : r.id);
    const at = new Map(regions.map((r, i) => [r.id, i]));
    for (const [i, r] of regions.entries()) {
      if (r.parent) expect(at.get(r.parent.id)!, `${r.id} comes after ${r.parent.id}`).toBeLessThan(i);
    }
    // A province's regions are contiguous: as many runs of one province as provinces.
    const provinces = regions.map(top);
    expect(new Set(provinces).size).toBe(provinces.filter((p, i) => p !== provinces[i - 1]).length);
    // 宁波市 and its nine districts and counties: ten rows in a row.
    const nb = regions.findIndex((r) => r.id === 'zj.ningbo');
    expect(regions.slice(nb, nb + 10).every((r) => r.id === 'zj.ningbo' || r.parent?.id === 'zj.ningbo')).toBe(true);
  });

  it('filters by level and by the region they lie in, at any depth below it', async () => {
    const all = (await gql<{ regions: RegionNode[] }>('{ regions { id name level parent { id } } }')).data!.regions;
    for (const level of ['PROVINCE', 'CITY', 'DISTRICT', 'COUNTY']) {
      const page = await walk({ level }, 100);
      expect(ids(page.regions), level).toEqual(ids(all.filter((r) => r.level === level)));
    }
    const parentOf = new Map(all.map((r) => [r.id, r.parent?.id ?? null]));
    const below = (id: string, under: string): boolean => {
      const p = parentOf.get(id);
      return p != null && (p === under || below(p, under));
    };
    const inZj = await walk({ parentId: 'zj' }, 100);
    expect(ids(inZj.regions)).toEqual(ids(all.filter((r) => below(r.id, 'zj'))));
    expect(inZj.regions.map((r) => r.id)).not.toContain('zj');
    expect(inZj.regions.map((r) => r.id)).toEqual(expect.arrayContaining(['zj.ningbo', 'zj.ningbo.beilun']));

    const citiesInZj = await walk({ parentId: 'zj', level: 'CITY' }, 100);
    expect(ids(citiesInZj.regions)).toEqual(ids(all.filter((r) => r.level === 'CITY' && below(r.id, 'zj'))));
    expect((await walk({ parentId: 'zj.ningbo.beilun' }, 100)).total).toBe(0);
  });

  it('finds regions by name, English name in any case or id; a blank text filters nothing', async () => {
    const ningbo = await walk({ query: '宁波' }, 100);
    expect(ningbo.regions.map((r) => r.id)).toEqual(['zj.ningbo']);
    expect((await walk({ query: 'NINGBO' }, 100)).regions.map((r) => r.id)).toEqual(['zj.ningbo']);
    // Ids carry the path, so an id fragment finds the region and those in it.
    const byId = await walk({ query: 'zj.ningbo' }, 100);
    expect(byId.total).toBe(10);
    expect((await walk({ query: '宁波', level: 'DISTRICT' }, 100)).total).toBe(0);
    expect((await walk({ query: '没有这个地区' }, 100)).total).toBe(0);
    const all = await walk({}, 100);
    expect((await walk({ query: '  ' }, 100)).total).toBe(all.total);
  });

  it('refuses a text over 100 characters and a page over 100, naming the argument', async () => {
    const long = await gql(PAGE, { query: '市'.repeat(101), first: 10 });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0]?.message).toContain('"query"');
    const big = await gql(PAGE, { first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toContain('"first"');
  });
});
