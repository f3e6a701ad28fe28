// The parks a park select offers (editor forms, analyst parameters, the import audit): a page of
// parksConnection, sub-parks after their park (the server's order), found by typing beyond it.
import { graphql } from '../../gql';
import type { ParkOptionsQuery } from '../../gql/graphql';

export const PARK_OPTIONS_QUERY = graphql(`
  query ParkOptions($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {
    parksConnection(query: $query, first: $first, after: $after, chainId: $chainId, regionId: $regionId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name nameEn parent { id } } }
    }
  }
`);

export type ParkOption = ParkOptionsQuery['parksConnection']['edges'][number]['node'];

/** How many parks a select lists before it asks for a name. */
export const PARK_OPTIONS_PAGE = 100;

/** Each park with its depth below the parks of the same list (the server lists a sub-park after its parent). */
export function withDepth<T extends { id: string; parent: { id: string } | null }>(parks: readonly T[]): { park: T; depth: number }[] {
  const depth = new Map<string, number>();
  return parks.map((park) => {
    const d = park.parent && depth.has(park.parent.id) ? depth.get(park.parent.id)! + 1 : 0;
    depth.set(park.id, d);
    return { park, depth: d };
  });
}

/** The name of a chosen park that the listed page does not hold. */
export const PARK_NAME_QUERY = graphql(`
  query ParkName($id: ID!) {
    park(id: $id) { id name nameEn }
  }
`);
