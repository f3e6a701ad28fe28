// Every view's state in the URL (issue 11 / 12 item 7): a state set in the page survives a
// reload; toggles and choices show in the address bar; links of before the router redirect.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signInByToken } from "./a11y-helpers.js";
import { useBrowser } from "./browser.js";

const b = useBrowser();

/** A page signed in as admin through the API (the token handed over as an older tab kept it). */
async function signedInPage(): Promise<Page> {
  const page = await b.page();
  await signInByToken(page, b.baseUrl());
  return page;
}

const url = (page: Page) => new URL(page.url());
const param = (page: Page, name: string) => url(page).searchParams.get(name);

/** Reloads and checks the address is unchanged, then waits for `ready` to show the state again. */
async function reloadSame(page: Page, ready: () => Promise<unknown>) {
  const before = page.url();
  await page.reload();
  await ready();
  expect(page.url()).toBe(before);
}

describe("view state in the URL", () => {
  it("old ?view= links redirect to their route with the same state", async () => {
    const page = await signedInPage();
    await page.goto(`${b.baseUrl()}?view=park&park=ls-etdz&chain=semi&lang=en`);
    await page.waitForURL(/\/park\?/);
    expect(url(page).pathname).toBe("/park");
    expect(Object.fromEntries(url(page).searchParams)).toEqual({ lang: "en", park: "ls-etdz", chain: "semi" });
    await page.getByRole("table").first().waitFor();
    // Back does not bounce through the old address.
    await page.goto(`${b.baseUrl()}?chain=pv`);
    await page.waitForURL(/\/chain\?chain=pv$/);
    await page.goBack();
    await page.waitForURL(/\/park\?/);
  });

  it("chain map: scope, date, selected segment and the two toggles survive a reload", async () => {
    const page = await signedInPage();
    await page.goto(`${b.baseUrl()}chain?chain=pv&park=zs-hitech&asOf=2023&node=pv.polysilicon`);
    const firms = page.getByRole("checkbox", { name: "显示企业" });
    const projects = page.getByRole("checkbox", { name: "显示项目" });
    await firms.check();
    await page.waitForURL(/firms=1/);
    await projects.check();
    await page.waitForURL(/projects=1/);
    await reloadSame(page, () => page.getByTestId("detail-panel").waitFor());
    expect(await firms.isChecked()).toBe(true);
    expect(await projects.isChecked()).toBe(true);
    expect(await page.getByTestId("detail-panel").getAttribute("data-node-id")).toBe("pv.polysilicon");
    expect([param(page, "chain"), param(page, "park"), param(page, "asOf")]).toEqual(["pv", "zs-hitech", "2023"]);
    await firms.uncheck();
    await expect.poll(() => param(page, "firms")).toBeNull();
  });

  it("park, compare, explore, home and the embed builder reload to the same screen", async () => {
    const page = await signedInPage();
    // The park page: the tab chosen below the key figures is in the address and survives a reload.
    await page.goto(`${b.baseUrl()}park?park=ls-etdz&chain=semi`);
    await page.getByRole("table", { name: "补链分析" }).waitFor();
    await page.getByRole("tab", { name: "五张清单" }).click();
    await page.waitForURL(/tab=lists/);
    const lists = () => page.getByRole("heading", { name: "五张清单", exact: true }).waitFor();
    await reloadSame(page, lists);
    expect(`${url(page).pathname}${url(page).search}`).toBe("/park?park=ls-etdz&chain=semi&tab=lists");
    expect(await page.getByRole("tab", { name: "五张清单" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.getByRole("table", { name: "补链分析" }).count()).toBe(0);

    const views: [string, () => Promise<unknown>][] = [
      ["home?lang=en", () => page.getByRole("heading", { name: "Chains and parks at a glance" }).waitFor()],
      ["compare?chain=pv&parks=zs-hitech,sy-etdz", () => page.getByRole("table").first().waitFor()],
      ["explore?node=e.runhai&layout=circle", () => page.getByTestId("explore-node-list").waitFor()],
      ["embed-builder?chain=pv&park=zs-hitech", () => page.getByRole("textbox", { name: "嵌入代码" }).waitFor()],
    ];
    for (const [path, ready] of views) {
      await page.goto(`${b.baseUrl()}${path}`);
      await ready();
      await reloadSame(page, ready);
      expect(`${url(page).pathname.slice(1)}${decodeURIComponent(url(page).search)}`, path).toBe(path);
    }
  });

  it("region view: drills province → city → a park tile onto the park page; each level and the chain survive a reload", async () => {
    const page = await signedInPage();
    await page.goto(`${b.baseUrl()}region`);
    // A tile's accessible name starts with its name then its level (园区 for a park), so 宁波高新区 is not 宁波高新区海曙分园.
    const tile = (section: string, name: string, level: string) =>
      page.getByRole("region", { name: section }).getByRole("link", { name: new RegExp(`^${name}\\s*${level}`) });
    const current = () => page.getByRole("navigation", { name: "区域层级" }).locator('[aria-current="page"]');
    await tile("下级区域", "浙江省", "省").click({ timeout: 90_000 });
    await page.waitForURL(/\/region\?region=zj(&|$)/);
    await tile("下级区域", "宁波市", "市").click({ timeout: 90_000 });
    await page.waitForURL(/region=zj\.ningbo/);
    await page.getByRole("combobox", { name: "产业链" }).selectOption("film");
    await page.waitForURL(/chain=film/);
    await reloadSame(page, () => tile("本级园区", "宁波高新区", "园区").waitFor({ timeout: 90_000 }));
    expect(await current().textContent()).toBe("宁波市");
    expect(Object.fromEntries(url(page).searchParams)).toEqual({ region: "zj.ningbo", chain: "film" });
    // The tile says its completeness in text, not by colour only.
    expect(await tile("本级园区", "宁波高新区", "园区").textContent()).toMatch(/完整度 \d+%/);
    await tile("本级园区", "宁波高新区", "园区").click();
    await page.waitForURL(/\/park\?/);
    expect(Object.fromEntries(url(page).searchParams)).toEqual({ park: "nb-hitech", chain: "film" });
    // Back returns to the city, and the breadcrumb drills up to the top.
    await page.goBack();
    await current().filter({ hasText: "宁波市" }).waitFor({ timeout: 90_000 });
    await page.getByRole("navigation", { name: "区域层级" }).getByRole("link", { name: "全国" }).click();
    await page.waitForURL(/\/region\?chain=film$/);
  }, 300_000);

  it("analyst: the chosen saved query, its values and result, the tab and the Cypher run survive a reload", async () => {
    const page = await signedInPage();
    await page.goto(`${b.baseUrl()}analyst`);
    const list = page.getByRole("navigation", { name: "已保存的查询列表" });
    await list.getByRole("button", { name: "产业链完整度最高的园区" }).click();
    await page.waitForURL(/query=/);
    await page.getByLabel(/limit/).fill("3");
    await page.getByRole("button", { name: "运行", exact: true }).first().click();
    await page.waitForURL(/values=/);
    expect(JSON.parse(param(page, "values")!)).toMatchObject({ limit: "3" });
    const rows = () => page.getByRole("table").getByRole("row").count();
    await page.getByRole("table").waitFor();
    const shown = await rows();
    await reloadSame(page, () => page.getByRole("table").waitFor());
    expect(await page.getByLabel(/limit/).inputValue()).toBe("3");
    expect(await rows()).toBe(shown);

    await page.getByRole("tab", { name: "Cypher 查询（只读）" }).click();
    await page.waitForURL(/tab=cypher/);
    await page.goto(`${b.baseUrl()}analyst?tab=cypher&cypher=${encodeURIComponent("RETURN 41 + 1 AS answer")}`);
    const cell = page.getByRole("cell", { name: "42" });
    await cell.waitFor();
    await reloadSame(page, () => cell.waitFor());
    expect(await page.getByRole("tab", { name: "Cypher 查询（只读）" }).getAttribute("aria-selected")).toBe("true");
  });
});
