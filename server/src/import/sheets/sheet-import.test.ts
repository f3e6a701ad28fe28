// Staff sheets through the import pipeline on the real Neo4j: a good sheet of each kind plans,
// commits as one batch with its audit records, and undoes back to the graph as it was; bad
// sheets (GBK without BOM with bad rows, merged header cells, duplicates) are named row by row
// and column by column and write nothing; an uncertain match waits for the user's decision.
// An undo keeps the firms later sheets linked to or rewrote, naming the batch, and finishes once
// those are undone.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../../../test/db.js';
import { undoBatch, UndoRefusedError } from '../batches.js';
import { ImportRefused, runImport, type ImportResult } from '../pipeline.js';
import { creditCodeCheckChar } from '../resolve/credit-code.js';
import type { SheetKind } from './columns.js';
import { SheetImporter, type Decision } from './importer.js';

const db = testExecutor();
const batches: string[] = [];
const audit = { by: 'sheet-test', byUserId: null, reason: 'sheet test' };

afterAll(async () => {
  await db.write(
    {
      name: 'test/sheet-cleanup',
      text: `MATCH (n) WHERE (n:Change AND n.batchId IN $ids) OR (n:ImportBatch AND n.id IN $ids) DETACH DELETE n`,
    },
    { ids: batches },
  );
});

/** Domain nodes and relationships only (batches and audit records stay after an undo). */
const domain = async () =>
  (
    await db.read<{ nodes: number; rels: number; hash: string }>({
      name: 'test/sheet-domain',
      text: `CALL () { MATCH (n:Entity) RETURN count(n) AS nodes, sum(size(keys(n))) AS keys }
             CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS rels, sum(size(keys(r))) AS rkeys }
             RETURN nodes, rels, toString(keys) + '/' + toString(rkeys) AS hash`,
    })
  )[0]!;

const code = (first17: string) => first17 + creditCodeCheckChar(first17)!;
const good1 = code('91330201MA2H00001');
const good2 = code('91330201MA2H00002');

async function xlsx(rows: unknown[][], merge?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  for (const r of rows) ws.addRow(r);
  if (merge) ws.mergeCells(merge);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function plan(kind: SheetKind, fileName: string, bytes: Buffer, commit = false, decisions: Decision[] = []): Promise<ImportResult> {
  return runImport(db, new SheetImporter({ kind, fileName, bytes, decisions }), {
    commit,
    who: 'sheet-test',
    allOrNothing: true,
    audit,
    keepRows: 1000,
  });
}

async function commit(kind: SheetKind, fileName: string, bytes: Buffer, decisions: Decision[] = []): Promise<ImportResult> {
  const r = await plan(kind, fileName, bytes, true, decisions);
  if (r.batchId) batches.push(r.batchId);
  return r;
}

const refused = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ImportRefused);
  return (e as ImportRefused).result;
};

const messages = (r: ImportResult) => r.errors.map((e) => `${e.line} ${e.field}: ${e.message}`);

describe('enterprise sheet', () => {
  const header = ['企业名称', '统一社会信用代码', '园区', '产业链环节', '成立时间', '主要产品', '备注'];
  const sheet = () =>
    xlsx([
      header,
      ['示例虚构压铸甲有限公司', good1, '宁波高新区', '压铸模具制造', { formula: '2018+1', result: 2019 }, '模架；镶件', '=1+1 stays text'],
      [],
      ['示例虚构压铸乙有限公司', good2, '宁波高新区', '', '2020年3月', '', ''],
      ['宁波长阳科技股份有限公司', '', '', '', '', '', '由表格补充的备注'],
    ]);

  it('dry run: creates, an update field by field with its match reason, formulas as values; nothing written', async () => {
    const before = await domain();
    const r = await plan('enterprises', '企业.xlsx', await sheet());
    expect(r.errors).toEqual([]);
    expect(r.counts).toMatchObject({ read: 3, create: 2, update: 1, skip: 0 });
    const update = r.rows!.find((x) => x.action === 'update')!;
    expect(update).toMatchObject({ line: 5, targetId: 'e.changyang', reason: 'same normalised name: e.changyang' });
    expect(update.changes).toEqual([{ field: 'note', before: expect.anything(), after: '由表格补充的备注' }]);
    expect(await domain()).toEqual(before);
  });

  it('commits as one batch with audit records, and undo puts the graph back', async () => {
    const before = await domain();
    const r = await commit('enterprises', '企业.xlsx', await sheet());
    expect(r.batchId).toMatch(/^imp-sheet-enterprises-/);
    const [made] = await db.read<{ firms: Array<Record<string, unknown>>; changes: number }>(
      {
        name: 'test/sheet-made',
        text: `RETURN COLLECT { MATCH (e:Enterprise {importBatch: $b}) OPTIONAL MATCH (e)-[:LOCATED_IN]->(p)
                               RETURN e {.name, .creditCode, .founded, .note, .products, park: p.id} } AS firms,
                     COUNT { MATCH (c:Change {batchId: $b}) } AS changes`,
      },
      { b: r.batchId },
    );
    expect(made!.changes).toBe(3);
    const first = made!.firms.find((f) => f.name === '示例虚构压铸甲有限公司')!;
    expect(first).toMatchObject({
      creditCode: good1,
      founded: '2019',
      note: '=1+1 stays text',
      products: ['模架', '镶件'],
      park: 'nb-hitech',
    });
    // A second run of the same sheet matches every row by credit code / name and changes nothing.
    const again = await plan('enterprises', '企业.xlsx', await sheet());
    expect(again.counts).toMatchObject({ create: 0, update: 0, match: 3 });
    expect(again.rows!.map((x) => x.reason)).toEqual(expect.arrayContaining([expect.stringMatching(/^same credit code: e\.sheet-/)]));
    const undo = await undoBatch(db, r.batchId!, 'sheet-test');
    expect(undo).toMatchObject({ deleted: 2, restored: 1 });
    expect(await domain()).toEqual(before);
  });
});

describe('bad sheets: named by row and column, nothing written', () => {
  it('GBK CSV without BOM with bad cells, an unknown park and segment, a duplicate, a missing name and a bad check digit', async () => {
    const bad = good1.slice(0, 17) + (good1[17] === '0' ? '1' : '0');
    const text = [
      '企业名称,统一社会信用代码,园区,产业链环节,成立时间',
      `示例虚构丙有限公司,${good2},宁波高新区,压铸模具制造,2021`,
      '示例虚构丁有限公司,,不存在的园区,,2021',
      '示例虚构戊有限公司,,,不存在的环节,2021',
      `示例虚构己有限公司,${bad},,,`,
      ',,,,去年',
      `示例虚构丙有限公司,${good2},宁波高新区,压铸模具制造,2021`,
    ].join('\r\n');
    const before = await domain();
    const bytes = iconv.encode(text, 'gbk');
    const r = await refused(commit('enterprises', '企业.csv', bytes));
    expect(messages(r)).toEqual([
      `3 园区 (C): unknown park "不存在的园区": use a park name from the template's list`,
      `4 产业链环节 (D): unknown segment "不存在的环节": use a segment from the template's list`,
      `5 统一社会信用代码 (B): invalid credit code "${bad}": check character is ${bad[17]}, expected ${good1[17]}`,
      '6 企业名称 (A): required: this cell is empty',
      '6 成立时间 (E): dates are YYYY, YYYY-MM or YYYY-MM-DD',
      '7 统一社会信用代码 (B): duplicates row 2 of this sheet',
    ]);
    expect(r.counts.create).toBe(1);
    expect(await domain()).toEqual(before);
  });

  it('merged header cells and a bad number are reported; the rows are not read', async () => {
    const merged = await xlsx(
      [
        ['项目名称', '园区', '', '总投资（亿元）'],
        ['示例虚构项目', '宁波高新区', '', '很多'],
      ],
      'B1:C1',
    );
    expect(messages(await plan('projects', 'p.xlsx', merged))).toEqual([
      '1 C: column C has no header: merged header cells are not read; write one column name in each header cell',
    ]);
    const badNumber = await xlsx([
      ['项目名称', '总投资（亿元）', '阶段'],
      ['示例虚构项目', '很多', '开挖'],
    ]);
    expect(messages(await plan('projects', 'p.xlsx', badNumber))).toEqual([
      expect.stringMatching(/^2 阶段 \(C\): not a stage; write one of 谋划/),
      '2 总投资（亿元） (B): not a number',
    ]);
  });
});

describe('projects, institutions and supply links', () => {
  it('a project with its stage and lifecycle dates, an institution serving a chain, a supply link; undo restores', async () => {
    const before = await domain();
    const projects = await xlsx([
      ['项目名称', '园区', '投资方', '阶段', '签约日期', '开工日期', '总投资（亿元）', '用地（亩）'],
      ['示例虚构年产模具项目', '宁波高新区', '宁波长阳科技股份有限公司', '在建', '2024/3/5', '2024年6月', 12.5, 80],
    ]);
    const p = await commit('projects', '项目.xlsx', projects);
    expect(p.errors).toEqual([]);
    const [project] = await db.read<Record<string, unknown>>(
      {
        name: 'test/sheet-project',
        text: `MATCH (p:Project {importBatch: $b}) RETURN p.status AS status, p.signedOn AS signedOn, p.startedOn AS startedOn,
               p.investmentCny AS investmentCny, p.landMu AS landMu, [(p)-[:BY]->(e) | e.id] AS by, [(p)-[:IN_PARK]->(k) | k.id] AS park`,
      },
      { b: p.batchId },
    );
    expect(project).toEqual({
      status: 'construction',
      signedOn: '2024-03-05',
      startedOn: '2024-06',
      investmentCny: 1_250_000_000,
      landMu: 80,
      by: ['e.changyang'],
      park: ['nb-hitech'],
    });
    const inst = await commit('institutions', '机构.csv', Buffer.from('机构名称,类型,服务产业链\n示例虚构压铸研究院,研究院,压铸模具\n'));
    expect(inst.counts.create).toBe(1);
    const supply = Buffer.from(
      '供应方,客户,依据\n宁波长阳科技股份有限公司,宁波臻至机械模具有限公司,示例合同\n不存在的公司,宁波臻至机械模具有限公司,\n',
    );
    const refusedSupply = await refused(commit('supply', '供应.csv', supply));
    expect(messages(refusedSupply)).toEqual([`3 供应方 (A): no enterprise "不存在的公司" in the graph: import or enter it first`]);
    const link = await commit('supply', '供应.csv', Buffer.from(supply.toString().split('\n').slice(0, 2).join('\n')));
    expect(link.counts).toMatchObject({ create: 1, relationships: 1 });
    for (const b of [link, inst, p]) await undoBatch(db, b.batchId!, 'sheet-test');
    expect(await domain()).toEqual(before);
  });
});

describe('uncertain matches wait for a decision', () => {
  const sheet = Buffer.from('企业名称,备注\n长阳科技,表格里的简称\n');

  it('is listed in the dry run, refuses a commit without a decision, and follows the decision given', async () => {
    const dry = await plan('enterprises', 'e.csv', sheet);
    expect(dry.review).toEqual([
      expect.objectContaining({
        line: 2,
        candidates: [expect.objectContaining({ id: 'e.changyang', why: expect.stringContaining('长阳科技') })],
      }),
    ]);
    await refused(commit('enterprises', 'e.csv', sheet));
    const before = await domain();
    const skipped = await plan('enterprises', 'e.csv', sheet, false, [{ line: 2, choice: 'skip' }]);
    expect(skipped.counts).toMatchObject({ skip: 1, create: 0, review: 0 });
    const chosen = await commit('enterprises', 'e.csv', sheet, [{ line: 2, choice: 'e.changyang' }]);
    expect(chosen.rows![0]).toMatchObject({ action: 'update', targetId: 'e.changyang', reason: 'your decision: e.changyang' });
    await undoBatch(db, chosen.batchId!, 'sheet-test');
    expect(await domain()).toEqual(before);
  });
});

describe('undo keeps what later sheets touched', () => {
  it('keeps a firm a later project sheet links to and one a later sheet rewrote, naming the batch; once those are undone the rest goes', async () => {
    const before = await domain();
    const names = ['示例虚构后续甲有限公司', '示例虚构后续乙有限公司', '示例虚构后续丙有限公司'];
    const firms = await commit('enterprises', '先.csv', Buffer.from(`企业名称,园区\n${names.map((n) => `${n},宁波高新区`).join('\n')}\n`));
    expect(firms.counts.create).toBe(3);
    const project = await commit('projects', '后.csv', Buffer.from(`项目名称,投资方\n示例虚构后续项目,${names[0]}\n`));
    const rewrite = await commit('enterprises', '改.csv', Buffer.from(`企业名称,备注\n${names[1]},后来的表格写的备注\n`));
    expect([project.counts.create, rewrite.counts.update]).toEqual([1, 1]);

    const refusal = await undoBatch(db, firms.batchId!, 'sheet-test').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UndoRefusedError);
    const why = (refusal as UndoRefusedError).records.map((r) => [r.name, r.reason, r.batchId, r.by]);
    expect(why).toHaveLength(2);
    expect(why).toEqual(
      expect.arrayContaining([
        [names[0], 'linked', project.batchId, 'sheet-test'],
        [names[1], 'rewritten', rewrite.batchId, 'sheet-test'],
      ]),
    );

    const part = await undoBatch(db, firms.batchId!, 'sheet-test', { onlySafe: true });
    expect(part).toMatchObject({ deleted: 1, restored: 0, unlinked: 1, batch: { status: 'partlyUndone', kept: 2 } });
    expect(part.undone).toEqual([expect.objectContaining({ name: names[2], action: 'deleted' })]);
    expect(part.kept.find((k) => k.reason === 'linked')!.fields).toEqual(['BY']);
    expect(part.kept.find((k) => k.reason === 'rewritten')!.fields).toEqual(['note']);
    // Links go or stay with the record they start from: the kept firms are still in their park.
    const [kept] = await db.read<{ firms: string[]; investor: string[] }>(
      {
        name: 'test/sheet-kept',
        text: `RETURN COLLECT { MATCH (e:Enterprise)-[:LOCATED_IN]->(:Park {id: 'nb-hitech'}) WHERE e.name IN $names RETURN e.name ORDER BY e.name } AS firms,
                      COLLECT { MATCH (:Project {name: '示例虚构后续项目'})-[:BY]->(e) RETURN e.name } AS investor`,
      },
      { names },
    );
    expect(kept).toEqual({ firms: [names[1], names[0]], investor: [names[0]] }); // by name: 乙 sorts before 甲

    for (const b of [rewrite, project]) await undoBatch(db, b.batchId!, 'sheet-test');
    const rest = await undoBatch(db, firms.batchId!, 'sheet-test');
    expect(rest).toMatchObject({ deleted: 2, batch: { status: 'undone' }, kept: [] });
    expect(await domain()).toEqual(before);
  });

  it('keeps a firm it updated that a later project sheet names as investor, until that batch is undone', async () => {
    const before = await domain();
    const update = await commit('enterprises', '更新.csv', Buffer.from('企业名称,备注\n宁波长阳科技股份有限公司,更新后又被关联\n'));
    expect(update.counts.update).toBe(1);
    const project = await commit('projects', '关联.csv', Buffer.from('项目名称,投资方\n示例虚构关联更新项目,宁波长阳科技股份有限公司\n'));
    expect(project.counts.create).toBe(1);

    const refusal = await undoBatch(db, update.batchId!, 'sheet-test').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UndoRefusedError);
    expect((refusal as UndoRefusedError).records).toEqual([
      expect.objectContaining({ id: 'e.changyang', reason: 'linked', fields: ['BY'], batchId: project.batchId }),
    ]);
    const part = await undoBatch(db, update.batchId!, 'sheet-test', { onlySafe: true });
    expect(part).toMatchObject({ deleted: 0, restored: 0, batch: { status: 'partlyUndone', kept: 1 }, undone: [] });

    await undoBatch(db, project.batchId!, 'sheet-test');
    const rest = await undoBatch(db, update.batchId!, 'sheet-test');
    expect(rest).toMatchObject({ restored: 1, batch: { status: 'undone' }, kept: [] });
    expect(await domain()).toEqual(before);
  });
});
