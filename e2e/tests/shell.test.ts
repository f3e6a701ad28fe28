// The app shell on the real server: sign-in, the start page, global search, language switch.
import { describe, expect, it } from 'vitest';
import { signIn, useBrowser } from './browser.js';

const b = useBrowser();

describe('app shell in a real browser on the real server', () => {
  it('the start page lists the chains, and the parks once signed in', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=home`);
    const chains = page.getByRole('region', { name: '产业链' });
    await chains.getByRole('link', { name: '光伏' }).waitFor();
    expect(await chains.getByRole('link').count()).toBeGreaterThanOrEqual(4);
    const parks = page.getByRole('region', { name: '园区' });
    await parks.getByText('登录后可查看园区概况。').waitFor();
    await b.screenshot(page, 'shell-home-anonymous-zh');

    // Wrong password first: the dialog says so in words.
    await page.getByRole('banner').getByRole('button', { name: '登录', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '登录产业链图谱' });
    await dialog.getByLabel('用户名').fill('admin');
    await dialog.getByLabel('密码').fill('not-the-password');
    await dialog.getByRole('button', { name: '登录', exact: true }).click();
    await dialog.getByRole('alert').getByText('用户名或密码错误。').waitFor();
    await b.screenshot(page, 'shell-sign-in-wrong-zh');
    await dialog.getByRole('button', { name: '取消' }).click();

    await signIn(page);
    const rows = parks.getByRole('table').getByRole('row');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBeGreaterThan(2);
    expect(await page.getByRole('banner').innerText()).toContain('管理员');
    await b.screenshot(page, 'shell-home-signed-in-zh');

    // The filter asks the server: 宁波 finds the parks in the city, the sub-parks named for their
    // districts too, each nested under its zone.
    const everyPark = await parks.getByRole('status').innerText();
    expect(everyPark).toMatch(/^第 1–\d+ 个，共 \d+ 个园区$/);
    await parks.getByRole('searchbox', { name: '查找园区' }).fill('宁波');
    await expect.poll(() => parks.getByRole('status').innerText()).not.toBe(everyPark);
    await parks.locator('table[aria-busy="false"]').waitFor();
    await parks.getByRole('link', { name: '宁波高新区', exact: true }).waitFor();
    const filtered = await parks.getByRole('table').getByRole('rowheader').allInnerTexts();
    expect(filtered.length).toBeGreaterThanOrEqual(11);
    expect(filtered.every((text) => text.includes('宁波') || /海曙|鄞州|江北|北仑|慈溪|余姚|宁海|象山|奉化|大榭/.test(text)), filtered.join(' | ')).toBe(true);
    const status = await parks.getByRole('status').innerText();
    expect(status).toBe(`第 1–${filtered.length} 个，共 ${filtered.length} 个园区`);
    expect(await parks.getByRole('table').locator('tr[data-depth="1"]').count()).toBeGreaterThanOrEqual(10);
    await b.screenshot(page, 'shell-home-parks-filtered-zh');
    await parks.getByRole('searchbox', { name: '查找园区' }).fill('');
    await expect.poll(() => parks.getByRole('status').innerText()).toBe(everyPark);
    await expect.poll(() => rows.count()).toBeGreaterThan(filtered.length + 1);

    // A park link opens the park view.
    const first = parks.getByRole('table').getByRole('link').first();
    await first.click();
    await page.waitForURL(/\/park\?/);
    expect(page.url()).toMatch(/park=/);

    // The same link shared into a new tab of the same browser opens signed in, without a dialog.
    const tab = await page.context().newPage();
    await tab.goto(page.url());
    await tab.getByRole('banner').getByText('管理员').waitFor();
    expect(await tab.getByRole('dialog').count()).toBe(0);
    // Signing out in the new tab signs the first one out too.
    await tab.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('banner').getByRole('button', { name: '登录', exact: true }).waitFor();
    await tab.close();
  });

  it('searches 宏发 in Chinese from the keyboard and jumps to the enterprise', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?chain=pv`);
    await page.getByTestId('chain-map').waitFor();
    await signIn(page);

    await page.locator('body').click({ position: { x: 5, y: 700 } }); // focus outside any field
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: '全局搜索' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    // A common word: the list shows ten hits and says how many there are in all.
    await box.fill('有限');
    const more = page.getByText(/^显示前 10 条，共 [\d,]+\+? 条/);
    await more.waitFor();
    expect(Number((await more.innerText()).match(/共 ([\d,]+)/)![1]!.replace(/,/g, ''))).toBeGreaterThan(10);
    await b.screenshot(page, 'shell-search-more-zh');
    await box.fill('宏发');
    const enterprises = page.getByRole('listbox', { name: '搜索结果' }).getByRole('group', { name: '企业' });
    await enterprises.getByRole('option').first().waitFor();
    const hits = await enterprises.getByRole('option').allInnerTexts();
    expect(hits.some((h) => h.includes('宏发'))).toBe(true);
    expect(await more.count()).toBe(0); // every hit of 宏发 is listed
    await b.screenshot(page, 'shell-search-zh');

    // Arrow down to the first enterprise (groups are ordered by their best hit).
    const options = page.getByRole('option');
    const firstEnterprise = await enterprises.getByRole('option').first().getAttribute('id');
    let active = '';
    for (let i = 0; i < 10 && active !== firstEnterprise; i++) {
      await page.keyboard.press('ArrowDown');
      active = (await box.getAttribute('aria-activedescendant')) ?? '';
    }
    expect(active).toBe(firstEnterprise);
    expect(await options.count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');

    await page.waitForURL(/node=/);
    const node = new URL(page.url()).searchParams.get('node');
    expect(new URL(page.url()).pathname).toBe('/chain'); // stayed on the chain map
    const panel = page.getByTestId('detail-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-node-id')).toBe(node);
    await panel.getByRole('heading', { name: /宏发/ }).waitFor();
    await b.screenshot(page, 'shell-search-jump-zh');
  });

  it('switches the whole shell to English and keeps it in the URL', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=home`);
    await page.getByRole('link', { name: '光伏' }).waitFor();
    await signIn(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Chains and parks at a glance' }).waitFor();
    expect(page.url()).toMatch(/lang=en/);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const label of ['Home', 'Chain map', 'Parks', 'Compare', 'Analyst']) {
      expect(await nav.getByRole('button', { name: label }).count(), label).toBe(1);
    }
    await page.getByRole('link', { name: 'Photovoltaics' }).waitFor();
    await page.getByRole('region', { name: 'Parks' }).getByRole('table').waitFor();
    expect(await page.getByRole('combobox', { name: 'Search everywhere' }).count()).toBe(1);
    await b.screenshot(page, 'shell-home-en');
  });
});
