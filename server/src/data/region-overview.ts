// The region overview's reads: where a region sits in the tree, then the completeness of every
// templated chain in the region, in each region under it and in each park placed directly in it.
// Completeness goes through the rule chainMap and gapReport apply for a scope (loadScopes, then
// ../domain/gap.ts on the scope's rows), read as facts without names or dates, so a tile's
// percent is the percent the chain map shows with `region=` (or `park=`) for the same chain.
import type { Executor } from '../db/executor.js';
import { notFound } from '../domain/errors.js';
import type { Completeness } from '../domain/gap.js';
import { loadChains, loadScopes, readGapFactsOfChains, scopeCompleteness, type Scope } from './analysis.js';

export interface RegionPlace {
  id: string;
  name: string;
  nameEn?: string | null;
  level: string;
}

export interface ChainFigure {
  chainId: string;
  completeness: Completeness;
}

/** One tile: a region (its parks at every depth) or a park (with its sub-parks). */
export interface PlaceFigures {
  kind: 'region' | 'park';
  id: string;
  name: string;
  nameEn: string | null;
  level: string | null;
  /** Parks counted: every park in the scope, sub-parks included. */
  parks: number;
  /** Firms located in any of those parks, each once. */
  firms: number;
  chains: ChainFigure[];
}

export interface RegionOverview {
  region: PlaceFigures | null;
  path: RegionPlace[];
  chainIds: string[];
  children: PlaceFigures[];
  parks: PlaceFigures[];
}

interface TreeRow {
  found: boolean;
  region: RegionPlace | null;
  path: RegionPlace[];
  children: RegionPlace[];
  parks: Array<{ id: string; name: string; nameEn?: string | null }>;
}

const scopeKey = (s: { kind: string; id: string }) => `${s.kind}:${s.id}`;

export async function regionOverview(db: Executor, regionId: string | null): Promise<RegionOverview> {
  const [[tree], chainRows] = await Promise.all([
    db.read<TreeRow>('api/region-overview', { regionId }),
    db.read<{ node: { id: string } }>('api/chains', { includeEmpty: false }),
  ]);
  if (!tree?.found) throw notFound(`Unknown region "${regionId}".`);
  const wanted = [
    ...(tree.region ? [{ kind: 'region' as const, id: tree.region.id }] : []),
    ...tree.children.map((c) => ({ kind: 'region' as const, id: c.id })),
    ...tree.parks.map((p) => ({ kind: 'park' as const, id: p.id })),
  ];
  const scopes = wanted.length ? await loadScopes(db, wanted) : [];
  const chainIds = chainRows.map((r) => r.node.id);
  const [firmRows, perChain] = await Promise.all([
    scopes.length
      ? db.read<{ key: string; firms: number }>('api/scope-firm-counts', {
          groups: scopes.map((s) => ({ key: scopeKey(s), parkIds: s.parkIds })),
        })
      : Promise.resolve([]),
    // Every chain's outline, and one read of the rule's facts for all chains and scopes: a firm is
    // read once, not once per chain (40 reads of a province's firms: 6.1 s warm on the 1M graph).
    Promise.all([
      loadChains(db, chainIds),
      readGapFactsOfChains(
        db,
        chainIds,
        scopes.flatMap((s) => s.parkIds),
      ),
    ]).then(([chains, ev]) => chains.map((chain) => scopeCompleteness(chain, scopes, ev.get(chain.chain.id)!))),
  ]);
  const firms = new Map(firmRows.map((r) => [r.key, r.firms]));
  const figuresOf = (scope: Scope, i: number, place: { level?: string | null }): PlaceFigures => ({
    kind: scope.kind,
    id: scope.id,
    name: scope.root.name,
    nameEn: scope.root.nameEn ?? null,
    level: place.level ?? null,
    parks: scope.parkIds.length,
    firms: firms.get(scopeKey(scope)) ?? 0,
    chains: chainIds.map((chainId, c) => ({ chainId, completeness: perChain[c]![i]! })),
  });
  const places = scopes.map((s, i) =>
    figuresOf(s, i, s.kind === 'park' ? {} : (tree.children.find((c) => c.id === s.id) ?? tree.region ?? {})),
  );
  const offset = tree.region ? 1 : 0;
  return {
    region: tree.region ? places[0]! : null,
    path: tree.path,
    chainIds,
    children: places.slice(offset, offset + tree.children.length),
    parks: places.slice(offset + tree.children.length),
  };
}
