import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) copies. Node, and so Pothos and yoga loaded
    // from node_modules, gets the CJS one; make test files import the same instance, or graphql
    // refuses to mix types from the two ("from another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // One Neo4j for the whole run (started in the global setup, or NEO4J_TEST_URI).
    globalSetup: ['./test/global-setup.ts'],
    // Test files share that database: run them one after another.
    fileParallelism: false,
    // One after another in one worker: keep the loaded modules (the schema and its imports) for
    // the next file instead of loading them again for each of the ~90 files.
    isolate: false,
    // `npm test` sums every package's JSON report into one closing line.
    reporters: process.env.TEST_RESULTS_DIR ? ['default', 'json'] : ['default'],
    outputFile: { json: `${process.env.TEST_RESULTS_DIR ?? '.'}/server.json` },
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
  },
});
