// The snippets a portal pastes (docs/embed.md): the <chain-map> element with its module script,
// or the /embed iframe with a few lines that let it size itself. Pure functions of the choices.

export interface EmbedChoice {
  /** The server's origin, e.g. https://graph.example.cn (where the widget and /embed live). */
  origin: string;
  chain: string;
  park: string | null;
  region: string | null;
  /** The park's or region's name for the widget's title (names are not public data). */
  scopeName?: string;
  lang: 'zh' | 'en';
  height: number;
  theme: 'light' | 'dark';
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The /embed address of a choice (also the builder's live preview). */
export function embedUrl(c: EmbedChoice): string {
  const q = new URLSearchParams({ chain: c.chain });
  if (c.park) q.set('park', c.park);
  else if (c.region) q.set('region', c.region);
  if ((c.park || c.region) && c.scopeName) q.set('scope-name', c.scopeName);
  q.set('lang', c.lang);
  q.set('height', String(c.height));
  if (c.theme !== 'light') q.set('theme', c.theme);
  return `${c.origin}/embed?${q}`;
}

export function scriptSnippet(c: EmbedChoice): string {
  const attrs: [string, string][] = [
    ['endpoint', c.origin],
    ['chain', c.chain],
    ...(c.park ? [['park', c.park] as [string, string]] : c.region ? [['region', c.region] as [string, string]] : []),
    ...((c.park || c.region) && c.scopeName ? [['scope-name', c.scopeName] as [string, string]] : []),
    ['lang', c.lang],
    ['height', String(c.height)],
    ['theme', c.theme],
  ];
  return [
    `<script type="module" src="${attr(c.origin)}/widget/chain-map.js"></script>`,
    `<chain-map ${attrs.map(([k, v]) => `${k}="${attr(v)}"`).join(' ')}></chain-map>`,
  ].join('\n');
}

/** The iframe, and the listener that gives it the height its content asks for. */
export function iframeSnippet(c: EmbedChoice, title: string): string {
  // Room for the title, legend and sources around the map until the frame reports its height.
  const frameHeight = c.height + 220;
  return [
    `<iframe class="chain-map-frame" src="${attr(embedUrl(c))}" title="${attr(title)}" width="100%" height="${frameHeight}" style="border: 0" loading="lazy"></iframe>`,
    '<script>',
    '  // Optional: the map reports its height; let each frame follow it.',
    "  addEventListener('message', function (e) {",
    `    if (e.origin !== '${c.origin}' || !e.data || e.data.type !== 'chain-map:resize') return;`,
    "    document.querySelectorAll('iframe.chain-map-frame').forEach(function (f) {",
    "      if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';",
    '    });',
    '  });',
    '</script>',
  ].join('\n');
}
