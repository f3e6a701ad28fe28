// Requests that multiply work: schema cycles, wide and deep nesting, aliases, batches, huge
// pages, fragments. Each is refused before it runs (a code, the limit and the cost) or answers
// within bounds; the process does not balloon and a normal query answers right after.
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationCost } from '../../src/limits/cost-plugin.js';
import { schema } from '../../src/schema/index.js';
import { testExecutor } from '../db.js';
import { testViewer } from '../graphql.js';
import { defaultLimits } from '../../src/yoga.js';
import { hostileApp, normalQueryStillAnswers, refusedWith, rssGrowthMb, RSS_BOUND_MB } from './app.js';

const db = testExecutor();
const anonymous = hostileApp(db);
const viewer = hostileApp(db, { viewer: testViewer('viewer') });

// The first queries of a fresh database compile their plans; time only what follows.
beforeAll(() => normalQueryStillAnswers(hostileApp(db).post).catch(() => undefined));

describe('schema cycles and nesting', () => {
  it("refuses the issue's 105-byte depth-11 cycle (chain → segments → chain …) by cost, before running it", async () => {
    const cycle = '{chains{segments{chain{segments{chain{segments{chain{segments{chain{segments{id name nameEn}}}}}}}}}}}';
    expect(cycle.length).toBeLessThanOrEqual(105);
    let res!: Awaited<ReturnType<typeof anonymous.query>>;
    const grew = await rssGrowthMb(async () => {
      res = await anonymous.query(cycle);
    });
    expect(res.status).toBe(400);
    const error = refusedWith(res, 'QUERY_TOO_COSTLY');
    expect(error.extensions).toMatchObject({ limit: 'maxCost', maxCost: defaultLimits.maxCost });
    expect(error.extensions.cost as number).toBeGreaterThan(1e9);
    expect(error.message).toMatch(/could cost \d+; the limit per request is 200000/);
    expect(grew).toBeLessThan(RSS_BOUND_MB);
    await normalQueryStillAnswers(anonymous.post);
  });

  it('refuses the same cycle through neighbours (upstream/downstream) and through fragments', async () => {
    const viaFlows = '{chains{segments{downstream{upstream{downstream{upstream{downstream{upstream{id}}}}}}}}}';
    refusedWith(await anonymous.query(viaFlows), 'QUERY_TOO_COSTLY');
    const viaFragments = `
      query { chains { ...C } }
      fragment C on Chain { segments { ...S } }
      fragment S on Segment { chain { segments { chain { segments { chain { segments { id } } } } } } }`;
    refusedWith(await anonymous.query(viaFragments), 'QUERY_TOO_COSTLY');
  });

  it('refuses one level more than the depth limit even when it is cheap', async () => {
    let q = 'id';
    for (let i = 0; i < defaultLimits.maxDepth; i++) q = `parent { ${q} }`;
    const res = await anonymous.query(`{ segment(id: "pv.hjt-cell") { ${q} } }`);
    expect(res.status).toBe(400);
    expect(refusedWith(res, 'QUERY_LIMIT_EXCEEDED').message).toMatch(/depth limit of 12 exceeded/);
  });

  it('answers a wide but bounded query (every public chain with its segments and flows)', async () => {
    const res = await anonymous.query('{ chains { id segments { id name upstream { id } downstream { id } } flows { fromId toId } } }');
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect((res.body.data as { chains: unknown[] }).chains.length).toBeGreaterThan(5);
  });
});

describe('aliases and batches', () => {
  const gapReports = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `g${i}: gapReport(chainId: "pv", parkId: "zs-hitech") { segments { status } }`).join(' ')} }`;

  it('refuses 10 batched operations of 30 aliased gapReports (300 reports) as one request over budget', async () => {
    let res!: Awaited<ReturnType<typeof viewer.post>>;
    const grew = await rssGrowthMb(async () => {
      res = await viewer.post(Array.from({ length: 10 }, () => ({ query: gapReports(30) })));
    });
    const answers = res.body as unknown as { data?: unknown; errors?: { extensions: Record<string, unknown> }[] }[];
    expect(answers).toHaveLength(10);
    // Each operation of 30 gap reports is over the per-request budget by itself: none runs.
    for (const a of answers) {
      expect(a.data).toBeUndefined();
      expect(a.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 'maxCost', maxCost: defaultLimits.maxCost });
      expect(a.errors![0]!.extensions.cost as number).toBeGreaterThan(defaultLimits.maxCost);
    }
    // The budget is shared by the operations of a batch: with room for two, the third is refused.
    const op = '{ chain(id: "pv") { segments { id name } } }';
    const one = operationCost(schema, parse(op), null, {})!;
    const tight = hostileApp(db, { viewer: testViewer('viewer'), limits: { maxCost: Math.floor(2.5 * one) } });
    const some = await tight.post(Array.from({ length: 3 }, () => ({ query: op })));
    const three = some.body as unknown as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] }[];
    expect(three.filter((a) => a.data).length).toBe(2);
    const over = three.find((a) => a.errors)!;
    expect(over.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
    expect(over.errors![0]!.message).toMatch(/with the \d+ this request's other operations cost/);
    expect(grew).toBeLessThan(RSS_BOUND_MB);
    await normalQueryStillAnswers(viewer.post);
  });

  it('refuses 31 aliases, and more operations in a batch than allowed', async () => {
    const aliased = `{ ${Array.from({ length: 31 }, (_, i) => `c${i}: chain(id: "pv") { id }`).join(' ')} }`;
    expect(refusedWith(await anonymous.query(aliased), 'QUERY_LIMIT_EXCEEDED').message).toMatch(/Aliases limit of 30/);
    const batch = await anonymous.post(Array.from({ length: defaultLimits.maxBatch + 1 }, () => ({ query: '{ chains { id } }' })));
    expect(batch.status).toBe(413);
  });

  it("a client's budget runs out under repeated requests (RATE_LIMITED, 429 with Retry-After); another client is not affected", async () => {
    // A bucket of 1000 against a query of about 180 (60 segments × 3 values, the chain).
    const small = hostileApp(db, { limits: { maxCost: 1_000, clientBudget: 1_000, clientRefillPerSecond: 10 } });
    const query = '{ chain(id: "pv") { segments { id name } } }';
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await small.query(query));
    const limited = answers.filter((a) => a.status === 429);
    expect(answers[0]!.status).toBe(200);
    expect(limited.length).toBeGreaterThan(0);
    const error = refusedWith(limited[0]!, 'RATE_LIMITED');
    expect(error.extensions).toMatchObject({ limit: 'clientBudget', clientBudget: 1_000 });
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // A signed-in client has a bucket of its own.
    const other = hostileApp(db, {
      limits: { maxCost: 1_000, clientBudget: 1_000, clientRefillPerSecond: 10 },
      viewer: { ...testViewer('viewer'), credential: { kind: 'token', id: 't-other' } },
    });
    expect((await other.query(query)).status).toBe(200);
  });
});

describe('huge pages and lists', () => {
  it('refuses first: 1000000 with the bound, and caps chainMap enterpriseLimit', async () => {
    const res = await viewer.query('{ enterprises(first: 1000000) { edges { node { id } } } }');
    expect(res.status).toBe(400);
    expect(refusedWith(res, 'QUERY_TOO_COSTLY').extensions.cost).toBeGreaterThan(1_000_000);
    const page = await viewer.query('{ enterprises(first: 101) { edges { node { id } } } }');
    expect(page.body.errors![0]!.message).toMatch(/"first" must be between 0 and 100/);
    const map = await anonymous.query('{ chainMap(chainId: "pv", enterpriseLimit: 100000) { truncated } }');
    expect(map.body.errors![0]!.message).toMatch(/enterpriseLimit must be between 0 and 500/);
  });

  it('refuses nodes(ids) with more ids than the list bound', async () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `x${i}`);
    const res = await viewer.query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(res.status).toBe(400);
    expect(refusedWith(res, 'BAD_USER_INPUT').extensions).toMatchObject({ limit: 'maxListItems', max: 1000, got: 5000 });
  });
});
