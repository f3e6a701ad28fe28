import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

interface Elements {
  nodes: { id: string; type: string; label: string; labelEn: string | null; stage: string | null; data: Record<string, unknown> | null }[];
  edges: { id: string; source: string; target: string; type: string; crossChain: boolean | null; inferred: boolean | null }[];
  truncated: boolean;
}
const FIELDS = 'nodes { id type label labelEn stage data } edges { id source target type crossChain inferred } truncated';

async function hood(vars: Record<string, unknown>) {
  return gql<{ neighborhood: Elements | null }>(
    `query ($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {
      neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) { ${FIELDS} } }`,
    vars,
  );
}
async function paths(vars: Record<string, unknown>) {
  return gql<{ paths: Elements }>(
    `query ($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) { paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) { ${FIELDS} } }`,
    vars,
  );
}

/** Every edge joins two nodes of the same result (Cytoscape refuses dangling edges). */
function expectClosed(g: Elements) {
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.size).toBe(g.nodes.length);
  for (const e of g.edges) {
    expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
  }
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
}

describe('neighborhood', () => {
  it('draws the firm, its park and segment one hop out, without sources', async () => {
    const res = await hood({ id: 'e.changyang' });
    expect(res.errors).toBeUndefined();
    const g = res.data!.neighborhood!;
    expect(g.nodes[0]).toMatchObject({ id: 'e.changyang', type: 'Enterprise', label: '宁波长阳科技股份有限公司' });
    const ids = g.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['nb-jiangbei-film-power-town', 'film.reflective-film']));
    expect(ids).not.toContain('s003');
    expect(g.nodes.find((n) => n.id === 'film.reflective-film')).toMatchObject({ type: 'Segment', label: '反射膜' });
    expect(g.edges).toContainEqual(
      expect.objectContaining({ source: 'e.changyang', target: 'nb-jiangbei-film-power-town', type: 'LOCATED_IN' }),
    );
    expect(g.edges).toContainEqual(
      expect.objectContaining({ source: 'e.changyang', target: 'film.reflective-film', type: 'IN_SEGMENT', inferred: false }),
    );
    expect(g.truncated).toBe(false);
    expectClosed(g);
  });

  it('includes sources when asked and grows with depth', async () => {
    const withSources = (await hood({ id: 'e.changyang', types: ['SOURCE'] })).data!.neighborhood!;
    // The document, and the listed-company data set for its stock code.
    expect(withSources.nodes.map((n) => n.id)).toEqual(['e.changyang', 'ds-ashare', 's003']);
    expect(withSources.edges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'e.changyang', target: 's003', type: 'CITED_IN' }),
        expect.objectContaining({ source: 'e.changyang', target: 'ds-ashare', type: 'CITED_IN' }),
      ]),
    );
    const one = (await hood({ id: 'e.changyang', depth: 1 })).data!.neighborhood!;
    const two = (await hood({ id: 'e.changyang', depth: 2 })).data!.neighborhood!;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(one.nodes.map((n) => n.id)));
    // Two hops: the film chain through the segment, the Jiangbei high-tech park through the film
    // town; three: the Jiangbei sub-park above it (一区多园), not yet the zone itself.
    expect(two.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['film', 'nb-jiangbei-hitech-park']));
    expect(two.nodes.map((n) => n.id)).not.toContain('nb-hitech.jiangbei');
    expectClosed(two);
    const three = (await hood({ id: 'e.changyang', depth: 3 })).data!.neighborhood!;
    expect(three.nodes.map((n) => n.id)).toContain('nb-hitech.jiangbei');
    expectClosed(three);
  });

  it('cuts at the limit and says so', async () => {
    const full = (await hood({ id: 'e.changyang', depth: 2 })).data!.neighborhood!;
    const cut = (await hood({ id: 'e.changyang', depth: 2, limit: 3 })).data!.neighborhood!;
    expect(cut.nodes).toHaveLength(3);
    expect(cut.truncated).toBe(true);
    expectClosed(cut);
    const exact = (await hood({ id: 'e.changyang', depth: 2, limit: full.nodes.length })).data!.neighborhood!;
    expect(exact.truncated).toBe(false);
    expect(exact.nodes).toHaveLength(full.nodes.length);
  });

  it('costs one statement, whatever the depth', async () => {
    for (const depth of [1, 3]) {
      const before = db.statementCount;
      await hood({ id: 'nb-hitech', depth });
      expect(db.statementCount - before).toBe(1);
    }
  });

  it('rejects depth > 3 and bad limits, and answers null for an unknown id', async () => {
    for (const vars of [{ depth: 4 }, { depth: 0 }, { limit: 0 }, { limit: 5000 }]) {
      const res = await hood({ id: 'e.changyang', ...vars });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
    }
    const res = await hood({ id: 'no-such-node' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.neighborhood).toBeNull();
  });
});

describe('neighborhood without data', () => {
  // Its own client: the comparison below asks ~100 neighbourhoods, more than one client's budget.
  const many = graphqlClient(db, { limits: { clientBudget: 1e12, clientRefillPerSecond: 1e12 } });
  const ALL = 'id type label labelEn kind stage order status parentId';
  const EDGE = 'id source target type kind crossChain inferred';
  const ask = (fields: string, vars: Record<string, unknown>) =>
    many<{ neighborhood: { nodes: Array<Record<string, unknown>>; edges: Array<Record<string, unknown>>; truncated: boolean } | null }>(
      `query ($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {
        neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) { ${fields} } }`,
      vars,
    );
  const without = <T extends Record<string, unknown>>(xs: T[]) => xs.map(({ data: _data, ...rest }) => rest);

  // The drawn lists (api/neighborhood without $withData) must draw exactly what every property
  // draws: one start node of each domain label, at each depth, with and without sources.
  it('draws the same nodes and edges as with every property, for every kind of start node', async () => {
    const starts = await db.read<{ id: string }>({
      name: 'test: one node per label',
      text: `UNWIND ['Enterprise', 'Park', 'Segment', 'Chain', 'Region', 'Project', 'Institution', 'Source', 'Figure'] AS label
             CALL (label) { MATCH (n:Entity) WHERE label IN labels(n) RETURN n.id AS id ORDER BY id LIMIT 1 }
             RETURN id`,
    });
    expect(starts.length).toBeGreaterThanOrEqual(8);
    let compared = 0;
    for (const { id } of starts) {
      for (const depth of [1, 2, 3]) {
        for (const types of [null, ['ENTERPRISE', 'PARK', 'SOURCE', 'FIGURE', 'SEGMENT', 'PROJECT']]) {
          const vars = { id, depth, types, limit: 120 };
          const full = await ask(`nodes { ${ALL} data } edges { ${EDGE} data } truncated`, vars);
          const drawn = await ask(`nodes { ${ALL} } edges { ${EDGE} } truncated`, vars);
          expect(full.errors).toBeUndefined();
          expect(drawn.errors).toBeUndefined();
          const f = full.data!.neighborhood!;
          const d = drawn.data!.neighborhood!;
          expect(d.truncated, id).toBe(f.truncated);
          expect(d.nodes, `${id} depth ${depth}`).toEqual(without(f.nodes));
          expect(d.edges, `${id} depth ${depth}`).toEqual(without(f.edges));
          compared += f.nodes.length + f.edges.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('reads every property when data is asked for anywhere: under an alias, through a fragment, on edges only', async () => {
    const withEdgeData = await many<{ neighborhood: { drawn: Array<{ things: Record<string, unknown> | null }> } }>(
      `query { neighborhood(id: "e.changyang") { drawn: edges { ...E } } } fragment E on GraphEdge { id things: data }`,
    );
    expect(withEdgeData.errors).toBeUndefined();
    expect(withEdgeData.data!.neighborhood.drawn.length).toBeGreaterThan(0);
    expect(withEdgeData.data!.neighborhood.drawn.every((e) => e.things !== null)).toBe(true);
    const withNodeData = await many<{ neighborhood: { nodes: Array<{ props: Record<string, unknown> | null }> } }>(
      `query { neighborhood(id: "e.changyang") { nodes { ... on GraphNode { props: data } } } }`,
    );
    expect(withNodeData.errors).toBeUndefined();
    expect(withNodeData.data!.neighborhood.nodes[0]!.props).toMatchObject({ name: '宁波长阳科技股份有限公司' });
    // Without data, it is null rather than a partial map.
    const drawn = await ask('nodes { id data @include(if: false) }', { id: 'e.changyang' });
    expect(drawn.errors).toBeUndefined();
    expect(drawn.data!.neighborhood!.nodes[0]).toEqual({ id: 'e.changyang' });
  });
});

describe('paths', () => {
  // Checked by hand: 长阳科技 makes reflective film (s003); reflective film and PVDF film are
  // segments of the film chain; PVDF film feeds the PV backsheet across chains. Four hops, and
  // also four through the Jiangbei park, which grows the film chain.
  it('finds the shortest paths from 长阳科技 to the PV backsheet segment through the film chain', async () => {
    const res = await paths({ from: 'e.changyang', to: 'pv.backsheet' });
    expect(res.errors).toBeUndefined();
    const g = res.data!.paths;
    const ids = g.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['e.changyang', 'film.reflective-film', 'film', 'film.pvdf-film', 'pv.backsheet']));
    expect(g.edges).toContainEqual(
      expect.objectContaining({ source: 'film.pvdf-film', target: 'pv.backsheet', type: 'FEEDS', crossChain: true }),
    );
    expect(ids.some((id) => id.startsWith('s0'))).toBe(false);
    expect(g.truncated).toBe(false);
    expectClosed(g);
  });

  it('returns nothing when no path is short enough, and flags a cut by limit', async () => {
    const short = await paths({ from: 'e.changyang', to: 'pv.backsheet', maxLength: 3 });
    expect(short.data!.paths).toEqual({ nodes: [], edges: [], truncated: false });
    const one = await paths({ from: 'e.changyang', to: 'pv.backsheet', limit: 1 });
    expect(one.data!.paths.truncated).toBe(true);
    expect(one.data!.paths.edges).toHaveLength(4);
  });

  it('does not take a shortcut through a shared source document', async () => {
    // 长阳科技 and 均胜 both cite s003: two hops through the document, four through the zone.
    const res = await paths({ from: 'e.changyang', to: 'e.joyson' });
    const g = res.data!.paths;
    expect(g.nodes.map((n) => n.id)).toContain('nb-hitech');
    expect(g.nodes.some((n) => n.type === 'Source')).toBe(false);
    expect(g.edges.length).toBeGreaterThanOrEqual(4);
    const none = await paths({ from: 'e.changyang', to: 'no-such-node' });
    expect(none.data!.paths).toEqual({ nodes: [], edges: [], truncated: false });
  });

  it('rejects maxLength > 6, bad limits and identical ends', async () => {
    for (const vars of [{ maxLength: 7 }, { maxLength: 0 }, { limit: 0 }, { limit: 1000 }, { to: 'e.changyang' }]) {
      const res = await paths({ from: 'e.changyang', to: 'pv.backsheet', ...vars });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
    }
  });
});
