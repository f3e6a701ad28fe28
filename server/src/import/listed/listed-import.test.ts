// The listed-company import on the real Neo4j, with the full data set from ../shared/datasets/:
// dry run writes nothing; commit = the plan; a second run changes nothing; an update and its undo;
// undo refused after an edit; undo restores the graph exactly; bad lines are reported by line and
// field without disturbing the rest of the plan.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint, testExecutor } from '../../../test/db.js';
import { loadConfig } from '../../config.js';
import { listBatches, undoBatch, UndoRefusedError } from '../batches.js';
import { runImport, type ImportResult } from '../pipeline.js';
import { datasetFiles, loadLookups } from './dataset.js';
import { ListedImporter } from './importer.js';

const db = testExecutor();
const datasetDir = loadConfig({}).listedDatasetDir;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'listed-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function plan(dir: string, commit = false): Promise<ImportResult> {
  return runImport(db, new ListedImporter(dir, await loadLookups(dir)), { commit, who: 'test' });
}

/** A copy of the data set, with lines appended to its files. */
function variant(name: string, extra: { companies?: string[]; companyIndustry?: string[]; replace?: [string, string] }): string {
  const dir = path.join(tmp, name);
  const src = datasetFiles(datasetDir);
  const dst = datasetFiles(dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const k of Object.keys(src) as Array<keyof typeof src>) copyFileSync(src[k], dst[k]);
  let companies = readFileSync(dst.companies, 'utf8');
  if (extra.replace) companies = companies.replace(extra.replace[0], extra.replace[1]);
  // company_industry.jsonl has no newline at its end: add one before appending.
  const append = (text: string, lines: string[] | undefined) =>
    (text.endsWith('\n') ? text : `${text}\n`) + (lines ?? []).map((l) => `${l}\n`).join('');
  writeFileSync(dst.companies, append(companies, extra.companies));
  writeFileSync(dst.companyIndustry, append(readFileSync(dst.companyIndustry, 'utf8'), extra.companyIndustry));
  return dir;
}

const countsWithoutBatches = async () =>
  (
    await db.read<{ nodes: number; rels: number }>({
      name: 'test/import-counts',
      text: `CALL () { MATCH (n) WHERE NOT n:Migration AND NOT n:ImportBatch AND NOT n:GraphState RETURN count(n) AS nodes }
             CALL () { MATCH (a)-[r]->(b) WHERE NOT a:ImportBatch RETURN count(r) AS rels }
             RETURN nodes, rels`,
    })
  )[0]!;

describe('listed-company import (full data set)', () => {
  let before: Awaited<ReturnType<typeof fingerprint>>;
  let first: ImportResult;

  it('plans without writing anything (dry run)', async () => {
    before = await fingerprint(db);
    const dry = await plan(datasetDir);
    expect(dry.dryRun).toBe(true);
    expect(dry.counts.read).toBe(4654);
    expect(dry.counts.create).toBeGreaterThan(1000);
    // Firms of the mapped industries are seeded already: matched by stock code, not duplicated.
    expect(dry.matches.find((m) => m.reason.startsWith('seeded firm (by stockCode)'))?.count).toBeGreaterThan(700);
    // The data set's quirks, each named: repeated codes, delisted firms, firms without industry.
    expect(dry.skips.map((s) => s.reason)).toEqual(
      expect.arrayContaining([
        'no industry row in company_industry.jsonl',
        'delisted (status mark 退)',
        'stock code on several lines with different full names',
      ]),
    );
    expect(await fingerprint(db)).toEqual(before);
    first = await plan(datasetDir, true);
    expect(first.batchId).toMatch(/^imp-listed-/);
    expect({ ...first.counts }).toEqual({ ...dry.counts });
  });

  it('imports the same file a second time without any change', async () => {
    const after = await fingerprint(db);
    const again = await plan(datasetDir, true);
    expect(again.counts.create).toBe(0);
    expect(again.counts.update).toBe(0);
    expect(again.batchId).toBeNull();
    expect(await fingerprint(db)).toEqual(after);
    expect((await listBatches(db)).filter((b) => b.id === first.batchId)).toHaveLength(1);
  });

  it('updates a firm whose record changed, and undoing that batch puts it back', async () => {
    const code = '300957';
    const original = readFileSync(datasetFiles(datasetDir).companies, 'utf8')
      .split('\n')
      .find((l) => l.includes(`"${code}`))!;
    const shortName = (JSON.parse(original) as { name: string }).name;
    const dir = variant('renamed', { replace: [original, original.replace(`"name": "${shortName}"`, `"name": "${shortName}新"`)] });
    const beforeUpdate = await fingerprint(db);
    const upd = await plan(dir, true);
    expect(upd.counts).toMatchObject({ create: 0, update: 1 });
    const [row] = await db.read<{ shortName: string }>(
      { name: 'test/short', text: `MATCH (e:Enterprise {stockCode: $code}) RETURN e.shortName AS shortName` },
      { code },
    );
    expect(row?.shortName).toBe(`${shortName}新`);
    // The earlier batch cannot be undone past this one.
    await expect(undoBatch(db, first.batchId!, 'test')).rejects.toThrow(/later batch/);
    await undoBatch(db, upd.batchId!, 'test');
    await db.write({ name: 'test/drop-batch', text: 'MATCH (b:ImportBatch {id: $id}) DELETE b' }, { id: upd.batchId });
    expect(await fingerprint(db)).toEqual(beforeUpdate);
  });

  it('refuses to undo a batch whose nodes were edited since, then undoes it exactly', async () => {
    const created = await countsWithoutBatches();
    await db.write(
      { name: 'test/edit', text: `MATCH (e:Enterprise {importBatch: $id}) WITH e LIMIT 1 SET e.note = 'edited'` },
      { id: first.batchId },
    );
    await expect(undoBatch(db, first.batchId!, 'test')).rejects.toBeInstanceOf(UndoRefusedError);
    await db.write(
      { name: 'test/unedit', text: `MATCH (e:Enterprise {importBatch: $id}) WHERE e.note = 'edited' REMOVE e.note` },
      { id: first.batchId },
    );
    expect(await countsWithoutBatches()).toEqual(created);
    const undone = await undoBatch(db, first.batchId!, 'test');
    expect(undone.deleted).toBe(first.counts.create);
    expect((await listBatches(db)).find((b) => b.id === first.batchId)?.status).toBe('undone');
    await expect(undoBatch(db, first.batchId!, 'test')).rejects.toThrow(/undone already/);
    await db.write({ name: 'test/drop-batch', text: 'MATCH (b:ImportBatch {id: $id}) DELETE b' }, { id: first.batchId });
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe('bad lines', () => {
  it('reports a corrupt line, an unknown industry, a duplicate code and a status-mark-only name by line; the rest of the plan is unchanged', async () => {
    const clean = await plan(datasetDir);
    const dir = variant('bad', {
      companies: [
        '{"name": "坏行", "fullname": "坏行股份有限公司", "code": "900001", ',
        '{"name": "未知行业", "fullname": "未知行业股份有限公司", "code": "900002", "location": "上海证券交易所", "time": "2020-01-01"}',
        '{"name": "重复甲", "fullname": "重复甲股份有限公司", "code": "900003", "location": "上海证券交易所", "time": "2020-01-01"}',
        '{"name": "重复乙", "fullname": "重复乙股份有限公司", "code": "900003.SH", "location": "上海证券交易所", "time": "2020-01-01"}',
        '{"name": "退", "fullname": "只有退字股份有限公司", "code": "900004", "location": "深圳证券交易所", "time": "2020-01-01"}',
        '{"name": "错交易所", "fullname": "错交易所股份有限公司", "code": "900005", "location": "2010-02-11", "time": "2020-01-01"}',
      ],
      companyIndustry: [
        '{"company_code": "900002.SH", "industry_code": "999999", "industry_name": "不存在", "company_name": "未知行业", "rel": "所属行业"}',
        '{"company_code": "900003.SH", "industry_code": "270103", "industry_name": "半导体材料", "company_name": "重复甲", "rel": "所属行业"}',
        '{"company_code": "900004.SZ", "industry_code": "270103", "industry_name": "半导体材料", "company_name": "退", "rel": "所属行业"}',
      ],
    });
    const bad = await plan(dir);
    const line = (n: number) => 4654 + n;
    const errorAt = (n: number) => bad.errors.filter((e) => e.line === line(n)).map((e) => `${e.field}: ${e.message}`);
    expect(errorAt(1)).toEqual([expect.stringMatching(/^\(line\): not valid JSON/)]);
    expect(errorAt(2)).toEqual([
      expect.stringMatching(/^industry: industry code 999999 \(company_industry\.jsonl line \d+\) is not a level-3 industry/),
    ]);
    expect(errorAt(3)).toEqual([
      `code: stock code 900003 also on line(s) ${line(4)} with another full name; skipped until a person decides`,
    ]);
    expect(errorAt(4)).toEqual([
      `code: stock code 900003 also on line(s) ${line(3)} with another full name; skipped until a person decides`,
    ]);
    expect(errorAt(5)).toEqual(['name: the short name "退" is only a status mark']);
    expect(errorAt(6)).toEqual([expect.stringMatching(/^location: the exchange is 上海证券交易所 or 深圳证券交易所/)]);
    expect(bad.counts.read).toBe(clean.counts.read + 6);
    expect(bad.counts.skip).toBe(clean.counts.skip + 6);
    expect({ create: bad.counts.create, update: bad.counts.update, match: bad.counts.match }).toEqual({
      create: clean.counts.create,
      update: clean.counts.update,
      match: clean.counts.match,
    });
  });
});
