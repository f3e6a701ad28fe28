// Types every edit shares: field errors, the audit record (Change), payloads, and the `changes`
// queries. Payloads are typed results: bad input comes back in `errors`, never as a thrown error.
import DataLoader from 'dataloader';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { int } from '../../db/executor.js';
import type { ChangeRow, EditResult } from '../../edit/editor.js';
import { fieldErrorCodes, type FieldError } from '../../domain/field-errors.js';
import { CitedRef } from '../cited.js';
import { nodeOf } from '../links.js';
import { SourceRef, type SourceRow } from '../refs.js';

export const FieldErrorCode = builder.enumType('FieldErrorCode', {
  description: 'Why an input field was refused.',
  values: fieldErrorCodes,
});

export const FieldErrorRef = builder.objectRef<FieldError>('FieldError').implement({
  description: 'A refused input field: the edit changed nothing.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Path of the argument, e.g. "input.name" or "date".' }),
    message: t.exposeString('message'),
    code: t.field({ type: FieldErrorCode, resolve: (e) => e.code }),
  }),
});

const ChangeAction = builder.enumType('ChangeAction', {
  values: {
    CREATE: { value: 'create' },
    UPDATE: { value: 'update' },
    DELETE: { value: 'delete' },
    MOVE_STATUS: { value: 'move_status' },
    LINK: { value: 'link' },
    UNLINK: { value: 'unlink' },
  } as const,
});

const parseJson = (s: string | null | undefined): unknown => (s == null ? null : (JSON.parse(s) as unknown));

export const ChangeRef = builder.objectRef<ChangeRow>('Change').implement({
  description: 'The audit record of one edit: who, when, what changed and why, and its source.',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.exposeString('at', { description: 'When (ISO 8601, UTC).' }),
    by: t.exposeString('by', { description: 'Who: the viewer’s display name.' }),
    byUserId: t.string({ nullable: true, resolve: (c) => c.byUserId ?? null }),
    action: t.field({ type: ChangeAction, resolve: (c) => c.action }),
    targetId: t.exposeID('targetId', { description: 'The edited node’s id (kept after a delete).' }),
    targetLabel: t.exposeString('targetLabel'),
    before: t.field({
      type: 'JSON',
      nullable: true,
      description: 'Changed properties / links before.',
      resolve: (c) => parseJson(c.before),
    }),
    after: t.field({ type: 'JSON', nullable: true, description: 'Changed properties / links after.', resolve: (c) => parseJson(c.after) }),
    reason: t.string({ nullable: true, resolve: (c) => c.reason ?? null }),
    batchId: t.string({
      nullable: true,
      description: 'The import batch that made this change (none: an edit).',
      resolve: (c) => c.batchId ?? null,
    }),
    undoOf: t.string({
      nullable: true,
      description: 'The import batch whose undo made this change (a record it deleted, put back or unlinked); none otherwise.',
      resolve: (c) => c.undoOf ?? null,
    }),
    enteredByHand: t.boolean({ description: 'True when the edit cites no source.', resolve: (c) => c.enteredByHand === true }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      resolve: (c, _a, ctx) => (c.sourceId ? nodeOf<SourceRow>(ctx, c.sourceId, 'Source') : null),
    }),
  }),
});

type Ref<T> = ReturnType<typeof builder.objectRef<T>>;

/** `<field>: <Type>`, `change` and `errors`: the payload of a create or update. */
export function payload<T extends object>(name: string, field: string, ref: Ref<T>) {
  return builder.objectRef<EditResult<T>>(name).implement({
    description: `The result of an edit: the ${field} as it is now, the audit record, or the refused fields.`,
    fields: (t) => ({
      [field]: t.field({ type: ref, nullable: true, resolve: (r) => r.value as never }),
      change: t.field({ type: ChangeRef, nullable: true, resolve: (r) => r.change }),
      errors: t.field({ type: [FieldErrorRef], resolve: (r) => r.errors }),
    }),
  });
}

export const DeletePayloadRef = builder.objectRef<EditResult<{ id: string }>>('DeletePayload').implement({
  description: 'The result of a delete: the id that is gone, the audit record, or the refused fields.',
  fields: (t) => ({
    deletedId: t.id({ nullable: true, resolve: (r) => r.value?.id ?? null }),
    change: t.field({ type: ChangeRef, nullable: true, resolve: (r) => r.change }),
    errors: t.field({ type: [FieldErrorRef], resolve: (r) => r.errors }),
  }),
});

export const sourceArgDescription = 'The source document this edit cites; without it the change is recorded as entered by hand.';
export const reasonArgDescription = 'Why the change is made (required to move a project backwards).';

// Change history, per request batched by target id.
const loaders = new WeakMap<Context, DataLoader<string, ChangeRow[]>>();
function changesLoader(ctx: Context, first: number) {
  let l = loaders.get(ctx);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const rows = await ctx.db.read<{ id: string; items: ChangeRow[] }>('edit/changes', { ids: [...ids], first: int(first) });
      const byId = new Map(rows.map((r) => [r.id, r.items]));
      return ids.map((id) => byId.get(id) ?? []);
    });
    loaders.set(ctx, l);
  }
  return l;
}

const MAX_CHANGES = 100;
const clampFirst = (n: number | null | undefined) => Math.max(1, Math.min(n ?? 20, MAX_CHANGES));

builder.queryField('changes', (t) =>
  t.field({
    type: [ChangeRef],
    description: 'Edits of a node, newest first (a deleted node’s too). Needs the viewer role.',
    args: { targetId: t.arg.id({ required: true }), first: t.arg.int({ description: `At most ${MAX_CHANGES}; default 20.` }) },
    authScopes: { viewer: true },
    resolve: async (_r, { targetId, first }, ctx) => {
      const rows = await ctx.db.read<{ id: string; items: ChangeRow[] }>('edit/changes', {
        ids: [String(targetId)],
        first: int(clampFirst(first)),
      });
      return rows[0]?.items ?? [];
    },
  }),
);

builder.interfaceField(CitedRef, 'changes', (t) =>
  t.field({
    type: [ChangeRef],
    description: 'Edits of this node through the API, newest first (the 20 latest). Needs the viewer role.',
    authScopes: { viewer: true },
    resolve: (n, _a, ctx) => {
      return changesLoader(ctx, 20).load(n.id);
    },
  }),
);
