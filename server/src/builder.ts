// The Pothos schema builder: context type and scalars only. Types live in schema/, one file per
// domain type, and schema/index.ts assembles them.
import SchemaBuilder from '@pothos/core';
import type { Context } from './context.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: { JSON: { Input: unknown; Output: unknown } };
}>({
  defaultFieldNullability: false,
});

builder.queryType({ description: '产业链图谱 — the industrial-chain graph, read side.' });
