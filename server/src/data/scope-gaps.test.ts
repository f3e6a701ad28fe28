// Several scopes judged from one read (data/analysis.ts): each scope gets exactly its parks' rows
// in the order read, and the overview's completeness from firm ids alone equals the full report's.
import { describe, expect, it } from 'vitest';
import type { ProjectEvidenceRow, SegmentInfo } from '../domain/gap.js';
import { firmEvidence, scopeCompleteness, scopeGaps, sortEvidence, type ChainInfo, type FirmTuple, type Scope } from './analysis.js';

const segments: SegmentInfo[] = [
  { id: 'c.up', name: '上游', stage: 'upstream', order: 1 },
  { id: 'c.mid', name: '中游', stage: 'midstream', order: 2 },
  { id: 'c.mid.cell', name: '电池片', stage: 'midstream', order: 3, parentId: 'c.mid' },
  { id: 'c.down', name: '下游', stage: 'downstream', order: 4 },
];
const chain: ChainInfo = { chain: { id: 'c', name: '链' }, segments };

// As the statements send a firm's row (FirmTuple).
const firm = (id: string, parkId: string, segmentId: string, inferred = false): FirmTuple => [
  parkId,
  segmentId,
  inferred,
  null,
  id,
  `企业${id}`,
  null,
  '2020',
  'founded',
];
const project = (id: string, parkId: string, segmentId: string, investorId: string, status: string): ProjectEvidenceRow => ({
  parkId,
  segmentId,
  inferred: false,
  project: { id, name: `项目${id}`, status, statusAsOf: '2024-01' },
  investorId,
});

// Firms of two parks interleaved by id; e3 in park b is known only by its plant under construction.
const ev = sortEvidence([
  { kind: 'enterprise', row: firm('e5', 'a', 'c.up') },
  { kind: 'enterprise', row: firm('e1', 'b', 'c.up') },
  { kind: 'enterprise', row: firm('e2', 'a', 'c.mid.cell', true) },
  { kind: 'enterprise', row: firm('e3', 'b', 'c.down') },
  { kind: 'enterprise', row: firm('e4', 'a', 'c.up') },
  { kind: 'enterprise', row: firm('e0', 'a', 'c.up') },
  { kind: 'project', row: project('j1', 'b', 'c.down', 'e3', 'construction') },
  { kind: 'project', row: project('j0', 'a', 'c.down', 'x', 'in_production') },
]);
const scope = (kind: Scope['kind'], id: string, parkIds: string[]): Scope => ({
  kind,
  id,
  root: { id, name: id },
  parkIds,
  cityId: null,
  provinceId: null,
  neighbourProvinceIds: [],
});
const scopes = [
  scope('park', 'a', ['a']),
  scope('park', 'b', ['b']),
  scope('region', 'r', ['b', 'a', 'b']),
  scope('region', 'none', ['z']),
];

describe('a firm row as sent', () => {
  it('reads each place of the list as the field the gap rules expect', () => {
    expect(firmEvidence(['p', 's', true, 'catalogue', 'e9', '企业9', 'Firm 9', '2019-05', 'source'])).toEqual({
      parkId: 'p',
      segmentId: 's',
      inferred: true,
      basis: 'catalogue',
      enterprise: { id: 'e9', name: '企业9', nameEn: 'Firm 9' },
      evidenceDate: '2019-05',
      evidenceFrom: 'source',
    });
  });
});

describe('scopeGaps over several scopes', () => {
  const gaps = scopeGaps(chain, scopes, ev, null);
  const ids = (i: number, segmentId: string) =>
    gaps[i]!.segments.find((g) => g.segment.id === segmentId)!.enterprises.map((e) => `${e.enterprise.id}@${e.parkId}`);

  it("gives each scope its own parks' rows, in the order read (by firm id), whatever the order of its parks", () => {
    expect(ids(0, 'c.up')).toEqual(['e0@a', 'e4@a', 'e5@a']);
    expect(ids(1, 'c.up')).toEqual(['e1@b']);
    expect(ids(2, 'c.up')).toEqual(['e0@a', 'e1@b', 'e4@a', 'e5@a']);
    expect(ids(2, 'c.mid')).toEqual(['e2@a']);
    expect(ids(3, 'c.up')).toEqual([]);
    expect(gaps[2]!.segments.find((g) => g.segment.id === 'c.down')!.projects.map((p) => p.project.id)).toEqual(['j0', 'j1']);
  });

  it('judges each scope on its rows only', () => {
    const status = (i: number) => Object.fromEntries(gaps[i]!.segments.map((g) => [g.segment.id, g.status]));
    expect(status(0)).toEqual({ 'c.up': 'PRESENT', 'c.mid': 'PRESENT', 'c.mid.cell': 'PRESENT', 'c.down': 'PRESENT' });
    expect(status(1)).toEqual({ 'c.up': 'PRESENT', 'c.mid': 'MISSING', 'c.mid.cell': 'MISSING', 'c.down': 'PIPELINE' });
    expect(status(3)).toEqual({ 'c.up': 'MISSING', 'c.mid': 'MISSING', 'c.mid.cell': 'MISSING', 'c.down': 'MISSING' });
    expect(gaps.map((g) => g.completeness.percent)).toEqual([83, 50, 83, 0]);
  });

  it('gives the same completeness from the firms ids alone (the region overview)', () => {
    const facts = {
      enterprises: ev.enterprises.map(({ parkId, segmentId, inferred, enterprise }) => ({
        parkId,
        segmentId,
        inferred,
        enterprise: { id: enterprise.id },
      })),
      projects: ev.projects,
    };
    expect(scopeCompleteness(chain, scopes, facts)).toEqual(gaps.map((g) => g.completeness));
  });
});
