// Reading staff spreadsheets into rows of plain cell values, with well-kept libraries only:
// .xlsx through exceljs's streaming WorkbookReader (rows arrive one at a time, so a 50,000-row
// sheet does not build a workbook in memory), .csv through papaparse after decoding the bytes.
//
// CSV encoding: an explicit choice wins; else a UTF-8 BOM says UTF-8; else bytes that decode as
// strict UTF-8 are UTF-8; anything else is read as GB18030 (a superset of GBK and GB2312, what
// Excel on a Chinese Windows writes) through iconv-lite.
//
// Formulas are never evaluated: a formula cell gives the value Excel cached when it saved the
// file, and a formula without a cached value is an error for that cell.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';

export type Cell = string | number | null;
export type SheetEncoding = 'utf-8' | 'gb18030';

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it. */
  line: number;
  cells: Cell[];
  /** Cells that could not be read (a formula without a cached value, an error value), by column index. */
  bad?: Array<{ col: number; message: string }>;
}

export interface ReadSheet {
  encoding: SheetEncoding | null;
  rows: AsyncIterable<SheetRow>;
}

const utf8Bom = [0xef, 0xbb, 0xbf];

/** Which encoding a CSV file's bytes are in (see the file comment). */
export function detectEncoding(bytes: Uint8Array): { encoding: SheetEncoding; bom: boolean } {
  if (utf8Bom.every((b, i) => bytes[i] === b)) return { encoding: 'utf-8', bom: true };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bom: false };
  } catch {
    return { encoding: 'gb18030', bom: false };
  }
}

export function decodeCsv(bytes: Buffer, chosen?: SheetEncoding | null): { text: string; encoding: SheetEncoding } {
  const detected = detectEncoding(bytes);
  const encoding = chosen ?? detected.encoding;
  const body = detected.bom ? bytes.subarray(3) : bytes;
  const text = encoding === 'utf-8' ? new TextDecoder('utf-8').decode(body) : iconv.decode(body, 'gb18030');
  return { text, encoding };
}

async function* csvRows(text: string): AsyncIterable<SheetRow> {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  let line = 0;
  for (const cells of parsed.data) {
    line++;
    yield { line, cells: cells.map((c) => (c.trim() === '' ? null : c)) };
  }
}

/** YYYY-MM-DD of a date cell (Excel dates carry no zone; exceljs gives them as UTC). */
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** One exceljs cell value as a plain value; formulas give their cached result. */
export function plainCell(v: unknown): { value: Cell } | { error: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string') return { value: v.trim() === '' ? null : v };
  if (typeof v === 'number') return { value: v };
  if (typeof v === 'boolean') return { value: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { value: isoDay(v) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      if (o.result === undefined || o.result === null)
        return { error: 'a formula without a saved value: open the file in Excel and save it, or type the value' };
      if (typeof o.result === 'object' && o.result && 'error' in o.result)
        return { error: `the formula's value is the error ${String((o.result as { error: unknown }).error)}` };
      return plainCell(o.result);
    }
    if ('richText' in o && Array.isArray(o.richText)) return plainCell((o.richText as Array<{ text: string }>).map((r) => r.text).join(''));
    if ('text' in o) return plainCell(o.text);
    if ('error' in o) return { error: `the cell holds the error value ${String(o.error)}` };
  }
  return { error: 'a value of a kind this import does not read' };
}

async function* xlsxRows(bytes: Buffer): AsyncIterable<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  // A zip may carry a worksheet before xl/workbook.xml (ExcelJS's own writer does, now and then):
  // the stream reader then reads `model.sheets` before it has a model and throws. Starting from
  // an empty model lets it name the sheet by its file (sheet1.xml) until the workbook arrives.
  const started = reader as unknown as { model?: object };
  started.model ??= {};
  // The first worksheet holds the data; a template's second one holds the validation lists.
  for await (const sheet of reader) {
    let expected = 1;
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      // The streaming reader skips rows with no cells at all: give them back as empty rows, so
      // row numbers stay true and empty rows are reported like the CSV's.
      for (; expected < row.number; expected++) yield { line: expected, cells: [] };
      expected = row.number + 1;
      const values = row.values as unknown[];
      const cells: Cell[] = [];
      const bad: SheetRow['bad'] = [];
      for (let i = 1; i < values.length; i++) {
        const c = plainCell(values[i]);
        if ('error' in c) {
          bad.push({ col: i - 1, message: c.error });
          cells.push(null);
        } else cells.push(c.value);
      }
      yield { line: row.number, cells, ...(bad.length ? { bad } : {}) };
    }
    break;
  }
}

export function isXlsx(fileName: string, bytes: Uint8Array): boolean {
  // A zip file (PK\3\4) is an xlsx; the name decides only when the bytes do not.
  return (bytes[0] === 0x50 && bytes[1] === 0x4b) || /\.xlsx$/i.test(fileName);
}

/** Reads an uploaded file: .xlsx by its bytes, anything else as CSV. */
export function readSheet(fileName: string, bytes: Buffer, chosen?: SheetEncoding | null): ReadSheet {
  if (isXlsx(fileName, bytes)) return { encoding: null, rows: xlsxRows(bytes) };
  const { text, encoding } = decodeCsv(bytes, chosen);
  return { encoding, rows: csvRows(text) };
}

/** A column's letter as Excel shows it (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A cell that a spreadsheet would run as a formula when the text is opened again (=, +, -, @,
 * tab, CR): prefixed with ' on export so it stays text (CSV/formula injection).
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
