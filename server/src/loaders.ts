// Batch loaders over the named queries in cypher/api/. Each takes many ids and answers with one
// statement; DataLoader collects the ids a GraphQL level asks for within one tick.
import DataLoader from 'dataloader';
import type { Executor, Params } from './db/executor.js';

/** A node as the API queries return it: its properties, its labels and, after a hop, the link's. */
export interface NodeRow {
  id: string;
  __labels?: string[];
  __rel?: Record<string, unknown>;
}

type Batch<T> = DataLoader<string, T>;

/** A loader whose query takes `$ids` and returns rows `{id, items}` (missing ids → []). */
function listLoader<T>(db: Executor, query: string, extra: Params = {}): Batch<T[]> {
  return new DataLoader(async (ids) => {
    const rows = await db.read<{ id: string; items: T[] }>(query, { ids: [...ids], ...extra });
    const byId = new Map(rows.map((r) => [r.id, r.items]));
    return ids.map((id) => byId.get(id) ?? []);
  });
}

export type Direction = 'out' | 'in';

export function createLoaders(db: Executor) {
  const links = new Map<string, Batch<NodeRow[]>>();
  return {
    /** Any domain node by id, or null. */
    node: new DataLoader<string, NodeRow | null>(async (ids) => {
      const rows = await db.read<{ id: string; node: NodeRow }>('api/entities-by-id', { ids: [...ids] });
      const byId = new Map(rows.map((r) => [r.id, r.node]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Neighbours one hop away along one relationship type. */
    links(type: string, direction: Direction): Batch<NodeRow[]> {
      const key = `${direction}:${type}`;
      let loader = links.get(key);
      if (!loader) {
        loader = listLoader<NodeRow>(db, direction === 'out' ? 'api/out-links' : 'api/in-links', { type });
        links.set(key, loader);
      }
      return loader;
    },
    chainSegments: listLoader<NodeRow>(db, 'api/segments-by-chain'),
    chainFlows: listLoader<FlowRow>(db, 'api/chain-flows'),
  };
}

export interface FlowRow {
  fromId: string;
  toId: string;
  crossChain: boolean;
  note: string | null;
  from: NodeRow;
  to: NodeRow;
}

export type Loaders = ReturnType<typeof createLoaders>;
