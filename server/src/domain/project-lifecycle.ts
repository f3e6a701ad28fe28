// The project lifecycle, shared by the gap report, the project review and the editor's
// lifecycle moves: planned → signed → funds_arriving → construction → topped_out →
// trial_production → in_production → full_capacity; `completed` ends projects that are not
// production lines (offices, science parks) and ranks with in_production; `lost` can follow any
// stage and has no rank of its own.
import { type projectStatuses, type ValueOf } from './vocabulary.js';

export type ProjectStatus = ValueOf<typeof projectStatuses>;

/** How far along a status is; a project that reached a stage has passed every stage before it. */
export const stageRank: Readonly<Record<Exclude<ProjectStatus, 'lost'>, number>> = {
  planned: 0,
  signed: 1,
  funds_arriving: 2,
  construction: 3,
  topped_out: 4,
  trial_production: 5,
  in_production: 6,
  completed: 6,
  full_capacity: 7,
};

/** The node property holding the date a stage was reached (planned has none). */
export const dateProperty: Readonly<Record<ProjectStatus, string | null>> = {
  planned: null,
  signed: 'signedOn',
  funds_arriving: 'fundsArrivedOn',
  construction: 'startedOn',
  topped_out: 'toppedOutOn',
  trial_production: 'trialProductionOn',
  in_production: 'inProductionOn',
  completed: 'completedOn',
  full_capacity: 'fullCapacityOn',
  lost: 'lostOn',
};
