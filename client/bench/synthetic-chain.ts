import { STAGES, type Chain, type Flow, type Segment, type Stage } from '../src/shared/api/types';

/**
 * The synthetic chain both benchmarks measure (layout-bench.ts in Node,
 * browser-bench.mjs in Chromium): seeded, so every run sees the same chain.
 */

/** Tiny seeded PRNG: the same synthetic chain on every run. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A chain of about `target` elements: segments (a tenth of it) in three
 * stages and a few "tiers" each, ~1.5 flows per segment from a tier to a later
 * one (like a real, layered chain), and enterprises under the segments
 * (modelled as sub-segments: drawn under their segment, linked to it).
 */
export function syntheticChain(target: number, seed: number): Chain {
  const rand = mulberry32(seed);
  const segCount = Math.round(target / 10);
  const flowCount = Math.round(segCount * 1.5);
  const entCount = Math.max(0, Math.round((target - segCount - flowCount) / 2));
  const segments: Segment[] = [];
  const tiers = 9; // 3 per stage
  for (let i = 0; i < segCount; i++) {
    const tier = Math.floor((i / segCount) * tiers);
    const stage = STAGES[Math.floor(tier / 3)] as Stage;
    segments.push({
      id: `seg${i}`,
      name: `环节${i}`,
      nameEn: `Segment ${i}`,
      stage,
      order: tier * 100 + i,
      parentId: null,
      enterpriseCount: 0,
    });
  }
  const tierOf = (i: number) => Math.floor((i / segCount) * tiers);
  const chainId = `synthetic${target}`;
  const end = (i: number) => {
    const { id, name, nameEn, stage, order } = segments[i]!;
    return { id, name, nameEn, chainId, stage, order };
  };
  const flows: Flow[] = [];
  const seen = new Set<string>();
  while (flows.length < flowCount) {
    const a = Math.floor(rand() * segCount);
    const b = Math.floor(rand() * segCount);
    if (tierOf(b) <= tierOf(a) || tierOf(b) - tierOf(a) > 2) continue;
    const key = `${a}>${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    flows.push({ fromId: `seg${a}`, toId: `seg${b}`, crossChain: false, from: end(a), to: end(b) });
  }
  for (let e = 0; e < entCount; e++) {
    const parent = segments[Math.floor(rand() * segCount)]!;
    parent.enterpriseCount++;
    segments.push({
      id: `ent${e}`,
      name: `企业${e}`,
      nameEn: `Enterprise ${e}`,
      stage: parent.stage,
      order: parent.order,
      parentId: parent.id,
      enterpriseCount: 0,
    });
  }
  return { id: chainId, name: '合成', nameEn: 'Synthetic', description: null, descriptionEn: null, segments, flows };
}
