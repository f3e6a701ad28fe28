// A park's chain map on the real server: gaps (present / missing), a node's source,
// the year slider replaying the chain, and the PNG export.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactsDir, signIn, useBrowser } from './browser.js';

const b = useBrowser();

/** The status the page reports for a segment (the map's text twin, data-status). */
function statusOf(page: Page, segmentId: string) {
  return page.getByTestId('segment-statuses').locator(`[data-segment-id="${segmentId}"]`).getAttribute('data-status');
}

async function waitForStatus(page: Page, segmentId: string, status: string) {
  await page.getByTestId('segment-statuses').locator(`[data-segment-id="${segmentId}"][data-status="${status}"]`).waitFor({ state: 'attached' });
}

/**
 * Decodes an exported PNG in the page and looks in its top rows for the band border colours
 * (graph/defaults.ts): upstream in the left half, downstream in the right, midstream anywhere.
 */
async function bandColours(page: Page, png: Buffer) {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const rows = ctx.getImageData(0, 0, img.width, Math.min(60, img.height)).data;
    const near = (x: number, rgb: number[]) => {
      for (let y = 0; y < Math.min(60, img.height); y++) {
        const i = (y * img.width + x) * 4;
        if (rgb.every((v, k) => Math.abs(rows[i + k]! - v) < 12)) return true;
      }
      return false;
    };
    const within = (from: number, to: number, rgb: number[]) => {
      for (let x = Math.floor(from * img.width); x < Math.floor(to * img.width); x += 2) if (near(x, rgb)) return true;
      return false;
    };
    return {
      width: img.width,
      found: { upstream: within(0, 0.5, [0x00, 0x72, 0xb2]), midstream: within(0, 1, [0xc7, 0x7c, 0x00]), downstream: within(0.5, 1, [0x00, 0x9e, 0x73]) },
    };
  }, png.toString('base64'));
}

describe('a park’s chain map in a real browser', () => {
  it('shows Zhoushan’s PV gaps, a node’s source, the 2022 state, and exports a PNG', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=chain&chain=pv&park=zs-hitech`);
    await page.getByTestId('chain-map').waitFor();
    await signIn(page);

    // Statuses come from the public chainMap: modules and HJT cells made here, no polysilicon.
    await waitForStatus(page, 'pv.module', 'PRESENT');
    expect(await statusOf(page, 'pv.hjt-cell')).toBe('PRESENT');
    expect(await statusOf(page, 'pv.polysilicon')).toBe('MISSING');
    await page.getByTestId('completeness').getByText(/完整度 \d+%/).waitFor();
    await page.getByTestId('legend-missing').waitFor();
    // The scope picker (signed in) shows the park from the URL.
    await expect.poll(() => page.getByTestId('scope-picker').inputValue()).toBe('park:zs-hitech');
    // The slider spans the park's dated evidence: 润海 in production 2023 (s000), so from 2022 to now.
    const slider = page.getByRole('slider', { name: '时间' });
    expect(await slider.getAttribute('min')).toBe('2022');
    expect(await slider.getAttribute('max')).toBe(String(new Date().getFullYear()));
    await b.screenshot(page, 'park-map-zs-hitech-zh');
    await page.getByRole('checkbox', { name: '显示企业' }).check();
    await b.screenshot(page, 'park-map-zs-hitech-enterprises-zh');
    await page.getByRole('checkbox', { name: '显示企业' }).uncheck();

    // Expand modules: the local enterprise, then its details and source.
    await page.getByText('环节状态', { exact: true }).click();
    await page.getByTestId('segment-statuses').getByRole('button', { name: /光伏组件/ }).click();
    await page.waitForURL(/node=pv\.module/);
    // Exact: its project 润海新能源组件与异质结电池生产线 is listed beside it.
    await page.getByTestId('segment-expansion').getByRole('button', { name: '润海新能源', exact: true }).click();
    await page.waitForURL(/node=e\.runhai/);
    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: '润海新能源' }).waitFor();
    const sources = panel.getByTestId('detail-sources');
    await sources.getByText(/舟山高新技术产业园区2023年高质量发展综述/).waitFor();
    expect(await sources.innerText()).not.toMatch(/000_|\.txt/);
    await b.screenshot(page, 'park-map-detail-runhai-zh');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // 2022: Runhai started production in 2023, so modules were not yet made here.
    await page.getByRole('slider', { name: '时间' }).fill('2022');
    await page.waitForURL(/asOf=2022/);
    await waitForStatus(page, 'pv.module', 'MISSING');
    expect(await page.getByTestId('year-value').innerText()).toContain('2022');
    await b.screenshot(page, 'park-map-zs-hitech-2022-zh');

    // Export the graph as PNG: a real download with a sensible name and content.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PNG' }).click()]);
    expect(download.suggestedFilename()).toBe('pv-zs-hitech-2022.png');
    const file = await download.path();
    expect(statSync(file).size).toBeGreaterThan(5000);
    await download.saveAs(path.join(artifactsDir, 'park-map-export-pv-zs-hitech-2022.png'));
    // The stage bands are in it: each band's top border colour in its third of the top rows.
    const bands = await bandColours(page, readFileSync(file));
    expect(bands.width).toBeGreaterThan(1000);
    expect(bands.found).toEqual({ upstream: true, midstream: true, downstream: true });

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('pv-zs-hitech-2022.svg');
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText).toContain('<svg');
    for (const stage of ['上游', '中游', '下游']) expect(svgText).toMatch(new RegExp(`<text[^>]*>${stage}</text>`));
    await svg.saveAs(path.join(artifactsDir, 'park-map-export-pv-zs-hitech-2022.svg'));
  });

  it('takes a region as the scope from the picker, and the URL reproduces it', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=chain&chain=pv&park=zs-hitech`);
    await signIn(page);
    const picker = page.getByTestId('scope-picker');
    // Enabled once the parks and regions have loaded.
    await page.locator('[data-testid="scope-picker"]:enabled').waitFor();
    expect(await picker.inputValue()).toBe('park:zs-hitech');
    // Regions holding the chain's parks, under their own heading in the same control.
    expect(await picker.locator('optgroup[label="地区"] option').allInnerTexts()).toEqual(expect.arrayContaining(['浙江省', expect.stringContaining('舟山市')]));
    await picker.selectOption('region:zj.zhoushan');
    await page.waitForURL((u) => u.searchParams.get('region') === 'zj.zhoushan' && !u.searchParams.has('park'));
    // Zhoushan city holds the high-tech park: its PV modules count.
    await waitForStatus(page, 'pv.module', 'PRESENT');
    await page.getByTestId('completeness').getByText(/完整度 \d+%/).waitFor();
    await b.screenshot(page, 'park-map-region-zhoushan-zh');

    // The link alone brings it back, in English.
    await page.goto(`${b.baseUrl()}?view=chain&chain=pv&region=zj.zhoushan&lang=en`);
    await page.locator('[data-testid="scope-picker"]:enabled').waitFor();
    expect(await page.getByTestId('scope-picker').inputValue()).toBe('region:zj.zhoushan');
    expect(await page.getByTestId('scope-picker').locator('option:checked').innerText()).toContain('Zhoushan (city)');
    await waitForStatus(page, 'pv.module', 'PRESENT');
    await b.screenshot(page, 'park-map-region-zhoushan-en');
  });

  it('shows the statuses to anonymous users too (public chainMap), in English, with a sign-in hint for parks', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=chain&chain=pv&park=zs-hitech&lang=en&node=pv.polysilicon`);
    await waitForStatus(page, 'pv.module', 'PRESENT');
    expect(await statusOf(page, 'pv.polysilicon')).toBe('MISSING');
    await page.getByText(/Sign in to choose a park/).waitFor();
    await page.getByTestId('completeness').getByText(/Completeness \d+%/).waitFor();
    // The detail panel falls back to the public segment record and offers sign-in.
    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: 'Polysilicon' }).waitFor();
    await panel.getByText('Sign in to see the full record').waitFor();
    await b.screenshot(page, 'park-map-anonymous-en');
  });
});
