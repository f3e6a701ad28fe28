import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';

const b = useBrowser();

describe('chain map in a real browser on the real server', () => {
  it('lists the chains in Chinese and draws the photovoltaic chain', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?chain=pv`);
    const list = page.getByRole('navigation', { name: '产业链列表' });
    await list.getByRole('button', { name: /光伏/ }).waitFor();
    for (const name of ['半导体', '膜材料', '压铸模具']) {
      expect(await list.getByRole('button', { name: new RegExp(name) }).count(), name).toBe(1);
    }
    const map = page.getByTestId('chain-map');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="chain-map"]')?.getAttribute('data-node-count')) > 0);
    expect(Number(await map.getAttribute('data-node-count'))).toBeGreaterThanOrEqual(20);
    expect(await map.getAttribute('aria-label')).toContain('光伏');
    // Cytoscape draws on canvases inside the container.
    expect(await map.locator('canvas').count()).toBeGreaterThan(0);
    await b.screenshot(page, 'chain-map-pv-zh');
  });

  it('switches to English and keeps the language and chain in the URL', async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?chain=film`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Industrial chain list' }).waitFor();
    expect(page.url()).toMatch(/lang=en/);
    expect(page.url()).toMatch(/chain=film/);
    expect(await page.getByRole('button', { name: /Membranes and films/ }).count()).toBe(1);
    expect(await page.getByTestId('chain-map').getAttribute('aria-label')).toContain('Membranes and films');
    await b.screenshot(page, 'chain-map-film-en');
  });

  it('fits its container again when the window resizes, until the user zooms', async () => {
    const page = await b.page();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${b.baseUrl()}?chain=pv`);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="chain-map"]')?.getAttribute('data-node-count')) > 0);
    // The stage bands' plane carries the viewport as a CSS transform: its scale is the zoom.
    const zoom = () =>
      page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.chain-lanes > div')!).transform).a);
    const small = await zoom();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(zoom).toBeGreaterThan(small * 1.1);
    const large = await zoom();
    // A wheel zoom is the user's view: a resize keeps it.
    const box = (await page.getByTestId('chain-map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(zoom).not.toBe(large);
    const chosen = await zoom();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForTimeout(300);
    expect(await zoom()).toBeCloseTo(chosen, 5);
  });

  it('shows a clear message, not a blank page, when the API cannot be reached', async () => {
    const page = await b.page();
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(b.baseUrl());
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).length).toBeGreaterThan(4);
    expect(await page.getByRole('button', { name: /重试/ }).count()).toBe(1);
    await b.screenshot(page, 'api-unreachable-zh');
  });
});
