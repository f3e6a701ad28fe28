import type { ParkDetail } from './types';

/**
 * The chain a park opens on when the link names none: the server's lead chain (the park's
 * first-ranked chain with a template, `Park.leadChain`), else the first it lists.
 */
export function leadChainOf(park: Pick<ParkDetail, 'leadChain' | 'chains'>): string | null {
  return park.leadChain?.id ?? park.chains[0]?.chain.id ?? null;
}
