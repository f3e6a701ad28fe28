// Editors create, update and delete projects and move them through their lifecycle. The status
// changes only through moveProjectStatus, which checks the order of stages and dates.
import { builder } from '../../builder.js';
import { capacitiesOf, sameCapacities, setCapacities, sortCapacities } from '../../edit/capacities.js';
import { diffProps, parse, runEdit } from '../../edit/editor.js';
import type { FieldError } from '../../domain/field-errors.js';
import { CreateProject, MoveStatus, UpdateProject } from '../../edit/inputs.js';
import { planMove, type Status } from '../../domain/lifecycle-moves.js';
import { Qualifier } from '../common.js';
import { ProjectStatus } from '../project.js';
import { ProjectRef, type ProjectRow } from '../refs.js';
import { deleteMutation } from './node-mutations.js';
import { payload, reasonArgDescription, sourceArgDescription } from './edit-types.js';

const ProjectPayload = payload<ProjectRow>('ProjectPayload', 'project', ProjectRef);

const date = 'YYYY, YYYY-MM or YYYY-MM-DD.';
const CapacityInput = builder.inputType('CapacityInput', {
  description: 'A designed yearly output (产能) of a project.',
  fields: (t) => ({
    product: t.string({ required: true }),
    value: t.float({ required: true, description: 'More than 0, in `unit`.' }),
    unit: t.string({ required: true, description: 'e.g. GW, 万片/年, 台套/年.' }),
    qualifier: t.field({ type: Qualifier, description: 'Default EXACT.' }),
  }),
});
const capacitiesDescription =
  'The project’s capacities, the whole list: on update it replaces the current one ([] removes all; absent or null leaves it).';
const CreateProjectInput = builder.inputType('CreateProjectInput', {
  description: 'A new project starts as planned; moveProjectStatus takes it further.',
  fields: (t) => ({
    slug: t.string({ description: 'The id becomes pj.<slug>; generated from nameEn (or at random) when absent.' }),
    name: t.string({ required: true }),
    nameEn: t.string(),
    parkId: t.id(),
    investorId: t.id({ description: 'The investing enterprise.' }),
    investorName: t.string({ description: 'The investor as the document names it, when it is not in the graph.' }),
    phase: t.string(),
    investmentCny: t.float({ description: 'CNY (1 亿元 = 1e8), ≥ 0.' }),
    investmentQualifier: t.field({ type: Qualifier }),
    landMu: t.float(),
    landM2: t.float(),
    floorAreaM2: t.float(),
    annualOutputCny: t.float(),
    plannedStartOn: t.string({ description: date }),
    plannedCompletionOn: t.string({ description: date }),
    plannedProductionOn: t.string({ description: date }),
    note: t.string(),
    capacities: t.field({ type: [CapacityInput], description: capacitiesDescription }),
  }),
});

const UpdateProjectInput = builder.inputType('UpdateProjectInput', {
  description: 'Only the fields given change; null removes an optional property. Status: see moveProjectStatus.',
  fields: (t) => ({
    name: t.string(),
    nameEn: t.string(),
    investorName: t.string(),
    phase: t.string(),
    investmentCny: t.float(),
    investmentQualifier: t.field({ type: Qualifier }),
    landMu: t.float(),
    landM2: t.float(),
    floorAreaM2: t.float(),
    annualOutputCny: t.float(),
    plannedStartOn: t.string(),
    plannedCompletionOn: t.string(),
    plannedProductionOn: t.string(),
    note: t.string(),
    capacities: t.field({ type: [CapacityInput], description: capacitiesDescription }),
  }),
});

/** Today in UTC as YYYY-MM-DD (the "not in the future" bound). */
const today = () => new Date().toISOString().slice(0, 10);

builder.mutationFields((t) => ({
  createProject: t.field({
    type: ProjectPayload,
    authScopes: { editor: true },
    description: 'Creates a project with status planned (editor role).',
    args: {
      input: t.arg({ type: CreateProjectInput, required: true }),
      source: t.arg.id({ description: sourceArgDescription }),
      reason: t.arg.string({ description: reasonArgDescription }),
    },
    resolve: (_r, args, ctx) =>
      runEdit<ProjectRow>(ctx, 'create-project', { source: args.source }, async (ed) => {
        const { slug, parkId, investorId, capacities, ...props } = parse(CreateProject, args.input, 'input');
        const errors: FieldError[] = [];
        await ed.checkIds(
          [
            { field: 'input.parkId', id: parkId, label: 'Park' },
            { field: 'input.investorId', id: investorId, label: 'Enterprise' },
          ],
          errors,
        );
        if (errors.length) ed.reject(errors);
        const id = await ed.newId('pj', slug, props.name, props.nameEn);
        const node = await ed.createNode('Project', { ...props, id, status: 'planned' });
        const links: { type: string; to: string }[] = [];
        if (parkId) links.push({ type: 'IN_PARK', to: parkId });
        if (investorId) links.push({ type: 'BY', to: investorId });
        for (const l of links) await ed.setLink(id, l.type, l.to, {}, true);
        if (capacities?.length) await setCapacities(ed, id, capacities);
        const change = await ed.record({
          action: 'create',
          targetId: id,
          targetLabel: 'Project',
          before: null,
          after: {
            ...props,
            id,
            status: 'planned',
            ...(links.length ? { links } : {}),
            ...(capacities?.length ? { capacities: sortCapacities(capacities) } : {}),
          },
          reason: args.reason,
          source: args.source,
        });
        return { value: node as ProjectRow, change };
      }),
  }),
  updateProject: t.field({
    type: ProjectPayload,
    authScopes: { editor: true },
    description: 'Changes a project’s properties (editor role); the status changes with moveProjectStatus.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateProjectInput, required: true }),
      source: t.arg.id({ description: sourceArgDescription }),
      reason: t.arg.string({ description: reasonArgDescription }),
    },
    resolve: (_r, args, ctx) =>
      runEdit<ProjectRow>(ctx, 'update-project', { source: args.source }, async (ed) => {
        const { capacities, ...set } = parse(UpdateProject, args.input, 'input');
        const id = String(args.id);
        const current = await ed.load('id', id, 'Project');
        const { before, after } = diffProps(current.props, set);
        const node = await ed.updateNode(id, after);
        if (capacities) {
          const old = await capacitiesOf(ed, id);
          if (!sameCapacities(old, capacities)) {
            await setCapacities(ed, id, capacities);
            before.capacities = sortCapacities(old);
            after.capacities = sortCapacities(capacities);
          }
        }
        if (!Object.keys(after).length && !args.source) ed.reject([{ field: 'input', code: 'NO_CHANGE', message: 'nothing to change' }]);
        const change = await ed.record({
          action: 'update',
          targetId: String(args.id),
          targetLabel: 'Project',
          before,
          after,
          reason: args.reason,
          source: args.source,
        });
        return { value: node as ProjectRow, change };
      }),
  }),
  moveProjectStatus: t.field({
    type: ProjectPayload,
    authScopes: { editor: true },
    description:
      'Moves a project to another lifecycle stage and records its date (editor role). Forward moves may skip stages; ' +
      'lost may follow any stage; a backward move needs a reason and clears the dates of the stages it undoes.',
    args: {
      id: t.arg.id({ required: true }),
      status: t.arg({ type: ProjectStatus, required: true }),
      date: t.arg.string({ required: true, description: `When the project reached the stage: ${date} Not in the future.` }),
      reason: t.arg.string({ description: 'Why; required for a backward move.' }),
      source: t.arg.id({ description: sourceArgDescription }),
    },
    resolve: (_r, args, ctx) =>
      runEdit<ProjectRow>(ctx, 'move-project-status', { source: args.source }, async (ed) => {
        const input = parse(MoveStatus, { id: String(args.id), status: args.status, date: args.date, reason: args.reason }, '');
        const current = await ed.load('id', input.id, 'Project');
        const result = planMove(current.props, input.status as Status, input.date, input.reason, today());
        if ('errors' in result) return ed.reject(result.errors);
        const { before, after } = diffProps(current.props, result.plan.props);
        const node = await ed.updateNode(input.id, after);
        const change = await ed.record({
          action: 'move_status',
          targetId: input.id,
          targetLabel: 'Project',
          before,
          after,
          reason: input.reason,
          source: args.source,
        });
        return { value: node as ProjectRow, change };
      }),
  }),
}));

deleteMutation('Project', 'Deletes a project with its links and capacity (editor role); the audit record stays.');
