// Lint rules of the client (flat config). Besides the usual TypeScript and hooks rules, the
// layers are enforced here: the graph core stays framework-free, and code flows
// graph → shared → features → app, never back up (docs/architecture.md).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that would tie a lower layer to a higher one; `group` patterns are gitignore-style. */
const forbid = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

const REACT = [
  ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/*'],
  'The graph core is framework-free: mount it with useCytoscape (shared/).',
];
const API = [
  ['**/api/*', '**/api', '**/gql/*', '**/gql', '**/shared/api/*'],
  'The graph core takes plain data (graph/types.ts), not API types.',
];
const I18N = [['**/i18n/*', '**/i18n', '**/shared/i18n/*'], 'The graph core takes its words as labels (graph/types.ts ChainLabels).'];
const LAYERS_ABOVE_GRAPH = [
  ['**/shared/*', '**/shared/**', '**/features/**', '**/app/**', '**/hooks/*', '**/components/*', '**/views/*', '**/state/*'],
  'The graph core imports nothing of the app.',
];
const FEATURES = [['**/features/**'], 'shared/ must not depend on a feature: move the piece into shared/ or pass it in.'];
const APP = [['**/app/**', '**/app'], 'Only main.tsx imports the app shell.'];

export default tseslint.config(
  { ignores: ['dist/**', 'src/gql/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  { files: ['src/graph/**/*.ts'], ignores: ['src/graph/**/*.test.ts'], rules: forbid(REACT, API, I18N, LAYERS_ABOVE_GRAPH) },
  // The embeddable widget ships alone (docs/embed.md): the graph core and its own request, no
  // React, no app code, no app messages (its size budget and its isolation depend on it).
  {
    files: ['src/widget/**/*.ts'],
    ignores: ['src/widget/**/*.test.ts'],
    rules: forbid(REACT, I18N, [
      ['**/shared/**', '**/features/**', '**/app/**'],
      'The widget uses only the graph core (graph/) and its own modules.',
    ]),
  },
  { files: ['src/shared/**/*.{ts,tsx}'], rules: forbid(FEATURES, APP) },
  // A feature's own tests may render the whole app (navigation between views).
  { files: ['src/features/**/*.{ts,tsx}'], ignores: ['src/features/**/*.test.{ts,tsx}'], rules: forbid(APP) },
  { files: ['*.{js,ts,mjs}', 'bench/**/*.{ts,mjs}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
