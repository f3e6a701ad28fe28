// The park dashboard on the real server: key figures, projects by stage and a completeness card
// per chain with its trend, at desktop and phone sizes; a chain card opens that chain's sections.
import { describe, expect, it } from "vitest";
import { signInByToken } from "./a11y-helpers.js";
import { useBrowser } from "./browser.js";

const b = useBrowser();

describe("park dashboard", () => {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    it(`shows 舟山's key figures and chain cards at ${width}×${height}`, async () => {
      const page = await b.page(width, height);
      await signInByToken(page, b.baseUrl());
      await page.goto(`${b.baseUrl()}?view=park&park=zs-hitech`);
      const dash = page.getByTestId("park-dashboard");
      await dash.waitFor({ timeout: 90_000 });
      const figure = async (key: string) => Number((await dash.locator(`[data-figure="${key}"] dd`).innerText()).replace(/\D/g, ""));
      expect(await figure("enterprises")).toBeGreaterThan(0);
      expect(await figure("projects")).toBeGreaterThan(0);
      const pv = dash.getByRole("button", { name: /^光伏 \d+%/ });
      expect(await pv.getAttribute("title")).toBe("查看光伏");
      await pv.waitFor();
      expect(await pv.getByRole("img").getAttribute("aria-label")).toMatch(/^历年完整度：.*当前 \d+%$/);
      await dash.scrollIntoViewIfNeeded();
      await b.screenshot(page, `park-dashboard-${width}-zh`);
      // The dashboard itself never sticks out of a phone's width.
      const overflow = await dash.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);

      await pv.click();
      await page.waitForURL(/chain=pv/);
      expect(await pv.getAttribute("aria-pressed")).toBe("true");
      await page.getByRole("table", { name: "补链分析" }).waitFor({ timeout: 90_000 });
    });
  }
});
