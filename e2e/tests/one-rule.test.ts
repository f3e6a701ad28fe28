// One number, one rule, as a visitor sees it: the public map of a park names the park and shows
// the server's completeness (sub-segments rolled up over every level); a park opened from Home
// shows its lead chain; chains without a template are not listed.
import { describe, expect, it } from 'vitest';
import { signIn, useBrowser } from './browser.js';

const b = useBrowser();

describe('one completeness rule, lead chain, named park', () => {
  it('names the park on an anonymous map and counts 长阳科技’s reflective film for 功能膜', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=chain&chain=film&park=nb-jiangbei-film-power-town`);
    const scope = page.getByTestId('chain-scope');
    await scope.waitFor();
    expect(await scope.innerText()).toBe('园区：江北膜动力小镇');
    // 反射膜 → 光学膜 → 功能膜: present two levels up; 1 of 11 top-level segments = 9 %, as gapReport says.
    const statuses = page.getByTestId('segment-statuses');
    await statuses.locator('[data-segment-id="film.functional-film"][data-status="PRESENT"]').waitFor({ state: 'attached' });
    expect(await page.getByTestId('completeness').innerText()).toContain('完整度 9%');
    // Chains without a template are not listed.
    const list = page.getByRole('navigation', { name: '产业链列表' });
    await list.getByRole('button', { name: /膜材料/ }).waitFor();
    expect(await list.getByRole('button', { name: /数字经济|时尚产业/ }).count()).toBe(0);
    await b.screenshot(page, 'one-rule-anonymous-film-town-zh');
  });

  it('opens 舟山高新技术产业园区 from Home on its lead chain, photovoltaics', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=home`);
    await signIn(page);
    await page.getByRole('link', { name: '舟山高新技术产业园区', exact: true }).click();
    await page.getByRole('table', { name: '补链分析' }).waitFor();
    expect(page.url()).not.toMatch(/chain=auto/);
    // The gap report is the PV chain's: its module segment is there.
    expect(await page.getByRole('table', { name: '补链分析' }).getByRole('button', { name: '光伏组件', exact: true }).count()).toBe(1);
    // One number: the same 17 % as the saved query and Compare.
    expect(await page.locator('.completeness').first().innerText()).toContain('17%');
    await b.screenshot(page, 'one-rule-zhoushan-lead-chain-zh');
  });
});
