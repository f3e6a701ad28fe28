import type { Core } from 'cytoscape';
import { useState } from 'react';
import { downloadBlob } from '../../shared/export/tables';
import { laneRects } from '../../graph/create-graph';
import { composePng, graphBounds, svgWithLanes } from '../../graph/export-lanes';
import { useParkMapT } from './messages';

interface ExportButtonsProps {
  /** The mounted graph; the buttons are disabled until there is one. */
  cy: Core | null;
  /** File name without extension, e.g. `pv-zs-hitech-2022`. */
  fileName: string;
  /** The chain map as an offline snapshot for the embeddable widget; no button without it. */
  snapshot?: () => Promise<Blob>;
}

/** Builds the export's file name from what is on screen: chain, park, date. */
export function exportFileName(chainId: string, parkId: string | null, asOf: string | null): string {
  const date = asOf ?? new Date().toISOString().slice(0, 10);
  return [chainId, parkId, date]
    .filter(Boolean)
    .join('-')
    .replace(/[^\w.-]+/g, '_');
}

type CyWithSvg = Core & { svg?: (options: { full: boolean; scale: number; bg?: string }) => string };

/**
 * PNG and SVG of the whole graph (not just the visible part), PNG at 2× for print. Both include
 * the stage bands, which are DOM on screen (see graph/export-lanes.ts).
 */
export function ExportButtons({ cy, fileName, snapshot }: ExportButtonsProps) {
  const pt = useParkMapT();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (make: (cy: Core) => Blob | Promise<Blob>, ext: string) => {
    if (!cy) return;
    setBusy(true);
    try {
      downloadBlob(await make(cy), `${fileName}.${ext}`);
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="export-buttons"
      role="group"
      aria-label={`${pt.exportPng} / ${pt.exportSvg}${snapshot ? ` / ${pt.exportJson}` : ''}`}
      aria-busy={busy}
    >
      <button type="button" disabled={!cy || busy} onClick={() => void run((c) => composePng(c, laneRects(c), 2), 'png')}>
        {pt.exportPng}
      </button>
      <button
        type="button"
        disabled={!cy || busy}
        onClick={() =>
          void run((c) => {
            const svg = (c as CyWithSvg).svg?.({ full: true, scale: 1 });
            if (!svg) throw new Error('SVG export unavailable');
            return new Blob([svgWithLanes(svg, graphBounds(c), laneRects(c))], { type: 'image/svg+xml;charset=utf-8' });
          }, 'svg')
        }
      >
        {pt.exportSvg}
      </button>
      {snapshot && (
        <button type="button" disabled={!cy || busy} onClick={() => void run(() => snapshot(), 'json')}>
          {pt.exportJson}
        </button>
      )}
      {failed && <span role="alert">{pt.exportFailed}</span>}
    </div>
  );
}
