// Park.dashboard: the key figures staff read first (firms, anchors, listed firms, projects and
// investment by stage) and the completeness of every chain the park grows, with its trend by year.
// Reads in ../data/dashboard.ts; completeness is gapReport's rule (../domain/gap.ts).
import { builder } from '../builder.js';
import { parkDashboard, type ChainCompleteness, type CompletenessPoint, type ParkDashboard, type StageFigure } from '../data/dashboard.js';
import type { ValueOf } from '../domain/vocabulary.js';
import type { projectStatuses } from '../domain/vocabulary.js';
import { CompletenessRef } from './gap-types.js';
import { nodeOf } from './links.js';
import { ProjectStatus } from './project.js';
import { ChainRef, ParkRef, type ChainRow } from './refs.js';

type StatusValue = ValueOf<typeof projectStatuses>;

const StageFigureRef = builder.objectRef<StageFigure>('ProjectStageFigure').implement({
  description: 'Projects of one stated status, with the investment the documents give for them.',
  fields: (t) => ({
    status: t.field({
      type: ProjectStatus,
      nullable: true,
      description: 'Null: no status stated.',
      resolve: (s) => s.status as StatusValue | null,
    }),
    count: t.exposeInt('count'),
    withInvestment: t.exposeInt('withInvestment', { description: 'How many of them state an investment.' }),
    investmentCny: t.exposeFloat('investmentCny', {
      nullable: true,
      description: 'Sum of the stated investments (CNY); null when none is stated.',
    }),
  }),
});

const CompletenessPointRef = builder.objectRef<CompletenessPoint>('CompletenessPoint').implement({
  description: 'Completeness at the end of one year.',
  fields: (t) => ({
    year: t.exposeString('year'),
    completeness: t.field({ type: CompletenessRef, resolve: (p) => p.completeness }),
  }),
});

const ChainCompletenessRef = builder.objectRef<ChainCompleteness>('ChainCompleteness').implement({
  description: 'One chain the park grows: its completeness today and at each past year end its evidence covers.',
  fields: (t) => ({
    chain: t.field({ type: ChainRef, resolve: (c, _a, ctx) => nodeOf<ChainRow>(ctx, c.chainId, 'Chain') as Promise<ChainRow> }),
    completeness: t.field({ type: CompletenessRef, resolve: (c) => c.completeness }),
    trend: t.field({
      type: [CompletenessPointRef],
      description: 'Oldest first; empty when nothing in the park is dated.',
      resolve: (c) => c.trend,
    }),
  }),
});

const ParkDashboardRef = builder.objectRef<ParkDashboard>('ParkDashboard').implement({
  description: 'Key figures of a park and its sub-parks.',
  fields: (t) => ({
    enterprises: t.exposeInt('enterprises', { description: 'Firms located in the park or a sub-park.' }),
    anchors: t.exposeInt('anchors', { description: 'Of them, chain anchors (链主).' }),
    listed: t.exposeInt('listed', { description: 'Of them, listed firms.' }),
    projects: t.field({ type: [StageFigureRef], description: 'Projects by stated status, most first.', resolve: (d) => d.projects }),
    chains: t.field({
      type: [ChainCompletenessRef],
      description: 'Every chain the park grows that has a template.',
      resolve: (d) => d.chains,
    }),
  }),
});

builder.objectField(ParkRef, 'dashboard', (t) =>
  t.field({
    type: ParkDashboardRef,
    description: 'Key figures and completeness per chain (with its trend). Needs the viewer role.',
    authScopes: { viewer: true },
    resolve: (p, _a, ctx) => parkDashboard(ctx.db, p.id),
  }),
);
