// Where the places around a targets scope lie (cypher/analysis/target-places.cypher, then
// targetPlaces): the map target-candidates.cypher looks each candidate's parks and regions up in.
// It must say what walking up the region tree from the place would: scoreCandidate's same city,
// same province, bordering province, and presence through a park near the scope.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { loadScopes, readTargetPlaces, targetPlaces } from './analysis.js';

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

describe('target-places.cypher', () => {
  async function around(parkId: string, provinceId?: string) {
    const [scope] = await loadScopes(db, [{ kind: 'park', id: parkId }]);
    return readTargetPlaces(db, scope!, { provinceId });
  }

  it('places the seeded parks and regions around 舟山高新区 as the region tree does', async () => {
    const places = await around('zs-hitech');
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

  it('marks the places of the province the list is filtered to', async () => {
    const places = await around('zs-hitech', 'sd');
    expect(places['wf-hitech']).toEqual({ l: 0, n: false, f: true });
    expect(places['sd.weifang']).toEqual({ l: 0, n: false, f: true });
    expect(places['zs-hitech']).toEqual({ l: 3, n: true, f: false });
  });

  it('gives no place for an unknown root', async () => {
    const places = await readTargetPlaces(
      db,
      { id: 'nowhere', cityId: null, provinceId: 'no-such-province', neighbourProvinceIds: [] },
      {},
    );
    expect(places).toEqual({});
  });
});
