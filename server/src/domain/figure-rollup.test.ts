import { describe, expect, it } from 'vitest';
import { rollupFigures, type RollupFigure } from './figure-rollup.js';

const f = (id: string, over: Partial<RollupFigure>): RollupFigure => ({
  id,
  metric: '企业数',
  unit: '家',
  value: 10,
  qualifier: 'exact',
  period: '2023',
  ownerLevel: 'park',
  ownerId: id,
  ...over,
});

describe('rollupFigures', () => {
  it('adds only figures of one metric, unit, period, qualifier, chain and level', () => {
    const groups = rollupFigures([
      f('a', {}),
      f('b', { value: 5 }),
      f('c', { period: '2022' }),
      f('d', { qualifier: 'target' }),
      f('e', { ownerLevel: 'city' }),
      f('g', { unit: '个' }),
      f('h', { chainId: 'pv' }),
    ]);
    expect(groups).toHaveLength(6);
    const first = groups.find((g) => g.figures.some((x) => x.id === 'a'))!;
    expect(first).toMatchObject({ total: 15, totalQualifier: 'exact' });
    expect(first.figures.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('an "over" sum is a lower bound; about stays about; shares, under-bounds and double owners get no total', () => {
    expect(rollupFigures([f('a', { qualifier: 'over' }), f('b', { qualifier: 'over' })])[0]).toMatchObject({
      total: 20,
      totalQualifier: 'at_least',
    });
    expect(rollupFigures([f('a', { qualifier: 'about' }), f('b', { qualifier: 'about' })])[0]).toMatchObject({
      total: 20,
      totalQualifier: 'about',
    });
    expect(rollupFigures([f('a', { unit: '%' }), f('b', { unit: '%' })])[0]!.total).toBeNull();
    expect(rollupFigures([f('a', { qualifier: 'under' }), f('b', { qualifier: 'under' })])[0]!.total).toBeNull();
    expect(rollupFigures([f('a', {}), { ...f('b', {}), ownerId: 'a' }])[0]!.total).toBeNull();
  });
});
