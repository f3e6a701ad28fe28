// The workbooks the import hands out: a template per kind (the header in Chinese, a fictional
// example row, drop-down lists of the graph's parks, chains, segments, stages and institution
// kinds from a second sheet) and the error sheet of a dry run (the rows with errors as uploaded,
// each with its problems). Every text cell written is neutralised (read.ts): a cell a user typed
// as "=HYPERLINK(…)" is exported as text, never as a formula.
import ExcelJS from 'exceljs';
import { institutionKinds, projectStatuses } from '../../domain/vocabulary.js';
import type { ImportIssue } from '../pipeline.js';
import { columns, kindLabels, type CellType, type SheetKind } from './columns.js';
import type { LookupRows } from './lookups.js';
import { columnLetter, neutralise, readSheet, type Cell, type SheetEncoding } from './read.js';

/** Rows of the data sheet that carry the drop-down lists. */
const validatedRows = 2000;

type Validations = { add(range: string, v: ExcelJS.DataValidation): void };

const captions = (v: { values: readonly string[]; captions: Readonly<Record<string, string | null>> }) =>
  v.values.map((x) => v.captions[x] ?? x);

export async function templateWorkbook(kind: SheetKind, lists: LookupRows): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet(kindLabels[kind]);
  const options = wb.addWorksheet('选项');
  const listOf: Partial<Record<CellType, string[]>> = {
    park: lists.parks.map((p) => p.name),
    chains: lists.chains.map((c) => c.name),
    segments: lists.segments.map((s) => (s.chain ? `${s.chain}/${s.name}` : s.name)),
    stage: captions(projectStatuses),
    institutionKind: captions(institutionKinds),
  };
  const types = Object.keys(listOf) as CellType[];
  types.forEach((t, i) => {
    const values = listOf[t]!;
    options.getColumn(i + 1).values = [t, ...values.map(neutralise)];
  });
  const cols = columns[kind];
  data.addRow(cols.map((c) => (c.required ? `${c.zh}*` : c.zh)));
  data.addRow(cols.map((c) => (typeof c.example === 'string' ? neutralise(c.example) : c.example)));
  data.getRow(1).font = { bold: true };
  cols.forEach((c, i) => {
    data.getColumn(i + 1).width = Math.max(12, c.zh.length * 2 + 4);
    const at = types.indexOf(c.type);
    if (at < 0) return;
    const letter = columnLetter(at);
    const n = listOf[c.type]!.length;
    // Segments and chains may hold several names (separated by ；): the list helps, never refuses.
    const several = c.type === 'segments' || c.type === 'chains';
    (data as unknown as { dataValidations: Validations }).dataValidations.add(`${columnLetter(i)}2:${columnLetter(i)}${validatedRows}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`选项!$${letter}$2:$${letter}$${Math.max(2, n + 1)}`],
      showErrorMessage: !several,
      errorStyle: 'stop',
      errorTitle: c.zh,
      error: `请从列表中选择${c.zh}`,
    });
  });
  options.state = 'hidden';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const cellText = (c: Cell | undefined) => (c === null || c === undefined ? '' : typeof c === 'number' ? c : neutralise(c));

/**
 * The error sheet of a dry run: the uploaded header, then every row that has an error as it was
 * uploaded, with a first column naming the row and a last one listing its problems.
 */
export async function errorWorkbook(
  file: { fileName: string; bytes: Buffer; encoding?: SheetEncoding | null },
  errors: ImportIssue[],
): Promise<Buffer> {
  const byLine = new Map<number, string[]>();
  for (const e of errors) byLine.set(e.line, [...(byLine.get(e.line) ?? []), `${e.field}: ${e.message}`]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('错误');
  let width = -1;
  for await (const row of readSheet(file.fileName, file.bytes, file.encoding).rows) {
    if (width < 0 && row.cells.some((c) => c !== null)) {
      width = row.cells.length;
      ws.addRow(['行', ...row.cells.map(cellText), '问题']).font = { bold: true };
      if (byLine.has(row.line)) ws.addRow([row.line, ...row.cells.map(() => ''), neutralise(byLine.get(row.line)!.join('\n'))]);
      continue;
    }
    const problems = byLine.get(row.line);
    if (!problems || width < 0) continue;
    const cells = Array.from({ length: Math.max(width, row.cells.length) }, (_, i) => cellText(row.cells[i]));
    ws.addRow([row.line, ...cells, neutralise(problems.join('\n'))]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
