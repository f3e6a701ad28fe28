// Lint rules of the server (flat config): the usual TypeScript rules, and the layers of
// docs/architecture.md — domain/ holds pure rules (no GraphQL, no database driver, no schema),
// data/ reads and throws domain errors (no GraphQL). errors.ts maps both to GraphQL errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports that would tie a lower layer to a higher one; `group` patterns are gitignore-style. */
const forbid = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

const GRAPHQL = [
  ['graphql', 'graphql-yoga', '@pothos/*', '**/schema/*', '**/builder.js', '**/errors.js', '!**/domain/errors.js'],
  'Rules and reads know nothing of GraphQL: throw a domain error (domain/errors.ts).',
];
// The Neo4j GraphQL Library is the benchmark's peer (bench/peer.ts), a devDependency: never the app's.
const PEER = [['@neo4j/graphql', '@neo4j/graphql/*'], 'The peer library is for bench/peer.ts only; the server does not ship it.'];
const DRIVER = [
  ['neo4j-driver', '**/db/*', '**/data/*', '**/loaders.js', '**/context.js'],
  'A domain rule is pure: take rows as arguments, let data/ read them.',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  // Tests may reach into results loosely; the code under test may not.
  { files: ['**/*.test.ts', 'test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // Later entries replace this rule's options for their files, so each repeats PEER.
  { files: ['src/**/*.ts'], rules: forbid(PEER) },
  { files: ['src/domain/**/*.ts'], ignores: ['src/domain/**/*.test.ts'], rules: forbid(GRAPHQL, DRIVER, PEER) },
  { files: ['src/data/**/*.ts'], ignores: ['src/data/**/*.test.ts'], rules: forbid(GRAPHQL, PEER) },
  { files: ['*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
