// `neo4j://` (routing) against the embedded Neo4j, as against a cluster or Aura: the driver
// fetches the routing table and sends read transactions to readers and writes to the writer.
// A representative part of the API runs through it, and every query operation opens only read
// transactions (a write transaction would pin it to the leader of a cluster). The whole server
// suite can run this way too: `npm run test:routing` in server/ (NEO4J_TEST_ROUTING=1).
import { afterAll, describe, expect, inject, it } from 'vitest';
import { restoreGraphAfterAll } from '../../test/db.js';
import { graphqlClient, testViewer } from '../../test/graphql.js';
import { Executor, type QueryLogEvent } from './executor.js';

const n = inject('neo4j');
const routingUri = n.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
const events: QueryLogEvent[] = [];
const db = Executor.connect({
  uri: routingUri,
  username: n.username,
  password: n.password,
  database: n.database,
  queryTimeoutMs: 60_000,
  onQuery: (e) => events.push(e),
});
afterAll(() => db.close());
const made = restoreGraphAfterAll(db);

// What the UI's views ask for, one operation each (ids from the seeds).
const queries: Record<string, string> = {
  home: '{ chains { id name segments { id } } parks { id name } }',
  chainMap:
    '{ chainMap(chainId: "semi", parkId: "ls-etdz", includeEnterprises: true, includeProjects: true) { nodes { id status } edges { source target } truncated } }',
  gapReport: '{ gapReport(chainId: "pv", parkId: "zs-hitech", asOf: "2021") { dateRange { earliest latest } } }',
  park: '{ park(id: "zs-hitech") { id name fiveLists { __typename } projectReview { __typename } enterprises(first: 5) { edges { node { id name } } } } }',
  compare:
    '{ compareParks(chainId: "film", parkIds: ["nb-hitech", "zs-hitech"]) { rows { park { id } statuses completeness { score } } } }',
  targets: '{ targets(chainId: "pv", parkId: "zs-hitech") { __typename } }',
  search: '{ search(text: "光伏", first: 5) { edges { node { score } } } }',
  explore: '{ neighborhood(id: "e.runhai", depth: 2) { nodes { id } edges { source target } } }',
  paths: '{ paths(from: "e.runhai", to: "zs-hitech") { __typename } }',
  lists:
    '{ enterprises(first: 10, chainId: "pv") { edges { node { id sources { id } } } } projects(first: 10) { edges { node { id } } } institutions { id } regions { id } sources { id } }',
};

describe('neo4j:// routing on the embedded Neo4j', () => {
  it('gets a routing table that names the instance by its real address for reads, writes and routing', async () => {
    const [table] = await db.read<{ servers: { role: string; addresses: string[] }[] }>({
      name: 'test/routing-table',
      text: 'CALL dbms.routing.getRoutingTable({}) YIELD servers RETURN servers',
    });
    const address = new URL(n.uri.replace(/^\w+(\+\w+)?:/, 'http:')).host;
    for (const role of ['WRITE', 'READ', 'ROUTE']) {
      expect(table!.servers.find((s) => s.role === role)?.addresses).toContain(address);
    }
  });

  it('answers the views’ queries with read transactions only', async () => {
    const viewer = graphqlClient(db, { viewer: testViewer('viewer') });
    for (const [view, query] of Object.entries(queries)) {
      events.length = 0;
      const res = await viewer(query);
      expect(res.errors, view).toBeUndefined();
      expect(events.length, view).toBeGreaterThan(0);
      expect(
        events.filter((e) => e.mode !== 'read').map((e) => `${e.mode} ${e.name}`),
        view,
      ).toEqual([]);
    }
  });

  it('writes through the leader, and the next read sees the write', async () => {
    const editor = graphqlClient(db, { viewer: testViewer('editor') });
    const slug = `t${Date.now().toString(36)}-routed`;
    const res = await editor<{ createEnterprise: { enterprise: { id: string } } }>(
      'mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { enterprise { id } errors { code } } }',
      { input: { slug, name: '路由测试', nameEn: 'Routing Test' } },
    );
    expect(res.errors).toBeUndefined();
    const id = res.data!.createEnterprise.enterprise.id;
    made.add(id);
    expect(events.some((e) => e.mode === 'write')).toBe(true);
    const read = await graphqlClient(db)<{ enterprise: { name: string } }>(`{ enterprise(id: "${id}") { name } }`);
    expect(read.data!.enterprise.name).toBe('路由测试');
  });
});
