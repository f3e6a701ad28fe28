import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations. Every operation in the client is written with the
 * generated `graphql()` function; `pnpm codegen` reads those documents against the
 * committed server SDL and writes their result and variable types to src/gql/.
 * src/gql/ is committed, and `pnpm codegen:check` (part of `typecheck`) fails when
 * it is stale, so a server schema change that breaks a client operation fails CI.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  // Only `graphql(...)` calls are operations (the magic comment is one nobody
  // writes): a `/* GraphQL */` string is not picked up, and graphqlRequest takes
  // no plain string, so an untyped operation fails the typecheck.
  pluckConfig: { gqlMagicComment: 'codegen-operation', globalGqlIdentifierName: ['graphql'] },
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Plain result types: the views read nested data directly, no fragment unmasking.
        fragmentMasking: false,
      },
      config: {
        // Documents as typed strings: the client POSTs them with fetch and needs no
        // graphql-js at run time.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { JSON: 'unknown' },
      },
    },
  },
};

export default config;
