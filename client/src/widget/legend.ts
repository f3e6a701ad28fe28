// The widget's legend as plain DOM + SVG, drawn from the same swatch data as the app's
// (graph/legend-swatches.ts). Attributes only, no inline `style`: the /embed page's CSP allows
// no inline styles.
import { defaults } from '../graph/defaults';
import { STATUS_GLYPH } from '../graph/elements';
import { STAGE_POINTS, statusSwatch, SWATCH } from '../graph/legend-swatches';
import { GAP_STATUSES, STAGES, type Stage } from '../graph/types';
import type { WidgetWords } from './words';

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(name: string, attrs: Record<string, string | number | undefined>): SVGElement {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, String(v));
  return el;
}

function swatch(...children: SVGElement[]): SVGElement {
  const svg = svgEl('svg', {
    width: SWATCH.width,
    height: SWATCH.height,
    viewBox: `0 0 ${SWATCH.width} ${SWATCH.height}`,
    'aria-hidden': 'true',
  });
  svg.append(...children);
  return svg;
}

function stageSwatch(stage: Stage): SVGElement {
  const colors = defaults.stageColors[stage];
  const points = STAGE_POINTS[stage];
  const common = { fill: colors.fill, stroke: colors.border, 'stroke-width': 2 };
  const shape = points ? svgEl('polygon', { points, ...common }) : svgEl('rect', { x: 1, y: 1, width: 32, height: 18, rx: 5, ...common });
  const inner =
    defaults.stageShapes[stage].borderStyle === 'double' && points
      ? [svgEl('polygon', { points, fill: 'none', stroke: colors.border, 'stroke-width': 1, transform: 'translate(3.4 2) scale(0.8)' })]
      : [];
  return swatch(shape, ...inner);
}

function lineSwatch(color: string, arrow: boolean, dash?: string): SVGElement {
  const line = svgEl('line', { x1: 2, y1: 10, x2: arrow ? 26 : 32, y2: 10, stroke: color, 'stroke-width': 2, 'stroke-dasharray': dash });
  return arrow ? swatch(line, svgEl('polygon', { points: '25,5 33,10 25,15', fill: color })) : swatch(line);
}

function item(svg: SVGElement, text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.append(svg, document.createTextNode(text));
  return li;
}

export function buildLegend(words: WidgetWords, withStatuses: boolean): HTMLElement {
  const { ghost, edges } = defaults;
  const section = document.createElement('section');
  section.className = 'legend';
  section.setAttribute('aria-label', words.legend);
  const list = document.createElement('ul');
  for (const stage of STAGES) list.append(item(stageSwatch(stage), words.stage[stage]));
  list.append(
    item(
      swatch(
        svgEl('rect', {
          x: 1,
          y: 1,
          width: 32,
          height: 18,
          rx: 5,
          fill: ghost.fill,
          stroke: ghost.border,
          'stroke-width': 2,
          'stroke-dasharray': '4 3',
        }),
      ),
      words.ghost,
    ),
    item(lineSwatch(edges.flow, true), words.flow),
    item(lineSwatch(edges.crossChain, true, '4 3'), words.crossChainFlow),
    item(lineSwatch(edges.partOf, false, '1 3'), words.subSegment),
  );
  if (withStatuses) {
    for (const status of GAP_STATUSES) {
      const { stroke, dash, fill, halfFill } = statusSwatch(status);
      const rect = svgEl('rect', {
        x: 1.5,
        y: 1.5,
        width: 31,
        height: 17,
        rx: 4,
        fill,
        stroke,
        'stroke-width': 2.5,
        'stroke-dasharray': dash,
      });
      const li = item(
        halfFill ? swatch(rect, svgEl('rect', { x: 3, y: 3, width: 14, height: 14, fill: halfFill })) : swatch(rect),
        `${STATUS_GLYPH[status]} ${words.status[status]}`,
      );
      li.dataset['legend'] = status.toLowerCase();
      list.append(li);
    }
  }
  section.append(list);
  return section;
}
