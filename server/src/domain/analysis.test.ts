// Unit tests of the pure analysis rules (no database).
import { describe, expect, it } from 'vitest';
import { happenedBy, isPartialDate, span } from './partial-dates.js';
import { completeness, gapSegments, type SegmentInfo } from './gap.js';
import { statusAt } from './project-stage.js';
import { review } from './review.js';
import { rankTargets, scoreCandidate, type CandidateRow } from './targets.js';
import { evidenceDateRange } from './date-range.js';

describe('partial dates', () => {
  it('validates and spans YYYY, YYYY-MM and YYYY-MM-DD', () => {
    expect(isPartialDate('2023')).toBe(true);
    expect(isPartialDate('2024-02-29')).toBe(true);
    expect(isPartialDate('2023-02-29')).toBe(false);
    expect(isPartialDate('2023-13')).toBe(false);
    expect(isPartialDate('23')).toBe(false);
    expect(span('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(() => span('x')).toThrow(RangeError);
  });
  it('answers yes, no or unknown when comparing partial dates', () => {
    expect(happenedBy('2023', '2023')).toBe('yes');
    expect(happenedBy('2023-06', '2023')).toBe('yes');
    expect(happenedBy('2023', '2023-06')).toBe('unknown');
    expect(happenedBy('2024', '2023-12-31')).toBe('no');
    expect(happenedBy('2023-06', '2023-05')).toBe('no');
    expect(happenedBy('2023-06-15', '2023-06')).toBe('yes');
  });
});

describe('project status as of a date', () => {
  const wafer = { id: 'p', status: 'topped_out', statusAsOf: '2024-02-27', startedOn: '2023-06' };
  it('uses the furthest stage certainly reached, or says why it cannot know', () => {
    expect(statusAt(wafer).status).toBe('topped_out');
    expect(statusAt(wafer, '2023-06')).toEqual({ status: 'construction', reason: 'startedOn 2023-06' });
    expect(statusAt(wafer, '2024-03').status).toBe('topped_out');
    const early = statusAt(wafer, '2023-05');
    expect(early.status).toBeNull();
    expect(early.reason).toMatch(/startedOn 2023-06/);
    expect(statusAt({ id: 'x' }, '2023').status).toBeNull();
    expect(statusAt({ id: 'l', status: 'lost', lostOn: '2022', signedOn: '2021' }, '2022').status).toBe('lost');
    expect(statusAt({ id: 'l', status: 'lost', lostOn: '2022', signedOn: '2021' }, '2021').status).toBe('signed');
  });
});

const segs: SegmentInfo[] = [
  { id: 'c.cell', name: '电池', stage: 'midstream', order: 1 },
  { id: 'c.hjt', name: 'HJT', stage: 'midstream', order: 2, parentId: 'c.cell' },
  { id: 'c.module', name: '组件', stage: 'midstream', order: 3 },
  { id: 'c.glass', name: '玻璃', stage: 'upstream', order: 4 },
];
const ent = (id: string, segmentId: string, inferred = false, evidenceDate = '2020') => ({
  parkId: 'p',
  segmentId,
  inferred,
  enterprise: { id, name: id },
  evidenceDate,
  evidenceFrom: 'source' as const,
});
const proj = (id: string, segmentId: string, extra: Record<string, unknown>, investorId?: string) => ({
  parkId: 'p',
  segmentId,
  inferred: false,
  project: { id, name: id, ...extra },
  investorId: investorId ?? null,
});

describe('gap statuses', () => {
  it('a sub-segment firm makes its parent present; a firm whose only evidence is a building project is pipeline', () => {
    const g = gapSegments(
      segs,
      [ent('hjtco', 'c.hjt'), ent('modco', 'c.module')],
      [proj('mp', 'c.module', { status: 'construction' }, 'modco')],
    );
    const by = new Map(g.map((s) => [s.segment.id, s]));
    expect(by.get('c.cell')).toMatchObject({ status: 'PRESENT', viaSubSegment: true });
    expect(by.get('c.hjt')).toMatchObject({ status: 'PRESENT', viaSubSegment: false });
    expect(by.get('c.module')!.status).toBe('PIPELINE');
    expect(by.get('c.glass')!.status).toBe('MISSING');
  });
  it('an operating project makes a segment present even before its investor is reported', () => {
    const g = gapSegments(
      segs,
      [ent('modco', 'c.module', false, '2024')],
      [proj('mp', 'c.module', { status: 'in_production', inProductionOn: '2023' }, 'modco')],
      '2023',
    );
    const m = g.find((s) => s.segment.id === 'c.module')!;
    expect(m.status).toBe('PRESENT');
    expect(m.enterprises[0]!.counts).toBe('EXCLUDED');
  });
  it('lists a segment’s evidence in the rows’ order with its sub-segments’, and a firm’s own project only in its park and segment', () => {
    const rows = [
      ent('b', 'c.hjt'),
      ent('a', 'c.cell'),
      ent('c', 'c.hjt'),
      { ...ent('modco', 'c.module'), parkId: 'q' },
      ent('x', 'c.nowhere'),
    ];
    const projects = [proj('mp', 'c.module', { status: 'construction' }, 'modco'), proj('ap', 'c.cell', { status: 'construction' }, 'a')];
    const by = new Map(gapSegments(segs, rows, projects).map((s) => [s.segment.id, s]));
    expect(by.get('c.cell')!.enterprises.map((e) => e.enterprise.id)).toEqual(['b', 'a', 'c']);
    expect(by.get('c.hjt')!.enterprises.map((e) => e.enterprise.id)).toEqual(['b', 'c']);
    expect(by.get('c.cell')!.projects.map((p) => p.project.id)).toEqual(['ap']);
    // a's only evidence in 电池 is its own project there, still being built.
    expect(by.get('c.cell')!.enterprises.find((e) => e.enterprise.id === 'a')!.counts).toBe('PIPELINE');
    // modco's building project is in park p; modco itself sits in park q, where it counts.
    expect(by.get('c.module')!.enterprises.map((e) => [e.enterprise.id, e.counts])).toEqual([['modco', 'PRESENT']]);
    expect(by.get('c.module')!.status).toBe('PRESENT');
    // A row of a segment the chain does not have is in no segment's list.
    expect([...by.values()].some((g) => g.enterprises.some((e) => e.enterprise.id === 'x'))).toBe(false);
  });
  it('completeness counts top-level segments, halves inferred-only, and its parts explain the score', () => {
    const g = gapSegments(segs, [ent('hjtco', 'c.hjt'), ent('glassco', 'c.glass', true)], [proj('mp', 'c.module', { status: 'signed' })]);
    const c = completeness(g);
    expect(c.counted).toBe(3);
    expect(c.parts.map((p) => p.weight)).toEqual([1, 0.5, 0.5]);
    expect(c.score).toBeCloseTo(2 / 3, 3);
  });
});

describe('target scores', () => {
  const cand = (id: string, extra: Partial<CandidateRow> = {}): CandidateRow => ({
    enterprise: { id, name: id, roles: [] },
    segmentId: 'c.hjt',
    inferred: false,
    anchor: false,
    regionIds: [],
    sales: [],
    capacities: [],
    supplyPartners: [],
    ...extra,
  });
  const parentOf = new Map<string, string | null>([
    ['c.cell', null],
    ['c.hjt', 'c.cell'],
    ['c.module', null],
  ]);
  it('parts sum to the score; anchor beats plain; sizes, supply links and inference move it', () => {
    const s = scoreCandidate(
      cand('a', { anchor: true, sales: [{ metric: '销售额', value: 1e9 }], supplyPartners: ['x'], inferred: true }),
      'EXACT',
      {},
    );
    expect(s.parts.map((p) => p.key)).toEqual(['relevance', 'role', 'size', 'supply', 'inferred']);
    expect(s.score).toBe(40 + 30 + 10 + 10 - 15);
    expect(s.parts.map((p) => p.values)).toEqual([
      { relevance: 'EXACT' },
      { role: 'anchor' },
      { salesYi: 10 },
      { supplyPartnerIds: ['x'] },
      {},
    ]);
    const near = scoreCandidate(
      cand('b', { regionIds: ['city', 'prov'], capacities: [{ product: '单晶硅片', value: 10, unit: 'GW' }] }),
      'SUB_SEGMENT',
      { cityId: 'city' },
    );
    expect(near.parts.filter((p) => p.key !== 'relevance').map((p) => p.values)).toEqual([
      { capacity: { product: '单晶硅片', value: 10, unit: 'GW' } },
      { proximity: 'CITY' },
    ]);
    const ranked = rankTargets(
      ['c.hjt'],
      parentOf,
      [cand('plain'), cand('lead', { enterprise: { id: 'lead', name: 'lead', roles: ['leading'] } })],
      new Set(),
      {},
    );
    expect(ranked.map((r) => r.candidate.enterprise.id)).toEqual(['lead', 'plain']);
  });
  it('matches sub- and parent segments with lower relevance and excludes local firms', () => {
    const r = rankTargets(['c.cell'], parentOf, [cand('sub'), cand('local')], new Set(['local']), {});
    expect(r.map((x) => [x.candidate.enterprise.id, x.relevance])).toEqual([['sub', 'SUB_SEGMENT']]);
    const p = rankTargets(['c.hjt'], parentOf, [cand('par', { segmentId: 'c.cell' })], new Set(), {});
    expect(p[0]!.relevance).toBe('PARENT_SEGMENT');
  });
});

describe('evidence date range', () => {
  const ent = (evidenceDate: string | null) => ({
    parkId: 'p',
    segmentId: 's',
    inferred: false,
    enterprise: { id: 'e', name: 'e' },
    evidenceDate,
    evidenceFrom: 'source' as const,
  });
  const proj = (props: Record<string, unknown>) => ({
    parkId: 'p',
    segmentId: 's',
    inferred: false,
    project: { id: 'j', name: 'j', ...props },
  });
  it('takes the earliest and latest of firm dates and project lifecycle dates, partial dates in order', () => {
    expect(
      evidenceDateRange(
        [ent('2021'), ent(null)],
        [proj({ signedOn: '2019-12', inProductionOn: '2022-03-01', lostOn: '2023', name: '2000' })],
      ),
    ).toEqual({ earliest: '2019-12', latest: '2023' });
    expect(evidenceDateRange([ent('2020')], [proj({ statusAsOf: '2020-01' })])).toEqual({ earliest: '2020', latest: '2020-01' });
  });
  it('is null when nothing is dated, and ignores what is not a date', () => {
    expect(evidenceDateRange([], [])).toBeNull();
    expect(evidenceDateRange([ent(null)], [proj({ status: 'signed', signedOn: 'soon' })])).toBeNull();
  });
});

describe('project review', () => {
  it('counts signed-or-later projects and explains each rate', () => {
    const r = review([
      { id: 'a', status: 'in_production' },
      { id: 'b', status: 'construction' },
      { id: 'c', status: 'lost', signedOn: '2020' },
      { id: 'd', status: 'planned' },
      { id: 'e' },
    ]);
    expect(r.counted).toEqual(['a', 'b', 'c']);
    expect(r.excluded.map((x) => [x.projectId, x.reasonKey])).toEqual([
      ['d', 'planned'],
      ['e', 'noStatus'],
    ]);
    const rate = (k: string) => r.rates.find((x) => x.key === k)!;
    expect(rate('start')).toMatchObject({ numerator: 2, denominator: 3, projectIds: ['a', 'b'] });
    expect(rate('production').projectIds).toEqual(['a']);
    expect(rate('loss')).toMatchObject({ numerator: 1, rate: 0.333 });
    expect(review([]).rates[0]!.rate).toBeNull();
  });
});
