// The project lifecycle as docs/editing.md orders it, to tell the user before saving that a move
// goes backwards (the server decides; this only explains).
import type { ProjectStatus } from '../../gql/graphql';
export { PROJECT_STATUSES } from '../../shared/ui/format';

const RANK: Record<ProjectStatus, number> = {
  PLANNED: 0,
  SIGNED: 1,
  FUNDS_ARRIVING: 2,
  CONSTRUCTION: 3,
  TOPPED_OUT: 4,
  TRIAL_PRODUCTION: 5,
  IN_PRODUCTION: 6,
  // completed ends a non-production project and ranks with in_production
  COMPLETED: 6,
  FULL_CAPACITY: 7,
  LOST: 8,
};

/** True when moving from `from` to `to` undoes a stage (anything out of lost included). */
export function isBackwardMove(from: ProjectStatus | null | undefined, to: ProjectStatus): boolean {
  if (!from || from === to) return false;
  if (to === 'LOST') return false;
  if (from === 'LOST') return true;
  return RANK[to] < RANK[from];
}

/** Today as YYYY-MM-DD in UTC, the server's reckoning for "not in the future". */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
