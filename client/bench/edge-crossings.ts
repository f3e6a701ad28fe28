// How often a chain-map edge runs through a node it does not connect, per routing, on every
// seeded chain: straight (bezier between one pair), and orthogonal ("taxi") turning next to the
// source or next to the target. Run: cd server && npx tsx ../client/bench/edge-crossings.ts
import { readSeeds } from '../../server/src/seed/read-seeds';
import { buildChainElements } from '../src/graph/elements';
import { defaults } from '../src/graph/defaults';
import { nodeWidthAt } from '../src/graph/chain-layout';
import type { ChainData, Stage } from '../src/graph/types';

const seeds = readSeeds('../seeds');
const stageOf = (s: string) => s.toUpperCase() as Stage;
const labels = {
  stage: { UPSTREAM: '上游', MIDSTREAM: '中游', DOWNSTREAM: '下游' },
  enterpriseLine: (n: readonly string[]) => n[0] ?? '',
  projectLine: (n: number) => `◇ ${n}`,
};
type Box = { x1: number; x2: number; y1: number; y2: number };
type Pt = { x: number; y: number };
// Segment vs box: sample along the segment (fine enough at 2 px steps).
function hits(a: Pt, b: Pt, box: Box): boolean {
  const n = Math.max(2, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
  for (let i = 0; i <= n; i++) {
    const x = a.x + ((b.x - a.x) * i) / n;
    const y = a.y + ((b.y - a.y) * i) / n;
    if (x > box.x1 + 1 && x < box.x2 - 1 && y > box.y1 + 1 && y < box.y2 - 1) return true;
  }
  return false;
}
const rows: string[] = [];
const totals = { straight: 0, nearSource: 0, nearTarget: 0, chosen: 0, arcs: 0, edges: 0 };
for (const chain of seeds.chains) {
  const segs = seeds.segments.filter((s) => s.chain === chain.id);
  if (segs.length === 0) continue;
  const byId = new Map(segs.map((s) => [s.id, s]));
  const end = (id: string) => {
    const s = seeds.segments.find((x) => x.id === id)!;
    return { id, name: s.name, nameEn: s.nameEn ?? null, chainId: s.chain, stage: stageOf(s.stage), order: s.order };
  };
  const data: ChainData = {
    id: chain.id,
    segments: segs.map((s) => ({
      id: s.id,
      name: s.name,
      nameEn: s.nameEn ?? null,
      stage: stageOf(s.stage),
      order: s.order,
      parentId: s.parent ?? null,
      enterpriseCount: 0,
    })),
    flows: seeds.flows
      .filter((f) => byId.has(f.from) || byId.has(f.to))
      .map((f) => ({ fromId: f.from, toId: f.to, from: end(f.from), to: end(f.to) })),
  };
  const els = buildChainElements(data, { lang: 'zh', labels });
  const nodes = new Map<string, Box & { cx: number; cy: number; w: number }>();
  for (const e of els) {
    if (e.group !== 'nodes') continue;
    const ghost = e.data['kind'] === 'ghost';
    const depth = (e.classes as string[]).includes('indent-2') ? 2 : (e.classes as string[]).includes('indent-1') ? 1 : 0;
    const w = ghost ? defaults.layout.ghostWidth : nodeWidthAt(depth);
    const h = e.data['h'] as number;
    const { x, y } = e.position!;
    nodes.set(String(e.data['id']), { x1: x - w / 2, x2: x + w / 2, y1: y - h / 2, y2: y + h / 2, cx: x, cy: y, w });
  }
  const count = { straight: 0, nearSource: 0, nearTarget: 0, chosen: 0, arcs: 0, edges: 0 };
  for (const e of els) {
    if (e.group !== 'edges' || !(e.classes as string[]).includes('flow')) continue;
    const s = nodes.get(String(e.data['source']))!;
    const t = nodes.get(String(e.data['target']))!;
    const others = [...nodes.entries()].filter(([id]) => id !== e.data['source'] && id !== e.data['target']).map(([, b]) => b);
    const dir = Math.sign(t.cx - s.cx) || 1;
    const gap = defaults.layout.columnGap / 2;
    const sx = s.cx + (dir * s.w) / 2;
    const tx = t.cx - (dir * t.w) / 2;
    const paths: Record<'straight' | 'nearSource' | 'nearTarget', Pt[]> = {
      straight: [
        { x: s.cx, y: s.cy },
        { x: t.cx, y: t.cy },
      ],
      nearSource: [
        { x: sx, y: s.cy },
        { x: sx + dir * gap, y: s.cy },
        { x: sx + dir * gap, y: t.cy },
        { x: tx, y: t.cy },
      ],
      nearTarget: [
        { x: sx, y: s.cy },
        { x: tx - dir * gap, y: s.cy },
        { x: tx - dir * gap, y: t.cy },
        { x: tx, y: t.cy },
      ],
    };
    count.edges++;
    const through: Record<string, boolean> = {};
    for (const k of ['straight', 'nearSource', 'nearTarget'] as const) {
      const p = paths[k];
      through[k] = others.some((b) => p.slice(1).some((q, i) => hits(p[i]!, q, b)));
      if (through[k]) count[k]++;
    }
    // What the map draws (elements.ts): the turn side chosen per edge; same-column edges curve.
    const cls = e.classes as string[];
    // Same-column edges are arcs bowing beside the column (not checked here): counted apart.
    if (cls.includes('same-column')) count.arcs++;
    else if (
      cls.includes('turn-source') ? through['nearSource'] : cls.includes('turn-target') ? through['nearTarget'] : through['straight']
    )
      count.chosen++;
  }
  rows.push(
    `${chain.id.padEnd(12)} edges ${String(count.edges).padStart(3)}  through a node: straight ${count.straight}  taxi-near-source ${count.nearSource}  taxi-near-target ${count.nearTarget}  drawn ${count.chosen} (+${count.arcs} same-column arcs)`,
  );
  for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += count[k];
}
console.log(rows.join('\n'));
console.log(
  `total        edges ${totals.edges}  through a node: straight ${totals.straight}  taxi-near-source ${totals.nearSource}  taxi-near-target ${totals.nearTarget}  drawn ${totals.chosen} (+${totals.arcs} same-column arcs)`,
);
