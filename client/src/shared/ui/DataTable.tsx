import { useMemo, useState, type ReactNode } from 'react';
import { csvBlob, downloadBlob, exportFileName, toCsv, toXlsxBlob, type CellValue } from '../export/tables';
import { useT } from '../i18n/context';

export interface TableColumn<Row> {
  key: string;
  header: string;
  /** The plain value: sorted on and exported. */
  value: (row: Row) => CellValue;
  /** What the cell shows, when richer than the value (links, icons). */
  render?: (row: Row) => ReactNode;
  /** A header over neighbouring columns (e.g. the chain stage 上游/中游/下游); columns without one get an empty cell above. */
  group?: string;
}

export type TableSort = { key: string; dir: 'ascending' | 'descending' } | null;

interface Props<Row> {
  caption: string;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** File name parts before the date, e.g. [park, chain, table]. */
  fileParts: (string | null | undefined)[];
  /** Controlled sort (e.g. kept in the URL); without it the table keeps its own. */
  sort?: TableSort;
  onSortChange?: (sort: TableSort) => void;
}

/** Runs of neighbouring columns under the same group header. */
function groupRuns<Row>(columns: TableColumn<Row>[]): { group: string | undefined; span: number; key: string }[] {
  const runs: { group: string | undefined; span: number; key: string }[] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && last.group === c.group) last.span += 1;
    else runs.push({ group: c.group, span: 1, key: c.key });
  }
  return runs;
}

function compare(a: CellValue, b: CellValue): number {
  if (a == null || a === '') return b == null || b === '' ? 0 : 1; // blanks last
  if (b == null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
}

/** A captioned table whose headers sort (keyboard: they are buttons) and which exports what it shows. */
export function DataTable<Row>({ caption, columns, rows, rowKey, fileParts, sort: sortProp, onSortChange }: Props<Row>) {
  const p = useT().table;
  const [ownSort, setOwnSort] = useState<TableSort>(null);
  const sort = sortProp !== undefined ? sortProp : ownSort;
  const [failed, setFailed] = useState(false);

  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!sort || !column) return rows;
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => sign * compare(column.value(a), column.value(b)));
  }, [rows, columns, sort]);

  const toggle = (key: string) => {
    const next: TableSort = sort?.key === key && sort.dir === 'ascending' ? { key, dir: 'descending' } : { key, dir: 'ascending' };
    if (onSortChange) onSortChange(next);
    else setOwnSort(next);
  };
  const grouped = columns.some((c) => c.group);

  const name = exportFileName([...fileParts, caption]);
  const exportCsv = () => downloadBlob(csvBlob(toCsv(columns, sorted)), `${name}.csv`);
  const exportXlsx = async () => {
    setFailed(false);
    try {
      downloadBlob(await toXlsxBlob(columns, sorted, caption), `${name}.xlsx`);
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="data-table">
      <div className="data-table-tools">
        <button type="button" onClick={() => void exportXlsx()} disabled={rows.length === 0}>
          {p.exportXlsx}
        </button>
        <button type="button" onClick={exportCsv} disabled={rows.length === 0}>
          {p.exportCsv}
        </button>
        {failed && <span role="alert">{p.exportFailed}</span>}
      </div>
      <div className="data-table-scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            {grouped && (
              <tr className="data-table-groups">
                {groupRuns(columns).map((g) =>
                  g.group ? (
                    <th key={g.key} scope="colgroup" colSpan={g.span}>
                      {g.group}
                    </th>
                  ) : (
                    <td key={g.key} colSpan={g.span} />
                  ),
                )}
              </tr>
            )}
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort?.key === c.key ? sort.dir : 'none'}>
                  <button type="button" onClick={() => toggle(c.key)} title={p.sortBy(c.header)}>
                    {c.header}
                    <span aria-hidden="true">
                      {/* Unsorted columns show ↕, so that sorting is discoverable before the first click. */}
                      {sort?.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 ? (
              <tr>
                <td colSpan={columns.length}>{p.emptyTable}</td>
              </tr>
            ) : (
              sorted.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((c) => (
                    <td key={c.key}>{c.render ? c.render(row) : (c.value(row) ?? '')}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
