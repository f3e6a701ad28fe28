// A portal's page for the embed tests: a plain HTML page on another origin (a tiny HTTP server
// on its own port) embedding <chain-map> widgets and the /embed iframe, with hostile CSS of its
// own. It records the widgets' events and the iframe's resize messages in window.__events.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostPage {
  url: string;
  close: () => Promise<void>;
}

/** Serves `routes` (path → [content type, body]) on 127.0.0.1:`port` (0: any free port). */
export async function startHost(port: number, routes: Record<string, [string, string | Buffer]>): Promise<HostPage> {
  const server: Server = createServer((req, res) => {
    const route = routes[(req.url ?? '/').split('?')[0]!];
    if (!route) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': route[0], 'cache-control': 'no-store' }).end(route[1]);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    // close() alone waits for every open connection, and the test's browser may still hold a
    // keep-alive one to this page (the hook that closes the browser can run after this one):
    // end them, so closing cannot hang the suite.
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

export interface Widget {
  id: string;
  attrs: Record<string, string>;
}

/** The host's HTML: the widgets, optionally an iframe of /embed, and the event recorder. */
export function hostHtml(opts: { script: string; classic?: boolean; widgets: Widget[]; iframe?: string }): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const widgets = opts.widgets
    .map((w) => `<chain-map id="${w.id}" ${Object.entries(w.attrs).map(([k, v]) => `${k}="${esc(v)}"`).join(' ')}></chain-map>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A portal</title>
<style>
  /* A hostile host: none of this may change the widget. */
  * { font-size: 40px; font-family: serif; line-height: 3; color: #c00; }
  div, p, li, button, ul, section { margin: 30px !important; padding: 20px; }
  chain-map { display: block; margin: 12px; max-width: 1100px; }
</style>
<script>
  window.__events = [];
  for (const type of ['ready', 'error', 'segment-select']) {
    document.addEventListener(type, (e) => {
      if (e.target && e.target.localName === 'chain-map') window.__events.push({ type, id: e.target.id, detail: e.detail });
    }, true);
  }
  window.addEventListener('message', (e) => {
    if (e.data && e.data.type === 'chain-map:resize') {
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
      if (frame) frame.style.height = e.data.height + 'px';
      window.__events.push({ type: 'resize', id: frame ? frame.id : null, detail: e.data });
    }
  });
</script>
<script ${opts.classic ? '' : 'type="module" '}src="${esc(opts.script)}"></script>
</head>
<body>
<h1>Investment portal</h1>
${widgets}
${opts.iframe ? `<iframe id="frame" src="${esc(opts.iframe)}" title="chain map" style="width: 1000px; height: 300px; border: 0"></iframe>` : ''}
</body>
</html>`;
}
