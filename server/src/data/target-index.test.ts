// The targets index (target-index.ts): the firms it lets the statement rank give the same targets
// and total as ranking every candidate, on every seeded park of the four main chains and on a
// hand-made chain where the parts it bounds decide; it leaves out only firms that cannot rank;
// and it is used only while it describes the graph as it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parksGrowing, testExecutor } from '../../test/db.js';
import { filterTargets, points, rankTargets, type TargetFilters } from '../domain/targets.js';
import { gapReports, loadChain, loadScopes, topCandidates } from './analysis.js';
import { loadChainMapData } from './chain-map.js';
import { TargetIndex, TargetKeys, type NarrowFilters, type TargetKeyRow } from './target-index.js';

const db = testExecutor();

/** The index as the graph is now (no stamp check: other test files may be writing). */
async function keysNow(): Promise<TargetKeys> {
  const build = TargetKeys.builder();
  for (const r of await db.read<TargetKeyRow>('analysis/target-keys')) build.add(r);
  return build.finish('now');
}

type ScopeRef = { kind: 'park' | 'region'; id: string };

/** Targets of a chain around a scope, ranking every candidate and narrowed by `keys`, at page size k. */
async function bothWays(keys: TargetKeys, chainId: string, at: string | ScopeRef, filters: TargetFilters = {}) {
  const ref: ScopeRef = typeof at === 'string' ? { kind: 'park', id: at } : at;
  const chain = await loadChain(db, chainId);
  const [scope] = await loadScopes(db, [ref]);
  const [report] = await gapReports(db, chain, [scope!], null);
  const gapIds = report!.segments.filter((g) => g.status !== 'PRESENT' || g.inferredOnly).map((g) => g.segment.id);
  const parentOf = new Map(chain.segments.map((s) => [s.id, s.parentId ?? null]));
  const { scoped } = await loadChainMapData(db, chainId, ref, { flows: false, places: filters });
  const ctx = { cityId: scope!.cityId, provinceId: scope!.provinceId, neighbourProvinceIds: scope!.neighbourProvinceIds };
  const ranked = async (k: number, index: { keys: TargetKeys; own: typeof scoped.ev.enterprises } | null) => {
    const top = await topCandidates(db, chainId, scope!, gapIds, parentOf, filters, k, scoped.places, index);
    const items = filterTargets(rankTargets(gapIds, parentOf, top.rows, new Set(), ctx), filters)
      .slice(0, k)
      .map((r) => `${r.candidate.enterprise.id}:${r.score}:${r.gapSegmentId}`);
    return { total: top.total, items, narrowed: top.narrowed };
  };
  return async (k: number) => ({ every: await ranked(k, null), narrowed: await ranked(k, { keys, own: scoped.ev.enterprises }) });
}

async function withAndWithout(keys: TargetKeys, chainId: string, at: string | ScopeRef, k: number, filters: TargetFilters = {}) {
  return (await bothWays(keys, chainId, at, filters))(k);
}

describe('TargetKeys.narrow', () => {
  const row = (id: string, over: Partial<TargetKeyRow> = {}): TargetKeyRow => ({
    id,
    roles: [],
    listed: false,
    anchorOf: [],
    sales: null,
    capacity: false,
    kin: false,
    regions: [
      { id: 'p', level: 'province' },
      { id: 'p.c2', level: 'city' },
    ],
    segments: [['s', 'chain', false]],
    ...over,
  });
  const far = [{ id: 'q', level: 'province' }];
  const keys = (() => {
    const b = TargetKeys.builder();
    // Four firms of the province, certain of 40 + 20 (leading) + 5 (same province) = 65.
    for (const i of [1, 2, 3, 4]) b.add(row(`prov${i}`, { roles: ['leading'] }));
    b.add(
      row('city', {
        regions: [
          { id: 'p', level: 'province' },
          { id: 'p.c', level: 'city' },
        ],
      }),
    );
    b.add(row('seller', { regions: far, roles: ['leading'], sales: 1e10 })); // 40 + 20 + 15: may rank
    b.add(row('kin', { regions: far, roles: ['little_giant'], kin: true })); // 40 + 15 + 10 presence: may reach 65
    b.add(row('listed', { regions: far, roles: ['listed'], listed: true })); // 40 + 8 + 5 at most: cannot
    b.add(row('anchor', { regions: far, anchorOf: ['chain'] })); // the anchor of this chain: 40 + 30
    b.add(row('anchor-elsewhere', { regions: far, anchorOf: ['other'] })); // anchors another chain only
    b.add(row('inferred', { regions: far, roles: ['anchor'], segments: [['s', 'chain', true]] })); // 40 + 30 (its own role) - 15
    b.add(row('two', { regions: [...far, { id: 'r', level: 'province' }] })); // in two provinces: always read
    for (let i = 0; i < 10; i++) b.add(row(`plain${i}`, { regions: far })); // 40: cannot
    return b.finish('v1');
  })();
  const q = { segmentIds: ['s'], relevance: { s: 40 }, cityId: 'p.c', provinceId: 'p', neighbourProvinceIds: [], k: 2, ownFirms: 2 };

  it('keeps firms in several provinces and those whose best case reaches the (k + own)-th certain score', () => {
    // Certain: seller 75, anchor 70, the province's four 65: the floor is 65. The city's plain
    // firm reaches 40 + 10 + 10 (presence) = 60 at best; the inferred one 55; the kin 65.
    const n = keys.narrow(q)!;
    expect(n.segmentFirms).toBe(22);
    expect(new Set(n.ids)).toEqual(new Set(['prov1', 'prov2', 'prov3', 'prov4', 'seller', 'kin', 'anchor', 'two']));
  });

  it('counts a bordering province as certain', () => {
    const n = keys.narrow({ ...q, neighbourProvinceIds: ['q'] })!;
    // Far firms gain 2: listed 48 + 2 still cannot, the inferred anchor 55 + 2 neither.
    expect(new Set(n.ids)).toEqual(new Set(['prov1', 'prov2', 'prov3', 'prov4', 'seller', 'kin', 'anchor', 'two']));
  });

  it('cannot help with fewer candidates than k + own, or when most of them can rank', () => {
    expect(keys.narrow({ ...q, k: 30 })).toBeNull();
    expect(keys.narrow({ ...q, k: 10 })).toBeNull();
  });

  it('applies the filters before the bound, and counts only the firms that pass', () => {
    const b = TargetKeys.builder();
    const q2 = { ...q, k: 1, ownFirms: 0 };
    // Far away (province q) but 'two': leading 40 + 20 = 60, with large sales 75; anchors of the
    // chain 70, one with large sales 85; two of them listed.
    b.add(row('top1', { regions: far, roles: ['leading'], sales: 1e10, listed: true }));
    b.add(row('top2', { regions: far, roles: ['leading'], sales: 1e10 }));
    for (let i = 0; i < 10; i++) b.add(row(`lead${i}`, { regions: far, roles: ['leading'], listed: i < 5 }));
    b.add(row('anc0', { regions: far, anchorOf: ['chain'], sales: 1e10 }));
    for (let i = 1; i < 6; i++) b.add(row(`anc${i}`, { regions: far, anchorOf: ['chain'] }));
    b.add(row('self', { regions: far, roles: ['anchor'] })); // the role in its own list: anchor anywhere
    b.add(row('elsewhere', { regions: far, anchorOf: ['other'] }));
    // In the scope's province, another city: one leading (65), three plain (45).
    for (let i = 0; i < 4; i++) b.add(row(`pc2_${i}`, { roles: i === 0 ? ['leading'] : [] }));
    b.add(row('two', { regions: [...far, { id: 'r', level: 'province' }] }));
    const keys2 = b.finish('v');
    const narrowed = (filters: NarrowFilters) => keys2.narrow({ ...q2, filters });

    expect(narrowed({ role: 'leading' })).toEqual({ ids: ['top1', 'top2'], segmentFirms: 13 });
    expect(narrowed({ role: 'anchor' })).toEqual({ ids: ['anc0'], segmentFirms: 7 });
    expect(narrowed({ listedOnly: true })).toEqual({ ids: ['top1'], segmentFirms: 6 });
    // A province: where the firm lies; one in several provinces is read (the statement decides its place).
    expect(narrowed({ provinceId: 'q' })).toEqual({ ids: ['anc0', 'two'], segmentFirms: 21 });
    // A city, and filters together.
    expect(narrowed({ provinceId: 'p.c2' })).toEqual({ ids: ['pc2_0'], segmentFirms: 4 });
    expect(narrowed({ provinceId: 'q', role: 'leading', listedOnly: true })).toEqual({ ids: ['top1'], segmentFirms: 6 });
    // Only 'two' lies in r: fewer than k pass, each is read, and no other firm of the segments.
    expect(narrowed({ provinceId: 'r' })).toEqual({ ids: ['two'], segmentFirms: 1 });
    expect(keys2.narrow({ ...q2, k: 20, filters: { role: 'leading', listedOnly: true } })).toEqual({
      ids: ['top1', 'lead0', 'lead1', 'lead2', 'lead3', 'lead4'],
      segmentFirms: 6,
    });
  });

  it('stands aside when it cannot tell who passes a filter', () => {
    // A region under which it holds no firm at a level it keeps (a district, say).
    expect(keys.narrow({ ...q, filters: { provinceId: 'p.c2.district' } })).toBeNull();
    // A role beyond the bits of a firm's mask.
    const b = TargetKeys.builder();
    const many = Array.from({ length: 40 }, (_, i) => `role${i}`);
    for (let i = 0; i < 40; i++) b.add(row(`f${i}`, { roles: many, sales: i === 0 ? 1e10 : null }));
    const wide = b.finish('v');
    expect(wide.narrow({ ...q, k: 1, ownFirms: 0, filters: { role: 'role0' } })).toEqual({ ids: ['f0'], segmentFirms: 40 });
    expect(wide.narrow({ ...q, k: 1, ownFirms: 0, filters: { role: 'role39' } })).toBeNull();
    // A role nobody has is told: nobody passes, and only the statement's other candidates are read.
    expect(keys.narrow({ ...q, filters: { role: 'unheard_of' } })).toEqual({ ids: [], segmentFirms: 0 });
  });

  it("without a city, lets the province's firms gain presence through their parks", () => {
    // The 7th certain score is 55 (kin 40 + 15, the inferred anchor 40 + 30 - 15). In the province,
    // the plain firm of city p.c is certain of 45; it may reach 55 with presence only when "near"
    // is the province, not another city.
    const province = keys.narrow({ ...q, cityId: null, k: 7, ownFirms: 0 })!;
    expect(province.ids).toContain('city');
    const otherCity = keys.narrow({ ...q, cityId: 'p.x', k: 7, ownFirms: 0 })!;
    expect(otherCity.ids).not.toContain('city');
    expect(new Set(province.ids)).toEqual(new Set([...otherCity.ids, 'city']));
  });

  it('bounds with points that are never negative but the inferred penalty', () => {
    for (const part of ['sameCity', 'sameProvince', 'neighbourProvince', 'presence', 'supplyLink'] as const)
      expect(points[part], part).toBeGreaterThanOrEqual(0);
    expect(points.sameProvince).toBeGreaterThanOrEqual(points.neighbourProvince);
  });
});

describe('targets narrowed by the index agree with ranking every candidate', () => {
  it('on every park of the four main chains, at several page sizes', async () => {
    const keys = await keysNow();
    const pairs = await parksGrowing(db, ['pv', 'semi', 'film', 'diecast']);
    let narrowed = 0;
    for (const { park, chain } of pairs) {
      const atK = await bothWays(keys, chain, park);
      for (const k of [1, 3, 20]) {
        const { every, narrowed: n } = await atK(k);
        expect({ total: n.total, items: n.items }, `${chain} in ${park}, first ${k}`).toEqual({ total: every.total, items: every.items });
        if (n.narrowed) narrowed++;
      }
    }
    // The seeds are small: the index can bound the first few of some parks only.
    expect(narrowed).toBeGreaterThan(0);
  });

  it("with each filter, and on the parks' cities and provinces", async () => {
    const keys = await keysNow();
    const pairs = await parksGrowing(db, ['pv', 'semi', 'film', 'diecast']);
    let narrowed = 0;
    let cases = 0;
    for (const { park, chain } of pairs) {
      const [scope] = await loadScopes(db, [{ kind: 'park', id: park }]);
      const asked: Array<[string | ScopeRef, TargetFilters]> = [
        [park, { provinceId: scope!.provinceId }],
        [park, { provinceId: scope!.cityId }],
        [park, { role: 'leading' }],
        [park, { role: 'anchor' }],
        [park, { listedOnly: true }],
        [park, { role: 'listed', provinceId: scope!.provinceId }],
        ...(scope!.provinceId ? [[{ kind: 'region', id: scope!.provinceId }, {}] as [ScopeRef, TargetFilters]] : []),
        ...(scope!.cityId ? [[{ kind: 'region', id: scope!.cityId }, { role: 'leading' }] as [ScopeRef, TargetFilters]] : []),
      ];
      for (const [at, filters] of asked) {
        const atK = await bothWays(keys, chain, at, filters);
        for (const k of [1, 20]) {
          const { every, narrowed: n } = await atK(k);
          const what = `${chain} in ${JSON.stringify(at)} ${JSON.stringify(filters)}, first ${k}`;
          expect({ total: n.total, items: n.items }, what).toEqual({ total: every.total, items: every.items });
          cases++;
          if (n.narrowed) narrowed++;
        }
      }
    }
    expect(cases).toBeGreaterThan(100);
    expect(narrowed).toBeGreaterThan(0);
  });

  it('never narrows a minimum score', async () => {
    const keys = await keysNow();
    const { narrowed } = await withAndWithout(keys, 'semi', 'ls-etdz', 1, { minScore: 30 });
    expect(narrowed.narrowed).toBe(false);
  });
});

// A chain where what the index bounds decides: four firms of the province are certain of 65; far
// away, a leading firm with large sales, a little giant whose subsidiary sits in a park of the
// scope's city, the chain's anchor and a supplier of the scope's firms can beat them, a listed
// firm and a plain one cannot.
describe('targets narrowed by the index, when far firms can rank', () => {
  const made = 'test-ti.';
  beforeAll(async () => {
    await db.write(
      {
        name: 'test-ti-setup',
        text: `MATCH (city:Region {id: 'zj.zhoushan'}), (other:Region {id: 'zj.ningbo'}), (far:Region {id: 'sd.weifang'})
        CREATE (c:Chain:Entity {id: 'test-ti.chain', name: '测试链'})
        CREATE (s:Segment:Entity {id: 'test-ti.seg', name: '测试环节', stage: 'upstream', order: 1})-[:OF_CHAIN]->(c)
        CREATE (home:Park:Entity {id: 'test-ti.home', name: '测试园区'})-[:IN_REGION]->(city)
        CREATE (near:Park:Entity {id: 'test-ti.near', name: '测试邻园'})-[:IN_REGION]->(city)
        CREATE (prov:Park:Entity {id: 'test-ti.prov', name: '测试省内园'})-[:IN_REGION]->(other)
        CREATE (away:Park:Entity {id: 'test-ti.away', name: '测试远园'})-[:IN_REGION]->(far)
        CREATE (:Enterprise:Entity {id: 'test-ti.buyer', name: '测试园内'})-[:LOCATED_IN]->(home)
        CREATE (:Enterprise:Entity {id: 'test-ti.kin', name: '测试邻园子公司'})-[:LOCATED_IN]->(near)
        WITH s, prov, away
        UNWIND $firms AS f
        CREATE (e:Enterprise:Entity {id: f.id, name: f.id, roles: f.roles})-[:IN_SEGMENT]->(s)
        WITH e, f, prov, away
        CALL (e, f, prov, away) {
          WITH e WHERE f.at = 'prov' CREATE (e)-[:LOCATED_IN]->(prov)
          UNION
          WITH e WHERE f.at = 'away' CREATE (e)-[:LOCATED_IN]->(away)
        }`,
      },
      {
        firms: [
          ...[1, 2, 3].map((i) => ({ id: `test-ti.prov${i}`, roles: ['leading'], at: 'prov' })),
          { id: 'test-ti.seller', roles: ['leading'], at: 'away' },
          { id: 'test-ti.parent', roles: ['little_giant'], at: 'away' },
          { id: 'test-ti.anchor', roles: [], at: 'away' },
          { id: 'test-ti.supplier', roles: ['high_tech'], at: 'away' },
          { id: 'test-ti.listed', roles: ['listed'], at: 'away' },
          { id: 'test-ti.plain', roles: [], at: 'away' },
        ],
      },
    );
    await db.write({
      name: 'test-ti-parts',
      text: `MATCH (seller:Enterprise {id: 'test-ti.seller'}), (parent:Enterprise {id: 'test-ti.parent'}),
          (kin:Enterprise {id: 'test-ti.kin'}), (anchor:Enterprise {id: 'test-ti.anchor'}),
          (supplier:Enterprise {id: 'test-ti.supplier'}), (buyer:Enterprise {id: 'test-ti.buyer'}), (c:Chain {id: 'test-ti.chain'})
        CREATE (seller)-[:HAS_FIGURE]->(:Figure {id: 'test-ti.sales', metric: '营收', value: 1.0e10, unit: 'CNY', period: '2023'})
        CREATE (kin)-[:SUBSIDIARY_OF]->(parent)
        CREATE (anchor)-[:IN_CHAIN {anchor: true}]->(c)
        CREATE (supplier)-[:SUPPLIES]->(buyer)`,
    });
  });
  afterAll(async () => {
    await db.write({ name: 'test-ti-cleanup', text: 'MATCH (n) WHERE n.id STARTS WITH $made DETACH DELETE n' }, { made });
  });

  it('rank the same firms, reading only those that can rank', async () => {
    const keys = await keysNow();
    const { every, narrowed } = await withAndWithout(keys, 'test-ti.chain', 'test-ti.home', 2);
    expect(narrowed.narrowed).toBe(true);
    expect(narrowed).toEqual({ ...every, narrowed: true });
    // Anchor 40 + 30 and seller 40 + 20 + 15 first; the parent (40 + 15 + 10) ties the province's
    // firms at 65 below them.
    expect(every.items.map((i) => i.split(':').slice(0, 2).join(':'))).toEqual(['test-ti.seller:75', 'test-ti.anchor:70']);
    expect(every.total).toBe(9);
    const ids = keys.narrow({
      segmentIds: ['test-ti.seg'],
      relevance: { 'test-ti.seg': 40 },
      cityId: 'zj.zhoushan',
      provinceId: 'zj',
      neighbourProvinceIds: [],
      k: 2,
      ownFirms: 0,
    })!.ids;
    // Certain of 75 and 70, no other firm can reach them; the supplier (40 + 5, and 10 for its
    // link with the scope's firm) is read from the scope's side by the statement.
    expect(new Set(ids)).toEqual(new Set(['test-ti.seller', 'test-ti.anchor']));
  });

  it.each([
    { role: 'leading' },
    { role: 'anchor' },
    { listedOnly: true },
    { provinceId: 'sd' },
    { provinceId: 'zj' },
    { provinceId: 'sd.weifang', role: 'leading' },
  ])('agree with the filter %o', async (filters) => {
    const keys = await keysNow();
    const atK = await bothWays(keys, 'test-ti.chain', 'test-ti.home', filters);
    for (const k of [1, 2, 4]) {
      const { every, narrowed } = await atK(k);
      expect({ total: narrowed.total, items: narrowed.items }, `first ${k}`).toEqual({ total: every.total, items: every.items });
    }
    // The far leading seller (75) outranks the province's three leading firms (65): read alone.
    if (filters.role === 'leading' && !filters.provinceId) {
      expect((await atK(1)).narrowed.narrowed).toBe(true);
    }
  });

  it.each([1, 3, 5])('agree at the first %i', async (k) => {
    const keys = await keysNow();
    const { every, narrowed } = await withAndWithout(keys, 'test-ti.chain', 'test-ti.home', k);
    expect({ total: narrowed.total, items: narrowed.items }).toEqual({ total: every.total, items: every.items });
  });
});

describe('TargetIndex', () => {
  it('is used only at the transaction it was built at, and rebuilt after a write', async () => {
    const index = new TargetIndex(db.isolated());
    expect(index.current('any')).toBeNull();
    // Other test files write too: retry until a build sees the graph stand still.
    let keys: TargetKeys | null = null;
    for (let i = 0; i < 20 && !keys; i++) {
      await index.refresh();
      keys = index.current(await index.stamp(db));
    }
    expect(keys).not.toBeNull();
    expect(keys!.firms).toBeGreaterThan(40);
    await db.write({ name: 'test-ti-touch', text: "CREATE (x:TestTouch {id: 'test-ti.touch'}) DELETE x" });
    const after = await index.stamp(db);
    expect(after).not.toBe(keys!.stamp);
    // Stale: not used, and a rebuild starts.
    expect(index.current(after)).toBeNull();
  });

  it('a write through the executor marks the graph, in its transaction; a read or a failed write does not', async () => {
    const index = new TargetIndex(db.isolated());
    const v0 = await index.stamp(db);
    await db.read({ name: 'test-ti-read', text: 'MATCH (n:Chain) RETURN count(n) AS n' });
    // Another test file may write in between: only the write's own effect is certain.
    const v1 = await index.stamp(db);
    await db.write({ name: 'test-ti-touch', text: "CREATE (x:TestTouch {id: 'test-ti.touch'}) DELETE x" });
    const v2 = await index.stamp(db);
    expect(v2).not.toBeNull();
    expect(v2).not.toBe(v1);
    await expect(
      db.transaction('write', async (tx) => {
        await tx.run({ name: 'test-ti-touch', text: "CREATE (:TestTouch {id: 'test-ti.rolled-back'})" });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await db.read({ name: 'test-ti-gone', text: "MATCH (x:TestTouch {id: 'test-ti.rolled-back'}) RETURN x" })).toEqual([]);
    expect([v0, v1]).toBeDefined();
  });

  it('rests as long as the last rebuild took before a stale index starts another', async () => {
    let clock = 0;
    const index = new TargetIndex(db.isolated(), undefined, () => clock);
    const first = index.refresh();
    clock = 500; // the rebuild "took" 500 ms
    await first;
    clock = 700;
    expect(index.current('stale')).toBeNull();
    expect(index.rebuilding).toBe(false);
    clock = 1000;
    expect(index.current('stale')).toBeNull();
    expect(index.rebuilding).toBe(true);
    await index.refresh();
    expect(index.rebuilding).toBe(false);
  });

  it('the chain map reads the same version', async () => {
    const index = new TargetIndex(db.isolated());
    for (let i = 0; i < 10; i++) {
      const before = await index.stamp(db);
      const { graphVersion } = await loadChainMapData(db, 'pv', { kind: 'park', id: 'zs-hitech' });
      if (before === (await index.stamp(db))) return expect(graphVersion).toBe(before);
    }
    throw new Error('the graph never stood still');
  });
});
