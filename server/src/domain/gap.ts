// Gap status rules (补链): PRESENT / PIPELINE / MISSING per segment, from the local enterprises
// and projects behind it, optionally as of a past date. Pure: the rows come from
// cypher/analysis/gap-evidence.cypher. The rules are written out in docs/gaps-and-targets.md.
import { happenedBy } from './partial-dates.js';
import { isOperating, statusAt } from './project-stage.js';

export type GapStatus = 'PRESENT' | 'PIPELINE' | 'MISSING';
export type Counts = 'PRESENT' | 'PIPELINE' | 'LOST' | 'EXCLUDED';

export interface SegmentInfo {
  id: string;
  name: string;
  nameEn?: string | null;
  stage: string;
  order: number;
  parentId?: string | null;
}

/**
 * A firm located in a park and mapped to a segment: all the rule reads of a firm's row when no
 * date is asked (the region overview reads no more).
 */
export interface EnterpriseFact {
  parkId: string;
  segmentId: string;
  inferred: boolean;
  enterprise: { id: string };
  /** `founded`, else the earliest date of a source document that reports the enterprise. */
  evidenceDate?: string | null;
  evidenceFrom?: 'founded' | 'source';
}

export interface EnterpriseEvidenceRow extends EnterpriseFact {
  basis?: string | null;
  enterprise: Record<string, unknown> & { id: string; name: string };
  evidenceFrom: 'founded' | 'source';
}

export interface ProjectEvidenceRow {
  parkId: string;
  segmentId: string;
  inferred: boolean;
  basis?: string | null;
  project: Record<string, unknown> & { id: string; name: string };
  investorId?: string | null;
}

/** A row with what it counts as. */
export type Classified<T> = T & { counts: Counts; reason: string };
export type EnterpriseEvidence = Classified<EnterpriseEvidenceRow>;
export interface ProjectEvidence extends ProjectEvidenceRow {
  statusAt: string | null;
  counts: Counts;
  reason: string;
}

export interface SegmentGap<E extends Classified<EnterpriseFact> = EnterpriseEvidence> {
  segment: SegmentInfo;
  status: GapStatus;
  /** The status comes only from firms or projects in sub-segments (e.g. HJT cells → cells). */
  viaSubSegment: boolean;
  /** Every piece of evidence behind the status is an inferred mapping. */
  inferredOnly: boolean;
  enterprises: E[];
  projects: ProjectEvidence[];
}

export interface CompletenessPart {
  segmentId: string;
  status: GapStatus;
  inferredOnly: boolean;
  weight: number;
}

export interface Completeness {
  /** 0 … 1, to three decimals. */
  score: number;
  /** The score as the whole percentage every view shows (one rounding, here). */
  percent: number;
  counted: number;
  present: number;
  pipeline: number;
  missing: number;
  parts: CompletenessPart[];
}

/** Weights of the completeness score: present 1, pipeline ½, missing 0; halved when inferred only. */
export const completenessWeights = { PRESENT: 1, PIPELINE: 0.5, MISSING: 0, inferredFactor: 0.5 } as const;

/** Classifies every local project as of the date. */
export function classifyProjects(rows: ProjectEvidenceRow[], asOf?: string | null): ProjectEvidence[] {
  return rows.map((r) => {
    const s = statusAt(r.project, asOf);
    if (s.status === null) return { ...r, statusAt: null, counts: 'EXCLUDED' as const, reason: `status unknown: ${s.reason}` };
    if (s.status === 'lost') return { ...r, statusAt: 'lost', counts: 'LOST' as const, reason: s.reason };
    return { ...r, statusAt: s.status, counts: isOperating(s.status) ? ('PRESENT' as const) : ('PIPELINE' as const), reason: s.reason };
  });
}

const ownKey = (investorId: string, segmentId: string, parkId: string) => JSON.stringify([investorId, segmentId, parkId]);

/**
 * Classifies local enterprises: an enterprise counts as PRESENT in a segment unless its only
 * evidence there is its own local project(s) for that segment, none of them operating — then it
 * counts as PIPELINE (富乐德 while its wafer plant is being built). With asOf, an enterprise counts
 * only if its evidence date (founded, else first reporting document) is certainly on or before asOf.
 */
export function classifyEnterprises<T extends EnterpriseFact>(
  rows: T[],
  projects: ProjectEvidence[],
  asOf?: string | null,
): Array<Classified<T>> {
  // A firm's own local projects for the segment, by one lookup (a province's overview classifies
  // ~40,000 rows against thousands of projects: the scan per row was a third of its time).
  const ownBy = new Map<string, ProjectEvidence[]>();
  for (const p of projects) {
    if (p.investorId == null) continue;
    const key = ownKey(p.investorId, p.segmentId, p.parkId);
    const list = ownBy.get(key);
    if (list) list.push(p);
    else ownBy.set(key, [p]);
  }
  return rows.map((r) => {
    if (asOf) {
      const d = r.evidenceDate ?? null;
      const what = r.evidenceFrom === 'founded' ? `founded ${d}` : `first reported in a document dated ${d}`;
      if (d === null) return { ...r, counts: 'EXCLUDED' as const, reason: 'no founding date and no dated source' };
      const by = happenedBy(d, asOf);
      if (by === 'no') return { ...r, counts: 'EXCLUDED' as const, reason: `${what}, after ${asOf}` };
      if (by === 'unknown') return { ...r, counts: 'EXCLUDED' as const, reason: `${what}: cannot tell whether before ${asOf}` };
    }
    const own = ownBy.get(ownKey(r.enterprise.id, r.segmentId, r.parkId)) ?? [];
    if (own.length === 0) return { ...r, counts: 'PRESENT' as const, reason: 'located in the park and mapped to the segment' };
    if (own.some((p) => p.counts === 'PRESENT')) return { ...r, counts: 'PRESENT' as const, reason: 'its local project operates' };
    return {
      ...r,
      counts: 'PIPELINE' as const,
      reason: `its evidence here is its project(s) not yet known to operate: ${own.map((p) => `${p.project.id} (${p.statusAt ?? 'unknown'})`).join(', ')}`,
    };
  });
}

/** Segment id → itself and every descendant (SUB_SEGMENT_OF*). */
export function descendants(segments: SegmentInfo[]): Map<string, Set<string>> {
  const children = new Map<string, string[]>();
  for (const s of segments) if (s.parentId) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s.id]);
  const out = new Map<string, Set<string>>();
  const walk = (id: string, acc: Set<string>) => {
    if (acc.has(id)) return;
    acc.add(id);
    for (const c of children.get(id) ?? []) walk(c, acc);
  };
  for (const s of segments) {
    const acc = new Set<string>();
    walk(s.id, acc);
    out.set(s.id, acc);
  }
  return out;
}

/** The per-segment report for one scope (rows already limited to the scope's parks). */
export function gapSegments(
  segments: SegmentInfo[],
  enterpriseRows: EnterpriseEvidenceRow[],
  projectRows: ProjectEvidenceRow[],
  asOf?: string | null,
): SegmentGap[] {
  const projects = classifyProjects(projectRows, asOf);
  return segmentGaps(segments, classifyEnterprises(enterpriseRows, projects, asOf), projects);
}

/** Per chain outline: the segments in order, and for each segment id the segments whose report it counts in. */
interface Outline {
  ordered: SegmentInfo[];
  above: Map<string, string[]>;
}
// Keyed by the outline's array: the region overview asks for ~100 scopes of each of 40 chains.
const outlines = new WeakMap<SegmentInfo[], Outline>();

function outlineOf(segments: SegmentInfo[]): Outline {
  let outline = outlines.get(segments);
  if (!outline) {
    const above = new Map<string, string[]>();
    for (const [id, ids] of descendants(segments)) for (const d of ids) above.set(d, [...(above.get(d) ?? []), id]);
    outline = { ordered: [...segments].sort((a, b) => a.order - b.order), above };
    outlines.set(segments, outline);
  }
  return outline;
}

/** The per-segment report from rows already classified (classifyEnterprises, classifyProjects). */
export function segmentGaps<E extends Classified<EnterpriseFact>>(
  segments: SegmentInfo[],
  enterprises: E[],
  projects: ProjectEvidence[],
): Array<SegmentGap<E>> {
  const { ordered, above } = outlineOf(segments);
  // Each row goes to its segment and every segment above it, in one pass that keeps the rows'
  // order (not a filter over every row per segment).
  const bySegment = <T extends { segmentId: string }>(rows: T[]) => {
    const out = new Map<string, T[]>();
    for (const row of rows) for (const id of above.get(row.segmentId) ?? []) (out.get(id) ?? out.set(id, []).get(id)!).push(row);
    return out;
  };
  const esBy = bySegment(enterprises);
  const psBy = bySegment(projects);
  return ordered.map((segment) => {
    const es = esBy.get(segment.id) ?? [];
    const ps = psBy.get(segment.id) ?? [];
    const all: Array<{ counts: Counts; inferred: boolean; segmentId: string }> = [...es, ...ps];
    const status: GapStatus = all.some((x) => x.counts === 'PRESENT')
      ? 'PRESENT'
      : all.some((x) => x.counts === 'PIPELINE')
        ? 'PIPELINE'
        : 'MISSING';
    const behind = all.filter((x) => x.counts === status);
    return {
      segment,
      status,
      viaSubSegment: behind.length > 0 && behind.every((x) => x.segmentId !== segment.id),
      inferredOnly: behind.length > 0 && behind.every((x) => x.inferred),
      enterprises: es,
      projects: ps,
    };
  });
}

/**
 * Completeness over the chain's top-level segments (sub-segments already roll up into them, at
 * any depth, so a chain with many cell types is not rewarded twice): the mean of the weights.
 * This is the one completeness rule: gapReport, compareParks and chainMap answer it, and the saved
 * query parks-by-chain-completeness restates it in Cypher (an agreement test keeps them equal).
 */
export function completeness(gaps: ReadonlyArray<Pick<SegmentGap, 'segment' | 'status' | 'inferredOnly'>>): Completeness {
  const ids = new Set(gaps.map((g) => g.segment.id));
  const top = gaps.filter((g) => !g.segment.parentId || !ids.has(g.segment.parentId));
  const parts = top.map((g) => ({
    segmentId: g.segment.id,
    status: g.status,
    inferredOnly: g.inferredOnly,
    weight: completenessWeights[g.status] * (g.inferredOnly ? completenessWeights.inferredFactor : 1),
  }));
  const sum = parts.reduce((s, p) => s + p.weight, 0);
  const mean = parts.length ? sum / parts.length : 0;
  return {
    score: Math.round(mean * 1000) / 1000,
    percent: Math.round(mean * 100),
    counted: parts.length,
    present: parts.filter((p) => p.status === 'PRESENT').length,
    pipeline: parts.filter((p) => p.status === 'PIPELINE').length,
    missing: parts.filter((p) => p.status === 'MISSING').length,
    parts,
  };
}
