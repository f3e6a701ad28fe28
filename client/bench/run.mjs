// Runs bench/layout-bench.ts through Vite's module runner: the TypeScript and
// bundler-style imports of src/ work as in the app, with no extra dependency.
import { runnerImport } from 'vite';

await runnerImport(new URL('./layout-bench.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'warn',
});
