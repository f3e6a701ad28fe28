// Operations of the park page (and the park chooser, also used by compare). Their result types
// are generated (src/gql/); types.ts names the parts the views pass around.
import { graphql } from '../../gql';

/** The park page's chooser: every park, a page at a time (shared/api/use-park-pages.ts). */
export const PARK_CHOICES_QUERY = graphql(`
  query ParkChoices($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {
    parksConnection(query: $query, first: $first, after: $after, chainId: $chainId, regionId: $regionId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name nameEn kind region { id name nameEn } } }
    }
  }
`);

export const PARK_QUERY = graphql(`
  query Park($id: ID!) {
    park(id: $id) {
      id name nameEn kind level region { id name nameEn }
      parent { id name nameEn } subParks { id name nameEn }
      leadChain { id }
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
        score percent counted present pipeline missing
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
    enterprise { id name nameEn stockCode industries { id name nameEn } region { id name nameEn } }
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
      # The review tab shows the chain's leading firms too: one read of the five lists
      # (without their investment leads), so the tab needs no other tab's query.
      leading: fiveLists(chainId: $chainId) { leadingFirms { id name nameEn roles park { id name nameEn } } }
    }
  }
`);
