// Turns the driver's values from an arbitrary query into JSON for the API, and collects the
// nodes and relationships among them as graph elements (GraphElements, shared with the
// graph-drawing queries) so the client can draw any analyst result.
//
// JSON shapes: a node is {"~node": elementId, labels, properties}, a relationship
// {"~relationship": elementId, type, start, end, properties} (start/end are node elementIds), a
// path {"~path": [segments as relationships], nodes}. Dates, times, durations and points become
// their ISO/WKT-like strings; integers are already JS numbers (disableLosslessIntegers).
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import type { GraphEdgeRow, GraphElementsRow, GraphNodeRow } from '../schema/graph-elements.js';

/** Properties left out of results: loader bookkeeping, not facts. */
const hiddenProps = new Set(['seedHash', 'seeded']);

function props(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) if (!hiddenProps.has(k)) out[k] = toJson(v);
  return out;
}

function isTemporalOrSpatial(v: object): boolean {
  return (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isDuration(v) ||
    neo4j.isPoint(v)
  );
}

/** A JSON-safe copy of one value from a result row. */
export function toJson(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toJson);
  if (typeof v !== 'object') return String(v);
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (neo4j.isNode(v)) {
    const n = v as Node;
    return { '~node': n.elementId, labels: n.labels, properties: props(n.properties) };
  }
  if (neo4j.isRelationship(v)) {
    const r = v as Relationship;
    return {
      '~relationship': r.elementId,
      type: r.type,
      start: r.startNodeElementId,
      end: r.endNodeElementId,
      properties: props(r.properties),
    };
  }
  if (neo4j.isPath(v)) {
    const p = v as Path;
    return { '~path': p.segments.map((s) => toJson(s.relationship)), nodes: [p.start, ...p.segments.map((s) => s.end)].map(toJson) };
  }
  if (isTemporalOrSpatial(v)) return String(v);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = toJson(x);
  return out;
}

/** Collects every node and relationship inside the values (lists, maps and paths included). */
export class GraphCollector {
  private readonly nodes = new Map<string, Node>();
  private readonly rels = new Map<string, Relationship>();

  add(v: unknown): void {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) this.add(x);
    } else if (neo4j.isNode(v)) {
      this.nodes.set((v as Node).elementId, v as Node);
    } else if (neo4j.isRelationship(v)) {
      this.rels.set((v as Relationship).elementId, v as Relationship);
    } else if (neo4j.isPath(v)) {
      const p = v as Path;
      this.add(p.start);
      for (const s of p.segments) {
        this.add(s.relationship);
        this.add(s.end);
      }
    } else if (!neo4j.isInt(v) && !isTemporalOrSpatial(v)) {
      for (const x of Object.values(v)) this.add(x);
    }
  }

  /**
   * Nodes keyed by their domain `id` (elementId for nodes without one, e.g. migrations), and the
   * relationships whose both ends are among them: an edge to a node the query did not return
   * cannot be drawn.
   */
  elements(truncated: boolean): GraphElementsRow {
    const idOf = new Map<string, string>();
    const nodes: GraphNodeRow[] = [];
    for (const n of this.nodes.values()) {
      const p = n.properties as Record<string, unknown>;
      const id = typeof p.id === 'string' ? p.id : n.elementId;
      idOf.set(n.elementId, id);
      const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null);
      nodes.push({
        id,
        type: n.labels.find((l) => l !== 'Entity') ?? n.labels[0] ?? 'Node',
        label: str('name') ?? str('investorName') ?? str('metric') ?? str('product') ?? str('title') ?? id,
        labelEn: str('nameEn') ?? str('metricEn') ?? str('productEn'),
        kind: str('kind'),
        stage: str('stage'),
        order: typeof p.order === 'number' ? p.order : null,
        status: str('status'),
        data: props(p),
      });
    }
    const edges: GraphEdgeRow[] = [];
    for (const r of this.rels.values()) {
      const source = idOf.get(r.startNodeElementId);
      const target = idOf.get(r.endNodeElementId);
      if (source === undefined || target === undefined) continue;
      const p = r.properties as Record<string, unknown>;
      edges.push({
        id: r.elementId,
        source,
        target,
        type: r.type,
        crossChain: typeof p.crossChain === 'boolean' ? p.crossChain : null,
        inferred: typeof p.inferred === 'boolean' ? p.inferred : null,
        data: props(p),
      });
    }
    return { nodes, edges, truncated };
  }
}
