// Why a segment is on a target list, as a key a client words in its own language. Pure.
import type { SegmentGap } from './gap.js';

/** Why a segment is a gap: no local firm; only projects in the pipeline (since when); or present only by inference. */
export function gapReason(g: SegmentGap): { key: string; since: string | null } {
  if (g.status === 'MISSING') return { key: 'NO_LOCAL_FIRM', since: null };
  if (g.status === 'PIPELINE') {
    const dates = g.projects
      .filter((p) => p.counts === 'PIPELINE')
      .flatMap((p) =>
        Object.entries(p.project)
          .filter(([k, v]) => k.endsWith('On') && !k.startsWith('planned') && typeof v === 'string')
          .map(([, v]) => v as string),
      )
      .sort();
    return { key: 'PIPELINE_ONLY', since: dates[0] ?? null };
  }
  return { key: g.inferredOnly ? 'INFERRED_ONLY' : 'PRESENT', since: null };
}
