import { describe, expect, it } from 'vitest';
import { parseScale, synthesize, type Chunk } from './synthetic.js';

const templates = [{ id: 'pv', segments: ['pv.a', 'pv.b', 'pv.c'] }];
const run = (seed: number, enterprises: number) => [...synthesize({ seed, enterprises, templates, chunk: 700 })];

describe('synthetic national graph', () => {
  it('is the same graph for the same seed, and another for another seed', () => {
    expect(JSON.stringify(run(7, 300))).toBe(JSON.stringify(run(7, 300)));
    expect(JSON.stringify(run(8, 300))).not.toBe(JSON.stringify(run(7, 300)));
  });

  it('has 31 provinces, 310 cities, 2,500 parks with sub-parks, 40 chains and the asked number of firms, all obviously synthetic', () => {
    const chunks = run(1, 1000);
    const nodes = chunks.flatMap((c) => (c.kind === 'nodes' ? c.rows : []));
    const count = (label: string, f: (p: Record<string, unknown>) => boolean = () => true) =>
      nodes.filter((n) => n.label === label && f(n.props)).length;
    expect(count('Region', (p) => p.level === 'province')).toBe(31);
    expect(count('Region', (p) => p.level === 'city')).toBe(310);
    expect(count('Park', (p) => p.kind !== 'sub_park')).toBe(2500);
    expect(count('Park', (p) => p.kind === 'sub_park')).toBeGreaterThan(500);
    expect(count('Chain')).toBe(39); // plus the one template
    expect(count('Enterprise')).toBe(1000);
    expect(count('Project')).toBe(200);
    for (const n of nodes) {
      expect(n.props.synthetic).toBe(true);
      expect(String(n.props.id)).toMatch(/^syn\./);
      if (n.props.name !== undefined) expect(String(n.props.name)).toMatch(/^合成/);
    }
    expect(chunks.every((c) => c.rows.length <= 700)).toBe(true);
  });

  it('writes every relationship after both of its ends (template segments exist already)', () => {
    const seen = new Set(['pv', ...templates[0]!.segments]);
    for (const c of run(3, 800) as Chunk[]) {
      if (c.kind === 'nodes') for (const n of c.rows) seen.add(String(n.props.id));
      else for (const r of c.rows) expect(seen.has(r.from) && seen.has(r.to), `${r.from} -${r.type}-> ${r.to}`).toBe(true);
    }
  });

  it('gives project dates in lifecycle order', () => {
    const projects = run(4, 500).flatMap((c) => (c.kind === 'nodes' ? c.rows.filter((n) => n.label === 'Project') : []));
    for (const { props } of projects) {
      const dates = ['signedOn', 'startedOn', 'trialProductionOn', 'inProductionOn', 'fullCapacityOn']
        .map((k) => props[k])
        .filter(Boolean) as string[];
      expect([...dates].sort()).toEqual(dates);
    }
  });

  it('reads scales and refuses nonsense', () => {
    expect(parseScale('10k')).toBe(10_000);
    expect(parseScale('1m')).toBe(1_000_000);
    expect(parseScale('tiny')).toBe(500);
    expect(() => parseScale('lots')).toThrow(/--scale/);
  });
});
