import { badUserInput } from '../errors.js';
import { builder } from '../builder.js';
import { projectStatuses, type ValueOf } from '../domain/vocabulary.js';
import { enumValues } from './vocabulary-enums.js';
import { CitedRef } from './cited.js';
import { ProjectConnection, readFilteredConnection } from './connection.js';
import { ChainLinkRef, Qualifier, SegmentLinkRef, type QualifierValue } from './common.js';
import { linked, linkedOne, nodeOf } from './links.js';
import {
  CapacityRef,
  EnterpriseRef,
  ParkRef,
  ProjectRef,
  RegionRef,
  type CapacityRow,
  type EnterpriseRow,
  type ParkRow,
  type ProjectRow,
  type RegionRow,
} from './refs.js';

export const ProjectStatus = builder.enumType('ProjectStatus', {
  description: 'Where a project is in its lifecycle.',
  values: enumValues(projectStatuses),
});
type StatusValue = ValueOf<typeof projectStatuses>;

/** Lifecycle dates: property name on the node → GraphQL field. */
const dateFields = {
  signed: 'signedOn',
  fundsArrived: 'fundsArrivedOn',
  started: 'startedOn',
  toppedOut: 'toppedOutOn',
  trialProduction: 'trialProductionOn',
  inProduction: 'inProductionOn',
  fullCapacity: 'fullCapacityOn',
  completed: 'completedOn',
  lost: 'lostOn',
  plannedStart: 'plannedStartOn',
  plannedCompletion: 'plannedCompletionOn',
  plannedProduction: 'plannedProductionOn',
} as const;

/** The lifecycle date a projects(dateFrom, dateTo) filter looks at. */
const ProjectDateField = builder.enumType('ProjectDateField', {
  values: Object.fromEntries(
    Object.keys(dateFields).map((field) => [field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase(), { value: field }]),
  ) as Record<string, { value: keyof typeof dateFields }>,
});

const ProjectDatesRef = builder.objectRef<ProjectRow>('ProjectDates').implement({
  description: 'Lifecycle dates as precise as the documents give them (YYYY, YYYY-MM or YYYY-MM-DD).',
  fields: (t) =>
    Object.fromEntries(
      Object.entries(dateFields).map(([field, prop]) => [
        field,
        t.string({
          nullable: true,
          resolve: (p) => {
            const value = (p as unknown as Record<string, unknown>)[prop];
            return typeof value === 'string' ? value : null;
          },
        }),
      ]),
    ),
});

CapacityRef.implement({
  description: 'Designed yearly output of a project.',
  interfaces: [CitedRef],
  fields: (t) => ({
    product: t.exposeString('product'),
    productEn: t.exposeString('productEn', { nullable: true }),
    value: t.exposeFloat('value'),
    unit: t.exposeString('unit'),
    qualifier: t.field({ type: Qualifier, resolve: (c) => (c.qualifier ?? 'exact') as QualifierValue }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

ProjectRef.implement({
  description: 'An investment project (招商项目 / 重点项目).',
  interfaces: [CitedRef],
  fields: (t) => ({
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    investor: t.field({
      type: EnterpriseRef,
      nullable: true,
      resolve: (p, _a, ctx) => linkedOne<EnterpriseRow>(ctx, p.id, 'BY', 'out', 'Enterprise'),
    }),
    investorName: t.string({
      nullable: true,
      description: 'The investor as the document names it, when it is not an enterprise in the graph.',
      resolve: (p) => p.investorName ?? null,
    }),
    park: t.field({
      type: ParkRef,
      nullable: true,
      resolve: (p, _a, ctx) => linkedOne<ParkRow>(ctx, p.id, 'IN_PARK', 'out', 'Park'),
    }),
    region: t.field({
      type: RegionRef,
      nullable: true,
      resolve: (p, _a, ctx) => linkedOne<RegionRow>(ctx, p.id, 'IN_REGION', 'out', 'Region'),
    }),
    phase: t.exposeString('phase', { nullable: true }),
    phaseOf: t.field({
      type: ProjectRef,
      nullable: true,
      resolve: (p, _a, ctx) => linkedOne<ProjectRow>(ctx, p.id, 'PHASE_OF', 'out', 'Project'),
    }),
    phases: t.field({
      type: [ProjectRef],
      resolve: (p, _a, ctx) => linked<ProjectRow>(ctx, p.id, 'PHASE_OF', 'in', 'Project'),
    }),
    investmentCny: t.exposeFloat('investmentCny', { nullable: true, description: 'Total investment in CNY (1 亿元 = 1e8).' }),
    investmentQualifier: t.field({
      type: Qualifier,
      nullable: true,
      resolve: (p) => (p.investmentQualifier ?? null) as QualifierValue | null,
    }),
    landMu: t.exposeFloat('landMu', { nullable: true, description: 'Land in 亩 (≈ 666.7 m²).' }),
    landQualifier: t.field({
      type: Qualifier,
      nullable: true,
      description: 'How landMu / landM2 relate to the text (e.g. ABOUT for a "千亩" size class).',
      resolve: (p) => (p.landQualifier ?? null) as QualifierValue | null,
    }),
    landM2: t.exposeFloat('landM2', { nullable: true }),
    floorAreaM2: t.exposeFloat('floorAreaM2', { nullable: true }),
    annualOutputCny: t.exposeFloat('annualOutputCny', { nullable: true }),
    annualOutputQualifier: t.field({
      type: Qualifier,
      nullable: true,
      resolve: (p) => (p.annualOutputQualifier ?? null) as QualifierValue | null,
    }),
    capacity: t.field({
      type: [CapacityRef],
      resolve: (p, _a, ctx) => linked<CapacityRow>(ctx, p.id, 'HAS_CAPACITY', 'out', 'Capacity'),
    }),
    status: t.field({ type: ProjectStatus, nullable: true, resolve: (p) => (p.status ?? null) as StatusValue | null }),
    statusAsOf: t.exposeString('statusAsOf', { nullable: true, description: 'The date the status was reported.' }),
    statusInferred: t.boolean({ resolve: (p) => p.statusInferred === true }),
    dates: t.field({ type: ProjectDatesRef, resolve: (p) => p }),
    segments: t.field({ type: [SegmentLinkRef], resolve: (p, _a, ctx) => linked(ctx, p.id, 'FOR_SEGMENT', 'out', 'Segment') }),
    chains: t.field({ type: [ChainLinkRef], resolve: (p, _a, ctx) => linked(ctx, p.id, 'FOR_CHAIN', 'out', 'Chain') }),
  }),
});

builder.queryFields((t) => ({
  project: t.field({
    type: ProjectRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => nodeOf<ProjectRow>(ctx, String(id), 'Project'),
  }),
  projects: t.connection(
    {
      type: ProjectRef,
      description: 'Projects, filtered (all filters must hold), ordered by id.',
      args: {
        status: t.arg({ type: [ProjectStatus], description: 'Any of these statuses.' }),
        parkId: t.arg.id({ description: 'In this park or any of its sub-parks.' }),
        chainId: t.arg.id({ description: 'For this chain, directly or through one of its segments.' }),
        minInvestmentCny: t.arg.float({ description: 'Total investment at least this (CNY; 1 亿元 = 1e8).' }),
        maxInvestmentCny: t.arg.float({ description: 'Total investment at most this (CNY).' }),
        dateField: t.arg({ type: ProjectDateField, description: 'The lifecycle date dateFrom/dateTo apply to (default SIGNED).' }),
        dateFrom: t.arg.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD; compared at its own precision.' }),
        dateTo: t.arg.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD; compared at its own precision.' }),
      },
      resolve: (_r, args, ctx) => {
        const { minInvestmentCny: min, maxInvestmentCny: max, dateFrom, dateTo } = args;
        if (min != null && max != null && min > max) throw badInput('minInvestmentCny is larger than maxInvestmentCny.');
        for (const d of [dateFrom, dateTo]) {
          if (d != null && !DATE.test(d)) throw badInput(`"${d}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD).`);
        }
        const dated = dateFrom != null || dateTo != null;
        return readFilteredConnection<ProjectRow>(
          ctx,
          'api/projects',
          {
            statuses: args.status && args.status.length > 0 ? args.status : null,
            parkId: args.parkId == null ? null : String(args.parkId),
            chainId: args.chainId == null ? null : String(args.chainId),
            minInvestment: min ?? null,
            maxInvestment: max ?? null,
            dateProp: dated ? dateFields[args.dateField ?? 'signed'] : null,
            dateFrom: dateFrom ?? null,
            dateTo: dateTo ?? null,
          },
          args,
        );
      },
    },
    ProjectConnection,
  ),
}));

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const badInput = (message: string) => badUserInput(message);
