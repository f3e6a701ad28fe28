// A segment's expansion on a park's chain map lists its local projects beside its enterprises:
// Lishui ETDZ's polished wafers rest on 富乐德's phase-1 project (s002), topped out, pipeline.
import { describe, expect, it } from 'vitest';
import { signIn, useBrowser } from './browser.js';

const b = useBrowser();
const PHASE1 = '富乐德12英寸抛光片项目（首期）';

describe('a segment’s projects on the chain map', () => {
  it('expands Lishui’s polished wafers: its project with its stage, then the project’s source', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=chain&chain=semi&park=ls-etdz`);
    await page.getByTestId('chain-map').waitFor();
    await signIn(page);
    await page.getByTestId('segment-statuses').locator('[data-segment-id="semi.polished-wafer"][data-status="PIPELINE"]').waitFor({ state: 'attached' });

    await page.getByText('环节状态', { exact: true }).click();
    await page.getByTestId('segment-statuses').getByRole('button', { name: /抛光片/ }).click();
    await page.waitForURL(/node=semi\.polished-wafer/);
    const projects = page.getByTestId('segment-expansion').getByTestId('expansion-projects');
    await projects.getByRole('heading', { name: /^项目（\d+）$/ }).waitFor();
    // The umbrella 富乐德 project gives no stage, so it does not count and is not listed.
    expect(await projects.getByRole('listitem').allInnerTexts()).toEqual([`${PHASE1} (已封顶)`]);
    await page.getByRole('checkbox', { name: '显示项目' }).check();
    await b.screenshot(page, 'chain-map-projects-ls-etdz-zh');

    await projects.getByRole('button', { name: PHASE1 }).click();
    await page.waitForURL(/node=pj\.fulede-polished-wafer-phase1/);
    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: PHASE1 }).waitFor();
    const sources = panel.getByTestId('detail-sources');
    await sources.getByText('丽水市政府工作报告中的丽水经开区成果与2024年目标').waitFor();
    // Sources by title, publisher and date, not by the file they are stored in.
    expect(await sources.innerText()).toContain('丽水经济技术开发区 宣传信息科 · 2024-02-27');
    expect(await sources.innerText()).not.toMatch(/002_|\.txt/);
    await b.screenshot(page, 'chain-map-project-detail-zh');

    // Before construction started (2023-06) nothing places the project in time: gone from the list.
    await page.goto(`${b.baseUrl()}?view=chain&chain=semi&park=ls-etdz&node=semi.polished-wafer&asOf=2022`);
    await page.getByTestId('segment-statuses').locator('[data-segment-id="semi.polished-wafer"][data-status="MISSING"]').waitFor({ state: 'attached' });
    expect(await page.getByTestId('segment-expansion').innerText()).toContain('该环节暂无本地企业或项目');
  });

  it('shows the projects to anonymous users in English, with their stage', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=chain&chain=semi&park=ls-etdz&node=semi.polished-wafer&lang=en`);
    const projects = page.getByTestId('segment-expansion').getByTestId('expansion-projects');
    await projects.getByRole('heading', { name: 'Projects (1)' }).waitFor();
    expect(await projects.getByRole('listitem').allInnerTexts()).toEqual(['Fulede 12-inch polished wafer project, phase 1 (Topped out)']);
    await page.getByRole('checkbox', { name: 'Show projects' }).check();
    await page.getByRole('checkbox', { name: 'Show enterprises' }).check();
    await b.screenshot(page, 'chain-map-projects-ls-etdz-en');
    // Zoom in on the upstream band to read the ◇ project line under the firm line.
    const box = (await page.getByTestId('chain-map').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.31, box.y + box.height * 0.57);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -500);
    await page.waitForTimeout(300);
    await b.screenshot(page, 'chain-map-projects-ls-etdz-en-zoomed');
  });
});
