// The staff sheet import in a real browser (issue 14), as an editor (an API token with the
// editor role: the server has no other way to make one): a sheet with a bad row is refused row
// by row and column by column; a good enterprise sheet (built here with exceljs) plans two new
// firms and one update field by field, commits as a batch, and the batch is undone from the
// batches tab. A viewer is offered no import and is told why on the route. Whatever this file
// writes is undone in afterAll.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { useBrowser } from "./browser.js";

// exceljs is the server's dependency; the e2e package borrows it rather than pinning a second copy.
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "server");
interface Cell {
  value: unknown;
}
interface Worksheet {
  addRow(row: unknown[]): unknown;
  rowCount: number;
  getRow(n: number): { values: unknown; getCell(c: number): Cell };
}
interface Workbook {
  addWorksheet(name: string): Worksheet;
  worksheets: Worksheet[];
  xlsx: { writeBuffer(): Promise<ArrayBuffer>; load(data: Buffer): Promise<unknown> };
}
const ExcelJS = createRequire(path.join(serverDir, "package.json"))("exceljs") as { Workbook: new () => Workbook };

const b = useBrowser();
const NEW_A = "测试导入企业甲";
const NEW_B = "测试导入企业乙";
const UPDATED = "宁波长阳科技股份有限公司"; // seeded (e.changyang): matched by its name, gets a note
const NOTE = "测试导入的备注";
const batches: string[] = [];

async function api(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(new URL("/graphql", inject("baseUrl")), {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: Record<string, any>; errors?: Array<{ message: string }> };
}

async function adminToken(): Promise<string> {
  const { data } = await api("mutation($u:String!,$p:String!){ signIn(username:$u,password:$p){ token } }", {
    u: "admin",
    p: inject("adminPassword"),
  });
  return data.signIn.token as string;
}

/** An API token of `role`, made by the admin; the page then starts signed in with it. */
async function tokenOf(role: "EDITOR" | "VIEWER"): Promise<string> {
  const r = await api(
    "mutation($n:String!,$r:Role){ createApiToken(name:$n, role:$r, expiresInDays:1){ secret } }",
    { n: `e2e-import-${role.toLowerCase()}-${Date.now()}`, r: role },
    await adminToken(),
  );
  if (!r.data?.createApiToken) throw new Error(`createApiToken failed: ${JSON.stringify(r.errors)}`);
  return r.data.createApiToken.secret as string;
}

async function pageAs(token: string): Promise<Page> {
  const page = await b.page();
  page.setDefaultTimeout(45_000);
  await page.addInitScript((t) => sessionStorage.setItem("chain-graph.session", t), token);
  return page;
}

/** The downloaded template with its example row replaced by `rows` (by Chinese header). */
async function fillTemplate(template: Buffer, rows: Array<Record<string, string>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).map((h) => String(h ?? "").replace(/\s*\*$/, ""));
  const last = Math.max(rows.length, ws.rowCount - 1);
  for (let r = 0; r < last; r++) {
    const row = ws.getRow(r + 2);
    for (let c = 1; c < header.length; c++) row.getCell(c).value = rows[r]?.[header[c]!] ?? null;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

afterAll(async () => {
  // A batch the test committed but did not get to undo is undone here.
  const token = await adminToken();
  const listed = await api("{ importBatches(limit: 20) { id status } }", {}, token);
  for (const batch of listed.data?.importBatches ?? []) {
    if (batches.includes(batch.id) && batch.status === "committed")
      await api("mutation($id:ID!){ undoImport(batchId:$id){ deleted } }", { id: batch.id }, token);
  }
});

describe("sheet import in a real browser", () => {
  it("an editor sees errors by row and column, then plans, commits and undoes an enterprise sheet", async () => {
    const page = await pageAs(await tokenOf("EDITOR"));
    await page.setViewportSize({ width: 1440, height: 900 });
    try {
      await page.goto(b.baseUrl());
      // The header offers the import to editors; it opens the upload tab.
      await page.getByRole("banner").getByRole("button", { name: "导入" }).click();
      await page.waitForURL(/\/import/);
      const upload = page.getByRole("tabpanel", { name: "上传" });
      const file = upload.getByLabel("表格文件（.xlsx、.csv）");

      // The enterprise template, fetched with the editor's token, has the Chinese header.
      const download = page.waitForEvent("download");
      await upload.getByRole("button", { name: "下载模板" }).click();
      const template = await readFile((await (await download).path())!);
      const filled = (rows: Array<Record<string, string>>) => fillTemplate(template, rows);

      // A sheet with an unknown park and an empty name: both named by row and column, no commit.
      await file.setInputFiles({
        name: "坏表.xlsx",
        mimeType: XLSX,
        buffer: await filled([
          { 企业名称: NEW_A, 园区: "不存在的园区", 成立时间: "2021" },
          { 企业名称: "", 园区: "宁波高新区", 成立时间: "2020" },
        ]),
      });
      await upload.getByRole("button", { name: "试运行（不写入）" }).click();
      const errors = upload.getByTestId("import-error");
      await errors.first().waitFor();
      const errorRows = await errors.allInnerTexts();
      expect(errorRows.some((r) => /^2\s+园区/.test(r) && r.includes("不存在的园区"))).toBe(true);
      expect(errorRows.some((r) => /^3\s+企业名称/.test(r))).toBe(true);
      await expect(upload.getByRole("button", { name: "确认导入" }).isDisabled()).resolves.toBe(true);

      // The good sheet: two new firms and an update of a seeded one, field by field.
      const fileName = "测试导入企业.xlsx";
      await file.setInputFiles({
        name: fileName,
        mimeType: XLSX,
        buffer: await filled([
          // A segment of the park's lead chain (压铸模具), so that its gap table lists the firm.
          { 企业名称: NEW_A, 园区: "宁波高新区", 产业链环节: "压铸机", 成立时间: "2021" },
          { 企业名称: NEW_B, 园区: "宁波高新区", 成立时间: "2022年3月" },
          { 企业名称: UPDATED, 备注: NOTE },
        ]),
      });
      await upload.getByRole("button", { name: "试运行（不写入）" }).click();
      const plan = upload.getByTestId("import-plan");
      await plan.getByRole("heading", { name: `试运行结果：${fileName}` }).waitFor();
      await expect(plan.locator('[data-count="create"] dd').innerText()).resolves.toBe("2");
      await expect(plan.locator('[data-count="update"] dd').innerText()).resolves.toBe("1");
      await expect(plan.locator('[data-count="errors"] dd').innerText()).resolves.toBe("0");
      const update = plan.locator('tr[data-action="update"]');
      await expect(update.innerText()).resolves.toContain(UPDATED);
      await expect(update.innerText()).resolves.toContain(`→ ${NOTE}`);
      await b.screenshot(page, "sheet-import-plan-1440");
      await page.setViewportSize({ width: 390, height: 844 });
      await b.screenshot(page, "sheet-import-plan-390");
      // The import view itself must fit; the app header's own overflow at 390 px is the shell's
      // (being reworked on another branch) and is measured by the accessibility audit.
      const wide = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>(".import-view *"))
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest(".import-scroll table"))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`),
      );
      expect(wide).toEqual([]);
      await page.setViewportSize({ width: 1440, height: 900 });

      await plan.getByRole("button", { name: "确认导入" }).click();
      const done = upload.getByRole("status").filter({ hasText: "已导入" });
      await done.waitFor({ timeout: 90_000 });
      const batchId = /批次 (\S+?)）/.exec(await done.innerText())?.[1];
      expect(batchId).toMatch(/^imp-sheet-enterprises-/);
      batches.push(batchId!);
      expect(await enterpriseNamed(NEW_A)).toBe(true);

      // The new firm is on its park's page.
      await page.goto(new URL("/park?park=nb-hitech", b.baseUrl()).href);
      await page.getByRole("main").getByText(NEW_A).first().waitFor({ timeout: 90_000 });

      // The audit tab shows the batch's changes.
      await page.goto(new URL(`/import?tab=audit&batchId=${batchId}`, b.baseUrl()).href);
      const entries = page.getByTestId("audit-entry");
      await entries.first().waitFor({ timeout: 90_000 });
      const audit = (await entries.allInnerTexts()).join("\n");
      expect(audit).toContain(NEW_A);
      expect(audit).toContain(NOTE);

      // The batches tab lists it; undo asks first, then puts the graph back.
      await page.getByRole("tab", { name: "导入批次" }).click();
      const row = page.locator(`tr[data-batch="${batchId}"]`);
      await expect(row.innerText()).resolves.toContain(fileName);
      await row.getByRole("button", { name: "撤销" }).click();
      const confirm = page.getByRole("alertdialog");
      await expect(confirm.innerText()).resolves.toContain(fileName);
      await confirm.getByRole("button", { name: "确认撤销" }).click();
      await page.getByRole("status").filter({ hasText: "已撤销：删除 2 条，恢复 1 条。" }).waitFor({ timeout: 90_000 });
      await row.getByText("已撤销").waitFor();
      expect(await enterpriseNamed(NEW_A)).toBe(false);
    } catch (error) {
      await b.screenshot(page, "sheet-import-failure");
      throw error;
    }
  }, 280_000);

  it("a viewer is not offered the import and is told why on its address", async () => {
    const page = await pageAs(await tokenOf("VIEWER"));
    await page.goto(b.baseUrl());
    await page
      .getByRole("banner")
      .getByRole("group", { name: /当前用户|Signed in as/ })
      .waitFor();
    await expect(page.getByRole("banner").getByRole("button", { name: "导入" }).count()).resolves.toBe(0);
    await page.goto(new URL("/import", b.baseUrl()).href);
    await page.getByRole("alert").filter({ hasText: "表格导入需要编辑权限" }).waitFor();
  }, 120_000);
});

async function enterpriseNamed(name: string): Promise<boolean> {
  const hits = await api(
    "query($t:String!){ search(text:$t, types:[ENTERPRISE]){ edges { node { name } } } }",
    { t: name },
    await adminToken(),
  );
  return (hits.data.search.edges as Array<{ node: { name: string } }>).some((e) => e.node.name === name);
}
