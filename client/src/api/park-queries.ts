// Operations of the park page and compare view. Their result types are generated
// (src/gql/); park-types.ts names the parts the views pass around.
import { graphqlRequest, type RequestOptions } from './client';
import { graphql } from '../gql';

export const PARKS_QUERY = graphql(`
  query Parks($chainId: ID) {
    parks(chainId: $chainId) { id name nameEn kind level region { id name nameEn } parent { id } }
  }
`);

export const PARK_QUERY = graphql(`
  query Park($id: ID!) {
    park(id: $id) {
      id name nameEn kind level region { id name nameEn }
      parent { id name nameEn } subParks { id name nameEn }
      chains { chain { id name nameEn } chainChief { chief fourHeads note } designation note }
      institutions { id name nameEn kind serves { chain { id } } }
    }
  }
`);

export const GAP_REPORT_QUERY = graphql(`
  query GapReport($chainId: ID!, $parkId: ID, $asOf: String) {
    gapReport(chainId: $chainId, parkId: $parkId, asOf: $asOf) {
      asOf
      completeness {
        score counted present pipeline missing
        parts { segment { id name nameEn } status weight inferredOnly }
      }
      segments {
        segment { id name nameEn stage order parentId } status inferredOnly viaSubSegment
        enterprises { enterprise { id name nameEn shortName } inferred counts }
        projects { project { id name nameEn status } statusAt inferred counts }
        nearestSupply { enterprise { id name nameEn } nearness park { id name nameEn } inferred }
      }
    }
  }
`);

/** A target is the same in the targets list and the five lists' investment leads. */
export const TARGET_FIELDS = graphql(`
  fragment TargetFields on TargetCandidate {
    enterprise { id name nameEn region { id name nameEn } }
    gapSegment { id name nameEn }
    segment { id name nameEn }
    park { id name nameEn region { id name nameEn } }
    score relevance inferred
    parts {
      key label points
      values { relevance role salesYi capacityProduct capacityValue capacityUnit supplyPartners { id name nameEn } proximity industryName fit present { id name nameEn } }
    }
  }
`);

export const TARGETS_QUERY = graphql(`
  query Targets($chainId: ID!, $parkId: ID, $limit: Int) {
    targets(chainId: $chainId, parkId: $parkId, limit: $limit) { total items { ...TargetFields } }
  }
`);

export const FIVE_LISTS_QUERY = graphql(`
  query FiveLists($id: ID!, $chainId: ID) {
    park(id: $id) {
      id
      fiveLists(chainId: $chainId) {
        policies { id name nameEn kind issued park { id name nameEn } }
        leadingFirms { id name nameEn roles park { id name nameEn } }
        supportingFirms { id name nameEn roles park { id name nameEn } }
        keyProjects {
          id name nameEn status investmentCny investorName
          investor { id name nameEn } park { id name nameEn }
        }
        investmentLeads(limit: 10) { ...TargetFields }
      }
    }
  }
`);

export const PROJECT_REVIEW_QUERY = graphql(`
  query ProjectReview($id: ID!, $chainId: ID) {
    park(id: $id) {
      id
      projectReview(chainId: $chainId) {
        counted { id name nameEn status }
        excluded { project { id name nameEn } reason reasonKey }
        rates { key label numerator denominator rate projects { id name nameEn status } }
      }
    }
  }
`);

export const COMPARE_PARKS_QUERY = graphql(`
  query CompareParks($chainId: ID!, $parkIds: [ID!]!, $asOf: String) {
    compareParks(chainId: $chainId, parkIds: $parkIds, asOf: $asOf) {
      segments { id name nameEn stage order parentId }
      rows { park { id name nameEn } completeness { score } statuses }
    }
  }
`);

type Opts = RequestOptions;

export const fetchParks = (chainId: string | null, o: Opts = {}) =>
  graphqlRequest(PARKS_QUERY, { chainId }, o).then((d) => d.parks);

export const fetchPark = (id: string, o: Opts = {}) => graphqlRequest(PARK_QUERY, { id }, o).then((d) => d.park);

export const fetchGapReport = (chainId: string, parkId: string, asOf: string | null, o: Opts = {}) =>
  graphqlRequest(GAP_REPORT_QUERY, { chainId, parkId, asOf }, o).then((d) => d.gapReport);

export const fetchTargets = (chainId: string, parkId: string, o: Opts = {}) =>
  graphqlRequest(TARGETS_QUERY, { chainId, parkId, limit: 10 }, o).then((d) => d.targets);

export const fetchFiveLists = (id: string, chainId: string | null, o: Opts = {}) =>
  graphqlRequest(FIVE_LISTS_QUERY, { id, chainId }, o).then((d) => d.park?.fiveLists ?? null);

export const fetchProjectReview = (id: string, chainId: string | null, o: Opts = {}) =>
  graphqlRequest(PROJECT_REVIEW_QUERY, { id, chainId }, o).then((d) => d.park?.projectReview ?? null);

export const fetchCompareParks = (chainId: string, parkIds: string[], asOf: string | null, o: Opts = {}) =>
  graphqlRequest(COMPARE_PARKS_QUERY, { chainId, parkIds, asOf }, o).then((d) => d.compareParks);
