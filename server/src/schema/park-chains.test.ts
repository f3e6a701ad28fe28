// A park's lead chain, chains without a template hidden unless asked for, and the public chain
// map naming its park — on the seeded Neo4j.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient, testViewer } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);
const anonymous = graphqlClient(db, { viewer: testViewer(null) });

describe('lead chain', () => {
  it('orders a park’s chains as its seed lists them and names the first as its lead chain', async () => {
    const res = await gql<{ park: { leadChain: { id: string } | null; chains: { chain: { id: string }; rank: number }[] } }>(
      '{ park(id: "zs-hitech") { leadChain { id } chains { chain { id } rank } } }',
    );
    expect(res.errors).toBeUndefined();
    // seeds/zhoushan.yaml lists pv first; by id, auto would come first.
    expect(res.data!.park.leadChain).toEqual({ id: 'pv' });
    expect(res.data!.park.chains.map((c) => c.chain.id)).toEqual(['pv', 'film', 'display', 'equipment', 'newmat', 'auto']);
    expect(res.data!.park.chains.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each([
    ['ls-etdz', 'semi'],
    ['nb-hitech', 'diecast'],
    ['sy-etdz', 'newmat'],
    ['nb-hitech.haishu', null],
  ])('%s leads with %s', async (id, lead) => {
    const res = await gql<{ park: { leadChain: { id: string } | null } }>('query($id: ID!) { park(id: $id) { leadChain { id } } }', { id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.park.leadChain?.id ?? null).toBe(lead);
  });
});

describe('chains without a template', () => {
  it('are left out of chains and Park.chains unless includeEmpty', async () => {
    const res = await gql<{
      chains: { id: string }[];
      all: { id: string; segments: unknown[] }[];
      park: { chains: { chain: { id: string } }[]; all: { chain: { id: string } }[] };
    }>(
      `{ chains { id } all: chains(includeEmpty: true) { id segments { id } }
         park(id: "ls-etdz") { chains { chain { id } } all: chains(includeEmpty: true) { chain { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const empty = res.data!.all.filter((c) => c.segments.length === 0).map((c) => c.id);
    expect(empty).toEqual(expect.arrayContaining(['digital', 'fashion']));
    expect(res.data!.chains.map((c) => c.id)).not.toContain('digital');
    expect(res.data!.chains.length).toBe(res.data!.all.length - empty.length);
    expect(res.data!.park.chains.map((c) => c.chain.id)).toEqual(['semi', 'precision', 'biomed']);
    expect(res.data!.park.all.map((c) => c.chain.id)).toEqual(['semi', 'precision', 'biomed', 'fashion', 'digital']);
  });
});

describe('the public chain map of a park', () => {
  it('names its park and gives its completeness to anonymous callers, and closes the Park type itself', async () => {
    const res = await anonymous<{ chainMap: { scope: unknown; completeness: { percent: number; present: number } } }>(
      '{ chainMap(chainId: "pv", parkId: "zs-hitech") { scope { kind id name nameEn } completeness { percent present } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.chainMap.scope).toEqual({
      kind: 'park',
      id: 'zs-hitech',
      name: '舟山高新技术产业园区',
      nameEn: 'Zhoushan High-tech Industrial Park',
    });
    expect(res.data!.chainMap.completeness).toEqual({ percent: 17, present: 3 });
    const region = await anonymous<{ chainMap: { scope: { kind: string; name: string } } }>(
      '{ chainMap(chainId: "pv", regionId: "zj.zhoushan") { scope { kind name } } }',
    );
    expect(region.data!.chainMap.scope).toEqual({ kind: 'region', name: '舟山市' });
    const bare = await anonymous<{ chainMap: { scope: unknown; completeness: unknown } }>(
      '{ chainMap(chainId: "pv") { scope { id } completeness { percent } } }',
    );
    expect(bare.data!.chainMap).toEqual({ scope: null, completeness: null });
    expect((await anonymous('{ park(id: "zs-hitech") { name } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
