import type { GapReport, SegmentGap } from './types';
import { useLang, useT } from '../../shared/i18n/context';
import { localName } from '../../shared/i18n/lang';
import { useParkT } from './messages';
import type { UrlState } from '../../shared/url/url-state';
import { DataTable, type TableColumn } from '../../shared/ui/DataTable';
import { StatusGlyph } from './QueryStatus';

interface Props {
  report: GapReport;
  chainId: string;
  parkId: string;
  fileParts: string[];
  onNavigate: (patch: Partial<UrlState>) => void;
}

// statusAt comes lower-case (in_production), the Project.status enum upper-case.
const projectStatusLabel = (status: string, labels: Record<string, string>) => labels[status.toUpperCase()] ?? status;

/** 补链分析: the completeness score with its parts, and every segment's status and evidence. */
export function GapSection({ report, chainId, parkId, fileParts, onNavigate }: Props) {
  const p = useParkT();
  const t = useT();
  const lang = useLang();
  const c = report.completeness;
  const yes = lang === 'zh' ? '是' : 'yes';

  const columns: TableColumn<SegmentGap>[] = [
    { key: 'stage', header: p.colStage, value: (g) => t.stage[g.segment.stage] },
    {
      key: 'segment',
      header: p.colSegment,
      value: (g) => localName(g.segment, lang),
      render: (g) => (
        <button
          type="button"
          className={`link nowrap${g.segment.parentId ? ' sub-segment' : ''}`}
          onClick={() => onNavigate({ node: g.segment.id, chain: chainId })}
        >
          {localName(g.segment, lang)}
        </button>
      ),
    },
    {
      key: 'status',
      header: p.colStatus,
      value: (g) => p.status[g.status],
      render: (g) => (
        <>
          <StatusGlyph status={g.status} label={p.status[g.status]} />
          {g.viaSubSegment && <span className="muted"> ({p.viaSub})</span>}
        </>
      ),
    },
    {
      key: 'firms',
      header: p.colLocalFirms,
      value: (g) => g.enterprises.map((e) => e.enterprise.shortName ?? localName(e.enterprise, lang)).join('、') || null,
    },
    {
      key: 'projects',
      header: p.colProjects,
      value: (g) =>
        g.projects
          .map(
            (x) =>
              `${localName(x.project, lang)}${x.statusAt || x.project.status ? p.paren(projectStatusLabel(x.statusAt ?? x.project.status ?? '', p.projectStatus)) : ''}`,
          )
          .join('、') || null,
    },
    {
      key: 'nearest',
      header: p.colNearest,
      value: (g) =>
        g.status === 'PRESENT'
          ? null
          : g.nearestSupply
              .map(
                (s) =>
                  `${localName(s.enterprise, lang)}${s.park ? `·${localName(s.park, lang)}` : ''}${p.paren(p.nearness[s.nearness] ?? s.nearness)}`,
              )
              .join('、') || null,
    },
    { key: 'inferred', header: p.colInferred, value: (g) => (g.inferredOnly ? yes : null) },
  ];

  const mapHref = `?view=chain&chain=${encodeURIComponent(chainId)}&park=${encodeURIComponent(parkId)}${lang === 'en' ? '&lang=en' : ''}`;

  return (
    <section className="park-section" aria-labelledby="gap-h">
      <h3 id="gap-h">{p.gapHeading}</h3>
      <div className="completeness">
        <p>
          <strong>
            {p.completeness}
            {p.sep}
            {Math.round(c.score * 100)}%
          </strong>{' '}
          <meter min={0} max={1} value={c.score} aria-label={p.completeness} />
        </p>
        <p>{p.completenessExplain(c.present, c.pipeline, c.missing, c.counted)}</p>
        <p className="muted">{p.weightRule}</p>
        <a
          href={mapHref}
          onClick={(e) => {
            e.preventDefault();
            onNavigate({ view: 'chain', chain: chainId, park: parkId });
          }}
        >
          {p.showOnMap} →
        </a>
      </div>
      <DataTable caption={p.gapHeading} columns={columns} rows={report.segments} rowKey={(g) => g.segment.id} fileParts={fileParts} />
    </section>
  );
}
