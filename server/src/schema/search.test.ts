import { offsetToCursor } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';
import { luceneQuery } from '../domain/search-text.js';
import { SEARCH_WINDOW } from './search.js';

const db = testExecutor();
const gql = graphqlClient(db);

interface Hit {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  score: number;
  node: { __typename: string; id: string };
}
interface SearchData {
  search: {
    totalCount: number;
    totalCountCapped: boolean;
    edges: { cursor: string; node: Hit }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const Q = `query ($text: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(text: $text, types: $types, first: $first, after: $after) {
    totalCount
    totalCountCapped
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id type name nameEn score node { __typename id } } }
  }
}`;

async function search(text: string, extra: Record<string, unknown> = {}) {
  return gql<SearchData>(Q, { text, ...extra });
}
const hits = (r: { data?: SearchData }) => r.data!.search.edges.map((e) => e.node);

describe('search', () => {
  it('finds both 宏发 firms by a partial Chinese name, ranked by score', async () => {
    const res = await search('宏发');
    expect(res.errors).toBeUndefined();
    const names = hits(res).map((h) => h.name);
    expect(names).toEqual(expect.arrayContaining(['浙江宏发新能源科技有限公司', '浙江宏发工业自动化控制电子有限公司']));
    const scores = hits(res).map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const firm = hits(res).find((h) => h.id === 'e.hongfa-new-energy')!;
    expect(firm).toMatchObject({ type: 'ENTERPRISE', node: { __typename: 'Enterprise', id: 'e.hongfa-new-energy' } });
    // No source gives a firm's English name, so none is stored (issue 17).
    expect(firm.nameEn).toBeNull();
  });

  it('finds 宁波长阳科技 by 长阳 and by its short name; English words and prefixes find parks and projects', async () => {
    for (const text of ['长阳', '长阳科技']) {
      const res = await search(text);
      expect(res.errors, text).toBeUndefined();
      expect(hits(res)[0]?.name, text).toBe('宁波长阳科技股份有限公司');
    }
    expect(hits(await search('Hongfa')).map((h) => h.id)).toEqual(expect.arrayContaining(['zs-hitech.hongfa', 'pj.hongfa-park']));
    expect(hits(await search('jiangb')).map((h) => h.id)).toEqual(
      expect.arrayContaining(['nb-jiangbei-film-power-town', 'nb-jiangbei-hitech-park']),
    );
  });

  it('matches short names and English project names (no unsupported English firm name such as Ferrotec)', async () => {
    // 黎明智造 is the short name of 浙江黎明制造 (智 only in the short name).
    expect(hits(await search('智造', { types: ['ENTERPRISE'] })).map((h) => h.id)).toContain('e.liming');
    const fulede = hits(await search('富乐德'));
    expect(fulede[0]).toMatchObject({ id: 'e.fulede', type: 'ENTERPRISE' });
    expect(hits(await search('Fulede')).map((h) => h.id)).toContain('pj.fulede-semiconductor');
    expect(hits(await search('Ferrotec'))).toEqual([]);
  });

  it('finds something for a single Chinese character (prefix query)', async () => {
    const res = await search('宏');
    expect(hits(res).map((h) => h.id)).toEqual(expect.arrayContaining(['e.hongfa-new-energy', 'e.hongfa-automation']));
  });

  it('restricts to the requested types', async () => {
    const all = await search('宏发');
    expect(new Set(hits(all).map((h) => h.type)).size).toBeGreaterThan(1); // a park and a project too
    const firms = await search('宏发', { types: ['ENTERPRISE'] });
    expect(hits(firms).length).toBeGreaterThanOrEqual(2);
    expect(hits(firms).every((h) => h.type === 'ENTERPRISE')).toBe(true);
    expect(firms.data!.search.totalCount).toBe(hits(firms).length);
    const parks = await search('宏发', { types: ['PARK', 'PROJECT'] });
    expect(
      hits(parks)
        .map((h) => h.type)
        .sort(),
    ).toEqual(['PARK', 'PROJECT']);
  });

  it('survives Lucene syntax in user text', async () => {
    for (const text of [
      '(宏发',
      '宏发)',
      'Hongfa AND',
      'NOT 宏发',
      '"宏发',
      'name:宏发',
      '宏发~',
      '*',
      '\\',
      '((',
      'a/b',
      '[宏发 TO 长阳]',
    ]) {
      const res = await search(text);
      expect(res.errors, text).toBeUndefined();
    }
    expect(hits(await search('(宏发')).map((h) => h.id)).toContain('e.hongfa-new-energy');
    expect((await search('((')).data!.search).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('refuses empty text and oversized pages', async () => {
    for (const text of ['', '   ']) {
      const res = await search(text);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(text)).toBe('BAD_USER_INPUT');
    }
    const big = await search('宏发', { first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages through hits without gaps or duplicates', async () => {
    const first = await search('浙江', { first: 100 });
    const all = hits(first);
    expect(all.length).toBeGreaterThan(5);
    expect(first.data!.search.totalCount).toBe(all.length);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: { data?: SearchData } = await search('浙江', { first: 10, after });
      seen.push(...hits(res).map((h) => h.id));
      expect(res.data!.search.totalCount).toBe(all.length);
      if (!res.data!.search.pageInfo.hasNextPage) break;
      after = res.data!.search.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((h) => h.id));
  });
});

// More hits than the window: 10,001 firms and one park under a name no seed uses.
describe('search over more hits than its window', () => {
  const PREFIX = 'test-sw.';
  beforeAll(async () => {
    await db.write(
      {
        text: `UNWIND range(0, $n - 1) AS i
               CREATE (:Enterprise {id: $prefix + 'e' + i, name: '窗界测验企业' + i})`,
        name: 'test/search-window',
      },
      { n: SEARCH_WINDOW + 1, prefix: PREFIX },
    );
    await db.write({ text: "CREATE (:Park {id: $id, name: '窗界测验园区'})", name: 'test/search-window-park' }, { id: `${PREFIX}park` });
  }, 120_000);
  afterAll(async () => {
    await db.write(
      { text: 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', name: 'test/search-window-clean' },
      { prefix: PREFIX },
    );
  });

  it('counts up to the window, says the total is capped and ends its pages there', async () => {
    for (const types of [null, ['ENTERPRISE']]) {
      const first = await search('窗界测验', { first: 20, types });
      expect(first.errors, String(types)).toBeUndefined();
      expect(first.data!.search).toMatchObject({ totalCount: SEARCH_WINDOW, totalCountCapped: true, pageInfo: { hasNextPage: true } });
      expect(first.data!.search.edges).toHaveLength(20);

      const last = await search('窗界测验', { first: 20, types, after: offsetToCursor(SEARCH_WINDOW - 11) });
      expect(last.data!.search.edges.map((e) => e.cursor)).toEqual(
        Array.from({ length: 10 }, (_, i) => offsetToCursor(SEARCH_WINDOW - 10 + i)),
      );
      expect(last.data!.search.pageInfo.hasNextPage).toBe(false);
      const beyond = await search('窗界测验', { first: 20, types, after: offsetToCursor(SEARCH_WINDOW + 5) });
      expect(beyond.data!.search.edges).toEqual([]);
    }
  });

  it('ranks the window best first, id after score, with pages that neither repeat nor skip', async () => {
    const pages: Hit[][] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const res: { data?: SearchData } = await search('窗界测验', { first: 100, after });
      pages.push(hits(res));
      after = res.data!.search.pageInfo.endCursor;
    }
    const all = pages.flat();
    expect(new Set(all.map((h) => h.id)).size).toBe(300);
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1]!, all[i]!];
      expect(a.score > b.score || (a.score === b.score && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
    }
    // The park's name is one token shorter than every firm's, so it scores highest (Lucene's
    // length norm): the best hit is in the window, not lost behind 10,001 tied firms.
    expect(all[0]!.id).toBe(`${PREFIX}park`);
    expect(all[1]!.score).toBeLessThan(all[0]!.score);
  });

  it('counts exactly below the window, also when a type filter leaves few of many hits', async () => {
    const park = await search('窗界测验', { types: ['PARK'] });
    expect(park.data!.search).toMatchObject({ totalCount: 1, totalCountCapped: false });
    expect(hits(park).map((h) => h.id)).toEqual([`${PREFIX}park`]);
    const one = await search('窗界测验企业10000');
    expect(one.data!.search.totalCountCapped).toBe(true);
    expect(hits(one)[0]!.id).toBe(`${PREFIX}e10000`);
  });
});

describe('luceneQuery', () => {
  it('escapes by dropping syntax, lower-cases words and adds prefix clauses', () => {
    expect(luceneQuery('(宏发')).toBe('宏发');
    expect(luceneQuery('宏')).toBe('宏 OR 宏*');
    expect(luceneQuery('Hongfa AND x')).toBe('hongfa OR hongfa* OR and OR and* OR x OR x*');
    expect(luceneQuery(' ()" ')).toBeNull();
  });
});
