// The built client (client/dist). Files under /assets/ have content hashes in their names, so
// they are cached for a year and never revalidated; everything else (index.html and the paths
// the single-page app answers with it) is revalidated on every load, so a deploy shows at once.
// The build leaves .br and .gz copies next to each file (scripts/precompress.mjs); sirv sends
// the best one the browser accepts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

export const immutable = 'public, max-age=31536000, immutable';

export function staticFiles(dir: string): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  return sirv(dir, {
    single: true,
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders(res, pathname) {
      res.setHeader('cache-control', pathname.startsWith('/assets/') ? immutable : 'no-cache');
    },
  });
}
