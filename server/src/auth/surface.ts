// Who may read what, as a list read from the schema itself: every root field with the role it
// declares (authScopes) or "public" when an anonymous request may call it under the default
// PUBLIC_READ=chain-map, and every other field that is public or declares a role. Fields of
// neither kind are for any signed-in viewer. test/public-surface.txt is this list, committed, so a
// change to the surface shows in review; `npx tsx src/auth/surface.ts > test/public-surface.txt`
// rewrites it.
import { isObjectType, OperationTypeNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import { isOpen, type PublicRead } from './public-read.js';

function declaredScope(field: GraphQLField<unknown, unknown>): string | null {
  const scopes = (field.extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)?.pothosOptions?.authScopes;
  if (scopes === undefined) return null;
  if (typeof scopes === 'function') return 'decided per request (see the field)';
  return Object.keys(scopes as Record<string, unknown>)
    .sort()
    .join(' or ');
}

export function accessSurface(schema: GraphQLSchema, policy: PublicRead = 'chain-map'): string[] {
  const lines: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const root = type === schema.getQueryType() || type === schema.getMutationType();
    const operation = type === schema.getMutationType() ? OperationTypeNode.MUTATION : OperationTypeNode.QUERY;
    for (const field of Object.values(type.getFields())) {
      const scope = declaredScope(field);
      const open = scope === null && isOpen(policy, operation, type.name, field.name);
      const access = scope ?? (open ? 'public' : root ? 'signed in' : null);
      if (access) lines.push(`${type.name}.${field.name}: ${access}`);
    }
  }
  return lines.sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { schema } = await import('../schema/index.js');
  process.stdout.write(`${accessSurface(schema).join('\n')}\n`);
}
