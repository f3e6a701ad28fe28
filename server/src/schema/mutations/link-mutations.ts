// Editors link and unlink nodes. Each link kind is fixed here (relationship type, end labels,
// whether the node has at most one such link, whether it carries inferred/basis): input never
// chooses a relationship type.
import { builder } from '../../builder.js';
import { parse, runEdit } from '../../edit/editor.js';
import { fieldError, type FieldError } from '../../domain/field-errors.js';
import { Link, Unlink } from '../../edit/inputs.js';
import type { NodeRow } from '../../loaders.js';
import { CitedRef } from '../cited.js';
import { ChangeRef, FieldErrorRef, reasonArgDescription, sourceArgDescription } from './edit-types.js';
import type { EditResult } from '../../edit/editor.js';

interface LinkKind {
  /** Mutation names: link<Name> / unlink<Name>. */
  name: string;
  type: string;
  from: string;
  to: string;
  /** At most one such link per node: linking replaces the old one. */
  single: boolean;
  /** The link says whether the document states it outright (inferred + basis). */
  mapping: boolean;
  description: string;
}

export const linkKinds: LinkKind[] = [
  {
    name: 'EnterpriseSegment',
    type: 'IN_SEGMENT',
    from: 'Enterprise',
    to: 'Segment',
    single: false,
    mapping: true,
    description: 'an enterprise works in a segment',
  },
  {
    name: 'EnterprisePark',
    type: 'LOCATED_IN',
    from: 'Enterprise',
    to: 'Park',
    single: true,
    mapping: false,
    description: 'an enterprise is located in a park (replaces its park)',
  },
  {
    name: 'EnterpriseSupply',
    type: 'SUPPLIES',
    from: 'Enterprise',
    to: 'Enterprise',
    single: false,
    mapping: true,
    description: 'an enterprise (from) supplies another (to)',
  },
  {
    name: 'ProjectPark',
    type: 'IN_PARK',
    from: 'Project',
    to: 'Park',
    single: true,
    mapping: false,
    description: 'a project is in a park (replaces its park)',
  },
  {
    name: 'ProjectSegment',
    type: 'FOR_SEGMENT',
    from: 'Project',
    to: 'Segment',
    single: false,
    mapping: true,
    description: 'a project serves a segment',
  },
  {
    name: 'ProjectInvestor',
    type: 'BY',
    from: 'Project',
    to: 'Enterprise',
    single: true,
    mapping: false,
    description: 'an enterprise invests in a project (replaces its investor)',
  },
  {
    name: 'InstitutionChain',
    type: 'SERVES',
    from: 'Institution',
    to: 'Chain',
    single: false,
    mapping: true,
    description: 'an institution serves a chain',
  },
];

interface LinkValue {
  from: NodeRow;
  to: NodeRow;
}

const LinkPayloadRef = builder.objectRef<EditResult<LinkValue>>('LinkPayload').implement({
  description: 'The result of a link or unlink: both ends as they are now, the audit record, or the refused fields.',
  fields: (t) => ({
    from: t.field({ type: CitedRef, nullable: true, resolve: (r) => r.value?.from ?? null }),
    to: t.field({ type: CitedRef, nullable: true, resolve: (r) => r.value?.to ?? null }),
    change: t.field({ type: ChangeRef, nullable: true, resolve: (r) => r.change }),
    errors: t.field({ type: [FieldErrorRef], resolve: (r) => r.errors }),
  }),
});

const LinkInput = builder.inputType('LinkInput', {
  fields: (t) => ({
    fromId: t.id({ required: true }),
    toId: t.id({ required: true }),
    inferred: t.boolean({ description: 'The document does not say it outright (segment, supply and chain links); then give a basis.' }),
    basis: t.string({ description: 'Why the link is made when it is inferred.' }),
  }),
});
const UnlinkInput = builder.inputType('UnlinkInput', {
  fields: (t) => ({ fromId: t.id({ required: true }), toId: t.id({ required: true }) }),
});

/** Checks both ends; returns their rows (for the payload). */
async function ends(ed: Parameters<Parameters<typeof runEdit>[3]>[0], kind: LinkKind, fromId: string, toId: string) {
  const errors: FieldError[] = [];
  await ed.checkIds(
    [
      { field: 'input.fromId', id: fromId, label: kind.from },
      { field: 'input.toId', id: toId, label: kind.to },
    ],
    errors,
  );
  if (fromId === toId) errors.push(fieldError('input.toId', 'INVALID', 'a node cannot link to itself'));
  if (errors.length) ed.reject(errors);
}

async function endRows(ctx: Parameters<typeof runEdit>[0], fromId: string, toId: string): Promise<LinkValue> {
  const [from, to] = await Promise.all([ctx.loaders.node.load(fromId), ctx.loaders.node.load(toId)]);
  return { from: from!, to: to! };
}

for (const kind of linkKinds) {
  builder.mutationField(`link${kind.name}`, (t) =>
    t.field({
      type: LinkPayloadRef,
      authScopes: { editor: true },
      description: `Records that ${kind.description}: (:${kind.from})-[:${kind.type}]->(:${kind.to}) (editor role).`,
      args: {
        input: t.arg({ type: LinkInput, required: true }),
        source: t.arg.id({ description: sourceArgDescription }),
        reason: t.arg.string({ description: reasonArgDescription }),
      },
      resolve: async (_r, args, ctx) => {
        const result = await runEdit<LinkValue>(ctx, `link-${kind.type.toLowerCase()}`, { source: args.source }, async (ed) => {
          const input = parse(Link, args.input, 'input');
          if (!kind.mapping && (input.inferred || input.basis)) {
            ed.reject([fieldError('input.inferred', 'INVALID', `a ${kind.type} link has no inferred/basis`)]);
          }
          await ends(ed, kind, input.fromId, input.toId);
          const props = input.inferred ? { inferred: true, basis: input.basis } : input.basis ? { basis: input.basis } : {};
          const existing = await ed.linksOf(input.fromId, kind.type);
          const same = existing.find((l) => l.to === input.toId);
          if (same && JSON.stringify(same.props) === JSON.stringify(props) && !args.source) {
            ed.reject([fieldError('input.toId', 'NO_CHANGE', 'this link exists already')]);
          }
          // Before: the link being changed, or for a single link the one it replaces.
          const before = kind.single ? existing : same ? [same] : [];
          await ed.setLink(input.fromId, kind.type, input.toId, props, kind.single);
          const change = await ed.record({
            action: 'link',
            targetId: input.fromId,
            targetLabel: kind.from,
            before: { type: kind.type, links: before },
            after: { type: kind.type, links: [{ to: input.toId, props }] },
            reason: args.reason,
            source: args.source,
          });
          return { value: null, change };
        });
        return result.errors.length ? result : { ...result, value: await endRows(ctx, String(args.input.fromId), String(args.input.toId)) };
      },
    }),
  );

  builder.mutationField(`unlink${kind.name}`, (t) =>
    t.field({
      type: LinkPayloadRef,
      authScopes: { editor: true },
      description: `Removes (:${kind.from})-[:${kind.type}]->(:${kind.to}) (editor role).`,
      args: {
        input: t.arg({ type: UnlinkInput, required: true }),
        source: t.arg.id({ description: sourceArgDescription }),
        reason: t.arg.string({ description: reasonArgDescription }),
      },
      resolve: async (_r, args, ctx) => {
        const result = await runEdit<LinkValue>(ctx, `unlink-${kind.type.toLowerCase()}`, { source: args.source }, async (ed) => {
          const input = parse(Unlink, args.input, 'input');
          await ends(ed, kind, input.fromId, input.toId);
          const existing = (await ed.linksOf(input.fromId, kind.type)).find((l) => l.to === input.toId);
          if (!existing)
            ed.reject([fieldError('input.toId', 'NOT_FOUND', `no ${kind.type} link from "${input.fromId}" to "${input.toId}"`)]);
          await ed.tx.run('edit/unlink', { from: input.fromId, to: input.toId, type: kind.type });
          const change = await ed.record({
            action: 'unlink',
            targetId: input.fromId,
            targetLabel: kind.from,
            before: { type: kind.type, links: [existing] },
            after: { type: kind.type, links: [] },
            reason: args.reason,
            source: args.source,
          });
          return { value: null, change };
        });
        return result.errors.length ? result : { ...result, value: await endRows(ctx, String(args.input.fromId), String(args.input.toId)) };
      },
    }),
  );
}
