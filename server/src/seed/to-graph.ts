// Turns a validated SeedSet into the nodes and outgoing relationships the loader writes
// (the graph model is in docs/data-model.md). Pure: no database here.
//
// - Properties that a record does not state are absent, and so are empty lists.
// - Figure and Capacity ids are derived from their owner's id and what they measure (not their
//   position in a list), so reordering a list changes nothing.
// - Inherited citations: a Segment without `cite` cites its chain's sources, a Figure without
//   `cite` its owner's, a Capacity its project's, a chain flow without `cite` its chain's.
// - `hash` covers the node's label, properties and outgoing links (sorted), so it changes
//   exactly when the loader has to rewrite the node.
import { createHash } from 'node:crypto';
import type { FigureRecord } from './schema.js';
import type { SeedSet } from './seed-set.js';
import { nodeLabels } from '../domain/vocabulary.js';

export const seedLabels = nodeLabels;
export type SeedLabel = (typeof seedLabels)[number];

export type Scalar = string | number | boolean;
export type PropValue = Scalar | string[] | number[];
export type Props = Record<string, PropValue>;

export interface GraphLink {
  type: string;
  toLabel: SeedLabel;
  to: string;
  props: Props;
}

export interface GraphNode {
  label: SeedLabel;
  id: string;
  /** Properties without id/seeded/seedHash. */
  props: Props;
  links: GraphLink[];
  hash: string;
}

/** Drops undefined/null values and empty lists. */
export function compact(obj: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v as PropValue;
  }
  return out;
}

/** JSON with object keys sorted, for hashing. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

const shortHash = (parts: unknown[]) => createHash('sha256').update(canonicalJson(parts)).digest('hex').slice(0, 12);

/** Figure id: owner, the chain it is about (if any), metric, period and unit. */
export function figureId(ownerId: string, fig: Pick<FigureRecord, 'metric' | 'period' | 'unit'>, chain?: string): string {
  return `${ownerId}#figure-${shortHash([chain ?? null, fig.metric, fig.period ?? null, fig.unit])}`;
}

/** Capacity id: project, product and unit. */
export function capacityId(projectId: string, cap: { product: string; unit: string }): string {
  return `${projectId}#capacity-${shortHash([cap.product, cap.unit])}`;
}

const projectDateKeys = [
  'signed',
  'fundsArrived',
  'started',
  'toppedOut',
  'trialProduction',
  'inProduction',
  'fullCapacity',
  'completed',
  'lost',
  'plannedStart',
  'plannedCompletion',
  'plannedProduction',
] as const;

/** Mapping properties of IN_SEGMENT, IN_CHAIN, FOR_*, SERVES, SUPPLIES: basis only when stated. */
const mapping = (m: { inferred: boolean; basis?: string | undefined }) => compact({ inferred: m.inferred, basis: m.basis });

export interface GraphBuildResult {
  nodes: GraphNode[];
  /** Derived ids that came out equal (two figures with the same metric, period and unit). */
  collisions: Array<{ id: string; label: SeedLabel; owner: string; what: string }>;
}

export function buildGraph(set: SeedSet): GraphBuildResult {
  const nodes: GraphNode[] = [];
  const collisions: GraphBuildResult['collisions'] = [];
  const seen = new Map<string, string>();

  const add = (label: SeedLabel, id: string, props: Props, links: GraphLink[], owner = id, what = id) => {
    const key = `${label}\u0000${id}`;
    if (seen.has(key)) {
      collisions.push({ id, label, owner, what });
      return;
    }
    seen.set(key, owner);
    const sorted = [...links].sort((a, b) => {
      const ka = canonicalJson([a.type, a.toLabel, a.to, a.props]);
      const kb = canonicalJson([b.type, b.toLabel, b.to, b.props]);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    const hash = createHash('sha256')
      .update(canonicalJson({ label, id, props, links: sorted }))
      .digest('hex')
      .slice(0, 32);
    nodes.push({ label, id, props, links: sorted, hash });
  };
  const link = (type: string, toLabel: SeedLabel, to: string | undefined, props: Props = {}): GraphLink[] =>
    to === undefined ? [] : [{ type, toLabel, to, props }];
  const cited = (cite: string[]) => [...new Set(cite)].map((c) => ({ type: 'CITED_IN', toLabel: 'Source' as const, to: c, props: {} }));

  const figures = (
    ownerLabel: SeedLabel,
    ownerId: string,
    ownerCite: string[],
    list: FigureRecord[] | undefined,
    chain?: string,
    ownerLevel?: string,
  ) => {
    const out: GraphLink[] = [];
    for (const f of list ?? []) {
      const id = figureId(ownerId, f, chain);
      add(
        'Figure',
        id,
        compact({
          metric: f.metric,
          metricEn: f.metricEn,
          value: f.value,
          unit: f.unit,
          qualifier: f.qualifier,
          period: f.period,
          // Who the number is about: a province, city, district, county, park or sub-park (or a firm or institution).
          ownerLevel: ownerLevel ?? ownerLabel.toLowerCase(),
          note: f.note,
        }),
        [...link('ABOUT_CHAIN', 'Chain', chain), ...cited(f.cite ?? ownerCite)],
        ownerId,
        `${ownerLabel} ${ownerId} figure "${f.metric}"${f.period ? ` (${f.period})` : ''} in ${f.unit}${chain ? ` about chain ${chain}` : ''}`,
      );
      out.push({ type: 'HAS_FIGURE', toLabel: 'Figure', to: id, props: {} });
    }
    return out;
  };

  for (const s of set.sources) {
    add(
      'Source',
      s.id,
      compact({
        kind: s.kind,
        file: s.file,
        title: s.title,
        titleEn: s.titleEn,
        publisher: s.publisher,
        publisherEn: s.publisherEn,
        author: s.author,
        date: s.date,
        dateApprox: s.dateApprox,
        reference: s.reference,
        licence: s.licence,
        note: s.note,
      }),
      [],
    );
  }

  for (const r of set.regions) {
    add('Region', r.id, compact({ name: r.name, nameEn: r.nameEn, level: r.level, note: r.note }), [
      ...link('PART_OF', 'Region', r.parent),
      ...(r.neighbours ?? []).flatMap((n) => link('NEIGHBOURS', 'Region', n)),
      ...figures('Region', r.id, r.cite, r.figures, undefined, r.level),
      ...cited(r.cite),
    ]);
  }

  const chainCite = new Map(set.chains.map((c) => [c.id, c.cite]));
  for (const c of set.chains) {
    add(
      'Chain',
      c.id,
      compact({ name: c.name, nameEn: c.nameEn, description: c.description, descriptionEn: c.descriptionEn, templateVersion: c.version }),
      cited(c.cite),
    );
  }

  const feeds = new Map<string, GraphLink[]>();
  for (const f of set.flows) {
    const list = feeds.get(f.from) ?? [];
    list.push({
      type: 'FEEDS',
      toLabel: 'Segment',
      to: f.to,
      props: compact({ crossChain: f.crossChain, note: f.note, sources: [...new Set(f.cite)] }),
    });
    feeds.set(f.from, list);
  }
  // Old ids a segment took over through template migrations, so a lookup by an old id still resolves.
  const formerIds = new Map<string, string[]>();
  for (const [old, now] of set.segmentMoves ?? []) formerIds.set(now, [...(formerIds.get(now) ?? []), old].sort());
  for (const s of set.segments) {
    add(
      'Segment',
      s.id,
      compact({
        name: s.name,
        nameEn: s.nameEn,
        stage: s.stage,
        order: s.order,
        products: s.products,
        basis: s.basis,
        formerIds: formerIds.get(s.id),
        note: s.note,
      }),
      [
        ...link('OF_CHAIN', 'Chain', s.chain),
        ...link('SUB_SEGMENT_OF', 'Segment', s.parent),
        ...(feeds.get(s.id) ?? []),
        ...cited(s.cite ?? chainCite.get(s.chain) ?? []),
      ],
    );
  }

  for (const ind of set.industries) {
    add('Industry', ind.id, compact({ code: ind.code, name: ind.name, nameEn: ind.nameEn, sector: ind.sector, subsector: ind.subsector }), [
      ...ind.segments.flatMap((m) =>
        link('MAPS_TO', 'Segment', m.segment, compact({ fit: m.fit, reason: m.reason, reasonEn: m.reasonEn })),
      ),
      ...cited(ind.cite),
    ]);
  }

  for (const p of set.parks) {
    const parkLevel = p.parent === undefined ? 'park' : 'sub_park';
    const links: GraphLink[] = [...link('IN_REGION', 'Region', p.region), ...link('SUB_PARK_OF', 'Park', p.parent)];
    for (const [i, pc] of p.chains.entries()) {
      // rank: the park's chains in the order its seed lists them, lead chain first (seeds/README.md).
      links.push(...link('GROWS', 'Chain', pc.chain, compact({ designation: pc.designation, note: pc.note, rank: i + 1 })));
      if (pc.chainChief) {
        const cc = pc.chainChief;
        links.push(...link('CHAIN_CHIEF', 'Chain', pc.chain, compact({ chief: cc.chief, fourHeads: cc.fourHeads, note: cc.note })));
      }
      links.push(...figures('Park', p.id, p.cite, pc.figures, pc.chain, parkLevel));
    }
    links.push(...figures('Park', p.id, p.cite, p.figures, undefined, parkLevel), ...cited(p.cite));
    add(
      'Park',
      p.id,
      compact({
        name: p.name,
        nameEn: p.nameEn,
        kind: p.kind,
        level: p.level,
        areaKm2: p.areaKm2,
        established: p.established,
        note: p.note,
      }),
      links,
    );
  }

  for (const e of set.enterprises) {
    add(
      'Enterprise',
      e.id,
      compact({
        name: e.name,
        nameEn: e.nameEn,
        shortName: e.shortName,
        aliases: e.aliases,
        roles: e.roles,
        founded: e.founded,
        stockCode: e.stockCode,
        exchange: e.exchange,
        listedOn: e.listedOn,
        creditCode: e.creditCode,
        statusMarks: e.statusMarks,
        products: e.products,
        note: e.note,
      }),
      [
        ...link('LOCATED_IN', 'Park', e.park),
        ...link('IN_REGION', 'Region', e.region),
        ...e.segments.flatMap((l) => link('IN_SEGMENT', 'Segment', l.segment, compact({ ...mapping(l), fit: l.fit }))),
        ...(e.industries ?? []).flatMap((i) => link('IN_INDUSTRY', 'Industry', i)),
        ...(e.subsidiaryOf ?? []).flatMap((l) => link('SUBSIDIARY_OF', 'Enterprise', l.enterprise, mapping(l))),
        ...e.chains.flatMap((l) => link('IN_CHAIN', 'Chain', l.chain, { anchor: l.anchor, ...mapping(l) })),
        ...e.suppliesTo.flatMap((l) => link('SUPPLIES', 'Enterprise', l.enterprise, mapping(l))),
        ...figures('Enterprise', e.id, e.cite, e.figures),
        ...cited(e.cite),
      ],
    );
  }

  for (const p of set.projects) {
    const capacityLinks: GraphLink[] = [];
    for (const c of p.capacity) {
      const id = capacityId(p.id, c);
      add(
        'Capacity',
        id,
        compact({ product: c.product, productEn: c.productEn, value: c.value, unit: c.unit, qualifier: c.qualifier, note: c.note }),
        cited(p.cite),
        p.id,
        `project ${p.id} capacity "${c.product}" in ${c.unit}`,
      );
      capacityLinks.push({ type: 'HAS_CAPACITY', toLabel: 'Capacity', to: id, props: {} });
    }
    const dates: Record<string, string | undefined> = {};
    for (const k of projectDateKeys) dates[`${k}On`] = p.dates[k];
    add(
      'Project',
      p.id,
      compact({
        name: p.name,
        nameEn: p.nameEn,
        investorName: p.investorName,
        phase: p.phase,
        investmentCny: p.investmentCny,
        investmentQualifier: p.investmentQualifier,
        landMu: p.landMu,
        landQualifier: p.landQualifier,
        landM2: p.landM2,
        floorAreaM2: p.floorAreaM2,
        annualOutputCny: p.annualOutputCny,
        annualOutputQualifier: p.annualOutputQualifier,
        status: p.status,
        statusAsOf: p.statusAsOf,
        statusInferred: p.statusInferred,
        ...dates,
        note: p.note,
      }),
      [
        ...link('IN_PARK', 'Park', p.park),
        ...link('IN_REGION', 'Region', p.region),
        ...link('BY', 'Enterprise', p.investor),
        ...p.segments.flatMap((l) => link('FOR_SEGMENT', 'Segment', l.segment, mapping(l))),
        ...p.chains.flatMap((l) => link('FOR_CHAIN', 'Chain', l.chain, mapping(l))),
        ...link('PHASE_OF', 'Project', p.phaseOf),
        ...capacityLinks,
        ...cited(p.cite),
      ],
    );
  }

  for (const i of set.institutions) {
    add(
      'Institution',
      i.id,
      compact({ name: i.name, nameEn: i.nameEn, kind: i.kind, established: i.established, status: i.status, note: i.note }),
      [
        ...link('PART_OF', 'Institution', i.parent),
        ...link('IN_PARK', 'Park', i.park),
        ...link('IN_REGION', 'Region', i.region),
        ...i.serves.flatMap((l) => link('SERVES', 'Chain', l.chain, mapping(l))),
        ...figures('Institution', i.id, i.cite, i.figures),
        ...cited(i.cite),
      ],
    );
  }

  for (const p of set.policies) {
    add('Policy', p.id, compact({ name: p.name, nameEn: p.nameEn, issued: p.issued, kind: p.kind, note: p.note }), [
      ...link('FOR_PARK', 'Park', p.park),
      ...link('FOR_REGION', 'Region', p.region),
      ...(p.chains ?? []).flatMap((c) => link('FOR_CHAIN', 'Chain', c)),
      ...cited(p.cite),
    ]);
  }

  return { nodes, collisions };
}
