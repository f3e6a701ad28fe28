// Every screen at phone (390×844) size in Chinese and English, and at desktop (1440×900) size in
// English (Chinese: see \`sizes\`): the page never scrolls sideways; on a phone the navigation folds behind a menu button and the detail
// panel rises as a bottom sheet when a chain-map segment is tapped.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { horizontalOverflow, signInByToken } from "./a11y-helpers.js";
import { nodeOnPage, signIn, useBrowser } from "./browser.js";

const b = useBrowser();

const mapReady = (page: Page) =>
  page.waitForFunction(() => Number(document.querySelector('[data-testid="chain-map"]')?.getAttribute("data-node-count")) > 0, undefined, {
    timeout: 90_000,
  });

const routes: { name: string; url: string; ready: (page: Page) => Promise<unknown>; tabs?: number }[] = [
  { name: "home", url: "?view=home", ready: (p) => p.getByRole("table").first().waitFor({ timeout: 90_000 }) },
  { name: "chain", url: "?view=chain&chain=pv&park=zs-hitech", ready: mapReady },
  // The park page opens on its gaps tab; its other three tabs are measured too (tabs: 4).
  {
    name: "park",
    url: "?view=park&park=zs-hitech&chain=pv",
    ready: async (p) => {
      await p.getByTestId("park-dashboard").waitFor({ timeout: 90_000 });
      await p.locator("#park-panel-gaps table").waitFor({ timeout: 90_000 });
    },
    tabs: 4,
  },
  {
    name: "region",
    url: "region?region=zj.ningbo&chain=film",
    ready: (p) => p.locator(".region-tile").first().waitFor({ timeout: 90_000 }),
  },
  {
    name: "compare",
    url: "?view=compare&chain=pv&parks=zs-hitech,sy-etdz",
    ready: (p) => p.getByRole("table").first().waitFor({ timeout: 90_000 }),
  },
  { name: "analyst", url: "?view=analyst", ready: (p) => p.getByRole("tablist").first().waitFor({ timeout: 90_000 }) },
  { name: "explore", url: "?view=explore&node=e.runhai", ready: (p) => p.getByTestId("explore-canvas").waitFor({ timeout: 90_000 }) },
  { name: "embed", url: "?view=embed&chain=pv&park=zs-hitech", ready: (p) => p.getByRole("main").waitFor({ timeout: 90_000 }) },
];

// The desktop size in Chinese only for the screens accessibility.test.ts does not open: it
// already measures every other screen in Chinese at 1366 and 1920 px (and each route here costs
// CI a few seconds). English, whose labels run longer, is measured on every screen.
const auditedElsewhere = new Set(["home", "chain", "park", "compare", "analyst", "explore"]);
const sizes = [
  { width: 390, height: 844, lang: "zh", routes },
  { width: 390, height: 844, lang: "en", routes },
  { width: 1440, height: 900, lang: "en", routes },
  { width: 1440, height: 900, lang: "zh", routes: routes.filter((r) => !auditedElsewhere.has(r.name)) },
] as const;

describe("every screen fits the window", () => {
  for (const { width, height, lang, routes } of sizes) {
    it(`no sideways scrolling at ${width}×${height} in ${lang} (${routes.map((r) => r.name).join(", ")})`, async () => {
      const page = await b.page(width, height);
      await signInByToken(page, b.baseUrl());
      const failures: string[] = [];
      for (const route of routes) {
        await page.goto(`${b.baseUrl()}${route.url}${lang === "en" ? "&lang=en" : ""}`);
        await route.ready(page);
        // Let late content (charts, lazy sections) settle before measuring.
        await page.waitForTimeout(500);
        await b.screenshot(page, `responsive-${route.name}-${width}-${lang}`);
        const o = await horizontalOverflow(page);
        if (o.scrollWidth > o.innerWidth) failures.push(`${route.name}: ${o.scrollWidth} > ${o.innerWidth} (${o.widest.join(", ")})`);
        for (let i = 1; i < (route.tabs ?? 0); i++) {
          const tab = page.getByRole("tab").nth(i);
          await tab.click();
          const panel = page.locator(`#${await tab.getAttribute("aria-controls")}`);
          await panel.locator(".park-section").first().waitFor({ timeout: 90_000 });
          await page.waitForTimeout(300);
          await b.screenshot(page, `responsive-${route.name}-tab${i}-${width}-${lang}`);
          const t = await horizontalOverflow(page);
          if (t.scrollWidth > t.innerWidth)
            failures.push(`${route.name} tab ${i}: ${t.scrollWidth} > ${t.innerWidth} (${t.widest.join(", ")})`);
        }
      }
      expect(failures).toEqual([]);
    }, 600_000);
  }
});

describe("phone layout", () => {
  it("the menu button shows and hides the navigation, by click and by Escape", async () => {
    const page = await b.page(390, 844);
    await signInByToken(page, b.baseUrl());
    await page.goto(`${b.baseUrl()}?view=home`);
    const menu = page.getByRole("button", { name: "菜单" });
    await menu.waitFor({ timeout: 90_000 });
    const nav = page.getByRole("navigation", { name: "主导航" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await nav.isVisible()).toBe(false);

    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await nav.waitFor({ state: "visible" });
    await b.screenshot(page, "responsive-menu-open-390-zh");
    await page.keyboard.press("Escape");
    await nav.waitFor({ state: "hidden" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    // Focus goes back to the button, so a keyboard user is not lost.
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

    // By keyboard: Enter opens it; choosing a screen goes there and folds the menu.
    await page.keyboard.press("Enter");
    await nav.getByRole("button", { name: "产业链图" }).click();
    await page.waitForURL(/view=chain|\/chain/);
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await nav.isVisible()).toBe(false);
  }, 300_000);

  it("signing in from the menu folds it again, so the chain map starts in view", async () => {
    const page = await b.page(390, 844);
    await page.goto(`${b.baseUrl()}?view=chain&chain=pv&park=zs-hitech`);
    await mapReady(page);
    // The helper opens the menu, signs in through its dialog and waits for the user's name.
    await signIn(page);
    const menu = page.getByRole("button", { name: "菜单" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("navigation", { name: "主导航" }).isVisible()).toBe(false);
    const map = await page.getByTestId("chain-map").boundingBox();
    // Under the header, the chain select, the chain's summary and its tools, with at least 300 px
    // of it in the first screen (with the menu still open it started below the screen's bottom).
    expect(map!.y).toBeLessThan(844 - 300);
    await page.getByTestId("segment-statuses").waitFor({ state: "attached" });
    // The chain's tools keep their labels on one line (时间 used to break after its first character).
    for (const label of ["范围", "时间"]) {
      const box = await page.locator(".chain-map-panel, main").getByText(label, { exact: true }).first().boundingBox();
      expect(box!.height, label).toBeLessThan(30);
    }
    await b.screenshot(page, "responsive-signed-in-from-menu-390-zh");
    // The user menu is one tap away again.
    await menu.click();
    await page.getByRole("group", { name: "当前用户" }).getByText("admin").waitFor();
  }, 300_000);

  it("a tapped chain-map segment opens the detail panel as a bottom sheet", async () => {
    const page = await b.page(390, 844);
    await signInByToken(page, b.baseUrl());
    await page.goto(`${b.baseUrl()}?view=chain&chain=pv&park=zs-hitech`);
    await mapReady(page);
    const map = await page.getByTestId("chain-map").boundingBox();
    // The map takes the phone's width (less the page padding), not a strip beside the chain list,
    // and at least half its height: the chains are one select above it, not a long list.
    expect(map!.width).toBeGreaterThanOrEqual(340);
    expect(map!.height).toBeGreaterThanOrEqual(844 * 0.5);
    expect(await page.getByRole("combobox", { name: "产业链", exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole("navigation", { name: "产业链列表" }).getByRole("button").first().isVisible()).toBe(false);
    const segment = page.getByTestId("segment-statuses").locator("[data-segment-id]").first();
    await segment.waitFor({ state: "attached", timeout: 90_000 });
    const at = await nodeOnPage(page, (await segment.getAttribute("data-segment-id"))!);
    await page.mouse.click(at.x, at.y);
    const panel = page.getByTestId("detail-panel");
    await panel.waitFor({ timeout: 90_000 });
    const box = (await panel.boundingBox())!;
    // A sheet: full width, anchored to the bottom, leaving the upper part of the map visible.
    expect(box.x).toBeLessThanOrEqual(1);
    expect(box.width).toBeGreaterThanOrEqual(390 - 2);
    expect(Math.abs(box.y + box.height - 844)).toBeLessThanOrEqual(2);
    // At most half the screen (it scrolls inside), so the map's upper half stays in view.
    expect(box.height).toBeLessThanOrEqual(844 * 0.5 + 1);
    expect(box.y).toBeGreaterThanOrEqual(844 * 0.5 - 1);
    await b.screenshot(page, "responsive-bottom-sheet-390-zh");
  }, 300_000);
});
