// The targets index: what the ranking of targets (招商目录) needs to know of every firm mapped to a
// segment before it knows the scope, held in this process, so a request evaluates only the firms
// that can rank instead of every firm of the gap segments (issue 15: ~10,000 at 1M, most of
// which cannot reach the first page).
//
// Per firm and segment it keeps the firm's own points (best role, with 'anchor' only in the
// chains it anchors; sales; capacity; the mapping's inferred penalty), and per firm its city and
// province, its roles and whether it counts as listed: enough to apply the catalogue's filters
// on province, role and listing too (not minScore). A request then needs, of the scope, only
// what the database says anyway:
// - a lower bound of the k-th best score: firms of the scope's province score at least their own
//   points + the segment's relevance + same province (same city for its city's);
// - the firms whose best case reaches it: those of the scope's city (they may gain presence), those
//   in several cities or provinces, and elsewhere those whose own points plus the most the rest
//   can add (same province, presence through a parent or subsidiary) reach it. Supply partners and
//   industry candidates are always read by the statement.
// A scope without a city (a province) measures "near" in its province: there, the province's firms
// may gain presence.
// target-candidates.cypher then ranks those exactly, as it ranks every candidate without the index,
// and the server adds the index's count of the segments' firms to the statement's counts for the
// total.
//
// The index describes the graph as of one version (GraphState, migration 009: every write through
// the executor sets a new one; the chain map reads it). Any write makes it stale; a stale or
// missing index is never used: the request ranks every candidate, as before, and a rebuild starts
// in the background (one at a time, resting as long as the last took; a rebuild that saw the graph
// change while reading is dropped).
// Writes made outside the app (cypher-shell, a restore with neo4j-admin) do not mark the graph:
// restart the server after them.
import type { Driver } from 'neo4j-driver';
import type { Executor } from '../db/executor.js';
import { bestRole, points, salesPoints } from '../domain/targets.js';

const NONE = -1;
const SEVERAL = -2;

/** One firm of target-keys.cypher. */
export interface TargetKeyRow {
  id: string;
  roles: string[];
  /** Counts as listed for the catalogue's filter: the role, or a stock code. */
  listed: boolean;
  anchorOf: string[];
  sales: number | null;
  capacity: boolean;
  kin: boolean;
  regions: Array<{ id: string; level: string | null }>;
  /** [segment id, chain id, inferred mapping (not an exact fit)] */
  segments: Array<[string, string, boolean]>;
}

interface SegmentKeys {
  firm: Int32Array;
  /** Own points: fixed by the firm whatever the scope. */
  own: Float64Array;
  /** Own points plus presence through kin, when the firm has a parent or subsidiary. */
  ub: Float64Array;
  /** 1 when the firm anchors this segment's chain (its role 'anchor' there). */
  anchor: Uint8Array;
}

/** The catalogue's filters the index can apply (TargetFilters but minScore). */
export interface NarrowFilters {
  provinceId?: string | null;
  role?: string | null;
  listedOnly?: boolean | null;
}

export interface NarrowQuery {
  segmentIds: string[];
  /** Points of relevance per segment id (segmentRelevance). */
  relevance: Record<string, number>;
  /** The scope's city; none for a province: "near" is then the province. */
  cityId: string | null;
  provinceId: string;
  neighbourProvinceIds: string[];
  filters?: NarrowFilters;
  /** How many firms may be listed (offset + limit). */
  k: number;
  /** At least as many as the scope's own firms among the candidates (they are never listed). */
  ownFirms: number;
}

export interface Narrowed {
  /** The firms that can rank in the first k: the statement ranks these (with supply partners and industry candidates). */
  ids: string[];
  /** Distinct firms mapped to the segments that pass the filters, the scope's own included: total = this + industry-only candidates - own candidates (with the filters). */
  segmentFirms: number;
}

// Rounding: scores are sums of parts rounded to 0.1; a margin keeps a firm whose bound equals the
// floor up to rounding.
const MARGIN = 0.2;
// Narrowed to more than this share of the candidates, the index saves nothing (bench/README.md).
const MOST = 0.5;
// Roles get a bit each in a firm's mask; a filter on a role beyond these is not narrowed.
const ROLE_BITS = 31;

/** Where a firm in several cities or provinces lies (codes). */
interface Places {
  city: number[];
  province: number[];
}

/** An index as of one database state (`stamp`). */
export class TargetKeys {
  private constructor(
    readonly stamp: string | null,
    readonly firms: number,
    private readonly firmIds: string[],
    private readonly city: Int32Array,
    private readonly province: Int32Array,
    /** Of firms in several cities or provinces (city or province SEVERAL): all of them. */
    private readonly several: Map<number, Places>,
    private readonly codes: Map<string, number>,
    /** Each place code's level: 'city' or 'province'. */
    private readonly levels: Map<number, string>,
    private readonly roles: Int32Array,
    private readonly roleBits: Map<string, number>,
    private readonly listed: Uint8Array,
    private readonly segments: Map<string, SegmentKeys>,
  ) {}

  /** Builds an index from target-keys.cypher's rows, one at a time (a national graph streams a million). */
  static builder(): { add(row: TargetKeyRow): void; finish(stamp: string | null): TargetKeys } {
    const firmIds: string[] = [];
    const city: number[] = [];
    const province: number[] = [];
    const several = new Map<number, Places>();
    const codes = new Map<string, number>();
    const levels = new Map<number, string>();
    const roles: number[] = [];
    const roleBits = new Map<string, number>();
    const listed: number[] = [];
    const code = (id: string, level: string) => {
      let c = codes.get(id);
      if (c === undefined) codes.set(id, (c = codes.size));
      // A region named at two levels is neither: a filter on it is not narrowed.
      levels.set(c, levels.get(c) === undefined || levels.get(c) === level ? level : '');
      return c;
    };
    const bit = (role: string) => {
      if (!roleBits.has(role)) roleBits.set(role, roleBits.size < ROLE_BITS ? 1 << roleBits.size : 0);
      return roleBits.get(role)!;
    };
    const bySegment = new Map<string, { firm: number[]; own: number[]; ub: number[]; anchor: number[] }>();
    return {
      add(r) {
        const f = firmIds.length;
        firmIds.push(r.id);
        const at = (level: string) => [...new Set(r.regions.filter((x) => x.level === level).map((x) => code(x.id, level)))];
        const cities = at('city');
        const provinces = at('province');
        const place = (cs: number[]) => (cs.length === 0 ? NONE : cs.length > 1 ? SEVERAL : cs[0]!);
        city.push(place(cities));
        province.push(place(provinces));
        if (cities.length > 1 || provinces.length > 1) several.set(f, { city: cities, province: provinces });
        roles.push(r.roles.reduce((m, x) => m | bit(x), 0));
        listed.push(r.listed ? 1 : 0);
        const fixed = salesPoints(r.sales ?? 0) + (r.capacity ? points.capacity : 0);
        for (const [segmentId, chainId, inferred] of r.segments) {
          const anchors = r.anchorOf.includes(chainId);
          const role = bestRole(anchors ? [...r.roles, 'anchor'] : r.roles)?.[1] ?? 0;
          const own = fixed + role + (inferred ? points.inferredPenalty : 0);
          let s = bySegment.get(segmentId);
          if (!s) bySegment.set(segmentId, (s = { firm: [], own: [], ub: [], anchor: [] }));
          s.firm.push(f);
          s.own.push(own);
          s.ub.push(own + (r.kin ? points.presence : 0));
          s.anchor.push(anchors ? 1 : 0);
        }
      },
      finish(stamp) {
        const segments = new Map<string, SegmentKeys>();
        for (const [id, s] of bySegment)
          segments.set(id, {
            firm: Int32Array.from(s.firm),
            own: Float64Array.from(s.own),
            ub: Float64Array.from(s.ub),
            anchor: Uint8Array.from(s.anchor),
          });
        return new TargetKeys(
          stamp,
          firmIds.length,
          firmIds,
          Int32Array.from(city),
          Int32Array.from(province),
          several,
          codes,
          levels,
          Int32Array.from(roles),
          roleBits,
          Uint8Array.from(listed),
          segments,
        );
      },
    };
  }

  /**
   * The firms of these segments that pass the filters and can rank in the first k around this
   * scope, or null when the index cannot tell who passes the filters or would leave most firms of
   * the segments in (without it, the statement reads each of them once).
   */
  narrow(q: NarrowQuery): Narrowed | null {
    const passes = this.filter(q.filters ?? {});
    if (!passes) return null;
    const cityCode = (q.cityId == null ? undefined : this.codes.get(q.cityId)) ?? NONE - 10;
    const provinceCode = this.codes.get(q.provinceId) ?? NONE - 10;
    const neighbours = new Set(q.neighbourProvinceIds.map((id) => this.codes.get(id)).filter((c) => c !== undefined));
    // Per firm: its certain score at least (best segment's relevance and own points, and where it
    // lies), and its best case (plus presence through kin, and through its parks if in the city).
    const low = new Map<number, number>();
    const high = new Map<number, number>();
    const every = new Set<number>();
    for (const id of q.segmentIds) {
      const s = this.segments.get(id);
      if (!s) continue;
      const relevance = q.relevance[id] ?? 0;
      for (let i = 0; i < s.firm.length; i++) {
        const f = s.firm[i]!;
        every.add(f);
        if (!passes(f, s.anchor[i] === 1)) continue;
        const lb = relevance + s.own[i]!;
        const ub = relevance + s.ub[i]!;
        if (lb > (low.get(f) ?? -Infinity)) low.set(f, lb);
        if (ub > (high.get(f) ?? -Infinity)) high.set(f, ub);
      }
    }
    const need = q.k + q.ownFirms;
    const place = (f: number): { lb: number; ub: number } => {
      const c = this.city[f]!;
      const p = this.province[f]!;
      if (c === SEVERAL || p === SEVERAL) return { lb: 0, ub: Infinity }; // always read
      if (c === cityCode) return { lb: points.sameCity, ub: points.sameCity + points.presence };
      // Without a city, "near" is the province: its firms may gain presence through their parks.
      if (p === provinceCode) return { lb: points.sameProvince, ub: points.sameProvince + (q.cityId == null ? points.presence : 0) };
      if (neighbours.has(p)) return { lb: points.neighbourProvince, ub: points.neighbourProvince };
      return { lb: 0, ub: 0 };
    };
    const lows: number[] = [];
    for (const [f, lb] of low) lows.push(lb + place(f).lb);
    lows.sort((a, b) => b - a);
    // Fewer firms pass than may be listed (a narrow filter): each of them can rank.
    const floor = lows.length < need ? -Infinity : lows[need - 1]! - MARGIN;
    const ids: string[] = [];
    for (const [f, ub] of high) if (ub + place(f).ub >= floor) ids.push(this.firmIds[f]!);
    // Reading most firms by id costs more than reading every firm of the segments.
    if (ids.length > every.size * MOST) return null;
    return { ids, segmentFirms: low.size };
  }

  /**
   * Whether a firm passes the filters (given whether it anchors the chain asked about), as
   * target-candidates.cypher's phase 1 decides; null when the index cannot tell: a province filter
   * on a region it knows at no level, or one at two, or a role without a bit.
   */
  private filter(f: NarrowFilters): ((firm: number, anchors: boolean) => boolean) | null {
    const role = f.role ?? null;
    const bit = role === null ? 0 : (this.roleBits.get(role) ?? -1);
    if (bit === 0 && role !== null) return null;
    let at: ((firm: number) => boolean) | null = null;
    if (f.provinceId != null) {
      const code = this.codes.get(f.provinceId);
      const level = code === undefined ? undefined : this.levels.get(code);
      if (code === undefined || (level !== 'city' && level !== 'province')) return null;
      const one = level === 'city' ? this.city : this.province;
      at = (firm) => one[firm] === code || (one[firm] === SEVERAL && this.several.get(firm)![level].includes(code));
    }
    const listedOnly = !!f.listedOnly;
    return (firm, anchors) =>
      (role === null || (bit > 0 && (this.roles[firm]! & bit) !== 0) || (role === 'anchor' && anchors)) &&
      (!listedOnly || this.listed[firm] === 1) &&
      (at === null || at(firm));
  }
}

/** The index of one database (one per driver), rebuilt in the background when the graph has changed. */
export class TargetIndex {
  private keys: TargetKeys | null = null;
  private building: Promise<void> | null = null;
  /** A stale index starts no rebuild before this time (ms, `now()`). */
  private restUntil = -Infinity;

  constructor(
    /** Reads for the rebuild: not counted in any request. */
    private readonly db: Executor,
    private readonly log: (line: string) => void = () => {},
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether a rebuild is running. */
  get rebuilding(): boolean {
    return this.building !== null;
  }

  /** The graph's version (GraphState), or null before its first write through the executor (a graph loaded offline). */
  async stamp(db: Executor = this.db): Promise<string | null> {
    const [row] = await db.read<{ version: string | null }>('graph-state/version');
    return row?.version ?? null;
  }

  /**
   * The index if it describes the graph at `stamp`; else null, and a rebuild starts in the
   * background, unless the last one ended less than its own duration ago: rebuilding at most half
   * the time keeps a stream of edits from keeping the database busy (~30 s a build at 1M).
   */
  current(stamp: string | null): TargetKeys | null {
    if (this.keys && this.keys.stamp === stamp) return this.keys;
    if (this.now() >= this.restUntil) void this.refresh();
    return null;
  }

  /** Rebuilds unless a rebuild is running; resolves when it is done (errors are logged, not thrown). */
  refresh(): Promise<void> {
    this.building ??= (async () => {
      const started = this.now();
      try {
        await this.build();
      } catch (e) {
        this.log(`targets index: rebuild failed (${(e as Error).message})`);
      } finally {
        const ended = this.now();
        this.restUntil = ended + (ended - started);
        this.building = null;
      }
    })();
    return this.building;
  }

  private async build(): Promise<void> {
    const before = await this.stamp(this.db);
    if (this.keys && this.keys.stamp === before) return;
    const started = performance.now();
    let build = TargetKeys.builder();
    await this.db.transaction(
      'read',
      async (tx) => {
        build = TargetKeys.builder(); // a retried transaction starts afresh
        await tx.each<TargetKeyRow>('analysis/target-keys', {}, (r) => build.add(r));
      },
      { name: 'analysis/target-keys', timeoutMs: 900_000 },
    );
    // A write committed while reading may be half in the rows: keep the index only if none was.
    if ((await this.stamp(this.db)) !== before) return;
    this.keys = build.finish(before);
    this.log(`targets index: ${this.keys.firms} firms in ${Math.round(performance.now() - started)} ms`);
  }
}

const indexes = new WeakMap<Driver, TargetIndex>();

/** The targets index of `db`'s database (shared by every executor on the same driver). */
export function targetIndexFor(db: Executor, log?: (line: string) => void): TargetIndex {
  let index = indexes.get(db.driver);
  if (!index) indexes.set(db.driver, (index = new TargetIndex(db.isolated(), log)));
  return index;
}
