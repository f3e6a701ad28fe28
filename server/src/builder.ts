// The Pothos schema builder: context type, scalars and plugins only. Types live in schema/, one
// file per domain type, and schema/index.ts assembles them.
//
// The relay plugin is used for its connection types and helpers (t.connection, PageInfo). Ids
// are NOT re-encoded: every domain node's string id is already unique across types (the :Entity
// label), so it is the global id as is, and `node`/`nodes` are our own (schema/node.ts), served
// by the request's node DataLoader. The plugin's own node queries are therefore switched off.
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { JSON: { Input: unknown; Output: unknown } };
}>({
  defaultFieldNullability: false,
  plugins: [RelayPlugin],
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
