// The sheet import's data hooks: the upload (dry run or commit) with its progress, the batches
// and their undo, the audit log. TanStack Query underneath (shared/api/query.ts).
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { notifyGraphEdited } from '../../shared/api/edit-events';
import type { ApiError } from '../../shared/api/errors';
import { useGraphQLMutation, useGraphQLQuery } from '../../shared/api/query';
import { graphqlUpload } from '../../shared/api/upload';
import type { SheetEncoding, SheetKind } from '../../gql/graphql';
import { AUDIT_LOG, IMPORT_BATCHES, IMPORT_COMMIT, IMPORT_DRY_RUN, UNDO_IMPORT } from './queries';
import { decisionsInput, mappingInput, type Decisions, type Mapping, type SheetReport } from './plan-model';
import type { SheetKindKey } from './messages';

export interface UploadRequest {
  kind: SheetKindKey;
  file: File;
  /** null: detect. */
  encoding: 'utf-8' | 'gb18030' | null;
  mapping: Mapping;
  /** Given: commit with these decisions; absent: dry run. */
  decisions?: { review: SheetReport['review']; chosen: Decisions };
}

export type UploadPhase = { phase: 'idle' } | { phase: 'uploading'; progress: number } | { phase: 'working' };

const KIND: Record<SheetKindKey, SheetKind> = {
  enterprises: 'ENTERPRISES',
  projects: 'PROJECTS',
  institutions: 'INSTITUTIONS',
  supply: 'SUPPLY',
};
const ENCODING: Record<'utf-8' | 'gb18030', SheetEncoding> = { 'utf-8': 'UTF_8', gb18030: 'GB18030' };

/** Sends a sheet for a dry run or a commit; `phase` drives the progress bar and the busy state. */
export function useSheetUpload() {
  const [phase, setPhase] = useState<UploadPhase>({ phase: 'idle' });
  const mutation = useMutation<SheetReport, ApiError, UploadRequest>({
    mutationFn: async (req) => {
      setPhase({ phase: 'uploading', progress: 0 });
      const base = {
        kind: KIND[req.kind],
        encoding: req.encoding ? ENCODING[req.encoding] : null,
        mapping: mappingInput(req.mapping),
      };
      const progress = {
        onProgress: (f: number) => setPhase({ phase: 'uploading', progress: f }),
        onSent: () => setPhase({ phase: 'working' }),
      };
      try {
        if (req.decisions) {
          const d = await graphqlUpload(
            IMPORT_COMMIT,
            { ...base, decisions: decisionsInput(req.decisions.review, req.decisions.chosen) },
            req.file,
            progress,
          );
          return d.importCommit;
        }
        return (await graphqlUpload(IMPORT_DRY_RUN, base, req.file, progress)).importDryRun;
      } finally {
        setPhase({ phase: 'idle' });
      }
    },
    onSuccess: (report) => {
      // A commit changed the graph: every loaded answer (park pages, batches, audit) is stale.
      if (!report.dryRun && report.batchId) {
        notifyGraphEdited();
      }
    },
  });
  return { ...mutation, phase };
}

export function useBatches(enabled: boolean) {
  return useGraphQLQuery(IMPORT_BATCHES, enabled ? { limit: 50 } : null, (d) => d.importBatches);
}

export function useUndoImport() {
  const m = useGraphQLMutation(UNDO_IMPORT);
  return {
    ...m,
    /** onlySafe: take back what no later change touched and keep the rest, instead of refusing. */
    undo: async (batchId: string, onlySafe = false) => {
      const r = await m.mutateAsync({ batchId, onlySafe });
      notifyGraphEdited();
      return r.undoImport;
    },
  };
}

export interface AuditFilters {
  by?: string | undefined;
  targetId?: string | undefined;
  parkId?: string | undefined;
  batchId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export function useAuditLog(filters: AuditFilters | null) {
  const vars = filters === null ? null : { ...filters, first: 200 };
  return useGraphQLQuery(AUDIT_LOG, vars, (d) => d.auditLog);
}
