import { graphql } from '../../gql';
import type { GraphChunk } from '../../graph/explore-model';
import type { NodeType } from '../../gql/graphql';
import { graphqlRequest, type RequestOptions } from '../../shared/api/client';

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

/** A node's neighbourhood; null when the id is unknown. */
export async function fetchNeighborhood(
  id: string,
  depth: number,
  types: string[],
  options: RequestOptions = {},
): Promise<GraphChunk | null> {
  const data = await graphqlRequest(
    EXPLORE_NEIGHBORHOOD_QUERY,
    { id, depth, types: types.length > 0 ? (types as NodeType[]) : null, limit: NEIGHBORHOOD_LIMIT },
    options,
  );
  return data.neighborhood ?? null;
}

export async function fetchPaths(from: string, to: string, maxLength: number, options: RequestOptions = {}): Promise<GraphChunk> {
  const data = await graphqlRequest(EXPLORE_PATHS_QUERY, { from, to, maxLength, limit: PATHS_LIMIT }, options);
  return data.paths;
}
