import { graphqlRequest, type RequestOptions } from './client';
import type { Chain, ChainsQueryResult } from './types';

// Keep in sync with the server contract and with types.ts.
export const CHAINS_QUERY = /* GraphQL */ `
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
`;

export async function fetchChains(options: RequestOptions = {}): Promise<Chain[]> {
  const data = await graphqlRequest<ChainsQueryResult>(CHAINS_QUERY, {}, options);
  return data.chains;
}
