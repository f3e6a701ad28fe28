// Resolver helpers shared by the per-type files: follow one relationship type through the
// request's batch loader, keeping only nodes of the expected label.
import type { Context } from '../context.js';
import type { Direction, NodeRow } from '../loaders.js';

export async function linked<T extends NodeRow>(ctx: Context, id: string, type: string, direction: Direction, label: string): Promise<T[]> {
  const rows = await ctx.loaders.links(type, direction).load(id);
  return rows.filter((r) => r.__labels?.includes(label)) as T[];
}

export async function linkedOne<T extends NodeRow>(
  ctx: Context,
  id: string,
  type: string,
  direction: Direction,
  label: string,
): Promise<T | null> {
  return (await linked<T>(ctx, id, type, direction, label))[0] ?? null;
}

/** A node by id if it has the label, else null (so park(id: <a project id>) is null). */
export async function nodeOf<T extends NodeRow>(ctx: Context, id: string, label: string): Promise<T | null> {
  const row = await ctx.loaders.node.load(id);
  return row && row.__labels?.includes(label) ? (row as T) : null;
}

/** The link's own properties (inferred, basis, anchor …) as the API exposes them. */
export function linkProps(row: NodeRow): { inferred: boolean; basis: string | null } {
  const rel = row.__rel ?? {};
  return { inferred: rel.inferred === true, basis: typeof rel.basis === 'string' ? rel.basis : null };
}
