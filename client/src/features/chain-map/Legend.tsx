import { STAGES, type Stage } from '../../shared/api/types';
import { GAP_STATUSES, type GapStatus } from './queries';
import { defaults } from '../../graph/defaults';
import { STATUS_GLYPH } from '../../graph/elements';
import { STAGE_POINTS, statusSwatch, SWATCH } from '../../graph/legend-swatches';
import { useT } from '../../shared/i18n/context';
import { useParkMapT } from './messages';

// Small SVG swatches mirroring the Cytoscape shapes in graph/styles.ts (geometry: graph/legend-swatches.ts).
const W = SWATCH.width;
const H = SWATCH.height;

function StageSwatch({ stage }: { stage: Stage }) {
  const colors = defaults.stageColors[stage];
  const { borderStyle } = defaults.stageShapes[stage];
  const points = STAGE_POINTS[stage];
  const common = { fill: colors.fill, stroke: colors.border, strokeWidth: 2 };
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {points ? <polygon points={points} {...common} /> : <rect x="1" y="1" width="32" height="18" rx="5" {...common} />}
      {borderStyle === 'double' && points && (
        <polygon points={points} fill="none" stroke={colors.border} strokeWidth={1} transform="translate(3.4 2) scale(0.8)" />
      )}
    </svg>
  );
}

function LineSwatch({ dash, arrow, color }: { dash?: string; arrow: boolean; color: string }) {
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <line x1="2" y1="10" x2={arrow ? 26 : 32} y2="10" stroke={color} strokeWidth="2" strokeDasharray={dash} />
      {arrow && <polygon points="25,5 33,10 25,15" fill={color} />}
    </svg>
  );
}

/** Mirrors the status rules in graph/styles.ts: border style, fill, glyph. */
function StatusSwatch({ status }: { status: GapStatus }) {
  const { stroke, dash, fill, halfFill } = statusSwatch(status);
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <rect x="1.5" y="1.5" width="31" height="17" rx="4" fill={fill} stroke={stroke} strokeWidth="2.5" strokeDasharray={dash} />
      {halfFill && <rect x="3" y="3" width="14" height="14" fill={halfFill} />}
    </svg>
  );
}

export function Legend({ statuses = false }: { statuses?: boolean }) {
  const t = useT();
  const pt = useParkMapT();
  const { ghost, edges } = defaults;
  return (
    <section className="legend" aria-label={t.legendTitle}>
      <h3>{t.legendTitle}</h3>
      <ul>
        {STAGES.map((stage) => (
          <li key={stage}>
            <StageSwatch stage={stage} />
            {t.stage[stage]}
          </li>
        ))}
        <li>
          <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
            <rect x="1" y="1" width="32" height="18" rx="5" fill={ghost.fill} stroke={ghost.border} strokeWidth="2" strokeDasharray="4 3" />
          </svg>
          {t.legendGhost}
        </li>
        <li>
          <LineSwatch arrow color={edges.flow} />
          {t.legendFlow}
        </li>
        <li>
          <LineSwatch arrow dash="4 3" color={edges.crossChain} />
          {t.legendCrossChainFlow}
        </li>
        <li>
          <LineSwatch arrow={false} dash="1 3" color={edges.partOf} />
          {t.legendSubSegment}
        </li>
        {statuses &&
          GAP_STATUSES.map((status) => (
            <li key={status} data-testid={`legend-${status.toLowerCase()}`}>
              <StatusSwatch status={status} />
              {STATUS_GLYPH[status]} {pt.status[status]}
            </li>
          ))}
      </ul>
    </section>
  );
}
