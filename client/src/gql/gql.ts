/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExploreNeighborhood($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {\n      nodes { id type label labelEn stage }\n      edges { id source target type crossChain inferred }\n      truncated\n    }\n  }\n": typeof types.ExploreNeighborhoodDocument,
    "\n  query ExplorePaths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {\n      nodes { id type label labelEn stage }\n      edges { id source target type crossChain inferred }\n      truncated\n    }\n  }\n": typeof types.ExplorePathsDocument,
    "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      descriptionEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        crossChain\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n    }\n  }\n": typeof types.ChainsDocument,
};
const documents: Documents = {
    "\n  query ExploreNeighborhood($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {\n      nodes { id type label labelEn stage }\n      edges { id source target type crossChain inferred }\n      truncated\n    }\n  }\n": types.ExploreNeighborhoodDocument,
    "\n  query ExplorePaths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {\n      nodes { id type label labelEn stage }\n      edges { id source target type crossChain inferred }\n      truncated\n    }\n  }\n": types.ExplorePathsDocument,
    "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      descriptionEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        crossChain\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n    }\n  }\n": types.ChainsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreNeighborhood($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {\n      nodes { id type label labelEn stage }\n      edges { id source target type crossChain inferred }\n      truncated\n    }\n  }\n"): typeof import('./graphql').ExploreNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorePaths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {\n      nodes { id type label labelEn stage }\n      edges { id source target type crossChain inferred }\n      truncated\n    }\n  }\n"): typeof import('./graphql').ExplorePathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      descriptionEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        crossChain\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n    }\n  }\n"): typeof import('./graphql').ChainsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
