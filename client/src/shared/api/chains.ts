// The chain list: loaded once for the whole app (start page, chain map, compare). A
// `graphql()` document: `pnpm codegen` types its result from the committed server SDL (src/gql/).
import { graphqlRequest, type RequestOptions } from './client';
import { graphql } from '../../gql';
import type { Chain } from './types';

export const CHAINS_QUERY = graphql(`
  query Chains {
    chains {
      id
      name
      nameEn
      description
      descriptionEn
      segments { id name nameEn stage order parentId enterpriseCount }
      flows {
        fromId
        toId
        crossChain
        from { id name nameEn chainId stage order }
        to { id name nameEn chainId stage order }
      }
    }
  }
`);

export async function fetchChains(options: RequestOptions = {}): Promise<Chain[]> {
  const data = await graphqlRequest(CHAINS_QUERY, {}, options);
  return data.chains;
}
