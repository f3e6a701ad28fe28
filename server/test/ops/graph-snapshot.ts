// Everything a database holds, as sorted text, independent of the backup code: each node's
// labels and each property with the type Neo4j reports for it (valueType) and its exact value
// from a lossless driver; each relationship likewise with both ends; and the schema. Equal
// snapshots mean nothing was lost, added or changed in type.
import neo4j, { Integer } from 'neo4j-driver';
import type { Executor } from '../../src/db/executor.js';

function exact(v: unknown): unknown {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return `float:${Object.is(v, -0) ? '-0' : String(v)}`;
  if (Integer.isInteger(v)) return `int:${(v as Integer).toString()}`;
  if (Array.isArray(v)) return v.map(exact);
  if (v instanceof Uint8Array) return `bytes:${Buffer.from(v).toString('hex')}`;
  if (neo4j.isPoint(v)) return `point:${v.srid.toString()}:${v.x}:${v.y}:${v.z ?? ''}`;
  if (typeof v === 'object') return `${(v as object).constructor.name}:${String(v)}`;
  throw new Error(`unexpected value ${String(v)}`);
}

const describe = (labels: string[], props: Record<string, unknown>, types: string[][]) =>
  JSON.stringify([
    [...labels].sort(),
    Object.keys(props)
      .sort()
      .map((k) => [k, types.find((t) => t[0] === k)?.[1], exact(props[k])]),
  ]);

export interface Snapshot {
  nodes: string[];
  relationships: string[];
  schema: string[];
}

/** `db` must have lossless integers (see connect-tool.ts). */
export async function snapshot(db: Executor): Promise<Snapshot> {
  const nodes = await db.read<{ id: string; labels: string[]; props: Record<string, unknown>; types: string[][] }>({
    name: 'test/snapshot-nodes',
    // Not the graph's version mark (migration 009): every write sets it, and backups leave it out.
    text: `MATCH (n) WHERE NOT n:GraphState
           RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props, [k IN keys(n) | [k, valueType(n[k])]] AS types`,
  });
  const byId = new Map(nodes.map((n) => [n.id, describe(n.labels, n.props, n.types)]));
  const rels = await db.read<{ a: string; b: string; type: string; props: Record<string, unknown>; types: string[][] }>({
    name: 'test/snapshot-relationships',
    text: `MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props,
           [k IN keys(r) | [k, valueType(r[k])]] AS types`,
  });
  const constraints = await db.read<{ statement: string }>('backup/constraints');
  const indexes = await db.read<{ statement: string }>('backup/indexes');
  return {
    nodes: [...byId.values()].sort(),
    relationships: rels.map((r) => `${byId.get(r.a)} -[${r.type} ${describe([], r.props, r.types)}]-> ${byId.get(r.b)}`).sort(),
    schema: [...constraints, ...indexes].map((s) => s.statement).sort(),
  };
}
