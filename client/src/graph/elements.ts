import type { ElementDefinition } from 'cytoscape';
import { layoutChain, nodeWidthAt, segmentDepths, type LayoutGhost } from './chain-layout';
import { defaults, type LayoutOptions } from './defaults';
import { localName, type ChainData, type ChainFlowEnd, type ChainLabels, type ChainSegment, type GapStatus, type GraphLang } from './types';
import { STATUS_LOOK } from './palette';
import { defaultMeasure, fitLabel, type MeasureText } from './label-fit';
import { bestTurn, type RouteBox } from './edge-routes';

/**
 * Turns one chain (as the API gives it) into Cytoscape element definitions, with
 * positions already computed (the graph uses the `preset` layout).
 *
 * Node data: id, label, kind ('segment' | 'ghost'), segmentId, chainId, stage, order
 * (+ enterpriseCount, parentId, laneLabel for segments). Classes drive the
 * stylesheet: `segment|ghost`, the stage in lower case, `sub-segment`,
 * `indent-1|indent-2` (nesting depth as drawn), `truncated`. Labels are fitted here (label-fit.ts):
 * `label` holds the wrapped lines, `shortLabel` the name only (shown when zoomed out),
 * `fullLabel` the whole text (tooltip), `fontSize` and `h` (the chain's node height, tall enough
 * for its longest label, so the layout keeps rows apart) drive the stylesheet.
 */

export interface ElementsOptions {
  /** Which names to draw; also lets Chinese labels wrap anywhere. */
  lang: GraphLang;
  /** Stage captions and the firm/project lines, in the caller's language. */
  labels: ChainLabels;
  layout?: LayoutOptions;
  /** A park's or region's gap status per segment id (chainMap); none: the bare chain. */
  statuses?: ReadonlyMap<string, GapStatus>;
  /** Local enterprise names per segment id, shown as a second label line ("show enterprises"):
   *  on the node itself, so the layout and its readability stay as they are. */
  enterpriseNames?: ReadonlyMap<string, readonly string[]>;
  /** Local project count per segment id ("show projects"): one short line under the firms, a
   *  count rather than names, so a node stays within its box and the layout is untouched. */
  projectCounts?: ReadonlyMap<string, number>;
  /** Text measurer for fitting labels (label-fit.ts canvasMeasure in a browser); default: the estimate. */
  measure?: MeasureText;
}

/** Status glyphs prefixed to labels, so status reads without colour (and in PNG/SVG exports). */
export const STATUS_GLYPH: Record<GapStatus, string> = {
  PRESENT: STATUS_LOOK.PRESENT.glyph,
  PIPELINE: STATUS_LOOK.PIPELINE.glyph,
  MISSING: STATUS_LOOK.MISSING.glyph,
};

/** Ghosts get their own id space: a segment id must never collide with one. */
export function ghostNodeId(segmentId: string): string {
  return `ghost:${segmentId}`;
}

export type NodeKind = 'segment' | 'ghost';

export function buildChainElements(chain: ChainData, options: ElementsOptions): ElementDefinition[] {
  const { lang, labels } = options;
  const local = new Map<string, ChainSegment>(chain.segments.map((s) => [s.id, s]));

  const ghostEnds = new Map<string, ChainFlowEnd>();
  const ghostLinks = new Map<string, { in: string[]; out: string[] }>();
  const edges: ElementDefinition[] = [];
  const edgeIds = new Set<string>();

  const addEdge = (id: string, source: string, target: string, classes: string[]) => {
    if (edgeIds.has(id)) return;
    edgeIds.add(id);
    edges.push({ group: 'edges', data: { id, source, target }, classes });
  };

  for (const flow of chain.flows) {
    const fromLocal = local.has(flow.fromId);
    const toLocal = local.has(flow.toId);
    if (fromLocal && toLocal) {
      addEdge(`flow:${flow.fromId}->${flow.toId}`, flow.fromId, flow.toId, ['flow']);
      continue;
    }
    // Exactly one end must be ours (the API describes both ends, so the
    // foreign one can be drawn as a ghost); a flow between two other chains is skipped.
    const foreign = fromLocal ? flow.to : toLocal ? flow.from : null;
    if (!foreign) continue;
    const ghostId = ghostNodeId(foreign.id);
    ghostEnds.set(ghostId, foreign);
    const links = ghostLinks.get(ghostId) ?? { in: [], out: [] };
    if (toLocal) {
      links.in.push(flow.toId);
      addEdge(`flow:${foreign.id}->${flow.toId}`, ghostId, flow.toId, ['flow', 'cross-chain']);
    } else {
      links.out.push(flow.fromId);
      addEdge(`flow:${flow.fromId}->${foreign.id}`, flow.fromId, ghostId, ['flow', 'cross-chain']);
    }
    ghostLinks.set(ghostId, links);
  }

  for (const seg of chain.segments) {
    if (seg.parentId && local.has(seg.parentId) && seg.parentId !== seg.id) {
      addEdge(`part:${seg.parentId}->${seg.id}`, seg.parentId, seg.id, ['part-of']);
    }
  }

  // A ghost both feeding and fed by the chain goes on its busier side.
  const ghosts: LayoutGhost[] = [...ghostLinks].map(([id, links]) => ({
    id,
    side: links.out.length > links.in.length ? 'out' : 'in',
    anchors: [...links.in, ...links.out],
  }));
  const layout = options.layout ?? defaults.layout;
  const depths = segmentDepths(chain.segments);
  const { label: fit, fonts } = defaults;
  const measure = options.measure ?? defaultMeasure(fonts.family);

  // Labels first: the tallest one sets the chain's node height, which the layout needs.
  const fitted = chain.segments.map((seg) => {
    const isSub = seg.parentId != null && local.has(seg.parentId);
    const indent = Math.min(depths.get(seg.id) ?? 0, layout.maxIndentDepth);
    const status = options.statuses?.get(seg.id);
    const firms = options.enterpriseNames?.get(seg.id) ?? [];
    const projectCount = options.projectCounts?.get(seg.id) ?? 0;
    const name = status ? `${STATUS_GLYPH[status]} ${localName(seg, lang)}` : localName(seg, lang);
    const paragraphs = [
      name,
      ...(firms.length ? [labels.enterpriseLine(firms)] : []),
      ...(projectCount ? [labels.projectLine(projectCount)] : []),
    ];
    const fontSize = paragraphs.length > 1 ? fit.detailSize : isSub ? fonts.size - 1 : fonts.size;
    const maxWidth = nodeWidthAt(indent, layout) - (seg.stage === 'DOWNSTREAM' ? fit.slantedInset : fit.inset);
    const opts = { maxWidth, fontSize, maxLines: fit.nameLines + paragraphs.length - 1, measure };
    const full = fitLabel(paragraphs, opts);
    const short = fitLabel([name], { ...opts, maxLines: fit.nameLines });
    return { seg, isSub, indent, status, firms, projectCount, paragraphs, fontSize, full, short };
  });
  const ghostLabels = new Map(
    [...ghostEnds].map(([id, end]) => {
      // The chain id tells the user where this segment lives.
      const paragraphs = [localName(end, lang), `[${end.chainId}]`];
      const opts = { maxWidth: layout.ghostWidth - fit.inset, fontSize: fonts.ghostSize, maxLines: fit.nameLines, measure };
      return [id, { paragraphs, ...fitLabel(paragraphs, opts) }];
    }),
  );
  const tallest = Math.max(
    ...fitted.map((f) => f.full.lines.length * f.fontSize),
    ...[...ghostLabels.values()].map((g) => g.lines.length * fonts.ghostSize),
  );
  const nodeHeight = Math.max(layout.nodeHeight, Math.ceil(tallest * fit.lineHeight + 2 * fit.padding));
  const sized = { ...layout, nodeHeight };
  const positions = layoutChain(chain.segments, chain.flows, ghosts, sized);

  const nodes: ElementDefinition[] = fitted.map(
    ({ seg, isSub, indent, status, firms, projectCount, paragraphs, fontSize, full, short }) => ({
      group: 'nodes',
      data: {
        id: seg.id,
        kind: 'segment' satisfies NodeKind,
        segmentId: seg.id,
        chainId: chain.id,
        label: full.lines.join('\n'),
        shortLabel: short.lines.join('\n'),
        fullLabel: paragraphs.join('\n'),
        fontSize,
        h: nodeHeight,
        stage: seg.stage,
        ...(status ? { status } : {}),
        order: seg.order,
        parentId: seg.parentId,
        enterpriseCount: seg.enterpriseCount,
        // Caption of the stage swimlane behind the node (create-graph.ts).
        laneLabel: labels.stage[seg.stage] ?? seg.stage,
      },
      classes: [
        'segment',
        seg.stage.toLowerCase(),
        ...(isSub ? ['sub-segment'] : []),
        ...(indent > 0 ? [`indent-${indent}`] : []),
        ...(status ? [`status-${status.toLowerCase()}`] : []),
        ...(firms.length ? ['with-enterprises'] : []),
        ...(projectCount ? ['with-projects'] : []),
        ...(full.truncated ? ['truncated'] : []),
      ],
      position: positions.get(seg.id) ?? { x: 0, y: 0 },
    }),
  );

  for (const [id, end] of ghostEnds) {
    const ghostLabel = ghostLabels.get(id)!;
    nodes.push({
      group: 'nodes',
      data: {
        id,
        kind: 'ghost' satisfies NodeKind,
        segmentId: end.id,
        chainId: end.chainId,
        label: ghostLabel.lines.join('\n'),
        shortLabel: ghostLabel.lines.join('\n'),
        fullLabel: ghostLabel.paragraphs.join('\n'),
        fontSize: fonts.ghostSize,
        h: nodeHeight,
        stage: end.stage,
        order: end.order,
      },
      classes: ['ghost', end.stage.toLowerCase(), ...(ghostLabel.truncated ? ['truncated'] : [])],
      position: positions.get(id) ?? { x: 0, y: 0 },
    });
  }

  routeEdges(nodes, edges, layout);
  return [...nodes, ...edges];
}

/**
 * Gives every flow edge between columns its turn side (class `turn-source` or `turn-target`,
 * edge-routes.ts). Skipped for big graphs: there the edges hide while the view moves anyway and
 * the check is quadratic.
 */
function routeEdges(nodes: readonly ElementDefinition[], edges: ElementDefinition[], layout: LayoutOptions): void {
  if (nodes.length * edges.length > 400_000) return;
  const boxes = new Map<string, RouteBox>();
  for (const n of nodes) {
    const classes = n.classes as string[];
    const depth = classes.includes('indent-2') ? 2 : classes.includes('indent-1') ? 1 : 0;
    const w = n.data['kind'] === 'ghost' ? layout.ghostWidth : nodeWidthAt(depth, layout);
    const h = n.data['h'] as number;
    const { x, y } = n.position!;
    boxes.set(String(n.data.id), { x1: x - w / 2, x2: x + w / 2, y1: y - h / 2, y2: y + h / 2 });
  }
  const all = [...boxes.values()];
  for (const e of edges) {
    const classes = e.classes as string[];
    if (!classes.includes('flow')) continue;
    const s = boxes.get(String(e.data['source']));
    const t = boxes.get(String(e.data['target']));
    if (!s || !t) continue;
    // Same column (overlapping x): no gap to turn in; an arc bowing out beside the column
    // instead of a line through the nodes stacked between the two.
    if (s.x1 < t.x2 && t.x1 < s.x2) {
      classes.push('same-column');
      continue;
    }
    classes.push(`turn-${bestTurn(s, t, all, layout.columnGap / 2).side}`);
  }
}
