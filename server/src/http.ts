// One HTTP server for the app: /graphql goes to yoga, everything else is the built client
// (client/dist), so the UI and the API share an origin. Around both (modules in ops/): a request
// id (x-request-id in and out, also in the logs and in Neo4j's transaction metadata), security
// headers, compression, metrics and one structured log line per request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { constants as zlib } from 'node:zlib';
import compression from 'compression';
import { repoRoot } from './config.js';
import type { ReadinessProbe } from './health.js';
import { logger } from './ops/log.js';
import { httpDuration, httpRequests, registry } from './ops/metrics.js';
import { requestIdFrom, runWithRequest } from './ops/request-context.js';
import { embedPageHeaders, isEmbedPage, isWidgetAsset, serveEmbedPage, widgetAssetHeaders } from './ops/embed.js';
import { apiHeaders, pageHeaders, type Middleware } from './ops/security-headers.js';
import { staticFiles } from './ops/static-files.js';
import type { createApp } from './yoga.js';

export const clientDist = path.join(repoRoot, 'client', 'dist');

export interface HttpOptions {
  /**
   * Bearer token a scraper must send to read /metrics. Unset: only local requests that did not
   * come through a proxy (no x-forwarded-for) may read it.
   */
  metricsToken?: string | undefined;
  /** Answers /readyz (see health.ts); unset: ready whenever the process serves HTTP. */
  readiness?: ReadinessProbe | undefined;
  /** Sites that may frame /embed and load /widget/… with CORS (CORS_ORIGINS, ops/embed.ts). */
  embedOrigins?: readonly string[] | undefined;
  /** /import/… : the staff-sheet template and error-sheet downloads (import/sheets/routes.ts). */
  importRoutes?: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
}

type Route = 'graphql' | 'static' | 'metrics' | 'health' | 'import' | 'other';

function routeOf(url: string): Route {
  if (url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/')) return 'graphql';
  if (url === '/metrics') return 'metrics';
  if (url === '/healthz' || url === '/readyz') return 'health';
  if (url.startsWith('/import/') || url.startsWith('/audit/')) return 'import';
  return 'static';
}

// Compresses what is not precompressed (API responses, mostly JSON) when the client accepts
// it; small bodies are not worth it. Brotli at a low quality: fast enough for dynamic content.
const compress = compression({ threshold: 1024, brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } } }) as unknown as Middleware;

function then(mw: Middleware, req: IncomingMessage, res: ServerResponse, next: () => void): void {
  mw(req, res, (err?: unknown) => {
    if (err) {
      logger().error({ err }, 'middleware failed');
      if (!res.headersSent) res.writeHead(500).end();
      return;
    }
    next();
  });
}

function isLoopback(req: IncomingMessage): boolean {
  const a = req.socket.remoteAddress ?? '';
  return (a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1') && req.headers['x-forwarded-for'] === undefined;
}

async function serveMetrics(req: IncomingMessage, res: ServerResponse, token: string | undefined): Promise<void> {
  const allowed = token ? req.headers.authorization === `Bearer ${token}` : isLoopback(req);
  if (!allowed) {
    res.writeHead(token ? 401 : 403, { 'content-type': 'text/plain' }).end('metrics: not allowed\n');
    return;
  }
  const body = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(body);
}

function serveReadiness(res: ServerResponse, readiness: ReadinessProbe | undefined): void {
  const answer = (status: number, body: string) =>
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
  if (!readiness) {
    answer(200, '{"ready":true,"checks":{}}');
    return;
  }
  readiness().then(
    (r) => answer(r.ready ? 200 : 503, JSON.stringify(r)),
    () => answer(503, '{"ready":false,"checks":{}}'),
  );
}

export function createHttpServer(app: ReturnType<typeof createApp>, staticDir: string = clientDist, opts: HttpOptions = {}): Server {
  const files = existsSync(staticDir) ? staticFiles(staticDir) : undefined;
  const embedHeaders = embedPageHeaders(opts.embedOrigins ?? []);
  const widgetHeaders = widgetAssetHeaders(pageHeaders, opts.embedOrigins ?? []);
  return createServer((req, res) => {
    const url = req.url ?? '/';
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const route = routeOf(url);
    const started = performance.now();
    res.once('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      httpRequests.inc({ route, method: req.method ?? 'OTHER', status: String(res.statusCode) });
      httpDuration.observe({ route }, seconds);
      runWithRequest({ requestId }, () =>
        logger()[res.statusCode >= 500 ? 'error' : 'info'](
          // The path only: a GET's query string may carry a whole GraphQL document.
          { method: req.method, path: url.split('?')[0], status: res.statusCode, ms: Math.round(seconds * 10_000) / 10 },
          'request',
        ),
      );
    });

    runWithRequest({ requestId }, () => {
      if (route === 'graphql') {
        then(apiHeaders, req, res, () => then(compress, req, res, () => void app.requestListener(req, res)));
        return;
      }
      if (route === 'import' && opts.importRoutes) {
        const handle = opts.importRoutes;
        then(
          apiHeaders,
          req,
          res,
          () =>
            void handle(req, res).catch((err: unknown) => {
              logger().error({ err }, 'import route failed');
              if (!res.headersSent) res.writeHead(500).end();
            }),
        );
        return;
      }
      if (route === 'metrics') {
        void serveMetrics(req, res, opts.metricsToken).catch((err: unknown) => {
          logger().error({ err }, 'metrics failed');
          if (!res.headersSent) res.writeHead(500).end();
        });
        return;
      }
      // Liveness only: see health.ts for why it does not look at the database.
      if (url === '/healthz') {
        res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('ok');
        return;
      }
      if (url === '/readyz') {
        serveReadiness(res, opts.readiness);
        return;
      }
      if (isEmbedPage(url)) {
        then(
          embedHeaders,
          req,
          res,
          () =>
            void serveEmbedPage(staticDir, req, res).catch((err: unknown) => {
              logger().error({ err }, 'embed page failed');
              if (!res.headersSent) res.writeHead(500).end();
            }),
        );
        return;
      }
      then(isWidgetAsset(url) ? widgetHeaders : pageHeaders, req, res, () => {
        if (!files) {
          res
            .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
            .end('The client is not built (client/dist is missing): run `npm start` from the repository root.');
          return;
        }
        then(compress, req, res, () =>
          files(req, res, () => {
            res.writeHead(404).end();
          }),
        );
      });
    });
  });
}
