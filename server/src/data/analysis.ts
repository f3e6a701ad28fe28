// Data access for the analysis fields: scope and chain resolution with clear domain errors, and
// the batched reads behind gap reports and targets (a fixed number of queries per request,
// however many segments or parks are asked for). Typed rows in, rules from ../domain/ applied;
// no GraphQL here (../errors.ts maps the domain errors).
import { int, type Executor } from '../db/executor.js';
import { badInput, notFound } from '../domain/errors.js';
import { isPartialDate } from '../domain/partial-dates.js';
import {
  completeness,
  descendants,
  classifyEnterprises,
  classifyProjects,
  segmentGaps,
  type Completeness,
  type EnterpriseEvidenceRow,
  type EnterpriseFact,
  type ProjectEvidenceRow,
  type SegmentGap,
  type SegmentInfo,
} from '../domain/gap.js';
import type { TargetKeys } from './target-index.js';
import { points, segmentRelevance, type CandidateRow, type TargetFilters } from '../domain/targets.js';
import { evidenceDateRange, type DateRange } from '../domain/date-range.js';
import { NEARBY_PER_SEGMENT } from '../domain/nearby.js';

export interface Scope {
  kind: 'park' | 'region';
  id: string;
  root: { id: string; name: string; nameEn?: string | null };
  parkIds: string[];
  cityId: string | null;
  provinceId: string | null;
  neighbourProvinceIds: string[];
}

export interface ChainInfo {
  chain: { id: string; name: string; nameEn?: string | null };
  segments: SegmentInfo[];
}

/** Exactly one of parkId and regionId. */
export function scopeArg(args: { parkId?: string | number | null; regionId?: string | number | null }): {
  kind: 'park' | 'region';
  id: string;
} {
  const hasPark = args.parkId != null;
  const hasRegion = args.regionId != null;
  if (hasPark === hasRegion) throw badInput('Give exactly one of parkId and regionId.');
  return hasPark ? { kind: 'park', id: String(args.parkId) } : { kind: 'region', id: String(args.regionId) };
}

export function checkAsOf(asOf: string | null | undefined): string | null {
  if (asOf == null) return null;
  if (!isPartialDate(asOf)) throw badInput(`asOf must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${asOf}".`);
  return asOf;
}

export async function loadScopes(db: Executor, wanted: Array<{ kind: 'park' | 'region'; id: string }>): Promise<Scope[]> {
  const rows = await db.read<Scope & { found: boolean }>('analysis/scopes', { scopes: wanted });
  const missing = rows.filter((r) => !r.found);
  if (missing.length) throw notFound(`Unknown ${missing.map((m) => `${m.kind} "${m.id}"`).join(', ')}.`);
  return rows.map(({ found: _found, ...s }) => s);
}

export async function loadChain(db: Executor, chainId: string): Promise<ChainInfo> {
  const [row] = await db.read<{ chain: ChainInfo['chain'] | null; segments: SegmentInfo[] }>('analysis/chain-outline', { chainId });
  if (!row?.chain) throw notFound(`Unknown chain "${chainId}".`);
  return { chain: row.chain, segments: row.segments };
}

/** Several chains' outlines in one read, in the order asked; NOT_FOUND names the unknown ones. */
export async function loadChains(db: Executor, chainIds: string[]): Promise<ChainInfo[]> {
  const rows = await db.read<{ chainId: string; chain: ChainInfo['chain'] | null; segments: SegmentInfo[] }>('analysis/chain-outlines', {
    chainIds,
  });
  const unknown = rows.filter((r) => !r.chain).map((r) => `"${r.chainId}"`);
  if (unknown.length) throw notFound(`Unknown chain ${unknown.join(', ')}.`);
  return rows.map((r) => ({ chain: r.chain!, segments: r.segments }));
}

export interface ScopeGap {
  scope: Scope;
  segments: SegmentGap[];
  completeness: Completeness;
  /** Of all the scope's evidence, whatever the asOf: the span a replay can cover. */
  dateRange: DateRange | null;
}

export interface GapEvidence<E extends EnterpriseFact = EnterpriseEvidenceRow> {
  enterprises: E[];
  projects: ProjectEvidenceRow[];
}

/**
 * A firm's evidence as api/chain-map and analysis/gap-evidence send it: a list in this order
 * rather than a map, so no key name is encoded, sent and decoded for each of a park's firms (the
 * busiest park's chain map at 100k: 195 rows; the driver's map decoding was the server's
 * costliest function, bench/README.md "Session 22").
 */
export type FirmTuple = [
  parkId: string,
  segmentId: string,
  inferred: boolean,
  basis: string | null,
  id: string,
  name: string,
  nameEn: string | null,
  evidenceDate: string | null,
  evidenceFrom: 'founded' | 'source',
];

/** A FirmTuple as the row the gap rules read. */
export function firmEvidence(t: FirmTuple): EnterpriseEvidenceRow {
  const [parkId, segmentId, inferred, basis, id, name, nameEn, evidenceDate, evidenceFrom] = t;
  return { parkId, segmentId, inferred, basis, enterprise: { id, name, nameEn }, evidenceDate, evidenceFrom };
}

export type EvidenceDbRow = { kind: 'enterprise'; row: FirmTuple } | { kind: 'project'; row: ProjectEvidenceRow };

const byIds = (a: [string, string], b: [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

/**
 * Evidence rows as the database streams them (unsorted: sorting them there held them all in its
 * memory), split and ordered by record id, then segment id, so every answer lists them the same
 * way. Rows of other kinds (a statement's head row) are skipped.
 */
export function sortEvidence(rows: ReadonlyArray<{ kind: string; row: unknown }>): GapEvidence {
  const enterprises: EnterpriseEvidenceRow[] = [];
  const projects: ProjectEvidenceRow[] = [];
  for (const r of rows) {
    if (r.kind === 'enterprise') enterprises.push(firmEvidence(r.row as FirmTuple));
    else if (r.kind === 'project') projects.push(r.row as ProjectEvidenceRow);
  }
  enterprises.sort((a, b) => byIds([a.enterprise.id, a.segmentId], [b.enterprise.id, b.segmentId]));
  projects.sort((a, b) => byIds([a.project.id, a.segmentId], [b.project.id, b.segmentId]));
  return { enterprises, projects };
}

/** The dated evidence of one chain in some parks: read once, then judged at any date. */
export async function readGapEvidence(db: Executor, chainId: string, parkIds: string[]): Promise<GapEvidence> {
  return sortEvidence(await db.read<EvidenceDbRow>('analysis/gap-evidence', { chainId, parkIds: [...new Set(parkIds)] }));
}

type FactDbRow =
  | { chainId: string; kind: 'firms'; row: Omit<EnterpriseFact, 'enterprise'> & { firmIds: string[] } }
  | { chainId: string; kind: 'project'; row: ProjectEvidenceRow };

/**
 * What the gap rule needs, without a date, to judge several chains in the same parks, from one
 * read (each firm's links say its chains): per chain id, readGapEvidence's rows with only the
 * firms' ids (no names, no evidence dates), unsorted: completeness does not depend on the rows'
 * order, and sorting a province's 40,000 would be work for nothing. The database sends the firms of a
 * park, segment and kind of mapping as one list of ids: at 1M a province's 40,000 firm rows, each
 * a record of maps, were most of the region overview's time.
 */
export async function readGapFactsOfChains(
  db: Executor,
  chainIds: string[],
  parkIds: string[],
): Promise<Map<string, GapEvidence<EnterpriseFact>>> {
  const rows = await db.read<FactDbRow>('analysis/gap-facts-of-chains', { chainIds, parkIds: [...new Set(parkIds)] });
  const byChain = new Map<string, GapEvidence<EnterpriseFact>>(chainIds.map((id) => [id, { enterprises: [], projects: [] }]));
  for (const r of rows) {
    const ev = byChain.get(r.chainId);
    if (!ev) continue;
    if (r.kind === 'project') ev.projects.push(r.row);
    else {
      const { firmIds, parkId, segmentId, inferred } = r.row;
      for (const id of firmIds) ev.enterprises.push({ parkId, segmentId, inferred, enterprise: { id } });
    }
  }
  return byChain;
}

/**
 * Each scope's rows, in the rows' order: rows are put in their park's bucket once, not filtered
 * once per scope (a province's overview asks ~110 scopes of each of 40 chains).
 */
function rowsOfScopes<T extends { parkId: string }>(rows: T[], scopes: Scope[]): T[][] {
  const byPark = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const list = byPark.get(r.parkId);
    if (list) list.push(i);
    else byPark.set(r.parkId, [i]);
  });
  return scopes.map((scope) => {
    const buckets = [...new Set(scope.parkIds)].flatMap((id) => byPark.get(id) ?? []);
    if (scope.parkIds.length > 1) buckets.sort((a, b) => a - b);
    return buckets.map((i) => rows[i]!);
  });
}

/**
 * Each scope's classified rows. A row is classified once, not once per scope holding it: a row's
 * class does not depend on the scope, since the projects that can make a firm PIPELINE are its
 * own in its own park.
 */
function classifiedOfScopes<E extends EnterpriseFact>(ev: GapEvidence<E>, scopes: Scope[], asOf: string | null) {
  const projects = classifyProjects(ev.projects, asOf);
  const enterprises = classifyEnterprises(ev.enterprises, projects, asOf);
  const projectsOf = rowsOfScopes(projects, scopes);
  return rowsOfScopes(enterprises, scopes).map((es, i) => ({ enterprises: es, projects: projectsOf[i]! }));
}

/** One scope's gap report at a date from evidence already read (the rule in ../domain/gap.ts). */
export function scopeGap(chain: ChainInfo, scope: Scope, ev: GapEvidence, asOf: string | null): ScopeGap {
  return scopeGaps(chain, [scope], ev, asOf)[0]!;
}

/** Several scopes' gap reports from the same evidence. */
export function scopeGaps(chain: ChainInfo, scopes: Scope[], ev: GapEvidence, asOf: string | null): ScopeGap[] {
  return classifiedOfScopes(ev, scopes, asOf).map(({ enterprises, projects }, i) => {
    const segments = segmentGaps(chain.segments, enterprises, projects);
    return { scope: scopes[i]!, segments, completeness: completeness(segments), dateRange: evidenceDateRange(enterprises, projects) };
  });
}

/** Several scopes' completeness today from the firms' facts alone (readGapFactsOfChains). */
export function scopeCompleteness(chain: ChainInfo, scopes: Scope[], ev: GapEvidence<EnterpriseFact>): Completeness[] {
  return classifiedOfScopes(ev, scopes, null).map(({ enterprises, projects }) =>
    completeness(segmentGaps(chain.segments, enterprises, projects)),
  );
}

/** Gap reports for several scopes of one chain from a single evidence query. */
export async function gapReports(db: Executor, chain: ChainInfo, scopes: Scope[], asOf: string | null): Promise<ScopeGap[]> {
  const ev = await readGapEvidence(
    db,
    chain.chain.id,
    scopes.flatMap((s) => s.parkIds),
  );
  return scopeGaps(chain, scopes, ev, asOf);
}

export type CandidateDbRow = CandidateRow & { parkId: string | null; parkName: string | null };

/**
 * Enterprises of the chain outside the scope's parks: those linked to a segment, and those that
 * carry only an industry mapping to several of its segments (two queries, run together).
 */
export async function loadCandidates(db: Executor, chainId: string, scope: Scope): Promise<CandidateDbRow[]> {
  const params = { chainId, parkIds: scope.parkIds, nearRegionId: scope.cityId ?? scope.provinceId ?? scope.id };
  const [segment, industry] = await Promise.all([
    db.read<{ row: CandidateDbRow }>('analysis/candidates', params),
    db.read<{ row: CandidateDbRow }>('analysis/industry-candidates', params),
  ]);
  return [...segment, ...industry].map((r) => r.row);
}

/** What nearest supply (../domain/nearby.ts) reads of a candidate. */
export type NearbyCandidate = Pick<CandidateRow, 'segmentId' | 'inferred' | 'regionIds'> & {
  enterprise: { id: string };
  parkId: string | null;
};

/**
 * The chain's firms outside the scope's parks in its province (else city), for nearest supply:
 * read from the region, so the rows do not grow with the chain's firms elsewhere in the country,
 * and cut in the database to the rows nearby.ts keeps for `gaps` (the first NEARBY_PER_SEGMENT
 * firms of each segment's subtree). nearestSupply over these rows lists what it lists over
 * loadCandidates' rows whose regionIds hold the city or the province
 * (server/src/data/nearby-candidates.test.ts).
 */
export async function loadNearbyCandidates(db: Executor, chainId: string, scope: Scope, gaps: SegmentGap[]): Promise<NearbyCandidate[]> {
  const params = nearbyCandidateParams(chainId, scope, gaps);
  if (!params) return [];
  const rows = await db.read<{ row: NearbyCandidate }>('analysis/nearby-candidates', params);
  return rows.map((r) => r.row);
}

/** The parameters of cypher/analysis/nearby-candidates.cypher; null when there is nothing to read. */
export function nearbyCandidateParams(chainId: string, scope: Scope, gaps: ReadonlyArray<Pick<SegmentGap, 'segment'>>) {
  const regionId = scope.provinceId ?? scope.cityId;
  if (!regionId || gaps.length === 0) return null;
  const subtrees = descendants(gaps.map((g) => g.segment));
  return {
    chainId,
    parkIds: scope.parkIds,
    regionId,
    cityId: scope.cityId,
    provinceId: scope.provinceId,
    gaps: gaps.map((g) => ({ id: g.segment.id, ids: [...subtrees.get(g.segment.id)!] })),
    perSegment: int(NEARBY_PER_SEGMENT),
  };
}

/** Where a place lies for a targets scope: `l` 3 in its city, 2 its province, 1 a bordering province; `n` near it; `f` in the filtered province. */
export interface TargetPlace {
  l: number;
  n: boolean;
  f: boolean;
}

/** One root of the places around a scope (api/chain-map.cypher, kind 'place'): what lies under it. */
export interface TargetPlaceRow {
  root: string;
  regionIds: string[];
  parkIds: string[];
}

const LEVEL: Record<string, number> = { city: 3, province: 2, neighbour: 1 };

/**
 * The places (regions, and parks with their sub-parks) around a targets scope, keyed by id: only
 * places in the scope's city, province, bordering provinces, near it or in the filtered province
 * are listed; any other place counts for nothing. Near means a park, as in scoreCandidate.
 */
export function targetPlaces(rows: ReadonlyArray<TargetPlaceRow>): Record<string, TargetPlace> {
  const places: Record<string, TargetPlace> = {};
  const at = (id: string) => (places[id] ??= { l: 0, n: false, f: false });
  for (const { root, regionIds, parkIds } of rows) {
    if (root === 'near') {
      for (const id of parkIds) at(id).n = true;
      continue;
    }
    for (const id of [...regionIds, ...parkIds]) {
      const place = at(id);
      if (root === 'filter') place.f = true;
      else place.l = Math.max(place.l, LEVEL[root] ?? 0);
    }
  }
  return places;
}

/**
 * The parameters of cypher/analysis/target-candidates.cypher: the one place they are written out
 * (the benchmark floor, the profile script and the plan test run the same statement). `places`
 * comes with the chain map (loadChainMapData with `places`).
 */
export function targetCandidateParams(
  chainId: string,
  scope: Pick<Scope, 'id' | 'parkIds'>,
  gapIds: string[],
  parentOf: Map<string, string | null>,
  filters: TargetFilters,
  k: number,
  places: Record<string, TargetPlace>,
) {
  const relevance = segmentRelevance(gapIds, parentOf);
  return {
    chainId,
    parkIds: scope.parkIds,
    places,
    segmentIds: Object.keys(relevance),
    relevance,
    gapIds,
    points,
    // Neo4j plans a statement again for each type a parameter comes with (a string, or null):
    // the filters are sent with one type each, so every filter combination shares a plan (the
    // province itself is in `places`, as `f`).
    provinceFiltered: filters.provinceId != null,
    role: filters.role ?? '',
    listedOnly: filters.listedOnly ?? false,
    minScore: filters.minScore ?? null,
    k: int(k),
    /** Set by topCandidates when the targets index narrows the firms to rank. */
    ids: null as string[] | null,
  };
}

/**
 * The candidates that can rank in the first `k` for these gap segments (every firm tied with the
 * k-th included), with how many pass the filters: ranked in the database from the segments that
 * can match (cypher/analysis/target-candidates.cypher), so the rows read do not grow with the
 * chain's firms elsewhere. rankTargets and filterTargets on these rows give the same first `k`
 * as on every candidate. `places` (the scope's surroundings) comes with the chain map
 * (loadChainMapData with `places`), read in the same round trip as the gaps.
 *
 * With `index` (a current targets index, target-index.ts, and the scope's firms per segment from
 * its gap evidence), the statement ranks only the firms the index says can reach the first `k`, when it
 * can say so: no filters, and a scope with a city and a province. Same answer (target-index.test.ts).
 */
export async function topCandidates(
  db: Executor,
  chainId: string,
  scope: Scope,
  gapIds: string[],
  parentOf: Map<string, string | null>,
  filters: TargetFilters,
  k: number,
  places: Record<string, TargetPlace>,
  index: { keys: TargetKeys; own: ReadonlyArray<{ enterprise: { id: string }; segmentId: string }> } | null = null,
): Promise<{ total: number; rows: CandidateDbRow[]; narrowed: boolean; narrowedTo: number | null }> {
  if (!gapIds.length) return { total: 0, rows: [], narrowed: false, narrowedTo: null };
  const params = targetCandidateParams(chainId, scope, gapIds, parentOf, filters, k, places);
  // minScore needs every candidate's exact score for the total: not narrowed.
  const narrowed =
    index && scope.provinceId && filters.minScore == null
      ? index.keys.narrow({
          segmentIds: params.segmentIds,
          relevance: params.relevance,
          cityId: scope.cityId,
          provinceId: scope.provinceId,
          neighbourProvinceIds: scope.neighbourProvinceIds,
          filters,
          k,
          // The scope's own firms in these segments (its gap evidence) bound its own candidates.
          ownFirms: new Set(index.own.filter((e) => e.segmentId in params.relevance).map((e) => e.enterprise.id)).size,
        })
      : null;
  const [r] = await db.read<{ total: number; industryFirms: number; ownFirms: number; rows: CandidateDbRow[] }>(
    'analysis/target-candidates',
    { ...params, ids: narrowed?.ids ?? null },
  );
  const narrowedTo = narrowed?.ids.length ?? null;
  if (!r) return { total: 0, rows: [], narrowed: narrowed !== null, narrowedTo };
  const total = narrowed ? narrowed.segmentFirms + r.industryFirms - r.ownFirms : r.total;
  return { total, rows: r.rows, narrowed: narrowed !== null, narrowedTo };
}
