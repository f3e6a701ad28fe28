import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../api/types';
import { pvChain } from '../test/fixtures';
import { layoutChain, type LayoutGhost, type LayoutSegment, type Position } from './chain-layout';
import { defaults } from './defaults';

const { nodeWidth, nodeHeight } = defaults.layout;

function overlaps(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < nodeWidth && Math.abs(a.y - b.y) < nodeHeight;
}

function expectNoOverlap(positions: Map<string, Position>) {
  const entries = [...positions];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [idA, a] = entries[i]!;
      const [idB, b] = entries[j]!;
      expect(overlaps(a, b), `${idA} overlaps ${idB}`).toBe(false);
    }
  }
}

/** Tiny seeded PRNG so the "random" chain is the same on every run. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomChain(count: number, seed: number): LayoutSegment[] {
  const rand = mulberry32(seed);
  const segments: LayoutSegment[] = [];
  for (let i = 0; i < count; i++) {
    const stage = STAGES[Math.floor(rand() * 3)] as Stage;
    const parent = i > 0 && rand() < 0.3 ? segments[Math.floor(rand() * i)] : undefined;
    segments.push({ id: `s${i}`, stage, order: Math.floor(rand() * 6), parentId: parent?.id ?? null });
  }
  return segments;
}

const ghosts: LayoutGhost[] = [
  { id: 'ghost:a', side: 'in', anchors: ['pv.backsheet'] },
  { id: 'ghost:b', side: 'in', anchors: ['pv.backsheet'] },
  { id: 'ghost:c', side: 'out', anchors: ['pv.station'] },
];

describe('layoutChain', () => {
  it('orders stages left to right: every upstream x < every midstream x < every downstream x', () => {
    for (const segments of [pvChain.segments, randomChain(60, 7), randomChain(25, 99)]) {
      const positions = layoutChain(segments);
      const xs = (stage: Stage) => segments.filter((s) => s.stage === stage).map((s) => positions.get(s.id)!.x);
      expect(Math.max(...xs('UPSTREAM'))).toBeLessThan(Math.min(...xs('MIDSTREAM')));
      expect(Math.max(...xs('MIDSTREAM'))).toBeLessThan(Math.min(...xs('DOWNSTREAM')));
    }
  });

  it('orders columns by `order` within a stage', () => {
    const positions = layoutChain(pvChain.segments);
    expect(positions.get('pv.polysilicon')!.x).toBeLessThan(positions.get('pv.wafer')!.x);
    expect(positions.get('pv.cell')!.x).toBeLessThan(positions.get('pv.module')!.x);
  });

  it('is deterministic: same input, same positions, whatever the input order', () => {
    const segments = randomChain(40, 3);
    const first = layoutChain(segments, ghosts);
    expect(layoutChain(segments, ghosts)).toEqual(first);
    expect(layoutChain([...segments].reverse(), [...ghosts].reverse())).toEqual(first);
  });

  it('never overlaps two nodes, ghosts included', () => {
    expectNoOverlap(layoutChain(pvChain.segments, ghosts));
    for (const seed of [1, 2, 3, 4, 5]) expectNoOverlap(layoutChain(randomChain(50, seed)));
  });

  it('places sub-segments right below their parent, indented', () => {
    const positions = layoutChain(pvChain.segments);
    const cell = positions.get('pv.cell')!;
    const children = ['pv.hjt-cell', 'pv.topcon-cell'].map((id) => positions.get(id)!);
    for (const child of children) {
      expect(child.x).toBeGreaterThan(cell.x);
      expect(child.x - cell.x).toBeLessThan(nodeWidth / 2);
      expect(child.y).toBeGreaterThan(cell.y);
    }
    // Stacked directly under the parent: nothing else sits between them.
    const step = nodeHeight + defaults.layout.rowGap;
    expect(children.map((c) => c.y - cell.y)).toEqual([step, 2 * step]);
  });

  it('puts supplier ghosts left of the chain and customer ghosts right of it', () => {
    const positions = layoutChain(pvChain.segments, ghosts);
    const localXs = pvChain.segments.map((s) => positions.get(s.id)!.x);
    expect(positions.get('ghost:a')!.x).toBeLessThan(Math.min(...localXs));
    expect(positions.get('ghost:c')!.x).toBeGreaterThan(Math.max(...localXs));
  });

  it('survives parent cycles and unknown parents without dropping segments', () => {
    const segments: LayoutSegment[] = [
      { id: 'a', stage: 'UPSTREAM', order: 1, parentId: 'b' },
      { id: 'b', stage: 'UPSTREAM', order: 1, parentId: 'a' },
      { id: 'c', stage: 'MIDSTREAM', order: 2, parentId: 'missing' },
    ];
    const positions = layoutChain(segments);
    expect([...positions.keys()].sort()).toEqual(['a', 'b', 'c']);
    expectNoOverlap(positions);
  });
});
