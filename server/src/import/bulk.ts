// The pipeline's bulk path, for loading a large, fresh set of records into a folder that holds
// none of them yet (the synthetic national graph, generate/load.ts). It skips what a commit does
// for the user's sake — planning against the graph, ImportBatch, hashes, audit records, undo —
// and keeps only the batched write transactions, shaped for speed (measured in bench/README.md):
//   - nodes: one statement per label with the label static (import/bulk/nodes-<label>), each
//     returning the new nodes' elementIds, which the loader keeps (id → elementId);
//   - relationships: both ends found by elementId (import/bulk/relationships): a seek by id
//     instead of a uniqueness-index lookup that also locks the index entry; ends the loader did
//     not create (seeded nodes) are looked up once by id;
//   - the non-unique indexes of the bulk labels (the name full-text index above all, kept
//     consistent at every commit) are dropped for the load and rebuilt from their migration
//     statements afterwards, in one population pass (withDeferredIndexes). Uniqueness
//     constraints stay: every write is still checked.
import type { Executor } from '../db/executor.js';
import { awaitIndexes, readMigrations } from '../db/migrate.js';

export const bulkLabels = ['Region', 'Figure', 'Chain', 'Segment', 'Park', 'Enterprise', 'Project'] as const;
export type BulkLabel = (typeof bulkLabels)[number];

type Props = Record<string, unknown> & { id: string };
export interface BulkNode {
  label: string;
  props: Props;
}
export interface BulkRelationship {
  from: string;
  to: string;
  type: string;
  props?: Record<string, unknown>;
}

const isBulkLabel = (l: string): l is BulkLabel => (bulkLabels as readonly string[]).includes(l);

export class BulkLoader {
  /** id → elementId of every node this loader created or looked up. */
  private readonly eids = new Map<string, string>();

  constructor(
    private readonly ex: Executor,
    private readonly opts: { relationshipTypes: readonly string[]; timeoutMs?: number },
  ) {}

  /** Creates the nodes in one write transaction (a statement per label); returns how many. */
  async nodes(rows: BulkNode[]): Promise<number> {
    const byLabel = new Map<BulkLabel, Props[]>();
    for (const r of rows) {
      if (!isBulkLabel(r.label)) throw new Error(`bulk import: label ${r.label} is not one of ${bulkLabels.join(', ')}`);
      let list = byLabel.get(r.label);
      if (!list) byLabel.set(r.label, (list = []));
      list.push(r.props);
    }
    const created = await this.ex.transaction(
      'write',
      async (tx) => {
        const out: Array<{ id: string; eid: string }> = [];
        for (const [label, props] of byLabel) {
          const got = await tx.run<{ id: string; eid: string }>(`import/bulk/nodes-${label.toLowerCase()}`, { rows: props });
          if (got.length !== props.length) throw new Error(`bulk import: created ${got.length} of ${props.length} ${label} nodes`);
          out.push(...got);
        }
        return out;
      },
      { name: 'import/bulk/nodes', timeoutMs: this.opts.timeoutMs ?? 300_000 },
    );
    for (const { id, eid } of created) this.eids.set(id, eid);
    return created.length;
  }

  /** Creates the relationships in one write transaction; every end must exist. */
  async relationships(rows: BulkRelationship[]): Promise<number> {
    const unknown = new Set<string>();
    for (const r of rows) {
      if (!this.opts.relationshipTypes.includes(r.type)) throw new Error(`bulk import: relationship type ${r.type} is not managed here`);
      if (r.props && Object.keys(r.props).length) throw new Error('bulk import: relationships carry no properties');
      if (!this.eids.has(r.from)) unknown.add(r.from);
      if (!this.eids.has(r.to)) unknown.add(r.to);
    }
    if (unknown.size) {
      const found = await this.ex.read<{ id: string; eid: string }>('import/bulk/element-ids', { ids: [...unknown] });
      for (const { id, eid } of found) this.eids.set(id, eid);
    }
    const missing = [...unknown].filter((id) => !this.eids.has(id));
    if (missing.length) throw new Error(`bulk import: no node ${missing.slice(0, 5).join(', ')} (an end of a relationship)`);
    const [row] = await this.ex.write<{ created: number }>(
      'import/bulk/relationships',
      { rows: rows.map((r) => ({ a: this.eids.get(r.from), b: this.eids.get(r.to), type: r.type })) },
      { timeoutMs: this.opts.timeoutMs ?? 300_000 },
    );
    if (row?.created !== rows.length) throw new Error(`bulk import: created ${row?.created} of ${rows.length} relationships`);
    return rows.length;
  }
}

export interface DeferredIndex {
  name: string;
  /** The migration statement that creates it (idempotent: IF NOT EXISTS). */
  create: string;
}

const stripComments = (s: string) =>
  s
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .trim();

/** The non-unique indexes (range, full-text, …) the migrations create on any of the bulk labels. */
export function deferrableIndexes(dir?: string): DeferredIndex[] {
  const out: DeferredIndex[] = [];
  for (const m of readMigrations(dir))
    for (const raw of m.statements) {
      const s = stripComments(raw);
      const name = /^CREATE\s+(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+)?INDEX\s+(\w+)/i.exec(s)?.[1];
      const labels = /\bFOR\s*\(\s*\w+\s*:\s*([\w|]+)\s*\)/i.exec(s)?.[1]?.split('|') ?? [];
      if (name && labels.some(isBulkLabel)) out.push({ name, create: s });
    }
  return out;
}

/**
 * Runs `load` with the bulk labels' non-unique indexes dropped, then creates them again (from
 * their migration statements, also when `load` fails) and waits until they are online.
 */
export async function withDeferredIndexes<T>(
  ex: Executor,
  load: () => Promise<T>,
  log: (line: string) => void = () => {},
  indexes: DeferredIndex[] = deferrableIndexes(),
): Promise<T> {
  for (const i of indexes) await ex.autoCommit({ name: `bulk:drop-${i.name}`, text: `DROP INDEX ${i.name} IF EXISTS` });
  try {
    return await load();
  } finally {
    const t = performance.now();
    for (const i of indexes) await ex.autoCommit({ name: `bulk:create-${i.name}`, text: i.create }, {}, { timeoutMs: 600_000 });
    await awaitIndexes(ex, { seconds: 3600, name: 'bulk:await-indexes' });
    log(`rebuilt ${indexes.length} indexes (${indexes.map((i) => i.name).join(', ')}) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}
