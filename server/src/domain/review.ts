// Project review (回头看): funds-arrival, start, production, capacity-reached and loss rates of a
// park's projects. Each rate = projects that reached the stage / projects counted; both numbers
// and the projects behind them are returned so every figure can be checked.
import { dateProperty } from './project-lifecycle.js';
import { reached, type ProjectLike } from './project-stage.js';

export const reviewStages = [
  { key: 'fundsArrival', label: '到资率 funds arrived', stage: 'funds_arriving' },
  { key: 'start', label: '开工率 construction started', stage: 'construction' },
  { key: 'production', label: '投产率 in production', stage: 'in_production' },
  { key: 'capacityReached', label: '达产率 at full capacity', stage: 'full_capacity' },
] as const;

export interface ReviewRate {
  key: string;
  label: string;
  numerator: number;
  denominator: number;
  /** null when no project is counted. */
  rate: number | null;
  projectIds: string[];
}

export interface Review {
  counted: string[];
  excluded: Array<{ projectId: string; reasonKey: 'planned' | 'noStatus'; reason: string }>;
  rates: ReviewRate[];
}

/**
 * Counted: projects that were at least signed — a status other than planned, or any lifecycle
 * date. Planned projects (not yet signed) and projects the documents give no status or date for
 * are listed as excluded with the reason. A stage is reached when the status ranks at or past it
 * or its own date (or a later stage's) is recorded; lost projects count by their dates only.
 */
export function review(projects: ProjectLike[]): Review {
  const counted: ProjectLike[] = [];
  const excluded: Review['excluded'] = [];
  // Any lifecycle date (lost included) shows the project entered the pipeline.
  const dateProps = Object.values(dateProperty).filter((k): k is string => k !== null);
  for (const p of projects) {
    const hasDate = dateProps.some((k) => typeof p[k] === 'string');
    if (p.status === 'planned' && !hasDate) excluded.push({ projectId: p.id, reasonKey: 'planned', reason: 'planned: not yet signed' });
    else if (!p.status && !hasDate)
      excluded.push({ projectId: p.id, reasonKey: 'noStatus', reason: 'the documents give no status or lifecycle date' });
    else counted.push(p);
  }
  const rate = (key: string, label: string, hits: ProjectLike[]): ReviewRate => ({
    key,
    label,
    numerator: hits.length,
    denominator: counted.length,
    rate: counted.length ? Math.round((hits.length / counted.length) * 1000) / 1000 : null,
    projectIds: hits.map((p) => p.id),
  });
  return {
    counted: counted.map((p) => p.id),
    excluded,
    rates: [
      ...reviewStages.map((s) =>
        rate(
          s.key,
          s.label,
          counted.filter((p) => reached(p, s.stage)),
        ),
      ),
      rate(
        'loss',
        '流失率 lost',
        counted.filter((p) => p.status === 'lost' || typeof p.lostOn === 'string'),
      ),
    ],
  };
}
