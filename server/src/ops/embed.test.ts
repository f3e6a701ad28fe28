// The embeddable map's HTTP surface (ops/embed.ts) on the real HTTP server: /embed may be framed
// by CORS_ORIGINS only, every other page by nobody, and the widget script loads cross-origin
// with CORS for the allowlisted sites alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedTestAuthExecutor, testExecutor } from '../../test/db.js';
import { createHttpServer } from '../http.js';
import { createApp } from '../yoga.js';

const portal = 'https://portal.example.cn';
const dist = mkdtempSync(path.join(os.tmpdir(), 'embed-dist-'));
mkdirSync(path.join(dist, 'widget'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(path.join(dist, 'widget', 'embed.html'), '<!doctype html><title>embed</title><chain-map embed></chain-map>');
writeFileSync(path.join(dist, 'widget', 'chain-map.js'), 'export {};');

const app = createApp({ executor: testExecutor(), authExecutor: sharedTestAuthExecutor(), production: true, corsOrigins: [portal] });
const server = createHttpServer(app, dist, { embedOrigins: [portal] });
const base = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

beforeAll(() => new Promise<void>((r) => server.listen(0, '127.0.0.1', r)));
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dist, { recursive: true, force: true });
});

const directive = (csp: string | null, name: string) =>
  csp
    ?.split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('the embed route and the widget script', () => {
  it('serves /embed framable by itself and the allowlisted portals, with no X-Frame-Options', async () => {
    const res = await fetch(`${base()}/embed?chain=pv&park=zs-hitech&lang=en`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<chain-map embed>');
    const csp = res.headers.get('content-security-policy');
    expect(directive(csp, 'frame-ancestors')).toBe(`frame-ancestors 'self' ${portal}`);
    // The rest of the policy is the app's: no inline script, no other origin.
    expect(directive(csp, 'script-src')).toBe("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('keeps every other page unframeable', async () => {
    for (const p of ['/', '/?view=chain&chain=pv', '/embedded', '/widget/chain-map.js']) {
      const res = await fetch(`${base()}${p}`);
      expect(directive(res.headers.get('content-security-policy'), 'frame-ancestors'), p).toBe("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options'), p).toBe('DENY');
    }
  });

  it('lets any site load the widget script, and allowlisted ones read it with CORS', async () => {
    const allowed = await fetch(`${base()}/widget/chain-map.js`, { headers: { origin: portal } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(portal);
    expect(allowed.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(allowed.headers.get('vary')).toMatch(/Origin/i);

    const other = await fetch(`${base()}/widget/chain-map.js`, { headers: { origin: 'https://elsewhere.example.com' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // The app's own files stay same-origin resources.
    const page = await fetch(`${base()}/`);
    expect(page.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('answers /embed with a clear 503 when the widget is not built', async () => {
    const bare = mkdtempSync(path.join(os.tmpdir(), 'embed-bare-'));
    writeFileSync(path.join(bare, 'index.html'), '<!doctype html>');
    const s = createHttpServer(app, bare, {});
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/embed?chain=pv`);
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/widget is not built/);
      // No allowlist: framable by the app itself only.
      expect(directive(res.headers.get('content-security-policy'), 'frame-ancestors')).toBe("frame-ancestors 'self'");
    } finally {
      await new Promise((r) => s.close(r));
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
