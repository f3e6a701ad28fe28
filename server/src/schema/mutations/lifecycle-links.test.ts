// Project lifecycle moves, link mutations and deletes against the real graph. Everything made
// here is removed in afterAll, which checks the graph is back to its fingerprint.
import { describe, expect, it } from 'vitest';
import { fingerprint, restoreGraphAfterAll, testExecutor } from '../../../test/db.js';
import { graphqlClient, testViewer } from '../../../test/graphql.js';

const db = testExecutor();
// Ids this file creates (or whose audit records it makes); removed after the file.
const made = restoreGraphAfterAll(db);
const editor = graphqlClient(db, { viewer: testViewer('editor') });
const run = `t${Date.now().toString(36)}`;

interface FieldErr {
  field: string;
  code: string;
}

async function create(kind: 'Enterprise' | 'Project' | 'Institution', input: string): Promise<string> {
  const field = kind.toLowerCase();
  const res = await editor<Record<string, { [k: string]: { id: string } | FieldErr[] }>>(
    `mutation { create${kind}(input: { ${input} }) { ${field} { id } errors { field code } } }`,
  );
  expect(res.errors).toBeUndefined();
  const out = res.data![`create${kind}`]!;
  expect(out.errors).toEqual([]);
  const id = (out[field] as { id: string }).id;
  made.add(id);
  return id;
}

const move = (id: string, status: string, date: string, reason?: string) =>
  editor<{
    moveProjectStatus: {
      project: { status: string; dates: Record<string, string | null> } | null;
      change: { before: Record<string, unknown>; after: Record<string, unknown>; reason: string | null } | null;
      errors: FieldErr[];
    };
  }>(
    `mutation ($id: ID!, $status: ProjectStatus!, $date: String!, $reason: String) {
       moveProjectStatus(id: $id, status: $status, date: $date, reason: $reason) {
         project { status dates { signed started inProduction lost } } change { before after reason } errors { field code } } }`,
    { id, status, date, reason },
  ).then((r) => {
    expect(r.errors).toBeUndefined();
    return r.data!.moveProjectStatus;
  });

describe('project lifecycle', () => {
  it('moves forward (skipping stages) and sets each stage’s date', async () => {
    const id = await create('Project', `slug: "${run}-fwd", name: "测试项目甲"`);
    const a = await move(id, 'SIGNED', '2023-01');
    expect(a.errors).toEqual([]);
    expect(a.project).toEqual({ status: 'SIGNED', dates: { signed: '2023-01', started: null, inProduction: null, lost: null } });
    expect(a.change).toMatchObject({
      before: { status: 'planned', signedOn: null },
      after: { status: 'signed', signedOn: '2023-01', statusAsOf: '2023-01' },
    });
    const b = await move(id, 'CONSTRUCTION', '2023-06-15');
    expect(b.project!.dates).toMatchObject({ signed: '2023-01', started: '2023-06-15' });
    // "2023" may well be after 2023-06-15: only a certainly earlier date is refused.
    const c = await move(id, 'IN_PRODUCTION', '2023');
    expect(c.errors).toEqual([]);
    const same = await move(id, 'IN_PRODUCTION', '2024');
    expect(same.errors).toEqual([{ field: 'status', code: 'NO_CHANGE' }]);
  });

  it('refuses a backward move without a reason, and allows it with one', async () => {
    const id = await create('Project', `slug: "${run}-back", name: "测试项目乙"`);
    await move(id, 'SIGNED', '2022-03');
    await move(id, 'CONSTRUCTION', '2022-09');
    await move(id, 'IN_PRODUCTION', '2024-01');
    const before = await fingerprint(db);
    const refused = await move(id, 'SIGNED', '2024-05');
    expect(refused.project).toBeNull();
    expect(refused.errors).toEqual([{ field: 'reason', code: 'BACKWARD_MOVE' }]);
    expect(await fingerprint(db)).toEqual(before);
    const ok = await move(id, 'SIGNED', '2024-05', '停产后重新签约');
    expect(ok.errors).toEqual([]);
    // The undone stages' dates are cleared; the audit record keeps them.
    expect(ok.project).toEqual({ status: 'SIGNED', dates: { signed: '2024-05', started: null, inProduction: null, lost: null } });
    expect(ok.change).toMatchObject({
      before: { status: 'in_production', startedOn: '2022-09', inProductionOn: '2024-01', signedOn: '2022-03' },
      after: { status: 'signed', startedOn: null, inProductionOn: null, signedOn: '2024-05' },
      reason: '停产后重新签约',
    });
  });

  it('refuses future dates and dates before an earlier stage; lost may follow any stage', async () => {
    const id = await create('Project', `slug: "${run}-dates", name: "测试项目丙"`);
    await move(id, 'SIGNED', '2023-05-10');
    const before = await fingerprint(db);
    const future = await move(id, 'CONSTRUCTION', `${new Date().getUTCFullYear() + 1}`);
    expect(future.errors).toEqual([{ field: 'date', code: 'DATE_IN_FUTURE' }]);
    const early = await move(id, 'CONSTRUCTION', '2023-04');
    expect(early.errors).toEqual([{ field: 'date', code: 'DATE_OUT_OF_ORDER' }]);
    const badDate = await move(id, 'CONSTRUCTION', '2023/06');
    expect(badDate.errors).toEqual([{ field: 'date', code: 'INVALID' }]);
    expect(await fingerprint(db)).toEqual(before);
    const lost = await move(id, 'LOST', '2024-02');
    expect(lost.project).toMatchObject({ status: 'LOST', dates: { signed: '2023-05-10', lost: '2024-02' } });
    // Coming back from lost is a backward move.
    expect((await move(id, 'SIGNED', '2024-03')).errors).toEqual([{ field: 'reason', code: 'BACKWARD_MOVE' }]);
  });
});

interface LinkOut {
  from: { id: string } | null;
  to: { id: string } | null;
  change: { action: string; before: unknown; after: unknown } | null;
  errors: FieldErr[];
}
const link = (mutation: string, input: Record<string, unknown>, reason?: string) =>
  editor<Record<string, LinkOut>>(
    `mutation ($input: ${mutation.startsWith('un') ? 'UnlinkInput' : 'LinkInput'}!, $reason: String) {
       ${mutation}(input: $input, reason: $reason) { from { id } to { id } change { action before after } errors { field code } } }`,
    { input, reason },
  ).then((r) => {
    expect(r.errors).toBeUndefined();
    return r.data![mutation]!;
  });

describe('links', () => {
  it('links an enterprise to a segment (inferred needs a basis), a park, a customer; unlinks', async () => {
    const e = await create('Enterprise', `slug: "${run}-linker", name: "测试链接企业"`);
    const before = await fingerprint(db);
    const noBasis = await link('linkEnterpriseSegment', { fromId: e, toId: 'semi.equipment', inferred: true });
    expect(noBasis.errors).toEqual([{ field: 'input.basis', code: 'REQUIRED' }]);
    const wrong = await link('linkEnterpriseSegment', { fromId: e, toId: 'ls-etdz' });
    expect(wrong.errors).toEqual([{ field: 'input.toId', code: 'WRONG_TYPE' }]);
    expect(await fingerprint(db)).toEqual(before);

    const seg = await link('linkEnterpriseSegment', { fromId: e, toId: 'semi.equipment', inferred: true, basis: '测试依据' });
    expect(seg).toMatchObject({ from: { id: e }, to: { id: 'semi.equipment' }, errors: [], change: { action: 'LINK' } });
    expect((await link('linkEnterpriseSegment', { fromId: e, toId: 'semi.equipment', inferred: true, basis: '测试依据' })).errors).toEqual([
      { field: 'input.toId', code: 'NO_CHANGE' },
    ]);
    await link('linkEnterprisePark', { fromId: e, toId: 'ls-etdz' });
    const moved = await link('linkEnterprisePark', { fromId: e, toId: 'ls-etdz.chip-park' });
    expect(moved.change!.before).toEqual({ type: 'LOCATED_IN', links: [{ to: 'ls-etdz', props: {} }] });
    await link('linkEnterpriseSupply', { fromId: e, toId: 'e.fulede' });
    const res = await editor<{
      enterprise: {
        segments: { segment: { id: string }; inferred: boolean; basis: string }[];
        park: { id: string };
        suppliesTo: { enterprise: { id: string } }[];
      };
    }>(`{ enterprise(id: "${e}") { segments { segment { id } inferred basis } park { id } suppliesTo { enterprise { id } } } }`);
    expect(res.data!.enterprise).toEqual({
      segments: [{ segment: { id: 'semi.equipment' }, inferred: true, basis: '测试依据' }],
      park: { id: 'ls-etdz.chip-park' },
      suppliesTo: [{ enterprise: { id: 'e.fulede' } }],
    });
    const un = await link('unlinkEnterpriseSegment', { fromId: e, toId: 'semi.equipment' }, '误录');
    expect(un.change).toMatchObject({ action: 'UNLINK', after: { type: 'IN_SEGMENT', links: [] } });
    expect((await link('unlinkEnterpriseSegment', { fromId: e, toId: 'semi.equipment' })).errors).toEqual([
      { field: 'input.toId', code: 'NOT_FOUND' },
    ]);
  });

  it('links projects to park, segment and investor, and institutions to chains', async () => {
    const p = await create('Project', `slug: "${run}-linked", name: "测试链接项目"`);
    const i = await create('Institution', `slug: "${run}-inst", name: "测试研究院", kind: RESEARCH_INSTITUTE`);
    for (const [m, input] of [
      ['linkProjectPark', { fromId: p, toId: 'ls-etdz' }],
      ['linkProjectSegment', { fromId: p, toId: 'semi.equipment' }],
      ['linkProjectInvestor', { fromId: p, toId: 'e.fulede' }],
      ['linkInstitutionChain', { fromId: i, toId: 'semi', inferred: true, basis: '测试' }],
    ] as const) {
      expect((await link(m, input)).errors, m).toEqual([]);
    }
    expect((await link('linkProjectPark', { fromId: p, toId: 'ls-etdz', inferred: true, basis: 'x' })).errors[0]).toMatchObject({
      field: 'input.inferred',
      code: 'INVALID',
    });
    const res = await editor<{
      project: { park: { id: string }; investor: { id: string }; segments: { segment: { id: string } }[] };
      institution: { serves: { chain: { id: string }; inferred: boolean }[] };
      park: { projects: { edges: { node: { id: string } }[] } };
    }>(
      `{ project(id: "${p}") { park { id } investor { id } segments { segment { id } } }
         institution(id: "${i}") { serves { chain { id } inferred } } park(id: "ls-etdz") { projects(first: 100, includeSubParks: false) { edges { node { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.project).toEqual({
      park: { id: 'ls-etdz' },
      investor: { id: 'e.fulede' },
      segments: [{ segment: { id: 'semi.equipment' } }],
    });
    expect(res.data!.institution.serves).toEqual([{ chain: { id: 'semi' }, inferred: true }]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.park.projects.edges.map((x) => x.node.id)).toContain(p);
  });
});

describe('deleting', () => {
  it('removes the node and its links but keeps the audit trail, with what it had', async () => {
    const e = await create('Enterprise', `slug: "${run}-gone", name: "测试删除企业", parkId: "ls-etdz"`);
    await link('linkEnterpriseSupply', { fromId: 'e.fulede', toId: e });
    made.add('e.fulede');
    const res = await editor<{
      deleteEnterprise: {
        deletedId: string;
        change: { action: string; before: { props: { name: string }; outLinks: unknown[]; inLinks: unknown[] }; reason: string };
        errors: FieldErr[];
      };
    }>(
      `mutation { deleteEnterprise(id: "${e}", reason: "重复录入", source: "s000") { deletedId change { action before reason } errors { field code } } }`,
    );
    const out = res.data!.deleteEnterprise;
    expect(out).toMatchObject({ deletedId: e, errors: [], change: { action: 'DELETE', reason: '重复录入' } });
    expect(out.change.before.props.name).toBe('测试删除企业');
    expect(out.change.before.outLinks).toEqual([{ type: 'LOCATED_IN', to: 'ls-etdz', props: {} }]);
    expect(out.change.before.inLinks).toEqual([{ type: 'SUPPLIES', from: 'e.fulede', props: {} }]);
    const [left] = await db.read<{ nodes: number; rels: number }>(
      {
        name: 'test/left',
        text: 'OPTIONAL MATCH (n:Entity {id: $id}) RETURN count(n) AS nodes, COUNT { ()-[r:SUPPLIES]->() WHERE r IS NOT NULL AND endNode(r).id = $id } AS rels',
      },
      { id: e },
    );
    expect(left).toEqual({ nodes: 0, rels: 0 });
    const h = await editor<{
      enterprise: null;
      changes: { action: string; targetId: string; enteredByHand: boolean }[];
      fulede: { suppliesTo: { enterprise: { id: string } }[] };
    }>(
      `{ enterprise(id: "${e}") { id } changes(targetId: "${e}") { action targetId enteredByHand } fulede: enterprise(id: "e.fulede") { suppliesTo { enterprise { id } } } }`,
    );
    expect(h.data!.enterprise).toBeNull();
    expect(h.data!.changes).toEqual([
      { action: 'DELETE', targetId: e, enteredByHand: false },
      { action: 'CREATE', targetId: e, enteredByHand: true },
    ]);
    expect(h.data!.fulede.suppliesTo.map((s) => s.enterprise.id)).not.toContain(e);
    // The audit view's park filter still finds the deletion, by the park the firm was in.
    const byPark = await editor<{ ls: { action: string }[]; other: { action: string }[] }>(
      `{ ls: auditLog(parkId: "ls-etdz", targetId: "${e}") { action targetId } other: auditLog(parkId: "zs-hitech", targetId: "${e}") { action targetId } }`,
    );
    expect(byPark.errors).toBeUndefined();
    expect(byPark.data!.ls.map((c) => c.action)).toEqual(['DELETE', 'CREATE']);
    expect(byPark.data!.other).toEqual([]);
  });

  it('keeps audit records out of domain queries', async () => {
    // e.fulede has audit records by now (the supply link above): none of them shows up.
    const res = await editor<{
      sources: { id: string }[];
      enterprise: { sources: { id: string }[] };
      neighborhood: { nodes: { data: { id: string } }[]; edges: { data: { label?: string; type?: string } }[] };
    }>(
      '{ sources { id } enterprise(id: "e.fulede") { sources { id } } neighborhood(id: "e.fulede", depth: 1) { nodes { data } edges { data } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.sources.every((s) => !s.id.startsWith('ch.'))).toBe(true);
    expect(res.data!.enterprise.sources.every((s) => !s.id.startsWith('ch.'))).toBe(true);
    const drawn = JSON.stringify(res.data!.neighborhood);
    expect(drawn).not.toMatch(/"ch\./);
    expect(drawn).not.toMatch(/CHANGED|CITES/);
    const [count] = await db.read<{ n: number }>({
      name: 'test/changes-exist',
      text: 'MATCH (c:Change {targetId: "e.fulede"}) RETURN count(c) AS n',
    });
    expect(count!.n).toBeGreaterThan(0);
    const node = await editor<{ node: null }>('query ($id: ID!) { node(id: $id) { id } }', {
      id: (await db.read<{ id: string }>({ name: 'test/a-change', text: 'MATCH (c:Change) RETURN c.id AS id LIMIT 1' }))[0]!.id,
    });
    expect(node.data!.node).toBeNull();
    const [row] = await db.read<{ entity: number }>({
      name: 'test/change-entity',
      text: 'MATCH (c:Change:Entity) RETURN count(c) AS entity',
    });
    expect(row!.entity).toBe(0);
  });
});
