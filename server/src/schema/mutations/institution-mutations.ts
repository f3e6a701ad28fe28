// Editors create, update and delete institutions (institutes, schools, banks). Ids: `in.<slug>`.
import { builder } from '../../builder.js';
import { institutionStatuses } from '../../domain/vocabulary.js';
import { enumValues } from '../vocabulary-enums.js';
import { diffProps, parse, runEdit } from '../../edit/editor.js';
import type { FieldError } from '../../edit/field-errors.js';
import { CreateInstitution, UpdateInstitution } from '../../edit/inputs.js';
import { InstitutionKind } from '../institution.js';
import { InstitutionRef, type InstitutionRow } from '../refs.js';
import { deleteNode } from './delete.js';
import { DeletePayloadRef, payload, reasonArgDescription, sourceArgDescription } from './edit-types.js';

const InstitutionPayload = payload<InstitutionRow>('InstitutionPayload', 'institution', InstitutionRef);

const InstitutionStatus = builder.enumType('InstitutionStatus', {
  values: enumValues(institutionStatuses),
});

const CreateInstitutionInput = builder.inputType('CreateInstitutionInput', {
  fields: (t) => ({
    slug: t.string({ description: 'The id becomes in.<slug>; generated from nameEn (or at random) when absent.' }),
    name: t.string({ required: true }),
    nameEn: t.string(),
    kind: t.field({ type: InstitutionKind, required: true }),
    status: t.field({ type: InstitutionStatus }),
    established: t.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    note: t.string(),
    parkId: t.id(),
  }),
});

const UpdateInstitutionInput = builder.inputType('UpdateInstitutionInput', {
  description: 'Only the fields given change; null removes an optional property.',
  fields: (t) => ({
    name: t.string(),
    nameEn: t.string(),
    kind: t.field({ type: InstitutionKind }),
    status: t.field({ type: InstitutionStatus }),
    established: t.string(),
    note: t.string(),
  }),
});

builder.mutationFields((t) => ({
  createInstitution: t.field({
    type: InstitutionPayload,
    authScopes: { editor: true },
    description: 'Creates an institution (editor role).',
    args: {
      input: t.arg({ type: CreateInstitutionInput, required: true }),
      source: t.arg.id({ description: sourceArgDescription }),
      reason: t.arg.string({ description: reasonArgDescription }),
    },
    resolve: (_r, args, ctx) =>
      runEdit<InstitutionRow>(ctx, 'create-institution', { source: args.source }, async (ed) => {
        const { slug, parkId, ...props } = parse(CreateInstitution, args.input, 'input');
        const errors: FieldError[] = [];
        await ed.checkIds([{ field: 'input.parkId', id: parkId, label: 'Park' }], errors);
        if (errors.length) ed.reject(errors);
        const id = await ed.newId('in', slug, props.name, props.nameEn);
        const node = await ed.createNode('Institution', { ...props, id });
        if (parkId) await ed.setLink(id, 'IN_PARK', parkId, {}, true);
        const change = await ed.record({
          action: 'create', targetId: id, targetLabel: 'Institution', before: null,
          after: { ...props, id, ...(parkId ? { links: [{ type: 'IN_PARK', to: parkId }] } : {}) },
          reason: args.reason, source: args.source,
        });
        return { value: node as InstitutionRow, change };
      }),
  }),
  updateInstitution: t.field({
    type: InstitutionPayload,
    authScopes: { editor: true },
    description: 'Changes an institution’s properties (editor role).',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateInstitutionInput, required: true }),
      source: t.arg.id({ description: sourceArgDescription }),
      reason: t.arg.string({ description: reasonArgDescription }),
    },
    resolve: (_r, args, ctx) =>
      runEdit<InstitutionRow>(ctx, 'update-institution', { source: args.source }, async (ed) => {
        const set = parse(UpdateInstitution, args.input, 'input');
        const current = await ed.load('id', String(args.id), 'Institution');
        const { before, after } = diffProps(current.props, set);
        if (!Object.keys(after).length && !args.source) ed.reject([{ field: 'input', code: 'NO_CHANGE', message: 'nothing to change' }]);
        const node = await ed.updateNode(String(args.id), after);
        const change = await ed.record({
          action: 'update', targetId: String(args.id), targetLabel: 'Institution', before, after, reason: args.reason, source: args.source,
        });
        return { value: node as InstitutionRow, change };
      }),
  }),
  deleteInstitution: t.field({
    type: DeletePayloadRef,
    authScopes: { editor: true },
    description: 'Deletes an institution with its links and figures (editor role); the audit record stays.',
    args: {
      id: t.arg.id({ required: true }),
      source: t.arg.id({ description: sourceArgDescription }),
      reason: t.arg.string({ description: reasonArgDescription }),
    },
    resolve: (_r, args, ctx) => deleteNode(ctx, 'Institution', String(args.id), args),
  }),
}));
