import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.js';

const b = useBrowser();

/** Signs in as admin through the sign-in prompt the park page shows to anonymous users. */
async function signIn(page: Page, name: string) {
  const prompt = page.locator('.sign-in-prompt').first();
  try {
    await prompt.waitFor({ timeout: 90_000 });
  } catch (error) {
    await b.screenshot(page, `${name}-no-sign-in-prompt`);
    throw error;
  }
  await b.screenshot(page, `${name}-signed-out`);
  await prompt.getByRole('button', { name: '登录' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[name="username"]').fill('admin');
  await dialog.locator('input[name="password"]').fill(inject('adminPassword'));
  await dialog.locator('button[type="submit"]').click();
  await dialog.waitFor({ state: 'detached' });
}

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path!);
}

describe('park page in a real browser on the real server', () => {
  it('shows the gap report, targets with reasons, and exports the gap table', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=park&park=ls-etdz&chain=semi`);
    await signIn(page, 'park-ls-etdz');

    const gap = page.getByRole('table', { name: '补链分析' });
    await gap.waitFor();
    const row = (name: string) => gap.locator('tr', { has: page.getByRole('button', { name, exact: true }) });
    expect(await row('红外探测器').innerText()).toContain('已有');
    expect(await row('红外探测器').innerText()).toContain('珏芯');
    expect(await row('抛光片').innerText()).toContain('在建/签约');
    await b.screenshot(page, 'park-ls-etdz-semi-zh');

    const tools = page.locator('.park-section', { has: gap }).locator('.data-table-tools');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^丽水经济技术开发区_半导体_补链分析_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const xlsxBytes = await saved(xlsx);
    expect(xlsxBytes.subarray(0, 2).toString()).toBe('PK');

    const [csv] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = (await saved(csv)).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe('环节位置,环节,状态,本地企业,项目,最近的外部供给,推断');
    expect(text).toContain('红外探测器');

    // The targets are one tab further: reached from the keyboard (one tab stop, arrows move and open).
    const gapsTab = page.getByRole('tab', { name: '缺口' });
    expect(await gapsTab.getAttribute('aria-selected')).toBe('true');
    await gapsTab.focus();
    await page.keyboard.press('ArrowRight');
    const targetsTab = page.getByRole('tab', { name: '招商目标' });
    expect(await targetsTab.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('heading', { name: '招商目标', exact: true }).waitFor({ timeout: 90_000 });
    expect(await targetsTab.getAttribute('aria-selected')).toBe('true');
    expect(new URL(page.url()).searchParams.get('tab')).toBe('targets');
    expect(await gap.count()).toBe(0);
    await b.screenshot(page, 'park-ls-etdz-targets-zh');
    await page.close();
  }, 240_000);

  it('ranks targets for the gaps with their score parts as reasons', async () => {
    // The seeds hold candidates for the film chain's gaps at Zhongshan (none for Lishui's semiconductors).
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=park&park=zs-hitech&chain=film`);
    await signIn(page, 'park-zs-hitech');
    await page.getByRole('tab', { name: '招商目标' }).click();
    const heading = page.getByRole('heading', { name: '招商目标', exact: true });
    await heading.waitFor({ timeout: 120_000 });
    const targets = page.locator('section.park-section', { has: heading });
    const first = targets.locator('.target').first();
    await first.waitFor();
    const score = Number((await first.locator('.target-score strong').innerText()).trim());
    const points = await first.locator('.part-points').allInnerTexts();
    expect(points.length).toBeGreaterThan(0);
    expect(points.reduce((sum, x) => sum + Number(x), 0)).toBeCloseTo(score, 0);
    // Each part worded from its key and values: 中化蓝天 (leading, PVDF film, Zhejiang) first.
    expect(await first.locator('.part-label').allInnerTexts()).toEqual(['环节相关度：正是所缺环节', '企业地位：龙头企业', '距离：同省']);
    await heading.scrollIntoViewIfNeeded();
    await b.screenshot(page, 'park-zs-hitech-film-targets-zh');

    await page.getByRole('button', { name: 'English' }).click();
    const headingEn = page.getByRole('heading', { name: 'Targets for the gaps', exact: true });
    await headingEn.waitFor();
    const firstEn = page.locator('section.park-section', { has: headingEn }).locator('.target').first();
    expect(await firstEn.locator('.part-label').allInnerTexts()).toEqual([
      'Relevance: the gap segment itself',
      'Role: Leading',
      'Proximity: same province',
    ]);
    await headingEn.scrollIntoViewIfNeeded();
    await b.screenshot(page, 'park-zs-hitech-film-targets-en');
    // Review rates and exclusion reasons in English too, none of the server's bilingual labels.
    await page.getByRole('tab', { name: 'Project review' }).click();
    const review = page.locator('section.park-section', { has: page.getByRole('heading', { name: 'Project review', exact: true }) });
    await review.getByRole('cell', { name: 'Funds-arrival rate' }).waitFor();
    await review.getByText(/^Projects not counted/).click();
    const reviewText = await review.innerText();
    expect(reviewText).toContain('Planned: not yet signed');
    expect(reviewText).not.toMatch(/到资率|planned: not yet signed/);
    await page.close();
  }, 240_000);

  it('compares parks on the photovoltaic chain', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=compare&chain=pv&parks=zs-hitech,sy-etdz`);
    await signIn(page, 'compare-pv');
    const table = page.getByRole('table', { name: '园区对比' });
    await table.waitFor({ timeout: 90_000 });
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await table.innerText()).toMatch(/已有|在建\/签约|缺失/);
    expect(decodeURIComponent(page.url())).toContain('parks=zs-hitech,sy-etdz');
    await b.screenshot(page, 'compare-pv-zh');
    await page.close();
  }, 240_000);
});
