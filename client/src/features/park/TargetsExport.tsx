import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchGraphQL } from '../../shared/api/query';
import { downloadBlob, exportFileName, toXlsxBlob, type ExportColumn } from '../../shared/export/tables';
import { useLang, useT } from '../../shared/i18n/context';
import { localName, type Lang } from '../../shared/i18n/lang';
import { useParkT, type ParkMessages } from './messages';
import { TARGETS_QUERY } from './queries';
import { scorePartText } from './score-messages';
import type { TargetCandidate } from './TargetItem';

/** The most candidates one export holds: the API's page limit. */
export const EXPORT_LIMIT = 100;

/** The sheet's columns: every score part worded in the user's language, as on screen. */
export function targetColumns(p: ParkMessages, lang: Lang): ExportColumn<TargetCandidate & { rank: number }>[] {
  const yes = lang === 'zh' ? '是' : 'yes';
  return [
    { header: p.exportRank, value: (c) => c.rank },
    { header: p.exportEnterprise, value: (c) => localName(c.enterprise, lang) },
    { header: p.exportStockCode, value: (c) => c.enterprise.stockCode ?? null },
    { header: p.score, value: (c) => Math.round(c.score * 10) / 10 },
    { header: p.fills, value: (c) => localName(c.gapSegment, lang) },
    {
      header: p.where,
      value: (c) => (c.park ? localName(c.park, lang) : c.enterprise.region ? localName(c.enterprise.region, lang) : null),
    },
    { header: p.inferred, value: (c) => (c.inferred ? yes : null) },
    {
      header: p.exportParts,
      value: (c) => c.parts.map((part) => `${scorePartText(part, lang)} ${part.points > 0 ? '+' : ''}${part.points}`).join('；'),
    },
  ];
}

/** Exports the park's ranked candidates for the chain (up to EXPORT_LIMIT) as an Excel sheet. */
export function TargetsExport({ chainId, parkId, fileParts }: { chainId: string; parkId: string; fileParts: string[] }) {
  const p = useParkT();
  const t = useT();
  const lang = useLang();
  const client = useQueryClient();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const run = async () => {
    setState('busy');
    try {
      const data = await fetchGraphQL(client, TARGETS_QUERY, { chainId, parkId, limit: EXPORT_LIMIT });
      const rows = data.targets.items.map((c, i) => ({ ...c, rank: i + 1 }));
      downloadBlob(
        await toXlsxBlob(targetColumns(p, lang), rows, p.targetsHeading),
        `${exportFileName([...fileParts, p.targetsHeading])}.xlsx`,
      );
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="data-table-tools">
      <button type="button" onClick={() => void run()} disabled={state === 'busy'}>
        {t.table.exportXlsx}
      </button>
      {state === 'failed' && <span role="alert">{t.table.exportFailed}</span>}
    </div>
  );
}
