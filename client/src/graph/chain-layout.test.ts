import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from './types';
import { pvChain } from '../test/fixtures';
import {
  layoutChain,
  nodeWidthAt,
  segmentDepths,
  type LayoutFlow,
  type LayoutGhost,
  type LayoutSegment,
  type Position,
} from './chain-layout';
import { defaults } from './defaults';

const { nodeWidth, nodeHeight, rowGap } = defaults.layout;
const step = nodeHeight + rowGap;

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

interface Fixture {
  segments: LayoutSegment[];
  flows: LayoutFlow[];
}

/**
 * Random chain: sub-segments (30 %) and flows. Flows run from a lower to a
 * higher index and never start downstream of where they end, so top-level
 * flows form a DAG that respects stage order, like real chains.
 */
function randomChain(count: number, seed: number, { subs = true } = {}): Fixture {
  const rand = mulberry32(seed);
  const segments: LayoutSegment[] = [];
  for (let i = 0; i < count; i++) {
    const stage = STAGES[Math.floor(rand() * 3)] as Stage;
    const parent = subs && i > 0 && rand() < 0.3 ? segments[Math.floor(rand() * i)] : undefined;
    segments.push({ id: `s${i}`, stage, order: Math.floor(rand() * 6), parentId: parent?.id ?? null });
  }
  const flows: LayoutFlow[] = [];
  for (let k = 0; k < count * 1.5; k++) {
    const i = Math.floor(rand() * count);
    const j = Math.floor(rand() * count);
    const [a, b] = [segments[Math.min(i, j)]!, segments[Math.max(i, j)]!];
    if (a === b || STAGES.indexOf(a.stage) > STAGES.indexOf(b.stage)) continue;
    flows.push({ fromId: a.id, toId: b.id });
  }
  return { segments, flows };
}

const S: Record<string, Stage> = { U: 'UPSTREAM', M: 'MIDSTREAM', D: 'DOWNSTREAM' };

function fixture(prefix: string, rows: [string, string, number, string?][], flows: string): Fixture {
  return {
    segments: rows.map(([id, stage, order, parent]) => ({
      id: `${prefix}.${id}`,
      stage: S[stage]!,
      order,
      parentId: parent ? `${prefix}.${parent}` : null,
    })),
    flows: flows.split(/\s+/).map((pair) => {
      const [from, to] = pair.split('>');
      return { fromId: `${prefix}.${from}`, toId: `${prefix}.${to}` };
    }),
  };
}

/** The seeded 20-segment PV chain (seeds/chains/photovoltaics.yaml). */
const pv20 = fixture(
  'pv',
  [
    ['industrial-silicon', 'U', 1],
    ['polysilicon', 'U', 2],
    ['ingot', 'U', 3],
    ['wafer', 'U', 4],
    ['silver-paste', 'U', 5],
    ['glass', 'U', 6],
    ['encapsulant', 'U', 7],
    ['backsheet', 'U', 8],
    ['frame', 'U', 9],
    ['junction-box', 'U', 10],
    ['cell', 'M', 11],
    ['perc-cell', 'M', 12, 'cell'],
    ['topcon-cell', 'M', 13, 'cell'],
    ['hjt-cell', 'M', 14, 'cell'],
    ['module', 'M', 15],
    ['inverter', 'D', 16],
    ['mounting', 'D', 17],
    ['storage', 'D', 18],
    ['power-plant', 'D', 19],
    ['distributed', 'D', 20],
  ],
  `industrial-silicon>polysilicon polysilicon>ingot ingot>wafer wafer>cell silver-paste>cell cell>module
   glass>module encapsulant>module backsheet>module frame>module junction-box>module module>power-plant
   module>distributed inverter>power-plant inverter>distributed mounting>power-plant storage>power-plant`,
);

/** The seeded 17-segment film chain (seeds/chains/membranes.yaml): two levels of sub-segments. */
const film17 = fixture(
  'film',
  [
    ['pet-resin', 'U', 1],
    ['pi-resin', 'U', 2],
    ['pvdf-resin', 'U', 3],
    ['polyolefin', 'U', 4],
    ['additives', 'U', 5],
    ['film-equipment', 'U', 6],
    ['base-film', 'M', 7],
    ['functional-film', 'M', 8],
    ['optical-film', 'M', 9, 'functional-film'],
    ['reflective-film', 'M', 10, 'optical-film'],
    ['pi-film', 'M', 11, 'functional-film'],
    ['separator', 'M', 12, 'functional-film'],
    ['pvdf-film', 'M', 13, 'functional-film'],
    ['coating', 'M', 14],
    ['display-use', 'D', 15],
    ['energy-use', 'D', 16],
    ['packaging-use', 'D', 17],
  ],
  `pet-resin>base-film polyolefin>base-film pi-resin>pi-film pvdf-resin>pvdf-film polyolefin>separator
   film-equipment>base-film base-film>functional-film base-film>optical-film additives>coating
   optical-film>coating coating>display-use reflective-film>display-use pi-film>display-use
   separator>energy-use pvdf-film>energy-use base-film>packaging-use`,
);

const layout = (f: Fixture, ghosts: LayoutGhost[] = []) => layoutChain(f.segments, f.flows, ghosts);

/** Column centre of a segment: sub-segments are shifted by half their indent. */
function columnX(f: Fixture, positions: Map<string, Position>, id: string): number {
  const depth = segmentDepths(f.segments).get(id) ?? 0;
  return positions.get(id)!.x - (nodeWidth - nodeWidthAt(depth)) / 2;
}

const ghosts: LayoutGhost[] = [
  { id: 'ghost:a', side: 'in', anchors: ['pv.backsheet'] },
  { id: 'ghost:b', side: 'in', anchors: ['pv.backsheet'] },
  { id: 'ghost:c', side: 'out', anchors: ['pv.station'] },
];

const smallPv: Fixture = { segments: pvChain.segments, flows: pvChain.flows };
const fixtures = [smallPv, pv20, film17, randomChain(60, 7), randomChain(25, 99), randomChain(80, 5, { subs: false })];

describe('layoutChain', () => {
  it('orders stages left to right: every upstream x < every midstream x < every downstream x', () => {
    for (const f of fixtures) {
      const positions = layout(f);
      const xs = (stage: Stage) => f.segments.filter((s) => s.stage === stage).map((s) => positions.get(s.id)!.x);
      expect(Math.max(...xs('UPSTREAM')) + nodeWidth).toBeLessThan(Math.min(...xs('MIDSTREAM')));
      expect(Math.max(...xs('MIDSTREAM')) + nodeWidth).toBeLessThan(Math.min(...xs('DOWNSTREAM')));
    }
  });

  it('runs every flow within a lane left to right: nothing sits left of what feeds it', () => {
    for (const f of [pv20, film17, randomChain(80, 5, { subs: false }), randomChain(200, 11, { subs: false })]) {
      const positions = layout(f);
      const byId = new Map(f.segments.map((s) => [s.id, s]));
      let checked = 0;
      for (const { fromId, toId } of f.flows) {
        const [a, b] = [byId.get(fromId)!, byId.get(toId)!];
        if (a.stage !== b.stage || a.parentId || b.parentId) continue; // sub-segments share their parent's column
        expect(columnX(f, positions, fromId), `${fromId} → ${toId}`).toBeLessThan(columnX(f, positions, toId));
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    }
  });

  it('layers by flows, not by `order`: the PV spine runs left to right, materials stack in one column', () => {
    const positions = layout(pv20);
    const x = (id: string) => columnX(pv20, positions, `pv.${id}`);
    expect(x('industrial-silicon')).toBeLessThan(x('polysilicon'));
    expect(x('polysilicon')).toBeLessThan(x('ingot'));
    expect(x('ingot')).toBeLessThan(x('wafer'));
    expect(x('cell')).toBeLessThan(x('module'));
    expect(x('inverter')).toBeLessThan(x('power-plant'));
    // Six module materials (and the wafer) all feed the midstream: one column,
    // the upstream lane's last, next to what they feed.
    const materials = ['silver-paste', 'glass', 'encapsulant', 'backsheet', 'frame', 'junction-box', 'wafer'];
    expect(new Set(materials.map(x)).size).toBe(1);
    // Power plants and distributed PV both consume modules and inverters: one column.
    expect(x('power-plant')).toBe(x('distributed'));
  });

  it('stays within 9 columns for the seeded chains (fits 1366×768)', () => {
    for (const f of [pv20, film17]) {
      const positions = layout(f);
      const columns = new Set(f.segments.map((s) => columnX(f, positions, s.id)));
      expect(columns.size).toBeLessThanOrEqual(9);
    }
    const pvColumns = new Set(pv20.segments.map((s) => columnX(pv20, layout(pv20), s.id)));
    expect(pvColumns.size).toBe(8); // 4 upstream (the silicon spine) + 2 midstream + 2 downstream
    // And not too tall either: no column over 7 rows (the PV materials + wafer).
    const ys = [...layout(pv20).values()].map((p) => p.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(7 * step);
  });

  it('is deterministic: same input, same positions, whatever the input order', () => {
    for (const f of [randomChain(40, 3), pv20, film17]) {
      const first = layoutChain(f.segments, f.flows, ghosts);
      expect(layoutChain(f.segments, f.flows, ghosts)).toEqual(first);
      expect(layoutChain([...f.segments].reverse(), [...f.flows].reverse(), [...ghosts].reverse())).toEqual(first);
    }
  });

  it('never overlaps two nodes, ghosts included', () => {
    expectNoOverlap(layout(smallPv, ghosts));
    expectNoOverlap(layout(pv20, ghosts));
    expectNoOverlap(layout(film17));
    for (const seed of [1, 2, 3, 4, 5]) expectNoOverlap(layout(randomChain(50, seed)));
  });

  it('places sub-segments right below their parent, in its column, indented', () => {
    const positions = layout(pv20);
    const cell = positions.get('pv.cell')!;
    const children = ['pv.perc-cell', 'pv.topcon-cell', 'pv.hjt-cell'].map((id) => positions.get(id)!);
    for (const child of children) {
      expect(child.x).toBeGreaterThan(cell.x);
      // Same column: narrower by the indent, right edges aligned.
      expect(child.x + nodeWidthAt(1) / 2).toBe(cell.x + nodeWidth / 2);
    }
    // Stacked directly under the parent: nothing else sits between them.
    expect(children.map((c) => c.y - cell.y)).toEqual([step, 2 * step, 3 * step]);

    const film = layout(film17);
    const reflective = film.get('film.reflective-film')!;
    const optical = film.get('film.optical-film')!;
    expect(reflective.y - optical.y).toBe(step);
    expect(reflective.x).toBeGreaterThan(optical.x);
  });

  it('puts supplier ghosts left of the chain and customer ghosts right of it, level with their anchors', () => {
    const pvGhosts: LayoutGhost[] = [
      { id: 'ghost:pvdf', side: 'in', anchors: ['pv.backsheet'] },
      { id: 'ghost:grid', side: 'out', anchors: ['pv.power-plant'] },
    ];
    const positions = layout(pv20, pvGhosts);
    const localXs = pv20.segments.map((s) => positions.get(s.id)!.x);
    expect(positions.get('ghost:pvdf')!.x).toBeLessThan(Math.min(...localXs));
    expect(positions.get('ghost:grid')!.x).toBeGreaterThan(Math.max(...localXs));
    expect(positions.get('ghost:pvdf')!.y).toBe(positions.get('pv.backsheet')!.y);
    expect(positions.get('ghost:grid')!.y).toBe(positions.get('pv.power-plant')!.y);
  });

  it('survives flow cycles, parent cycles and unknown parents without dropping segments', () => {
    const segments: LayoutSegment[] = [
      { id: 'a', stage: 'UPSTREAM', order: 1, parentId: 'b' },
      { id: 'b', stage: 'UPSTREAM', order: 1, parentId: 'a' },
      { id: 'c', stage: 'MIDSTREAM', order: 2, parentId: 'missing' },
      { id: 'd', stage: 'MIDSTREAM', order: 3, parentId: null },
      { id: 'e', stage: 'MIDSTREAM', order: 4, parentId: null },
    ];
    const flows: LayoutFlow[] = [
      { fromId: 'c', toId: 'd' },
      { fromId: 'd', toId: 'e' },
      { fromId: 'e', toId: 'c' }, // closes a cycle: dropped for layering
      { fromId: 'e', toId: 'a' }, // backwards across lanes
      { fromId: 'x', toId: 'c' }, // unknown end
    ];
    const positions = layoutChain(segments, flows);
    expect([...positions.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(positions.get('c')!.x).toBeLessThan(positions.get('d')!.x);
    expect(positions.get('d')!.x).toBeLessThan(positions.get('e')!.x);
    expectNoOverlap(positions);
    expect(layoutChain([...segments].reverse(), [...flows].reverse())).toEqual(positions);
  });

  it('lays out a chain without flows by stage alone, one column per lane', () => {
    const f = { segments: pv20.segments, flows: [] };
    const positions = layout(f);
    const columns = new Set(f.segments.map((s) => columnX(f, positions, s.id)));
    expect(columns.size).toBe(3);
    expectNoOverlap(positions);
  });
});
