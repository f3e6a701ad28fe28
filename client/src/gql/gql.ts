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
    "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      descriptionEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        crossChain\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n    }\n  }\n": typeof types.ChainsDocument,
    "\n  query ScopeOptions($chainId: ID) {\n    parks(chainId: $chainId) { id name nameEn region { id } }\n    regions { id name nameEn level parent { id } }\n  }\n": typeof types.ScopeOptionsDocument,
};
const documents: Documents = {
    "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      descriptionEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        crossChain\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n    }\n  }\n": types.ChainsDocument,
    "\n  query ScopeOptions($chainId: ID) {\n    parks(chainId: $chainId) { id name nameEn region { id } }\n    regions { id name nameEn level parent { id } }\n  }\n": types.ScopeOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      descriptionEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        crossChain\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n    }\n  }\n"): typeof import('./graphql').ChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeOptions($chainId: ID) {\n    parks(chainId: $chainId) { id name nameEn region { id } }\n    regions { id name nameEn level parent { id } }\n  }\n"): typeof import('./graphql').ScopeOptionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
