// Where the places around a targets scope lie (read with the chain map, cypher/api/chain-map.cypher
// kind 'place', then targetPlaces): the map target-candidates.cypher looks each candidate's parks
// and regions up in.
// It must say what walking up the region tree from the place would: scoreCandidate's same city,
// same province, bordering province, and presence through a park near the scope.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { targetPlaces } from './analysis.js';
import { loadChainMapData } from './chain-map.js';

const db = testExecutor();

describe('targetPlaces', () => {
  it('keeps the nearest level a place has, marks only parks as near, and the filtered province', () => {
    const places = targetPlaces([
      { root: 'province', regionIds: ['p', 'p.c'], parkIds: ['park-in-c', 'park-elsewhere'] },
      { root: 'city', regionIds: ['p.c'], parkIds: ['park-in-c'] },
      { root: 'neighbour', regionIds: ['q', 'p.c'], parkIds: ['park-in-q'] },
      { root: 'near', regionIds: ['p.c'], parkIds: ['park-in-c'] },
      { root: 'filter', regionIds: ['q'], parkIds: ['park-in-q'] },
    ]);
    expect(places).toEqual({
      p: { l: 2, n: false, f: false },
      'p.c': { l: 3, n: false, f: false },
      'park-in-c': { l: 3, n: true, f: false },
      'park-elsewhere': { l: 2, n: false, f: false },
      q: { l: 1, n: false, f: true },
      'park-in-q': { l: 1, n: false, f: true },
    });
  });

  it('lists nothing without roots', () => {
    expect(targetPlaces([])).toEqual({});
  });
});

describe("the chain map's places", () => {
  async function around(wanted: { kind: 'park' | 'region'; id: string }, provinceId?: string) {
    return (await loadChainMapData(db, 'pv', wanted, { flows: false, places: { provinceId } })).scoped.places;
  }

  it('places the seeded parks and regions around 舟山高新区 as the region tree does', async () => {
    const places = await around({ kind: 'park', id: 'zs-hitech' });
    // The park itself and a park in a district of its city: same city, and near.
    expect(places['zs-hitech']).toEqual({ l: 3, n: true, f: false });
    expect(places['zs-putuo-zhanmao']).toEqual({ l: 3, n: true, f: false });
    // A district of the city is a region: same city, never "near" (presence counts parks).
    expect(places['zj.zhoushan.putuo']).toEqual({ l: 3, n: false, f: false });
    // Another city of the province, its park and a sub-park in one of its districts.
    expect(places['zj.ningbo']).toEqual({ l: 2, n: false, f: false });
    expect(places['nb-hitech']).toEqual({ l: 2, n: false, f: false });
    expect(places['nb-hitech.haishu']).toEqual({ l: 2, n: false, f: false });
    // Jiangsu borders Zhejiang; Shandong does not.
    expect(places['js.suzhou']).toEqual({ l: 1, n: false, f: false });
    expect(places['sd.weifang']).toBeUndefined();
    expect(places['wf-hitech']).toBeUndefined();
  });

  it('places a region scope from the region: a city is its own nearby', async () => {
    const places = await around({ kind: 'region', id: 'zj.ningbo' });
    expect(places['nb-hitech']).toEqual({ l: 3, n: true, f: false });
    expect(places['zj.ningbo']).toEqual({ l: 3, n: false, f: false });
    expect(places['zs-hitech']).toEqual({ l: 2, n: false, f: false });
  });

  it('marks the places of the province the list is filtered to', async () => {
    const places = await around({ kind: 'park', id: 'zs-hitech' }, 'sd');
    expect(places['wf-hitech']).toEqual({ l: 0, n: false, f: true });
    expect(places['sd.weifang']).toEqual({ l: 0, n: false, f: true });
    expect(places['zs-hitech']).toEqual({ l: 3, n: true, f: false });
  });

  it('adds nothing for a filter province that does not exist', async () => {
    expect(await around({ kind: 'park', id: 'zs-hitech' }, 'no-such-province')).toEqual(await around({ kind: 'park', id: 'zs-hitech' }));
  });

  it('reads no places unless asked (chainMap and gapReport)', async () => {
    const { scoped } = await loadChainMapData(db, 'pv', { kind: 'park', id: 'zs-hitech' }, { flows: false });
    expect(scoped.places).toEqual({});
  });
});
