import { readFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './index.js';
import { schemaFile } from './sdl-file.js';

describe('schema.graphql', () => {
  it('is the printed SDL of the current schema (run `npx -y pnpm@10 --filter @chain-graph/server print-schema` after a change)', () => {
    const committed = readFileSync(schemaFile, 'utf8');
    expect(committed).toBe(`${printSchema(lexicographicSortSchema(schema))}\n`);
  });
});
