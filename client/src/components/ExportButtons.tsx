import type { Core } from 'cytoscape';
import { useState } from 'react';
import { downloadBlob } from '../export/tables';
import { useParkMapT } from '../i18n/park-map-messages';

interface ExportButtonsProps {
  /** The mounted graph; the buttons are disabled until there is one. */
  cy: Core | null;
  /** File name without extension, e.g. `pv-zs-hitech-2022`. */
  fileName: string;
}

/** Builds the export's file name from what is on screen: chain, park, date. */
export function exportFileName(chainId: string, parkId: string | null, asOf: string | null): string {
  const date = asOf ?? new Date().toISOString().slice(0, 10);
  return [chainId, parkId, date].filter(Boolean).join('-').replace(/[^\w.-]+/g, '_');
}

type CyWithSvg = Core & { svg?: (options: { full: boolean; scale: number; bg?: string }) => string };

/** PNG and SVG of the whole graph (not just the visible part), at 2× for print. */
export function ExportButtons({ cy, fileName }: ExportButtonsProps) {
  const pt = useParkMapT();
  const [failed, setFailed] = useState(false);

  const run = (make: (cy: Core) => Blob, ext: string) => {
    if (!cy) return;
    try {
      downloadBlob(make(cy), `${fileName}.${ext}`);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="export-buttons" role="group" aria-label={`${pt.exportPng} / ${pt.exportSvg}`}>
      <button
        type="button"
        disabled={!cy}
        onClick={() => run((c) => c.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }), 'png')}
      >
        {pt.exportPng}
      </button>
      <button
        type="button"
        disabled={!cy}
        onClick={() =>
          run((c) => {
            const svg = (c as CyWithSvg).svg?.({ full: true, scale: 1, bg: '#ffffff' });
            if (!svg) throw new Error('SVG export unavailable');
            return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
          }, 'svg')
        }
      >
        {pt.exportSvg}
      </button>
      {failed && <span role="alert">{pt.exportFailed}</span>}
    </div>
  );
}
