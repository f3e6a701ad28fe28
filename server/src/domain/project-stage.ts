// Project lifecycle rules shared by the gap report and the project review (回头看).
// Stages are ranked; a project that reached a stage has passed every stage before it.
import { happenedBy } from './partial-dates.js';
import { stageRank as lifecycleStageRank } from './project-lifecycle.js';

/** Stage ranks by status name (see domain/project-lifecycle.ts); `lost` has none. */
export const stageRank: Readonly<Record<string, number>> = lifecycleStageRank;

/** Lifecycle date property → the stage it proves (lostOn is handled apart). */
export const stageDates: Array<[prop: string, status: string]> = [
  ['signedOn', 'signed'],
  ['fundsArrivedOn', 'funds_arriving'],
  ['startedOn', 'construction'],
  ['toppedOutOn', 'topped_out'],
  ['trialProductionOn', 'trial_production'],
  ['inProductionOn', 'in_production'],
  // completedOn is when building finished; for a production line that is not yet production.
  ['completedOn', 'topped_out'],
  ['fullCapacityOn', 'full_capacity'],
];

export type ProjectLike = Record<string, unknown> & { id: string; status?: string | null; statusAsOf?: string | null };

export interface StatusAt {
  /** The status at the date, or null when it cannot be known. */
  status: string | null;
  /** How we know: which date or statement, or why it is unknown. */
  reason: string;
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/**
 * A project's status as of a date, from its lifecycle dates and its reported status.
 * Without asOf: the reported status. With asOf: the furthest stage whose date (or whose
 * statusAsOf) certainly lies on or before asOf — a lower bound, since a later stage may have no
 * date in the documents. A lost date on or before asOf makes it lost. If nothing is certain,
 * the status is unknown (null) and the project is left out, with the reason.
 */
export function statusAt(p: ProjectLike, asOf?: string | null): StatusAt {
  const status = str(p.status);
  if (!asOf) return status ? { status, reason: 'reported status' } : { status: null, reason: 'the documents give no status' };
  const lostOn = str(p.lostOn);
  if (lostOn && happenedBy(lostOn, asOf) === 'yes') return { status: 'lost', reason: `lost on ${lostOn}` };
  let best: { status: string; reason: string } | null = null;
  const consider = (st: string, reason: string) => {
    if (!best || (stageRank[st] ?? -1) > (stageRank[best.status] ?? -1)) best = { status: st, reason };
  };
  for (const [prop, st] of stageDates) {
    const d = str(p[prop]);
    if (d && happenedBy(d, asOf) === 'yes') consider(st, `${prop} ${d}`);
  }
  const statusAsOf = str(p.statusAsOf);
  if (status && status !== 'lost' && statusAsOf && happenedBy(statusAsOf, asOf) === 'yes') {
    consider(status, `reported ${status} as of ${statusAsOf}`);
  }
  if (best) return best;
  const dated = stageDates.map(([prop]) => str(p[prop]) && `${prop} ${str(p[prop])}`).filter(Boolean);
  return {
    status: null,
    reason: dated.length
      ? `no lifecycle date certainly on or before ${asOf} (known: ${dated.join(', ')})`
      : `no lifecycle date or dated status to place it at ${asOf}`,
  };
}

/** Operating: counts as a present local supplier. */
export const isOperating = (status: string | null) => status !== null && status !== 'lost' && (stageRank[status] ?? -1) >= 6;
/** Pipeline: planned, signed, funds arriving, building, topped out, trial production. */
export const isPipeline = (status: string | null) => status !== null && status !== 'lost' && (stageRank[status] ?? -1) < 6;

/** Whether a project reached a review stage: by its status rank or by the stage's own date. */
export function reached(p: ProjectLike, stage: string): boolean {
  const rank = stageRank[stage] ?? 99;
  const st = str(p.status);
  if (st && st !== 'lost' && (stageRank[st] ?? -1) >= rank) return true;
  return stageDates.some(([prop, s]) => str(p[prop]) !== null && (stageRank[s] ?? -1) >= rank);
}
