// Cursor connections (Relay spec) over Cypher pages. The relay plugin gives the types and the
// offset arithmetic (opaque cursors "OffsetConnection:n" in base64); each list query returns its
// total and one page in ONE statement, and nested connections (Park.enterprises under a list of
// parks) are batched per request through a DataLoader keyed by the parent id, so a page of
// parents costs one statement whatever its size.
import { PothosValidationError } from '@pothos/core';
import { offsetForArgs, offsetToCursor } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import { badUserInput } from '../errors.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { int, type Params } from '../db/executor.js';
import type { NodeRow } from '../loaders.js';
import { EnterpriseRef, ProjectRef, type EnterpriseRow, type ProjectRow } from './refs.js';

import { DEFAULT_PAGE, MAX_PAGE } from '../limits/costs.js';

/** Largest page a client may ask for; beyond it the request is refused, not silently cut. */
export { DEFAULT_PAGE, MAX_PAGE };

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

export interface Page {
  /** Rows to skip and to fetch (one more than the page, to learn whether a next page exists). */
  skip: number;
  limit: number;
  expected: number;
  hasPreviousPage: boolean;
}

const badInput = (message: string) => badUserInput(message);

/** The window the connection arguments ask for; BAD_USER_INPUT for sizes or cursors we refuse. */
export function pageOf(args: PageArgs): Page {
  for (const key of ['first', 'last'] as const) {
    const n = args[key];
    if (n != null && (n < 0 || n > MAX_PAGE)) throw badInput(`"${key}" must be between 0 and ${MAX_PAGE} (got ${n}).`);
  }
  try {
    const w = offsetForArgs({ args, defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE });
    return { skip: w.offset, limit: w.limit, expected: w.expectedSize, hasPreviousPage: w.hasPreviousPage };
  } catch (e) {
    if (e instanceof PothosValidationError) throw badInput(e.message);
    throw e;
  }
}

export interface ConnectionResult<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasPreviousPage: boolean; hasNextPage: boolean };
  totalCount: number;
}

/** Builds the connection from one fetched page (`items` may hold one row past the page). */
export function connectionOf<T>(page: Page, total: number, items: T[]): ConnectionResult<T> {
  const edges = items.slice(0, page.expected).map((node, i) => ({ cursor: offsetToCursor(page.skip + i), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: page.hasPreviousPage,
      // A page of none (`first: 0`, totals only) fetches nothing: the total says what follows.
      hasNextPage: page.expected === 0 ? total > page.skip : items.length > page.expected,
    },
  };
}

/** Cypher params for a page: SKIP/LIMIT and list slices need INTEGER, hence int(). */
export function pageParams(page: Page): Params {
  return { skip: int(page.skip), limit: int(page.limit) };
}

/** Longest text filter a list takes: longer than any park's or region's name. */
export const MAX_FILTER_TEXT = 100;

/** A list's text filter as its statement takes it: null when absent or blank; BAD_USER_INPUT when too long. */
export function filterText(v: string | null | undefined, arg = 'query'): string | null {
  const t = v?.trim() ?? '';
  if (t.length > MAX_FILTER_TEXT) throw badInput(`"${arg}" is longer than ${MAX_FILTER_TEXT} characters.`);
  return t === '' ? null : t;
}

/** A list's id filter as its statement takes it. */
export const idOrNull = (v: string | number | null | undefined): string | null => (v == null ? null : String(v));

/** A top-level list: the query returns one row `{total, items}` for `$skip`/`$limit`. */
export async function readConnection<T>(ctx: Context, query: string, params: Params, args: PageArgs): Promise<ConnectionResult<T>> {
  const page = pageOf(args);
  const [row] = await ctx.db.read<{ total: number; items: T[] }>(query, { ...params, ...pageParams(page) });
  return connectionOf(page, row?.total ?? 0, row?.items ?? []);
}

/**
 * A filtered list of a big label: its statement when any filter is given (it starts from the most
 * selective one), else `<query>-unfiltered`, which counts the label from the count store and reads
 * the page in id order from the index. The filtered statement collects what passes to count and
 * page it: every firm of the national graph does not fit in a transaction's memory.
 */
export function readFilteredConnection<T>(ctx: Context, query: string, filters: Params, args: PageArgs): Promise<ConnectionResult<T>> {
  const unfiltered = Object.values(filters).every((v) => v == null);
  return unfiltered ? readConnection<T>(ctx, `${query}-unfiltered`, {}, args) : readConnection<T>(ctx, query, filters, args);
}

/** What one parent's page comes back as. */
export interface ParentPage {
  total: number;
  items: NodeRow[];
}

/**
 * Where the pages of a batched connection come from: the named query and its parameters besides
 * `$ids` and the window. The query returns `{id, node, total, items}` per id, `node` being the
 * parent itself.
 */
export interface PageSource {
  query: string;
  params: Params;
}

const batches = new WeakMap<object, Map<string, DataLoader<string, ParentPage>>>();

/**
 * One parent's page, through the request's DataLoader for this query, parameters and window:
 * parents asking alike share one batch (one statement), and asking twice costs nothing (a root
 * field's lookahead, schema/lookahead.ts, starts the load its child resolver makes again later).
 * Each parent that comes back primes the node loader, so whatever reads a page also knows the
 * parent: `park(id) { projects }` is one round trip, not a node lookup followed by the page.
 */
export function loadPage(ctx: Context, source: PageSource, parentId: string, page: Page): Promise<ParentPage> {
  let byKey = batches.get(ctx.loaders);
  if (!byKey) batches.set(ctx.loaders, (byKey = new Map()));
  const { query, params } = source;
  // Totals only: the batched statements read no item for a limit of 0.
  if (page.expected === 0) page = { ...page, limit: 0 };
  const key = JSON.stringify([query, params, page.skip, page.limit]);
  let loader = byKey.get(key);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.db.read<{ id: string; node: NodeRow | null; total: number; items: NodeRow[] }>(query, {
        ...params,
        ...pageParams(page),
        ids: [...ids],
      });
      for (const r of rows) if (r.node) ctx.loaders.node.prime(r.id, r.node);
      const byId = new Map(rows.map((r) => [r.id, { total: r.total, items: r.items }]));
      return ids.map((id) => byId.get(id) ?? { total: 0, items: [] });
    });
    byKey.set(key, loader);
  }
  return loader.load(parentId);
}

/** A connection under each of many parents (see loadPage): one statement per batch of parents. */
export async function batchedConnection<T extends NodeRow>(
  ctx: Context,
  source: PageSource,
  parentId: string,
  args: PageArgs,
): Promise<ConnectionResult<T>> {
  const page = pageOf(args);
  const { total, items } = await loadPage(ctx, source, parentId, page);
  return connectionOf(page, total, items as T[]);
}

/** A named connection type with `totalCount`, shared by every field listing the same type. */
export function connectionType<T>(name: string, type: Parameters<typeof builder.connectionObject>[0]['type']) {
  return builder.connectionObject(
    {
      name: `${name}Connection`,
      type,
      fields: (t) => ({
        totalCount: t.int({
          description: 'Items in the whole list, not just this page.',
          resolve: (c) => (c as unknown as ConnectionResult<T>).totalCount,
        }),
      }),
    },
    { name: `${name}Edge` },
  );
}

// The connection types shared by every field that lists enterprises or projects.
export const EnterpriseConnection = connectionType<EnterpriseRow>('Enterprise', EnterpriseRef);
export const ProjectConnection = connectionType<ProjectRow>('Project', ProjectRef);
