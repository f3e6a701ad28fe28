import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** Walks a connection page by page; returns the ids in order and the pages seen. */
async function walk(field: string, args: string, size: number): Promise<{ ids: string[]; pages: Page[] }> {
  const ids: string[] = [];
  const pages: Page[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const res: { data?: Record<string, Page>; errors?: unknown } = await gql<Record<string, Page>>(
      `query ($after: String) { ${field}(${args}${args ? ', ' : ''}first: ${size}, after: $after) { ${PAGE} } }`,
      { after },
    );
    expect(res.errors).toBeUndefined();
    const page = res.data![field]!;
    pages.push(page);
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, pages };
}

describe('enterprises connection', () => {
  it('pages through all enterprises with no duplicates or gaps', async () => {
    const [row] = await db.read<{ total: number }>({ text: 'MATCH (e:Enterprise) RETURN count(e) AS total' });
    const total = row!.total;
    const { ids, pages } = await walk('enterprises', '', 50);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(ids).toEqual([...ids].sort());
    expect(pages.every((p) => p.totalCount === total)).toBe(true);
    expect(pages[0]!.pageInfo.hasPreviousPage).toBe(false);
    expect(pages[1]!.pageInfo.hasPreviousPage).toBe(true);
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
    expect(pages.slice(0, -1).every((p) => p.edges.length === 50 && p.pageInfo.hasNextPage)).toBe(true);
  });

  it('filters by park (with sub-parks), chain, segment, role and region', async () => {
    const res = await gql<Record<string, Page>>(`{
      park: enterprises(parkId: "nb-hitech", first: 100) { ${PAGE} }
      film: enterprises(chainId: "film", first: 100) { ${PAGE} }
      reflective: enterprises(segmentId: "film.reflective-film", first: 100) { ${PAGE} }
      leading: enterprises(role: LEADING, first: 100) { ${PAGE} }
      ningbo: enterprises(regionId: "zj.ningbo", first: 100) { ${PAGE} }
      lishui: enterprises(regionId: "zj.lishui", first: 100) { ${PAGE} }
    }`);
    expect(res.errors).toBeUndefined();
    const ids = (k: string) => res.data![k]!.edges.map((e) => e.node.id);
    expect(ids('park')).toEqual(expect.arrayContaining(['e.changyang', 'e.joyson', 'e.aux']));
    expect(ids('film')).toContain('e.changyang');
    expect(ids('reflective')).toEqual(['e.changyang']);
    expect(ids('ningbo')).toContain('e.changyang');
    expect(ids('ningbo')).not.toContain('e.fulede');
    expect(ids('lishui')).toContain('e.fulede');
    expect(res.data!.leading!.totalCount).toBeGreaterThan(0);
    const roles = await gql<{ nodes: { roles: string[] }[] }>('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Enterprise { roles } } }', {
      ids: ids('leading'),
    });
    expect(roles.data!.nodes.every((n) => n.roles.includes('LEADING'))).toBe(true);
  });

  it('caps the page size and rejects bad cursors with BAD_USER_INPUT', async () => {
    for (const q of [
      '{ enterprises(first: 101) { totalCount } }',
      '{ enterprises(first: -1) { totalCount } }',
      '{ enterprises(after: "nonsense") { totalCount } }',
    ]) {
      const res = await gql(q);
      expect(res.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
    }
    const ok = await gql<{ enterprises: Page }>(`{ enterprises(first: 100) { ${PAGE} } }`);
    expect(ok.errors).toBeUndefined();
  });
});

describe('projects connection', () => {
  const ids = (p: Page) => p.edges.map((e) => e.node.id);

  it('filters by investment range: ≥ 10亿 has the 富乐德 120亿 project, not the 5.6亿 one', async () => {
    const res = await gql<Record<string, Page>>(`{
      big: projects(minInvestmentCny: 1e9, first: 100) { ${PAGE} }
      mid: projects(minInvestmentCny: 5e8, maxInvestmentCny: 6e8, first: 100) { ${PAGE} }
    }`);
    expect(res.errors).toBeUndefined();
    expect(ids(res.data!.big!)).toContain('pj.fulede-semiconductor');
    expect(ids(res.data!.big!)).not.toContain('pj.tiancheng-eucommia');
    expect(ids(res.data!.mid!)).toContain('pj.tiancheng-eucommia');
    expect(ids(res.data!.mid!)).not.toContain('pj.fulede-semiconductor');
    const bad = await gql('{ projects(minInvestmentCny: 2e9, maxInvestmentCny: 1e9) { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by several statuses, by chain and by a lifecycle date range', async () => {
    // Planned start is the lifecycle date the seeds give most often.
    const [row] = await db.read<{ date: string }>({
      text: 'MATCH (j:Project) WHERE j.plannedStartOn IS NOT NULL RETURN j.plannedStartOn AS date ORDER BY j.id LIMIT 1',
    });
    const year = row!.date.slice(0, 4);
    const res = await gql<Record<string, Page>>(
      `query ($year: String!) {
        two: projects(status: [TOPPED_OUT, SIGNED], first: 100) { ${PAGE} }
        topped: projects(status: [TOPPED_OUT], first: 100) { ${PAGE} }
        semi: projects(chainId: "semi", first: 100) { ${PAGE} }
        inYear: projects(dateField: PLANNED_START, dateFrom: $year, dateTo: $year, first: 100) { ${PAGE} }
      }`,
      { year },
    );
    expect(res.errors).toBeUndefined();
    expect(ids(res.data!.two!)).toEqual(expect.arrayContaining(['pj.fulede-polished-wafer-phase1', 'pj.pharmaron-base']));
    expect(res.data!.two!.totalCount).toBeGreaterThan(res.data!.topped!.totalCount);
    expect(ids(res.data!.semi!)).toContain('pj.fulede-polished-wafer-phase1');
    const dated = await db.read<{ id: string }>(
      {
        text: 'MATCH (j:Project) WHERE left(j.plannedStartOn, 4) = $year RETURN j.id AS id ORDER BY id',
        name: 'test',
      },
      { year },
    );
    expect(ids(res.data!.inYear!)).toEqual(dated.map((r) => r.id));
    const bad = await gql('{ projects(dateFrom: "last year") { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages a park’s projects and a segment’s enterprises', async () => {
    const first = await gql<{ park: { projects: Page } }>(`{ park(id: "ls-etdz") { projects(first: 2) { ${PAGE} } } }`);
    const p = first.data!.park.projects;
    expect(p.edges).toHaveLength(2);
    expect(p.totalCount).toBeGreaterThan(2);
    const rest = await gql<{ park: { projects: Page } }>(
      `query ($after: String) { park(id: "ls-etdz") { projects(first: 100, after: $after) { ${PAGE} } } }`,
      { after: p.pageInfo.endCursor },
    );
    const all = [...ids(p), ...ids(rest.data!.park.projects)];
    expect(all).toHaveLength(p.totalCount);
    expect(new Set(all).size).toBe(p.totalCount);
    const seg = await gql<{
      segment: { enterprises: { totalCount: number; edges: { node: { enterprise: { id: string }; inferred: boolean } }[] } };
    }>('{ segment(id: "film.reflective-film") { enterprises { totalCount edges { node { enterprise { id } inferred } } } } }');
    expect(seg.errors).toBeUndefined();
    expect(seg.data!.segment.enterprises.edges[0]!.node).toEqual({ enterprise: { id: 'e.changyang' }, inferred: false });
  });
});
