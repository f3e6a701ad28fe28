// Accessibility audit of every view on the real server: axe-core (serious/critical fail),
// no sideways scrolling at 1366×768, screenshots at 1366×768 and 1920×1080, and keyboard use.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, horizontalOverflow, signInByToken, type Violation } from './a11y-helpers.js';
import { useBrowser } from './browser.js';

const b = useBrowser();

// Cytoscape draws nodes on <canvas>; axe cannot read a canvas, and its container's children
// are Cytoscape's own layers. The text twins (segment status list, explore node list,
// analyst table) carry the same content and ARE audited.
const CANVASES = ['[data-testid="chain-map"] canvas', '[data-testid="explore-canvas"] canvas', '[data-testid="analyst-graph"] canvas'];

interface ViewCase {
  name: string;
  url: string;
  signedIn: boolean;
  ready: (page: Page) => Promise<unknown>;
  /** Extra state to audit after the view is ready (opened dialogs, tabs). */
  then?: (page: Page) => Promise<unknown>;
}

const mapReady = (page: Page) =>
  page.waitForFunction(() => Number(document.querySelector('[data-testid="chain-map"]')?.getAttribute('data-node-count')) > 0);

const views: ViewCase[] = [
  { name: 'home-anonymous-zh', url: '?view=home', signedIn: false, ready: (p) => p.getByRole('region', { name: '产业链' }).getByRole('link').first().waitFor() },
  { name: 'home-zh', url: '?view=home', signedIn: true, ready: (p) => p.getByRole('region', { name: '园区' }).getByRole('table').waitFor() },
  { name: 'chain-zh', url: '?chain=pv', signedIn: false, ready: mapReady },
  {
    name: 'chain-park-zh',
    url: '?view=chain&chain=pv&park=zs-hitech&asOf=2023',
    signedIn: true,
    ready: async (p) => {
      await mapReady(p);
      await p.getByRole('slider', { name: '时间' }).waitFor();
      await p.getByTestId('segment-statuses').locator('[data-status="PRESENT"]').first().waitFor({ state: 'attached' });
    },
  },
  { name: 'chain-region-en', url: '?view=chain&chain=pv&region=zj.zhoushan&lang=en', signedIn: true, ready: mapReady },
  {
    name: 'chain-detail-zh',
    url: '?view=chain&chain=pv&park=zs-hitech&node=e.runhai',
    signedIn: true,
    ready: (p) => p.getByTestId('detail-panel').getByTestId('detail-sources').getByText(/舟山高新技术产业园区2023年高质量发展综述/).waitFor(),
  },
  // The park page's four tabs, two per page load: gaps then targets, five lists (from the URL) then review.
  {
    name: 'park-zh',
    url: '?view=park&park=ls-etdz&chain=semi',
    signedIn: true,
    ready: (p) => p.getByRole('table', { name: '补链分析' }).waitFor(),
    then: async (p) => {
      await p.getByRole('tab', { name: '招商目标' }).click();
      await p.getByRole('heading', { name: '招商目标', exact: true }).waitFor();
    },
  },
  {
    name: 'park-en',
    url: '?view=park&park=ls-etdz&chain=semi&tab=lists&lang=en',
    signedIn: true,
    ready: (p) => p.getByRole('heading', { name: 'Five lists', exact: true }).waitFor(),
    then: async (p) => {
      await p.getByRole('tab', { name: 'Project review' }).click();
      await p.getByRole('heading', { name: 'Project review', exact: true }).waitFor();
    },
  },
  { name: 'compare-zh', url: '?view=compare&chain=pv&parks=zs-hitech,sy-etdz', signedIn: true, ready: (p) => p.getByRole('table').first().waitFor() },
  {
    name: 'analyst-saved-zh',
    url: '?view=analyst',
    signedIn: true,
    ready: async (p) => {
      await p.getByRole('navigation', { name: '已保存的查询列表' }).getByRole('button', { name: '产业链完整度最高的园区' }).click();
      await p.getByRole('button', { name: '运行', exact: true }).first().click();
      await p.getByRole('table').getByText('舟山高新技术产业园区').first().waitFor();
    },
  },
  {
    name: 'analyst-cypher-zh',
    url: '?view=analyst',
    signedIn: true,
    ready: async (p) => {
      await p.getByRole('tab', { name: 'Cypher 查询（只读）' }).click();
      await p.getByTestId('cypher-input').waitFor();
    },
  },
  {
    name: 'explore-zh',
    url: '?view=explore&node=e.runhai',
    signedIn: true,
    ready: (p) => p.getByTestId('explore-node-list').locator('li[data-node-id="zs-hitech"]').waitFor(),
  },
  {
    name: 'explore-en',
    url: '?view=explore&node=e.runhai&lang=en',
    signedIn: true,
    ready: (p) => p.getByTestId('explore-node-list').locator('li[data-node-id="zs-hitech"]').waitFor(),
  },
  {
    name: 'search-open-zh',
    url: '?chain=pv',
    signedIn: true,
    ready: async (p) => {
      await mapReady(p);
      await p.locator('body').click({ position: { x: 5, y: 700 } });
      await p.keyboard.press('/');
      await p.getByRole('combobox', { name: '全局搜索' }).fill('宏发');
      await p.getByRole('listbox', { name: '搜索结果' }).getByRole('option').first().waitFor();
    },
  },
  {
    name: 'sign-in-dialog-zh',
    url: '?view=home',
    signedIn: false,
    ready: async (p) => {
      await p.getByRole('banner').getByRole('button', { name: '登录', exact: true }).click();
      await p.getByRole('dialog').getByLabel('用户名').waitFor();
    },
  },
];

describe('accessibility and layout of every view', () => {
  for (const view of views) {
    it(`${view.name}: no serious axe violations, no sideways scrolling at 1366×768 or 1920×1080`, async () => {
      const problems: Violation[] = [];
      const overflows: string[] = [];
      // A fresh page per size, as a user would open it (a resized page keeps the first size's graph fit).
      for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
        const page = await b.page(width, height);
        if (view.signedIn) await signInByToken(page, b.baseUrl());
        await page.goto(`${b.baseUrl()}${view.url}`);
        await view.ready(page);
        await page.waitForTimeout(300); // let transitions settle before judging contrast
        await b.screenshot(page, `a11y-${view.name}-${width}`);
        problems.push(...(await axeViolations(page, `${view.name}@${width}`, CANVASES)));
        const overflow = await horizontalOverflow(page);
        if (overflow.scrollWidth > overflow.innerWidth) overflows.push(`${width}: scrollWidth ${overflow.scrollWidth} > ${overflow.innerWidth}: ${overflow.widest.join(', ')}`);
        if (view.then) {
          // The second state of the same page (another tab), audited the same way.
          await view.then(page);
          await page.waitForTimeout(300);
          await b.screenshot(page, `a11y-${view.name}-then-${width}`);
          problems.push(...(await axeViolations(page, `${view.name}+then@${width}`, CANVASES)));
          const after = await horizontalOverflow(page);
          if (after.scrollWidth > after.innerWidth) overflows.push(`${width} then: scrollWidth ${after.scrollWidth} > ${after.innerWidth}: ${after.widest.join(', ')}`);
        }
        await page.context().close();
      }
      expect(problems, describeViolations(problems)).toEqual([]);
      expect(overflows, `${view.name} scrolls sideways`).toEqual([]);
    });
  }
});

/** What has the focus, and whether the user can see it (an outline or a focus shadow). */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', tag: 'body', type: '', visible: false, testid: '' };
    const style = getComputedStyle(el);
    let outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    // A ring drawn outside the element is invisible where an ancestor hides its overflow.
    const ring = outline ? parseFloat(style.outlineWidth) + (parseFloat(style.outlineOffset) || 0) : 0;
    if (ring > 0) {
      const r = el.getBoundingClientRect();
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const as = getComputedStyle(a);
        // Only hidden/clip: a scrolling ancestor scrolls the ring into view instead.
        if (!/hidden|clip/.test(as.overflowX + as.overflowY)) continue;
        const ar = a.getBoundingClientRect();
        const inside = r.left - ring >= ar.left - 0.5 && r.right + ring <= ar.right + 0.5 && r.top - ring >= ar.top - 0.5 && r.bottom + ring <= ar.bottom + 0.5;
        if (!inside) outline = false;
        break;
      }
    }
    const shadow = style.boxShadow !== 'none';
    const name = el.getAttribute('aria-label') || (el as HTMLInputElement).placeholder || el.textContent?.trim() || '';
    return { name: name.slice(0, 40), type: el.getAttribute('type') ?? '', tag: el.tagName.toLowerCase(), visible: outline || shadow, testid: el.closest('[data-testid]')?.getAttribute('data-testid') ?? '' };
  });
}

/** Presses Tab until the focus lands on an element matching `want`; every stop on the way must show its focus. */
async function tabTo(page: Page, want: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    path.push(`${f.tag}:${f.name}`);
    if (f.tag === 'body') continue; // past the last control: the browser's own UI, then round again
    expect(f.visible, `no visible focus on ${f.tag} "${f.name}" (path: ${path.join(' → ')})`).toBe(true);
    if (want(f)) return path;
  }
  throw new Error(`never reached the wanted element; tabbed through: ${path.join(' → ')}`);
}

describe('keyboard use', () => {
  it('tabs through the header with visible focus: nav, search by its shortcut, language, sign-in', async () => {
    const page = await b.page(1366, 768);
    await page.goto(`${b.baseUrl()}?chain=pv`);
    await mapReady(page);
    // Start the Tab sequence at the top, as after a fresh load (a click on the non-focusable title).
    await page.getByRole('banner').getByRole('heading').click();

    const nav = await tabTo(page, (f) => f.name === '关系探索');
    for (const item of ['首页', '产业链图', '园区', '对比', '分析']) expect(nav.some((s) => s.endsWith(`:${item}`)), item).toBe(true);
    // Anonymous: the search box is a button that asks to sign in (search needs a session).
    await tabTo(page, (f) => f.name.includes('搜索'));
    await tabTo(page, (f) => f.name === '登录');
    await tabTo(page, (f) => f.name === 'English');
    await b.screenshot(page, 'a11y-keyboard-header-zh');

    // The search shortcut from anywhere outside a field.
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('/');
    expect((await focused(page)).name).toContain('搜索');
    await page.keyboard.press('Escape');

    // Language switch by keyboard, then the sign-in dialog opens and takes the focus.
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/lang=en/);
    await page.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const inDialog = await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'));
    expect(inDialog, 'focus moves into the sign-in dialog').toBe(true);
    await b.screenshot(page, 'a11y-keyboard-sign-in-en');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('reaches a park map’s controls, opens a segment’s details from the status list and Escape returns the focus', async () => {
    const page = await b.page(1366, 768);
    await signInByToken(page, b.baseUrl());
    await page.goto(`${b.baseUrl()}?view=chain&chain=pv&park=zs-hitech`);
    await mapReady(page);
    await page.getByTestId('segment-statuses').locator('[data-status="PRESENT"]').first().waitFor({ state: 'attached' });

    await page.getByRole('navigation', { name: '产业链列表' }).getByRole('button', { name: /光伏/ }).focus();
    await tabTo(page, (f) => f.testid === 'scope-picker');
    await tabTo(page, (f) => f.type === 'range');
    const slider = page.getByRole('slider', { name: '时间' });
    const before = await slider.inputValue();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slider.inputValue()).not.toBe(before);
    await tabTo(page, (f) => f.name === '导出 PNG');

    // The status list (the map's text twin): open it, tab to a segment and open its details.
    await tabTo(page, (f) => f.tag === 'summary');
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.testid === 'segment-statuses' && f.name.includes('光伏组件'), 60);
    const opener = await page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.keyboard.press('Enter');
    await page.waitForURL(/node=pv\.module/);
    const panel = page.getByTestId('detail-panel');
    await panel.waitFor();
    expect((await focused(page)).testid, 'the panel takes the focus').toBe('detail-panel');
    await b.screenshot(page, 'a11y-keyboard-detail-open-zh');

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'focus returns to the segment').toBe(opener);
    expect((await focused(page)).visible).toBe(true);
    await b.screenshot(page, 'a11y-keyboard-detail-closed-zh');
    await page.context().close();
  });
});
