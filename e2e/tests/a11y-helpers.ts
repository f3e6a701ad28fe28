// axe-core injected from the local npm package (no CDN), a signed-in page without the dialog,
// and the layout checks shared by the accessibility audit.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface Violation {
  view: string;
  rule: string;
  impact: string;
  targets: string[];
  help: string;
}

/**
 * Runs axe on the page and returns serious/critical violations.
 * `exclude` takes CSS selectors of regions axe cannot judge (documented at the call site).
 */
export async function axeViolations(page: Page, view: string, exclude: string[] = []): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, not as a <script> tag: the app's CSP (script-src
  // 'self') rightly refuses inline scripts, and the audit must see the page with its real CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async (excluded) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const context = excluded.length ? { include: [['body']], exclude: excluded.map((s) => [s]) } : document;
    const r = await axe.run(context, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, exclude);
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ view, rule: v.id, impact: v.impact, targets: v.targets.slice(0, 6), help: v.help }));
}

export function describeViolations(list: Violation[]): string {
  return list.map((v) => `[${v.view}] ${v.rule} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
}

/** Signs in as admin through the API and hands the session token to the page before it loads. */
export async function signInByToken(page: Page, baseUrl: string): Promise<void> {
  const response = await page.request.post(new URL('/graphql', baseUrl).href, {
    data: {
      query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
      variables: { u: 'admin', p: inject('adminPassword') },
    },
  });
  const body = (await response.json()) as { data: { signIn: { token: string } } };
  await page.addInitScript((t) => sessionStorage.setItem('chain-graph.session', t), body.data.signIn.token);
}

/** Horizontal overflow of the document: a page wider than the window makes users scroll sideways. */
export function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    // Name the elements that stick out, so a failure says where to look.
    const widest = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, widest };
  });
}
