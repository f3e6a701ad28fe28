// Query.parksConnection: every park reachable page by page (Query.parks stops at its cap), with
// sub-parks kept after their top park and a name filter that also matches the parks' regions.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient, walkConnection } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

interface ParkNode {
  id: string;
  name: string;
  parent: { id: string } | null;
}

const PAGE = `query ($first: Int, $after: String, $query: String, $chainId: ID, $regionId: ID) {
  parksConnection(first: $first, after: $after, query: $query, chainId: $chainId, regionId: $regionId) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name parent { id } } }
  }
}`;

/** Every page of a filter, in order. */
async function walk(vars: Record<string, unknown>, first: number): Promise<{ total: number; parks: ParkNode[]; pages: number }> {
  const { total, nodes, pages } = await walkConnection<ParkNode>(gql, PAGE, 'parksConnection', vars, first);
  return { total, parks: nodes, pages };
}

describe('parksConnection', () => {
  it('pages through every park once, each sub-park after its top park and its group together', async () => {
    const all = await gql<{ parks: ParkNode[] }>('{ parks { id name parent { id } } }');
    const { total, parks, pages } = await walk({}, 7);
    expect(total).toBe(all.data!.parks.length);
    expect(pages).toBe(Math.ceil(total / 7));
    expect(parks.map((p) => p.id).sort()).toEqual(all.data!.parks.map((p) => p.id).sort());

    const byId = new Map(parks.map((p) => [p.id, p]));
    const top = (p: ParkNode): string => (p.parent ? top(byId.get(p.parent.id)!) : p.id);
    const at = new Map(parks.map((p, i) => [p.id, i]));
    const groups = parks.map(top);
    for (const [i, p] of parks.entries()) {
      if (p.parent) expect(at.get(p.parent.id)!, `${p.id} comes after its parent`).toBeLessThan(i);
    }
    // A group's rows are contiguous: as many runs of one top park as top parks.
    expect(new Set(groups).size).toBe(groups.filter((g, i) => g !== groups[i - 1]).length);
    // Ningbo High-tech Zone and its ten sub-parks (一区十园): eleven rows in a row.
    const nb = parks.findIndex((p) => p.id === 'nb-hitech');
    expect(parks.slice(nb, nb + 11).every((p) => top(p) === 'nb-hitech')).toBe(true);
  });

  it('finds parks by their name, their English name in any case, or the name of a region they lie in', async () => {
    const ningbo = await walk({ query: '宁波' }, 100);
    const ids = ningbo.parks.map((p) => p.id);
    // The sub-parks are named for their districts (海曙, 鄞州 …), not for 宁波: found through the city.
    expect(ids).toEqual(expect.arrayContaining(['nb-hitech', 'nb-hitech.daxie', 'nb-beilun-dajie-mould-park']));
    expect(ids).not.toContain('ls-etdz');
    expect(ningbo.total).toBe(ids.length);
    const byRegion = await gql<{ parks: { id: string }[] }>('{ parks(regionId: "zj.ningbo") { id } }');
    expect(ids.sort()).toEqual(byRegion.data!.parks.map((p) => p.id).sort());

    const zhoushan = await walk({ query: '舟山高新' }, 100);
    expect(zhoushan.parks.map((p) => p.id)).toContain('zs-hitech');
    expect(zhoushan.parks.every((p) => p.name.includes('舟山'))).toBe(true);

    const english = await gql<{ park: { nameEn: string | null } }>('{ park(id: "zs-hitech") { nameEn } }');
    const word = english.data!.park.nameEn!.split(' ')[0]!.toUpperCase();
    const en = await walk({ query: word }, 100);
    expect(en.parks.map((p) => p.id)).toContain('zs-hitech');

    expect((await walk({ query: '没有这个园区' }, 100)).total).toBe(0);
  });

  it('combines the text with the chain and region filters; a blank text filters nothing', async () => {
    const semiLishui = await walk({ chainId: 'semi', query: '丽水' }, 100);
    expect(semiLishui.parks.map((p) => p.id)).toEqual(expect.arrayContaining(['ls-etdz', 'ls-etdz.chip-park']));
    // Each pair gives exactly the parks both filters give alone, and some pair drops parks.
    let dropped = 0;
    for (const [chainId, query] of [
      ['pv', '舟山'],
      ['semi', '宁波'],
      ['semi', '丽水'],
    ] as const) {
      const ofChain = (await walk({ chainId }, 100)).parks.map((p) => p.id);
      const ofText = (await walk({ query }, 100)).parks.map((p) => p.id);
      const both = (await walk({ chainId, query }, 100)).parks.map((p) => p.id);
      expect(both.sort(), `${chainId} + ${query}`).toEqual(ofChain.filter((id) => ofText.includes(id)).sort());
      dropped += ofText.length - both.length;
    }
    expect(dropped).toBeGreaterThan(0);

    const inZj = await walk({ regionId: 'zj', query: '宁波' }, 100);
    const ningbo = await walk({ query: '宁波' }, 100);
    expect(inZj.total).toBe(ningbo.total);
    expect((await walk({ regionId: 'zj.lishui', query: '宁波' }, 100)).total).toBe(0);

    const all = await walk({}, 100);
    expect((await walk({ query: '   ' }, 100)).total).toBe(all.total);
  });

  it('refuses a text over 100 characters and a page over 100, naming the argument', async () => {
    const long = await gql(PAGE, { query: '园'.repeat(101), first: 10 });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0]?.message).toContain('"query"');
    const big = await gql(PAGE, { first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toContain('"first"');
  });
});
