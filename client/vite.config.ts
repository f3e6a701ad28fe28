import { readdirSync, readFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The GraphQL server listens on API_PORT (default 4000); in dev, Vite proxies
// /graphql to it so the client can always use a same-origin URL, exactly as in
// production where the server serves client/dist itself.
const apiPort = process.env.API_PORT ?? '4000';
const proxy = {
  '/graphql': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: true },
};

/** Test files that mock or reload modules (`vi.mock`, `vi.resetModules`): run isolated (see `projects` below). */
function testFilesReplacingModules(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) return testFilesReplacingModules(p);
    return /\.test\.tsx?$/.test(e.name) && /\bvi\.(mock|doMock|resetModules)\(/.test(readFileSync(p, 'utf8')) ? [p] : [];
  });
}
// Only when vitest loads this config: a build or the dev server has no use for the list.
const ownModules = process.env.VITEST ? testFilesReplacingModules() : [];

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // Cytoscape and React change far less often than app code: separate
        // chunks keep them cached across deploys and load in parallel.
        manualChunks(id) {
          if (/[\\/]node_modules[\\/]cytoscape[\\/]/.test(id)) return 'cytoscape';
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    // Setting up a window per file was most of the run (~40 s of ~110 on two cores): the files
    // share one per worker and keep their modules; src/test/setup.ts clears what a test leaves
    // behind. Files that replace modules (vi.mock, vi.resetModules) need their own module graph:
    // a module another file loaded first would stay unmocked.
    projects: [
      {
        extends: true,
        test: { name: 'shared', isolate: false, include: ['src/**/*.test.{ts,tsx}'], exclude: [...configDefaults.exclude, ...ownModules] },
      },
      { extends: true, test: { name: 'own-modules', include: ownModules } },
    ],
    // Tests stub fetch and push URL state; start every test from a clean slate.
    restoreMocks: true,
    // Room for Testing Library's 5 s wait (src/test/setup.ts) inside one test.
    testTimeout: 15_000,
    unstubGlobals: true,
    // `npm test` sums every package's JSON report into one closing line.
    reporters: process.env.TEST_RESULTS_DIR ? ['default', 'json'] : ['default'],
    outputFile: { json: `${process.env.TEST_RESULTS_DIR ?? '.'}/client.json` },
  },
});
