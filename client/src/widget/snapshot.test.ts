import { describe, expect, it } from 'vitest';
import { parseSnapshot, SnapshotError, toSnapshot, type ChainMapModel } from './snapshot';

const end = (id: string, chainId = 'pv') => ({ id, name: id, nameEn: null, chainId, stage: 'UPSTREAM' as const, order: 1 });
const model: ChainMapModel = {
  chain: {
    id: 'pv',
    name: '光伏',
    nameEn: 'Photovoltaics',
    segments: [
      { id: 'pv.a', name: '硅料', nameEn: 'Polysilicon', stage: 'UPSTREAM', order: 1, parentId: null, enterpriseCount: 2 },
      { id: 'pv.b', name: '组件', nameEn: null, stage: 'DOWNSTREAM', order: 2, parentId: null, enterpriseCount: 0 },
    ],
    flows: [{ fromId: 'pv.a', toId: 'pv.b', from: end('pv.a'), to: end('pv.b') }],
  },
  scope: { park: 'zs-hitech' },
  place: { name: '舟山高新区', nameEn: null },
  asOf: '2023',
  readOn: '2026-12-05',
  statuses: { 'pv.a': 'PRESENT', 'pv.b': 'MISSING' },
  firms: { 'pv.a': [{ id: 'e.1', name: '润海', nameEn: 'Runhai' }] },
  sources: [{ id: 's.1', title: '报告', titleEn: null, publisher: '舟山市', publisherEn: 'Zhoushan City', date: '2024-02' }],
  truncated: false,
};
const text = (m: unknown) => JSON.stringify(m);
const fails = (m: unknown) => {
  try {
    parseSnapshot(typeof m === 'string' ? m : text(m));
  } catch (e) {
    expect(e).toBeInstanceOf(SnapshotError);
    return (e as Error).message;
  }
  throw new Error('parsed a bad snapshot');
};

describe('parseSnapshot', () => {
  it('reads back what the app writes', () => {
    expect(parseSnapshot(text(toSnapshot(model)))).toEqual(toSnapshot(model));
  });

  it('says when the file is not JSON or not a snapshot at all', () => {
    expect(fails('{"format": "chain-graph/chain-map", "vers')).toMatch(/^not valid JSON/);
    expect(fails('[1, 2]')).toBe('snapshot: must be an object');
    expect(fails({ nodes: [] })).toBe('format: not a chain-map snapshot (expected "chain-graph/chain-map", got null)');
  });

  it('refuses a version it does not know, naming both', () => {
    expect(fails({ ...toSnapshot(model), version: 2 })).toBe('version: version 2 is not supported (this widget reads version 1)');
  });

  it('names the field that is wrong', () => {
    const s = toSnapshot(model);
    const segs = [...s.chain.segments];
    segs[1] = { ...segs[1]!, stage: 'SIDEWAYS' as never };
    expect(fails({ ...s, chain: { ...s.chain, segments: segs } })).toBe(
      'chain.segments[1].stage: must be one of UPSTREAM, MIDSTREAM, DOWNSTREAM (got "SIDEWAYS")',
    );
    expect(fails({ ...s, statuses: { 'pv.a': 'GONE' } })).toMatch(/^statuses\.pv\.a: must be one of PRESENT, PIPELINE, MISSING/);
    expect(fails({ ...s, statuses: { 'pv.zz': 'PRESENT' } })).toBe('statuses.pv.zz: is not a segment of the chain');
    expect(fails({ ...s, firms: { 'pv.a': [{ id: 'e.1' }] } })).toBe('firms.pv.a[0].name: must be a non-empty text');
    expect(fails({ ...s, asOf: 'last year' })).toBe('asOf: must be a date like 2023, 2023-06 or 2023-06-30 (got "last year")');
    expect(fails({ ...s, readOn: undefined })).toBe('readOn: must be a date like 2023-06-30');
    expect(fails({ ...s, scope: { city: 'x' } })).toBe('scope: must name a park or a region');
    expect(fails({ ...s, chain: { ...s.chain, flows: [{ ...s.chain.flows[0], fromId: 'x', toId: 'y' }] } })).toBe(
      'chain.flows[0]: touches no segment of the chain',
    );
  });

  it('takes a snapshot without a scope, statuses or firms (the bare chain)', () => {
    const { statuses: _s, firms: _f, sources: _so, ...bare } = toSnapshot({ ...model, scope: null });
    const parsed = parseSnapshot(text(bare));
    expect([parsed.scope, parsed.statuses, parsed.firms, parsed.sources]).toEqual([null, {}, {}, []]);
  });

  it('reads a file written before the place name and English publisher were kept', () => {
    const { place: _p, ...old } = toSnapshot({
      ...model,
      sources: [{ id: 's.1', title: '报告', titleEn: null, publisher: '舟山市', date: null }],
    });
    const parsed = parseSnapshot(text(old));
    expect([parsed.place, parsed.sources[0]!.publisherEn]).toEqual([null, null]);
    expect(fails({ ...toSnapshot(model), place: { nameEn: 'x' } })).toBe('place.name: must be a non-empty text');
  });
});
