// Short names for the parts of the park page's and compare view's generated
// operation results (queries.ts → src/gql/); derived, never hand-copied.
import type {
  CompareParksQuery,
  FiveListsQuery,
  GapReportQuery,
  ParkChoicesQuery,
  ParkQuery,
  ProjectReviewQuery,
  TargetFieldsFragment,
  TargetsQuery,
} from '../../gql/graphql';

export { GAP_STATUSES, type GapStatus } from '../../graph/types';

/** A park as the choosers list it (the park page's, compare's). */
export type ParkChoice = ParkChoicesQuery['parksConnection']['edges'][number]['node'];
export type ParkDetail = NonNullable<ParkQuery['park']>;
export type InstitutionRef = ParkDetail['institutions'][number];

export type GapReport = GapReportQuery['gapReport'];
export type SegmentGap = GapReport['segments'][number];

export type TargetList = TargetsQuery['targets'];
export type TargetCandidate = TargetFieldsFragment;
export type ScorePart = TargetCandidate['parts'][number];
/** The facts of a score part; only the fields of its key are set. */
export type ScorePartValues = ScorePart['values'];

export type FiveLists = NonNullable<FiveListsQuery['park']>['fiveLists'];
export type PolicyRow = FiveLists['policies'][number];
export type FirmRow = FiveLists['leadingFirms'][number];
export type ProjectRow = FiveLists['keyProjects'][number];

export type ProjectReview = NonNullable<ProjectReviewQuery['park']>['projectReview'];

export type CompareParks = CompareParksQuery['compareParks'];
