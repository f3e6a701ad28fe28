import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { readSeeds, SeedValidationError } from './read-seeds.js';
import { buildGraph, figureId } from './to-graph.js';

const fixtures = path.join(repoRoot, 'server', 'test', 'fixtures');
const bad = (name: string) => path.join(fixtures, 'seeds-bad', name);

function problemsOf(dir: string): string[] {
  try {
    readSeeds(dir);
  } catch (e) {
    if (e instanceof SeedValidationError) return e.problems;
    throw e;
  }
  throw new Error(`${dir} validated, expected problems`);
}

describe('readSeeds on the real seeds/', () => {
  it('validates every file', () => {
    const set = readSeeds(path.join(repoRoot, 'seeds'));
    expect(set.files.length).toBeGreaterThan(0);
    expect(set.files.every((f) => f.startsWith('seeds/'))).toBe(true);
    expect(set.sources.length).toBeGreaterThan(0);
    expect(set.chains.length).toBeGreaterThan(0);
    expect(set.segments.length).toBeGreaterThan(0);
  });

  it('includes the enterprises the search test looks for', () => {
    const names = readSeeds(path.join(repoRoot, 'seeds')).enterprises.map((e) => e.name);
    expect(names).toContain('浙江宏发新能源科技有限公司');
    expect(names).toContain('宁波长阳科技股份有限公司');
  });
});

describe('readSeeds on a small valid set', () => {
  const set = readSeeds(path.join(fixtures, 'seeds-small'));

  it('normalises chains, segments and flows', () => {
    expect(set.chains.map((c) => c.id)).toEqual(['fx-pv']);
    expect(set.segments.map((s) => [s.id, s.chain])).toEqual([
      ['fx-pv.cell', 'fx-pv'],
      ['fx-pv.hjt', 'fx-pv'],
      ['fx-pv.module', 'fx-pv'],
    ]);
    // A pair flow inherits its chain's cite; an object flow keeps its own.
    expect(set.flows.map((f) => [f.from, f.to, f.cite, f.crossChain])).toEqual([
      ['fx-pv.cell', 'fx-pv.module', ['fx-s2'], false],
      ['fx-pv.hjt', 'fx-pv.module', ['fx-s1'], false],
    ]);
    expect(set.origins.get('fx-hongfa')).toEqual({ file: 'seeds-small/zone.yaml', at: 'enterprises[0]', kind: 'enterprise' });
  });

  it('applies defaults and derives figure ids from content, not position', () => {
    const park = set.parks[0]!;
    const figs = park.figures;
    expect(figs[0]!.qualifier).toBe('exact');
    const id = figureId(park.id, figs[0]!);
    const { nodes } = buildGraph(set);
    expect(nodes.some((n) => n.label === 'Figure' && n.id === id)).toBe(true);

    const reordered = { ...set, parks: [{ ...park, figures: [...figs].reverse() }] };
    const hashes = (s: typeof set) => new Map(buildGraph(s).nodes.map((n) => [`${n.label}:${n.id}`, n.hash]));
    expect(hashes(reordered)).toEqual(hashes(set));
  });

  it('segments without cite inherit the chain’s, figures their owner’s', () => {
    const { nodes } = buildGraph(set);
    const cites = (label: string, id: string) =>
      nodes
        .find((n) => n.label === label && n.id === id)!
        .links.filter((l) => l.type === 'CITED_IN')
        .map((l) => l.to);
    expect(cites('Segment', 'fx-pv.cell')).toEqual(['fx-s2']);
    expect(cites('Segment', 'fx-pv.hjt')).toEqual(['fx-s1']);
    const park = set.parks[0]!;
    expect(cites('Figure', figureId(park.id, park.figures[0]!))).toEqual(['fx-s1']);
    expect(cites('Figure', figureId(park.id, park.figures[1]!))).toEqual(['fx-s2']);
  });
});

describe('readSeeds reports problems with file, record and field', () => {
  it('a YAML syntax error names the file and the line', () => {
    const problems = problemsOf(bad('yaml-syntax'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^yaml-syntax\/parks\.yaml: line 5, column \d+: YAML syntax error: /);
  });

  it('a missing required field', () => {
    expect(problemsOf(bad('missing-field'))).toEqual([
      'missing-field/enterprises.yaml:3: enterprises[1] (id e.no-name): name: required (string)',
    ]);
  });

  it('an unknown field', () => {
    expect(problemsOf(bad('unknown-field'))).toEqual(['unknown-field/parks.yaml:2: parks[0] (id p1): areaKm: unknown field']);
  });

  it('a value outside an enum', () => {
    const problems = problemsOf(bad('bad-enum'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^bad-enum\/parks\.yaml:3: parks\[1\] \(id p2\): kind: Invalid option: expected one of .*"industrial_park"/,
    );
  });

  it('a reference to nothing', () => {
    expect(problemsOf(bad('dangling-ref'))).toEqual([
      'dangling-ref/enterprises.yaml:2: enterprises[0] (id e1): park: unknown park "no-such-park"',
    ]);
  });

  it('a duplicate id across two files names both', () => {
    expect(problemsOf(bad('duplicate-id'))).toEqual([
      'duplicate-id/b.yaml:3: enterprises[1] (id e1): id: duplicate id: also an enterprise in duplicate-id/a.yaml enterprises[0]',
    ]);
  });

  it('an inferred mapping without basis', () => {
    expect(problemsOf(bad('inferred-no-basis'))).toEqual([
      'inferred-no-basis/chain.yaml:7: enterprises[0] (id e1): segments[0].basis: an inferred mapping must say its basis',
    ]);
  });

  it('a link listed twice, in each list that repeats one', () => {
    expect(problemsOf(bad('listed-twice'))).toEqual([
      'listed-twice/chain.yaml:7: enterprises[0] (id e1): segments[1]: "c1.a" is listed twice',
      'listed-twice/chain.yaml:7: enterprises[0] (id e1): chains[1]: "c1" is listed twice',
    ]);
  });

  it('lists every problem at once, not just the first', () => {
    const problems = problemsOf(bad('many'));
    const expected = [
      /projects\[0\] \(id pj1\): status: Invalid option/,
      /chains\[0\]\.segments\[1\] \(id c2\.b\): id: segment ids start with their chain's id/,
      /chains\[1\]\.segments\[0\] \(id c2\.x\): parent: "c1\.a" belongs to chain "c1", not "c2"/,
      /parks\[0\] \(id p1\): region: "c1" is a chain .*expected a region/,
      /parks\[0\] \(id p1\): cite\[1\]: unknown source "s9"/,
      /chains\[0\]\.flows\[0\]: to: unknown segment "c1\.missing"/,
      /regions\[\d\] \(id r\d\): parent: region cycle: r\d → r\d → r\d/,
      /chains\[1\]\.segments\[1\] \(id c2\.y\): order: order 1 is also used by segment "c2\.x" of chain "c2"/,
    ];
    for (const re of expected)
      expect(
        problems.some((p) => re.test(p)),
        `${re} in\n${problems.join('\n')}`,
      ).toBe(true);
    expect(problems).toHaveLength(expected.length);
    expect(problems.every((p) => /^many\/records\.yaml:\d+: /.test(p))).toBe(true);
  });

  it('a missing seeds folder is one clear problem', () => {
    expect(problemsOf(path.join(fixtures, 'no-such-folder'))).toEqual([
      `${path.join(fixtures, 'no-such-folder')}: the seeds folder does not exist`,
    ]);
  });

  it('the error message lists the problems', () => {
    try {
      readSeeds(bad('many'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SeedValidationError);
      expect((e as Error).message).toMatch(/^8 problems in the seed files:\n {2}many\/records\.yaml:\d+: /);
    }
  });
});

describe('readSeeds checks templates, figures and citations, naming file and line', () => {
  const cases: Array<[string, string[]]> = [
    [
      'template-unmapped',
      [
        'template-unmapped/chain.yaml:16: templateMigrations[0]: previous[1]: old segment "c1.old" is not in the current template and not mapped (add it to map)',
        'template-unmapped/chain.yaml:18: templateMigrations[0]: map.c1.gone: "c1.nowhere" is not a segment of the current template',
      ],
    ],
    [
      'template-no-basis',
      [
        'template-no-basis/chain.yaml:10: chains[0].segments[1] (id c1.b): basis: chain "c1" is a versioned template: every segment says its basis',
      ],
    ],
    [
      'template-missing-migration',
      ['template-missing-migration/chain.yaml:5: chains[0] (id c1): version: no migration from version 1 to 2'],
    ],
    [
      'template-unstaged',
      [
        'template-unstaged/chain.yaml:8: chains[0].segments[0] (id c1.a): stage: Invalid option: expected one of "upstream"|"midstream"|"downstream"',
      ],
    ],
    ['flow-cycle', ['flow-cycle/chain.yaml:14: chains[0].flows[2]: flow cycle: c1.a → c1.b → c1.c → c1.a']],
    ['figure-period', ['figure-period/parks.yaml:9: parks[0] (id p1): figures[0].period: a figure of a park or region states its period']],
    [
      'figure-period-format',
      [
        'figure-period-format/parks.yaml:9: parks[0] (id p1): figures[0].period: a period is YYYY, YYYY-MM or YYYY-MM-DD, or a span start/end (2022-01/2022-08)',
      ],
    ],
    [
      'figure-level',
      [
        'figure-level/places.yaml:9: regions[0] (id r1): figures[0].level: a province figure filed under a city; move it to the province it is about',
        'figure-level/places.yaml:17: parks[0] (id p1): figures[0].level: a city figure filed under a park; move it to the city it is about',
      ],
    ],
    ['figure-cite', ['figure-cite/parks.yaml:9: parks[0] (id p1): figures[0].cite[0]: unknown source "s9"']],
  ];
  for (const [name, expected] of cases) {
    it(`refuses ${name}`, () => {
      expect(problemsOf(bad(name)).sort()).toEqual([...expected].sort());
    });
  }

  it('refuses a unit outside the list (money is CNY, not 亿元) and an unknown qualifier', () => {
    const [unit] = problemsOf(bad('figure-unit'));
    expect(unit).toMatch(/^figure-unit\/parks\.yaml:9: parks\[0\] \(id p1\): figures\[0\]\.unit: unknown unit "亿元"/);
    const [qualifier] = problemsOf(bad('figure-qualifier'));
    expect(qualifier).toMatch(/^figure-qualifier\/parks\.yaml:9: parks\[0\] \(id p1\): figures\[0\]\.qualifier: Invalid option/);
  });

  it('the real seeds: every template migration maps its dropped ids; semi.materials became semi.silicon', () => {
    const set = readSeeds(path.join(repoRoot, 'seeds'));
    expect(set.templateMigrations.map((m) => `${m.chain} ${m.from}→${m.to}`).sort()).toEqual([
      'diecast 1→2',
      'film 1→2',
      'pv 1→2',
      'semi 1→2',
    ]);
    expect(Object.fromEntries(set.segmentMoves)).toEqual({ 'semi.materials': 'semi.silicon' });
  });
});
