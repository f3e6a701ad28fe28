// Oversized and out-of-range input: long strings, huge amounts, impossible years, deep JSON
// variables, huge bodies. Each is refused naming the field (or variable) and the limit; nothing
// is stored.
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, testExecutor } from '../db.js';
import { testViewer } from '../graphql.js';
import { hostileApp, normalQueryStillAnswers, refusedWith, rssGrowthMb, RSS_BOUND_MB } from './app.js';

const db = testExecutor();

// The first queries of a fresh database compile their plans; time only what follows.
beforeAll(() => normalQueryStillAnswers(hostileApp(db).post).catch(() => undefined));
const editor = hostileApp(db, { viewer: testViewer('editor') });
const analyst = hostileApp(db, { viewer: testViewer('analyst') });
const anonymous = hostileApp(db);

const create = `mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { enterprise { id } errors { field code message } } }`;
const createProject = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { project { id } errors { field code message } } }`;

describe('editor input out of bounds', () => {
  it('refuses a 100 kB name, an amount of 1e308 and a founding year 9999, naming field and limit; the graph is unchanged', async () => {
    const before = await fingerprint(db);
    const longName = await editor.query(create, { input: { name: '名'.repeat(100_000) } });
    // Over the request-wide string bound: refused before the resolver, naming the variable.
    expect(refusedWith(longName, 'BAD_USER_INPUT').message).toMatch(/\$input\.name: at most 20000 characters \(got 100000\)/);

    const name5k = await editor.query(create, { input: { name: 'x'.repeat(5_000) } });
    expect((name5k.body.data as { createEnterprise: { errors: unknown[] } }).createEnterprise.errors).toEqual([
      { field: 'input.name', code: 'INVALID', message: 'at most 200 characters' },
    ]);
    const founded = await editor.query(create, { input: { name: '测试企业', founded: '9999' } });
    expect((founded.body.data as { createEnterprise: { errors: unknown[] } }).createEnterprise.errors).toEqual([
      { field: 'input.founded', code: 'INVALID', message: 'years from 1800 to 2100' },
    ]);
    const money = await editor.query(createProject, { input: { name: '测试项目', investmentCny: 1e308 } });
    expect((money.body.data as { createProject: { errors: unknown[] } }).createProject.errors).toEqual([
      { field: 'input.investmentCny', code: 'INVALID', message: 'at most 1e+13' },
    ]);
    expect(await fingerprint(db)).toEqual(before);
  });

  it('refuses an asOf outside the date bounds and a long search text, naming the argument', async () => {
    const viewer = hostileApp(db, { viewer: testViewer('viewer') });
    const asOf = await viewer.query('{ gapReport(chainId: "pv", parkId: "zs-hitech", asOf: "9999") { asOf } }');
    expect(refusedWith(asOf, 'BAD_USER_INPUT').message).toMatch(/asOf: years from 1800 to 2100/);
    const search = await viewer.query('query ($t: String!) { search(text: $t) { totalCount } }', { t: '光'.repeat(5_000) });
    expect(refusedWith(search, 'BAD_USER_INPUT').message).toMatch(/text: at most 200 characters/);
  });
});

describe('deep and large variables', () => {
  it('refuses JSON parameters nested 100,000 deep without walking them', async () => {
    // JSON.stringify would recurse that deep; build the text by hand as an attacker would.
    const params = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const body = `{"query":"query ($p: JSON) { cypher(query: \\"RETURN 1 AS x\\", params: $p) { rowCount } }","variables":{"p":${params}}}`;
    let res!: Awaited<ReturnType<typeof analyst.post>>;
    const grew = await rssGrowthMb(async () => {
      res = await analyst.post(body);
    });
    expect(res.status).toBe(400);
    expect(refusedWith(res, 'BAD_USER_INPUT').extensions).toMatchObject({ limit: 'maxDepth', max: 16 });
    expect(grew).toBeLessThan(RSS_BOUND_MB);
  });

  it('refuses a long string literal in the document and a body over the size bound', async () => {
    const literal = await anonymous.query(`{ chain(id: "${'x'.repeat(30_000)}") { id } }`);
    expect(refusedWith(literal, 'BAD_USER_INPUT').extensions).toMatchObject({ limit: 'maxStringLength', max: 20_000, got: 30_000 });
    const body = JSON.stringify({ query: '{ chains { id } }', variables: { pad: 'x'.repeat(2_000_000) } });
    const huge = await anonymous.post(body, { 'content-length': String(Buffer.byteLength(body)) });
    expect(huge.status).toBe(413);
    expect(refusedWith(huge, 'BAD_USER_INPUT').extensions).toMatchObject({ limit: 'maxBodyBytes', max: 1_000_000 });
    await normalQueryStillAnswers(anonymous.post);
  });
});
