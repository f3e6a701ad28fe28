// Writes the synthetic graph (synthetic.ts) as CSV files for Neo4j's bulk importer
// (`neo4j-admin database import full`, run by offline.ts): a node file per label and a
// relationship file per type, in the importer's header format. Nodes are matched by number, not
// by their string ids (NodeNumbers below); the id is an ordinary `id` column.
//
// Property types follow what the online path stores (load.ts sends JS numbers through the driver,
// which writes them as FLOAT): every number column is `:double`, `synthetic` is `:boolean` and
// `roles` a `:string[]`. A property a row lacks is an empty, unquoted field, which the importer
// leaves unset (a Project has only the date keys of its status), exactly like a missing map key.
//
// The real chain templates are seeded nodes that do not exist yet when the store is built, but
// synthetic parks, firms and projects point at them (GROWS, IN_CHAIN, IN_SEGMENT, FOR_SEGMENT).
// Instead of linking them by Cypher after seeding (12 of 40 chains are real: ~0.75 M of 4.2 M
// relationships at 1M), the import creates each template chain and segment as a placeholder —
// the label, :Entity, its id, `seeded: true` and a seedHash no record has — so those
// relationships are imported with the rest. The seed load that follows (offline.ts) finds them seeded but changed and replaces all
// their properties and rebuilds their outgoing links, which leaves the same graph as the online
// path (the offline test compares both). The templates come from the seed files (readSeeds), in
// the order generate/templates.cypher reads them from a seeded database.
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { SeedSet } from '../seed/read-seeds.js';
import { buildGraph } from '../seed/to-graph.js';
import { synthesize, type ChainTemplate, type SyntheticOptions } from './synthetic.js';

type ColumnType = 'string' | 'double' | 'boolean' | 'string[]';
type Columns = Record<string, ColumnType>;

/** Every property synthesize() writes, per label, with its import type. */
const nodeColumns: Record<string, Columns> = {
  Region: { id: 'string', name: 'string', nameEn: 'string', level: 'string', synthetic: 'boolean' },
  Figure: {
    id: 'string',
    metric: 'string',
    metricEn: 'string',
    value: 'double',
    unit: 'string',
    qualifier: 'string',
    period: 'string',
    ownerLevel: 'string',
    synthetic: 'boolean',
  },
  Chain: { id: 'string', name: 'string', nameEn: 'string', templateVersion: 'double', synthetic: 'boolean' },
  Segment: { id: 'string', name: 'string', nameEn: 'string', stage: 'string', order: 'double', synthetic: 'boolean' },
  Park: {
    id: 'string',
    name: 'string',
    nameEn: 'string',
    kind: 'string',
    level: 'string',
    areaKm2: 'double',
    established: 'string',
    synthetic: 'boolean',
  },
  Enterprise: { id: 'string', name: 'string', nameEn: 'string', founded: 'string', roles: 'string[]', synthetic: 'boolean' },
  Project: {
    id: 'string',
    name: 'string',
    investorName: 'string',
    investmentCny: 'double',
    status: 'string',
    statusAsOf: 'string',
    signedOn: 'string',
    startedOn: 'string',
    trialProductionOn: 'string',
    inProductionOn: 'string',
    fullCapacityOn: 'string',
    lostOn: 'string',
    synthetic: 'boolean',
  },
};

/** The importer's array delimiter (passed as --array-delimiter); no role name contains it. */
export const arrayDelimiter = ';';
/** The seedHash of a template placeholder: no seed record hashes to it, so the seed load rewrites it. */
export const placeholderHash = 'offline-import-placeholder';

const quote = (s: string) => `"${s.includes('"') ? s.replaceAll('"', '""') : s}"`;

/** One CSV field; `label` and `key` only name the culprit when a value does not fit. */
function field(v: unknown, type: ColumnType, label: string, key: string, id: unknown): string {
  if (v === undefined) return '';
  if (type === 'string' && typeof v === 'string') return quote(v);
  if (type === 'double' && typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (type === 'boolean' && typeof v === 'boolean') return String(v);
  if (type === 'string[]' && Array.isArray(v) && v.every((x) => typeof x === 'string' && !x.includes(arrayDelimiter)))
    return quote(v.join(arrayDelimiter));
  throw new Error(`offline import: ${label} ${String(id)} .${key} is ${JSON.stringify(v)}, not a ${type}`);
}

/** The seeded chain templates (chains by id, segments by order then id) and their placeholders. */
export function seedTemplates(set: SeedSet): ChainTemplate[] {
  const { nodes } = buildGraph(set);
  const segments = new Map<string, Array<{ id: string; order: number }>>();
  for (const n of nodes) {
    if (n.label !== 'Segment') continue;
    const order = typeof n.props.order === 'number' ? n.props.order : Infinity; // Cypher sorts null last
    for (const l of n.links) if (l.type === 'OF_CHAIN') (segments.get(l.to) ?? segments.set(l.to, []).get(l.to)!).push({ id: n.id, order });
  }
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return nodes
    .filter((n) => n.label === 'Chain' && segments.has(n.id))
    .map((c) => ({
      id: c.id,
      segments: segments
        .get(c.id)!
        .sort((a, b) => a.order - b.order || byCodePoint(a.id, b.id))
        .map((s) => s.id),
    }))
    .sort((a, b) => byCodePoint(a.id, b.id));
}

/**
 * The importer's node numbers. Matching ends by string ids cost the importer more than half its
 * time at 1M (its string id map is built, sorted and probed for 4.2 M relationships), so each node
 * gets a number from 0 in the `:ID` column, used as its record id in the new store
 * (`--id-type=actual`: no id map at all), and keeps its string `id` as an ordinary property. The
 * importer alone at 1M: 25.7 s with string ids, 14.9 s with numbers it maps (`integer`), and its
 * relationship stage 3.5-4.2 → 1.0-1.3 s with `actual`. A relationship may come before the node
 * it points at (a park's figure); its end gets the number first and the node row takes it.
 */
class NodeNumbers {
  private readonly numbers = new Map<string, number>();
  /** Ends numbered before any node row had them. */
  private readonly pending = new Set<string>();

  node(id: string): number {
    const n = this.numbers.get(id);
    if (n === undefined) return this.assign(id);
    if (!this.pending.delete(id)) throw new Error(`offline import: two node rows have the id ${id}`);
    return n;
  }

  end(id: string): number {
    const n = this.numbers.get(id);
    if (n !== undefined) return n;
    this.pending.add(id);
    return this.assign(id);
  }

  /** Every end is a node some row holds (the importer would fail less clearly). */
  check(): void {
    const [missing] = this.pending;
    if (missing !== undefined) throw new Error(`offline import: a relationship points at ${missing}, which no node row holds`);
  }

  private assign(id: string): number {
    const n = this.numbers.size;
    this.numbers.set(id, n);
    return n;
  }
}

/** One CSV file per label or type, appended to chunk by chunk. */
class CsvFiles {
  private readonly fds = new Map<string, number>();
  readonly files: Array<{ kind: 'nodes' | 'relationships'; key: string; file: string }> = [];
  constructor(private readonly dir: string) {}

  append(kind: 'nodes' | 'relationships', key: string, header: string, lines: string[]): void {
    let fd = this.fds.get(`${kind}:${key}`);
    if (fd === undefined) {
      const file = path.join(this.dir, `${kind}-${key.replace(':', '-')}.csv`);
      fd = openSync(file, 'w');
      this.fds.set(`${kind}:${key}`, fd);
      this.files.push({ kind, key, file });
      writeSync(fd, header + '\n');
    }
    if (lines.length) writeSync(fd, lines.join('\n') + '\n');
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}

export interface CsvResult {
  /** The importer's arguments for these files: `--id-type=actual`, `--nodes=…`, `--relationships=…`. */
  importArgs: string[];
  /** Synthetic nodes and relationships written (the placeholders not counted). */
  nodes: number;
  relationships: number;
  placeholders: number;
}

/**
 * Writes the graph synthesize() makes from `o` (with the seeded templates) into `dir`, plus the
 * template placeholders; `onNodes` gets the running node count.
 */
export function writeSyntheticCsv(dir: string, o: SyntheticOptions, onNodes?: (nodes: number) => void): CsvResult {
  const files = new CsvFiles(dir);
  let nodes = 0;
  let relationships = 0;
  const columns = new Map(Object.entries(nodeColumns).map(([label, cols]) => [label, Object.entries(cols)]));
  const headers = new Map(
    Object.entries(nodeColumns).map(([label, cols]) => [
      label,
      Object.entries(cols)
        .map(([k, t]) => (t === 'string' ? k : `${k}:${t}`))
        .join(','),
    ]),
  );
  const numbers = new NodeNumbers();
  try {
    const placeholders: string[] = [];
    for (const t of o.templates) {
      placeholders.push(`${numbers.node(t.id)},${quote(t.id)},Chain`);
      for (const s of t.segments) placeholders.push(`${numbers.node(s)},${quote(s)},Segment`);
    }
    files.append(
      'nodes',
      'placeholders',
      `:ID,id,:LABEL,seeded:boolean,seedHash`,
      placeholders.map((p) => `${p},true,${quote(placeholderHash)}`),
    );

    for (const c of synthesize(o)) {
      if (c.kind === 'nodes') {
        const byLabel = new Map<string, string[]>();
        for (const { label, props } of c.rows) {
          const cols = columns.get(label);
          if (!cols) throw new Error(`offline import: no CSV columns for label ${label}`);
          for (const k in props)
            if (!(k in nodeColumns[label]!)) throw new Error(`offline import: ${label} property ${k} has no CSV column`);
          if (typeof props.id !== 'string') throw new Error(`offline import: a ${label} row has no string id`);
          let line = String(numbers.node(props.id));
          for (const [k, t] of cols) line += ',' + field(props[k], t, label, k, props.id);
          (byLabel.get(label) ?? byLabel.set(label, []).get(label)!).push(line);
        }
        for (const [label, lines] of byLabel) files.append('nodes', label, `:ID,${headers.get(label)!}`, lines);
        nodes += c.rows.length;
        onNodes?.(nodes);
      } else {
        const byType = new Map<string, string[]>();
        for (const r of c.rows) {
          if (Object.keys(r.props).length) throw new Error(`offline import: ${r.type} relationships carry no properties`);
          (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push(`${numbers.end(r.from)},${numbers.end(r.to)}`);
        }
        for (const [type, lines] of byType) files.append('relationships', type, ':START_ID,:END_ID', lines);
        relationships += c.rows.length;
      }
    }
    numbers.check();
  } finally {
    files.close();
  }
  const importArgs = [
    '--id-type=actual',
    ...files.files.map((f) =>
      f.kind === 'relationships'
        ? `--relationships=${f.key}=${f.file}`
        : f.key === 'placeholders'
          ? `--nodes=Entity=${f.file}`
          : `--nodes=${f.key}:Entity=${f.file}`,
    ),
  ];
  const placeholders = o.templates.reduce((n, t) => n + 1 + t.segments.length, 0);
  return { importArgs, nodes, relationships, placeholders };
}
