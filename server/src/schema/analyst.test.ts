import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { savedQueries } from '../analyst-cypher/catalogue.js';
import { runRead } from '../analyst-cypher/runner.js';
import { DbError } from '../db/errors.js';
import { fingerprint, type GraphFingerprint } from '../../test/db.js';
import { testExecutor } from '../../test/db.js';
import { graphqlClient, testViewer } from '../../test/graphql.js';

const db = testExecutor();
const asViewer = graphqlClient(db, { viewer: testViewer('viewer') });
const asAnalyst = graphqlClient(db, { viewer: testViewer('analyst') });
const anonymous = graphqlClient(db, { viewer: testViewer(null) });

interface Result {
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  graph: {
    nodes: { id: string; type: string; label: string }[];
    edges: { source: string; target: string; type: string }[];
    truncated: boolean;
  };
}
const RESULT = 'columns rows rowCount truncated graph { nodes { id type label } edges { source target type } truncated }';

const runSaved = (gql: typeof asViewer, id: string, params?: unknown, maxRows?: number) =>
  gql<{ runSavedQuery: Result }>(
    `query($id: ID!, $params: JSON, $maxRows: Int) { runSavedQuery(id: $id, params: $params, maxRows: $maxRows) { ${RESULT} } }`,
    { id, params, maxRows },
  );
const cypher = (gql: typeof asViewer, query: string, params?: unknown, maxRows?: number) =>
  gql<{ cypher: Result }>(
    `query($q: String!, $params: JSON, $maxRows: Int) { cypher(query: $q, params: $params, maxRows: $maxRows) { ${RESULT} } }`,
    {
      q: query,
      params,
      maxRows,
    },
  );

/** Rows as objects keyed by column, for readable assertions. */
function objects(r: Result): Record<string, any>[] {
  return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])));
}

describe('saved queries', () => {
  it('lists every saved query with bilingual titles and typed parameters', async () => {
    const res = await asViewer<{ savedQueries: any[] }>(
      '{ savedQueries { id title titleEn description params { name type required default description } } }',
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.savedQueries;
    expect(list.length).toBeGreaterThanOrEqual(10);
    const completeness = list.find((q) => q.id === 'parks-by-chain-completeness');
    expect(completeness).toMatchObject({ title: '产业链完整度最高的园区', titleEn: 'Parks by chain completeness' });
    expect(completeness.params).toEqual([
      { name: 'chainId', type: 'String', required: false, default: 'pv', description: expect.stringContaining('chain id') },
      { name: 'limit', type: 'Int', required: false, default: 10, description: expect.any(String) },
      { name: 'asOf', type: 'Date?', required: false, default: null, description: expect.stringContaining('as of') },
    ]);
  });

  it.each(savedQueries().map((q) => q.id))('%s runs with its defaults and returns rows', async (id) => {
    const res = await runSaved(asViewer, id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.runSavedQuery.rowCount).toBeGreaterThan(0);
    expect(res.data!.runSavedQuery.columns.length).toBeGreaterThan(1);
  });

  it('ranks 舟山高新技术产业园区 first for PV completeness, with its sub-parks rolled up, by the gap report rule', async () => {
    const rows = objects((await runSaved(asViewer, 'parks-by-chain-completeness', { chainId: 'pv' })).data!.runSavedQuery);
    // 15 top-level segments in template v2: cells and modules present (1 each), 光伏辅材 present
    // only through 宏发's inferred 接线盒 link (½): 2.5 / 15 = 17 %, the figure of the park page.
    expect(rows[0]).toMatchObject({
      parkId: 'zs-hitech',
      park: '舟山高新技术产业园区',
      present: 3,
      pipeline: 0,
      segments: 15,
      completeness: 0.167,
      completenessPct: 17,
    });
    expect(rows[0]!.coveredSegments).toEqual(expect.arrayContaining(['电池片', '光伏组件', '光伏辅材']));
    expect(rows[0]!.statuses).toContainEqual({ segmentId: 'pv.materials', status: 'PRESENT', inferredOnly: true });
  });

  it('takes an as-of date and then gives, park by park, the park page’s statuses at that date', async () => {
    type Gap = {
      completeness: {
        score: number;
        percent: number;
        present: number;
        pipeline: number;
        missing: number;
        parts: { segment: { id: string }; status: string }[];
      };
    };
    const gapAt = async (chainId: string, parkId: string, asOf: string) => {
      const res = await asViewer<{ gapReport: Gap }>(
        'query($c: ID!, $p: ID, $a: String) { gapReport(chainId: $c, parkId: $p, asOf: $a) { completeness { score percent present pipeline missing parts { segment { id } status } } } }',
        { c: chainId, p: parkId, a: asOf },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.gapReport.completeness;
    };
    const run = async (params: Record<string, unknown>) => {
      const res = await runSaved(asViewer, 'parks-by-chain-completeness', { limit: 1000, ...params });
      expect(res.errors).toBeUndefined();
      return objects(res.data!.runSavedQuery);
    };
    let changed = 0;
    // Year, month and day precision; the semiconductor chain has the dated projects of Lishui.
    for (const [chainId, asOf] of [
      ['pv', '2019'],
      ['pv', '2022-06'],
      ['semi', '2021-03-15'],
      ['semi', '2023'],
    ] as const) {
      const now = new Map((await run({ chainId })).map((r) => [r.parkId as string, r.completenessPct as number]));
      const rows = await run({ chainId, asOf });
      for (const row of rows) {
        const g = await gapAt(chainId, row.parkId, asOf);
        const where = `${chainId} ${row.parkId} ${asOf}`;
        expect(
          {
            score: row.completeness,
            percent: row.completenessPct,
            counts: [row.present, row.pipeline, row.missing],
            statuses: Object.fromEntries((row.statuses as { segmentId: string; status: string }[]).map((x) => [x.segmentId, x.status])),
          },
          where,
        ).toEqual({
          score: g.score,
          percent: g.percent,
          counts: [g.present, g.pipeline, g.missing],
          statuses: Object.fromEntries(g.parts.map((x) => [x.segment.id, x.status])),
        });
        if (row.completenessPct !== now.get(row.parkId)) changed++;
      }
    }
    // The date matters: some park stood lower then than now.
    expect(changed).toBeGreaterThan(0);
    // A date the park page would refuse is refused here too, naming the parameter.
    const bad = await runSaved(asViewer, 'parks-by-chain-completeness', { chainId: 'pv', asOf: '2023-13' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', param: 'asOf', problem: 'WRONG_TYPE', expected: 'Date?' });
  });

  it('answers with checked values: projects over ¥5 bn, the Lishui figures, cross-chain flows, chain chiefs', async () => {
    const big = objects((await runSaved(asViewer, 'projects-over-investment', { minYi: 50 })).data!.runSavedQuery);
    expect(big.flatMap((r) => r.projects.map((p: any) => p.id)).sort()).toEqual([
      'pj.fulede-polished-wafer-phase1',
      'pj.fulede-semiconductor',
    ]);
    expect(big.find((r) => r.status === 'topped_out')).toMatchObject({ count: 1, totalYi: 85 });

    const figures = objects((await runSaved(asViewer, 'park-figures', { parkId: 'ls-etdz' })).data!.runSavedQuery);
    expect(figures).toContainEqual(
      expect.objectContaining({ metric: '四年落地半导体项目', value: 35, unit: '个', period: '2020/2023', chain: '半导体' }),
    );

    const flows = objects((await runSaved(asViewer, 'cross-chain-dependencies', { chainId: 'pv' })).data!.runSavedQuery);
    expect(flows).toContainEqual(
      expect.objectContaining({ fromSegment: 'PVDF薄膜', toSegment: '光伏背板', upstreamParks: ['杭州湾上虞经济技术开发区'] }),
    );
    expect(flows.every((f) => f.fromChain === '光伏' || f.toChain === '光伏')).toBe(true);

    const chiefs = objects((await runSaved(asViewer, 'chain-chief-parks', { chainId: 'semi' })).data!.runSavedQuery);
    expect(chiefs).toEqual([expect.objectContaining({ ownerId: 'ls-etdz', fourHeads: true, chain: '半导体' })]);
  });

  it('counts projects per top-level park and status as a walk up from every project does', async () => {
    const rows = objects((await runSaved(asViewer, 'projects-by-stage-per-park', {})).data!.runSavedQuery);
    const walkedUp = await db.read<{ parkId: string; status: string; projects: number; withInvestment: number; investmentYi: number }>({
      name: 'test/projects-by-top-park',
      text: `MATCH (pj:Project)-[:IN_PARK]->(:Park)-[:SUB_PARK_OF*0..]->(top:Park)
             WHERE NOT (top)-[:SUB_PARK_OF]->(:Park)
             WITH top.id AS parkId, coalesce(pj.status, 'unknown') AS status, collect(pj) AS ps
             RETURN parkId, status, size(ps) AS projects, size([x IN ps WHERE x.investmentCny IS NOT NULL]) AS withInvestment,
                    round(reduce(t = 0.0, x IN ps | t + coalesce(x.investmentCny, 0)) / 1e8, 2) AS investmentYi
             ORDER BY parkId, status`,
    });
    expect(walkedUp.some((r) => r.projects > 1)).toBe(true);
    const mine = rows.map(({ parkId, status, projects, withInvestment, investmentYi }) => ({
      parkId,
      status,
      projects,
      withInvestment,
      investmentYi,
    }));
    const byKey = (a: { parkId: string; status: string }, b: { parkId: string; status: string }) =>
      a.parkId < b.parkId ? -1 : a.parkId > b.parkId ? 1 : a.status < b.status ? -1 : a.status > b.status ? 1 : 0;
    expect([...mine].sort(byKey)).toEqual(walkedUp);
  });

  it('lists at most perStatus projects per status, the largest first, and counts and sums them all', async () => {
    const all = objects((await runSaved(asViewer, 'projects-over-investment', { minYi: 0, perStatus: 100 })).data!.runSavedQuery);
    const one = objects((await runSaved(asViewer, 'projects-over-investment', { minYi: 0, perStatus: 1 })).data!.runSavedQuery);
    expect(all.some((r) => r.count > 1)).toBe(true);
    expect(one.map((r) => [r.status, r.count, r.totalYi])).toEqual(all.map((r) => [r.status, r.count, r.totalYi]));
    for (const [i, r] of one.entries()) {
      expect(r.projects).toEqual([all[i]!.projects[0]]);
      const amounts = all[i]!.projects.map((p: any) => p.investmentYi);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      expect(all[i]!.projects).toHaveLength(all[i]!.count);
    }
  });

  it("lists supply links by customer and supplier: an enterprise's own in both directions, the first `limit` of all", async () => {
    const all = objects((await runSaved(asViewer, 'supply-links', {})).data!.runSavedQuery);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const key = (r: Record<string, any>) => [r.customer, r.supplier];
    expect(all.map(key)).toEqual(
      [...all.map(key)].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)),
    );
    const one = objects((await runSaved(asViewer, 'supply-links', { limit: 1 })).data!.runSavedQuery);
    expect(one.map(key)).toEqual(all.slice(0, 1).map(key));
    // A firm that both supplies and buys: its rows are exactly the links it is on, either side.
    const counts = new Map<string, number>();
    for (const r of all) for (const id of [r.supplierId, r.customerId]) counts.set(id, (counts.get(id) ?? 0) + 1);
    const firm = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const own = objects((await runSaved(asViewer, 'supply-links', { enterpriseId: firm })).data!.runSavedQuery);
    expect(own).toEqual(all.filter((r) => r.supplierId === firm || r.customerId === firm));
  });

  it('returns graph elements when a saved query returns nodes and relationships', async () => {
    const r = (await runSaved(asViewer, 'segment-makers', { segmentId: 'semi.sensor' })).data!.runSavedQuery;
    const ids = r.graph.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['e.fulede', 'e.shenhe', 'semi.sensor', 'ls-etdz']));
    expect(r.graph.edges).toContainEqual({ source: 'e.shenhe', target: 'semi.sensor', type: 'IN_SEGMENT' });
  });

  it('passes Int parameters as integers (LIMIT) and cuts at maxRows', async () => {
    const one = (await runSaved(asViewer, 'inferred-mappings', { limit: 1 })).data!.runSavedQuery;
    expect(one.rowCount).toBe(1);
    expect(one.truncated).toBe(false);
    const cut = (await runSaved(asViewer, 'segments-without-enterprise', null, 5)).data!.runSavedQuery;
    expect(cut).toMatchObject({ rowCount: 5, truncated: true });
  });

  it.each([
    [{ nope: 1 }, 'nope', /Unknown parameter "nope"/],
    [{ limit: 'ten' }, 'limit', /"limit" must be Int/],
    [{ limit: 2.5 }, 'limit', /"limit" must be Int/],
    [{ chainId: 7 }, 'chainId', /"chainId" must be String/],
    [{ chainId: null }, 'chainId', /"chainId" must be String/],
    [['pv'], 'params', /JSON object/],
  ])('refuses bad parameters %j with BAD_USER_INPUT naming the parameter', async (params, param, message) => {
    const res = await runSaved(asViewer, 'parks-by-chain-completeness', params);
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', param } });
  });

  it.each([
    [{ nope: 1 }, { param: 'nope', problem: 'UNKNOWN_PARAM' }],
    [{ limit: 'ten' }, { param: 'limit', problem: 'WRONG_TYPE', expected: 'Int' }],
    [['pv'], { param: 'params', problem: 'NOT_AN_OBJECT' }],
  ])('gives %j a problem code the client words in zh and en', async (params, ext) => {
    const res = await runSaved(asViewer, 'parks-by-chain-completeness', params);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...ext });
  });

  it('refuses an unknown saved query, and anonymous callers', async () => {
    expect((await runSaved(asViewer, 'no-such-query')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', param: 'id' });
    expect((await anonymous('{ savedQueries { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await runSaved(anonymous, 'supply-links')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('read-only analyst Cypher', () => {
  let before: GraphFingerprint;
  beforeAll(async () => {
    before = await fingerprint(db);
  });
  afterEach(() => {
    delete process.env.ANALYST_QUERY_TIMEOUT_MS;
    delete process.env.ANALYST_MAX_ROWS;
  });

  it('returns a table and graph elements for a good query', async () => {
    const res = await cypher(
      asAnalyst,
      `MATCH p = (e:Enterprise {id: $id})-[r:IN_SEGMENT]->(s:Segment)
       RETURN e.name AS name, s, r, p, date('2024-02-27') AS asOf ORDER BY s.order`,
      { id: 'e.runhai' },
    );
    expect(res.errors).toBeUndefined();
    const r = res.data!.cypher;
    expect(r.columns).toEqual(['name', 's', 'r', 'p', 'asOf']);
    expect(r.rowCount).toBe(2);
    const [name, s, rel, path, asOf] = r.rows[0] as any[];
    expect(name).toBe('润海新能源');
    expect(s).toMatchObject({ labels: expect.arrayContaining(['Segment']), properties: { id: 'pv.hjt-cell', name: '异质结电池' } });
    expect(s.properties.seedHash).toBeUndefined();
    expect(rel).toMatchObject({ type: 'IN_SEGMENT', start: expect.any(String), end: s['~node'] });
    expect(path['~path']).toHaveLength(1);
    expect(asOf).toBe('2024-02-27');
    expect(r.graph.nodes.map((n) => n.id).sort()).toEqual(['e.runhai', 'pv.hjt-cell', 'pv.module']);
    expect(r.graph.nodes.find((n) => n.id === 'e.runhai')).toMatchObject({ type: 'Enterprise', label: '润海新能源' });
    expect(r.graph.edges).toContainEqual({ source: 'e.runhai', target: 'pv.module', type: 'IN_SEGMENT' });
  });

  it('sends whole-number parameters as integers and allows listed procedures', async () => {
    const limited = await cypher(asAnalyst, 'MATCH (s:Segment) RETURN s.id AS id ORDER BY id LIMIT $n', { n: 3 });
    expect(limited.data!.cypher.rowCount).toBe(3);
    const labels = await cypher(asAnalyst, 'CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(labels.data!.cypher.rows.flat()).toEqual(expect.arrayContaining(['Chain', 'Enterprise', 'Park']));
  });

  it('stops reading at the row limit and says truncated', async () => {
    const asked = (await cypher(asAnalyst, 'UNWIND range(1, 100000) AS x RETURN x', null, 10)).data!.cypher;
    expect(asked).toMatchObject({ rowCount: 10, truncated: true, rows: [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]] });
    process.env.ANALYST_MAX_ROWS = '25';
    const capped = (await cypher(asAnalyst, 'UNWIND range(1, 100000) AS x RETURN x', null, 1000)).data!.cypher;
    expect(capped).toMatchObject({ rowCount: 25, truncated: true });
    const whole = (await cypher(asAnalyst, 'UNWIND range(1, 25) AS x RETURN x')).data!.cypher;
    expect(whole).toMatchObject({ rowCount: 25, truncated: false });
  });

  it.each([
    ['CREATE (:Enterprise:Entity {id: "analyst-test"})', 'READ_ONLY'],
    ['MERGE (n:Entity {id: "analyst-test"}) RETURN n', 'READ_ONLY'],
    ['MATCH (n:Park {id: "zs-hitech"}) SET n.name = "x"', 'READ_ONLY'],
    ['match (n:Park {id: "zs-hitech"}) /* looks harmless */ set n.name = "x" return n', 'READ_ONLY'],
    ['MATCH (n:Park {id: "zs-hitech"}) REMOVE n.nameEn', 'READ_ONLY'],
    ['MATCH (n:Figure) DELETE n', 'READ_ONLY'],
    ['MATCH (n:Enterprise {id: "e.runhai"}) DETACH DELETE n', 'READ_ONLY'],
    ['MATCH (n:Segment) CALL (n) { SET n.touched = true } RETURN count(*)', 'READ_ONLY'],
    ['MATCH (n:Segment) FOREACH (x IN [1] | SET n.touched = true)', 'READ_ONLY'],
    ['CALL db.createLabel("Hacked")', 'READ_ONLY'],
    ['CALL db.createProperty("hacked")', 'READ_ONLY'],
    ['CREATE INDEX analyst_test FOR (n:Park) ON (n.kind)', 'READ_ONLY'],
    ['DROP CONSTRAINT entity_id IF EXISTS', 'READ_ONLY'],
    ['CALL dbms.listConfig()', 'READ_ONLY'],
    ['CALL dbms.components()', 'READ_ONLY'],
    ['CALL db.info()', 'PROCEDURE_NOT_ALLOWED'],
    ['CALL db.ping()', 'PROCEDURE_NOT_ALLOWED'],
    ['LOAD CSV FROM "file:///etc/passwd" AS line RETURN line', 'LOAD_CSV'],
    ['LOAD CSV WITH HEADERS FROM "https://example.org/x.csv" AS row RETURN row', 'LOAD_CSV'],
    ['CALL { MATCH (n:Park) RETURN n } IN TRANSACTIONS RETURN count(n)', 'IN_TRANSACTIONS'],
    ['MATCH (n:Park) CALL (n) { SET n.x = 1 } IN TRANSACTIONS', 'READ_ONLY'],
    ['SHOW TRANSACTIONS', 'COMMAND'],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', 'COMMAND'],
    ['SHOW INDEXES', 'COMMAND'],
    ['USE system CALL dbms.showCurrentUser()', 'READ_ONLY'],
  ])('refuses %s (%s)', async (query, reason) => {
    const res = await cypher(asAnalyst, query);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason });
  });

  it('stops a long-running query at the timeout', async () => {
    process.env.ANALYST_QUERY_TIMEOUT_MS = '1500';
    const started = performance.now();
    // Ten billion rows: minutes of work if nothing stopped it.
    const res = await cypher(asAnalyst, 'UNWIND range(1, 10000000000) AS x RETURN count(x)');
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/too long/), extensions: { code: 'QUERY_TIMEOUT' } });
    expect(performance.now() - started).toBeLessThan(20_000);
    // Four-way product over ~400 nodes: ~10^9 rows. A three-way one (~10^7) can finish inside 1.5 s on a quiet machine.
    const cartesian = await cypher(
      asAnalyst,
      'MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity) WHERE a.id < b.id AND b.id < c.id AND c.id < d.id RETURN count(*)',
    );
    expect(cartesian.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
  });

  it.skipIf(Boolean(process.env.NEO4J_TEST_URI))('stops a query that needs too much memory (db.memory.transaction.max)', async () => {
    process.env.ANALYST_QUERY_TIMEOUT_MS = '20000';
    const res = await cypher(asAnalyst, 'UNWIND range(1, 100000000) AS x WITH collect(x) AS xs RETURN size(xs)');
    expect(res.errors?.[0]?.extensions?.code).toBe('MEMORY_LIMIT');
  });

  it('gives syntax and runtime errors as BAD_USER_INPUT with the Neo4j message', async () => {
    const syntax = await cypher(asAnalyst, 'MATCH (n RETURN n');
    expect(syntax.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/line 1, column \d+/),
      extensions: { code: 'BAD_USER_INPUT', problem: 'CYPHER_ERROR' },
    });
    const missing = await cypher(asAnalyst, 'MATCH (n:Park) RETURN n LIMIT $n');
    expect(missing.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Expected parameter\(s\): n/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknown = await cypher(asAnalyst, 'CALL nope.nothing()');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await cypher(asAnalyst, '   ');
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', param: 'query' });
    const params = await cypher(asAnalyst, 'RETURN 1', [1]);
    expect(params.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', param: 'params' });
  });

  it('is for analysts: a viewer is FORBIDDEN and anonymous UNAUTHENTICATED', async () => {
    expect((await cypher(asViewer, 'RETURN 1')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await cypher(anonymous, 'RETURN 1')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await cypher(graphqlClient(db, { viewer: testViewer('admin') }), 'RETURN 1 AS one')).data!.cypher.rows).toEqual([[1]]);
  });

  it('the read transaction itself refuses writes, even without the plan check', async () => {
    const err = await runRead(
      db,
      { text: 'CREATE (:Entity {id: "analyst-test-direct"})', name: 'test/direct' },
      {},
      { timeoutMs: 5000, savedTimeoutMs: 5000, maxRows: 10 },
    ).catch((e) => e);
    expect(err).toBeInstanceOf(DbError);
    expect(err.code).toBe('FORBIDDEN');
  });

  it('left the graph unchanged', async () => {
    expect(await fingerprint(db)).toEqual(before);
  });
});
