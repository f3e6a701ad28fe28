// The sheet reader on files built in the test with exceljs and iconv-lite: encoding detection
// (UTF-8, UTF-8 BOM, GBK without BOM, an explicit choice), formula cells read as their cached
// value only, empty rows kept with true row numbers, merged/unknown/missing headers reported.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHeader } from './columns.js';
import { columnLetter, detectEncoding, neutralise, readSheet, type SheetRow } from './read.js';

const csv = '企业名称,园区\n示例虚构科技有限公司,示例园\n';
const all = async (rows: AsyncIterable<SheetRow>) => {
  const out: SheetRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
};

describe('CSV encodings', () => {
  it('reads UTF-8, UTF-8 with BOM and GBK without BOM alike; an explicit choice overrides', async () => {
    const utf8 = Buffer.from(csv, 'utf8');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    const gbk = iconv.encode(csv, 'gbk');
    expect(detectEncoding(utf8)).toEqual({ encoding: 'utf-8', bom: false });
    expect(detectEncoding(bom)).toEqual({ encoding: 'utf-8', bom: true });
    expect(detectEncoding(gbk)).toEqual({ encoding: 'gb18030', bom: false });
    for (const bytes of [utf8, bom, gbk]) {
      const rows = await all(readSheet('a.csv', bytes).rows);
      expect(rows[0]!.cells).toEqual(['企业名称', '园区']);
      expect(rows[1]!.cells).toEqual(['示例虚构科技有限公司', '示例园']);
    }
    const forced = await all(readSheet('a.csv', gbk, 'utf-8').rows);
    expect(forced[0]!.cells[0]).not.toBe('企业名称');
  });
});

describe('xlsx', () => {
  it('gives formulas their cached value, flags a formula without one, keeps empty rows numbered', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('企业');
    ws.addRow(['企业名称', '用地（亩）']);
    ws.addRow(['示例虚构甲有限公司', { formula: '40*2', result: 80 }]);
    ws.getCell('A4').value = '示例虚构乙有限公司';
    ws.getCell('B4').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
    const rows = await all(readSheet('a.xlsx', Buffer.from(await wb.xlsx.writeBuffer())).rows);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(rows[1]!.cells).toEqual(['示例虚构甲有限公司', 80]);
    expect(rows[2]!.cells).toEqual([]);
    expect(rows[3]!.bad).toEqual([{ col: 1, message: expect.stringMatching(/formula without a saved value/) }]);
  });

  it('reports merged header cells, unknown and missing columns by column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('企业');
    ws.addRow(['园区', '企业名称', '', '备注', '规模']);
    ws.mergeCells('B1:C1');
    const [header] = await all(readSheet('a.xlsx', Buffer.from(await wb.xlsx.writeBuffer())).rows);
    const h = readHeader('enterprises', header!);
    expect(h.issues.map((i) => `${i.column}: ${i.message}`)).toEqual([
      expect.stringMatching(/^C: column C has no header: merged header cells/),
      expect.stringMatching(/^E: unknown column "规模"/),
    ]);
    expect(readHeader('projects', { line: 1, cells: ['园区'] }).issues.map((i) => i.message)).toEqual([
      'the required column "项目名称" is missing',
    ]);
    expect(readHeader('enterprises', { line: 1, cells: ['Company', 'Park'] }).issues).toEqual([]);
  });

  it('names columns like Excel and neutralises formula-like text on export', () => {
    expect([0, 25, 26, 27].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB']);
    expect(neutralise('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutralise('示例')).toBe('示例');
  });
});
