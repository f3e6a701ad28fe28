// The widget's DOM around the map: title and dates, the text alternative (every segment with
// its status, as buttons), the selected segment's firms, the legend, the sources line and the
// link to the full app. Plain DOM with textContent only (names come from data; no innerHTML).
import { STATUS_GLYPH } from '../graph/elements';
import { localName, type GraphLang } from '../graph/types';
import { buildLegend } from './legend';
import type { ChainMapModel } from './snapshot';
import type { WidgetWords } from './words';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The app's URL for the same view (chain, park or region, date, language), in the router's
 * route form (`/chain?…`): the old `/?view=chain&…` form still works but only as a redirect. */
export function appLink(base: string, model: Pick<ChainMapModel, 'chain' | 'scope' | 'asOf'>, lang: GraphLang): string {
  const params = new URLSearchParams({ chain: model.chain.id });
  if (model.scope && 'park' in model.scope) params.set('park', model.scope.park);
  if (model.scope && 'region' in model.scope) params.set('region', model.scope.region);
  if (model.asOf) params.set('asOf', model.asOf);
  if (lang === 'en') params.set('lang', 'en');
  return `${base.replace(/\/+$/, '')}/chain?${params}`;
}

export function sourcesLine(model: ChainMapModel, words: WidgetWords, lang: GraphLang): string {
  const titles = model.sources.map((s) => {
    const title = localName({ name: s.title, nameEn: s.titleEn }, lang);
    const publisher = s.publisher ? localName({ name: s.publisher, nameEn: s.publisherEn ?? null }, lang) : null;
    return [publisher, title, s.date].filter(Boolean).join(' · ');
  });
  return `${words.sources}: ${titles.length ? titles.join('; ') : words.noSources}`;
}

export interface Chrome {
  head: HTMLElement;
  segmentList: HTMLElement;
  foot: HTMLElement;
  legend: HTMLElement;
  /** Marks a segment's button as the selected one (aria-pressed). */
  markSelected: (segmentId: string | null) => void;
}

export function buildChrome(
  model: ChainMapModel,
  words: WidgetWords,
  lang: GraphLang,
  opts: { appBase: string | null; offline: boolean; scopeName?: string | null; onPick: (segmentId: string) => void },
): Chrome {
  const chainName = localName(model.chain, lang);
  // The host's `scope-name` wins; else the public name chainMap.scope gives (in the widget's
  // language); the bare id only for an old snapshot that has no name.
  const scopeId =
    opts.scopeName ??
    (model.place ? localName(model.place, lang) : model.scope ? ('park' in model.scope ? model.scope.park : model.scope.region) : null);
  const dates = [
    model.asOf ? words.asOf(model.asOf) : words.asOf(model.readOn),
    model.asOf ? words.readOn(model.readOn) : null,
    opts.offline ? words.offline : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const head = el(
    'div',
    { className: 'head' },
    el('h2', { textContent: scopeId ? `${chainName} · ${scopeId}` : chainName }),
    el('p', { className: 'meta', textContent: dates }),
  );
  head.querySelector('.meta')!.setAttribute('data-testid', 'as-of');

  const buttons = new Map<string, HTMLButtonElement>();
  const list = el('ul', { className: 'segments' });
  for (const seg of model.chain.segments) {
    const status = model.statuses[seg.id];
    const button = el('button', { type: 'button', textContent: `${status ? `${STATUS_GLYPH[status]} ` : ''}${localName(seg, lang)}` });
    button.setAttribute('aria-pressed', 'false');
    button.dataset['segmentId'] = seg.id;
    button.addEventListener('click', () => opts.onPick(seg.id));
    buttons.set(seg.id, button);
    const li = el('li', {}, button);
    if (status) {
      li.dataset['status'] = status;
      li.append(' ', el('small', { textContent: words.status[status] }));
    }
    list.append(li);
  }
  const segmentList = el('details', {}, el('summary', { textContent: `${words.segments} (${model.chain.segments.length})` }), list);

  const foot = el('div', { className: 'foot' }, el('span', { className: 'sources', textContent: sourcesLine(model, words, lang) }));
  if (opts.appBase) {
    const link = el('a', { href: appLink(opts.appBase, model, lang), target: '_blank', rel: 'noopener', textContent: words.openApp });
    foot.append(link);
  }
  return {
    head,
    segmentList,
    foot,
    legend: buildLegend(words, Object.keys(model.statuses).length > 0),
    markSelected(segmentId) {
      for (const [id, b] of buttons) b.setAttribute('aria-pressed', String(id === segmentId));
    },
  };
}

/** The selected segment's local firms (or that none are known), with its status. */
export function fillFirms(
  panel: HTMLElement,
  model: ChainMapModel,
  segmentId: string,
  words: WidgetWords,
  lang: GraphLang,
  onClose: () => void,
): void {
  const seg = model.chain.segments.find((s) => s.id === segmentId);
  if (!seg) return;
  const firms = model.firms[segmentId] ?? [];
  const status = model.statuses[segmentId];
  const close = el('button', { type: 'button', className: 'close', textContent: '×' });
  close.setAttribute('aria-label', words.close);
  close.addEventListener('click', onClose);
  panel.replaceChildren(
    close,
    el('h3', { textContent: words.firmsOf(localName(seg, lang)) }),
    ...(status ? [el('p', { textContent: `${STATUS_GLYPH[status]} ${words.status[status]}` })] : []),
    firms.length
      ? el('ul', {}, ...firms.map((f) => el('li', { textContent: localName(f, lang) })))
      : el('p', { className: 'meta', textContent: words.noFirms }),
    ...(model.truncated && firms.length ? [el('p', { className: 'meta', textContent: words.firmsTruncated })] : []),
  );
  panel.dataset['segmentId'] = segmentId;
  panel.hidden = false;
}
