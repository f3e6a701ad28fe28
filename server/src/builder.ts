// The Pothos schema builder: context type, scalars and plugins only (relay; complexity for the
// cost of a request, see limits/; validation for argument bounds, see domain/bounds.ts). Types live in schema/, one
// file per domain type, and schema/index.ts assembles them.
//
// The relay plugin is used for its connection types and helpers (t.connection, PageInfo). Ids
// are NOT re-encoded: every domain node's string id is already unique across types (the :Entity
// label), so it is the global id as is, and `node`/`nodes` are our own (schema/node.ts), served
// by the request's node DataLoader. The plugin's own node queries are therefore switched off.
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { badUserInput, roleRefusal } from './errors.js';
import { hasRole, roles, type Role } from './auth/viewer.js';
import type { Context } from './context.js';
import { fieldCost } from './limits/costs.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { JSON: { Input: unknown; Output: unknown }; File: { Input: File; Output: never } };
  // One scope per role: a field that states `authScopes: { editor: true }` needs at least that
  // role (roles include the weaker ones). A field without authScopes is open to every viewer
  // the public-read rule lets through (auth/public-read.ts; the list is in test/public-surface.txt).
  AuthScopes: Record<Role, boolean>;
}>({
  defaultFieldNullability: false,
  // Validation before scope-auth: bad arguments are named before the role is checked, as before.
  plugins: [RelayPlugin, ComplexityPlugin, ValidationPlugin, ScopeAuthPlugin],
  scopeAuth: {
    authScopes: (ctx) => Object.fromEntries(roles.map((role) => [role, hasRole(ctx.viewer, role)])) as Record<Role, boolean>,
    // UNAUTHENTICATED (401) for anonymous requests, FORBIDDEN (403) for too weak a role.
    unauthorizedError: (_parent, ctx, _info, result) => roleRefusal(ctx.viewer.role !== null, neededRole(result.failure)),
  },
  // Each field's cost (limits/costs.ts). The plugin only describes costs here; the budget is
  // checked per request and per client by limits/cost-plugin.ts, before anything runs.
  complexity: { fieldComplexity: fieldCost, disabled: true },
  // An argument out of bounds (domain/bounds.ts) is refused before the resolver runs, naming
  // the argument and the limit.
  validation: {
    validationError: (failure) =>
      badUserInput(
        failure.issues
          .map(
            (i) =>
              `${(i.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.') || 'argument'}: ${i.message}`,
          )
          .join('; '),
        {
          http: { status: 400 },
          issues: failure.issues.map((i) => ({ path: (i.path ?? []).map((p) => (typeof p === 'object' ? p.key : p)), message: i.message })),
        },
      ),
  },
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    // Identity: a global id is the node's own id (no base64 "Type:id").
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: '', id: globalID }),
  },
});

builder.queryType({ description: '产业链图谱 — the industrial-chain graph, read side.' });
// Declared once here; each domain's mutations are added with builder.mutationField(s).
builder.mutationType({ description: '产业链图谱 — changing the graph (editors; sign-in).' });

/** The weakest role a failed scope check asked for (the one the refusal names). */
function neededRole(failure: AuthFailure): Role {
  const scopes: Role[] = [];
  const walk = (f: AuthFailure) => {
    if (f.kind === AuthScopeFailureType.AuthScope) scopes.push(f.scope as Role);
    if (f.kind === AuthScopeFailureType.AnyAuthScopes || f.kind === AuthScopeFailureType.AllAuthScopes) f.failures.forEach(walk);
  };
  walk(failure);
  return scopes.sort((a, b) => roles.indexOf(a) - roles.indexOf(b))[0] ?? 'viewer';
}
