// Editor mutations against the real graph: creating, updating and deleting enterprises,
// projects and institutions, links, typed validation errors and the audit trail. Every test
// cleans up what it made; afterAll checks the whole graph is back to its fingerprint.
import { describe, expect, it } from 'vitest';
import { fingerprint, restoreGraphAfterAll, testExecutor } from '../../../test/db.js';
import { graphqlClient, testViewer } from '../../../test/graphql.js';

const db = testExecutor();
// Ids this file creates (or whose audit records it makes); removed after the file.
const made = restoreGraphAfterAll(db);
const editor = graphqlClient(db, { viewer: testViewer('editor') });
const viewer = graphqlClient(db, { viewer: testViewer('viewer') });
const run = `t${Date.now().toString(36)}`;
/** Ids this file created (nodes) or touched (audit targets), removed in afterAll. */

interface FieldErr {
  field: string;
  code: string;
  message: string;
}
interface ChangeOut {
  id: string;
  at: string;
  by: string;
  byUserId: string | null;
  action: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  enteredByHand: boolean;
  source: { id: string } | null;
}
const changeFields = 'change { id at by byUserId action targetId before after reason enteredByHand source { id } }';

async function createEnterprise(input: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const res = await editor<{ createEnterprise: { enterprise: { id: string } | null; change: ChangeOut | null; errors: FieldErr[] } }>(
    `mutation ($input: CreateEnterpriseInput!, $source: ID, $reason: String) {
       createEnterprise(input: $input, source: $source, reason: $reason) { enterprise { id } ${changeFields} errors { field code message } } }`,
    { input, ...extra },
  );
  expect(res.errors).toBeUndefined();
  const out = res.data!.createEnterprise;
  if (out.enterprise) made.add(out.enterprise.id);
  return out;
}

describe('creating', () => {
  it('creates an enterprise in a park, citing a source; the read API finds it', async () => {
    const out = await createEnterprise(
      { slug: `${run}-films`, name: '测试薄膜科技', nameEn: 'Test Films', roles: ['SUPPORTING'], founded: '2019-05', parkId: 'ls-etdz' },
      { source: 's000', reason: '园区名单' },
    );
    expect(out.errors).toEqual([]);
    const id = `e.${run}-films`;
    expect(out.enterprise!.id).toBe(id);
    const res = await viewer<{
      enterprise: { name: string; roles: string[]; founded: string; park: { id: string }; sources: { id: string }[] };
      park: { enterprises: { edges: { node: { id: string } }[] } };
    }>(
      `{ enterprise(id: "${id}") { name roles founded park { id } sources { id } }
         park(id: "ls-etdz") { enterprises(first: 100, includeSubParks: false) { edges { node { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.enterprise).toEqual({
      name: '测试薄膜科技',
      roles: ['SUPPORTING'],
      founded: '2019-05',
      park: { id: 'ls-etdz' },
      sources: [{ id: 's000' }],
    });
    expect(res.data!.park.enterprises.edges.map((e) => e.node.id)).toContain(id);
    // :Entity plus its own label, and not seeded: the seed loader leaves it alone.
    const [row] = await db.read<{ labels: string[]; seeded: unknown }>(
      { name: 'test/labels', text: 'MATCH (n {id: $id}) RETURN labels(n) AS labels, n.seeded AS seeded' },
      { id },
    );
    expect(row!.labels.sort()).toEqual(['Enterprise', 'Entity']);
    expect(row!.seeded).toBeNull();
    // The audit record: who, when, what, why, source.
    const c = out.change!;
    expect(c).toMatchObject({
      by: 'test editor',
      byUserId: 'test-editor',
      action: 'CREATE',
      targetId: id,
      before: null,
      reason: '园区名单',
      enteredByHand: false,
      source: { id: 's000' },
    });
    expect(Date.now() - Date.parse(c.at)).toBeLessThan(60_000);
    expect(c.after).toMatchObject({ id, name: '测试薄膜科技', founded: '2019-05', links: [{ type: 'LOCATED_IN', to: 'ls-etdz' }] });
  });

  it('makes ids in the seeds’ style: from nameEn, free, and refuses a taken slug', async () => {
    const a = await createEnterprise({ name: '测试甲', nameEn: `${run} Alpha Co., Ltd.` });
    const b = await createEnterprise({ name: '测试乙', nameEn: `${run} Alpha Co., Ltd.` });
    expect(a.enterprise!.id).toBe(`e.${run}-alpha-co-ltd`);
    expect(b.enterprise!.id).toBe(`e.${run}-alpha-co-ltd-2`);
    expect(a.change!.enteredByHand).toBe(true);
    const before = await fingerprint(db);
    const taken = await createEnterprise({ name: '测试丙', slug: `${run}-alpha-co-ltd` });
    expect(taken.enterprise).toBeNull();
    expect(taken.errors).toEqual([expect.objectContaining({ field: 'input.slug', code: 'CONFLICT' })]);
    // A seed id is taken too (ids are unique across every type).
    const seed = await createEnterprise({ name: '测试丁', slug: 'fulede' });
    expect(seed.errors[0]).toMatchObject({ field: 'input.slug', code: 'CONFLICT' });
    expect(await fingerprint(db)).toEqual(before);
  });

  it('creates an institution serving a chain, and a project with investor and park', async () => {
    const inst = await editor<{
      createInstitution: { institution: { id: string; kind: string; status: string; park: { id: string } }; errors: FieldErr[] };
    }>(
      `mutation { createInstitution(input: { slug: "${run}-college", name: "测试学院", kind: INDUSTRY_COLLEGE, status: PLANNED, parkId: "ls-etdz" }) {
         institution { id kind status park { id } } errors { field code } } }`,
    );
    expect(inst.data!.createInstitution).toEqual({
      institution: { id: `in.${run}-college`, kind: 'INDUSTRY_COLLEGE', status: 'planned', park: { id: 'ls-etdz' } },
      errors: [],
    });
    made.add(`in.${run}-college`);
    const pj = await editor<{
      createProject: {
        project: { id: string; status: string; investmentCny: number; investor: { id: string }; park: { id: string } };
        errors: FieldErr[];
      };
    }>(
      `mutation { createProject(input: { slug: "${run}-line", name: "测试产线项目", investmentCny: 500000000, investorId: "e.fulede", parkId: "ls-etdz" }) {
         project { id status investmentCny investor { id } park { id } } errors { field code } } }`,
    );
    expect(pj.data!.createProject).toEqual({
      project: { id: `pj.${run}-line`, status: 'PLANNED', investmentCny: 5e8, investor: { id: 'e.fulede' }, park: { id: 'ls-etdz' } },
      errors: [],
    });
    made.add(`pj.${run}-line`);
    const [row] = await db.read<{ t: string }>(
      { name: 'test/type', text: 'MATCH (n:Project {id: $id}) RETURN valueType(n.investmentCny) AS t' },
      { id: `pj.${run}-line` },
    );
    expect(row!.t).toMatch(/^INTEGER/); // stored like the seeds' whole numbers
  });
});

describe('validation', () => {
  it('returns typed field errors for every bad field and leaves the graph as it was', async () => {
    const before = await fingerprint(db);
    const res = await editor<{ createProject: { project: null; change: null; errors: FieldErr[] } }>(
      `mutation { createProject(input: { name: "  ", investmentCny: -1, plannedStartOn: "2024-13", landMu: 5 }) { project { id } change { id } errors { field code message } } }`,
    );
    expect(res.errors).toBeUndefined();
    const out = res.data!.createProject;
    expect(out.project).toBeNull();
    expect(out.change).toBeNull();
    const byField = Object.fromEntries(out.errors.map((e) => [e.field, e.code]));
    expect(byField).toEqual({ 'input.name': 'REQUIRED', 'input.investmentCny': 'INVALID', 'input.plannedStartOn': 'INVALID' });
    expect(out.errors.find((e) => e.field === 'input.plannedStartOn')!.message).toMatch(/YYYY/);
    expect(await fingerprint(db)).toEqual(before);
  });

  it('checks that ids exist and are of the right type, and that a source is a source', async () => {
    const before = await fingerprint(db);
    const res = await editor<{ createProject: { errors: FieldErr[] } }>(
      `mutation { createProject(input: { name: "测试", parkId: "e.fulede", investorId: "e.${run}-nope" }, source: "ls-etdz") { errors { field code } } }`,
    );
    expect(res.data!.createProject.errors).toEqual([{ field: 'source', code: 'WRONG_TYPE' }]);
    const res2 = await editor<{ createProject: { errors: FieldErr[] } }>(
      `mutation { createProject(input: { name: "测试", parkId: "e.fulede", investorId: "e.${run}-nope" }) { errors { field code } } }`,
    );
    expect(res2.data!.createProject.errors).toEqual([
      { field: 'input.parkId', code: 'WRONG_TYPE' },
      { field: 'input.investorId', code: 'NOT_FOUND' },
    ]);
    const res3 = await editor<{ updateEnterprise: { errors: FieldErr[] } }>(
      `mutation { updateEnterprise(id: "pj.fulede-semiconductor", input: { name: null, founded: "2020-02-30" }) { errors { field code } } }`,
    );
    expect(res3.data!.updateEnterprise.errors).toEqual([
      { field: 'input.name', code: 'REQUIRED' },
      { field: 'input.founded', code: 'INVALID' },
    ]);
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe('updating a seeded node', () => {
  it('changes only what is given, records before/after, keeps the node seeded', async () => {
    made.add('e.fulede');
    const [orig] = await db.read<{ note: string | null; hash: string }>({
      name: 'test/orig',
      text: 'MATCH (n:Enterprise {id: "e.fulede"}) RETURN n.note AS note, n.seedHash AS hash',
    });
    const res = await editor<{ updateEnterprise: { enterprise: { note: string; name: string }; change: ChangeOut; errors: FieldErr[] } }>(
      `mutation { updateEnterprise(id: "e.fulede", input: { note: "测试备注 ${run}" }, reason: "核对") { enterprise { name note } ${changeFields} errors { field code } } }`,
    );
    const out = res.data!.updateEnterprise;
    expect(out.errors).toEqual([]);
    expect(out.enterprise.note).toBe(`测试备注 ${run}`);
    expect(out.change).toMatchObject({
      action: 'UPDATE',
      before: { note: orig!.note },
      after: { note: `测试备注 ${run}` },
      reason: '核对',
      enteredByHand: true,
      source: null,
    });
    const [now] = await db.read<{ seeded: boolean; hash: string }>({
      name: 'test/now',
      text: 'MATCH (n:Enterprise {id: "e.fulede"}) RETURN n.seeded AS seeded, n.seedHash AS hash',
    });
    expect(now).toEqual({ seeded: true, hash: orig!.hash });
    // The history is on the node and by id; viewers may read it.
    const h = await viewer<{ enterprise: { changes: { action: string }[] }; changes: { reason: string }[] }>(
      `{ enterprise(id: "e.fulede") { changes { action } } changes(targetId: "e.fulede", first: 1) { reason } }`,
    );
    expect(h.data!.enterprise.changes[0]).toEqual({ action: 'UPDATE' });
    expect(h.data!.changes).toEqual([{ reason: '核对' }]);
    // Put it back (the restore is audited too; afterAll removes the records).
    const back = await editor<{ updateEnterprise: { errors: FieldErr[] } }>(
      'mutation ($note: String) { updateEnterprise(id: "e.fulede", input: { note: $note }) { errors { field } } }',
      { note: orig!.note },
    );
    expect(back.data!.updateEnterprise.errors).toEqual([]);
  });

  it('hides the history from anonymous readers', async () => {
    const anon = graphqlClient(db, { viewer: testViewer(null) });
    const res = await anon(`{ changes(targetId: "e.fulede") { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
