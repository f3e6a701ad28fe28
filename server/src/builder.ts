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
import ValidationPlugin from '@pothos/plugin-validation';
import { badUserInput } from './errors.js';
import type { Context } from './context.js';
import { fieldCost } from './limits/costs.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { JSON: { Input: unknown; Output: unknown } };
}>({
  defaultFieldNullability: false,
  plugins: [RelayPlugin, ComplexityPlugin, ValidationPlugin],
  // Each field's cost (limits/costs.ts). The plugin only describes costs here; the budget is
  // checked per request and per client by limits/cost-plugin.ts, before anything runs.
  complexity: { fieldComplexity: fieldCost, disabled: true },
  // An argument out of bounds (domain/bounds.ts) is refused before the resolver runs, naming
  // the argument and the limit.
  validation: {
    validationError: (failure) =>
      badUserInput(
        failure.issues.map((i) => `${(i.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.') || 'argument'}: ${i.message}`).join('; '),
        { http: { status: 400 }, issues: failure.issues.map((i) => ({ path: (i.path ?? []).map((p) => (typeof p === 'object' ? p.key : p)), message: i.message })) },
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
