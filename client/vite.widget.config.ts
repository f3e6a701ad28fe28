// The embeddable <chain-map> widget (src/widget/, docs/embed.md) as a library: one ES module
// (`chain-map.js`) and one classic script for old CMSs (`chain-map.iife.js`), each with
// Cytoscape inside, into dist/widget/ — served by the server at /widget/…, with the /embed
// page (src/widget/public/embed.html). No React: the widget uses only the graph core.
// `npm run build:widget` builds it and checks the size budget (scripts/widget-size.mjs).
// With `--mode early` it builds the /embed page's early data request (embed-early.js, ES only)
// into the same folder, after the main build: a lib build of two entries would split their
// shared code into a chunk, and chain-map.js must stay one file a portal can copy.
import { defineConfig, type Plugin } from 'vite';

/**
 * The generated src/gql/graphql.ts makes every operation of the app with `new
 * TypedDocumentString(…)`; a bundler must assume a constructor call has side effects and keeps
 * them all (~40 kB). They have none: marked pure, only the widget's own document stays.
 */
function pureDocuments(): Plugin {
  return {
    name: 'pure-typed-documents',
    transform(code, id) {
      if (!/[\\/]src[\\/]gql[\\/]graphql\.ts$/.test(id)) return null;
      return { code: code.replaceAll('= new TypedDocumentString(', '= /*#__PURE__*/ new TypedDocumentString('), map: null };
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [pureDocuments()],
  publicDir: mode === 'early' ? false : 'src/widget/public',
  build: {
    outDir: 'dist/widget',
    emptyOutDir: mode !== 'early',
    // Old CMS templates and their browsers: nothing newer than what custom elements need.
    target: 'es2020',
    sourcemap: true,
    // Terser: Vite leaves an ES library's whitespace unminified (for re-bundling); this one is
    // loaded as is, by the browser.
    minify: 'terser',
    lib:
      mode === 'early'
        ? { entry: 'src/widget/embed-early.ts', formats: ['es'], fileName: () => 'embed-early.js' }
        : {
            entry: 'src/widget/index.ts',
            name: 'ChainMapWidget',
            formats: ['es', 'iife'],
            fileName: (format) => (format === 'es' ? 'chain-map.js' : 'chain-map.iife.js'),
          },
  },
}));
