// The chain map on screen as an offline snapshot (widget/snapshot.ts): what the embeddable widget
// draws without the API. The chain and statuses come from what the view already holds; the
// chain's sources, which the view does not load, are read once when exporting.
import { graphqlRequest } from '../../shared/api/client';
import type { Chain } from '../../shared/api/types';
import { graphql } from '../../gql';
import { toSnapshot, type ChainMapSnapshot, type SnapshotFirm } from '../../widget/snapshot';
import type { ParkChainMap } from '../chain-map/use-chain-map';

export const CHAIN_SOURCES_QUERY = graphql(`
  query ChainSources($id: ID!) {
    chain(id: $id) {
      id
      sources { id title titleEn publisher publisherEn date }
    }
  }
`);

export interface SnapshotScope {
  parkId: string | null;
  regionId: string | null;
  asOf: string | null;
}

export function buildSnapshot(
  chain: Chain,
  map: ParkChainMap | undefined,
  scope: SnapshotScope,
  sources: ChainMapSnapshot['sources'],
  readOn = new Date(),
): ChainMapSnapshot {
  const firms: Record<string, SnapshotFirm[]> = {};
  for (const [segmentId, list] of map?.enterprises ?? [])
    firms[segmentId] = list.map((e) => ({ id: e.id, name: e.label, nameEn: e.labelEn }));
  return toSnapshot({
    chain: {
      id: chain.id,
      name: chain.name,
      nameEn: chain.nameEn ?? null,
      segments: chain.segments,
      flows: chain.flows.map(({ fromId, toId, from, to }) => ({ fromId, toId, from, to })),
    },
    scope: scope.parkId ? { park: scope.parkId } : scope.regionId ? { region: scope.regionId } : null,
    // The public name the map showed, so an offline widget names the park as the live one does.
    place: map?.scope ? { name: map.scope.name, nameEn: map.scope.nameEn ?? null } : null,
    asOf: scope.asOf,
    readOn: readOn.toISOString().slice(0, 10),
    statuses: Object.fromEntries(map?.statuses ?? []),
    firms,
    sources: sources.map((s) => ({ ...s, publisherEn: s.publisherEn ?? null })),
    truncated: map?.truncated ?? false,
  });
}

/** The snapshot as a JSON file, with the chain's sources read from the API. */
export async function snapshotBlob(chain: Chain, map: ParkChainMap | undefined, scope: SnapshotScope): Promise<Blob> {
  const data = await graphqlRequest(CHAIN_SOURCES_QUERY, { id: chain.id });
  const snapshot = buildSnapshot(chain, map, scope, data.chain?.sources ?? []);
  return new Blob([JSON.stringify(snapshot, null, 2)], { type: 'application/json' });
}
