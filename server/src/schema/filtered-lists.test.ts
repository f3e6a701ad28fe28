// The firm and project lists start from the most selective filter given (cypher/api/enterprises
// and projects: park, segment, chain, region; park, chain) and answer a list without filters from
// the count store and the id index (*-unfiltered). Whatever the way in, the answer must be what a
// scan of every node with every filter gives: the oracle below, run on the same database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient, walkConnection } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

const ENTERPRISE_SCAN = `
MATCH (e:Enterprise)
WHERE ($parkId IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:Park)-[:SUB_PARK_OF*0..]->(:Park {id: $parkId}) })
  AND ($chainId IS NULL OR EXISTS { (e)-[:IN_CHAIN]->(:Chain {id: $chainId}) }
       OR EXISTS { (e)-[:IN_SEGMENT]->(:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) })
  AND ($segmentId IS NULL OR EXISTS { (e)-[:IN_SEGMENT]->(:Segment)-[:SUB_SEGMENT_OF*0..]->(:Segment {id: $segmentId}) })
  AND ($role IS NULL OR $role IN coalesce(e.roles, []))
  AND ($regionId IS NULL
       OR EXISTS { (e)-[:LOCATED_IN]->(:Park)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) }
       OR EXISTS { (e)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
RETURN e.id AS id ORDER BY id`;

const PROJECT_SCAN = `
MATCH (j:Project)
WHERE ($statuses IS NULL OR j.status IN $statuses)
  AND ($parkId IS NULL OR EXISTS { (j)-[:IN_PARK]->(:Park)-[:SUB_PARK_OF*0..]->(:Park {id: $parkId}) })
  AND ($chainId IS NULL OR EXISTS { (j)-[:FOR_CHAIN]->(:Chain {id: $chainId}) }
       OR EXISTS { (j)-[:FOR_SEGMENT]->(:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) })
  AND ($minInvestment IS NULL OR j.investmentCny >= $minInvestment)
  AND ($dateFrom IS NULL OR left(j.plannedStartOn, size($dateFrom)) >= $dateFrom)
RETURN j.id AS id ORDER BY id`;

/** The firms every filter in `f` lets through, by the scan, in id order. */
const scanFirms = (f: Record<string, string>) =>
  db.read<{ id: string }>(
    { name: 'test/enterprise-scan', text: ENTERPRISE_SCAN },
    { parkId: null, chainId: null, segmentId: null, role: null, regionId: null, ...f },
  );

const ENTERPRISES = `query ($first: Int!, $after: String, $parkId: ID, $chainId: ID, $segmentId: ID, $role: EnterpriseRole, $regionId: ID) {
  enterprises(first: $first, after: $after, parkId: $parkId, chainId: $chainId, segmentId: $segmentId, role: $role, regionId: $regionId) {
    totalCount edges { node { id } } pageInfo { hasNextPage endCursor }
  }
}`;
const PROJECTS = `query ($first: Int!, $after: String, $parkId: ID, $chainId: ID, $status: [ProjectStatus!], $min: Float, $dateFrom: String) {
  projects(first: $first, after: $after, parkId: $parkId, chainId: $chainId, status: $status, minInvestmentCny: $min,
    dateField: PLANNED_START, dateFrom: $dateFrom) {
    totalCount edges { node { id } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('filtered lists give what a scan with every filter gives', () => {
  // Reached by one way only: a firm in a chain with no segment of it and placed in a region with
  // no park, a project for a chain with no segment. The seeds have none such.
  const ids = { firm: 'test.filtered-lists.firm', project: 'test.filtered-lists.project' };
  beforeAll(async () => {
    await db.write(
      {
        name: 'test/filtered-lists-make',
        text: `MATCH (c:Chain {id: 'film'}), (r:Region {id: 'zj.ningbo'})
               CREATE (e:Enterprise:Entity {id: $firm, name: '筛选测验企业'})-[:IN_CHAIN]->(c), (e)-[:IN_REGION]->(r)
               CREATE (:Project:Entity {id: $project, name: '筛选测验项目', status: 'signed'})-[:FOR_CHAIN]->(c)`,
      },
      ids,
    );
  });
  afterAll(async () => {
    await db.write({ name: 'test/filtered-lists-clean', text: 'MATCH (n:Entity) WHERE n.id IN [$firm, $project] DETACH DELETE n' }, ids);
  });
  it('the fixtures are in the answers they should be in', async () => {
    const res = await gql<{ a: { edges: { node: { id: string } }[] }; b: { edges: { node: { id: string } }[] } }>(`{
      a: enterprises(chainId: "film", regionId: "zj.ningbo", first: 100) { edges { node { id } } }
      b: projects(chainId: "film", first: 100) { edges { node { id } } }
    }`);
    expect(res.data!.a.edges.map((e) => e.node.id)).toContain(ids.firm);
    expect(res.data!.b.edges.map((e) => e.node.id)).toContain(ids.project);
  });

  const firmFilters: Array<Record<string, string>> = [
    {},
    { parkId: 'ls-etdz' },
    { parkId: 'nb-hitech' },
    { segmentId: 'pv.cell' },
    { segmentId: 'film.reflective-film' },
    { chainId: 'semi' },
    { chainId: 'film' },
    { regionId: 'zj' },
    { regionId: 'zj.ningbo', chainId: 'film' },
    { regionId: 'zj.ningbo' },
    { regionId: 'zj.lishui' },
    { role: 'leading' },
    { parkId: 'nb-hitech', chainId: 'film' },
    { parkId: 'ls-etdz', segmentId: 'semi.wafer' },
    { segmentId: 'pv.cell', regionId: 'zj' },
    { chainId: 'pv', regionId: 'zj.ningbo' },
    { chainId: 'semi', role: 'leading' },
    { regionId: 'zj', role: 'listed' },
    { parkId: 'zs-hitech', regionId: 'zj.ningbo' },
  ];
  for (const f of firmFilters) {
    it(`enterprises ${JSON.stringify(f)}`, async () => {
      const expected = await scanFirms(f);
      const vars = { ...f, ...(f.role ? { role: f.role.toUpperCase() } : {}) };
      const got = await walkConnection<{ id: string }>(gql, ENTERPRISES, 'enterprises', vars, 7);
      expect(got.nodes.map((n) => n.id)).toEqual(expected.map((r) => r.id));
      expect(got.total).toBe(expected.length);
    });
  }
  it('the firm filters above are not all empty (the comparison means something)', async () => {
    const sizes = await Promise.all(firmFilters.map(async (f) => (await scanFirms(f)).length));
    expect(sizes.filter((n) => n > 0).length).toBeGreaterThanOrEqual(firmFilters.length - 3);
  });

  const projectFilters: Array<{ parkId?: string; chainId?: string; statuses?: string[]; minInvestment?: number; dateFrom?: string }> = [
    {},
    { parkId: 'ls-etdz' },
    { chainId: 'semi' },
    { chainId: 'pv' },
    { chainId: 'film' },
    { parkId: 'ls-etdz', chainId: 'semi' },
    { statuses: ['signed', 'topped_out'] },
    { chainId: 'semi', statuses: ['construction', 'topped_out'] },
    { minInvestment: 1e9 },
    { parkId: 'ls-etdz', minInvestment: 1e9 },
    { dateFrom: '2023' },
  ];
  for (const f of projectFilters) {
    it(`projects ${JSON.stringify(f)}`, async () => {
      const expected = await db.read<{ id: string }>(
        { name: 'test/project-scan', text: PROJECT_SCAN },
        { parkId: null, chainId: null, statuses: null, minInvestment: null, dateFrom: null, ...f },
      );
      const vars = {
        parkId: f.parkId,
        chainId: f.chainId,
        status: f.statuses?.map((s) => s.toUpperCase()),
        min: f.minInvestment,
        dateFrom: f.dateFrom,
      };
      const got = await walkConnection<{ id: string }>(gql, PROJECTS, 'projects', vars, 5);
      expect(got.nodes.map((n) => n.id)).toEqual(expected.map((r) => r.id));
      expect(got.total).toBe(expected.length);
    });
  }
});
