// The staff task of issue 12, counted in clicks rather than seconds: from Home, reach a ranked
// candidate for one of 舟山's photovoltaic gaps with its reasons; and the same gap panel from
// the chain map itself (click a missing node), with its evidence and documents.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signInByToken } from "./a11y-helpers.js";
import { nodeOnPage, useBrowser } from "./browser.js";

const b = useBrowser();

/** Clicks, counted: the task's budget is three. */
function counter(page: Page) {
  let clicks = 0;
  return {
    async click(locator: ReturnType<Page["locator"]>) {
      clicks += 1;
      await locator.click();
    },
    get clicks() {
      return clicks;
    },
  };
}

describe("gap panel: why a segment is a gap and who could fill it", () => {
  it("reaches a ranked candidate of a 舟山 PV gap with its reasons within three clicks from Home", async () => {
    const page = await b.page(1440, 900);
    await signInByToken(page, b.baseUrl());
    await page.goto(`${b.baseUrl()}?view=home`);
    const user = counter(page);

    await user.click(page.getByRole("link", { name: "舟山高新技术产业园区", exact: true }));
    const pvChip = page.getByRole("button", { name: "光伏", exact: true });
    await pvChip.waitFor();
    // The park opens on its lead chain; if it is not photovoltaics, choosing it is one click.
    if ((await pvChip.getAttribute("aria-pressed")) !== "true") await user.click(pvChip);

    const gapTable = page.getByRole("table", { name: "补链分析" });
    await gapTable.waitFor({ timeout: 90_000 });
    const missingRow = gapTable.locator("tbody tr", { hasText: "缺失" }).first();
    await missingRow.waitFor();
    await user.click(missingRow.getByRole("button").first());

    const panel = page.getByTestId("gap-panel");
    await panel.waitFor({ timeout: 90_000 });
    const candidate = panel.getByTestId("target-candidate").first();
    await candidate.waitFor({ timeout: 90_000 });
    await b.screenshot(page, "gap-panel-staff-task-zh");

    expect(user.clicks).toBeLessThanOrEqual(3);
    expect(await panel.getAttribute("data-reason")).toBe("NO_LOCAL_FIRM");
    expect(await panel.innerText()).toContain("本园区没有这一环节的企业");
    // A candidate shows its score and the parts it sums, each worded.
    expect(await candidate.locator(".target-score").innerText()).toMatch(/\d/);
    const parts = await candidate.locator(".score-parts li .part-label").allInnerTexts();
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((text) => text.trim().length > 0)).toBe(true);
    // One more click reaches the whole target list of the park's chain, on the park page's targets tab.
    await panel.getByRole("button", { name: /查看全部招商目标/ }).click();
    await page.getByRole("heading", { name: "招商目标", exact: true }).waitFor({ timeout: 90_000 });
    expect(new URL(page.url()).searchParams.get("chain")).toBe("pv");
    expect(new URL(page.url()).searchParams.get("tab")).toBe("targets");
    expect(await page.getByRole("tab", { name: "招商目标" }).getAttribute("aria-selected")).toBe("true");
  });

  it("opens from a missing node on the chain map, in English, with the documents behind the gap", async () => {
    const page = await b.page(1440, 900);
    await signInByToken(page, b.baseUrl());
    await page.goto(`${b.baseUrl()}?view=chain&chain=pv&park=zs-hitech&lang=en`);
    const missing = page.getByTestId("segment-statuses").locator('[data-status="MISSING"]').first();
    await missing.waitFor({ state: "attached", timeout: 90_000 });
    const segmentId = (await missing.getAttribute("data-segment-id"))!;
    // Click the node on the canvas where Cytoscape drew it, as a user does.
    const at = await nodeOnPage(page, segmentId);
    await page.mouse.click(at.x, at.y);
    const panel = page.getByTestId("gap-panel");
    await panel.waitFor({ timeout: 90_000 });
    expect(await page.getByTestId("detail-panel").getAttribute("data-node-id")).toBe(segmentId);
    expect(await panel.innerText()).toContain("This park has no firm in this segment");
    expect(await panel.getByTestId("gap-sources").locator("li").count()).toBeGreaterThan(0);
    await panel.getByTestId("target-candidate").first().waitFor({ timeout: 90_000 });
    await b.screenshot(page, "gap-panel-chain-map-en");
  });
});
