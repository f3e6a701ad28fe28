// Editing on the real server as admin: create an enterprise in a park and a segment, find it by
// its Chinese name, edit it (a refused value first), move a seeded project's status backwards
// (refused without a reason), give it a capacity (a refused value first), delete the enterprise. The server's database is fresh, but what
// this file changes is put back in afterAll whatever happens.
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn, useBrowser } from './browser.js';

const b = useBrowser();
const NAME = '测试编辑企业甲';
const NAME_EN = 'E2E Editing Test Co';
const PROJECT = 'pj.xinteng'; // seeded: 欣腾项目, in_production as of 2023, no capacity
const CAPACITY_PRODUCT = '测试产品';

async function api(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(new URL('/graphql', inject('baseUrl')), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: Record<string, any> };
}

afterAll(async () => {
  const { data } = await api('mutation($u:String!,$p:String!){ signIn(username:$u,password:$p){ token } }', { u: 'admin', p: inject('adminPassword') });
  const token = data.signIn.token as string;
  const hits = await api('query($t:String!){ search(text:$t, types:[ENTERPRISE]){ edges { node { id name } } } }', { t: NAME }, token);
  for (const e of hits.data.search.edges) {
    if (e.node.name === NAME) await api('mutation($id:ID!){ deleteEnterprise(id:$id, reason:"e2e cleanup"){ deletedId } }', { id: e.node.id }, token);
  }
  const p = await api('query($id:ID!){ project(id:$id){ status capacity { id } } }', { id: PROJECT }, token);
  if (p.data.project?.capacity.length) {
    await api('mutation($id:ID!){ updateProject(id:$id, input:{capacities: []}, reason:"e2e cleanup"){ errors { code } } }', { id: PROJECT }, token);
  }
  if (p.data.project?.status !== 'IN_PRODUCTION') {
    await api('mutation($id:ID!){ moveProjectStatus(id:$id, status:IN_PRODUCTION, date:"2023", reason:"e2e cleanup"){ errors { code } } }', { id: PROJECT }, token);
  }
});

describe('editing enterprises and projects in a real browser', () => {
  it('creates, finds, edits and deletes an enterprise; moves a project back only with a reason', async () => {
    const page = await b.page();
    // The server shares two cores with other test runs: generous waits, each for one thing.
    page.setDefaultTimeout(45_000);
    // On failure, the mutations sent and their answers say more than a screenshot.
    const log: string[] = [];
    page.on('response', async (res) => {
      const body = res.request().postData() ?? '';
      if (!body.includes('mutation')) return;
      log.push(`${body.slice(0, 300)} → ${(await res.text().catch(() => '')).slice(0, 300)}`);
    });
    try {
      await run(page);
    } catch (error) {
      await b.screenshot(page, 'edit-failure');
      console.error(log.join('\n'));
      throw error;
    }
  }, 280_000);
});

async function run(page: Page) {
    await page.goto(`${b.baseUrl()}?view=park&park=zs-hitech`);
    await signIn(page);
    await page.getByRole('main').getByRole('button', { name: '+ 新建企业' }).waitFor();

    // The header's menu opens the project form; Escape closes it without saving.
    await page.getByRole('banner').getByText('+ 新建').click();
    await page.getByRole('banner').getByRole('button', { name: '新建项目' }).click();
    const projectDialog = page.getByRole('dialog', { name: '新建项目' });
    // The first open loads the pick lists while the park page still loads: give it time.
    await projectDialog.getByLabel('总投资（亿元）').waitFor({ timeout: 90_000 });
    await b.screenshot(page, 'edit-new-project-zh');
    await page.keyboard.press('Escape');
    await projectDialog.waitFor({ state: 'detached' });

    // New enterprise from the park page: the park is preset.
    await page.getByRole('main').getByRole('button', { name: '+ 新建企业' }).click();
    let dialog = page.getByRole('dialog', { name: '新建企业' });
    await dialog.getByLabel('中文名称').waitFor();
    await b.screenshot(page, 'edit-new-enterprise-top-zh');
    await dialog.getByLabel('中文名称').fill(NAME);
    expect(await dialog.getByLabel('所在园区').inputValue()).toBe('zs-hitech');
    await dialog.getByLabel('英文名称').fill(NAME_EN);
    await dialog.getByLabel('配套企业').check();
    await dialog.getByLabel('产业链', { exact: true }).selectOption({ label: '光伏' });
    await dialog.getByLabel('选择环节').selectOption({ label: '光伏组件' });
    await dialog.getByRole('button', { name: '添加环节' }).click();
    await dialog.getByLabel('变更原因').fill('端到端测试新建');
    await b.screenshot(page, 'edit-new-enterprise-zh');
    await dialog.getByRole('button', { name: '保存' }).click();

    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: NAME }).waitFor();
    const id = new URL(page.url()).searchParams.get('node')!;
    expect(id).toBe('e.e2e-editing-test-co');
    expect(await panel.innerText()).toContain('光伏组件');
    await panel.getByTestId('change-history').getByText('新建', { exact: true }).waitFor();

    // Found through search by its Chinese name.
    await page.getByRole('button', { name: '关闭' }).click().catch(() => {});
    const box = page.getByRole('combobox', { name: '全局搜索' });
    await box.fill(NAME);
    await page.getByRole('listbox', { name: '搜索结果' }).getByRole('option', { name: new RegExp(NAME) }).first().click();
    await page.waitForURL(new RegExp(`node=${id.replace('.', '\\.')}`));
    await panel.getByRole('heading', { name: NAME }).waitFor();

    // Edit: an impossible month is refused at its input and the input is kept.
    await panel.getByRole('button', { name: '编辑' }).click();
    dialog = page.getByRole('dialog', { name: `编辑：${NAME}` });
    const founded = dialog.getByLabel('成立时间');
    await expect.poll(() => dialog.getByLabel('中文名称').inputValue()).toBe(NAME); // loaded
    await founded.fill('2023-13');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.locator('[data-field="founded"] .field-errors').getByText(/格式或数值无效/).waitFor();
    expect(await founded.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => founded.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await founded.inputValue()).toBe('2023-13');
    await b.screenshot(page, 'edit-enterprise-field-error-zh');
    await founded.fill('2015-06');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByText('2015-06').waitFor();
    await panel.getByTestId('change-history').getByText('修改', { exact: true }).waitFor();

    // A seeded project moved backwards: refused without a reason, done with one.
    await page.goto(`${b.baseUrl()}?node=${PROJECT}`);
    await panel.getByRole('heading', { name: '欣腾项目' }).waitFor();
    await panel.getByRole('button', { name: '变更状态' }).click();
    dialog = page.getByRole('dialog', { name: '变更状态：欣腾项目' });
    await dialog.getByText('当前状态：已投产（2023）').waitFor();
    await dialog.getByLabel('新状态').selectOption('SIGNED');
    await dialog.getByText('这是回退：请填写原因。').waitFor();
    await dialog.getByRole('textbox', { name: /^日期/ }).fill('2022');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.locator('[data-field="reason"] .field-errors').getByText(/回退状态必须填写原因/).waitFor();
    await b.screenshot(page, 'edit-status-backward-refused-zh');
    await dialog.getByLabel('变更原因').fill('端到端测试：核查后改回签约');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByText(/已签约/).waitFor();
    await b.screenshot(page, 'edit-status-moved-zh');

    // Its capacity (产能): a zero is refused at the row's value, then the row is saved and shown.
    await panel.getByRole('button', { name: '编辑' }).click();
    dialog = page.getByRole('dialog', { name: '编辑：欣腾项目' });
    await expect.poll(() => dialog.getByLabel('中文名称').inputValue()).toBe('欣腾项目');
    await dialog.getByRole('button', { name: '+ 添加产能' }).click();
    const cap = dialog.getByTestId('capacity-row-0');
    await cap.getByLabel('产品', { exact: true }).fill(CAPACITY_PRODUCT);
    await cap.getByLabel('数值', { exact: true }).fill('0');
    await cap.getByLabel('单位', { exact: true }).fill('万台套/年');
    await dialog.getByRole('button', { name: '保存' }).click();
    await cap.locator('[data-field="capacities.0.value"] .field-errors').getByText(/格式或数值无效/).waitFor();
    expect(await cap.getByLabel('数值', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await b.screenshot(page, 'edit-capacity-refused-zh');
    await cap.getByLabel('数值', { exact: true }).fill('1.5');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByText(`${CAPACITY_PRODUCT} 1.5 万台套/年`).waitFor();
    await b.screenshot(page, 'edit-capacity-saved-zh');

    // Delete the enterprise, after a confirmation.
    await page.goto(`${b.baseUrl()}?node=${id}`);
    await panel.getByRole('heading', { name: NAME }).waitFor();
    await panel.getByRole('button', { name: '删除' }).click();
    dialog = page.getByRole('dialog', { name: `删除：${NAME}` });
    await dialog.getByText(/此操作不能撤销/).waitFor();
    await dialog.getByLabel('变更原因').fill('端到端测试清理');
    await b.screenshot(page, 'edit-delete-confirm-zh');
    await dialog.getByRole('button', { name: '确认删除' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('node')).toBeNull();
    const left = await api('query($id:ID!){ node(id:$id){ id } }', { id });
    expect(left.data?.node ?? null).toBeNull();

    // In English: the same forms, every label translated.
    await page.goto(`${b.baseUrl()}?node=${PROJECT}&lang=en`);
    await panel.getByRole('button', { name: 'Edit' }).click();
    dialog = page.getByRole('dialog', { name: 'Edit: Xinteng project' });
    await expect.poll(() => dialog.getByLabel('Chinese name').inputValue()).toBe('欣腾项目');
    await dialog.getByLabel(/Total investment/).waitFor();
    await b.screenshot(page, 'edit-project-en');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await panel.waitFor(); // Escape closed the dialog, not the panel behind it
}
