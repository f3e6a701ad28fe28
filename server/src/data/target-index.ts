// The targets index: what the ranking of targets (招商目录) needs to know of every firm mapped to a
// segment before it knows the scope, held in this process, so a request evaluates only the firms
// that can rank instead of every firm of the gap segments (issue 15: ~10,000 at 1M, most of
// which cannot reach the first page).
//
// Per firm and segment it keeps the firm's own points (best role, with 'anchor' only in the
// chains it anchors; sales; capacity; the mapping's inferred penalty), and per firm its city and
// province. A request then needs, of the scope, only what the database says anyway:
// - a lower bound of the k-th best score: firms of the scope's province score at least their own
//   points + the segment's relevance + same province (same city for its city's);
// - the firms whose best case reaches it: those of the scope's city (they may gain presence), those
//   in several cities or provinces, and elsewhere those whose own points plus the most the rest
//   can add (same province, presence through a parent or subsidiary) reach it. Supply partners and
//   industry candidates are always read by the statement.
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
}

export interface NarrowQuery {
  segmentIds: string[];
  /** Points of relevance per segment id (segmentRelevance). */
  relevance: Record<string, number>;
  cityId: string;
  provinceId: string;
  neighbourProvinceIds: string[];
  /** How many firms may be listed (offset + limit). */
  k: number;
  /** At least as many as the scope's own firms among the candidates (they are never listed). */
  ownFirms: number;
}

export interface Narrowed {
  /** The firms that can rank in the first k: the statement ranks these (with supply partners and industry candidates). */
  ids: string[];
  /** Distinct firms mapped to the segments, the scope's own included: total = this + industry-only candidates - own candidates. */
  segmentFirms: number;
}

// Rounding: scores are sums of parts rounded to 0.1; a margin keeps a firm whose bound equals the
// floor up to rounding.
const MARGIN = 0.2;
// Narrowed to more than this share of the candidates, the index saves nothing (bench/README.md).
const MOST = 0.5;

/** An index as of one database state (`stamp`). */
export class TargetKeys {
  private constructor(
    readonly stamp: string | null,
    readonly firms: number,
    private readonly firmIds: string[],
    private readonly city: Int32Array,
    private readonly province: Int32Array,
    private readonly codes: Map<string, number>,
    private readonly segments: Map<string, SegmentKeys>,
  ) {}

  /** Builds an index from target-keys.cypher's rows, one at a time (a national graph streams a million). */
  static builder(): { add(row: TargetKeyRow): void; finish(stamp: string | null): TargetKeys } {
    const firmIds: string[] = [];
    const city: number[] = [];
    const province: number[] = [];
    const codes = new Map<string, number>();
    const code = (id: string) => codes.get(id) ?? (codes.set(id, codes.size), codes.size - 1);
    const place = (ids: string[]) => (ids.length === 0 ? NONE : ids.length > 1 ? SEVERAL : code(ids[0]!));
    const bySegment = new Map<string, { firm: number[]; own: number[]; ub: number[] }>();
    return {
      add(r) {
        const f = firmIds.length;
        firmIds.push(r.id);
        const at = (level: string) => [...new Set(r.regions.filter((x) => x.level === level).map((x) => x.id))];
        city.push(place(at('city')));
        province.push(place(at('province')));
        const fixed = salesPoints(r.sales ?? 0) + (r.capacity ? points.capacity : 0);
        for (const [segmentId, chainId, inferred] of r.segments) {
          const role = bestRole(r.anchorOf.includes(chainId) ? [...r.roles, 'anchor'] : r.roles)?.[1] ?? 0;
          const own = fixed + role + (inferred ? points.inferredPenalty : 0);
          let s = bySegment.get(segmentId);
          if (!s) bySegment.set(segmentId, (s = { firm: [], own: [], ub: [] }));
          s.firm.push(f);
          s.own.push(own);
          s.ub.push(own + (r.kin ? points.presence : 0));
        }
      },
      finish(stamp) {
        const segments = new Map<string, SegmentKeys>();
        for (const [id, s] of bySegment)
          segments.set(id, { firm: Int32Array.from(s.firm), own: Float64Array.from(s.own), ub: Float64Array.from(s.ub) });
        return new TargetKeys(stamp, firmIds.length, firmIds, Int32Array.from(city), Int32Array.from(province), codes, segments);
      },
    };
  }

  /**
   * The firms of these segments that can rank in the first k around this scope, or null when the
   * index cannot bound it well enough to save work: fewer candidates than k plus the scope's own,
   * or a bound that leaves most of them in.
   */
  narrow(q: NarrowQuery): Narrowed | null {
    const cityCode = this.codes.get(q.cityId) ?? NONE - 10;
    const provinceCode = this.codes.get(q.provinceId) ?? NONE - 10;
    const neighbours = new Set(q.neighbourProvinceIds.map((id) => this.codes.get(id)).filter((c) => c !== undefined));
    // Per firm: its certain score at least (best segment's relevance and own points, and where it
    // lies), and its best case (plus presence through kin, and through its parks if in the city).
    const low = new Map<number, number>();
    const high = new Map<number, number>();
    for (const id of q.segmentIds) {
      const s = this.segments.get(id);
      if (!s) continue;
      const relevance = q.relevance[id] ?? 0;
      for (let i = 0; i < s.firm.length; i++) {
        const f = s.firm[i]!;
        const lb = relevance + s.own[i]!;
        const ub = relevance + s.ub[i]!;
        if (lb > (low.get(f) ?? -Infinity)) low.set(f, lb);
        if (ub > (high.get(f) ?? -Infinity)) high.set(f, ub);
      }
    }
    const need = q.k + q.ownFirms;
    if (low.size < need) return null;
    const place = (f: number): { lb: number; ub: number } => {
      const c = this.city[f]!;
      const p = this.province[f]!;
      if (c === SEVERAL || p === SEVERAL) return { lb: 0, ub: Infinity }; // always read
      if (c === cityCode) return { lb: points.sameCity, ub: points.sameCity + points.presence };
      if (p === provinceCode) return { lb: points.sameProvince, ub: points.sameProvince };
      if (neighbours.has(p)) return { lb: points.neighbourProvince, ub: points.neighbourProvince };
      return { lb: 0, ub: 0 };
    };
    const lows: number[] = [];
    for (const [f, lb] of low) lows.push(lb + place(f).lb);
    lows.sort((a, b) => b - a);
    const floor = lows[need - 1]! - MARGIN;
    const ids: string[] = [];
    for (const [f, ub] of high) if (ub + place(f).ub >= floor) ids.push(this.firmIds[f]!);
    // Reading most firms by id costs more than reading every firm of the segments.
    if (ids.length > low.size * MOST) return null;
    return { ids, segmentFirms: low.size };
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
