// Editors set a project's capacities (产能) with createProject / updateProject: the list
// replaces the current one, [] removes all, bad values are field errors that write nothing,
// and the audit record keeps the lists before and after.
import { describe, expect, it } from 'vitest';
import { fingerprint, restoreGraphAfterAll, testExecutor } from '../../../test/db.js';
import { graphqlClient, testViewer } from '../../../test/graphql.js';

const db = testExecutor();
const made = restoreGraphAfterAll(db);
const editor = graphqlClient(db, { viewer: testViewer('editor') });
const run = `t${Date.now().toString(36)}`;

interface Cap {
  id: string;
  product: string;
  value: number;
  unit: string;
  qualifier: string;
}
interface Out {
  project: { id: string; capacity: Cap[] } | null;
  change: { before: Record<string, unknown> | null; after: Record<string, unknown> | null } | null;
  errors: { field: string; code: string }[];
}
const fields = 'project { id capacity { id product value unit qualifier } } change { before after } errors { field code }';

function track(out: Out): Out {
  if (out.project) {
    made.add(out.project.id);
    for (const c of out.project.capacity) made.add(c.id);
  }
  return out;
}
async function create(input: Record<string, unknown>): Promise<Out> {
  const res = await editor<{ createProject: Out }>(
    `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${fields} } }`,
    { input },
  );
  expect(res.errors).toBeUndefined();
  return track(res.data!.createProject);
}
async function update(id: string, input: Record<string, unknown>): Promise<Out> {
  const res = await editor<{ updateProject: Out }>(
    `mutation ($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { ${fields} } }`,
    { id, input },
  );
  expect(res.errors).toBeUndefined();
  return track(res.data!.updateProject);
}
const plain = (list: Cap[]) => list.map(({ product, value, unit, qualifier }) => ({ product, value, unit, qualifier }));

describe('project capacities', () => {
  it('creates a project with a capacity, replaces the list on update and removes all with []', async () => {
    const created = await create({
      slug: `${run}-cells`,
      name: '测试电池片项目',
      capacities: [{ product: '电池片', value: 5, unit: 'GW' }],
    });
    expect(created.errors).toEqual([]);
    const id = created.project!.id;
    expect(plain(created.project!.capacity)).toEqual([{ product: '电池片', value: 5, unit: 'GW', qualifier: 'EXACT' }]);
    expect(created.project!.capacity[0]!.id).toMatch(new RegExp(`^${id}#capacity-`));
    expect(created.change!.after).toMatchObject({ capacities: [{ product: '电池片', value: 5, unit: 'GW', qualifier: 'exact' }] });

    // The same product and unit keeps its node (and id); the other one is new.
    const replaced = await update(id, {
      capacities: [
        { product: '电池片', value: 8, unit: 'GW', qualifier: 'TARGET' },
        { product: '硅片', value: 1200, unit: '万片/年' },
      ],
    });
    expect(replaced.errors).toEqual([]);
    const caps = replaced.project!.capacity;
    expect(plain(caps).sort((a, b) => a.unit.localeCompare(b.unit))).toEqual([
      { product: '电池片', value: 8, unit: 'GW', qualifier: 'TARGET' },
      { product: '硅片', value: 1200, unit: '万片/年', qualifier: 'EXACT' },
    ]);
    expect(caps.map((c) => c.id)).toContain(created.project!.capacity[0]!.id);
    expect(replaced.change!.before).toEqual({ capacities: [{ product: '电池片', value: 5, unit: 'GW', qualifier: 'exact' }] });
    expect((replaced.change!.after!.capacities as unknown[]).length).toBe(2);

    // Absent leaves the list; the same list again is no change.
    const renamed = await update(id, { note: '测试备注' });
    expect(renamed.project!.capacity).toHaveLength(2);
    expect(renamed.change!.after).toEqual({ note: '测试备注' });
    const same = await update(id, { capacities: plain(caps).map((c) => ({ ...c })) });
    expect(same.errors).toEqual([expect.objectContaining({ field: 'input', code: 'NO_CHANGE' })]);

    const removed = await update(id, { capacities: [] });
    expect(removed.errors).toEqual([]);
    expect(removed.project!.capacity).toEqual([]);
    expect(removed.change!.after).toEqual({ capacities: [] });
    const [row] = await db.read<{ n: number }>(
      { name: 'test/capacity-left', text: 'MATCH (c:Capacity) WHERE c.id STARTS WITH $prefix RETURN count(c) AS n' },
      { prefix: `${id}#` },
    );
    expect(Number(row!.n)).toBe(0);
  });

  it('answers a bad value, a missing unit and a repeated product as field errors and writes nothing', async () => {
    const created = await create({ slug: `${run}-modules`, name: '测试组件项目', capacities: [{ product: '组件', value: 2, unit: 'GW' }] });
    const id = created.project!.id;
    const before = await fingerprint(db);
    const bad = await update(id, {
      name: '不该写入',
      capacities: [
        { product: '组件', value: 3, unit: 'GW' },
        { product: '电池片', value: -1, unit: 'GW' },
        { product: '逆变器', value: 1, unit: ' ' },
        { product: '组件', value: 4, unit: 'GW' },
      ],
    });
    expect(bad.project).toBeNull();
    expect(bad.errors).toEqual(
      expect.arrayContaining([
        { field: 'input.capacities.1.value', code: 'INVALID' },
        { field: 'input.capacities.2.unit', code: 'REQUIRED' },
        { field: 'input.capacities.3.product', code: 'INVALID' },
      ]),
    );
    expect(bad.errors).toHaveLength(3);
    const onCreate = await create({ name: '测试无效产能', capacities: [{ product: '组件', value: 0, unit: 'GW' }] });
    expect(onCreate.errors).toEqual([{ field: 'input.capacities.0.value', code: 'INVALID' }]);
    expect(await fingerprint(db)).toEqual(before);
  });
});
