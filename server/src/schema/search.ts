// search(text, types): ranked full-text search over the names of parks, enterprises, projects,
// institutions, chains, segments and regions, in Chinese and English, as a cursor connection.
//
// User text never reaches Lucene's query parser raw: each word is escaped (so "(宏发" or "a:b"
// cannot break the query) and lower-cased (so AND/OR/NOT stay words). The cjk analyzer indexes
// Chinese as character bigrams, so a 2+ character fragment matches as is; a lone character or a
// partial English word ("Changy") also gets a prefix query (宏*, changy*), since prefix terms are
// not analysed.
//
// Search ranks the best SEARCH_WINDOW hits, not every hit (cypher/api/search.cypher): a common
// word over a national graph matches a million names, and counting and sorting them all took
// seconds for an answer no one pages through. Past the window the total is a lower bound
// (`totalCountCapped`), as a search engine says "10,000+".
import { badUserInput } from '../errors.js';
import { luceneQuery } from '../domain/search-text.js';
import { z } from 'zod';
import { builder } from '../builder.js';
import { LIMITS } from '../domain/bounds.js';
import type { NodeRow } from '../loaders.js';
import type { Context } from '../context.js';
import { int } from '../db/executor.js';
import { connectionOf, pageOf, pageParams, type ConnectionResult, type PageArgs } from './connection.js';
import { NodeRef, typeNameOf } from './node.js';
import { searchLabels } from '../domain/vocabulary.js';
import { labelEnumValues } from './vocabulary-enums.js';

export const SearchType = builder.enumType('SearchType', {
  description: 'The kinds of node `search` looks at.',
  values: labelEnumValues(searchLabels),
});

interface HitRow {
  node: NodeRow & { name?: string; nameEn?: string | null };
  score: number;
}

const SearchHitRef = builder.objectRef<HitRow>('SearchHit').implement({
  description: 'A node whose name matches, with its relevance score.',
  fields: (t) => ({
    id: t.id({ resolve: (h) => h.node.id }),
    type: t.field({ type: SearchType, resolve: (h) => typeNameOf(h.node) as 'Park' }),
    name: t.string({ resolve: (h) => h.node.name ?? h.node.id }),
    nameEn: t.string({ nullable: true, resolve: (h) => h.node.nameEn ?? null }),
    score: t.float({ description: 'Lucene relevance; higher is better. Comparable within one search only.', resolve: (h) => h.score }),
    node: t.field({ type: NodeRef, resolve: (h) => h.node }),
  }),
});

/** The most hits a search ranks, counts and pages through. */
export const SEARCH_WINDOW = 10_000;

type SearchResult = ConnectionResult<HitRow> & { totalCountCapped: boolean };

const SearchConnection = builder.connectionObject(
  {
    name: 'SearchConnection',
    type: SearchHitRef,
    fields: (t) => ({
      totalCount: t.int({
        description: `Hits in the whole list, not just this page; at most ${SEARCH_WINDOW.toLocaleString('en')} (see totalCountCapped).`,
        resolve: (c) => (c as unknown as SearchResult).totalCount,
      }),
      totalCountCapped: t.boolean({
        description:
          `True when the text matches more than the ${SEARCH_WINDOW.toLocaleString('en')} best hits search ranks: totalCount is then a lower ` +
          `bound ("${SEARCH_WINDOW.toLocaleString('en')}+") and pages end there. Narrow the text or the types to see the rest.`,
        resolve: (c) => (c as unknown as SearchResult).totalCountCapped,
      }),
    }),
  },
  { name: 'SearchEdge' },
);

/** One page of hits in the window; `counted` is one past the window when there are more. */
async function searchPage(ctx: Context, query: string, types: string[] | null, args: PageArgs): Promise<SearchResult> {
  const page = pageOf(args);
  // Without a type filter Lucene itself keeps only the window's top scores; with one, the filter
  // must see hits of every kind first.
  const options = types === null ? { limit: int(SEARCH_WINDOW + 1) } : {};
  const [row] = await ctx.db.read<{ counted: number; items: HitRow[] }>('api/search', {
    query,
    types,
    options,
    window: int(SEARCH_WINDOW),
    ...pageParams(page),
  });
  const counted = row?.counted ?? 0;
  return { ...connectionOf(page, Math.min(counted, SEARCH_WINDOW), row?.items ?? []), totalCountCapped: counted > SEARCH_WINDOW };
}

const MAX_TEXT = 100;

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchHitRef,
      description: 'Nodes whose Chinese or English name (or short name, alias) matches the text, best first.',
      args: {
        text: t.arg.string({ required: true, validate: z.string().max(LIMITS.nameLength, `at most ${LIMITS.nameLength} characters`) }),
        types: t.arg({ type: [SearchType], description: 'Only these kinds of node (default: all).' }),
      },
      resolve: async (_r, args, ctx) => {
        const text = args.text.trim();
        if (text.length === 0) throw badUserInput('Search text is empty.');
        if (text.length > MAX_TEXT) {
          throw badUserInput(`Search text is longer than ${MAX_TEXT} characters.`);
        }
        const query = luceneQuery(text);
        const types = args.types && args.types.length > 0 ? args.types : null;
        // Only punctuation: nothing the index could match, and not the user's fault.
        if (query === null) return { ...connectionOf<HitRow>(pageOf(args), 0, []), totalCountCapped: false };
        return searchPage(ctx, query, types, args);
      },
    },
    SearchConnection,
  ),
);
