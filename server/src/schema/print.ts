// Writes the printed SDL to server/schema.graphql (run `pnpm --filter @chain-graph/server print-schema`).
import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schemaFile } from './sdl-file.js';
import { schema } from './index.js';

writeFileSync(schemaFile, `${printSchema(lexicographicSortSchema(schema))}\n`);
console.log(`wrote ${schemaFile}`);
