// Nearest supply (就近配套): for each segment of a gap report, up to five enterprises in that
// segment or one of its sub-segments elsewhere in the scope's city, else its province. Pure.
import { descendants, type SegmentGap } from './gap.js';
import type { CandidateRow } from './targets.js';

export interface NearbyRow {
  enterpriseId: string;
  parkId: string | null;
  segmentId: string;
  inferred: boolean;
  nearness: 'CITY' | 'PROVINCE';
}

export type SegmentGapWithNearby = SegmentGap & { nearby?: NearbyRow[] };

/** How many nearby firms a segment lists. */
export const NEARBY_PER_SEGMENT = 5;

/**
 * Each gap with `nearby`: candidates (enterprises of the chain outside the scope's parks, with the
 * regions they sit in) in the segment's subtree, city first, each firm once.
 */
export function nearestSupply(
  scope: { cityId: string | null; provinceId: string | null },
  gaps: SegmentGap[],
  candidates: Array<Pick<CandidateRow, 'segmentId' | 'inferred' | 'regionIds'> & { enterprise: { id: string }; parkId: string | null }>,
): SegmentGapWithNearby[] {
  const desc = descendants(gaps.map((g) => g.segment));
  return gaps.map((g) => {
    const ids = desc.get(g.segment.id)!;
    const near = (level: 'CITY' | 'PROVINCE', regionId: string | null): NearbyRow[] =>
      regionId === null
        ? []
        : candidates
            .filter((c) => ids.has(c.segmentId) && c.regionIds.includes(regionId))
            .map((c) => ({
              enterpriseId: c.enterprise.id,
              parkId: c.parkId,
              segmentId: c.segmentId,
              inferred: c.inferred,
              nearness: level,
            }));
    const seen = new Set<string>();
    const nearby = [...near('CITY', scope.cityId), ...near('PROVINCE', scope.provinceId)].filter(
      (n) => !seen.has(n.enterpriseId) && !!seen.add(n.enterpriseId),
    );
    return { ...g, nearby: nearby.slice(0, NEARBY_PER_SEGMENT) };
  });
}
