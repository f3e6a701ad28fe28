// The columns of each kind of staff sheet: the Chinese header the template writes, the English
// and other aliases a sheet may use instead, whether it is required, and how a cell is read.
// A column mapping (sheet header → field key) given by the user overrides the headers.
import { columnLetter, type Cell, type SheetRow } from './read.js';

export type SheetKind = 'enterprises' | 'projects' | 'institutions' | 'supply';
export type CellType = 'text' | 'number' | 'date' | 'list' | 'park' | 'segments' | 'chains' | 'stage' | 'institutionKind';

export interface Column {
  key: string;
  zh: string;
  aliases: string[];
  type: CellType;
  required?: boolean;
  /** The template's example row (fictional). */
  example: string | number;
}

const col = (key: string, zh: string, aliases: string[], type: CellType, example: string | number, required = false): Column => ({
  key,
  zh,
  aliases,
  type,
  example,
  required,
});

export const columns: Record<SheetKind, Column[]> = {
  enterprises: [
    col('name', '企业名称', ['名称', 'name', 'company', 'enterprise'], 'text', '示例虚构科技有限公司', true),
    col('shortName', '简称', ['short name', 'shortname'], 'text', '示例虚构'),
    col('creditCode', '统一社会信用代码', ['信用代码', 'credit code', 'creditcode', 'uscc'], 'text', ''),
    col('stockCode', '股票代码', ['证券代码', 'stock code', 'stockcode'], 'text', ''),
    col('park', '园区', ['所在园区', 'park'], 'park', ''),
    col('segments', '产业链环节', ['环节', 'segment', 'segments'], 'segments', ''),
    col('founded', '成立时间', ['成立日期', 'founded'], 'date', '2019-05'),
    col('products', '主要产品', ['产品', 'products'], 'list', '示例薄膜；示例支架'),
    col('note', '备注', ['note', 'notes'], 'text', ''),
  ],
  projects: [
    col('name', '项目名称', ['名称', 'name', 'project'], 'text', '示例虚构年产1GW组件项目', true),
    col('park', '园区', ['所在园区', 'park'], 'park', ''),
    col('investor', '投资方', ['投资企业', 'investor'], 'text', '示例虚构科技有限公司'),
    col('segments', '产业链环节', ['环节', 'segment', 'segments'], 'segments', ''),
    col('stage', '阶段', ['项目阶段', 'stage', 'status'], 'stage', '签约'),
    col('signedOn', '签约日期', ['signed'], 'date', '2024-03'),
    col('fundsArrivedOn', '资金到位日期', ['funds arrived'], 'date', ''),
    col('startedOn', '开工日期', ['started', 'construction'], 'date', ''),
    col('toppedOutOn', '封顶日期', ['topped out'], 'date', ''),
    col('trialProductionOn', '试生产日期', ['trial production'], 'date', ''),
    col('inProductionOn', '投产日期', ['in production'], 'date', ''),
    col('investmentYi', '总投资（亿元）', ['总投资', '投资额（亿元）', 'investment', 'investment (100m cny)'], 'number', 12.5),
    col('landMu', '用地（亩）', ['用地', 'land (mu)', 'landmu'], 'number', 80),
    col('note', '备注', ['note', 'notes'], 'text', ''),
  ],
  institutions: [
    col('name', '机构名称', ['名称', 'name', 'institution'], 'text', '示例虚构产业研究院', true),
    col('kind', '类型', ['机构类型', 'kind', 'type'], 'institutionKind', '研究院', true),
    col('park', '园区', ['所在园区', 'park'], 'park', ''),
    col('chains', '服务产业链', ['产业链', 'chains', 'chain'], 'chains', ''),
    col('established', '成立时间', ['成立日期', 'established'], 'date', '2021'),
    col('note', '备注', ['note', 'notes'], 'text', ''),
  ],
  supply: [
    col('supplier', '供应方', ['供应商', 'supplier', 'from'], 'text', '示例虚构科技有限公司', true),
    col('customer', '客户', ['采购方', 'customer', 'to'], 'text', '示例虚构新能源有限公司', true),
    col('basis', '依据', ['说明', 'basis'], 'text', '示例：采购合同'),
  ],
};

export const kindLabels: Record<SheetKind, string> = { enterprises: '企业', projects: '项目', institutions: '机构', supply: '供应关系' };

/** Header text as compared: width-normalised, lower case, without spaces and a trailing "*". */
const norm = (h: string) =>
  h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\*$/, '');

export interface HeaderIssue {
  line: number;
  column: string;
  message: string;
}

export interface HeaderMap {
  /** Header row number. */
  line: number;
  /** Column index → the column it fills. */
  byIndex: Map<number, Column>;
  /** Column key → where it is, for messages: "园区 (C)". */
  where: Map<string, string>;
  issues: HeaderIssue[];
  /** Headers as written that name no column of the kind (or were mapped to no known one): the mapping step's questions. */
  unknown: string[];
}

/**
 * Reads the header row: each cell must name a column of the kind (or be mapped to one by
 * `mapping`). An empty cell between named ones is what merged header cells leave behind; a
 * header naming nothing, or a column named twice, is an error too.
 */
export function readHeader(kind: SheetKind, row: SheetRow, mapping: Record<string, string> = {}): HeaderMap {
  const cols = columns[kind];
  const byKey = new Map(cols.map((c) => [c.key, c]));
  const byName = new Map<string, Column>();
  for (const c of cols) for (const n of [c.zh, c.key, ...c.aliases]) byName.set(norm(n), c);
  const mapped = new Map(Object.entries(mapping).map(([h, k]) => [norm(h), k]));
  const byIndex = new Map<number, Column>();
  const where = new Map<string, string>();
  const issues: HeaderIssue[] = [];
  const unknown: string[] = [];
  const lastNamed = row.cells.reduce<number>((last, c, i) => (c === null ? last : i), -1);
  for (let i = 0; i <= lastNamed; i++) {
    const letter = columnLetter(i);
    const cell = row.cells[i];
    if (cell === null || cell === undefined) {
      issues.push({
        line: row.line,
        column: letter,
        message: `column ${letter} has no header: merged header cells are not read; write one column name in each header cell`,
      });
      continue;
    }
    const text = norm(String(cell));
    const key = mapped.get(text);
    const column = key !== undefined ? byKey.get(key) : byName.get(text);
    if (key === '') continue; // mapped to nothing: the user chose to ignore this column
    if (!column) {
      if (!unknown.includes(String(cell))) unknown.push(String(cell));
      issues.push({
        line: row.line,
        column: letter,
        message: `unknown column "${String(cell)}"${key ? ` (mapped to unknown field "${key}")` : ''}; expected one of: ${cols.map((c) => c.zh).join('、')}`,
      });
      continue;
    }
    if (where.has(column.key)) {
      issues.push({ line: row.line, column: letter, message: `"${String(cell)}" repeats column ${where.get(column.key)}` });
      continue;
    }
    byIndex.set(i, column);
    where.set(column.key, `${column.zh} (${letter})`);
  }
  for (const c of cols) {
    if (c.required && !where.has(c.key)) issues.push({ line: row.line, column: c.zh, message: `the required column "${c.zh}" is missing` });
  }
  return { line: row.line, byIndex, where, issues, unknown };
}

/** A data row as { key → cell }, with unreadable cells reported by column. */
export function rowValues(h: HeaderMap, row: SheetRow): { values: Record<string, Cell>; bad: HeaderIssue[] } {
  const values: Record<string, Cell> = {};
  for (const [i, c] of h.byIndex) values[c.key] = row.cells[i] ?? null;
  const bad = (row.bad ?? [])
    .filter((b) => h.byIndex.has(b.col))
    .map((b) => ({ line: row.line, column: h.where.get(h.byIndex.get(b.col)!.key)!, message: b.message }));
  return { values, bad };
}

export const isEmptyRow = (row: SheetRow) => row.cells.every((c) => c === null || c === undefined) && !row.bad?.length;
