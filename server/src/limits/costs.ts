// What each field may cost, for @pothos/plugin-complexity: the cost of an operation is estimated
// from its shape and arguments BEFORE anything runs (limits/cost-plugin.ts).
//
// The unit is "one value in the answer": every field selected costs 1, and the selection under a
// list field is multiplied by the most items that list can hold. Those maxima are the caps below;
// they are not guesses, they are enforced (limits/list-caps.ts cuts a longer list, with a warning
// in the log), so the estimate is a true upper bound of the answer's size. Fields that do real
// database work beyond fetching a node (analyses, searches, graph walks, analyst Cypher) add a
// fixed `work` cost on top, in the same unit: roughly how many plain values the same time buys.
//
// A list field that is not listed here gets DEFAULT_LIST_CAP; a test lists every list field of
// the schema and fails when one is missing, so a new list is always a decision.
import type { FieldComplexityValue } from '@pothos/plugin-complexity';
import { getNamedType, isLeafType, isListType, isNonNullType, type GraphQLField, type GraphQLOutputType } from 'graphql';

export const DEFAULT_LIST_CAP = 100;
/** Page size of a connection when `first`/`last` are absent, and the largest one allowed. */
export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

type Args = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any context: costs do not depend on it
type AnyField = GraphQLField<unknown, any, any>;
type Multiplier = number | ((args: Args) => number);

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
/**
 * The page a connection returns: `first` or `last` as asked. Not clamped to MAX_PAGE, although
 * the resolver refuses more: a huge page is then refused by cost before anything runs.
 */
const page = (args: Args) => Math.max(num(args.first ?? args.last, DEFAULT_PAGE), 0);

/**
 * The most items each list field returns. A number is a cap enforced on the resolver's result;
 * a function of the arguments is a bound the resolver enforces itself (it refuses a larger
 * argument), e.g. a connection's `first`.
 */
export const listCaps: Record<string, Multiplier> = {
  // Top-level lists. The seeded graph has 12 chains (≤ 20 segments each), 104 segments, 100
  // flows, 34 parks, 33 regions, 61 enterprises and 49 projects: the caps leave 3-5× room.
  'Query.chains': 50,
  'Query.parks': 200,
  'Query.regions': 200,
  'Query.institutions': 200,
  'Query.sources': 200,
  'Query.savedQueries': 100,
  // The mapping table has 44 industries; an industry maps to a few segments, a segment to a few.
  'Query.industries': 200,
  'Industry.segments': 20,
  'Industry.sources': 20,
  'Enterprise.industries': 10,
  'Segment.industries': 20,
  // The dashboard: a park grows a handful of chains; ten statuses; a trend of at most nine years.
  'ParkDashboard.projects': 20,
  'ParkDashboard.chains': 50,
  'ChainCompleteness.trend': 20,
  'Query.users': 1000,
  'Query.apiTokens': 1000,
  'Query.nodes': (a) => (Array.isArray(a.ids) ? a.ids.length : 1),
  'Query.changes': (a) => Math.max(1, Math.min(num(a.first, 20), 100)),
  // A chain template has tens of segments and flows.
  'Chain.segments': 60,
  'Chain.flows': 60,
  'Chain.parks': 100,
  'Segment.children': 20,
  'Segment.upstream': 20,
  'Segment.downstream': 20,
  'Segment.projects': 100,
  'Segment.products': 100,
  // Provenance and audit: a record cites a few documents; `changes` is the 20 latest.
  'Cited.sources': 20,
  'Cited.changes': 20,
  'Enterprise.aliases': 50,
  'Enterprise.products': 100,
  'Enterprise.roles': 20,
  'Enterprise.statusMarks': 10,
  'Enterprise.chains': 50,
  'Enterprise.figures': 100,
  'Enterprise.projects': 100,
  'Enterprise.segments': 50,
  'Enterprise.suppliedBy': 100,
  'Enterprise.suppliesTo': 100,
  'Institution.figures': 100,
  'Institution.serves': 50,
  'Park.chains': 50,
  'Park.figures': 100,
  'Park.institutions': 200,
  'Park.subParks': 100,
  'Policy.chains': 50,
  'Project.capacity': 50,
  'Project.chains': 50,
  'Project.phases': 50,
  'Project.segments': 50,
  'Region.children': 200,
  'Region.parks': 200,
  // Figures of a place and their roll-up (groups of like figures); a region's policies.
  'Region.figures': 200,
  'Region.policies': 100,
  // A province's roll-up groups every kind, period and level of figure of its places.
  'Region.figureRollup': 300,
  'Park.figureRollup': 100,
  // A group holds like figures of different owners (the cities of a province, the sub-parks
  // of a park): tens at most.
  'FigureGroup.figures': 20,
  'FigureGroup.ownerIds': 20,
  // A segment id of an earlier template version that now leads here: a few per version.
  'Segment.formerIds': 10,
  // Analyses: one row per segment of a chain; per segment the local firms and projects.
  'GapReport.parkIds': 500,
  'GapReport.segments': 60,
  'Completeness.parts': 60,
  'SegmentGap.enterprises': 50,
  'SegmentGap.projects': 50,
  'SegmentGap.nearestSupply': 5,
  'CompareParks.segments': 60,
  'CompareParks.rows': 50,
  'CompareParksRow.statuses': 60,
  // The region overview: a handful of provinces, the cities of one, the parks placed in one
  // region (tens), and one figure per templated chain (about ten today).
  'RegionOverview.path': 10,
  'RegionOverview.chains': 50,
  'RegionOverview.children': 100,
  'RegionOverview.parks': 100,
  'RegionOverviewPlace.chains': 50,
  'FiveLists.policies': 100,
  'FiveLists.leadingFirms': 100,
  'FiveLists.supportingFirms': 100,
  'FiveLists.keyProjects': 100,
  'FiveLists.investmentLeads': (a) => Math.max(1, Math.min(num(a.limit, 10), 100)),
  'ProjectReview.counted': 200,
  'ProjectReview.excluded': 200,
  'ProjectReview.rates': 10,
  'ReviewRate.projects': 200,
  'TargetList.items': 100,
  'TargetList.gapSegments': 60,
  'TargetCandidate.parts': 10,
  'ScorePartValues.supplyPartners': 10,
  // The firm itself or its group's firms already in the scope's city: a handful.
  'ScorePartValues.present': 10,
  // Gap evidence: one entry per missing or pipeline segment, with the few firms, projects and
  // documents behind it.
  'TargetList.gaps': 60,
  'TargetGap.enterprises': 20,
  'TargetGap.projects': 20,
  'TargetGap.sources': 10,
  // Drawing: chainMap (segments, cross-chain ends, enterprise and project nodes up to
  // enterpriseLimit ≤ 500 each), neighborhood (≤ 1000 nodes, 5 edges per node), paths.
  'GraphElements.nodes': 1000,
  'GraphElements.edges': 5000,
  // Analyst results: rows are bounded by ANALYST_MAX_ROWS (leaves, so no multiplier matters).
  'AnalystResult.columns': 100,
  'AnalystResult.rows': 10_000,
  'SavedQuery.params': 20,
  // Connections: the connection field carries the page size (pageOf refuses more than
  // MAX_PAGE), so its edges multiply by 1 and are not cut here.
  'EnterpriseConnection.edges': () => 1,
  'ProjectConnection.edges': () => 1,
  'ParkConnection.edges': () => 1,
  'RegionConnection.edges': () => 1,
  'SearchConnection.edges': () => 1,
  'SegmentEnterpriseConnection.edges': () => 1,
  // Admin imports: the report lists every error and review item of a plan, so a data set
  // of thousands of lines may need a thousand or more (admin only, once per import; a longer
  // list is cut and logged, the counts stay whole).
  'Query.importBatches': 200,
  'ImportReport.errors': 2000,
  'ImportReport.review': 1000,
  'ImportReport.matches': 20,
  'ImportReport.skips': 20,
  'ImportReviewItem.candidates': 10,
  'ImportTally.lines': 20,
  // An undo names at most 500 records taken back and 500 kept (import/batches.ts undoRecordCap).
  'ImportUndoResult.undone': 500,
  'ImportUndoResult.kept': 500,
  'ImportKeptRecord.fields': 50,
  // Staff sheets (schema/sheet-imports.ts): every error of a sheet up to 2000, the first 500 rows
  // of the plan, a row's changes (its columns) and errors; the audit log's page.
  'SheetImportReport.errors': 2000,
  'SheetImportReport.review': 1000,
  'SheetImportReport.rows': 500,
  'ImportPlanRow.changes': 20,
  'ImportPlanRow.errors': 20,
  // A sheet's unknown headers (one per column it has) and the columns of its kind (at most 14).
  'SheetImportReport.unknownHeaders': 200,
  'SheetImportReport.columns': 20,
  'SheetColumn.aliases': 10,
  'Query.auditLog': (a) => Math.max(1, Math.min(num(a.first, 50), 200)),
  'EnterprisePayload.errors': 50,
  'ProjectPayload.errors': 50,
  'InstitutionPayload.errors': 50,
  'LinkPayload.errors': 50,
  'DeletePayload.errors': 50,
};

/** Connection fields: the page they return multiplies what is selected under them. */
const connections: Record<string, Multiplier> = {
  'Query.enterprises': page,
  'Query.projects': page,
  'Query.parksConnection': page,
  'Query.regionsConnection': page,
  'Query.search': page,
  'Park.enterprises': page,
  'Park.projects': page,
  'Segment.enterprises': page,
};

/**
 * Database work beyond fetching nodes, in values. An analysis reads a chain's segments, the
 * scope's firms and projects and their dates (several statements), so it is priced like a
 * large answer: a gap report 7000, so that 30 aliased ones (over 210,000) are already over the
 * per-request limit of 200,000, and 10 such operations in a batch all the more.
 */
export const workCosts: Record<string, number | ((args: Args) => number)> = {
  'Query.gapReport': 7000,
  'Query.compareParks': (a) => 7000 + 2000 * Math.max(1, Array.isArray(a.parkIds) ? a.parkIds.length : 1),
  'Query.chainMap': (a) => (a.parkId != null || a.regionId != null ? 7000 : 200),
  'Query.targets': 7000,
  'Park.fiveLists': 7000,
  'Park.projectReview': 2000,
  // One statement for the figures, then per chain its outline and evidence (each year judged in memory).
  'Park.dashboard': 10000,
  // One tree read, the scopes, firm counts, then per templated chain its outline and one evidence read.
  'Query.regionOverview': 20000,
  'Query.neighborhood': (a) => 300 * Math.max(1, num(a.depth, 1)),
  'Query.paths': (a) => 200 * Math.max(1, num(a.maxLength, 4)),
  'Query.search': 200,
  'Query.cypher': 5000,
  'Query.runSavedQuery': 3000,
  'Query.enterprises': 100,
  'Query.projects': 100,
  'Query.parksConnection': 100,
  'Query.regionsConnection': 100,
  // Writes: each is one transaction with its audit record.
  'Mutation.*': 100,
  // scrypt on purpose; the sign-in limiter bounds guessing, this bounds CPU per request.
  'Mutation.signIn': 500,
  'Mutation.changePassword': 500,
};

function unwrap(type: GraphQLOutputType): GraphQLOutputType {
  return isNonNullType(type) ? type.ofType : type;
}

/** `Type.field` of a schema field (Pothos keeps the declaring type in the field's config). */
export function coordinateOf(field: AnyField): string {
  const config = field.extensions?.pothosConfig as { parentType?: string } | undefined;
  return `${config?.parentType ?? '?'}.${field.name}`;
}

function lookup<T>(table: Record<string, T>, coordinate: string, field: AnyField): T | undefined {
  if (coordinate in table) return table[coordinate];
  // Interface fields (Cited.sources) apply to every type that implements them.
  const iface = (field.extensions?.pothosConfig as { declaringType?: string } | undefined)?.declaringType;
  if (iface && `${iface}.${field.name}` in table) return table[`${iface}.${field.name}`];
  return table[`${coordinate.split('.')[0]}.*`];
}

const evaluate = <T extends number>(v: T | ((args: Args) => T) | undefined, args: Args): T | undefined =>
  typeof v === 'function' ? v(args) : v;

/** The complexity of one selected field, for the plugin's `fieldComplexity` option. */
export function fieldCost(args: Args, _ctx: unknown, field: AnyField): FieldComplexityValue {
  const coordinate = coordinateOf(field);
  const work = evaluate(lookup(workCosts, coordinate, field), args) ?? 0;
  const own = 1 + work;
  const type = unwrap(field.type);
  if (isListType(type)) {
    const cap = evaluate(lookup(listCaps, coordinate, field), args) ?? DEFAULT_LIST_CAP;
    // A list of plain values has nothing under it to multiply: count its items instead.
    if (isLeafType(getNamedType(type))) return own + cap;
    return { field: own, multiplier: cap };
  }
  const pageSize = evaluate(lookup(connections, coordinate, field), args);
  if (pageSize !== undefined) return { field: own, multiplier: pageSize };
  return own;
}

/** The enforced cap of a list field, when it is a fixed number (see list-caps.ts). */
export function fixedCapOf(field: AnyField): number | undefined {
  const v = lookup(listCaps, coordinateOf(field), field);
  return typeof v === 'number' ? v : undefined;
}
