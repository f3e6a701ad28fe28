// Protocol hygiene: CSRF for every content type, CORS from an allowlist, introspection off in
// production, one status per refusal whatever the Accept header, and a public surface that
// gives anonymous callers the chain map and nothing more (no money).
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../db.js';
import { testViewer } from '../graphql.js';
import { hostileApp, refusedWith } from './app.js';

const db = testExecutor();
const { app, post, query } = hostileApp(db);

describe('CSRF', () => {
  const send = (contentType: string | null, body: string, extra: Record<string, string> = {}) =>
    app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { ...(contentType ? { 'content-type': contentType } : {}), ...extra },
      body,
    });

  it('refuses application/graphql, text/plain, form and unlabelled POSTs without the header (403, CSRF_HEADER_REQUIRED)', async () => {
    for (const [type, body] of [
      ['application/graphql', '{ chains { id } }'],
      ['text/plain', '{"query":"{ chains { id } }"}'],
      ['text/plain;charset=UTF-8', '{"query":"{ chains { id } }"}'],
      ['application/x-www-form-urlencoded', 'query=%7Bchains%7Bid%7D%7D'],
      ['multipart/form-data; boundary=x', '--x--'],
      [null, '{"query":"{ chains { id } }"}'],
    ] as const) {
      const res = await send(type, body);
      expect(res.status, String(type)).toBe(403);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
        'CSRF_HEADER_REQUIRED',
      );
    }
  });

  it('lets a JSON POST through, and any content type with the header', async () => {
    expect((await send('application/json', '{"query":"{ chains { id } }"}')).status).toBe(200);
    expect((await send('application/json; charset=utf-8', '{"query":"{ chains { id } }"}')).status).toBe(200);
    expect((await send('application/graphql', '{ chains { id } }', { 'x-graphql-yoga-csrf': '1' })).status).not.toBe(403);
  });
});

describe('CORS', () => {
  const fromOrigin = (a: typeof app, origin: string, method = 'POST') =>
    a.fetch('http://localhost/graphql', {
      method,
      headers:
        method === 'OPTIONS'
          ? { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' }
          : { origin, 'content-type': 'application/json' },
      body: method === 'OPTIONS' ? null : '{"query":"{ chains { id } }"}',
    });

  it('sends no CORS headers when CORS_ORIGINS is unset (same-origin only), whatever the Origin', async () => {
    const res = await fromOrigin(app, 'https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows only the listed origins, never with credentials', async () => {
    const listed = hostileApp(db, { corsOrigins: ['https://portal.example.cn', 'https://other.example'] }).app;
    const ok = await fromOrigin(listed, 'https://portal.example.cn', 'OPTIONS');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://portal.example.cn');
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const evil = await fromOrigin(listed, 'https://evil.example', 'OPTIONS');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const evilPost = await fromOrigin(listed, 'https://evil.example');
    expect(evilPost.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('introspection', () => {
  it('is off in production (400, INTROSPECTION_DISABLED) and on when configured or in development', async () => {
    const res = await query('{ __schema { types { name } } }');
    expect(res.status).toBe(400);
    refusedWith(res, 'INTROSPECTION_DISABLED');
    expect((await query('{ __type(name: "Chain") { name } }')).status).toBe(400);
    expect((await query('{ chains { __typename } }')).status).toBe(200);
    const on = hostileApp(db, { introspection: true });
    expect((await on.query('{ __schema { queryType { name } } }')).status).toBe(200);
    const dev = hostileApp(db, { production: false });
    expect((await dev.query('{ __schema { queryType { name } } }')).status).toBe(200);
  });
});

describe('one status per refusal', () => {
  it('answers a refused request with the same 4xx for application/json and application/graphql-response+json', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const unknownField = await post({ query: '{ chainz { id } }' }, { accept });
      expect(unknownField.status, accept).toBe(400);
      expect(unknownField.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const syntax = await post({ query: '{ chains { id }' }, { accept });
      expect(syntax.status, accept).toBe(400);
      expect(syntax.body.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
      const closed = await post({ query: '{ enterprises { totalCount } }' }, { accept });
      expect(closed.status, accept).toBe(401);
      expect(closed.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      const costly = await post({ query: '{chains{segments{chain{segments{chain{segments{id}}}}}}}' }, { accept });
      expect(costly.status, accept).toBe(400);
      expect(costly.body.errors![0]!.extensions!.code).toBe('QUERY_TOO_COSTLY');
    }
  });
});

describe('public surface', () => {
  const map = `{ chainMap(chainId: "semi", parkId: "ls-etdz", includeEnterprises: true, includeProjects: true) { nodes { id type label data } } }`;
  type MapData = { chainMap: { nodes: { id: string; type: string; label: string; data: Record<string, unknown> | null }[] } };

  it('gives anonymous chain maps enterprise and project names but no investment amounts', async () => {
    const res = await query(map);
    expect(res.body.errors).toBeUndefined();
    const nodes = (res.body.data as MapData).chainMap.nodes;
    expect(nodes.some((n) => n.type === 'Enterprise')).toBe(true);
    const projects = nodes.filter((n) => n.type === 'Project');
    expect(projects.length).toBeGreaterThan(0);
    for (const p of projects) expect(p.data?.investmentCny ?? null).toBeNull();
    expect(JSON.stringify(res.body)).not.toMatch(/investmentCny":\d/);
    const signedIn = await hostileApp(db, { viewer: testViewer('viewer') }).query(map);
    const amounts = (signedIn.body.data as MapData).chainMap.nodes.filter((n) => typeof n.data?.investmentCny === 'number');
    expect(amounts.length).toBeGreaterThan(0);
  });

  it('refuses anonymous reads of projects and enterprises outside the map', async () => {
    refusedWith(await query('{ projects(first: 5) { edges { node { investmentCny } } } }'), 'UNAUTHENTICATED');
    refusedWith(await query('{ project(id: "pj.fulede-polished-wafer-phase1") { investmentCny } }'), 'UNAUTHENTICATED');
  });
});
