// Project lifecycle rules. The stages run planned → signed → funds_arriving → construction →
// topped_out → trial_production → in_production → full_capacity; `completed` ends projects that
// are not production lines (offices, science parks) and ranks with in_production; `lost` can
// follow any stage. A move forward may skip stages. A move backwards (in_production back to
// signed, or out of lost) is refused unless the editor says why.
import { span } from './partial-dates.js';
import { dateProperty, stageRank, type ProjectStatus } from './project-lifecycle.js';
import { fieldError, type FieldError } from './field-errors.js';

export type Status = ProjectStatus;

/** For ordering moves: `lost` comes after every stage. */
const rank: Record<Status, number> = { ...stageRank, lost: 8 };

export { dateProperty };

/** True only when `a` is certainly before `b` ('2023' is not before '2023-05'). */
export function certainlyBefore(a: string, b: string): boolean {
  return span(a).end < span(b).start;
}

export interface MovePlan {
  /** Properties to set (null removes): the status, its date, statusAsOf, cleared later dates. */
  props: Record<string, string | boolean | null>;
  backward: boolean;
}

/**
 * Checks a move and says what it writes. `props` are the project's current properties,
 * `today` is 'YYYY-MM-DD' (a parameter so tests can fix it).
 */
export function planMove(
  props: Record<string, unknown>,
  to: Status,
  date: string,
  reason: string | null | undefined,
  today: string,
): { plan: MovePlan } | { errors: FieldError[] } {
  const from = (typeof props.status === 'string' ? props.status : 'planned') as Status;
  const errors: FieldError[] = [];
  if (from === to) return { errors: [fieldError('status', 'NO_CHANGE', `the project is already ${to}`)] };
  // Lost can follow anything; leaving lost, or moving to an earlier stage, goes backwards.
  const backward = from === 'lost' || (to !== 'lost' && rank[to] < rank[from]);
  if (backward && !reason) {
    errors.push(fieldError('reason', 'BACKWARD_MOVE', `moving from ${from} back to ${to} needs a reason`));
  }
  if (span(date).start > today) errors.push(fieldError('date', 'DATE_IN_FUTURE', `${date} is in the future`));

  const set: Record<string, string | boolean | null> = {};
  // Going back (or leaving lost) clears the dates of the stages the project no longer has
  // reached; the audit record keeps them.
  if (backward) {
    for (const [status, prop] of Object.entries(dateProperty) as [Status, string | null][]) {
      if (prop && rank[status] > rank[to] && props[prop] != null) set[prop] = null;
    }
  }
  // The date may not be before the date of an earlier stage that stays on the record.
  for (const [status, prop] of Object.entries(dateProperty) as [Status, string | null][]) {
    if (!prop || status === to || set[prop] === null) continue;
    const earlier = to === 'lost' ? status !== 'lost' : rank[status] < rank[to];
    const value = props[prop];
    if (earlier && typeof value === 'string' && certainlyBefore(date, value)) {
      errors.push(fieldError('date', 'DATE_OUT_OF_ORDER', `${date} is before the ${status} date ${value}`));
      break;
    }
  }
  if (errors.length) return { errors };
  const prop = dateProperty[to];
  if (prop) set[prop] = date;
  set.status = to;
  set.statusAsOf = date;
  set.statusInferred = null;
  return { plan: { props: set, backward } };
}
