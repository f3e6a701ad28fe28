// The widget's one request, written for GraphQL Code Generator only: codegen reads this
// `graphql()` call and emits `WidgetChainMapDocument` and its types into src/gql/graphql.ts.
// The widget imports that document from there, not from here: importing `graphql()` would pull
// src/gql/gql.ts (every operation of the app, ~50 kB) into the embeddable bundle.
// Only what PUBLIC_READ=chain-map opens to anonymous readers (server/src/auth/public-read.ts).
import { graphql } from '../gql';

export const WIDGET_CHAIN_MAP_QUERY = graphql(`
  query WidgetChainMap($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String, $scoped: Boolean!) {
    chain(id: $chainId) {
      id
      name
      nameEn
      segments { id name nameEn stage order parentId enterpriseCount }
      flows {
        fromId
        toId
        from { id name nameEn chainId stage order }
        to { id name nameEn chainId stage order }
      }
      sources { id title titleEn publisher publisherEn date }
    }
    chainMap(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf, includeEnterprises: true) @include(if: $scoped) {
      truncated
      scope { id kind name nameEn }
      nodes { id type label labelEn status }
      edges { type source target }
    }
  }
`);
