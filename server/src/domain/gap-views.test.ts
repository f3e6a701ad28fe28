// Unit tests of the rules moved out of the resolvers: nearest supply, chain-map elements and a
// target gap's reason, graph elements from rows (no database).
import { describe, expect, it } from 'vitest';
import { chainMapElements } from './chain-map.js';
import { dedupe, toGraphEdge, toGraphNode } from './graph-elements.js';
import { gapSegments, type SegmentInfo } from './gap.js';
import { gapReason } from './gap-reason.js';
import { nearestSupply } from './nearby.js';
import type { CandidateRow } from './targets.js';

const segs: SegmentInfo[] = [
  { id: 'c.cell', name: '电池', stage: 'midstream', order: 1 },
  { id: 'c.hjt', name: 'HJT', stage: 'midstream', order: 2, parentId: 'c.cell' },
  { id: 'c.glass', name: '玻璃', stage: 'upstream', order: 3 },
];
const ent = (id: string, segmentId: string) => ({
  parkId: 'p',
  segmentId,
  inferred: false,
  enterprise: { id, name: id },
  evidenceDate: '2020',
  evidenceFrom: 'source' as const,
});
const proj = (id: string, segmentId: string, extra: Record<string, unknown>) => ({
  parkId: 'p',
  segmentId,
  inferred: false,
  project: { id, name: id, ...extra },
});

const candidate = (id: string, segmentId: string, regionIds: string[]): CandidateRow & { parkId: string | null } => ({
  enterprise: { id, name: id },
  segmentId,
  inferred: false,
  anchor: false,
  regionIds,
  sales: [],
  capacities: [],
  supplyPartners: [],
  parkId: null,
});

describe('nearest supply', () => {
  const gaps = gapSegments(segs, [], [], null);
  it('lists firms of the segment or a sub-segment in the same city first, then the province, each once', () => {
    const rows = nearestSupply({ cityId: 'city', provinceId: 'prov' }, gaps, [
      candidate('far', 'c.cell', ['prov']),
      candidate('near', 'c.hjt', ['city', 'prov']),
      candidate('glass', 'c.glass', ['elsewhere']),
    ]);
    const cell = rows.find((g) => g.segment.id === 'c.cell')!;
    expect(cell.nearby!.map((n) => [n.enterpriseId, n.nearness])).toEqual([
      ['near', 'CITY'],
      ['far', 'PROVINCE'],
    ]);
    expect(rows.find((g) => g.segment.id === 'c.hjt')!.nearby!.map((n) => n.enterpriseId)).toEqual(['near']);
    expect(rows.find((g) => g.segment.id === 'c.glass')!.nearby).toEqual([]);
  });
  it('keeps at most five per segment and none without a city or province', () => {
    const many = Array.from({ length: 8 }, (_, i) => candidate(`e${i}`, 'c.glass', ['city']));
    expect(nearestSupply({ cityId: 'city', provinceId: null }, gaps, many).find((g) => g.segment.id === 'c.glass')!.nearby).toHaveLength(5);
    expect(nearestSupply({ cityId: null, provinceId: null }, gaps, many).every((g) => g.nearby!.length === 0)).toBe(true);
  });
});

describe('chain-map elements', () => {
  const flows = [
    { fromId: 'c.glass', toId: 'c.cell', crossChain: false, from: { id: 'c.glass' }, to: { id: 'c.cell' } },
    {
      fromId: 'x.poly',
      toId: 'c.cell',
      crossChain: true,
      from: { id: 'x.poly', name: '多晶硅', chainId: 'x', stage: 'upstream', order: 1 },
      to: { id: 'c.cell' },
    },
  ];
  const gaps = gapSegments(
    segs,
    [ent('a', 'c.cell'), ent('b', 'c.cell'), ent('h', 'c.hjt')],
    [proj('p1', 'c.glass', { status: 'signed', signedOn: '2023', investmentCny: 5e8 })],
    null,
  );
  const include = { enterprises: true, projects: true, money: false };

  it('draws segments with statuses, ghost nodes for other chains, and flows', () => {
    const { nodes, edges } = chainMapElements('c', segs, flows, gaps, { enterprises: false, projects: false, money: false }, 100);
    expect(nodes.map((n) => [n.id, n.kind, n.status ?? null])).toEqual([
      ['c.cell', 'segment', 'PRESENT'],
      ['c.hjt', 'segment', 'PRESENT'],
      ['c.glass', 'segment', 'PIPELINE'],
      ['x.poly', 'external_segment', null],
    ]);
    expect(edges.map((e) => [e.id, e.crossChain])).toEqual([
      ['c.glass->c.cell', false],
      ['x.poly->c.cell', true],
    ]);
  });
  it('without a scope, statuses are null and no firms are drawn', () => {
    const { nodes } = chainMapElements('c', segs, [], null, include, 100);
    expect(nodes.map((n) => n.status)).toEqual([null, null, null]);
  });
  it('adds firms and projects up to the limit, marks the cut, and hides money unless asked', () => {
    const all = chainMapElements('c', segs, [], gaps, include, 100);
    expect(all.nodes.filter((n) => n.kind === 'enterprise').map((n) => n.id)).toEqual(['a', 'b', 'h']);
    expect(all.nodes.find((n) => n.id === 'p1')!.data).toMatchObject({ statusAt: 'signed', investmentCny: null });
    expect(all.truncated).toBe(false);
    const cut = chainMapElements('c', segs, [], gaps, include, 1);
    expect(cut.nodes.filter((n) => n.kind === 'enterprise')).toHaveLength(1);
    expect(cut.truncated).toBe(true);
    expect(chainMapElements('c', segs, [], gaps, { ...include, money: true }, 100).nodes.find((n) => n.id === 'p1')!.data).toMatchObject({
      investmentCny: 5e8,
    });
  });
});

describe('why a segment is a target gap', () => {
  it('names the reason and, for a pipeline, the earliest stated date', () => {
    const gaps = gapSegments(segs, [], [proj('p1', 'c.glass', { status: 'signed', signedOn: '2023-05', plannedOn: '2020' })], null);
    expect(gapReason(gaps.find((g) => g.segment.id === 'c.cell')!)).toEqual({ key: 'NO_LOCAL_FIRM', since: null });
    expect(gapReason(gaps.find((g) => g.segment.id === 'c.glass')!)).toEqual({ key: 'PIPELINE_ONLY', since: '2023-05' });
  });
});

describe('graph elements from rows', () => {
  it('labels a node by its name (or title), types it by its domain label, and hides bookkeeping', () => {
    const node = toGraphNode({ id: 'p1', __labels: ['Entity', 'Park'], name: '园区', kind: 'etdz', seeded: true } as never);
    expect(node).toMatchObject({ id: 'p1', type: 'Park', label: '园区', kind: 'etdz', data: { name: '园区', kind: 'etdz' } });
    expect(node.data).not.toHaveProperty('seeded');
    expect(toGraphNode({ id: 's', __labels: ['Entity', 'Source'], title: 'T' } as never).label).toBe('T');
  });
  it('keys edges by ends and type, and keeps each once', () => {
    const e = toGraphEdge({ source: 'a', target: 'b', type: 'FEEDS', props: { crossChain: true } });
    expect(e).toMatchObject({ id: 'a|FEEDS|b', crossChain: true, inferred: null });
    expect(dedupe([e, { ...e }, toGraphEdge({ source: 'b', target: 'a', type: 'FEEDS', props: null })]).map((x) => x.id)).toEqual([
      'a|FEEDS|b',
      'b|FEEDS|a',
    ]);
  });
});
