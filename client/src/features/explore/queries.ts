import { graphql } from '../../gql';
import type { PathSearch } from '../../graph/explore-model';
import type { ExploreNeighborhoodQueryVariables, ExplorePathsQueryVariables, NodeType } from '../../gql/graphql';

export const EXPLORE_NEIGHBORHOOD_QUERY = graphql(`
  query ExploreNeighborhood($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
      nodes { id type label labelEn stage }
      edges { id source target type crossChain inferred }
      truncated
    }
  }
`);

export const EXPLORE_PATHS_QUERY = graphql(`
  query ExplorePaths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {
      nodes { id type label labelEn stage }
      edges { id source target type crossChain inferred }
      truncated
    }
  }
`);

/** Most nodes one expansion brings: enough for a park's firms, few enough to stay readable. */
export const NEIGHBORHOOD_LIMIT = 150;
/** Most paths listed per search. */
export const PATHS_LIMIT = 20;

/** The variables of one expansion: every node type when none is chosen. */
export function neighborhoodVariables(id: string, depth: number, types: string[]): ExploreNeighborhoodQueryVariables {
  return { id, depth, types: types.length > 0 ? (types as NodeType[]) : null, limit: NEIGHBORHOOD_LIMIT };
}

export function pathsVariables({ from, to, maxLength }: PathSearch): ExplorePathsQueryVariables {
  return { from, to, maxLength, limit: PATHS_LIMIT };
}
