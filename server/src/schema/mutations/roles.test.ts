// Every editor mutation: anonymous → UNAUTHENTICATED, viewer and analyst → FORBIDDEN, editor
// and admin get through the role check (and, given ids that do not exist or an empty name, a
// typed field error). None of it changes the graph.
import { describe, expect, it } from 'vitest';
import { fingerprint, testExecutor } from '../../../test/db.js';
import { graphqlClient, testViewer } from '../../../test/graphql.js';
import { linkKinds } from './link-mutations.js';

const db = testExecutor();

const missing = 'e.no-such-node-for-role-tests';
const payload = '{ errors { field code message } }';
const linkPayload = '{ errors { field code } }';

/** One call per mutation, with input that passes GraphQL validation. */
const calls: Record<string, string> = {
  createEnterprise: `createEnterprise(input: { name: " " }) ${payload}`,
  updateEnterprise: `updateEnterprise(id: "${missing}", input: { note: "x" }) ${payload}`,
  deleteEnterprise: `deleteEnterprise(id: "${missing}") ${payload}`,
  createProject: `createProject(input: { name: "" }) ${payload}`,
  updateProject: `updateProject(id: "${missing}", input: { note: "x" }) ${payload}`,
  deleteProject: `deleteProject(id: "${missing}") ${payload}`,
  moveProjectStatus: `moveProjectStatus(id: "${missing}", status: SIGNED, date: "2023") ${payload}`,
  createInstitution: `createInstitution(input: { name: "", kind: BANK }) ${payload}`,
  updateInstitution: `updateInstitution(id: "${missing}", input: { note: "x" }) ${payload}`,
  deleteInstitution: `deleteInstitution(id: "${missing}") ${payload}`,
};
for (const k of linkKinds) {
  calls[`link${k.name}`] = `link${k.name}(input: { fromId: "${missing}", toId: "${missing}-2" }) ${linkPayload}`;
  calls[`unlink${k.name}`] = `unlink${k.name}(input: { fromId: "${missing}", toId: "${missing}-2" }) ${linkPayload}`;
}

describe('editor mutations: roles', () => {
  const names = Object.keys(calls);

  it('covers every editing mutation of the schema', async () => {
    const gql = graphqlClient(db);
    const res = await gql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "Mutation") { fields { name } } }');
    const all = res.data!.__type.fields.map((f) => f.name);
    const editing = all.filter((n) => /^(create|update|delete|link|unlink|move)(Enterprise|Project|Institution)/.test(n));
    expect(editing.sort()).toEqual(names.filter((n) => all.includes(n)).sort());
    expect(names.every((n) => all.includes(n))).toBe(true);
    expect(names).toHaveLength(24);
  });

  it.each([
    ['anonymous', null, 'UNAUTHENTICATED'],
    ['viewer', 'viewer', 'FORBIDDEN'],
    ['analyst', 'analyst', 'FORBIDDEN'],
  ] as const)('refuses %s for every mutation and changes nothing', async (_label, role, code) => {
    const gql = graphqlClient(db, { viewer: testViewer(role) });
    const before = await fingerprint(db);
    for (const name of names) {
      const res = await gql(`mutation { ${calls[name]} }`);
      expect(res.errors?.[0]?.extensions?.code, name).toBe(code);
      // The sign-in layer may refuse an anonymous request as a whole (no path); a signed-in
      // viewer without the role is refused at the field.
      if (role) expect(res.errors?.[0]?.path, name).toEqual([name]);
      expect(res.data?.[name] ?? null, name).toBeNull();
    }
    expect(await fingerprint(db)).toEqual(before);
  });

  it.each(['editor', 'admin'] as const)('lets %s through every mutation: bad input comes back as field errors', async (role) => {
    const gql = graphqlClient(db, { viewer: testViewer(role) });
    const before = await fingerprint(db);
    for (const name of names) {
      const res = await gql<Record<string, { errors: { field: string; code: string }[] }>>(`mutation { ${calls[name]} }`);
      expect(res.errors, name).toBeUndefined();
      const errors = res.data![name]!.errors;
      expect(errors.length, name).toBeGreaterThan(0);
      if (name.startsWith('create')) expect(errors[0], name).toMatchObject({ field: 'input.name', code: 'REQUIRED' });
      else
        expect(
          errors.map((e) => e.code),
          name,
        ).toContain('NOT_FOUND');
    }
    expect(await fingerprint(db)).toEqual(before);
  });
});
