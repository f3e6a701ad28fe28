import path from 'node:path';
import { repoRoot } from '../config.js';

/** Where the committed SDL lives. */
export const schemaFile = path.join(repoRoot, 'server', 'schema.graphql');
