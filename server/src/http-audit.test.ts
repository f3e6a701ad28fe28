// The GraphQL-over-HTTP conformance audit of the graphql-http package, run against the app in
// process (production settings, anonymous, CSRF prevention on). Every MUST audit has to pass;
// today the SHOULD and MAY ones all pass too (61/61), and the test holds that, so a regression
// in any of them is noticed. (The audit's GET requests carry `content-type: application/json`,
// which is not a CORS-simple header, so the CSRF plugin lets them through as preflighted.)
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../test/db.js';
import { createApp } from './yoga.js';

const db = testExecutor();

describe('GraphQL over HTTP audit (graphql-http)', () => {
  it('passes every MUST audit, and every SHOULD and MAY audit', async () => {
    const app = createApp({ executor: db, production: true });
    const fetchFn = (url: string, init?: RequestInit) => app.fetch(url, init ?? {});
    const results: { name: string; status: string; reason?: string }[] = [];
    for (const a of serverAudits({ url: 'http://localhost/graphql', fetchFn })) {
      const r = await a.fn();
      results.push({ name: a.name, status: r.status, reason: 'reason' in r ? r.reason : undefined });
    }
    const failed = results.filter((r) => r.status !== 'ok');
    console.log(
      `graphql-http audit: ${results.length - failed.length}/${results.length} ok` +
        failed.map((r) => `\n  [${r.status}] ${r.name}${r.status === 'ok' ? '' : ` — ${r.reason}`}`).join(''),
    );
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(failed.filter((r) => r.name.startsWith('MUST')).map((r) => r.name)).toEqual([]);
    expect(failed.map((r) => r.name)).toEqual([]);
  });
});
