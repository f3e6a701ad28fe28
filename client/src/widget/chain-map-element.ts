// <chain-map>: a read-only chain map for any web page, drawn by the same graph core as the app
// (graph/: elements, layout, styles, lanes). Each element is independent: its own shadow root,
// its own Cytoscape instance, its own request. See docs/embed.md for the attributes and events.
import type { Core } from 'cytoscape';
import { containerResized, createGraph } from '../graph/create-graph';
import { buildChainElements } from '../graph/elements';
import { localName, type GraphLang } from '../graph/types';
import { fetchModel, fetchSnapshot, WidgetError, type WidgetParams } from './api';
import { buildChrome, el, fillFirms, type Chrome } from './render';
import type { ChainMapModel } from './snapshot';
import { adoptStyles } from './styles';
import { WORDS, widgetChainLabels } from './words';

const ATTRIBUTES = ['endpoint', 'chain', 'park', 'region', 'scope-name', 'lang', 'as-of', 'height', 'theme', 'snapshot'] as const;

/** Where the widget script itself came from: the default endpoint (set by index.ts). */
let scriptOrigin: string | null = null;
export function setScriptOrigin(origin: string | null): void {
  scriptOrigin = origin;
}

/** `480`, `480px`, `60vh` → a CSS length; anything else: the default. */
export function cssHeight(value: string | null): string {
  if (value && /^\d{2,4}$/.test(value.trim())) return `${value.trim()}px`;
  if (value && /^\d{2,4}(\.\d+)?(px|vh|em)$/.test(value.trim())) return value.trim();
  return '420px';
}

export interface SegmentSelectDetail {
  chain: string;
  segmentId: string;
  name: string;
  status: string | null;
  firms: { id: string; name: string }[];
}

export class ChainMapElement extends HTMLElement {
  static readonly observedAttributes = ATTRIBUTES;

  readonly #root: ShadowRoot;
  #cy: Core | null = null;
  #abort: AbortController | null = null;
  #resize: ResizeObserver | null = null;
  #pending = false;
  #model: ChainMapModel | null = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#root);
  }

  /** The Cytoscape instance (hosts that script it, tests); null until drawn. */
  get cy(): Core | null {
    return this.#cy;
  }

  /** The `lang` attribute as the widget reads it: English when asked, else Chinese. */
  get mapLang(): GraphLang {
    return this.getAttribute('lang') === 'en' ? 'en' : 'zh';
  }

  connectedCallback(): void {
    if (this.hasAttribute('embed')) this.#fromLocation();
    this.#schedule();
  }

  disconnectedCallback(): void {
    this.#teardown();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#schedule();
  }

  /** Several attributes set in a row (a script, the builder) make one load, not one each. */
  #schedule(): void {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.isConnected) void this.#load();
    });
  }

  /** The /embed page: attributes from its query string, and its height told to the framing page. */
  #fromLocation(): void {
    const q = new URLSearchParams(location.search);
    for (const name of ATTRIBUTES) {
      const value = q.get(name) ?? (name === 'as-of' ? q.get('asOf') : null);
      if (value && name !== 'endpoint' && name !== 'snapshot') this.setAttribute(name, value);
    }
    if (window.parent !== window && 'ResizeObserver' in window) {
      // The height only, to whoever frames us: nothing private travels, so any origin may hear it.
      const post = () =>
        window.parent.postMessage({ type: 'chain-map:resize', height: Math.ceil(this.getBoundingClientRect().height) }, '*');
      new ResizeObserver(post).observe(this);
    }
  }

  #teardown(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#resize?.disconnect();
    this.#resize = null;
    this.#cy?.destroy();
    this.#cy = null;
  }

  #params(): WidgetParams | WidgetError {
    const chain = this.getAttribute('chain')?.trim();
    if (!chain) return new WidgetError('attributes', 'the chain attribute is missing (e.g. chain="pv")');
    return {
      chain,
      park: this.getAttribute('park')?.trim() || null,
      region: this.getAttribute('region')?.trim() || null,
      asOf: this.getAttribute('as-of')?.trim() || null,
    };
  }

  #endpoint(): string | null {
    return this.getAttribute('endpoint')?.trim() || scriptOrigin;
  }

  async #load(): Promise<void> {
    this.#teardown();
    const words = WORDS[this.mapLang];
    const frame = el('div', { className: 'root' });
    frame.dataset['theme'] = this.getAttribute('theme') === 'dark' ? 'dark' : 'light';
    frame.lang = this.mapLang === 'en' ? 'en' : 'zh-CN';
    frame.append(el('p', { className: 'status', textContent: words.loading }));
    frame.lastElementChild!.setAttribute('role', 'status');
    this.#root.replaceChildren(frame);
    this.setAttribute('aria-busy', 'true');

    const abort = (this.#abort = new AbortController());
    try {
      const snapshot = this.getAttribute('snapshot')?.trim();
      const params = this.#params();
      let model: ChainMapModel;
      if (snapshot) model = await fetchSnapshot(new URL(snapshot, document.baseURI).href, abort.signal);
      else if (params instanceof WidgetError) throw params;
      else {
        const endpoint = this.#endpoint();
        if (!endpoint)
          throw new WidgetError('attributes', 'the endpoint attribute is missing (the chain-map server, e.g. https://graph.example.cn)');
        model = await fetchModel(endpoint, params, abort.signal);
      }
      if (abort.signal.aborted) return;
      this.#draw(frame, model, !!snapshot);
    } catch (e) {
      if (abort.signal.aborted) return;
      const error = e instanceof WidgetError ? e : new WidgetError('api', (e as Error).message);
      this.removeAttribute('aria-busy');
      const box = el(
        'div',
        { className: 'status error' },
        el('strong', { textContent: words.errorTitle }),
        el('p', { textContent: words.errorKind[error.kind] }),
        el('p', { className: 'detail', textContent: error.message }),
      );
      box.setAttribute('role', 'alert');
      frame.replaceChildren(box);
      // Like a native `error` event it does not bubble: a host listens on the element.
      this.dispatchEvent(new CustomEvent('error', { detail: { kind: error.kind, message: error.message } }));
    }
  }

  #draw(frame: HTMLElement, model: ChainMapModel, offline: boolean): void {
    this.#model = model;
    const lang = this.mapLang;
    const words = WORDS[lang];
    const chainName = localName(model.chain, lang);
    const firmsPanel = el('section', { className: 'firms', hidden: true });
    firmsPanel.setAttribute('aria-live', 'polite');
    firmsPanel.setAttribute('data-testid', 'firms');
    const map = el('div', { className: 'map', tabIndex: 0 });
    map.setAttribute('role', 'img');
    map.setAttribute('aria-label', words.mapLabel(chainName));
    map.style.height = cssHeight(this.getAttribute('height'));
    const hint = el('p', { className: 'hint', textContent: words.hint });

    let chrome: Chrome | null = null;
    const select = (segmentId: string | null) => {
      chrome?.markSelected(segmentId);
      this.#cy?.$(':selected').unselect();
      if (!segmentId) {
        firmsPanel.hidden = true;
        return;
      }
      this.#cy?.$id(segmentId).select();
      fillFirms(firmsPanel, model, segmentId, words, lang, () => select(null));
      const seg = model.chain.segments.find((s) => s.id === segmentId)!;
      const detail: SegmentSelectDetail = {
        chain: model.chain.id,
        segmentId,
        name: localName(seg, lang),
        status: model.statuses[segmentId] ?? null,
        firms: (model.firms[segmentId] ?? []).map((f) => ({ id: f.id, name: localName(f, lang) })),
      };
      this.dispatchEvent(new CustomEvent('segment-select', { detail, bubbles: true, composed: true }));
    };
    if (this.hasAttribute('embed')) {
      // The /embed page is this map alone: its title and language are the map's.
      document.title = words.mapLabel(chainName);
      document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    }
    chrome = buildChrome(model, words, lang, {
      appBase: this.#endpoint(),
      offline,
      scopeName: this.getAttribute('scope-name')?.trim() || null,
      onPick: select,
    });
    frame.replaceChildren(
      chrome.head,
      el('div', { className: 'body' }, map, firmsPanel),
      hint,
      chrome.segmentList,
      chrome.legend,
      chrome.foot,
    );

    performance.mark('chain-map:data');
    const statuses = new Map(Object.entries(model.statuses));
    const elements = buildChainElements(model.chain, { lang, labels: widgetChainLabels(lang), statuses });
    const cy = createGraph({ container: map, elements });
    performance.mark('chain-map:graph');
    this.#cy = cy;
    cy.on('tap', 'node.segment', (event) => select(String(event.target.id())));
    // Refit with the box (a host's responsive layout, the firms panel opening). Not for the
    // observer's first call at the size Cytoscape just read: that would redraw the first frame.
    let size = `${cy.width()}x${cy.height()}`;
    this.#resize = new ResizeObserver(([entry]) => {
      const now = `${Math.round(entry!.contentRect.width)}x${Math.round(entry!.contentRect.height)}`;
      if (now === size) return;
      size = now;
      containerResized(cy);
    });
    this.#resize.observe(map);
    this.removeAttribute('aria-busy');
    this.dataset['segments'] = String(model.chain.segments.length);
    // `ready` once the first frame with the map has been painted.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (this.#cy !== cy) return;
        this.dispatchEvent(
          new CustomEvent('ready', {
            detail: { chain: model.chain.id, segments: model.chain.segments.length, offline },
            bubbles: true,
            composed: true,
          }),
        );
      }),
    );
  }

  /** The data drawn (live or from the snapshot); null until loaded. */
  get model(): ChainMapModel | null {
    return this.#model;
  }
}
