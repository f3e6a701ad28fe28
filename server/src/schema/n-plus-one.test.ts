// No N+1: the number of Cypher statements one GraphQL request causes must not grow with the
// number of results. Each deep query runs over one root and over all roots; the statement counts
// (the executor's counter, which every request's fork reports to) must be equal, and small.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';

const db = testExecutor();
// These queries are deliberately as wide as the schema allows, far over the default cost budget
// (limits/): this file counts statements, so it lifts the budget.
const gql = graphqlClient(db, { limits: { maxCost: 1_000_000_000, clientBudget: 1_000_000_000 } });

/** Statements one request makes, and its data (asserting it had no errors). */
async function measure(query: string): Promise<{ statements: number; data: Record<string, unknown> }> {
  const before = db.statementCount;
  const res = await gql(query);
  expect(res.errors, query).toBeUndefined();
  return { statements: db.statementCount - before, data: res.data! };
}

/** Counts the objects with an `id` anywhere in a result, to show the big query is big. */
function countIds(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countIds(v), 0);
  if (value && typeof value === 'object') {
    return Object.entries(value).reduce((n, [k, v]) => n + (k === 'id' ? 1 : countIds(v)), 0);
  }
  return 0;
}

const CHAIN_BODY = `id segments { id enterprises(first: 100) { totalCount edges { node { enterprise { id park { id region { id } } } } } } }`;
const PARK_BODY = `id enterprises(first: 100) { edges { node { id segments { segment { id chain { id } } } } } }`;
const PROJECT_BODY = `totalCount edges { node { id investor { id sources { id } } park { id } } }`;

// `folded`: the one-root query's root lookup rides on its connection's page (park(id) reads its
// enterprises first and the page brings the park, schema/lookahead.ts), so it costs one statement
// fewer than the list of all roots, which reads them with `parks`.
const cases: { name: string; one: string; all: string; max: number; folded?: boolean }[] = [
  {
    name: 'chains → segments → enterprises → park → region',
    one: `{ chains: chain(id: "film") { ${CHAIN_BODY} } }`,
    all: `{ chains { ${CHAIN_BODY} } }`,
    max: 6,
  },
  {
    name: 'parks → enterprises → segments → chain',
    one: `{ parks: park(id: "nb-jiangbei-hitech-park") { ${PARK_BODY} } }`,
    all: `{ parks { ${PARK_BODY} } }`,
    max: 6,
    folded: true,
  },
  {
    name: 'projects connection → investor → sources',
    one: `{ projects(first: 1) { ${PROJECT_BODY} } }`,
    all: `{ projects(first: 100) { ${PROJECT_BODY} } }`,
    max: 5,
  },
  {
    name: 'search → node → sources',
    one: `{ search(text: "长阳科技", first: 1) { edges { node { id node { id ... on Cited { sources { id } } } } } } }`,
    all: `{ search(text: "有限公司", first: 100) { edges { node { id node { id ... on Cited { sources { id } } } } } } }`,
    max: 3,
  },
];

describe('statements per request do not grow with the results (no N+1)', () => {
  it.each(cases)('$name', async ({ one, all, max, folded }) => {
    const small = await measure(one);
    const big = await measure(all);
    // The big query really is bigger, or the comparison proves nothing.
    expect(countIds(big.data)).toBeGreaterThan(countIds(small.data) * 3);
    expect(big.statements).toBe(small.statements + (folded ? 1 : 0));
    expect(big.statements).toBeLessThanOrEqual(max);
  });
});
