// Writes a validated SeedSet to Neo4j in ONE write transaction (all or nothing):
//
// - a node whose seedHash is unchanged is left alone;
// - a changed node gets all its properties replaced (properties gone from the record go too)
//   and its outgoing relationships rebuilt;
// - every seeded node carries its seed label and :Entity (ids are unique across all of them);
// - a new record is created; a seeded node (`seeded: true`) whose record is gone is deleted
//   with its relationships. Nodes without `seeded` are never touched: if one has the id of a
//   seed record under the same label the load stops with SeedConflictError.
//
// Numbers: a whole number in the seeds is stored as INTEGER (order, counts, investmentCny
// 12000000000 …), any other as FLOAT; the driver returns both as JS numbers.
import type { Executor, Tx } from '../db/executor.js';
import { int } from '../db/executor.js';
import { readSeeds, type SeedSet } from './read-seeds.js';
import { buildGraph, seedLabels, type GraphNode, type PropValue, type Props, type SeedLabel } from './to-graph.js';

export interface LabelCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export type LoadCounts = Record<SeedLabel, LabelCounts>;

export interface LoadResult {
  counts: LoadCounts;
  /** Relationships created (outgoing links of created and updated nodes). */
  relationshipsCreated: number;
  /** Links moved from segments of an old template version onto the segments their ids map to. */
  segmentLinksMoved: number;
  ms: number;
}

export interface LoadOptions {
  /** Runs inside the transaction after all writes, before commit; throwing rolls everything back. */
  afterWrite?: (tx: Tx) => Promise<void>;
  /** Transaction timeout (default 5 minutes). */
  timeoutMs?: number;
}

/** Seeded segments of an older template whose ids no migration maps: their links would be orphaned. */
export class SeedMigrationError extends Error {
  constructor(readonly segments: string[]) {
    super(
      `The database has seeded segments that the seed files neither keep nor map in a template ` +
        `migration (seeds/chains/migrations.yaml); refusing to orphan their links:\n${segments.map((s) => `  ${s}`).join('\n')}`,
    );
    this.name = 'SeedMigrationError';
  }
}

export class SeedConflictError extends Error {
  constructor(readonly conflicts: string[]) {
    super(
      `The database has nodes with the ids of seed records that the seed loader did not create ` +
        `(no \`seeded: true\`); refusing to overwrite them:\n${conflicts.map((c) => `  ${c}`).join('\n')}`,
    );
    this.name = 'SeedConflictError';
  }
}

const BATCH = 500;

/** Whole numbers become neo4j integers so Neo4j stores INTEGER rather than FLOAT. */
function toNeo4jValue(v: PropValue): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? int(v) : v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'number')) {
    const nums = v as number[];
    // A list property must have one type: integers only if all are whole.
    return nums.every((x) => Number.isSafeInteger(x)) ? nums.map((x) => int(x)) : nums;
  }
  return v;
}

function toNeo4jProps(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toNeo4jValue(v);
  return out;
}

function nodeProps(n: GraphNode): Record<string, unknown> {
  return { ...toNeo4jProps(n.props), id: n.id, seeded: true, seedHash: n.hash };
}

function chunks<T>(list: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function emptyCounts(): LoadCounts {
  return Object.fromEntries(seedLabels.map((l) => [l, { created: 0, updated: 0, unchanged: 0, deleted: 0 }])) as LoadCounts;
}

interface ExistingRow {
  elementId: string;
  labels: string[];
  id: string;
  seeded: boolean;
  seedHash: string | null;
}

/**
 * The indexes the load's first statement (seed/existing-nodes) needs online to avoid reading
 * every node; a caller that did not wait for the migrations' indexes waits for these.
 */
export const seedLoadIndexes = ['entity_seeded'] as const;

/** Loads the seed set. Throws (and writes nothing) on conflict or any database error. */
export async function loadSeeds(executor: Executor, set: SeedSet, opts: LoadOptions = {}): Promise<LoadResult> {
  const started = performance.now();
  const { nodes, collisions } = buildGraph(set);
  if (collisions.length) {
    // readSeeds reports these; a hand-made SeedSet might not have been through it.
    throw new Error(`derived ids collide: ${collisions.map((c) => c.what).join('; ')}`);
  }

  const result = await executor.transaction(
    'write',
    async (tx) => {
      // The driver may retry this function after a transient error: start from scratch.
      const counts = emptyCounts();
      const key = (label: string, id: string) => `${label}\u0000${id}`;

      const existingRows = await tx.run<ExistingRow>('seed/existing-nodes', {
        labels: [...seedLabels],
        ids: [...new Set(nodes.map((n) => n.id))],
      });
      const existing = new Map<string, ExistingRow>();
      for (const row of existingRows) for (const l of row.labels) existing.set(key(l, row.id), row);

      const wanted = new Map(nodes.map((n) => [key(n.label, n.id), n]));
      const conflicts: string[] = [];
      const toCreate: GraphNode[] = [];
      const toUpdate: Array<{ node: GraphNode; elementId: string }> = [];
      const elementIds = new Map<string, string>();
      for (const n of nodes) {
        const k = key(n.label, n.id);
        const row = existing.get(k);
        if (!row) {
          toCreate.push(n);
          counts[n.label].created++;
        } else if (!row.seeded) {
          conflicts.push(`(:${n.label} {id: ${JSON.stringify(n.id)}})`);
        } else {
          elementIds.set(k, row.elementId);
          if (row.seedHash === n.hash) counts[n.label].unchanged++;
          else {
            toUpdate.push({ node: n, elementId: row.elementId });
            counts[n.label].updated++;
          }
        }
      }
      if (conflicts.length) throw new SeedConflictError(conflicts);

      const toDelete: string[] = [];
      const deleteSeen = new Set<string>();
      const moves: Array<{ fromId: string; from: string; toId: string }> = [];
      const unmapped: string[] = [];
      for (const row of existingRows) {
        if (!row.seeded || deleteSeen.has(row.elementId)) continue;
        const keep = row.labels.some((l) => wanted.has(key(l, row.id)));
        if (keep) continue;
        if (row.labels.includes('Segment')) {
          const to = set.segmentMoves?.get(row.id);
          if (to) moves.push({ fromId: row.id, from: row.elementId, toId: to });
          else unmapped.push(row.id);
        }
        deleteSeen.add(row.elementId);
        toDelete.push(row.elementId);
        for (const l of row.labels) counts[l as SeedLabel].deleted++;
      }
      if (unmapped.length) throw new SeedMigrationError(unmapped.sort());

      for (const batch of chunks(toUpdate.map((u) => u.elementId))) await tx.run('seed/delete-outgoing', { elementIds: batch });
      for (const batch of chunks(toUpdate)) {
        await tx.run('seed/update-nodes', { rows: batch.map((u) => ({ elementId: u.elementId, props: nodeProps(u.node) })) });
      }
      for (const batch of chunks(toCreate)) {
        const created = await tx.run<{ label: string; id: string; elementId: string }>('seed/create-nodes', {
          rows: batch.map((n) => ({ label: n.label, props: nodeProps(n) })),
        });
        for (const c of created) elementIds.set(key(c.label, c.id), c.elementId);
      }

      // Template migrations: links into a dropped segment move to its successor, then it goes.
      let segmentLinksMoved = 0;
      if (moves.length) {
        const rows = moves.map((m) => {
          const to = elementIds.get(key('Segment', m.toId));
          if (!to) throw new Error(`seed loader: migration target segment ${m.toId} (for ${m.fromId}) is not in the seeds`);
          return { from: m.from, to };
        });
        const [row] = await tx.run<{ moved: number }>('seed/move-segment-links', { moves: rows });
        segmentLinksMoved = row?.moved ?? 0;
      }
      for (const batch of chunks(toDelete)) await tx.run('seed/delete-nodes', { elementIds: batch });

      const relRows: Array<{ from: string; to: string; type: string; props: Record<string, unknown> }> = [];
      for (const n of [...toCreate, ...toUpdate.map((u) => u.node)]) {
        const from = elementIds.get(key(n.label, n.id));
        if (!from) throw new Error(`seed loader: no element id for (:${n.label} {id: ${n.id}})`);
        for (const l of n.links) {
          const to = elementIds.get(key(l.toLabel, l.to));
          if (!to) throw new Error(`seed loader: ${n.label} ${n.id} -[:${l.type}]-> missing (:${l.toLabel} {id: ${l.to}})`);
          relRows.push({ from, to, type: l.type, props: toNeo4jProps(l.props) });
        }
      }
      let relationshipsCreated = 0;
      for (const batch of chunks(relRows, 1000)) {
        const [row] = await tx.run<{ created: number }>('seed/create-relationships', { rows: batch });
        relationshipsCreated += row?.created ?? 0;
      }
      if (relationshipsCreated !== relRows.length) {
        throw new Error(`seed loader: created ${relationshipsCreated} of ${relRows.length} relationships`);
      }

      if (opts.afterWrite) await opts.afterWrite(tx);
      return { counts, relationshipsCreated, segmentLinksMoved };
    },
    { name: 'seed/load', timeoutMs: opts.timeoutMs ?? 300_000 },
  );
  const changed = Object.values(result.counts).some((c) => c.created + c.updated + c.deleted > 0);
  if (changed) await replan(executor);
  return { ...result, ms: performance.now() - started };
}

/**
 * Fresh statistics for the planner after the load (cypher/system/prepare-for-replanning). A user
 * not allowed to run it (an external Neo4j's restricted account) only waits for the background
 * sampler, so its refusal is not an error of the load.
 */
async function replan(executor: Executor): Promise<void> {
  try {
    await executor.write('system/prepare-for-replanning', { seconds: int(60) });
  } catch (e) {
    if (!String((e as { code?: string }).code ?? '').startsWith('Neo.ClientError.Security.')) throw e;
  }
}

/** Validates a seeds folder, then loads it. A validation error throws before anything is written. */
export async function seedDatabase(executor: Executor, seedsDir: string, opts: LoadOptions = {}): Promise<LoadResult> {
  return loadSeeds(executor, readSeeds(seedsDir), opts);
}

/** A fixed-width table of the counts, for the CLI. */
export function formatCounts(counts: LoadCounts): string {
  const head = ['label', 'created', 'updated', 'unchanged', 'deleted'];
  const rows = seedLabels.map((l) => [l, ...(['created', 'updated', 'unchanged', 'deleted'] as const).map((k) => String(counts[l][k]))]);
  const total = [
    'total',
    ...(['created', 'updated', 'unchanged', 'deleted'] as const).map((k) => String(seedLabels.reduce((s, l) => s + counts[l][k], 0))),
  ];
  const all = [head, ...rows, total];
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [fmt(head), rule, ...rows.map(fmt), rule, fmt(total)].join('\n');
}
