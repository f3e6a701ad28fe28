import { useEffect, useState } from 'react';
import { ApiError, isAbortError } from '../../shared/api/errors';
import { fetchNode, fetchSegmentPublic, type NodeDetail } from './queries';
import { onGraphEdited } from '../../shared/api/edit-events';

export type NodeState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  /** `limited`: anonymous, so only the public segment record (or nothing) was available. */
  | { status: 'ready'; node: NodeDetail | null; limited: boolean };

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.graphqlErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
}

/**
 * Loads any node by id. Anonymous users may not ask `node`; for them the
 * public `segment(id)` still answers for segments, and anything else becomes a
 * sign-in prompt (ready with `limited` and no node).
 */
export function useNode(id: string): NodeState {
  const [state, setState] = useState<NodeState>({ status: 'loading' });
  const [edits, setEdits] = useState(0);
  useEffect(() => onGraphEdited(() => setEdits((n) => n + 1)), []);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    setState({ status: 'loading' });
    const fail = (error: unknown) => {
      if (signal.aborted || isAbortError(error)) return;
      setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError('unknown', String(error), { cause: error }) });
    };
    fetchNode(id, { signal }).then(
      (node) => setState({ status: 'ready', node, limited: false }),
      (error: unknown) => {
        if (signal.aborted || isAbortError(error)) return;
        if (!isUnauthenticated(error)) return fail(error);
        fetchSegmentPublic(id, { signal }).then((node) => setState({ status: 'ready', node, limited: true }), fail);
      },
    );
    return () => controller.abort();
  }, [id, edits]);

  return state;
}
