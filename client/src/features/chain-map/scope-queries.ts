// The places a chain map can be scoped to: the parks growing the chain and the regions
// (province → city → district) those parks sit in. Both need a signed-in viewer.
import { graphql } from '../../gql';
import type { ScopeOptionsQuery } from '../../gql/graphql';

export const SCOPE_OPTIONS_QUERY = graphql(`
  query ScopeOptions($chainId: ID) {
    parks(chainId: $chainId) { id name nameEn region { id } }
    regions { id name nameEn level parent { id } }
  }
`);

export type ScopePark = ScopeOptionsQuery['parks'][number];
export type ScopeRegion = ScopeOptionsQuery['regions'][number];

export interface RegionOption extends ScopeRegion {
  /** Nesting under the listed regions: 0 for a province, 1 for its cities… */
  depth: number;
}

/**
 * The regions holding at least one of the parks (and every region above them), as a tree in
 * pre-order, Chinese name order among siblings: a region without the chain's parks would only
 * give an empty map.
 */
export function regionsForParks(parks: readonly ScopePark[], regions: readonly ScopeRegion[]): RegionOption[] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const keep = new Set<string>();
  for (const p of parks) {
    const seen = new Set<string>();
    for (let r = p.region ? byId.get(p.region.id) : undefined; r && !seen.has(r.id); r = r.parent ? byId.get(r.parent.id) : undefined) {
      seen.add(r.id);
      keep.add(r.id);
    }
  }
  const children = new Map<string | null, ScopeRegion[]>();
  for (const r of regions) {
    if (!keep.has(r.id)) continue;
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
