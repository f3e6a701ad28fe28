// Runs an editor form's mutations in order: the node first (create / update), then its links.
// Each mutation is its own transaction on the server; when a link is refused after the node was
// created, the caller gets the new id back with the errors, so the form turns into an edit of it.
import { graphqlRequest } from '../../shared/api/client';
import { CREATE_ENTERPRISE, CREATE_PROJECT, LINK_MUTATIONS, UPDATE_ENTERPRISE, UPDATE_PROJECT } from './queries';
import {
  addError,
  createEnterpriseInput,
  createProjectInput,
  formField,
  segmentChanges,
  updateEnterpriseInput,
  updateProjectInput,
  type EnterpriseValues,
  type FormErrors,
  type ProjectValues,
  type Provenance,
} from './form-model';

export interface SaveResult {
  /** The node's id once it exists (also after a partly refused create). */
  id: string | null;
  errors: FormErrors;
  /** Something was written (the views should reload). */
  wrote: boolean;
}

interface FieldErr {
  field: string;
  message: string;
  code: string;
}

const prov = (p: Provenance) => ({ source: p.source || null, reason: p.reason.trim() || null });

function collect(errors: FormErrors, list: readonly FieldErr[], link?: string): FormErrors {
  return list.reduce((acc, e) => addError(acc, formField(e.field, link), { code: e.code, message: e.message }), errors);
}

type LinkKind = keyof typeof LINK_MUTATIONS;

async function link(kind: LinkKind, fromId: string, toId: string, p: Provenance): Promise<readonly FieldErr[]> {
  const data = await graphqlRequest(LINK_MUTATIONS[kind], { input: { fromId, toId }, ...prov(p) });
  return data.result.errors;
}

/** Links in order; each refusal goes to the form input `field`. */
async function runLinks(
  steps: [LinkKind, string, string, string][],
  p: Provenance,
  errors: FormErrors,
): Promise<{ errors: FormErrors; wrote: boolean }> {
  let wrote = false;
  for (const [kind, from, to, field] of steps) {
    const errs = await link(kind, from, to, p);
    if (errs.length > 0) errors = collect(errors, errs, field);
    else wrote = true;
  }
  return { errors, wrote };
}

export async function saveEnterprise(
  id: string | null,
  before: EnterpriseValues,
  values: EnterpriseValues,
  p: Provenance,
): Promise<SaveResult> {
  let wrote = false;
  let steps: [LinkKind, string, string, string][] = [];
  if (id === null) {
    const data = await graphqlRequest(CREATE_ENTERPRISE, { input: createEnterpriseInput(values), ...prov(p) });
    const r = data.createEnterprise;
    if (!r.enterprise) return { id: null, errors: collect({}, r.errors), wrote: false };
    id = r.enterprise.id;
    wrote = true;
  } else {
    const input = updateEnterpriseInput(before, values);
    if (Object.keys(input).length > 0) {
      const r = (await graphqlRequest(UPDATE_ENTERPRISE, { id, input, ...prov(p) })).updateEnterprise;
      if (r.errors.length > 0) return { id, errors: collect({}, r.errors), wrote: false };
      wrote = true;
    }
    if (values.parkId !== before.parkId) {
      steps.push(values.parkId ? ['linkEnterprisePark', id, values.parkId, 'park'] : ['unlinkEnterprisePark', id, before.parkId, 'park']);
    }
  }
  const seg = segmentChanges(id === null ? [] : before.segments, values.segments);
  steps = [
    ...steps,
    ...seg.add.map((s): [LinkKind, string, string, string] => ['linkEnterpriseSegment', id!, s, 'segments']),
    ...seg.remove.map((s): [LinkKind, string, string, string] => ['unlinkEnterpriseSegment', id!, s, 'segments']),
  ];
  const links = await runLinks(steps, p, {});
  return { id, errors: links.errors, wrote: wrote || links.wrote };
}

export async function saveProject(id: string | null, before: ProjectValues, values: ProjectValues, p: Provenance): Promise<SaveResult> {
  let wrote = false;
  const steps: [LinkKind, string, string, string][] = [];
  if (id === null) {
    const r = (await graphqlRequest(CREATE_PROJECT, { input: createProjectInput(values), ...prov(p) })).createProject;
    if (!r.project) return { id: null, errors: collect({}, r.errors), wrote: false };
    id = r.project.id;
    wrote = true;
  } else {
    const input = updateProjectInput(before, values);
    if (Object.keys(input).length > 0) {
      const r = (await graphqlRequest(UPDATE_PROJECT, { id, input, ...prov(p) })).updateProject;
      if (r.errors.length > 0) return { id, errors: collect({}, r.errors), wrote: false };
      wrote = true;
    }
    if (values.parkId !== before.parkId) {
      steps.push(values.parkId ? ['linkProjectPark', id, values.parkId, 'park'] : ['unlinkProjectPark', id, before.parkId, 'park']);
    }
    const was = before.investor?.id ?? '';
    const now = values.investor?.id ?? '';
    if (was !== now) steps.push(now ? ['linkProjectInvestor', id, now, 'investor'] : ['unlinkProjectInvestor', id, was, 'investor']);
  }
  const seg = segmentChanges(id === null ? [] : before.segments, values.segments);
  for (const s of seg.add) steps.push(['linkProjectSegment', id, s, 'segments']);
  for (const s of seg.remove) steps.push(['unlinkProjectSegment', id, s, 'segments']);
  const links = await runLinks(steps, p, {});
  return { id, errors: links.errors, wrote: wrote || links.wrote };
}
