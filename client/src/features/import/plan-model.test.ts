import { beforeEach, describe, expect, it } from 'vitest';
import { allDecided, canCommit, decisionsInput, loadMapping, saveMapping, type SheetReport } from './plan-model';

const report = (over: Partial<SheetReport> = {}): SheetReport => ({
  dryRun: true,
  refused: false,
  batchId: null,
  kind: 'enterprises',
  fileName: 'a.csv',
  encoding: 'utf-8',
  counts: { read: 2, create: 1, update: 0, match: 0, skip: 0, errors: 0, review: 1, relationships: 0 },
  errors: [],
  review: [
    { line: 3, key: '', name: '某品牌', decision: 'review', candidates: [{ id: 'e.1', name: '某品牌科技有限公司', why: 'short name' }] },
  ],
  rows: [],
  unknownHeaders: [],
  columns: [],
  ...over,
});

describe('the dry-run rules', () => {
  it('commits only without errors and with every uncertain row decided by an offered choice', () => {
    const r = report();
    expect(allDecided(r.review, {})).toBe(false);
    expect(canCommit(r, { 3: 'e.other' })).toBe(false);
    expect(canCommit(r, { 3: 'new' })).toBe(true);
    expect(canCommit(r, { 3: 'e.1' })).toBe(true);
    expect(canCommit(report({ errors: [{ line: 2, field: '成立时间 (B)', message: 'not a date' }] }), { 3: 'skip' })).toBe(false);
    expect(decisionsInput(r.review, { 3: 'skip', 9: 'new' })).toEqual([{ line: 3, choice: 'skip' }]);
  });
});

describe('the remembered mapping', () => {
  beforeEach(() => localStorage.clear());

  it('is kept per user and per kind, and adds to what was kept', () => {
    saveMapping('u1', 'enterprises', { 联系人: '' });
    saveMapping('u1', 'enterprises', { 公司: 'name' });
    saveMapping('u2', 'enterprises', { 公司: 'shortName' });
    expect(loadMapping('u1', 'enterprises')).toEqual({ 联系人: '', 公司: 'name' });
    expect(loadMapping('u2', 'enterprises')).toEqual({ 公司: 'shortName' });
    expect(loadMapping('u1', 'projects')).toEqual({});
    expect(loadMapping(null, 'enterprises')).toEqual({});
  });

  it('ignores what it cannot read', () => {
    localStorage.setItem('chain-graph.import-mapping.u1.enterprises', '{not json');
    expect(loadMapping('u1', 'enterprises')).toEqual({});
    localStorage.setItem('chain-graph.import-mapping.u1.enterprises', JSON.stringify({ a: 'name', b: 3 }));
    expect(loadMapping('u1', 'enterprises')).toEqual({ a: 'name' });
  });
});
