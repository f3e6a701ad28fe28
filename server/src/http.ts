// One HTTP server for the app: /graphql goes to yoga, everything else is the built client
// (client/dist), so the UI and the API share an origin.
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { repoRoot } from './config.js';
import type { ReadinessProbe } from './health.js';
import type { createApp } from './yoga.js';

export const clientDist = path.join(repoRoot, 'client', 'dist');

export function createHttpServer(
  app: ReturnType<typeof createApp>,
  staticDir: string = clientDist,
  readiness?: ReadinessProbe,
): Server {
  const files = existsSync(staticDir) ? sirv(staticDir, { single: true, etag: true, gzip: false }) : undefined;
  return createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/')) {
      void app.requestListener(req, res);
      return;
    }
    // Liveness only: see health.ts for why it does not look at the database.
    if (url === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('ok');
      return;
    }
    if (url === '/readyz') {
      if (!readiness) {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end('{"ready":true,"checks":{}}');
        return;
      }
      void readiness().then(
        (r) => {
          res
            .writeHead(r.ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
            .end(JSON.stringify(r));
        },
        () => {
          res.writeHead(503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end('{"ready":false,"checks":{}}');
        },
      );
      return;
    }
    if (!files) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
        .end('The client is not built (client/dist is missing): run `npm start` from the repository root.');
      return;
    }
    files(req, res, () => {
      res.writeHead(404).end();
    });
  });
}
