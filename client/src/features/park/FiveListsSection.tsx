import { useState } from 'react';
import type { FiveLists, FirmRow, PolicyRow, ProjectRow, TargetCandidate } from './types';
import { useLang } from '../../shared/i18n/context';
import { localName, type Lang } from '../../shared/i18n/lang';
import { useParkT, type ParkMessages } from './messages';
import type { NavPatch } from '../../shared/nav/search';
import { DataTable, type TableColumn } from '../../shared/ui/DataTable';

type ListKey = 'policies' | 'leadingFirms' | 'supportingFirms' | 'keyProjects' | 'investmentLeads';
const KEYS: ListKey[] = ['policies', 'leadingFirms', 'supportingFirms', 'keyProjects', 'investmentLeads'];

const nameOf = (x: { name: string; nameEn: string | null } | null | undefined, lang: Lang) => (x ? localName(x, lang) : null);

/** The name column: the name, as a button opening the record in the detail panel. */
function nameColumn<T>(
  header: string,
  named: (r: T) => { id: string; name: string; nameEn: string | null },
  lang: Lang,
  open: (id: string) => void,
): TableColumn<T> {
  return {
    key: 'name',
    header,
    value: (r) => localName(named(r), lang),
    render: (r) => (
      <button type="button" className="link" onClick={() => open(named(r).id)}>
        {localName(named(r), lang)}
      </button>
    ),
  };
}

function firmColumns(p: ParkMessages, lang: Lang, open: (id: string) => void): TableColumn<FirmRow>[] {
  return [
    nameColumn<FirmRow>(p.colName, (r) => r, lang, open),
    {
      key: 'roles',
      header: p.colRoles,
      value: (r) => r.roles.map((x) => p.role[x.toUpperCase()] ?? x).join(lang === 'zh' ? '、' : ', ') || null,
    },
    { key: 'park', header: p.colPark, value: (r) => nameOf(r.park, lang) },
  ];
}

/** 五张清单, one at a time (a row of toggle buttons chooses), each exportable. */
export function FiveListsSection({
  lists,
  fileParts,
  onNavigate,
}: {
  lists: FiveLists;
  fileParts: string[];
  onNavigate: (patch: NavPatch) => void;
}) {
  const p = useParkT();
  const lang = useLang();
  const [shown, setShown] = useState<ListKey>('policies');
  const open = (id: string) => onNavigate({ node: id });

  const policy: TableColumn<PolicyRow>[] = [
    { key: 'name', header: p.colName, value: (r) => localName(r, lang) },
    { key: 'kind', header: p.colKind, value: (r) => p.policyKind[r.kind] ?? r.kind },
    { key: 'issued', header: p.colIssued, value: (r) => r.issued },
    { key: 'park', header: p.colPark, value: (r) => nameOf(r.park, lang) },
  ];
  const project: TableColumn<ProjectRow>[] = [
    nameColumn<ProjectRow>(p.colName, (r) => r, lang, open),
    { key: 'status', header: p.colStatus, value: (r) => (r.status ? (p.projectStatus[r.status] ?? r.status) : null) },
    {
      key: 'investment',
      header: p.colInvestment,
      value: (r) => (r.investmentCny == null ? null : Math.round(r.investmentCny / 1e6) / 100),
    },
    { key: 'investor', header: p.colInvestor, value: (r) => nameOf(r.investor, lang) ?? r.investorName },
    { key: 'park', header: p.colPark, value: (r) => nameOf(r.park, lang) },
  ];
  const lead: TableColumn<TargetCandidate>[] = [
    nameColumn<TargetCandidate>(p.colName, (r) => r.enterprise, lang, open),
    { key: 'fills', header: p.fills, value: (r) => localName(r.gapSegment, lang) },
    { key: 'score', header: p.score, value: (r) => Math.round(r.score * 10) / 10 },
    { key: 'where', header: p.where, value: (r) => nameOf(r.park, lang) ?? nameOf(r.enterprise.region, lang) },
  ];

  const table = () => {
    const common = { caption: p[shown], fileParts };
    switch (shown) {
      case 'policies':
        return <DataTable {...common} columns={policy} rows={lists.policies} rowKey={(r) => r.id} />;
      case 'leadingFirms':
        return <DataTable {...common} columns={firmColumns(p, lang, open)} rows={lists.leadingFirms} rowKey={(r) => r.id} />;
      case 'supportingFirms':
        return <DataTable {...common} columns={firmColumns(p, lang, open)} rows={lists.supportingFirms} rowKey={(r) => r.id} />;
      case 'keyProjects':
        return <DataTable {...common} columns={project} rows={lists.keyProjects} rowKey={(r) => r.id} />;
      case 'investmentLeads':
        return (
          <DataTable {...common} columns={lead} rows={lists.investmentLeads} rowKey={(r) => `${r.enterprise.id}-${r.gapSegment.id}`} />
        );
    }
  };

  return (
    <section className="park-section" aria-labelledby="five-h">
      <h3 id="five-h">{p.fiveListsHeading}</h3>
      <div className="chain-chips" role="group" aria-label={p.fiveListsHeading}>
        {KEYS.map((k) => (
          <button key={k} type="button" className="chip" aria-pressed={shown === k} onClick={() => setShown(k)}>
            {p[k]} ({lists[k].length})
          </button>
        ))}
      </div>
      {table()}
    </section>
  );
}
