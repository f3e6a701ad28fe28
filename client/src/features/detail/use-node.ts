import type { ApiError } from '../../shared/api/errors';
import { isUnauthenticated } from '../../shared/api/errors';
import { useApiQuery } from '../../shared/api/query';
import { fetchNode, fetchSegmentPublic, type NodeDetail } from './queries';

export type NodeState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  /** `limited`: anonymous, so only the public segment record (or nothing) was available. */
  | { status: 'ready'; node: NodeDetail | null; limited: boolean };

/**
 * Loads any node by id. Anonymous users may not ask `node`; for them the
 * public `segment(id)` still answers for segments, and anything else becomes a
 * sign-in prompt (ready with `limited` and no node).
 */
export function useNode(id: string): NodeState {
  const state = useApiQuery(['NodeDetail', id], async (signal) => {
    try {
      return { node: await fetchNode(id, { signal }), limited: false };
    } catch (error) {
      if (!isUnauthenticated(error)) throw error;
      return { node: await fetchSegmentPublic(id, { signal }), limited: true };
    }
  });
  if (state.status !== 'ready') return state.status === 'error' ? { status: 'error', error: state.error } : { status: 'loading' };
  return { status: 'ready', node: state.data?.node ?? null, limited: state.data?.limited ?? false };
}
