// Security headers for every response (helmet). The Content-Security-Policy allows what the
// built client needs and nothing more: its own scripts, styles, API and fonts; images also from
// data: and blob: URLs (the chain map's PNG/SVG export draws through them). No inline script,
// no eval, no third-party origin, no framing.
//
// The embeddable map has its own headers on its routes only (ops/embed.ts): /embed may be framed
// by CORS_ORIGINS, and the widget script at /widget/… may be loaded by other sites.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import helmet from 'helmet';

/**
 * Cytoscape adds one fixed <style> element when it first draws (its container rule). Allowed by
 * the hash of that exact text rather than by 'unsafe-inline'; a Cytoscape upgrade that changes
 * the text shows up as a CSP violation in scripts/csp-check.mjs and the e2e suite.
 */
export const cytoscapeStyle = '.__________cytoscape_container { position: relative; }';
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

export const contentSecurityPolicy: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // React and Cytoscape set styles through the CSSOM (allowed); CodeMirror adds its theme as a
  // constructed stylesheet (allowed). The one <style> element is Cytoscape's, allowed by hash.
  'style-src': ["'self'", hash(cytoscapeStyle)],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Headers for the UI and static files: the CSP above and helmet's other defaults. */
export const pageHeaders: Middleware = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    // Plain-HTTP installs (an intranet, 127.0.0.1) must keep working: no forced upgrade.
    directives: contentSecurityPolicy,
  },
  strictTransportSecurity: false,
  xFrameOptions: { action: 'deny' },
}) as Middleware;

/**
 * Headers for the API: the same minus the CSP, which applies to documents, not JSON, and which
 * GraphiQL (development only, from a CDN) could not run under.
 */
export const apiHeaders: Middleware = helmet({ contentSecurityPolicy: false, strictTransportSecurity: false }) as Middleware;
