// The GraphQL-over-HTTP conformance audit of the graphql-http package, run against the app in
// process (production settings, anonymous, CSRF prevention on). Every MUST audit passes as the
// audit sends it. Three MAY audits send GETs with no content-type, which the CSRF plugin refuses
// unless they carry the x-graphql-yoga-csrf header (as any non-browser GET client must); with the
// header all 61 audits pass but three SHOULDs we decline on purpose: a refused request (parse,
// validation or variable errors) answers 400 for application/json too, not 200, so that every
// refusal has one status whatever the Accept header (docs/security.md, "Protocol"). The audits
// probe with `__type`, so the app has introspection on (production turns it off by default).
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { sharedTestAuthExecutor, testExecutor } from '../test/db.js';
import { createApp } from './yoga.js';

const db = testExecutor();

async function audit(csrfHeader: boolean) {
  const app = createApp({ executor: db, authExecutor: sharedTestAuthExecutor(), production: true, introspection: true });
  const fetchFn = (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (csrfHeader) headers.set('x-graphql-yoga-csrf', '1');
    return app.fetch(url, { ...init, headers });
  };
  const results: { name: string; status: string; reason?: string }[] = [];
  for (const a of serverAudits({ url: 'http://localhost/graphql', fetchFn })) {
    const r = await a.fn();
    results.push({ name: a.name, status: r.status, reason: 'reason' in r ? r.reason : undefined });
  }
  const failed = results.filter((r) => r.status !== 'ok');
  console.log(
    `graphql-http audit${csrfHeader ? ' (with the CSRF header)' : ''}: ${results.length - failed.length}/${results.length} ok` +
      failed.map((r) => `\n  [${r.status}] ${r.name} — ${r.reason}`).join(''),
  );
  return { results, failed };
}

describe('GraphQL over HTTP audit (graphql-http)', () => {
  it('passes every MUST audit as sent', async () => {
    const { results, failed } = await audit(false);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
    // Every MUST passes; the SHOULDs that fail are the three 200-for-application/json ones.
    expect(failed.filter((r) => r.name.startsWith('MUST'))).toEqual([]);
    for (const r of failed.filter((f) => f.name.startsWith('SHOULD')))
      expect(r.name).toMatch(/^SHOULD use (200|a status code of 200) .* when accepting application\/json$/);
    // Otherwise only GETs without a content-type fail, and only for lack of the CSRF header.
    for (const r of failed.filter((f) => f.name.startsWith('MAY'))) expect(r.name).toMatch(/GET/);
  });

  it('passes every audit, MUST, SHOULD and MAY, when GETs carry the CSRF header', async () => {
    const { results, failed } = await audit(true);
    expect(results.length).toBeGreaterThanOrEqual(61);
    expect(failed.map((r) => r.name)).toEqual([
      'SHOULD use 200 status code on document parsing failure when accepting application/json',
      'SHOULD use 200 status code on document validation failure when accepting application/json',
      'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
    ]);
  });
});
