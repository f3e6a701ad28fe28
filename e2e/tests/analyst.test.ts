import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signInByToken } from "./a11y-helpers.js";
import { useBrowser } from "./browser.js";

const b = useBrowser();

/** Signs in as admin through the API and hands the session token to the page (admin ≥ analyst). */
async function signedInPage(): Promise<Page> {
  const page = await b.page();
  await signInByToken(page, b.baseUrl());
  return page;
}

describe("analyst console in a real browser on the real server", () => {
  it("runs a saved query with its default parameters", async () => {
    const page = await signedInPage();
    await page.goto(`${b.baseUrl()}?view=analyst`);
    const list = page.getByRole("navigation", { name: "已保存的查询列表" });
    await list.getByRole("button", { name: "产业链完整度最高的园区" }).click();
    expect(await page.getByLabel(/chainId/).inputValue()).toBe("pv");
    // Ids are picked by name (`@chain` in the query's header), not typed.
    await page
      .getByLabel(/chainId/)
      .locator("option", { hasText: "半导体" })
      .waitFor({ state: "attached" });
    await page.getByRole("button", { name: "运行", exact: true }).first().click();
    const table = page.getByRole("table");
    await table.getByText("舟山高新技术产业园区").first().waitFor();
    await page.getByTestId("analyst-row-info").scrollIntoViewIfNeeded();
    await b.screenshot(page, "analyst-saved-query-zh");

    // A query that returns nodes and links can be drawn: the 图 tab.
    await list.getByRole("button", { name: "某环节的企业分布" }).click();
    await page.getByRole("button", { name: "运行", exact: true }).first().click();
    await page.getByRole("tab", { name: "图" }).click();
    const graph = page.getByTestId("analyst-graph");
    await graph.locator("canvas").first().waitFor();
    expect(Number(await graph.getAttribute("data-node-count"))).toBeGreaterThan(0);
    await graph.scrollIntoViewIfNeeded();
    await b.screenshot(page, "analyst-saved-query-graph-zh");
  });

  it("runs ad-hoc Cypher with Ctrl+Enter and refuses a write query in words", async () => {
    const page = await signedInPage();
    await page.goto(`${b.baseUrl()}?view=analyst`);
    await page.getByRole("tab", { name: "Cypher 查询（只读）" }).click();
    const editor = page.getByTestId("cypher-input");
    await editor.click();
    await page.keyboard.type("MATCH (e:Enterprise) RETURN e.name LIMIT 5");
    await page.keyboard.press("Escape"); // close the completion list, if open
    await page.keyboard.press("Control+Enter");
    const cypher = page.getByRole("region", { name: "Cypher 查询（只读）" });
    await cypher.getByText("5 行", { exact: false }).waitFor();
    expect(await cypher.getByRole("table").locator("tbody tr").count()).toBe(5);
    expect(await cypher.getByRole("columnheader").first().textContent()).toContain("e.name");
    await b.screenshot(page, "analyst-cypher-rows-zh");

    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("CREATE (n:X) RETURN n");
    await page.keyboard.press("Escape");
    await cypher.getByRole("button", { name: "运行", exact: true }).click();
    const alert = cypher.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("查询被拒绝：只允许只读查询");
    await b.screenshot(page, "analyst-cypher-refused-zh");
  });

  it("asks anonymous users to sign in", async () => {
    const page = await b.page();
    await page.goto(`${b.baseUrl()}?view=analyst&lang=en`);
    await page.getByText("Please sign in to use the analyst console.").waitFor();
    await b.screenshot(page, "analyst-anonymous-en");
    await page.getByRole("tab", { name: "Cypher query (read-only)" }).click();
    expect(await page.getByText(/needs you to sign in as an analyst/).count()).toBe(1);
  });
});
