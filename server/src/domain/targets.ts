// Target ranking (招商目录): each candidate's score is the sum of named parts, so the UI can show
// why a firm is on the list. Pure; rows come from cypher/analysis/target-candidates.cypher (which
// mirrors scoreCandidate's sum to pick the top rows in the database) or candidates.cypher.

export type Relevance = 'EXACT' | 'SUB_SEGMENT' | 'PARENT_SEGMENT' | 'INDUSTRY';

export interface CandidateRow {
  enterprise: Record<string, unknown> & { id: string; name: string; roles?: string[] | null };
  segmentId: string;
  inferred: boolean;
  basis?: string | null;
  /** For a link derived from an industry (seeds/industries.yaml): exact or loose. */
  fit?: 'exact' | 'loose' | null;
  /**
   * Set when the firm only carries an industry that maps to several segments of the chain (no
   * segment link): those segments, each an INDUSTRY-level match; `segmentId` is the first.
   */
  industry?: { id: string; name: string; segmentIds: string[] } | null;
  anchor: boolean;
  /** Region ids the enterprise sits in (its park's region and every region above it). */
  regionIds: string[];
  sales: Array<{ metric: string; value: number; period?: string | null; qualifier?: string | null }>;
  capacities: Array<{ product: string; value: number; unit: string }>;
  /** Enterprises in the scope it supplies or that supply it. */
  supplyPartners: string[];
  /** Firms of its group (itself, parent or subsidiary) already located in the scope's city or province. */
  presentNearby?: string[];
  stockCode?: string | null;
}

/**
 * The variable facts behind a part, so a client can word it in its own language; `label` is the
 * same in English for API users. Only the fields of the part's key are set.
 */
export interface ScoreValues {
  relevance?: Relevance;
  /** The best-scoring role, e.g. anchor, leading, little_giant. */
  role?: string;
  /** Largest stated sales figure, in 亿元 (100 million CNY). */
  salesYi?: number;
  capacity?: { product: string; value: number; unit: string };
  /** Ids of enterprises in the scope it supplies or that supply it. */
  supplyPartnerIds?: string[];
  proximity?: 'CITY' | 'PROVINCE' | 'NEIGHBOUR_PROVINCE';
  /** inferred: how the mapping was made (a document's inference, or a loose industry mapping). */
  fit?: 'exact' | 'loose';
  /** relevance INDUSTRY: the industry that maps to several segments. */
  industryName?: string;
  /** presence: firms of its group already in the scope's city or province. */
  presentIds?: string[];
}

export interface ScorePart {
  key: string;
  label: string;
  points: number;
  values: ScoreValues;
}

export interface ScoredCandidate {
  candidate: CandidateRow;
  gapSegmentId: string;
  relevance: Relevance;
  score: number;
  parts: ScorePart[];
}

/** Points, in one place so docs/gaps-and-targets.md can quote them. */
export const points = {
  relevance: { EXACT: 40, SUB_SEGMENT: 30, PARENT_SEGMENT: 20, INDUSTRY: 15 } as Record<Relevance, number>,
  role: {
    anchor: 30,
    leading: 20,
    little_giant: 15,
    hidden_champion: 15,
    provincial_little_giant: 10,
    listed: 8,
    high_tech: 5,
    above_scale: 5,
  } as Record<string, number>,
  salesPerDecade: 5, // per factor of 10 above 1000万 CNY, at most salesMax
  salesMax: 20,
  capacity: 5,
  supplyLink: 10,
  supplyMax: 20,
  sameCity: 10,
  sameProvince: 5,
  neighbourProvince: 2,
  presence: 10,
  inferredPenalty: -15,
};

export interface ScoreContext {
  cityId?: string | null;
  provinceId?: string | null;
  /** Provinces bordering the scope's province (region tree: NEIGHBOURS). */
  neighbourProvinceIds?: string[];
}

/** The role that scores best among a firm's roles, with its points (null: none scores). */
export function bestRole(roles: readonly string[]): [string, number] | null {
  return roles.reduce<[string, number] | null>((b, r) => {
    const p = points.role[r] ?? 0;
    return p > (b?.[1] ?? 0) ? [r, p] : b;
  }, null);
}

/** Points for a firm's largest sales figure (CNY): salesPerDecade per factor of 10 above 1000万, rounded to 0.1, at most salesMax. */
export function salesPoints(sales: number): number {
  if (!(sales > 1e7)) return 0;
  return Math.min(points.salesMax, Math.round(points.salesPerDecade * Math.log10(sales / 1e7) * 10) / 10);
}

/** Score parts for one candidate against one gap segment; parts always sum to the score. */
export function scoreCandidate(c: CandidateRow, relevance: Relevance, ctx: ScoreContext): { score: number; parts: ScorePart[] } {
  const parts: ScorePart[] = [];
  parts.push({
    key: 'relevance',
    label:
      relevance === 'INDUSTRY'
        ? `chain relevance: industry ${c.industry?.name ?? ''} spans several segments`
        : `chain relevance: ${relevance.toLowerCase().replace('_', ' ')}`,
    points: points.relevance[relevance],
    values: { relevance, ...(relevance === 'INDUSTRY' && c.industry ? { industryName: c.industry.name } : {}) },
  });
  const best = bestRole([...(c.enterprise.roles ?? []), ...(c.anchor ? ['anchor'] : [])]);
  if (best) parts.push({ key: 'role', label: `role: ${best[0]}`, points: best[1], values: { role: best[0] } });
  const sales = Math.max(0, ...c.sales.map((s) => s.value));
  if (sales > 1e7) {
    parts.push({ key: 'size', label: `size: sales ${sales / 1e8} 亿元`, points: salesPoints(sales), values: { salesYi: sales / 1e8 } });
  }
  if (c.capacities.length) {
    const cap = c.capacities[0]!;
    parts.push({
      key: 'capacity',
      label: `capacity stated: ${cap.product} ${cap.value} ${cap.unit}`,
      points: points.capacity,
      values: { capacity: { ...cap } },
    });
  }
  if (c.supplyPartners.length) {
    parts.push({
      key: 'supply',
      label: `supply links with firms in the park: ${c.supplyPartners.join(', ')}`,
      points: Math.min(points.supplyMax, points.supplyLink * c.supplyPartners.length),
      values: { supplyPartnerIds: [...c.supplyPartners] },
    });
  }
  if (ctx.cityId && c.regionIds.includes(ctx.cityId))
    parts.push({ key: 'proximity', label: 'same city', points: points.sameCity, values: { proximity: 'CITY' } });
  else if (ctx.provinceId && c.regionIds.includes(ctx.provinceId))
    parts.push({ key: 'proximity', label: 'same province', points: points.sameProvince, values: { proximity: 'PROVINCE' } });
  else if (ctx.neighbourProvinceIds?.some((p) => c.regionIds.includes(p))) {
    parts.push({
      key: 'proximity',
      label: 'neighbouring province',
      points: points.neighbourProvince,
      values: { proximity: 'NEIGHBOUR_PROVINCE' },
    });
  }
  if (c.presentNearby?.length) {
    parts.push({
      key: 'presence',
      label: `already present nearby (expansion lead): ${c.presentNearby.join(', ')}`,
      points: points.presence,
      values: { presentIds: [...c.presentNearby] },
    });
  }
  // An exact industry mapping is as good as a stated one; a document's inference or a loose one is not.
  if (c.inferred && c.fit !== 'exact' && relevance !== 'INDUSTRY') {
    parts.push({
      key: 'inferred',
      label: c.fit === 'loose' ? 'loose industry mapping' : 'segment mapping is inferred',
      points: points.inferredPenalty,
      values: c.fit ? { fit: c.fit } : {},
    });
  }
  const score = Math.round(parts.reduce((s, p) => s + p.points, 0) * 10) / 10;
  return { score, parts };
}

export interface TargetFilters {
  /** Only candidates in this province (region id). */
  provinceId?: string | null;
  /** Only candidates with this role (anchor counts when it anchors the chain). */
  role?: string | null;
  listedOnly?: boolean | null;
  minScore?: number | null;
}

/** Applies the catalogue's filters to a ranked list. */
export function filterTargets(list: ScoredCandidate[], f: TargetFilters): ScoredCandidate[] {
  return list.filter((t) => {
    const c = t.candidate;
    const roles = [...(c.enterprise.roles ?? []), ...(c.anchor ? ['anchor'] : [])];
    if (f.provinceId && !c.regionIds.includes(f.provinceId)) return false;
    if (f.role && !roles.includes(f.role)) return false;
    if (f.listedOnly && !roles.includes('listed') && !c.stockCode) return false;
    if (f.minScore != null && t.score < f.minScore) return false;
    return true;
  });
}

/** How a firm mapped to segment `segmentId` matches gap segment `gap`, or null (rankTargets). */
function segmentMatch(gap: string, segmentId: string, parentOf: Map<string, string | null>): Relevance | null {
  if (segmentId === gap) return 'EXACT';
  for (let p = parentOf.get(segmentId); p; p = parentOf.get(p)) if (p === gap) return 'SUB_SEGMENT';
  return parentOf.get(gap) === segmentId ? 'PARENT_SEGMENT' : null;
}

/**
 * Each segment that can match one of the gap segments, with its best relevance in points: what
 * cypher/analysis/target-candidates.cypher starts from (only firms in these segments can rank).
 */
export function segmentRelevance(gapSegmentIds: string[], parentOf: Map<string, string | null>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const seg of parentOf.keys()) {
    for (const gap of gapSegmentIds) {
      const r = segmentMatch(gap, seg, parentOf);
      if (r && points.relevance[r] > (out[seg] ?? -Infinity)) out[seg] = points.relevance[r];
    }
  }
  return out;
}

/**
 * Ranks candidates for the given gap segments. A candidate in the gap segment is EXACT, in a
 * sub-segment of it SUB_SEGMENT, in its parent PARENT_SEGMENT; each enterprise appears once, with
 * its best-scoring match. Enterprises in `excludeIds` (already in the park) never appear.
 */
export function rankTargets(
  gapSegmentIds: string[],
  parentOf: Map<string, string | null>,
  candidates: CandidateRow[],
  excludeIds: Set<string>,
  ctx: ScoreContext,
): ScoredCandidate[] {
  const best = new Map<string, ScoredCandidate>();
  for (const gap of gapSegmentIds) {
    for (const c of candidates) {
      if (excludeIds.has(c.enterprise.id)) continue;
      const relevance: Relevance | null = c.industry
        ? c.industry.segmentIds.includes(gap)
          ? 'INDUSTRY'
          : null
        : segmentMatch(gap, c.segmentId, parentOf);
      if (!relevance) continue;
      const { score, parts } = scoreCandidate(c, relevance, ctx);
      const prev = best.get(c.enterprise.id);
      if (!prev || score > prev.score) best.set(c.enterprise.id, { candidate: c, gapSegmentId: gap, relevance, score, parts });
    }
  }
  return [...best.values()].sort(
    (a, b) => b.score - a.score || a.candidate.enterprise.name.localeCompare(b.candidate.enterprise.name, 'zh'),
  );
}
