// A map that reads (issue 12 item 2), on the real server in Chromium: on every seeded chain map
// (zh and en, firms shown and hidden) and on the explore hierarchy, no two labels overlap and no
// label leaves its node (boxes read from Cytoscape), labels are ≥ 12 px at 100% zoom, and the
// zoom controls and keys work. Screenshots at 1440×900 and 390×844.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signIn, useBrowser } from "./browser.js";

const b = useBrowser();

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}
interface NodeBoxes {
  id: string;
  label: string;
  text: Box | null;
  body: Box;
  fontPx: number;
}

/** Cytoscape keeps its instance on the container (`_cyreg`): see gap-style.test.ts. */
function readNodes(page: Page, testId: string) {
  return page.evaluate((testId) => {
    type Bb = { x1: number; x2: number; y1: number; y2: number; w: number; h: number };
    type N = {
      id(): string;
      style(p: string): string;
      boundingBox(o: object): Bb;
      visible(): boolean;
    };
    const host = Array.from(document.querySelectorAll(`[data-testid="${testId}"], [data-testid="${testId}"] *`)).find(
      (el) => (el as unknown as { _cyreg?: { cy?: unknown } })._cyreg?.cy,
    ) as unknown as { _cyreg: { cy: { zoom(): number; nodes(): { map<T>(f: (n: N) => T): T[] } } } };
    const cy = host._cyreg.cy;
    const zoom = cy.zoom();
    return {
      zoom,
      nodes: cy.nodes().map((n) => {
        const label = n.style("label");
        const text = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        const body = n.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false });
        return {
          id: n.id(),
          label,
          text: label && text.w > 0 ? { x1: text.x1, x2: text.x2, y1: text.y1, y2: text.y2 } : null,
          body: { x1: body.x1, x2: body.x2, y1: body.y1, y2: body.y2 },
          fontPx: parseFloat(n.style("font-size")) * zoom,
        };
      }),
    };
  }, testId);
}

const overlap = (a: Box, b: Box, slack = 0.5) => a.x1 < b.x2 - slack && b.x1 < a.x2 - slack && a.y1 < b.y2 - slack && b.y1 < a.y2 - slack;

/** Pairs of labels that overlap each other, or a label and another node's body. */
function collisions(nodes: NodeBoxes[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = 0; j < nodes.length; j++) {
      if (i === j) continue;
      const a = nodes[i]!;
      const c = nodes[j]!;
      if (j > i && a.text && c.text && overlap(a.text, c.text)) out.push(`label ${a.id} × label ${c.id}`);
      if (a.text && overlap(a.text, c.body)) out.push(`label ${a.id} × node ${c.id}`);
    }
  }
  return out;
}

/** Labels drawn wider or taller than their own node (names spilling out). */
function spills(nodes: NodeBoxes[]): string[] {
  return nodes
    .filter(
      (n) => n.text && (n.text.x1 < n.body.x1 - 1 || n.text.x2 > n.body.x2 + 1 || n.text.y1 < n.body.y1 - 1 || n.text.y2 > n.body.y2 + 1),
    )
    .map((n) => `${n.id}: ${JSON.stringify(n.label)}`);
}

async function chainsWithTemplate(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const res = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: "{ chains { id segments { id } } }" }),
    });
    const body = (await res.json()) as { data: { chains: { id: string; segments: unknown[] }[] } };
    return body.data.chains.filter((c) => c.segments.length > 0).map((c) => c.id);
  });
}

const mapTools = (page: Page) => page.getByTestId("map-controls");

/** Resets the map to 100% with the control, as a user would, and reads the boxes there. */
async function at100(page: Page) {
  await mapTools(page)
    .getByRole("button", { name: /原始大小|Actual size/ })
    .click();
  const read = await readNodes(page, "chain-map");
  expect(read.zoom).toBeCloseTo(1, 5);
  return read;
}

describe("a map that reads", () => {
  it("no label overlaps or spills on any seeded chain map, zh and en, firms shown and hidden; ≥ 12 px at 100%", async () => {
    const page = await b.page(1440, 900);
    await page.goto(`${b.baseUrl()}?view=chain`);
    await page.getByTestId("chain-map").waitFor();
    await signIn(page);
    const chains = await chainsWithTemplate(page);
    expect(chains.length).toBeGreaterThan(3);
    const problems: string[] = [];
    let checked = 0;
    for (const chain of chains) {
      for (const lang of ["zh", "en"] as const) {
        // A park whose firms the map can show: the picker's first park for this chain.
        await page.goto(`${b.baseUrl()}?view=chain&chain=${chain}&lang=${lang}`);
        await page.getByTestId("chain-map").waitFor();
        await mapTools(page).getByRole("button").first().waitFor();
        const hidden = await at100(page);
        problems.push(...collisions(hidden.nodes).map((p) => `${chain}/${lang}: ${p}`));
        problems.push(...spills(hidden.nodes).map((p) => `${chain}/${lang} spills: ${p}`));
        for (const n of hidden.nodes) if (n.text && n.fontPx < 12 - 1e-6) problems.push(`${chain}/${lang}: ${n.id} at ${n.fontPx} px`);
        checked++;

        const parkValue = await page
          .locator(".park-picker select optgroup")
          .first()
          .locator("option")
          .first()
          .getAttribute("value", { timeout: 10_000 })
          .catch(() => null);
        if (!parkValue) continue;
        await page.locator(".park-picker select").selectOption(parkValue);
        await page.getByTestId("segment-statuses").waitFor({ state: "attached" });
        await page.getByRole("checkbox", { name: /显示企业|Show (firms|enterprises)/ }).check();
        await page.getByRole("checkbox", { name: /显示项目|Show projects/ }).check();
        await page.waitForTimeout(150);
        const shown = await at100(page);
        problems.push(...collisions(shown.nodes).map((p) => `${chain}/${lang}/firms: ${p}`));
        problems.push(...spills(shown.nodes).map((p) => `${chain}/${lang}/firms spills: ${p}`));
        for (const n of shown.nodes) if (n.text && n.fontPx < 12 - 1e-6) problems.push(`${chain}/${lang}/firms: ${n.id} at ${n.fontPx} px`);
        checked++;
        if (chain === "pv" || chain === chains[0]) await b.screenshot(page, `map-reads-${chain}-${lang}-firms-1440x900`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(chains.length * 2);
  }, 600_000);

  it("zoom controls and keys: fit changes the zoom, + zooms in, 0 fits again", async () => {
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      const page = await b.page(width, height);
      // Signed in first: on a phone the menu folds after signing in, and the fitted zoom is read
      // from the map as it is drawn in its final place.
      await page.goto(`${b.baseUrl()}?view=home`);
      await signIn(page);
      await page.goto(`${b.baseUrl()}?view=chain&chain=pv&park=zs-hitech`);
      await page.getByTestId("chain-map").waitFor();
      await page.getByTestId("segment-statuses").waitFor({ state: "attached" });
      const zoom = async () => (await readNodes(page, "chain-map")).zoom;
      const fitted = await zoom();
      await b.screenshot(page, `map-reads-pv-fitted-${width}x${height}`);
      const tools = mapTools(page);
      await tools.getByRole("button", { name: "放大" }).click();
      expect(await zoom()).toBeGreaterThan(fitted * 1.2);
      await tools.getByRole("button", { name: "适应画布" }).click();
      expect(await zoom()).toBeCloseTo(fitted, 5);
      // Out from a zoomed-in view (on a phone the fitted view may already be the minimum zoom).
      await tools.getByRole("button", { name: "放大" }).click();
      const zoomedIn = await zoom();
      await tools.getByRole("button", { name: "缩小" }).click();
      expect(await zoom()).toBeLessThan(zoomedIn);
      await tools.getByRole("button", { name: "适应画布" }).click();
      // Keys on the focused map.
      await page.getByTestId("chain-map").focus();
      await page.keyboard.press("0");
      expect(await zoom()).toBeCloseTo(fitted, 5);
      await page.keyboard.press("+");
      expect(await zoom()).toBeGreaterThan(fitted * 1.2);
      await page.keyboard.press("f");
      expect(await zoom()).toBeCloseTo(fitted, 5);

      // The detail panel lies over the map: the map keeps its size and zoom when a node opens.
      const before = await page.getByTestId("chain-map").boundingBox();
      const at = await page.evaluate(() => {
        const host = Array.from(document.querySelectorAll('[data-testid="chain-map"], [data-testid="chain-map"] *')).find(
          (el) => (el as unknown as { _cyreg?: { cy?: unknown } })._cyreg?.cy,
        ) as unknown as { _cyreg: { cy: { $id(id: string): { renderedPosition(): { x: number; y: number } } } } };
        return host._cyreg.cy.$id("pv.module").renderedPosition();
      });
      const box = before!;
      await page.mouse.click(box.x + at.x, box.y + at.y);
      await page.getByTestId("detail-panel").waitFor();
      await page.waitForTimeout(200);
      const after = await page.getByTestId("chain-map").boundingBox();
      expect(after?.width).toBe(before?.width);
      expect(await zoom()).toBeCloseTo(fitted, 5);
      await b.screenshot(page, `map-reads-pv-detail-${width}x${height}`);
    }
  }, 240_000);

  it("explore hierarchy: no overlapping labels", async () => {
    const page = await b.page(1440, 900);
    await page.goto(`${b.baseUrl()}?view=explore&node=zs-hitech&layout=breadthfirst`);
    await page.getByText("关系探索需要登录后使用。").waitFor();
    await signIn(page);
    const canvas = page.getByTestId("explore-canvas");
    await expect.poll(async () => Number(await canvas.getAttribute("data-layouts")), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    const read = await readNodes(page, "explore-canvas");
    expect(read.nodes.length).toBeGreaterThan(5);
    const labels = read.nodes.filter((n) => n.text);
    const clashes: string[] = [];
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        if (overlap(labels[i]!.text!, labels[j]!.text!)) clashes.push(`${labels[i]!.id} × ${labels[j]!.id}`);
    expect(clashes).toEqual([]);
    // Wrapped into rows, not one long line: the drawing is not much wider than tall.
    const xs = read.nodes.flatMap((n) => [n.body.x1, n.body.x2]);
    const ys = read.nodes.flatMap((n) => [n.body.y1, n.body.y2]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(4 * (Math.max(...ys) - Math.min(...ys)) + 400);
    await b.screenshot(page, "map-reads-explore-hierarchy-1440x900");
  }, 120_000);
});
