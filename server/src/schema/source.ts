import { builder } from '../builder.js';
import { sourceKinds } from '../domain/vocabulary.js';
import { enumValues } from './vocabulary-enums.js';
import { nodeOf } from './links.js';
import { SourceRef, type SourceRow } from './refs.js';

export const SourceKind = builder.enumType('SourceKind', {
  values: enumValues(sourceKinds),
});

SourceRef.implement({
  description: 'A document that facts in the graph cite (来源).',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: SourceKind, resolve: (s) => s.kind as 'newspaper' }),
    title: t.exposeString('title'),
    titleEn: t.exposeString('titleEn', { nullable: true }),
    file: t.exposeString('file', { nullable: true, description: 'File name under shared/sources/.' }),
    publisher: t.exposeString('publisher', { nullable: true }),
    publisherEn: t.exposeString('publisherEn', { nullable: true, description: 'A descriptive English rendering of the publisher.' }),
    author: t.exposeString('author', { nullable: true }),
    date: t.exposeString('date', { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as known.' }),
    dateApprox: t.boolean({ resolve: (s) => s.dateApprox === true }),
    reference: t.exposeString('reference', { nullable: true, description: 'The publisher’s index number.' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  sources: t.field({
    type: [SourceRef],
    resolve: async (_root, _args, ctx) => (await ctx.db.read<{ node: SourceRow }>('api/by-label', { label: 'Source' })).map((r) => r.node),
  }),
  source: t.field({
    type: SourceRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => nodeOf<SourceRow>(ctx, String(id), 'Source'),
  }),
}));
