// Table export shared by every DataTable: CSV (with a UTF-8 BOM so Excel on
// Windows reads Chinese correctly) and .xlsx. The xlsx writer is loaded with a
// dynamic import, so it only costs bytes when someone actually exports.

export type CellValue = string | number | null | undefined;

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
}

const BOM = '\uFEFF';

/**
 * Spreadsheets run a CSV cell that starts with = + - @ (or a tab or CR before one) as a
 * formula. The xlsx export writes every text as a text cell and every number as a number, so
 * nothing there is ever a formula; here a text cell starting with one of those characters gets
 * a leading apostrophe (shown as text, not evaluated), and numbers (typed as numbers, e.g. -5)
 * stay as they are, exactly as in the xlsx.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(value: CellValue): string {
  if (value == null) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(String(value));
  // RFC 4180: quote when the cell holds a separator, quote or line break.
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text: BOM, header row, then one line per row, CRLF-separated (Excel's default). */
export function toCsv<Row>(columns: ExportColumn<Row>[], rows: Row[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

export async function toXlsxBlob<Row>(columns: ExportColumn<Row>[], rows: Row[], sheetName = 'Sheet1'): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const header = columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const body = rows.map((row) =>
    columns.map((c) => {
      const v = c.value(row);
      if (v == null || v === '') return null;
      return typeof v === 'number' ? { value: v, type: Number } : { value: String(v), type: String };
    }),
  );
  // Excel limits sheet names to 31 characters without []:*?/\ .
  const sheet = sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
  return writeXlsxFile([header, ...body], { sheet }).toBlob();
}

/** `park_chain_table_2026-11-23`: safe in every file system, Chinese kept. */
export function exportFileName(parts: (string | null | undefined)[], date = new Date()): string {
  const day = date.toISOString().slice(0, 10);
  return [...parts.filter(Boolean), day].map((p) => String(p).replace(/[\\/:*?"<>|\s]+/g, '-')).join('_');
}

/** Starts a browser download of a blob under the given name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function csvBlob(text: string): Blob {
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
