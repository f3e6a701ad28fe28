// Queries changed for scale (issue 15) stay anchored: their plans start from unique-index seeks
// on the ids they are given, never from a scan of every node of a label. A planner change or an
// edit that drops an anchor fails here, before the growth benchmark would show it.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { seedLabels } from '../seed/to-graph.js';
import { explainParams, loadCypher } from './cypher-files.js';

const executor = testExecutor();

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

async function plan(name: string, params: Record<string, unknown> = explainParams(loadCypher(name))) {
  const summary = await executor.explain(name, params);
  return summary.plan as unknown as PlanNode;
}

/** A plan's operators, each once, from the root down. */
const nodesOf = (p: PlanNode): PlanNode[] => [p, ...p.children.flatMap(nodesOf)];
const opOf = (p: PlanNode) => p.operatorType.replace(/@.*$/, '');

async function operators(name: string, params: Record<string, unknown> = explainParams(loadCypher(name))) {
  return nodesOf(await plan(name, params)).map((p) => ({ op: opOf(p), details: String(p.arguments['Details'] ?? '') }));
}

const seeks = (ops: Array<{ op: string; details: string }>, labelProp: string) =>
  ops.filter((o) => /IndexSeek/.test(o.op) && o.details.includes(labelProp));
const scans = (ops: Array<{ op: string; details: string }>) => ops.filter((o) => /NodeByLabelScan|AllNodesScan/.test(o.op));

describe('plans of the queries changed for scale', () => {
  it('analysis/candidates: seeks the chain and the nearby region by id, scans no label', async () => {
    const ops = await operators('analysis/candidates');
    expect(seeks(ops, ':Chain(id)').length).toBeGreaterThan(0);
    expect(seeks(ops, ':Region(id)').length).toBeGreaterThan(0);
    expect(scans(ops)).toEqual([]);
  });

  it('analysis/gap-evidence: seeks the parks by id, scans no label', async () => {
    const ops = await operators('analysis/gap-evidence');
    expect(seeks(ops, ':Park(id)').length).toBeGreaterThan(0);
    expect(scans(ops)).toEqual([]);
  });

  // The evidence must read outward from the parks. With the chain node bound, the planner
  // expanded from the chain through every firm of it in the country (47,656 at 1M) and filtered
  // the park afterwards: 274k db hits for a park of 126 firms where reading out of it takes 3k.
  for (const name of ['api/chain-map', 'analysis/gap-evidence']) {
    it(`${name}: reads firms and projects outward from the parks, not inward from the chain`, async () => {
      const ops = await operators(name);
      expect(seeks(ops, ':Park(id)').length).toBeGreaterThan(0);
      const expands = ops.filter((o) => /^Expand/.test(o.op)).map((o) => o.details);
      expect(expands.some((d) => /^\(p\)<-\[\w+:LOCATED_IN\]-\(e\)/.test(d))).toBe(true);
      expect(expands.some((d) => /^\(p\)<-\[\w+:IN_PARK\]-\(j\)/.test(d))).toBe(true);
      expect(expands.filter((d) => /IN_SEGMENT\]-\(e\)|FOR_SEGMENT\]-\(j\)/.test(d))).toEqual([]);
    });
  }

  // Nearest supply read every firm of the chain in the country with every score part (4.8 M db
  // hits at 1M) to keep five per segment in the scope's city or province.
  it('analysis/nearby-candidates: seeks the region by id and reads firms out of its parks, not from the chain', async () => {
    const ops = await operators('analysis/nearby-candidates');
    expect(seeks(ops, ':Region(id)').length).toBeGreaterThan(0);
    expect(scans(ops)).toEqual([]);
    const expands = ops.filter((o) => /^(Expand|VarLengthExpand)/.test(o.op)).map((o) => o.details);
    expect(expands.some((d) => /^\(p\)<-\[\w+:LOCATED_IN\]-\(e\)/.test(d))).toBe(true);
    expect(expands.filter((d) => /IN_SEGMENT\]-\(e\)/.test(d))).toEqual([]);
  });

  // Memory, not speed: at 1M the busiest park's evidence (17,565 firms) was refused by the
  // transaction memory limit while the database held every row in one sorted list.
  it('analysis/gap-evidence: streams its rows (no sort, no list of every row)', async () => {
    const ops = await operators('analysis/gap-evidence');
    expect(ops.filter((o) => /^(Sort|Top|PartialSort|EagerAggregation|OrderedAggregation)/.test(o.op))).toEqual([]);
  });

  // The region overview's facts list each park's firms of a segment as ids: grouped inside the
  // subquery run per park, so the database holds one park's ids at a time, never the province's.
  it('analysis/gap-facts-of-chains: sorts nothing and groups within one park at a time', async () => {
    const root = await plan('analysis/gap-facts-of-chains');
    expect(nodesOf(root).filter((p) => /^(Sort|Top|PartialSort)$/.test(opOf(p)))).toEqual([]);
    const groups = nodesOf(root).filter((p) => /Aggregation$/.test(opOf(p)));
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(nodesOf(g).some((p) => opOf(p) === 'Argument' && p.arguments['Details'] === 'p')).toBe(true);
    }
  });

  it('analysis/gap-facts-of-chains: seeks the parks by id and reads outward, scans no label', async () => {
    const ops = await operators('analysis/gap-facts-of-chains');
    expect(seeks(ops, ':Park(id)').length).toBeGreaterThan(0);
    expect(scans(ops)).toEqual([]);
    const expands = ops.filter((o) => /^Expand/.test(o.op)).map((o) => o.details);
    expect(expands.some((d) => /^\(p\)<-\[\w+:LOCATED_IN\]-\(e\)/.test(d))).toBe(true);
  });

  // The small lists (regions, sources, institutions, industries) read their own label: the
  // editor's source list scanned every Entity and filtered by label, 0.19 s at 1M for 8 sources.
  it('api/by-label: reads only the small labels, never every Entity or every node', async () => {
    const ops = await operators('api/by-label', { label: 'Source' });
    const scanned = ops.filter((o) => /Scan/.test(o.op)).map((o) => `${o.op} ${o.details}`);
    expect(scanned.length).toBeGreaterThan(0);
    for (const scan of scanned) expect(scan).toMatch(/^NodeByLabelScan n:(Region|Source|Institution|Industry)$/);
  });

  // The firm and project lists scanned every node of their label and collected what passed, to
  // count and page it: 4-8 s at 1M for a park's firms, and without a filter more than a
  // transaction's memory. The filtered lists start from an index seek on the filter given; the
  // label is read only under a guard that lets rows through when no such filter is given.
  for (const [name, seeks_] of [
    ['api/enterprises', [':Park(id)', ':Segment(id)', ':Chain(id)', ':Region(id)']],
    ['api/projects', [':Park(id)', ':Chain(id)']],
  ] as const) {
    it(`${name}: starts from the filter's index seek; reads the whole label only behind the no-anchor guard`, async () => {
      const root = await plan(name);
      for (const labelProp of seeks_) expect(seeks(await operators(name), labelProp).length, labelProp).toBeGreaterThan(0);
      const guarded: boolean[] = [];
      const walk = (p: PlanNode, parent: PlanNode | null) => {
        if (/NodeByLabelScan|AllNodesScan/.test(p.operatorType)) {
          guarded.push(!!parent && /^Apply/.test(parent.operatorType) && /^Unwind/.test(parent.children[0]!.operatorType));
        }
        p.children.forEach((c) => walk(c, p));
      };
      walk(root, null);
      expect(guarded).toEqual([true]);
    });
  }

  for (const name of ['api/enterprises-unfiltered', 'api/projects-unfiltered']) {
    it(`${name}: counts from the count store and reads the page in id order from the index`, async () => {
      const ops = await operators(name);
      expect(ops.some((o) => o.op === 'NodeCountFromCountStore')).toBe(true);
      expect(ops.some((o) => o.op === 'NodeIndexScan' && /\(id\)/.test(o.details))).toBe(true);
      expect(ops.filter((o) => /Sort|Top|NodeByLabelScan|AllNodesScan/.test(o.op))).toEqual([]);
    });
  }

  // The seed load runs at every start: it found the seeded nodes by reading every node, 1-4 s
  // at 1M (the offline build's seeds 7.7-10.1 -> 3.9 s with the index).
  it('seed/existing-nodes: seeks the seeded nodes and every constrained seed label by index', async () => {
    const ops = await operators('seed/existing-nodes');
    expect(seeks(ops, ':Entity(seeded)').length).toBe(1);
    const unique = await executor.read<{ label: string }>({
      text: "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS label",
    });
    const constrained = new Set(unique.map((r) => r.label));
    const policy = seedLabels.filter((l) => !constrained.has(l));
    for (const l of seedLabels.filter((x) => constrained.has(x))) expect(seeks(ops, `:${l}(id)`).length, l).toBe(1);
    // Policy has no id constraint yet: a scan of its few nodes, and of nothing else.
    expect(scans(ops).map((o) => o.details)).toEqual(policy.map((l) => expect.stringContaining(`:${l}`)));
    expect(ops.filter((o) => o.op === 'AllNodesScan')).toEqual([]);
  });

  // The chain list counts each segment's firms: from the degree Neo4j keeps, not by reading every
  // firm's link (1M firms' links took 0.6-1.3 s for the 40 chains of the national graph).
  it('api/segments-by-chain: counts firms from the segment degree, reads no IN_SEGMENT link', async () => {
    const ops = await operators('api/segments-by-chain');
    expect(ops.filter((o) => /Expand|VarLength/.test(o.op) && o.details.includes('IN_SEGMENT'))).toEqual([]);
    expect(ops.some((o) => /getDegree|IN_SEGMENT/.test(o.details))).toBe(true);
  });

  // A text matching a million names: the window's limit comes before anything that counts or
  // sorts, so both stop at the window whatever the hits (the count of every hit took 1.2 s at 1M).
  it('api/search: limits the hits to the window before it sorts or counts them', async () => {
    const root = await plan('api/search');
    const below = (p: PlanNode): PlanNode[] => p.children.flatMap((c) => [c, ...below(c)]);
    const all = [root, ...below(root)];
    const sorts = all.filter((p) => /^(Sort|Top|PartialSort|EagerAggregation)/.test(p.operatorType));
    expect(sorts.length).toBeGreaterThan(0);
    for (const s of sorts) {
      const fed = below(s);
      if (!fed.some((p) => p.operatorType.startsWith('ProcedureCall'))) continue; // the page's own projection
      expect(fed.some((p) => p.operatorType.startsWith('Limit') && String(p.arguments['Details']).includes('$window'))).toBe(true);
    }
  });
});
