// chainMap's one statement (cypher/api/chain-map.cypher) reads what the separate reads of
// analysis.ts and the chain-flows loader read, for every chain of the seeds in a park with
// sub-parks, a region, no scope, and unknown chains and scopes (same errors, chain first).
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { createLoaders } from '../loaders.js';
import { loadChain, loadScopes, readGapEvidence } from './analysis.js';
import { loadChainMapData } from './chain-map.js';

const db = testExecutor();

async function separately(chainId: string, wanted: { kind: 'park' | 'region'; id: string } | null) {
  const chain = await loadChain(db, chainId);
  const flows = await createLoaders(db).chainFlows.load(chainId);
  if (!wanted) return { chain, flows, scoped: null };
  const [scope] = await loadScopes(db, [wanted]);
  // The places around the scope are read only for targets (target-places.test.ts).
  return { chain, flows, scoped: { scope: scope!, ev: await readGapEvidence(db, chainId, scope!.parkIds), places: {} } };
}

const flowKey = (f: { fromId: string; toId: string }) => `${f.fromId}->${f.toId}`;
const sorted = <T extends { fromId: string; toId: string }>(xs: T[]) => [...xs].sort((a, b) => (flowKey(a) < flowKey(b) ? -1 : 1));

describe('loadChainMapData', () => {
  it('reads what the chain, flows, scope and evidence reads read', async () => {
    const chains = await db.read<{ id: string }>({ text: 'MATCH (c:Chain) RETURN c.id AS id ORDER BY id' });
    const scopes = [
      null,
      { kind: 'park', id: 'nb-hitech' },
      { kind: 'park', id: 'nb-jiangbei-hitech-park' },
      { kind: 'region', id: 'zj.ningbo' },
    ] as const;
    expect(chains.length).toBeGreaterThan(2);
    for (const { id } of chains) {
      for (const wanted of scopes) {
        const { graphVersion, ...one } = await loadChainMapData(db, id, wanted);
        expect(graphVersion === null || typeof graphVersion === 'string').toBe(true);
        const apart = await separately(id, wanted);
        // Flows tied on segment order may come in either order; the map sorts nothing by it.
        expect({ ...one, flows: sorted(one.flows) }, `${id} ${wanted?.id}`).toEqual({ ...apart, flows: sorted(apart.flows) });
      }
    }
  });

  it('leaves the flows out when asked to, and reads the rest the same', async () => {
    const wanted = { kind: 'park', id: 'nb-jiangbei-hitech-park' } as const;
    const { graphVersion: _first, ...all } = await loadChainMapData(db, 'film', wanted);
    expect(all.flows.length).toBeGreaterThan(0);
    const { graphVersion: _second, ...lean } = await loadChainMapData(db, 'film', wanted, { flows: false });
    expect(lean).toEqual({ ...all, flows: [] });
  });

  it('names an unknown chain before an unknown scope, and a scope of the wrong kind', async () => {
    await expect(loadChainMapData(db, 'no-such-chain', { kind: 'park', id: 'no-such-park' })).rejects.toThrow(
      'Unknown chain "no-such-chain".',
    );
    await expect(loadChainMapData(db, 'film', { kind: 'park', id: 'no-such-park' })).rejects.toThrow('Unknown park "no-such-park".');
    await expect(loadChainMapData(db, 'film', { kind: 'region', id: 'nb-hitech' })).rejects.toThrow('Unknown region "nb-hitech".');
  });
});
