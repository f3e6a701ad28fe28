import { useEffect, useRef, type ReactNode } from 'react';
import { LoadingLine } from '../../shared/ui/StatusPanel';
import type { NamedRef, NodeDetail, SourceRef } from './queries';
import { useNode } from './use-node';
import { sourceParts } from './source-line';
import { useReturnFocus } from '../../shared/hooks/use-return-focus';
import { useSession } from '../session/use-session';
import { SignInPrompt } from '../session/SignIn';
import type { LocalEnterprise } from '../chain-map/use-chain-map';
import { useLang } from '../../shared/i18n/context';
import { localName, type Lang } from '../../shared/i18n/lang';
import { useParkMapT, type ParkMapMessages } from '../chain-map/messages';
import type { NavPatch } from '../../shared/nav/search';
import { enumLabel } from '../../shared/ui/format';
import { formatAmount, formatCny } from '../../shared/ui/units';
import { ExploreLink } from '../explore/ExploreLink';
import { ChangeHistory } from '../edit/ChangeHistory';
import { EditActions } from '../edit/EditActions';
import { GapPanel, type GapScope } from '../chain-map/GapPanel';
import '../chain-map/chain-map.css';

export interface DetailPanelProps {
  nodeId: string;
  onClose: () => void;
  /** A link was followed: a park opens the park view, anything else this panel. */
  onNavigate: (patch: NavPatch) => void;
  /** For a segment on a park's map: its local enterprises (from chainMap). */
  enterprises?: LocalEnterprise[];
  /** Offer "Explore connections" (off inside the Explore view itself). */
  exploreLink?: boolean;
  /** The map the node was selected on: a segment that is a gap there shows why, and its candidates. */
  gapScope?: GapScope;
}

/** Facts, links and sources of any node; "where does this come from?" is always answered. */
export function DetailPanel({ nodeId, onClose, onNavigate, enterprises, exploreLink = true, gapScope }: DetailPanelProps) {
  const pt = useParkMapT();
  const lang = useLang();
  const state = useNode(nodeId);
  const session = useSession();
  const closeRef = useRef<HTMLButtonElement>(null);
  useReturnFocus();

  // Esc closes from anywhere on the page (the map has focus after a click).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  useEffect(() => closeRef.current?.focus({ preventScroll: true }), [nodeId]);

  const go = (ref: NamedRef, type?: string) => onNavigate(type === 'Park' ? { view: 'park', park: ref.id, node: null } : { node: ref.id });
  const node = state.status === 'ready' ? state.node : null;
  const title = node
    ? node.name
      ? localName({ name: node.name, nameEn: node.nameEn ?? null }, lang)
      : (node.title ?? node.id)
    : pt.detailTitle;

  return (
    <aside className="detail-panel" aria-labelledby="detail-title" data-testid="detail-panel" data-node-id={nodeId}>
      <header className="detail-header">
        <h3 id="detail-title">{title}</h3>
        <button ref={closeRef} type="button" onClick={onClose} aria-label={pt.close}>
          ✕ <span className="visually-hidden">{pt.close}</span>
        </button>
      </header>
      {state.status === 'loading' && <LoadingLine className="status-panel">{pt.detailLoading}</LoadingLine>}
      {state.status === 'error' && (
        <p className="status-panel" role="alert">
          {pt.detailError}: {state.error.message}
        </p>
      )}
      {state.status === 'ready' &&
        !node &&
        (state.limited ? <SignInPrompt hint={pt.signInPrompt} /> : <p role="status">{pt.detailNotFound}</p>)}
      {node && (
        <>
          {state.status === 'ready' && state.limited && (
            <p className="detail-limited">
              {pt.signInPrompt}{' '}
              <button type="button" className="link-button" onClick={session.openSignIn}>
                {pt.signInForMore}
              </button>
            </p>
          )}
          {gapScope && (gapScope.parkId || gapScope.regionId) && node.__typename === 'Segment' && (
            <GapPanel segmentId={node.id} scope={gapScope} onNavigate={onNavigate} />
          )}
          {exploreLink && <ExploreLink nodeId={node.id ?? nodeId} onNavigate={onNavigate} />}
          <EditActions typename={node.__typename} id={node.id} name={title} />
          <Facts node={node} pt={pt} lang={lang} />
          <Links node={node} pt={pt} lang={lang} go={go} />
          {enterprises && node.__typename === 'Segment' && (
            <section aria-label={pt.localEnterprises(enterprises.length)}>
              <h4>{pt.localEnterprises(enterprises.length)}</h4>
              {enterprises.length === 0 ? (
                <p>{pt.noLocalEnterprises}</p>
              ) : (
                <ul className="detail-links">
                  {enterprises.map((e) => (
                    <li key={e.id}>
                      <button type="button" onClick={() => go({ id: e.id, name: e.label, nameEn: e.labelEn })}>
                        {localName({ name: e.label, nameEn: e.labelEn }, lang)}
                      </button>
                      {e.counts && <small> {e.counts in pt.status ? pt.status[e.counts as keyof typeof pt.status] : e.counts}</small>}
                      {e.inferred && <small> ({pt.inferred})</small>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          <Sources sources={node.sources ?? []} pt={pt} lang={lang} />
          {!(state.status === 'ready' && state.limited) && <ChangeHistory nodeId={node.id} onNavigate={onNavigate} />}
        </>
      )}
    </aside>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Facts({ node, pt, lang }: { node: NodeDetail; pt: ParkMapMessages; lang: Lang }) {
  const f = pt.fields;
  const other = lang === 'en' ? node.name : node.nameEn;
  const dates = Object.entries(node.dates ?? {}).filter(([k, v]) => v && k !== '__typename');
  return (
    <section aria-label={pt.facts}>
      <h4>{pt.facts}</h4>
      <dl className="detail-facts">
        <Row label={f['type']!}>{enumLabel('type', node.__typename, lang)}</Row>
        {other && <Row label={f['nameEn']!}>{other}</Row>}
        {node.kind && <Row label={f['kind']!}>{enumLabel('kind', node.kind, lang)}</Row>}
        {node.stage && <Row label={f['stage']!}>{enumLabel('stage', node.stage, lang)}</Row>}
        {node.roles && node.roles.length > 0 && (
          <Row label={f['roles']!}>{node.roles.map((r) => enumLabel('role', r, lang)).join('、')}</Row>
        )}
        {node.founded && <Row label={f['founded']!}>{node.founded}</Row>}
        {node.stockCode && (
          <Row label={f['stockCode']!}>
            {node.stockCode}
            {node.exchange && ` · ${node.exchange}`}
            {node.listedOn && ` · ${node.listedOn}`}
          </Row>
        )}
        {node.industries && node.industries.length > 0 && (
          <Row label={f['industries']!}>
            {node.industries.map((i) => `${localName({ name: i.name, nameEn: i.nameEn ?? null }, lang)}（${i.code}）`).join('、')}
          </Row>
        )}
        {node.products && node.products.length > 0 && <Row label={f['products']!}>{node.products.join('、')}</Row>}
        {node.status && (
          <Row label={f['status']!}>
            {enumLabel('status', node.status, lang)}
            {node.statusAsOf && ` (${f['statusAsOf']} ${node.statusAsOf})`}
          </Row>
        )}
        {node.investmentCny != null && <Row label={f['investment']!}>{formatCny(node.investmentCny, lang)}</Row>}
        {(node.landMu != null || node.landM2 != null) && (
          <Row label={f['land']!}>
            {node.landMu != null ? formatAmount(node.landMu, '亩', lang) : formatAmount(node.landM2!, 'm²', lang)}
          </Row>
        )}
        {node.capacity && node.capacity.length > 0 && (
          <Row label={f['capacity']!}>
            {node.capacity
              .map((c) => `${localName({ name: c.product, nameEn: c.productEn }, lang)} ${formatAmount(c.value, c.unit, lang)}`)
              .join('；')}
          </Row>
        )}
        {dates.length > 0 && <Row label={f['dates']!}>{dates.map(([k, v]) => `${enumLabel('date', k, lang)} ${v}`).join('；')}</Row>}
        {node.enterpriseCount != null && <Row label={f['enterpriseCount']!}>{node.enterpriseCount}</Row>}
        {node.figures && node.figures.length > 0 && (
          <Row label={f['figures']!}>
            <ul>
              {node.figures.map((fig) => (
                <li key={fig.id}>
                  {localName({ name: fig.metric, nameEn: fig.metricEn }, lang)}:{' '}
                  {/* Money in 亿元 in Chinese (the sources' unit), million/billion CNY in English. */}
                  {formatAmount(fig.value, fig.unit, lang)}
                  {fig.period && ` (${fig.period})`}
                </li>
              ))}
            </ul>
          </Row>
        )}
        {node.note && <Row label={f['note']!}>{node.note}</Row>}
      </dl>
    </section>
  );
}

function Links({ node, pt, lang, go }: { node: NodeDetail; pt: ParkMapMessages; lang: Lang; go: (ref: NamedRef, type?: string) => void }) {
  const f = pt.fields;
  const groups: { key: string; type?: string; items: (NamedRef & { note?: string })[] }[] = [
    { key: 'park', type: 'Park', items: node.park ? [node.park] : [] },
    { key: 'parent', type: node.__typename, items: node.parent ? [node.parent] : [] },
    { key: 'subParks', type: 'Park', items: node.subParks ?? [] },
    { key: 'region', items: node.region ? [node.region] : [] },
    {
      key: 'segments',
      items: (node.segments ?? []).map((s) => ({
        ...s.segment,
        note: s.inferred ? `${pt.inferred}${s.basis ? `: ${s.basis}` : ''}` : undefined,
      })),
    },
    { key: 'investor', items: node.investor ? [node.investor] : [] },
    { key: 'projects', items: node.projects ?? [] },
  ].filter((g) => g.items.length > 0);
  const investorText = !node.investor && node.investorName;
  if (groups.length === 0 && !investorText) return null;
  return (
    <section aria-label={pt.links}>
      <h4>{pt.links}</h4>
      <dl className="detail-links">
        {groups.map((g) => (
          <Row key={g.key} label={f[g.key] ?? g.key}>
            <ul>
              {g.items.map((item) => (
                <li key={item.id}>
                  <button type="button" onClick={() => go(item, g.type)}>
                    {localName(item, lang)}
                  </button>
                  {item.note && <small className="inferred-note"> ({item.note})</small>}
                </li>
              ))}
            </ul>
          </Row>
        ))}
        {investorText && <Row label={f['investor']!}>{investorText}</Row>}
      </dl>
    </section>
  );
}

function Sources({ sources, pt, lang }: { sources: SourceRef[]; pt: ParkMapMessages; lang: Lang }) {
  return (
    <section aria-label={pt.sources} data-testid="detail-sources">
      <h4>{pt.sources}</h4>
      {sources.length === 0 ? (
        <p>{pt.noSources}</p>
      ) : (
        <ol className="detail-sources">
          {sources.map((s) => {
            const part = sourceParts(s, lang);
            return (
              <li key={s.id}>
                <cite>{part.title}</cite>
                {part.publisher && <> · {part.publisher}</>}
                {part.date && <> · {part.date}</>}
                {part.reference && <> · {part.reference}</>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
