// A synthetic national graph for scale tests and benchmarks (issue 15): 31 provinces, ~300
// cities, 2,500 parks with sub-parks, the real chain templates plus generated chains, and
// enterprises, projects, supply links and figures at a chosen scale. Deterministic from a seed:
// the same seed and scale give the same graph, so benchmark runs compare like with like.
//
// Everything is obviously synthetic (ids start with `syn`, names read 合成企业 000123) and it is
// only ever loaded into its own data folder (generate/cli.ts), never into the real graph.
//
// The plan is a stream of chunks (nodes of one label, or relationships), each no larger than
// `chunk`, so memory stays flat apart from a few typed arrays per enterprise.

export interface ChainTemplate {
  id: string;
  /** Segment ids in template order (upstream first). */
  segments: string[];
}

export interface SyntheticOptions {
  seed: number;
  enterprises: number;
  /** Real chain templates already in the database (seeds/chains). */
  templates: ChainTemplate[];
  /** Generated chains are added until there are this many in all. */
  chains?: number;
  segmentsPerChain?: number;
  provinces?: number;
  citiesPerProvince?: number;
  parks?: number;
  chunk?: number;
}

type Props = Record<string, string | number | boolean | string[]>;
export type Chunk =
  | { kind: 'nodes'; rows: Array<{ label: string; props: Props }> }
  | { kind: 'rels'; rows: Array<{ from: string; to: string; type: string; props: Props }> };

/** mulberry32: small, fast and good enough for spreading synthetic records. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "10k", "100k", "1m", "tiny" or a number → enterprise count. */
export function parseScale(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (s === 'tiny') return 500;
  if (!m) throw new Error(`--scale: expected tiny, a number, or e.g. 10k / 100k / 1m; got "${s}"`);
  return Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? 1e6 : m[2]?.toLowerCase() === 'k' ? 1e3 : 1));
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const stageOf = (i: number, n: number) => (i < n / 3 ? 'upstream' : i < (2 * n) / 3 ? 'midstream' : 'downstream');
const lifecycle = ['signed', 'construction', 'trial_production', 'in_production', 'full_capacity', 'lost'] as const;
const dateKeys: Record<(typeof lifecycle)[number], string[]> = {
  signed: ['signedOn'],
  construction: ['signedOn', 'startedOn'],
  trial_production: ['signedOn', 'startedOn', 'trialProductionOn'],
  in_production: ['signedOn', 'startedOn', 'trialProductionOn', 'inProductionOn'],
  full_capacity: ['signedOn', 'startedOn', 'trialProductionOn', 'inProductionOn', 'fullCapacityOn'],
  lost: ['signedOn', 'lostOn'],
};

export function* synthesize(o: SyntheticOptions): Generator<Chunk> {
  const r = rng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const size = o.chunk ?? 5000;
  const nChains = Math.max(o.chains ?? 40, o.templates.length);
  const segs = o.segmentsPerChain ?? 25;
  const nProv = o.provinces ?? 31;
  const perProv = o.citiesPerProvince ?? 10;
  const nParks = o.parks ?? 2500;

  let nodes: Extract<Chunk, { kind: 'nodes' }> | null = null;
  let rels: Extract<Chunk, { kind: 'rels' }>['rows'] = [];
  const out: Chunk[] = [];
  const node = (label: string, props: Props) => {
    // Labels mix in one chunk (import/create-nodes takes the label per row): a park and its
    // figure alternate, and a chunk per label change would mean a transaction per node.
    if (!nodes || nodes.rows.length >= size) {
      if (nodes) out.push(nodes);
      nodes = { kind: 'nodes', rows: [] };
    }
    nodes.rows.push({ label, props: { synthetic: true, ...props } });
  };
  const rel = (from: string, type: string, to: string, props: Props = {}) => {
    rels.push({ from, to, type, props });
  };
  /** A 2024 money figure (CNY, exact) of `owner`, id `<owner>#figure-<slug>`, with its HAS_FIGURE link. */
  const figure = (owner: string, slug: string, props: { metric: string; metricEn: string; value: number; ownerLevel: string }) => {
    const id = `${owner}#figure-${slug}`;
    node('Figure', {
      id,
      metric: props.metric,
      metricEn: props.metricEn,
      value: props.value,
      unit: 'CNY',
      qualifier: 'exact',
      period: '2024',
      ownerLevel: props.ownerLevel,
    });
    rel(owner, 'HAS_FIGURE', id);
  };
  // Nodes of a phase go out before its relationships, so every relationship finds both ends.
  function* flush(): Generator<Chunk> {
    if (nodes) out.push(nodes);
    nodes = null;
    yield* out.splice(0);
    for (let i = 0; i < rels.length; i += size) yield { kind: 'rels', rows: rels.slice(i, i + size) };
    rels = [];
  }

  // Regions: provinces and their cities.
  const cities: string[] = [];
  for (let p = 1; p <= nProv; p++) {
    const pid = `syn.p${pad(p, 2)}`;
    node('Region', { id: pid, name: `合成省 ${pad(p, 2)}`, nameEn: `Synthetic province ${pad(p, 2)}`, level: 'province' });
    for (let c = 1; c <= perProv; c++) {
      const cid = `${pid}.c${pad(c, 2)}`;
      cities.push(cid);
      node('Region', {
        id: cid,
        name: `合成市 ${pad(p, 2)}-${pad(c, 2)}`,
        nameEn: `Synthetic city ${pad(p, 2)}-${pad(c, 2)}`,
        level: 'city',
      });
      rel(cid, 'PART_OF', pid);
    }
    figure(pid, 'gdp', {
      metric: '合成指标 地区生产总值',
      metricEn: 'Synthetic GDP',
      value: Math.round(1e11 + r() * 1e12),
      ownerLevel: 'province',
    });
  }
  yield* flush();

  // Chains: the real templates as they are, plus generated ones with a straight flow.
  const chains: ChainTemplate[] = [...o.templates];
  for (let c = chains.length + 1; c <= nChains; c++) {
    const id = `syn.chain${pad(c, 2)}`;
    node('Chain', { id, name: `合成产业链 ${pad(c, 2)}`, nameEn: `Synthetic chain ${pad(c, 2)}`, templateVersion: 1 });
    const ids: string[] = [];
    for (let s = 0; s < segs; s++) {
      const sid = `${id}.s${pad(s + 1, 2)}`;
      ids.push(sid);
      node('Segment', {
        id: sid,
        name: `合成环节 ${pad(c, 2)}-${pad(s + 1, 2)}`,
        nameEn: `Synthetic segment ${pad(c, 2)}-${pad(s + 1, 2)}`,
        stage: stageOf(s, segs),
        order: s + 1,
      });
      rel(sid, 'OF_CHAIN', id);
      if (s > 0) rel(ids[s - 1]!, 'FEEDS', sid);
    }
    chains.push({ id, segments: ids });
  }
  yield* flush();

  // Parks: 2,500 zones in the cities, one in five with one or two sub-parks; each grows 2–4 chains.
  const parkIds: string[] = [];
  const parkChains: number[][] = [];
  const kinds = ['high_tech_zone', 'etdz', 'industrial_park', 'platform', 'base'] as const;
  for (let p = 1; p <= nParks; p++) {
    const id = `syn.park${pad(p, 4)}`;
    const own: number[] = [];
    const k = 2 + Math.floor(r() * 3);
    while (own.length < Math.min(k, chains.length)) {
      const c = Math.floor(r() * chains.length);
      if (!own.includes(c)) own.push(c);
    }
    node('Park', {
      id,
      name: `合成园区 ${pad(p, 4)}`,
      nameEn: `Synthetic park ${pad(p, 4)}`,
      kind: pick(kinds),
      level: r() < 0.3 ? 'national' : 'provincial',
      areaKm2: Math.round(5 + r() * 200),
      established: String(1990 + Math.floor(r() * 30)),
    });
    rel(id, 'IN_REGION', cities[(p * 7) % cities.length]!);
    for (const c of own) rel(id, 'GROWS', chains[c]!.id);
    figure(id, 'output', {
      metric: '合成指标 工业总产值',
      metricEn: 'Synthetic industrial output',
      value: Math.round(1e9 + r() * 1e11),
      ownerLevel: 'park',
    });
    parkIds.push(id);
    parkChains.push(own);
    if (p % 5 === 0) {
      const subs = 1 + Math.floor(r() * 2);
      for (let s = 1; s <= subs; s++) {
        const sid = `${id}.sub${s}`;
        node('Park', {
          id: sid,
          name: `合成园区 ${pad(p, 4)} 分园 ${s}`,
          nameEn: `Synthetic park ${pad(p, 4)} sub-park ${s}`,
          kind: 'sub_park',
        });
        rel(sid, 'SUB_PARK_OF', id);
        rel(sid, 'IN_REGION', cities[(p * 7) % cities.length]!);
        rel(sid, 'GROWS', chains[own[0]!]!.id);
        parkIds.push(sid);
        parkChains.push([own[0]!]);
      }
    }
  }
  yield* flush();

  // Enterprises: skewed over parks (a few big parks, a long tail), one chain of the park, one or
  // two of its segments; a third supply an earlier firm of the same chain.
  const n = o.enterprises;
  const parkOf = new Int32Array(n);
  const segOf = new Int32Array(n);
  const chainOf = new Int16Array(n);
  const byChain: number[][] = chains.map(() => []);
  // One string per firm, made once: its id is written up to five times (the CSV writer looks
  // each up in a map, which hashes a new string every time).
  const eids: string[] = [];
  const eid = (i: number) => (eids[i] ??= `syn.e${pad(i + 1, 7)}`);
  const roles = ['leading', 'little_giant', 'high_tech', 'above_scale', 'supporting'] as const;
  for (let i = 0; i < n; i++) {
    const p = Math.floor(parkIds.length * r() ** 2);
    const c = pick(parkChains[p]!);
    const ch = chains[c]!;
    const s = Math.floor(r() * ch.segments.length);
    parkOf[i] = p;
    segOf[i] = s;
    chainOf[i] = c;
    const props: Props = {
      id: eid(i),
      name: `合成企业 ${pad(i + 1, 7)}`,
      nameEn: `Synthetic enterprise ${pad(i + 1, 7)}`,
      founded: String(1985 + Math.floor(r() * 40)),
    };
    if (r() < 0.2) props.roles = [pick(roles)];
    node('Enterprise', props);
    rel(eid(i), 'LOCATED_IN', parkIds[p]!);
    rel(eid(i), 'IN_CHAIN', ch.id);
    rel(eid(i), 'IN_SEGMENT', ch.segments[s]!);
    if (r() < 0.3) rel(eid(i), 'IN_SEGMENT', ch.segments[(s + 1) % ch.segments.length]!);
    const peers = byChain[c]!;
    if (peers.length && r() < 0.33) rel(eid(i), 'SUPPLIES', eid(peers[Math.floor(r() * peers.length)]!));
    peers.push(i);
    if (rels.length >= size * 4) yield* flush();
  }
  yield* flush();

  // Projects: one for every five enterprises, in the investor's park and segment, at some point
  // of the lifecycle with dates in order.
  const nProjects = Math.ceil(n / 5);
  for (let j = 0; j < nProjects; j++) {
    const i = Math.floor(r() * n);
    const id = `syn.proj${pad(j + 1, 7)}`;
    const status = pick(lifecycle);
    let y = 2016 + Math.floor(r() * 6);
    let m = 1 + Math.floor(r() * 12);
    const props: Props = {
      id,
      name: `合成项目 ${pad(j + 1, 7)}`,
      investorName: `合成企业 ${pad(i + 1, 7)}`,
      investmentCny: Math.round(1 + r() * 200) * 1e7,
      status,
      statusAsOf: '2025-06',
    };
    for (const key of dateKeys[status]) {
      props[key] = `${y}-${pad(m, 2)}`;
      m += 3 + Math.floor(r() * 12);
      y += Math.floor((m - 1) / 12);
      m = ((m - 1) % 12) + 1;
    }
    node('Project', props);
    rel(id, 'IN_PARK', parkIds[parkOf[i]!]!);
    rel(id, 'BY', eid(i));
    rel(id, 'FOR_SEGMENT', chains[chainOf[i]!]!.segments[segOf[i]!]!);
    if (rels.length >= size * 4) yield* flush();
  }
  yield* flush();
}
