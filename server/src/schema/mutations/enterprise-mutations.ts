// Editors create, update and delete enterprises. Ids are `e.<slug>` like the seeds'.
import { builder } from '../../builder.js';
import { diffProps, parse, runEdit } from '../../edit/editor.js';
import { CreateEnterprise, UpdateEnterprise } from '../../edit/inputs.js';
import type { FieldError } from '../../edit/field-errors.js';
import { EnterpriseRole } from '../enterprise.js';
import { EnterpriseRef, type EnterpriseRow } from '../refs.js';
import { DeletePayloadRef, payload, reasonArgDescription, sourceArgDescription } from './edit-types.js';
import { deleteNode } from './delete.js';

const EnterprisePayload = payload<EnterpriseRow>('EnterprisePayload', 'enterprise', EnterpriseRef);

const CreateEnterpriseInput = builder.inputType('CreateEnterpriseInput', {
  fields: (t) => ({
    slug: t.string({ description: 'The id becomes e.<slug>; generated from nameEn (or at random) when absent.' }),
    name: t.string({ required: true, description: 'Chinese name.' }),
    nameEn: t.string(),
    shortName: t.string(),
    aliases: t.stringList(),
    roles: t.field({ type: [EnterpriseRole] }),
    founded: t.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    products: t.stringList(),
    note: t.string(),
    parkId: t.id({ description: 'The park it is located in.' }),
  }),
});

const UpdateEnterpriseInput = builder.inputType('UpdateEnterpriseInput', {
  description: 'Only the fields given change; null removes an optional property.',
  fields: (t) => ({
    name: t.string(),
    nameEn: t.string(),
    shortName: t.string(),
    aliases: t.stringList(),
    roles: t.field({ type: [EnterpriseRole] }),
    founded: t.string(),
    products: t.stringList(),
    note: t.string(),
  }),
});

builder.mutationFields((t) => ({
  createEnterprise: t.field({
    type: EnterprisePayload,
    authScopes: { editor: true },
    description: 'Creates an enterprise (editor role).',
    args: {
      input: t.arg({ type: CreateEnterpriseInput, required: true }),
      source: t.arg.id({ description: sourceArgDescription }),
      reason: t.arg.string({ description: reasonArgDescription }),
    },
    resolve: (_r, args, ctx) =>
      runEdit<EnterpriseRow>(ctx, 'create-enterprise', { source: args.source }, async (ed) => {
        const { slug, parkId, ...props } = parse(CreateEnterprise, args.input, 'input');
        const errors: FieldError[] = [];
        await ed.checkIds([{ field: 'input.parkId', id: parkId, label: 'Park' }], errors);
        if (errors.length) ed.reject(errors);
        const id = await ed.newId('e', slug, props.name, props.nameEn);
        const node = await ed.createNode('Enterprise', { ...props, id });
        if (parkId) await ed.setLink(id, 'LOCATED_IN', parkId, {}, true);
        const change = await ed.record({
          action: 'create', targetId: id, targetLabel: 'Enterprise', before: null,
          after: { ...props, id, ...(parkId ? { links: [{ type: 'LOCATED_IN', to: parkId }] } : {}) },
          reason: args.reason, source: args.source,
        });
        return { value: node as EnterpriseRow, change };
      }),
  }),
  updateEnterprise: t.field({
    type: EnterprisePayload,
    authScopes: { editor: true },
    description: 'Changes an enterprise’s properties (editor role); seeded enterprises too.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateEnterpriseInput, required: true }),
      source: t.arg.id({ description: sourceArgDescription }),
      reason: t.arg.string({ description: reasonArgDescription }),
    },
    resolve: (_r, args, ctx) =>
      runEdit<EnterpriseRow>(ctx, 'update-enterprise', { source: args.source }, async (ed) => {
        const set = parse(UpdateEnterprise, args.input, 'input');
        const current = await ed.load('id', String(args.id), 'Enterprise');
        const { before, after } = diffProps(current.props, set);
        if (!Object.keys(after).length && !args.source) ed.reject([{ field: 'input', code: 'NO_CHANGE', message: 'nothing to change' }]);
        const node = await ed.updateNode(String(args.id), after);
        const change = await ed.record({
          action: 'update', targetId: String(args.id), targetLabel: 'Enterprise', before, after, reason: args.reason, source: args.source,
        });
        return { value: node as EnterpriseRow, change };
      }),
  }),
  deleteEnterprise: t.field({
    type: DeletePayloadRef,
    authScopes: { editor: true },
    description: 'Deletes an enterprise with its links and figures (editor role); the audit record stays.',
    args: {
      id: t.arg.id({ required: true }),
      source: t.arg.id({ description: sourceArgDescription }),
      reason: t.arg.string({ description: reasonArgDescription }),
    },
    resolve: (_r, args, ctx) => deleteNode(ctx, 'Enterprise', String(args.id), args),
  }),
}));
