// The places a chain map can be scoped to: the parks growing the chain, a page at a time with a
// name filter (a chain of a national graph grows in hundreds of parks), and the regions
// (province → city → district) those parks sit in, read up from each park. Both need a
// signed-in viewer.
import { graphql } from '../../gql';
import type { RegionLevel, ScopeOptionsQuery } from '../../gql/graphql';

export const SCOPE_OPTIONS_QUERY = graphql(`
  query ScopeOptions($chainId: ID, $regionId: ID, $query: String, $first: Int!, $after: String) {
    parksConnection(chainId: $chainId, regionId: $regionId, query: $query, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id name nameEn
          region {
            id name nameEn level
            parent { id name nameEn level parent { id name nameEn level parent { id name nameEn level } } }
          }
        }
      }
    }
  }
`);

/** Parks the picker lists at once; more are found by typing. */
export const SCOPE_PAGE_SIZE = 100;

export type ScopePark = ScopeOptionsQuery['parksConnection']['edges'][number]['node'];

/** A region as the picker lists it: its parent by id. */
export interface ScopeRegion {
  id: string;
  name: string;
  nameEn: string | null;
  level: RegionLevel;
  parent: { id: string } | null;
}

export interface RegionOption extends ScopeRegion {
  /** Nesting under the listed regions: 0 for a province, 1 for its cities… */
  depth: number;
}

interface RegionChain {
  id: string;
  name: string;
  nameEn: string | null;
  level: RegionLevel;
  parent?: RegionChain | null;
}

/** Every region the parks lie in and each one above it (as far as the query reads up). */
function regionsOf(parks: readonly ScopePark[]): ScopeRegion[] {
  const byId = new Map<string, ScopeRegion>();
  for (const p of parks) {
    for (let r: RegionChain | null | undefined = p.region; r && !byId.has(r.id); r = r.parent) {
      byId.set(r.id, { id: r.id, name: r.name, nameEn: r.nameEn, level: r.level, parent: r.parent ? { id: r.parent.id } : null });
    }
  }
  return [...byId.values()];
}

/**
 * The regions holding at least one of the parks (and every region above them), as a tree in
 * pre-order, Chinese name order among siblings: a region without the chain's parks would only
 * give an empty map.
 */
export function regionsForParks(parks: readonly ScopePark[]): RegionOption[] {
  const regions = regionsOf(parks);
  const keep = new Set(regions.map((r) => r.id));
  const children = new Map<string | null, ScopeRegion[]>();
  for (const r of regions) {
    const parent = r.parent && keep.has(r.parent.id) ? r.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: RegionOption[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const r of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'zh'))) {
      out.push({ ...r, depth });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
