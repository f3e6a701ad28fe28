import { fetchChains } from './chains';
import type { ApiError } from './errors';
import { useApiQuery } from './query';
import type { Chain } from './types';

export type ChainsState = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; chains: Chain[] };

/** All chains (the start page, the chain map and compare list them), cached once for all. */
export function useChains(): ChainsState & { retry: () => void } {
  const state = useApiQuery(['Chains'], (signal) => fetchChains({ signal }));
  if (state.status === 'loading') return { status: 'loading', retry: state.retry };
  if (state.status === 'error') return state;
  return { status: 'ready', chains: state.data ?? [], retry: state.retry };
}
