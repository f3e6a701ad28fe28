import { graphqlRequest, type RequestOptions } from './client';
import type {
  CompareParks, FiveLists, GapReport, ParkDetail, ParkSummary, ProjectReview, TargetList,
} from './park-types';

// Queries of the park page and compare view; keep in sync with park-types.ts.
const NAMED = 'id name nameEn';
const REGION = `region { ${NAMED} }`;
const TARGET = `enterprise { ${NAMED} ${REGION} } gapSegment { ${NAMED} } segment { ${NAMED} }
  park { ${NAMED} ${REGION} } score relevance inferred parts {
    key label points
    values { relevance role salesYi capacityProduct capacityValue capacityUnit supplyPartners { ${NAMED} } proximity }
  }`;

export const PARKS_QUERY = `query Parks($chainId: ID) {
  parks(chainId: $chainId) { ${NAMED} kind level ${REGION} parent { id } }
}`;

export const PARK_QUERY = `query Park($id: ID!) {
  park(id: $id) {
    ${NAMED} kind level ${REGION} parent { ${NAMED} } subParks { ${NAMED} }
    chains { chain { ${NAMED} } chainChief { chief fourHeads note } designation note }
    institutions { ${NAMED} kind serves { chain { id } } }
  }
}`;

export const GAP_REPORT_QUERY = `query GapReport($chainId: ID!, $parkId: ID, $asOf: String) {
  gapReport(chainId: $chainId, parkId: $parkId, asOf: $asOf) {
    asOf
    completeness { score counted present pipeline missing parts { segment { ${NAMED} } status weight inferredOnly } }
    segments {
      segment { ${NAMED} stage order parentId } status inferredOnly viaSubSegment
      enterprises { enterprise { ${NAMED} shortName } inferred counts }
      projects { project { ${NAMED} status } statusAt inferred counts }
      nearestSupply { enterprise { ${NAMED} } nearness park { ${NAMED} } inferred }
    }
  }
}`;

export const TARGETS_QUERY = `query Targets($chainId: ID!, $parkId: ID, $limit: Int) {
  targets(chainId: $chainId, parkId: $parkId, limit: $limit) { total items { ${TARGET} } }
}`;

export const FIVE_LISTS_QUERY = `query FiveLists($id: ID!, $chainId: ID) {
  park(id: $id) { id fiveLists(chainId: $chainId) {
    policies { ${NAMED} kind issued park { ${NAMED} } }
    leadingFirms { ${NAMED} roles park { ${NAMED} } }
    supportingFirms { ${NAMED} roles park { ${NAMED} } }
    keyProjects { ${NAMED} status investmentCny investorName investor { ${NAMED} } park { ${NAMED} } }
    investmentLeads(limit: 10) { ${TARGET} }
  } }
}`;

export const PROJECT_REVIEW_QUERY = `query ProjectReview($id: ID!, $chainId: ID) {
  park(id: $id) { id projectReview(chainId: $chainId) {
    counted { ${NAMED} status }
    excluded { project { ${NAMED} } reason reasonKey }
    rates { key label numerator denominator rate projects { ${NAMED} status } }
  } }
}`;

export const COMPARE_PARKS_QUERY = `query CompareParks($chainId: ID!, $parkIds: [ID!]!, $asOf: String) {
  compareParks(chainId: $chainId, parkIds: $parkIds, asOf: $asOf) {
    segments { ${NAMED} stage order parentId }
    rows { park { ${NAMED} } completeness { score } statuses }
  }
}`;

type Opts = RequestOptions;

export const fetchParks = (chainId: string | null, o: Opts = {}) =>
  graphqlRequest<{ parks: ParkSummary[] }>(PARKS_QUERY, { chainId }, o).then((d) => d.parks);

export const fetchPark = (id: string, o: Opts = {}) =>
  graphqlRequest<{ park: ParkDetail | null }>(PARK_QUERY, { id }, o).then((d) => d.park);

export const fetchGapReport = (chainId: string, parkId: string, asOf: string | null, o: Opts = {}) =>
  graphqlRequest<{ gapReport: GapReport }>(GAP_REPORT_QUERY, { chainId, parkId, asOf }, o).then((d) => d.gapReport);

export const fetchTargets = (chainId: string, parkId: string, o: Opts = {}) =>
  graphqlRequest<{ targets: TargetList }>(TARGETS_QUERY, { chainId, parkId, limit: 10 }, o).then((d) => d.targets);

export const fetchFiveLists = (id: string, chainId: string | null, o: Opts = {}) =>
  graphqlRequest<{ park: { fiveLists: FiveLists } | null }>(FIVE_LISTS_QUERY, { id, chainId }, o).then(
    (d) => d.park?.fiveLists ?? null,
  );

export const fetchProjectReview = (id: string, chainId: string | null, o: Opts = {}) =>
  graphqlRequest<{ park: { projectReview: ProjectReview } | null }>(PROJECT_REVIEW_QUERY, { id, chainId }, o).then(
    (d) => d.park?.projectReview ?? null,
  );

export const fetchCompareParks = (chainId: string, parkIds: string[], asOf: string | null, o: Opts = {}) =>
  graphqlRequest<{ compareParks: CompareParks }>(COMPARE_PARKS_QUERY, { chainId, parkIds, asOf }, o).then(
    (d) => d.compareParks,
  );
