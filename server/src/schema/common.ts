// Small shared pieces: enums used by several types, figures and link objects.
import { builder } from '../builder.js';
import { qualifiers, type ValueOf } from '../domain/vocabulary.js';
import { enumValues } from './vocabulary-enums.js';
import { CitedRef } from './cited.js';
import { linkedOne, linkProps } from './links.js';
import { ChainRef, FigureRef, SegmentRef, type ChainRow, type FigureRow, type SegmentRow } from './refs.js';
import type { NodeRow } from '../loaders.js';

export const Qualifier = builder.enumType('Qualifier', {
  description: 'How a number relates to what the document says.',
  values: enumValues(qualifiers),
});
export type QualifierValue = ValueOf<typeof qualifiers>;

FigureRef.implement({
  description: 'A number a document states about a park, enterprise or institution.',
  interfaces: [CitedRef],
  fields: (t) => ({
    metric: t.exposeString('metric'),
    metricEn: t.exposeString('metricEn', { nullable: true }),
    value: t.exposeFloat('value'),
    unit: t.exposeString('unit'),
    qualifier: t.field({ type: Qualifier, resolve: (f) => (f.qualifier ?? 'exact') as QualifierValue }),
    period: t.exposeString('period', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    chain: t.field({
      type: ChainRef,
      nullable: true,
      description: 'The chain the figure is about, when it is about one.',
      resolve: (f, _a, ctx) => linkedOne<ChainRow>(ctx, f.id, 'ABOUT_CHAIN', 'out', 'Chain'),
    }),
  }),
});

/** A membership of an enterprise or project in a segment, with how we know it. */
export const SegmentLinkRef = builder.objectRef<NodeRow>('SegmentLink').implement({
  description: 'A link to a segment; `inferred` when the document does not say it outright.',
  fields: (t) => ({
    segment: t.field({ type: SegmentRef, resolve: (r) => r as SegmentRow }),
    inferred: t.boolean({ resolve: (r) => linkProps(r).inferred }),
    basis: t.string({ nullable: true, resolve: (r) => linkProps(r).basis }),
  }),
});

/** A membership in a chain (enterprise, project) or service to it (institution). */
export const ChainLinkRef = builder.objectRef<NodeRow>('ChainLink').implement({
  description: 'A link to a chain; `anchor` marks the chain-master enterprise (链主).',
  fields: (t) => ({
    chain: t.field({ type: ChainRef, resolve: (r) => r as ChainRow }),
    anchor: t.boolean({ resolve: (r) => r.__rel?.anchor === true }),
    inferred: t.boolean({ resolve: (r) => linkProps(r).inferred }),
    basis: t.string({ nullable: true, resolve: (r) => linkProps(r).basis }),
  }),
});

export function figuresOf(ctx: import('../context.js').Context, id: string) {
  return ctx.loaders.links('HAS_FIGURE', 'out').load(id) as Promise<FigureRow[]>;
}
