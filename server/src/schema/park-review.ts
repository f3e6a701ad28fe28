// A park's five lists (五张清单) and project review (回头看), as fields on Park, plus the Policy
// type (产业发展政策). Both fields need the viewer role.
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { loadChain, loadScopes } from '../data/analysis.js';
import { review, type Review, type ReviewRate } from '../domain/review.js';
import type { ProjectLike } from '../domain/project-stage.js';
import type { NodeRow } from '../loaders.js';
import { CitedRef } from './cited.js';
import { NodeRef } from './node.js';
import { linked, linkedOne, nodeOf } from './links.js';
import {
  ChainRef,
  EnterpriseRef,
  ParkRef,
  ProjectRef,
  RegionRef,
  type ChainRow,
  type EnterpriseRow,
  type ParkRow,
  type ProjectRow,
  type RegionRow,
} from './refs.js';
import { findTargets, TargetRef } from './targets.js';

interface PolicyRow extends NodeRow {
  name: string;
  nameEn?: string | null;
  issued?: string | null;
  kind: string;
  note?: string | null;
  /** Set by the five-lists query; absent when the policy was loaded by id. */
  parkId?: string;
}

export const PolicyRef = builder.objectRef<PolicyRow>('Policy').implement({
  description: 'A policy a park issued or applies (产业发展政策): work plans, support policies, funds.',
  interfaces: [CitedRef, NodeRef],
  fields: (t) => ({
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    issued: t.exposeString('issued', { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    kind: t.exposeString('kind', { description: 'work_plan, support_policy, fund, strategy or regulation.' }),
    note: t.exposeString('note', { nullable: true }),
    park: t.field({
      type: ParkRef,
      nullable: true,
      resolve: (p, _a, ctx) =>
        p.parkId ? nodeOf<ParkRow>(ctx, p.parkId, 'Park') : linkedOne<ParkRow>(ctx, p.id, 'FOR_PARK', 'out', 'Park'),
    }),
    region: t.field({
      type: RegionRef,
      nullable: true,
      description: 'The city or province whose government issued it, for a policy that is not a park’s.',
      resolve: (p, _a, ctx) => linkedOne<RegionRow>(ctx, p.id, 'FOR_REGION', 'out', 'Region'),
    }),
    chains: t.field({
      type: [ChainRef],
      description: 'Empty: for the whole park.',
      resolve: (p, _a, ctx) => linked<ChainRow>(ctx, p.id, 'FOR_CHAIN', 'out', 'Chain'),
    }),
  }),
});

builder.objectField(RegionRef, 'policies', (t) =>
  t.field({
    type: [PolicyRef],
    description: 'Policies and promotion tools of this city’s or province’s government (not its parks’).',
    resolve: (r, _a, ctx) => linked<PolicyRow>(ctx, r.id, 'FOR_REGION', 'in', 'Policy'),
  }),
);

interface FiveListsRow {
  parkId: string;
  chainId: string | null;
  policies: PolicyRow[];
  leading: EnterpriseRow[];
  supporting: EnterpriseRow[];
  keyProjects: ProjectRow[];
}

const FiveListsRef = builder.objectRef<FiveListsRow>('FiveLists').implement({
  description: '五张清单: policies, leading firms, supporting firms, key projects, investment leads (sub-parks rolled up).',
  fields: (t) => ({
    policies: t.field({
      type: [PolicyRef],
      description: 'For the park or a park above it; for the chain or the whole park.',
      resolve: (f) => f.policies,
    }),
    leadingFirms: t.field({
      type: [EnterpriseRef],
      description: 'Roles anchor or leading, or the chain’s anchor (链主).',
      resolve: (f) => f.leading,
    }),
    supportingFirms: t.field({
      type: [EnterpriseRef],
      description: 'Role supporting, or supplying another firm of the park.',
      resolve: (f) => f.supporting,
    }),
    keyProjects: t.field({
      type: [ProjectRef],
      description: 'The park’s projects, largest investment first (unknown amounts last).',
      resolve: (f) => f.keyProjects,
    }),
    investmentLeads: t.field({
      type: [TargetRef],
      description: 'Top targets (see Query.targets); with no chain, across the chains the park grows.',
      args: { limit: t.arg.int({ defaultValue: 10 }) },
      resolve: async (f, { limit }, ctx) => {
        const n = Math.max(1, Math.min(limit ?? 10, 50));
        const chains = f.chainId ? [f.chainId] : (await linked<ChainRow>(ctx, f.parkId, 'GROWS', 'out', 'Chain')).map((c) => c.id);
        const lists = await Promise.all(
          chains.map((chainId) => findTargets(ctx, { chainId, scope: { kind: 'park', id: f.parkId }, limit: n, offset: 0 })),
        );
        return lists
          .flatMap((l) => l.items)
          .sort((a, b) => b.score - a.score)
          .slice(0, n);
      },
    }),
  }),
});

const ReviewRateRef = builder.objectRef<ReviewRate>('ReviewRate').implement({
  description: 'One review rate = numerator / denominator, with the projects in the numerator.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'fundsArrival, start, production, capacityReached or loss.' }),
    label: t.exposeString('label', { description: 'Chinese and English name of the rate; clients word it by `key`.' }),
    numerator: t.exposeInt('numerator'),
    denominator: t.exposeInt('denominator'),
    rate: t.exposeFloat('rate', { nullable: true }),
    projects: t.field({
      type: [ProjectRef],
      resolve: (r, _a, ctx) => Promise.all(r.projectIds.map((id) => nodeOf<ProjectRow>(ctx, id, 'Project'))) as Promise<ProjectRow[]>,
    }),
  }),
});

const ExcludedProjectRef = builder.objectRef<Review['excluded'][number]>('ReviewExcludedProject').implement({
  fields: (t) => ({
    project: t.field({ type: ProjectRef, resolve: (r, _a, ctx) => nodeOf<ProjectRow>(ctx, r.projectId, 'Project') as Promise<ProjectRow> }),
    reason: t.exposeString('reason'),
    reasonKey: t.string({
      description: 'planned (not yet signed) or noStatus (no status or lifecycle date given); for wording `reason` in any language.',
      resolve: (r) => r.reasonKey,
    }),
  }),
});

const ProjectReviewRef = builder.objectRef<Review>('ProjectReview').implement({
  description: '回头看: funds-arrival, start, production, capacity-reached and loss rates from status and lifecycle dates.',
  fields: (t) => ({
    counted: t.field({
      type: [ProjectRef],
      description: 'The denominator: projects at least signed.',
      resolve: (r, _a, ctx) => Promise.all(r.counted.map((id) => nodeOf<ProjectRow>(ctx, id, 'Project'))) as Promise<ProjectRow[]>,
    }),
    excluded: t.field({ type: [ExcludedProjectRef], resolve: (r) => r.excluded }),
    rates: t.field({ type: [ReviewRateRef], resolve: (r) => r.rates }),
  }),
});

async function parkIdsOf(ctx: Context, parkId: string, chainId: string | null): Promise<string[]> {
  const [scopes] = await Promise.all([loadScopes(ctx.db, [{ kind: 'park', id: parkId }]), chainId ? loadChain(ctx.db, chainId) : null]);
  return scopes[0]!.parkIds;
}

builder.objectFields(ParkRef, (t) => ({
  fiveLists: t.field({
    type: FiveListsRef,
    description: 'The park’s five lists (五张清单), for one chain or all. Needs the viewer role.',
    args: { chainId: t.arg.id() },
    authScopes: { viewer: true },
    resolve: async (p, { chainId }, ctx) => {
      const chain = chainId == null ? null : String(chainId);
      const parkIds = await parkIdsOf(ctx, p.id, chain);
      const [row] = await ctx.db.read<Omit<FiveListsRow, 'parkId' | 'chainId'>>('analysis/five-lists', {
        parkId: p.id,
        parkIds,
        chainId: chain,
      });
      return { parkId: p.id, chainId: chain, policies: [], leading: [], supporting: [], keyProjects: [], ...row };
    },
  }),
  projectReview: t.field({
    type: ProjectReviewRef,
    description: 'Project review (回头看) of the park and its sub-parks, for one chain or all. Needs the viewer role.',
    args: { chainId: t.arg.id() },
    authScopes: { viewer: true },
    resolve: async (p, { chainId }, ctx) => {
      const chain = chainId == null ? null : String(chainId);
      const parkIds = await parkIdsOf(ctx, p.id, chain);
      const rows = await ctx.db.read<{ project: ProjectLike }>('analysis/review-projects', { parkIds, chainId: chain });
      return review(rows.map((r) => r.project));
    },
  }),
}));
