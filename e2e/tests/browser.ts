// Debian's Chromium driven by playwright-core (no browser download), one per test file.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export const artifactsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "test-artifacts");

export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
  });
  afterAll(async () => browser?.close());
  return {
    baseUrl: () => inject("baseUrl"),
    async page(width = 1366, height = 768): Promise<Page> {
      const context = await browser.newContext({ viewport: { width, height }, locale: "zh-CN" });
      return context.newPage();
    },
    async screenshot(page: Page, name: string) {
      mkdirSync(artifactsDir, { recursive: true });
      await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
    },
  };
}

/** Signs in as the server's admin through the header's sign-in dialog, as a user would. */
export async function signIn(page: Page): Promise<void> {
  // Below 768 px the header's tools sit behind the menu button (client/src/app/responsive.css).
  const phone = (page.viewportSize()?.width ?? 1440) < 768;
  if (phone)
    await page
      .getByRole("banner")
      .getByRole("button", { name: /^(☰ )?(菜单|Menu)$/ })
      .click();
  await page
    .getByRole("banner")
    .getByRole("button", { name: /^(登录|Sign in)$/ })
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(/用户名|Username/).fill("admin");
  await dialog.getByLabel(/密码|Password/).fill(inject("adminPassword"));
  await dialog.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
  // On a phone the menu folds again once signed in: the user's name is there, but hidden.
  await page
    .getByRole("group", { name: /当前用户|Signed in as/, includeHidden: phone })
    .getByText("admin")
    .waitFor({ state: phone ? "attached" : "visible" });
}

/** Where Cytoscape drew a node, in page coordinates (its instance hangs on the container). */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const host = Array.from(document.querySelectorAll('[data-testid="chain-map"], [data-testid="chain-map"] *')).find(
      (el) => (el as unknown as { _cyreg?: { cy?: unknown } })._cyreg?.cy,
    ) as unknown as HTMLElement & { _cyreg: { cy: { $id(id: string): { renderedPosition(): { x: number; y: number } } } } };
    const box = host.getBoundingClientRect();
    const p = host._cyreg.cy.$id(nodeId).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}
