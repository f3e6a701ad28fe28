// Runs bench/layout-bench.ts through Vite's module runner: the TypeScript and
// bundler-style imports of src/ work as in the app, with no extra dependency.
import { runnerImport } from 'vite';

// src/graph/create-graph.ts registers cytoscape-svg, whose UMD wrapper reads a
// global `window` when it loads; Node has none. Nothing in the benchmark draws.
globalThis.window ??= globalThis;

await runnerImport(new URL('./layout-bench.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'warn',
});
