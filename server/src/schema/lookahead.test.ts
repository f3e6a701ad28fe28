// park(id) and segment(id) look ahead at their batched connections (lookahead.ts): the page
// statement brings the parent with it, so `park(id) { projects }` is one statement, not two.
// Every answer is checked against the same selection reached through node(id), which has no
// lookahead (the node lookup, then the page: the path park(id) took before).
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient, type GraphQLResponse } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

/** One request's response and the statements it ran, by name. */
async function run(query: string, variables?: Record<string, unknown>) {
  const before = new Map(db.counter.byName);
  const total = db.statementCount;
  const res = await gql<Record<string, unknown>>(query, variables);
  const names: string[] = [];
  for (const [name, n] of db.counter.byName) for (let i = 0; i < n - (before.get(name) ?? 0); i++) names.push(name);
  return { res, statements: db.statementCount - total, names: names.sort() };
}

const PROJECTS = 'totalCount edges { cursor node { id name status statusAsOf } } pageInfo { hasNextPage endCursor }';
const ENTERPRISES = 'totalCount edges { node { id name } } pageInfo { hasNextPage }';

/** `park(id)` with `body`, and the same body through node(id), must answer alike. */
async function sameAsNode(kind: 'park' | 'segment', id: string, body: string, fragments = '', variables: Record<string, unknown> = {}) {
  const type = kind === 'park' ? 'Park' : 'Segment';
  const defs = Object.keys(variables).length ? `(${Object.keys(variables).map((v) => `$${v}: ${varType(v)}`)}, $id: ID!)` : '($id: ID!)';
  const folded = await run(`query ${defs} { x: ${kind}(id: $id) { ${body} } } ${fragments}`, { ...variables, id });
  const plain = await run(`query ${defs} { x: node(id: $id) { ... on ${type} { ${body} } } } ${fragments}`, { ...variables, id });
  expect(folded.res.errors).toBeUndefined();
  expect(plain.res.errors).toBeUndefined();
  expect(folded.res.data).toEqual(plain.res.data);
  return { folded, plain, data: folded.res.data!.x as Record<string, unknown> };
}
const varType = (v: string) => ({ n: 'Int', rollup: 'Boolean', withFirms: 'Boolean!' })[v] ?? 'String';

type Page = { totalCount: number; edges: { node: { id: string } }[] };

describe('park(id) reads its connections first, and itself with them', () => {
  it('park and its projects: one statement, the page (it brings the park), same answer as before', async () => {
    const { folded, plain, data } = await sameAsNode('park', 'ls-etdz', `id name projects(first: 100) { ${PROJECTS} }`);
    expect(folded.names).toEqual(['api/park-project-page']);
    expect(folded.statements).toBe(1);
    // Without the lookahead: the park, then its page.
    expect(plain.names).toEqual(['api/entities-by-id', 'api/park-project-page']);
    expect(data.name).toBeTruthy();
    expect((data.projects as Page).totalCount).toBeGreaterThan(1);
  });

  it('enterprises and projects together: two statements (in parallel), no node lookup', async () => {
    const { folded } = await sameAsNode('park', 'nb-hitech', `id name enterprises(first: 5) { ${ENTERPRISES} } projects { ${PROJECTS} }`);
    expect(folded.names).toEqual(['api/park-enterprise-page', 'api/park-project-page']);
  });

  it('aliases with different arguments: each its own page, both prefetched', async () => {
    const { folded, data } = await sameAsNode(
      'park',
      'ls-etdz',
      `a: projects(first: 1) { ${PROJECTS} } b: projects(first: 2) { ${PROJECTS} } c: projects(first: 2, includeSubParks: false) { ${PROJECTS} }`,
    );
    expect(folded.names).toEqual(['api/park-project-page', 'api/park-project-page', 'api/park-project-page']);
    expect((data.a as Page).edges).toHaveLength(1);
    expect((data.b as Page).edges).toHaveLength(2);
  });

  it('through inline and named fragments (on the type and on an interface), with variables, and @skip/@include', async () => {
    const fragments = `fragment P on Park { projects(first: $n, includeSubParks: $rollup) { ${PROJECTS} } }
                       fragment C on Cited { ... on Park { enterprises(first: 3) @include(if: $withFirms) { ${ENTERPRISES} } } }`;
    const body = `name ... on Park { ...P } ...C`;
    const withAll = await sameAsNode('park', 'ls-etdz', body, fragments, { n: 3, rollup: true, withFirms: true });
    expect(withAll.folded.names).toEqual(['api/park-enterprise-page', 'api/park-project-page']);
    // A connection dropped by @include is not read.
    const without = await sameAsNode('park', 'ls-etdz', body, fragments, { n: 3, rollup: true, withFirms: false });
    expect(without.folded.names).toEqual(['api/park-project-page']);
    const skipped = await run(`{ park(id: "ls-etdz") { name projects @skip(if: true) { totalCount } } }`);
    expect(skipped.res.errors).toBeUndefined();
    expect(skipped.names).toEqual(['api/entities-by-id']);
  });

  it('includeSubParks false, and a later page by cursor', async () => {
    const rolled = await sameAsNode('park', 'ls-etdz', `projects(first: 100) { ${PROJECTS} }`);
    const direct = await sameAsNode('park', 'ls-etdz', `projects(first: 100, includeSubParks: $rollup) { ${PROJECTS} }`, '', {
      rollup: false,
    });
    expect(direct.folded.names).toEqual(['api/park-project-page']);
    const all = (rolled.data.projects as Page).totalCount;
    expect((direct.data.projects as Page).totalCount).toBeLessThan(all);
    const first = (
      await gql<{ park: { projects: { pageInfo: { endCursor: string } } } }>(
        `{ park(id: "ls-etdz") { projects(first: 2) { ${PROJECTS} } } }`,
      )
    ).data!.park.projects.pageInfo.endCursor;
    const next = await sameAsNode('park', 'ls-etdz', `projects(first: 2, after: $after) { ${PROJECTS} }`, '', { after: first });
    expect(next.folded.names).toEqual(['api/park-project-page']);
  });

  it('an unknown park, or an id of another type, is still null', async () => {
    for (const id of ['no-such-park', 'pj.fulede-semiconductor']) {
      const res = await run(`query ($id: ID!) { park(id: $id) { id projects { totalCount } } }`, { id });
      expect(res.res.errors).toBeUndefined();
      expect(res.res.data).toEqual({ park: null });
    }
  });

  it('a bad page size is the child field’s BAD_USER_INPUT, as before; the park is still read', async () => {
    const folded = await run(`{ x: park(id: "ls-etdz") { id projects(first: 100000) { totalCount } } }`);
    const plain = await run(`{ x: node(id: "ls-etdz") { ... on Park { id projects(first: 100000) { totalCount } } } }`);
    for (const r of [folded, plain]) {
      expect(r.res.errors).toHaveLength(1);
      expect(r.res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.res.errors![0]!.path).toEqual(['x', 'projects']);
    }
    expect(folded.res.errors![0]!.message).toBe(plain.res.errors![0]!.message);
    expect(folded.res.data).toEqual(plain.res.data);
    expect(folded.names).toEqual(['api/entities-by-id']);
  });

  it('without a connection selected, park(id) is the node lookup alone', async () => {
    const res = await run(`{ park(id: "ls-etdz") { id name subParks { id } } }`);
    expect(res.res.errors).toBeUndefined();
    expect(res.names).toEqual(['api/entities-by-id', 'api/in-links']);
  });
});

describe('segment(id) likewise', () => {
  const BODY = `id name enterprises(first: 5) { totalCount edges { node { enterprise { id } inferred } } }`;

  it('a segment and its enterprises: one statement', async () => {
    const { folded } = await sameAsNode('segment', 'pv.backsheet', BODY);
    expect(folded.names).toEqual(['api/segment-enterprise-page']);
  });

  it('a former id still resolves to the segment it migrated to, with its page', async () => {
    const res: { res: GraphQLResponse<Record<string, unknown>> } = await run(`{ segment(id: "semi.materials") { ${BODY} } }`);
    const now = await run(`{ segment(id: "semi.silicon") { ${BODY} } }`);
    expect(res.res.errors).toBeUndefined();
    expect(res.res.data).toEqual(now.res.data);
    expect((res.res.data!.segment as { id: string }).id).toBe('semi.silicon');
  });
});
