// Policy records (产业发展政策): validated like every record kind and turned into :Policy nodes
// linked to their park and chains. Uses a copy of the small fixture set plus one policies file.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { readSeeds, SeedValidationError } from './read-seeds.js';
import { buildGraph } from './to-graph.js';

const dirs: string[] = [];
function withPolicies(yaml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'seeds-policies-'));
  dirs.push(dir);
  cpSync(path.join(repoRoot, 'server', 'test', 'fixtures', 'seeds-small'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'policies.yaml'), yaml);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('policies in seeds', () => {
  it('become Policy nodes linked to their park, chains and sources', () => {
    const set = readSeeds(
      withPolicies(`policies:
  - { id: fx-pol, name: 测试扶持政策, park: fx-park, chains: [fx-pv], issued: "2023-05", kind: support_policy, cite: [fx-s1] }
`),
    );
    expect(set.policies.map((p) => p.id)).toEqual(['fx-pol']);
    const node = buildGraph(set).nodes.find((n) => n.id === 'fx-pol')!;
    expect(node.label).toBe('Policy');
    expect(node.props).toEqual({ name: '测试扶持政策', issued: '2023-05', kind: 'support_policy' });
    expect(node.links.map((l) => `${l.type}->${l.to}`).sort()).toEqual(['CITED_IN->fx-s1', 'FOR_CHAIN->fx-pv', 'FOR_PARK->fx-park']);
  });

  it('report an unknown park, chain or source, a bad date and a bad kind', () => {
    let problems: string[] = [];
    try {
      readSeeds(
        withPolicies(`policies:
  - { id: fx-pol, name: 政策, park: nope-park, chains: [nope-chain], issued: "2023-13", kind: wish, cite: [nope-src] }
  - { id: fx-pol2, name: 政策二, park: nope-park, kind: fund, cite: [nope-src] }
`),
      );
    } catch (e) {
      if (!(e instanceof SeedValidationError)) throw e;
      problems = e.problems;
    }
    const text = problems.join('\n');
    expect(text).toMatch(/issued/);
    expect(text).toMatch(/kind/);
    expect(text).toMatch(/nope-park/);
    expect(text).toMatch(/nope-src/);
  });

  it('the real seeds carry the policies the park documents name', () => {
    const set = readSeeds(path.join(repoRoot, 'seeds'));
    const byPark = (park: string) => set.policies.filter((p) => p.park === park).map((p) => p.issued);
    expect(byPark('ls-etdz')).toEqual(['2023']);
    expect(byPark('zs-hitech')).toEqual(['2023', '2023', '2023', '2023']);
    expect(byPark('sy-etdz').every((d) => d === '2017')).toBe(true);
    expect(byPark('nb-hitech').every((d) => d === '2013')).toBe(true);
  });
});
