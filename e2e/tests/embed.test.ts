// The embeddable chain map on a portal of another origin (docs/embed.md): two <chain-map>
// widgets and one /embed iframe on a plain page with hostile CSS, served from the origin the
// server lists in CORS_ORIGINS (global-setup.ts); the same page from any other origin refused;
// and the offline snapshot, exported by the app, drawn with the API out of reach.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { axeViolations, describeViolations } from "./a11y-helpers.js";
import { useBrowser } from "./browser.js";
import { hostHtml, startHost, type HostPage } from "./embed-host.js";

const b = useBrowser();
const widgetDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "client", "dist", "widget");
const hosts: HostPage[] = [];
afterAll(async () => {
  for (const h of hosts) await h.close();
});

async function host(port: number, routes: Parameters<typeof startHost>[1]): Promise<HostPage> {
  // A favicon, so the browser's own request for one logs no 404 on the portal.
  const h = await startHost(port, { "/favicon.ico": ["image/x-icon", ""], ...routes });
  hosts.push(h);
  return h;
}

type Recorded = { type: string; id: string | null; detail: Record<string, unknown> };
const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: Recorded[] }).__events);
const waitEvents = (page: Page, type: string, n: number) =>
  page.waitForFunction(
    ([t, count]) => (window as unknown as { __events: Recorded[] }).__events.filter((e) => e.type === t).length >= count,
    [type, n] as const,
    {
      timeout: 45_000,
    },
  );

/** Console errors and uncaught exceptions of a page and its frames. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

function portalPage(base: string, classic = false): string {
  return hostHtml({
    script: `${base}/widget/${classic ? "chain-map.iife.js" : "chain-map.js"}`,
    classic,
    widgets: [
      { id: "pv", attrs: { endpoint: base, chain: "pv", park: "zs-hitech", height: "380" } },
      {
        id: "semi",
        attrs: { endpoint: base, chain: "semi", park: "ls-etdz", "scope-name": "Lishui ETDZ", lang: "en", theme: "dark", height: "380" },
      },
    ],
    iframe: `${base}/embed?chain=pv&park=zs-hitech&lang=en`,
  });
}

describe("the embeddable chain map on a portal", () => {
  it("renders two widgets and an iframe on an allowed origin, untouched by the host CSS, with firms on click", async () => {
    const base = b.baseUrl().replace(/\/$/, "");
    const portal = await host(inject("embedHostPort"), { "/": ["text/html", portalPage(base)] });
    const page = await b.page(1280, 1600);
    const errors = watchErrors(page);
    await page.goto(`${portal.url}/`);
    await waitEvents(page, "ready", 2);
    const ready = (await events(page)).filter((e) => e.type === "ready");
    expect(ready.map((e) => e.id).sort()).toEqual(["pv", "semi"]);
    for (const id of ["pv", "semi"]) {
      const widget = page.locator(`#${id}`);
      expect(Number(await widget.getAttribute("data-segments")), id).toBeGreaterThanOrEqual(20);
      expect(await widget.locator("canvas").count(), id).toBeGreaterThan(0);
      // The text alternative: every segment with its status, in the shadow root.
      expect(await widget.locator(".segments li[data-status]").count(), id).toBeGreaterThan(5);
    }
    // Each widget in its own language, with the legend, as-of date, sources line and app link.
    expect(await page.locator("#semi").getByRole("heading", { level: 2 }).textContent()).toMatch(/^Semiconductors.* · Lishui ETDZ$/);
    // Without `scope-name` the widget names the park by the public name chainMap.scope gives.
    expect(await page.locator("#pv").getByRole("heading", { level: 2 }).textContent()).toMatch(/^光伏.* · 舟山高新技术产业园区$/);
    expect(await page.locator("#pv").getByTestId("as-of").textContent()).toMatch(/数据截至 \d{4}-\d{2}-\d{2}/);
    expect(await page.locator("#semi").locator(".sources").textContent()).toMatch(/^Sources: .+/);
    const link = await page.locator("#pv").getByRole("link", { name: "在产业链图谱中打开" }).getAttribute("href");
    // The app's route form, not the old `?view=` one that only redirects.
    expect(link).toBe(`${base}/chain?chain=pv&park=zs-hitech`);

    // The host's `* { font-size: 40px }` reaches the host element, not the shadow tree.
    const sizes = await page.evaluate(() => {
      const root = document.querySelector("#pv")!.shadowRoot!;
      const px = (sel: string) => getComputedStyle(root.querySelector(sel)!).fontSize;
      return {
        host: getComputedStyle(document.querySelector("h1")!).fontSize,
        title: px("h2"),
        legend: px(".legend li"),
        lane: px(".chain-lanes [data-stage]"),
      };
    });
    expect(sizes).toEqual({ host: "40px", title: "17px", legend: "12px", lane: "18px" });

    // Clicking a segment that has local firms on the canvas lists them beside the map.
    const target = await page.evaluate(() => {
      const el = document.querySelector("#pv") as HTMLElement & {
        model: { firms: Record<string, { name: string }[]> };
        cy: { $id: (id: string) => { renderedPosition: () => { x: number; y: number } } };
      };
      const [segmentId, firms] = Object.entries(el.model.firms).find(([, list]) => list.length > 0)!;
      const map = el.shadowRoot!.querySelector(".map")!.getBoundingClientRect();
      const pos = el.cy.$id(segmentId).renderedPosition();
      return { segmentId, firm: firms[0]!.name, x: map.left + pos.x, y: map.top + pos.y };
    });
    await page.mouse.click(target.x, target.y);
    const firms = page.locator("#pv").getByTestId("firms");
    await firms.getByText(target.firm).waitFor();
    const select = (await events(page)).find((e) => e.type === "segment-select");
    expect(select?.id).toBe("pv");
    expect(select?.detail["segmentId"]).toBe(target.segmentId);
    expect((select?.detail["firms"] as { name: string }[]).map((f) => f.name)).toContain(target.firm);

    // Keyboard: a segment of the text list, focused and pressed, selects it too.
    const button = page.locator("#semi").locator(".segments li[data-status] button").first();
    await page
      .locator("#semi")
      .getByText(/^Segments \(\d+\)$/)
      .click();
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await events(page)).filter((e) => e.type === "segment-select" && e.id === "semi").length).toBe(1);
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator("#semi").getByTestId("firms").isVisible()).toBe(true);

    // The iframe draws the same map and tells the portal its height.
    const frame = page.frameLocator("#frame");
    await frame.locator("chain-map canvas").first().waitFor({ timeout: 45_000 });
    await expect
      .poll(
        async () =>
          (await events(page))
            .filter((e) => e.type === "resize")
            .map((e) => Number(e.detail["height"]))
            .pop() ?? 0,
      )
      .toBeGreaterThan(400);
    expect(await frame.locator("chain-map").getByRole("heading", { level: 2 }).textContent()).toMatch(
      /^Photovoltaics.* · Zhoushan High-tech Industrial Park$/,
    );
    await page.waitForTimeout(300);
    expect((await page.locator("#frame").boundingBox())!.height).toBeGreaterThan(400);

    await b.screenshot(page, "embed-portal-allowed");
    expect(errors).toEqual([]);
  });

  it("refuses the same page on an origin not in CORS_ORIGINS: no script, no API, no frame", async () => {
    const base = b.baseUrl().replace(/\/$/, "");
    const stranger = await host(0, { "/": ["text/html", portalPage(base)], "/classic": ["text/html", portalPage(base, true)] });
    const page = await b.page(1280, 1000);
    const errors = watchErrors(page);
    await page.goto(`${stranger.url}/`);
    // The module script needs CORS, so the widget never loads; the frame is refused by its CSP.
    await expect
      .poll(
        () =>
          page
            .frames()
            .map((f) => f.url())
            .includes("chrome-error://chromewebdata/"),
        { timeout: 20_000 },
      )
      .toBe(true);
    expect(await page.evaluate(() => customElements.get("chain-map") === undefined)).toBe(true);
    expect(errors.some((e) => /blocked by CORS policy/.test(e))).toBe(true);
    expect(errors.some((e) => /frame-ancestors/.test(e))).toBe(true);
    await b.screenshot(page, "embed-portal-refused");

    // A classic script loads anywhere, but the API refuses the origin: each widget says so.
    const classic = await b.page(1280, 1000);
    await classic.goto(`${stranger.url}/classic`);
    await waitEvents(classic, "error", 2);
    const failed = (await events(classic)).filter((e) => e.type === "error");
    expect(failed.map((e) => [e.id, e.detail["kind"]]).sort()).toEqual([
      ["pv", "network"],
      ["semi", "network"],
    ]);
    // Said in the widget's language, with the technical detail for the portal's developer.
    expect(await classic.locator("#semi").getByRole("alert").textContent()).toMatch(/not allowed to embed it.*CORS_ORIGINS/);
    expect(await classic.locator("#pv").getByRole("alert").textContent()).toMatch(/产业链图谱无法显示.*本网站未获准嵌入/);
    expect((await events(classic)).some((e) => e.type === "ready")).toBe(false);
    await b.screenshot(classic, "embed-portal-refused-classic");
  });

  it("draws the app’s JSON snapshot with the API out of reach, and names what is wrong with a bad file", async () => {
    // The snapshot, exported by the app's own button.
    const app = await b.page();
    await app.goto(`${b.baseUrl()}?view=chain&chain=pv&park=zs-hitech&asOf=2023`);
    const button = app.getByRole("button", { name: "导出 JSON 快照" });
    await app.waitForFunction(() => Number(document.querySelector('[data-testid="chain-map"]')?.getAttribute("data-node-count")) > 0);
    await app.getByTestId("segment-statuses").locator("li").first().waitFor({ state: "attached" });
    const [download] = await Promise.all([app.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toBe("pv-zs-hitech-2023.json");
    const snapshot = readFileSync((await download.path())!, "utf8");
    const parsed = JSON.parse(snapshot) as {
      format: string;
      version: number;
      asOf: string;
      statuses: Record<string, string>;
      sources: unknown[];
    };
    expect([parsed.format, parsed.version, parsed.asOf]).toEqual(["chain-graph/chain-map", 1, "2023"]);
    expect(Object.keys(parsed.statuses).length).toBeGreaterThan(5);
    expect(parsed.sources.length).toBeGreaterThan(0);

    // A portal that hosts the script and the file itself; the endpoint is dead and the server blocked.
    const dead = "http://127.0.0.1:9";
    const page = await b.page(1280, 1000);
    const errors = watchErrors(page);
    await page.route(`${b.baseUrl()}**`, (route) => route.abort());
    const offline = await host(0, {
      "/": [
        "text/html",
        hostHtml({
          script: "/chain-map.js",
          widgets: [
            { id: "snap", attrs: { endpoint: dead, snapshot: "/pv-zs-hitech-2023.json", lang: "en" } },
            { id: "corrupt", attrs: { endpoint: dead, snapshot: "/broken.json" } },
            { id: "other", attrs: { endpoint: dead, snapshot: "/other.json" } },
          ],
        }),
      ],
      "/chain-map.js": ["text/javascript", readFileSync(path.join(widgetDir, "chain-map.js"))],
      "/pv-zs-hitech-2023.json": ["application/json", snapshot],
      "/broken.json": ["application/json", snapshot.slice(0, 200)],
      "/other.json": ["application/json", JSON.stringify({ ...parsed, version: 99 })],
    });
    await page.goto(`${offline.url}/`);
    await waitEvents(page, "ready", 1);
    await waitEvents(page, "error", 2);
    const all = await events(page);
    expect(all.find((e) => e.type === "ready")).toMatchObject({ id: "snap", detail: { chain: "pv", offline: true } });
    const statuses = await page
      .locator("#snap")
      .locator(".segments li[data-status]")
      .evaluateAll((lis) => Object.fromEntries(lis.map((li) => [li.querySelector("button")!.dataset["segmentId"], li.dataset["status"]])));
    expect(statuses).toEqual(parsed.statuses);
    expect(await page.locator("#snap").getByTestId("as-of").textContent()).toMatch(
      /Data as of 2023 · read on \d{4}-\d{2}-\d{2} · Offline snapshot/,
    );
    const bad = Object.fromEntries(all.filter((e) => e.type === "error").map((e) => [e.id, e.detail]));
    expect(bad["corrupt"]).toMatchObject({
      kind: "snapshot",
      message: expect.stringMatching(/broken\.json is not usable: not valid JSON/),
    });
    expect(bad["other"]).toMatchObject({ kind: "snapshot", message: expect.stringMatching(/version: version 99 is not supported/) });
    expect(await page.locator("#other").getByRole("alert").textContent()).toMatch(/version 99/);
    await b.screenshot(page, "embed-offline-snapshot");
    expect(errors).toEqual([]);
  });

  it("builds the snippet in the app and previews it live under the app’s CSP", async () => {
    const page = await b.page(1280, 1200);
    const errors = watchErrors(page);
    await page.goto(`${b.baseUrl()}?view=embed&chain=pv&park=zs-hitech`);
    const snippet = page.getByRole("textbox", { name: "嵌入代码" });
    await snippet.waitFor();
    expect(await snippet.inputValue()).toContain(
      '<chain-map endpoint="' + b.baseUrl().replace(/\/$/, "") + '" chain="pv" park="zs-hitech" lang="zh"',
    );
    await page.getByLabel("图谱语言").selectOption("en");
    const preview = page.frameLocator("iframe.embed-preview");
    await preview.locator("chain-map canvas").first().waitFor({ timeout: 45_000 });
    expect(await preview.locator("chain-map").getByRole("heading", { level: 2 }).textContent()).toContain("Photovoltaics");
    await b.screenshot(page, "embed-builder");
    expect(errors).toEqual([]);
  });

  it("/embed passes axe and is reachable by keyboard: the map, then the segment list", async () => {
    const page = await b.page(1000, 900);
    await page.goto(`${b.baseUrl()}embed?chain=semi&park=ls-etdz&lang=en`);
    await page.locator("chain-map canvas").first().waitFor({ timeout: 45_000 });
    expect(await page.title()).toBe("Chain map: Semiconductors");
    const focused = () =>
      page.evaluate(() => {
        const el = document.querySelector("chain-map")!.shadowRoot!.activeElement;
        return el ? `${el.localName}${el.className ? `.${el.className.split(" ")[0]}` : ""}` : null;
      });
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("div.map");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("summary");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.locator("chain-map").getByTestId("firms").waitFor();
    expect(describeViolations(await axeViolations(page, "embed"))).toBe("");
  });
});
