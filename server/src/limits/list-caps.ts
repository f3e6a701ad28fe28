// Makes the list maxima of costs.ts true: every list field with a fixed cap returns at most that
// many items. The caps sit well above today's graph (a chain has ≤ 20 segments, the cap is 100);
// reaching one means the graph outgrew it, so it is logged once per field to be raised, and the
// cost estimate stays an upper bound meanwhile.
import { isListType, isNonNullType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { coordinateOf, fixedCapOf } from './costs.js';

const warned = new Set<string>();

function capped(value: unknown, cap: number, coordinate: string): unknown {
  if (!Array.isArray(value) || value.length <= cap) return value;
  if (!warned.has(coordinate)) {
    warned.add(coordinate);
    console.warn(
      `[limits] ${coordinate} returned ${value.length} items; answering the first ${cap} (raise its cap in server/src/limits/costs.ts)`,
    );
  }
  return value.slice(0, cap);
}

/** Wraps the resolver of every capped list field of the schema (once; the schema is shared). */
export function enforceListCaps(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const listType = isNonNullType(field.type) ? field.type.ofType : field.type;
      if (!isListType(listType)) continue;
      const cap = fixedCapOf(field as never);
      if (cap === undefined) continue;
      const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
      const coordinate = coordinateOf(field as never);
      field.resolve = (source, args, ctx, info) => {
        const value = resolve ? resolve(source, args, ctx, info) : (source as Record<string, unknown>)[field.name];
        return value instanceof Promise ? value.then((v) => capped(v, cap, coordinate)) : capped(value, cap, coordinate);
      };
    }
  }
  return schema;
}
