// The region view's one operation: a region's tiles with completeness per templated chain.
import { graphql } from '../../gql';

export const REGION_OVERVIEW_QUERY = graphql(`
  query RegionOverview($id: ID) {
    regionOverview(id: $id) {
      region {
        kind id name nameEn level parks firms
        chains { chainId completeness { percent } }
      }
      path { id name nameEn level }
      chains { id name nameEn }
      children {
        kind id name nameEn level parks firms
        chains { chainId completeness { percent } }
      }
      parks {
        kind id name nameEn level parks firms
        chains { chainId completeness { percent } }
      }
    }
  }
`);
