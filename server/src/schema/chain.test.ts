import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

interface ChainData {
  id: string;
  name: string;
  nameEn: string | null;
  description?: string | null;
  descriptionEn?: string | null;
  segments: {
    id: string;
    name: string;
    nameEn: string | null;
    stage: string;
    order: number;
    parentId: string | null;
    chainId: string;
    enterpriseCount: number;
  }[];
  flows: { fromId: string; toId: string; crossChain: boolean; from: { chainId: string }; to: { chainId: string } }[];
}

const CHAINS = /* GraphQL */ `
  query {
    chains {
      id name nameEn description descriptionEn
      segments { id name nameEn stage order parentId chainId enterpriseCount }
      flows { fromId toId crossChain from { chainId } to { chainId } }
    }
  }
`;

describe('chains', () => {
  it('serves the four template chains with at least 12 segments each, upstream to downstream', async () => {
    const res = await gql<{ chains: ChainData[] }>(CHAINS);
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data!.chains.map((c) => [c.id, c]));
    for (const id of ['pv', 'semi', 'film', 'diecast']) {
      const chain = byId.get(id)!;
      expect(chain, id).toBeDefined();
      expect(chain.nameEn).toBeTruthy();
      expect(chain.description, id).toBeTruthy();
      expect(chain.descriptionEn, id).toBeTruthy();
      expect(chain.segments.length, id).toBeGreaterThanOrEqual(12);
      // Ordered by `order`, and the stages never go back upstream along that order.
      const rank = { UPSTREAM: 0, MIDSTREAM: 1, DOWNSTREAM: 2 } as Record<string, number>;
      const stages = chain.segments.map((s) => rank[s.stage]!);
      expect(stages).toEqual([...stages].sort((a, b) => a - b));
      expect(new Set(stages)).toEqual(new Set([0, 1, 2]));
      expect(chain.segments.map((s) => s.order)).toEqual([...chain.segments.map((s) => s.order)].sort((a, b) => a - b));
      for (const s of chain.segments) {
        expect(s.chainId).toBe(id);
        expect(s.nameEn, s.id).toBeTruthy();
      }
    }
  });

  it('lists cross-chain flows under both chains, with each end in its own chain', async () => {
    const res = await gql<{ chains: ChainData[] }>(CHAINS);
    const chains = res.data!.chains;
    const film = chains.find((c) => c.id === 'film')!;
    const pv = chains.find((c) => c.id === 'pv')!;
    const pvdf = (c: ChainData) => c.flows.find((f) => f.fromId === 'film.pvdf-film' && f.toId === 'pv.backsheet');
    for (const c of [film, pv]) {
      expect(pvdf(c), c.id).toMatchObject({ crossChain: true, from: { chainId: 'film' }, to: { chainId: 'pv' } });
    }
    expect(film.flows.find((f) => f.fromId === 'film.pi-film' && f.to.chainId === 'display')?.crossChain).toBe(true);
    expect(film.flows.find((f) => f.fromId === 'film.separator' && f.toId === 'auto.power-battery')?.crossChain).toBe(true);
    // A flow inside one chain is not cross-chain.
    expect(pv.flows.find((f) => f.fromId === 'pv.cell' && f.toId === 'pv.module')?.crossChain).toBe(false);
  });

  it('counts the enterprises placed in a segment and nests sub-segments', async () => {
    const res = await gql<{ chain: ChainData }>(`{ chain(id: "pv") { id name nameEn
      segments { id name nameEn stage order parentId chainId enterpriseCount } flows { fromId toId crossChain from { chainId } to { chainId } } } }`);
    const seg = (id: string) => res.data!.chain.segments.find((s) => s.id === id)!;
    expect(seg('pv.hjt-cell').parentId).toBe('pv.cell');
    // 润海新能源 makes HJT cells (s000).
    expect(seg('pv.hjt-cell').enterpriseCount).toBeGreaterThanOrEqual(1);
    expect(seg('pv.polysilicon').enterpriseCount).toBe(0);
  });

  it('answers null for an unknown chain id, or an id of another type', async () => {
    const res = await gql<{ a: unknown; b: unknown }>('{ a: chain(id: "no-such-chain") { id } b: chain(id: "ls-etdz") { id } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: null, b: null });
  });

  it('reads segment neighbours across chains', async () => {
    const res = await gql<{ segment: { upstream: { id: string }[]; downstream: { id: string }[]; chain: { id: string } } }>(
      '{ segment(id: "pv.backsheet") { chain { id } upstream { id } downstream { id } } }',
    );
    expect(res.data!.segment.chain.id).toBe('pv');
    expect(res.data!.segment.upstream.map((s) => s.id)).toContain('film.pvdf-film');
    expect(res.data!.segment.downstream.map((s) => s.id)).toEqual(['pv.module']);
  });
});
