import type { ApiError } from '../../shared/api/errors';
import { useApiQuery } from '../../shared/api/query';
import type { ChainMapQueryVariables } from '../../gql/graphql';
import type { MapScope } from './ScopeName';
import { fetchChainMap, isGapStatus, type GapStatus, type GraphElements } from './queries';

/** A local enterprise drawn by chainMap in a segment (IN_SEGMENT edge). */
export interface LocalEnterprise {
  id: string;
  label: string;
  labelEn: string | null;
  /** How it counts for the segment: PRESENT, PIPELINE … (chainMap's `status`). */
  counts: string | null;
  inferred: boolean;
}

/** A local project drawn by chainMap for a segment (FOR_SEGMENT edge). */
export interface LocalProject {
  id: string;
  label: string;
  labelEn: string | null;
  /** How it counts for the segment: PRESENT, PIPELINE or LOST. */
  counts: string | null;
  /** Its lifecycle status at asOf, lower-case as the gap report gives it (topped_out); null if unknown. */
  statusAt: string | null;
  inferred: boolean;
}

export interface ParkChainMap {
  statuses: Map<string, GapStatus>;
  /** Segments whose status rests only on inferred segment mappings (weighs half). */
  inferredOnly: Set<string>;
  /** Per segment id, its local enterprises. */
  enterprises: Map<string, LocalEnterprise[]>;
  /** Per segment id, its local projects. */
  projects: Map<string, LocalProject[]>;
  truncated: boolean;
  /** Earliest dated evidence in the scope (the year slider's start); null when nothing is dated. */
  earliest: string | null;
  /** The scope's completeness as the server computes it (the one rule, server/src/domain/gap.ts). */
  completeness: { percent: number; present: number; pipeline: number; missing: number } | null;
  /** The park or region the statuses are for, by name (public). */
  scope: MapScope | null;
}

export type ChainMapState =
  | { status: 'idle' }
  /** `stale`: the previous date's map of the same chain and scope, kept on screen while the
   *  slider moves, so the replay does not flash the bare chain between years. */
  | { status: 'loading'; stale?: ParkChainMap }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; map: ParkChainMap };

/** GraphNode.data is a JSON scalar: an object for the nodes chainMap draws, but typed unknown. */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Reads chainMap's nodes and edges into lookups the chain view draws from. */
export function toParkChainMap(elements: GraphElements): ParkChainMap {
  const statuses = new Map<string, GapStatus>();
  const inferredOnly = new Set<string>();
  const localNodes = new Map<string, (typeof elements.nodes)[number]>();
  for (const node of elements.nodes) {
    if (node.type === 'Segment' && isGapStatus(node.status)) {
      statuses.set(node.id, node.status);
      if (isRecord(node.data) && node.data['inferredOnly'] === true) inferredOnly.add(node.id);
    }
    if (node.type === 'Enterprise' || node.type === 'Project') localNodes.set(node.id, node);
  }
  const enterprises = new Map<string, LocalEnterprise[]>();
  const projects = new Map<string, LocalProject[]>();
  for (const edge of elements.edges) {
    if (edge.type === 'FOR_SEGMENT') {
      const p = localNodes.get(edge.source);
      if (!p) continue;
      const statusAt = isRecord(p.data) && typeof p.data['statusAt'] === 'string' ? p.data['statusAt'] : null;
      const list = projects.get(edge.target) ?? [];
      list.push({ id: p.id, label: p.label, labelEn: p.labelEn, counts: p.status, statusAt, inferred: edge.inferred === true });
      projects.set(edge.target, list);
      continue;
    }
    if (edge.type !== 'IN_SEGMENT') continue;
    const e = localNodes.get(edge.source);
    if (!e) continue;
    const list = enterprises.get(edge.target) ?? [];
    list.push({ id: e.id, label: e.label, labelEn: e.labelEn, counts: e.status, inferred: edge.inferred === true });
    enterprises.set(edge.target, list);
  }
  return {
    statuses,
    inferredOnly,
    enterprises,
    projects,
    truncated: elements.truncated,
    earliest: elements.dateRange?.earliest ?? null,
    completeness: elements.completeness ?? null,
    scope: elements.scope ?? null,
  };
}

/**
 * A park's (or region's) statuses on one chain, as of a date. Idle without a
 * park or region: the bare chain needs no request (the chain list has it).
 */
export function useChainMap(chainId: string, parkId?: string | null, regionId?: string | null, asOf?: string | null): ChainMapState {
  const scoped = !!(parkId || regionId);
  const variables = { chainId, parkId: parkId || null, regionId: parkId ? null : regionId || null, asOf: asOf || null };
  const state = useApiQuery(
    scoped ? ['ChainMap', variables] : null,
    (signal) => fetchChainMap(variables, { signal }).then(toParkChainMap),
    // While the year slider moves, the previous date's map of the same chain and scope stays up.
    { keepPrevious: (key) => sameScope(key[1], variables) },
  );
  if (!scoped) return { status: 'idle' };
  if (state.status === 'loading') return { status: 'loading', stale: state.stale ?? undefined };
  if (state.status === 'error') return { status: 'error', error: state.error };
  return state.data ? { status: 'ready', map: state.data } : { status: 'idle' };
}

function sameScope(previous: unknown, next: ChainMapQueryVariables): boolean {
  if (!isRecord(previous)) return false;
  return previous['chainId'] === next.chainId && previous['parkId'] === next.parkId && previous['regionId'] === next.regionId;
}
