// A chain map as graph elements: the chain's segments (with gap statuses for a park or region),
// the flows between them (a segment of another chain at a cross-chain flow's end drawn as a ghost
// node), and optionally the local enterprises and projects behind each status. Pure.
import type { EnterpriseEvidence, ProjectEvidence, SegmentGap } from './gap.js';
import type { GraphEdgeRow, GraphNodeRow } from './graph-elements.js';

/** A FEEDS flow as the chain-flows read returns it, with both ends' properties. */
export interface ChainFlow {
  fromId: string;
  toId: string;
  crossChain: boolean;
  from: object;
  to: object;
}

export function chainMapElements(
  chainId: string,
  segments: Array<{ id: string; name: string; nameEn?: string | null; stage: string; order: number; parentId?: string | null }>,
  flows: ChainFlow[],
  gaps: SegmentGap[] | null,
  include: { enterprises: boolean; projects: boolean; money: boolean },
  limit: number,
) {
  const status = new Map(gaps?.map((g) => [g.segment.id, g]) ?? []);
  const nodes: GraphNodeRow[] = segments.map((s) => ({
    id: s.id,
    type: 'Segment',
    label: s.name,
    labelEn: s.nameEn ?? null,
    kind: 'segment',
    stage: s.stage,
    order: s.order,
    status: status.get(s.id)?.status ?? null,
    parentId: s.parentId ?? null,
    data: { chainId, viaSubSegment: status.get(s.id)?.viaSubSegment ?? null, inferredOnly: status.get(s.id)?.inferredOnly ?? null },
  }));
  const have = new Set(nodes.map((n) => n.id));
  const edges: GraphEdgeRow[] = [];
  for (const f of flows) {
    for (const end of [f.from, f.to] as unknown as Array<Record<string, unknown>>) {
      const id = end.id as string;
      if (have.has(id)) continue;
      have.add(id);
      // A segment of another chain at the end of a cross-chain flow: drawn as a ghost node.
      nodes.push({
        id,
        type: 'Segment',
        label: end.name as string,
        labelEn: (end.nameEn as string) ?? null,
        kind: 'external_segment',
        stage: (end.stage as string) ?? null,
        order: (end.order as number) ?? null,
        data: { chainId: end.chainId },
      });
    }
    edges.push({ id: `${f.fromId}->${f.toId}`, source: f.fromId, target: f.toId, type: 'FEEDS', kind: 'flow', crossChain: f.crossChain });
  }
  let truncated = false;
  if (include.enterprises && gaps) {
    const enterpriseNode = (e: EnterpriseEvidence): GraphNodeRow => ({
      id: e.enterprise.id,
      type: 'Enterprise',
      label: e.enterprise.name,
      labelEn: (e.enterprise.nameEn as string) ?? null,
      kind: 'enterprise',
      status: e.counts,
      data: { parkId: e.parkId },
    });
    truncated = addMembers(
      gaps,
      (g) => g.enterprises,
      (e) => e.enterprise.id,
      enterpriseNode,
      'IN_SEGMENT',
      limit,
      nodes,
      edges,
    );
  }
  if (include.projects && gaps) truncated = addProjects(gaps, nodes, edges, limit, include.money) || truncated;
  return { nodes, edges, truncated };
}

/**
 * Local projects mapped straight to a segment (the gap report also lists a parent segment's
 * sub-segment projects; those hang on the sub-segment), as public as the enterprises beside
 * them: names and lifecycle status; the investment amount only when `money` (signed in). A
 * project whose status at asOf is unknown does not count (EXCLUDED) and is not drawn, as with
 * enterprises. Returns whether the limit cut any.
 */
function addProjects(gaps: SegmentGap[], nodes: GraphNodeRow[], edges: GraphEdgeRow[], limit: number, money: boolean): boolean {
  const projectNode = (p: ProjectEvidence): GraphNodeRow => ({
    id: p.project.id,
    type: 'Project',
    label: p.project.name,
    labelEn: (p.project.nameEn as string) ?? null,
    kind: 'project',
    status: p.counts,
    data: {
      parkId: p.parkId,
      statusAt: p.statusAt,
      investmentCny: money && typeof p.project.investmentCny === 'number' ? p.project.investmentCny : null,
    },
  });
  return addMembers(
    gaps,
    (g) => g.projects,
    (p) => p.project.id,
    projectNode,
    'FOR_SEGMENT',
    limit,
    nodes,
    edges,
  );
}

/**
 * The firms or projects mapped straight to each segment, each drawn once (at most `limit`) and
 * linked to its segment; those that do not count (EXCLUDED) are left out. Returns whether the
 * limit cut any.
 */
function addMembers<M extends { segmentId: string; counts: string; inferred: boolean }>(
  gaps: SegmentGap[],
  membersOf: (g: SegmentGap) => M[],
  idOf: (m: M) => string,
  nodeOf: (m: M) => GraphNodeRow,
  linkType: 'IN_SEGMENT' | 'FOR_SEGMENT',
  limit: number,
  nodes: GraphNodeRow[],
  edges: GraphEdgeRow[],
): boolean {
  const seen = new Set<string>();
  let truncated = false;
  for (const g of gaps) {
    for (const m of membersOf(g)) {
      if (m.segmentId !== g.segment.id || m.counts === 'EXCLUDED') continue;
      const id = idOf(m);
      if (!seen.has(id)) {
        if (seen.size >= limit) {
          truncated = true;
          continue;
        }
        seen.add(id);
        nodes.push(nodeOf(m));
      }
      edges.push({
        id: `${id}-${linkType}->${g.segment.id}`,
        source: id,
        target: g.segment.id,
        type: linkType,
        kind: 'membership',
        inferred: m.inferred,
      });
    }
  }
  return truncated;
}
