import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

// One seeded id per domain type, with the GraphQL type it must resolve to.
const samples: [string, string][] = [
  ['s003', 'Source'],
  ['zj.ningbo', 'Region'],
  ['pv', 'Chain'],
  ['pv.backsheet', 'Segment'],
  ['nb-hitech', 'Park'],
  ['e.changyang', 'Enterprise'],
  ['pj.fulede-semiconductor', 'Project'],
  ['in.lishui-technician-college', 'Institution'],
  ['pol.ls-etdz.chain-chief-plan-2023', 'Policy'],
];

describe('node(id) / nodes(ids)', () => {
  it.each(samples)('resolves %s to its type %s', async (id, type) => {
    const res = await gql<{ node: { __typename: string; id: string } | null }>('query ($id: ID!) { node(id: $id) { __typename id } }', {
      id,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toEqual({ __typename: type, id });
  });

  it('gives a policy loaded by id its park and its source', async () => {
    const res = await gql<{ node: { park: { id: string }; chains: { id: string }[]; sources: { file: string }[] } }>(
      '{ node(id: "pol.ls-etdz.chain-chief-plan-2023") { ... on Policy { park { id } chains { id } sources { file } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.node.park.id).toBe('ls-etdz');
    expect(res.data!.node.sources).toEqual([{ file: '002_42ac581b246fc895.txt' }]);
  });

  it('resolves figures and capacities, whose ids are derived', async () => {
    const ids = await db.read<{ id: string; type: string }>({
      text: "MATCH (n) WHERE n:Figure OR n:Capacity RETURN n.id AS id, CASE WHEN n:Figure THEN 'Figure' ELSE 'Capacity' END AS type ORDER BY type, id",
    });
    const figure = ids.find((r) => r.type === 'Figure')!;
    const capacity = ids.find((r) => r.type === 'Capacity')!;
    const res = await gql<{ nodes: { __typename: string; id: string }[] }>('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', {
      ids: [figure.id, capacity.id],
    });
    expect(res.data!.nodes).toEqual([
      { __typename: 'Figure', id: figure.id },
      { __typename: 'Capacity', id: capacity.id },
    ]);
  });

  it('answers nodes(ids) in the order asked, null for unknown ids, with type-specific fields', async () => {
    const res = await gql<{ nodes: ({ id: string; name?: string } | null)[] }>(
      '{ nodes(ids: ["e.changyang", "no-such-node", "pv"]) { id ... on Enterprise { name } ... on Chain { name } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toEqual([
      { id: 'e.changyang', name: '宁波长阳科技股份有限公司' },
      null,
      { id: 'pv', name: expect.any(String) },
    ]);
  });

  it('uses the plain id as the global id (no base64) and one statement for many nodes', async () => {
    const before = db.statementCount;
    const res = await gql<{ nodes: { id: string }[] }>('{ nodes(ids: ["pv", "film", "semi", "nb-hitech", "ls-etdz"]) { id } }');
    expect(res.data!.nodes.map((n) => n.id)).toEqual(['pv', 'film', 'semi', 'nb-hitech', 'ls-etdz']);
    expect(db.statementCount - before).toBe(1);
  });

  it('returns null for an unknown id', async () => {
    const res = await gql<{ node: null }>('{ node(id: "nothing-here") { id } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toBeNull();
  });

  it('refuses more than 500 ids at once', async () => {
    const ids = Array.from({ length: 501 }, (_, i) => `x${i}`);
    const res = await gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
