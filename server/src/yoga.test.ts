// The HTTP layer around the schema: protocol limits (graphql-armor, batching), CSRF prevention,
// masked errors and GraphiQL only in development.
import { describe, expect, it } from 'vitest';
import { sharedTestAuthExecutor, testExecutor } from '../test/db.js';
import { graphqlClient, testViewer } from '../test/graphql.js';
import { createApp, defaultLimits } from './yoga.js';

const db = testExecutor();
const gql = graphqlClient(db);
const app = createApp({ executor: db, authExecutor: sharedTestAuthExecutor(), production: false, viewerFor: () => testViewer('viewer') });
const post = (body: unknown, headers: Record<string, string> = {}) =>
  app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });

/**
 * `segment { parent { parent { … { id } } } }`, `depth` levels deep (the leaf counts): deep but
 * cheap (no list multiplies it), so only the depth limit can refuse it.
 */
function nested(depth: number): string {
  let q = 'id';
  for (let i = 0; i < depth - 2; i++) q = `parent { ${q} }`;
  return `{ segment(id: "pv.hjt-cell") { ${q} } }`;
}

describe('protocol limits', () => {
  it('accepts the deepest query within the limit and refuses one level more, with a clear error', async () => {
    const ok = await gql(nested(defaultLimits.maxDepth));
    expect(ok.errors).toBeUndefined();
    const deep = await gql(nested(defaultLimits.maxDepth + 1));
    expect(deep.status).toBe(400);
    expect(deep.data).toBeUndefined();
    expect(deep.errors).toEqual([
      expect.objectContaining({
        message: `Syntax Error: Query depth limit of ${defaultLimits.maxDepth} exceeded, found ${defaultLimits.maxDepth + 1}.`,
        extensions: expect.objectContaining({ code: 'QUERY_LIMIT_EXCEEDED' }),
      }),
    ]);
  });

  it('refuses too many aliases', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `c${i}: chain(id: "pv") { id }`).join(' ')} }`;
    expect((await gql(aliased(defaultLimits.maxAliases))).errors).toBeUndefined();
    const res = await gql(aliased(defaultLimits.maxAliases + 1));
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toBe(
      `Syntax Error: Aliases limit of ${defaultLimits.maxAliases} exceeded, found ${defaultLimits.maxAliases + 1}.`,
    );
    expect(res.errors![0]!.extensions!.code).toBe('QUERY_LIMIT_EXCEEDED');
  });

  it('refuses a too costly query and a too long document', async () => {
    const costly = graphqlClient(db, { limits: { maxCost: 10 } });
    const res = await costly(`{ chains { id name segments { id name stage upstream { id name } } } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toMatch(/^This operation could cost \d+; the limit per request is 10\./);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 'maxCost', maxCost: 10 });
    const long = `{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }`;
    const tooLong = await gql(long);
    expect(tooLong.status).toBe(400);
    expect(tooLong.errors![0]!.message).toMatch(/^Syntax Error: Token limit of 5000 exceeded/);
  });

  it('runs small batches and refuses one over the batch limit', async () => {
    const batch = (n: number) => Array.from({ length: n }, () => ({ query: '{ chains { id } }' }));
    const ok = await post(batch(2));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as unknown[]).length).toBe(2);
    const tooMany = await post(batch(defaultLimits.maxBatch + 1));
    expect(tooMany.status).toBe(413);
    expect(await tooMany.json()).toEqual({
      errors: [expect.objectContaining({ message: `Batching is limited to ${defaultLimits.maxBatch} operations per request.` })],
    });
  });

  it('sends a deep introspection query (GraphiQL) through', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const res = await gql(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
  });
});

describe('CSRF prevention', () => {
  const url = 'http://localhost/graphql?query=%7Bchains%7Bid%7D%7D';

  it("lets the client's JSON POST through (a cross-site page cannot send it without preflight)", async () => {
    const res = await post({ query: '{ chains { id } }' }, { accept: 'application/json' });
    expect(res.status).toBe(200);
  });

  it('refuses GET and form-like POSTs without the x-graphql-yoga-csrf header', async () => {
    const get = await app.fetch(url, { method: 'GET' });
    expect(get.status).toBe(403);
    expect(await get.json()).toEqual({
      errors: [
        expect.objectContaining({ message: expect.stringMatching(/x-graphql-yoga-csrf/), extensions: { code: 'CSRF_HEADER_REQUIRED' } }),
      ],
    });
    const form = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7Bchains%7Bid%7D%7D',
    });
    expect(form.status).toBe(403);
    const withHeader = await app.fetch(url, { method: 'GET', headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(withHeader.status).toBe(200);
  });
});

describe('errors and GraphiQL by environment', () => {
  const failing = (production: boolean) =>
    createApp({
      executor: db,
      authExecutor: sharedTestAuthExecutor(),
      production,
      viewerFor: () => {
        throw new Error('internal detail: /srv/app/secret.ts line 42');
      },
    });
  const ask = (a: ReturnType<typeof createApp>) =>
    a.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ chains { id } }' }),
    });

  it('masks an unexpected error in production: a generic message with a code, no detail or stack', async () => {
    const res = await ask(failing(true));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(text).not.toMatch(/secret|stack|\.ts/);
  });

  it('shows the detail in development', async () => {
    const body = (await (await ask(failing(false))).json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.message).toBe('Unexpected error.');
    expect(JSON.stringify(body.errors[0]!.extensions)).toMatch(/internal detail/);
  });

  it('serves GraphiQL in development only', async () => {
    const html = { method: 'GET', headers: { accept: 'text/html' } };
    const dev = await app.fetch('http://localhost/graphql', html);
    expect(dev.status).toBe(200);
    expect(dev.headers.get('content-type')).toMatch(/text\/html/);
    const prod = await createApp({ executor: db, authExecutor: sharedTestAuthExecutor(), production: true }).fetch(
      'http://localhost/graphql',
      html,
    );
    expect(prod.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(await prod.text()).not.toMatch(/graphiql/i);
  });

  it('hides field suggestions in production', async () => {
    const prod = graphqlClient(db, { production: true });
    const res = await prod(`{ chainz { id } }`);
    expect(res.errors![0]!.message).not.toMatch(/Did you mean/);
    const dev = await gql(`{ chainz { id } }`);
    expect(dev.errors![0]!.message).toMatch(/Did you mean "chain/);
  });
});
