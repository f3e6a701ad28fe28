// The gap panel of a selected segment: why it is a gap (with the documents that say so), the
// nearest supply, and the best candidates. Candidates and evidence come from `targets`
// (today's data); the nearest supply from the gap report at the map's date.
import { graphql } from '../../gql';

export const SEGMENT_GAP_QUERY = graphql(`
  query SegmentGap($chainId: ID!, $parkId: ID, $regionId: ID, $segmentId: ID!, $limit: Int) {
    targets(chainId: $chainId, parkId: $parkId, regionId: $regionId, segmentId: $segmentId, limit: $limit) {
      total
      gaps {
        segment { id }
        status reasonKey inferredOnly since
        enterprises { id name nameEn }
        projects { id name nameEn status }
        sources { id title titleEn publisher date dateApprox }
      }
      items { ...TargetFields }
    }
  }
`);

export const NEAREST_SUPPLY_QUERY = graphql(`
  query NearestSupply($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String) {
    gapReport(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf) {
      segments {
        segment { id }
        status
        nearestSupply { enterprise { id name nameEn } nearness park { id name nameEn } inferred }
      }
    }
  }
`);
