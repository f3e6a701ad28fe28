// The gap-first palette on the real server: 舟山's PV map draws its missing segments with the
// gap style (read from Cytoscape, not from pixels), at desktop and phone sizes.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, useBrowser } from './browser.js';

const b = useBrowser();

/** Cytoscape keeps its instance on the container (`_cyreg`): read node styles without a hook. */
function nodeStyles(page: Page) {
  return page.evaluate(() => {
    const host = Array.from(document.querySelectorAll('[data-testid="chain-map"], [data-testid="chain-map"] *')).find(
      (el) => (el as unknown as { _cyreg?: { cy?: unknown } })._cyreg?.cy,
    ) as unknown as { _cyreg: { cy: { nodes(sel: string): { map<T>(f: (n: { id(): string; style(p: string): string; data(k: string): unknown }) => T): T[] } } } };
    return host._cyreg.cy.nodes('.segment').map((n) => ({
      id: n.id(),
      status: n.data('status') as string | undefined,
      border: n.style('border-color'),
      borderStyle: n.style('border-style'),
      borderWidth: parseFloat(n.style('border-width')),
      label: String(n.data('label')),
    }));
  });
}

describe('gap-first palette on 舟山’s PV map', () => {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    it(`draws missing segments solid red with a × at ${width}×${height}`, async () => {
      const page = await b.page(width, height);
      await page.goto(`${b.baseUrl()}?view=chain&chain=pv&park=zs-hitech`);
      await page.getByTestId('chain-map').waitFor();
      await signIn(page);
      await page.getByTestId('segment-statuses').locator('[data-segment-id="pv.polysilicon"][data-status="MISSING"]').waitFor({ state: 'attached' });
      const nodes = await nodeStyles(page);
      const missing = nodes.filter((n) => n.status === 'MISSING');
      const present = nodes.filter((n) => n.status === 'PRESENT');
      expect(missing.length).toBeGreaterThan(0);
      expect(present.length).toBeGreaterThan(0);
      for (const n of missing) {
        expect(n.border).toBe('rgb(200,30,30)');
        expect(n.borderStyle).toBe('solid');
        expect(n.label.startsWith('×')).toBe(true);
        expect(n.borderWidth).toBeGreaterThan(present[0]!.borderWidth);
      }
      // Present nodes are green whatever their stage (stage is told by lane).
      expect(new Set(present.map((n) => n.border))).toEqual(new Set(['rgb(27,127,59)']));
      await b.screenshot(page, `gap-style-zs-hitech-pv-${width}x${height}`);
    });
  }
});
