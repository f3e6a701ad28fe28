// chainMap's and gapReport's reads in one round trip (cypher/api/chain-map.cypher): the chain's
// outline, its flows, and for a park or region the scope and its gap evidence. The separate reads
// of ./analysis.ts (chain, scopes, evidence) answer the same; these two fields fold them because
// they need all of them on every request, as the floor's one statement does (bench/README.md,
// API vs floor).
import type { Executor } from '../db/executor.js';
import type { ChainFlow } from '../domain/chain-map.js';
import { notFound } from '../domain/errors.js';
import type { SegmentInfo } from '../domain/gap.js';
import type { TargetFilters } from '../domain/targets.js';
import {
  sortEvidence,
  targetPlaces,
  type ChainInfo,
  type EvidenceDbRow,
  type GapEvidence,
  type Scope,
  type TargetPlace,
  type TargetPlaceRow,
} from './analysis.js';

interface HeadRow {
  chain: ChainInfo['chain'] | null;
  segments: SegmentInfo[];
  flows: ChainFlow[];
  root: Scope['root'] | null;
  parkIds: string[];
  cityId: string | null;
  provinceId: string | null;
  neighbourProvinceIds: string[];
  graphVersion: string | null;
}

export interface ChainMapData {
  chain: ChainInfo;
  flows: ChainFlow[];
  /** The graph's version when read (GraphState, migration 009; null before its first write). */
  graphVersion: string | null;
  /** With a scope: the scope, its gap evidence and (when asked) the places around it, by id. */
  scoped: { scope: Scope; ev: GapEvidence; places: Record<string, TargetPlace> } | null;
}

interface ReadOptions {
  /** Read the chain's flows (default); false leaves `flows` empty (gapReport, targets). */
  flows?: boolean;
  /** Targets: read the places around the scope too (targetPlaces), with the filter's province. */
  places?: Pick<TargetFilters, 'provinceId'>;
}

/** An unknown chain is reported before an unknown scope, as loadChain and loadScopes do. */
export async function loadChainMapData(
  db: Executor,
  chainId: string,
  wanted: { kind: 'park' | 'region'; id: string },
  opts?: ReadOptions,
): Promise<ChainMapData & { scoped: NonNullable<ChainMapData['scoped']> }>;
export async function loadChainMapData(
  db: Executor,
  chainId: string,
  wanted: { kind: 'park' | 'region'; id: string } | null,
  opts?: ReadOptions,
): Promise<ChainMapData>;
export async function loadChainMapData(
  db: Executor,
  chainId: string,
  wanted: { kind: 'park' | 'region'; id: string } | null,
  opts: ReadOptions = {},
): Promise<ChainMapData> {
  const rows = await db.read<{ kind: 'head'; row: HeadRow } | { kind: 'place'; row: TargetPlaceRow } | EvidenceDbRow>('api/chain-map', {
    chainId,
    scope: wanted,
    withFlows: opts.flows ?? true,
    places: opts.places ? { filterProvinceId: opts.places.provinceId ?? null } : null,
  });
  const row = rows.find((r) => r.kind === 'head')?.row as HeadRow | undefined;
  if (!row?.chain) throw notFound(`Unknown chain "${chainId}".`);
  const chain = { chain: row.chain, segments: row.segments };
  if (!wanted) return { chain, flows: row.flows, graphVersion: row.graphVersion, scoped: null };
  if (!row.root) throw notFound(`Unknown ${wanted.kind} "${wanted.id}".`);
  const scope: Scope = {
    kind: wanted.kind,
    id: wanted.id,
    root: row.root,
    parkIds: row.parkIds,
    cityId: row.cityId,
    provinceId: row.provinceId,
    neighbourProvinceIds: row.neighbourProvinceIds,
  };
  const places = targetPlaces(rows.flatMap((r) => (r.kind === 'place' ? [r.row as TargetPlaceRow] : [])));
  return { chain, flows: row.flows, graphVersion: row.graphVersion, scoped: { scope, ev: sortEvidence(rows), places } };
}
