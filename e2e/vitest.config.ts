import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One real server (with its own embedded Neo4j) and one Chromium for the whole run.
    globalSetup: ['./global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // The teardown stops the server and lets its embedded Neo4j shut down cleanly (can take
    // longer than vitest's default 10 s, which then reports "close timed out").
    teardownTimeout: 60_000,
    reporters: process.env.TEST_RESULTS_DIR ? ['default', 'json'] : ['default'],
    outputFile: { json: `${process.env.TEST_RESULTS_DIR ?? '.'}/e2e.json` },
  },
});
