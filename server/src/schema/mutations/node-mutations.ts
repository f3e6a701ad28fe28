// create<Label>, update<Label> and delete<Label> for a node type an editor keeps by hand
// (enterprises, institutions): the same edit, audit and field-error path for each, so only the
// inputs and the link to a park differ. Projects have their own (lifecycle moves, capacities).
import type { z } from 'zod';
import { builder } from '../../builder.js';
import { diffProps, parse, runEdit } from '../../edit/editor.js';
import type { FieldError } from '../../domain/field-errors.js';
import { deleteNode } from './delete.js';
import { DeletePayloadRef, type payload, reasonArgDescription, sourceArgDescription } from './edit-types.js';

interface NodeMutations<Row extends object> {
  /** Neo4j label and GraphQL type: Enterprise, Institution. */
  label: 'Enterprise' | 'Institution';
  /** What the descriptions call one ("an enterprise"). */
  article: string;
  /** Id prefix: `e` gives `e.<slug>`. */
  idPrefix: string;
  /** The relationship from the node to the park given as `parkId` on create. */
  parkLink: string;
  payloadRef: ReturnType<typeof payload<Row>>;
  createInput: ReturnType<typeof builder.inputType>;
  updateInput: ReturnType<typeof builder.inputType>;
  createSchema: z.ZodType<{
    slug?: string | null | undefined;
    parkId?: string | null | undefined;
    name: string;
    nameEn?: string | null | undefined;
  }>;
  updateSchema: z.ZodType<Record<string, unknown>>;
  updateDescription: string;
}

export function nodeMutations<Row extends object>(m: NodeMutations<Row>): void {
  const lower = m.label.toLowerCase();
  builder.mutationField(`create${m.label}`, (t) =>
    t.field({
      type: m.payloadRef,
      authScopes: { editor: true },
      description: `Creates ${m.article} (editor role).`,
      args: {
        input: t.arg({ type: m.createInput, required: true }),
        source: t.arg.id({ description: sourceArgDescription }),
        reason: t.arg.string({ description: reasonArgDescription }),
      },
      resolve: (_r, args, ctx) =>
        runEdit<Row>(ctx, `create-${lower}`, { source: args.source }, async (ed) => {
          const { slug, parkId, ...props } = parse(m.createSchema, args.input, 'input');
          const errors: FieldError[] = [];
          await ed.checkIds([{ field: 'input.parkId', id: parkId, label: 'Park' }], errors);
          if (errors.length) ed.reject(errors);
          const id = await ed.newId(m.idPrefix, slug, props.name, props.nameEn);
          const node = await ed.createNode(m.label, { ...props, id });
          if (parkId) await ed.setLink(id, m.parkLink, parkId, {}, true);
          const change = await ed.record({
            action: 'create',
            targetId: id,
            targetLabel: m.label,
            before: null,
            after: { ...props, id, ...(parkId ? { links: [{ type: m.parkLink, to: parkId }] } : {}) },
            reason: args.reason,
            source: args.source,
          });
          return { value: node as Row, change };
        }),
    }),
  );
  builder.mutationField(`update${m.label}`, (t) =>
    t.field({
      type: m.payloadRef,
      authScopes: { editor: true },
      description: m.updateDescription,
      args: {
        id: t.arg.id({ required: true }),
        input: t.arg({ type: m.updateInput, required: true }),
        source: t.arg.id({ description: sourceArgDescription }),
        reason: t.arg.string({ description: reasonArgDescription }),
      },
      resolve: (_r, args, ctx) =>
        runEdit<Row>(ctx, `update-${lower}`, { source: args.source }, async (ed) => {
          const set = parse(m.updateSchema, args.input, 'input');
          const current = await ed.load('id', String(args.id), m.label);
          const { before, after } = diffProps(current.props, set);
          if (!Object.keys(after).length && !args.source) ed.reject([{ field: 'input', code: 'NO_CHANGE', message: 'nothing to change' }]);
          const node = await ed.updateNode(String(args.id), after);
          const change = await ed.record({
            action: 'update',
            targetId: String(args.id),
            targetLabel: m.label,
            before,
            after,
            reason: args.reason,
            source: args.source,
          });
          return { value: node as Row, change };
        }),
    }),
  );
  deleteMutation(m.label, `Deletes ${m.article} with its links and figures (editor role); the audit record stays.`);
}

/** delete<Label>: removes the node with its links (deleteNode); the audit record stays. */
export function deleteMutation(label: 'Enterprise' | 'Institution' | 'Project', description: string): void {
  builder.mutationField(`delete${label}`, (t) =>
    t.field({
      type: DeletePayloadRef,
      authScopes: { editor: true },
      description,
      args: {
        id: t.arg.id({ required: true }),
        source: t.arg.id({ description: sourceArgDescription }),
        reason: t.arg.string({ description: reasonArgDescription }),
      },
      resolve: (_r, args, ctx) => deleteNode(ctx, label, String(args.id), args),
    }),
  );
}
