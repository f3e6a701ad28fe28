// The embeddable chain map (docs/embed.md): the /embed page that portals frame, and the widget
// script at /widget/… that portals load. Both are public and read-only; the allowlist of
// embedding sites is CORS_ORIGINS, the same list that lets their pages call the API.
//   /embed     the app's CSP, but frame-ancestors 'self' + CORS_ORIGINS (instead of 'none') and
//              no X-Frame-Options (it cannot list origins); every other page stays unframeable.
//   /widget/…  Cross-Origin-Resource-Policy: cross-origin (helmet's same-origin would stop any
//              other site loading it), and CORS for the allowlisted origins, which a
//              <script type="module"> from another origin needs.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import helmet from 'helmet';
import { contentSecurityPolicy, type Middleware } from './security-headers.js';

export const EMBED_PATH = '/embed';
export const WIDGET_PREFIX = '/widget/';

export function isEmbedPage(url: string): boolean {
  return url === EMBED_PATH || url.startsWith(`${EMBED_PATH}?`) || url === `${EMBED_PATH}/`;
}

export function isWidgetAsset(url: string): boolean {
  return url.startsWith(WIDGET_PREFIX);
}

/** The CSP directives of the /embed page: the app's, framable by itself and the allowlist. */
export function embedCsp(origins: readonly string[]): Record<string, string[]> {
  return { ...contentSecurityPolicy, 'frame-ancestors': ["'self'", ...origins] };
}

export function embedPageHeaders(origins: readonly string[]): Middleware {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: embedCsp(origins) },
    strictTransportSecurity: false,
    xFrameOptions: false,
  }) as Middleware;
}

/** Helmet's page headers, but loadable by other sites; CORS for the allowlisted ones. */
export function widgetAssetHeaders(pageHeaders: Middleware, origins: readonly string[]): Middleware {
  const allowed = new Set(origins);
  return (req, res, next) =>
    pageHeaders(req, res, (err) => {
      if (err) return next(err);
      res.setHeader('cross-origin-resource-policy', 'cross-origin');
      // The answer depends on Origin (caches must keep one per origin); the static file server
      // sets its own Vary: Accept-Encoding later, which would replace ours, so it is merged.
      const setHeader = res.setHeader.bind(res);
      res.setHeader = (name, value) =>
        setHeader(name, name.toLowerCase() === 'vary' && !/\borigin\b/i.test(String(value)) ? `${String(value)}, Origin` : value);
      res.setHeader('vary', 'Origin');
      const origin = req.headers.origin;
      if (origin && allowed.has(origin)) {
        res.setHeader('access-control-allow-origin', origin);
        res.setHeader('access-control-allow-methods', 'GET, HEAD');
      }
      next();
    });
}

/** Answers /embed with the built page (client/dist/widget/embed.html), revalidated on every load. */
export async function serveEmbedPage(dist: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let html: Buffer;
  try {
    html = await readFile(path.join(dist, 'widget', 'embed.html'));
  } catch {
    res
      .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
      .end('The widget is not built (client/dist/widget is missing): run `npm run build`.');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'content-length': html.length });
  res.end(req.method === 'HEAD' ? undefined : html);
}
