import { useMemo, useState } from 'react';
import type { AnalystResult } from '../../shared/api/types';
import { useAnalystT } from './messages';
import { DataTable, type TableColumn } from '../../shared/ui/DataTable';
import { cellValue } from './cells';
import { ResultGraph } from './ResultGraph';

interface Row {
  i: number;
  cells: unknown[];
}

/** A result as 表格 / 图 tabs (the graph tab only when there are graph nodes). */
export function ResultView({ result, name, headless }: { result: AnalystResult; name: string; headless?: boolean }) {
  const t = useAnalystT();
  const [tab, setTab] = useState<'table' | 'graph'>('table');
  const hasGraph = result.graph.nodes.length > 0;
  const shown = hasGraph ? tab : 'table';
  const rows = useMemo<Row[]>(() => result.rows.map((cells, i) => ({ i, cells })), [result.rows]);
  const columns = useMemo<TableColumn<Row>[]>(
    () => result.columns.map((header, j) => ({ key: String(j), header, value: (r: Row) => cellValue(r.cells[j]) })),
    [result.columns],
  );
  return (
    <section className="analyst-result" aria-label={t.resultLabel}>
      <div className="analyst-result-bar">
        {hasGraph && (
          <div role="tablist" className="analyst-tabs">
            <button type="button" role="tab" aria-selected={shown === 'table'} onClick={() => setTab('table')}>
              {t.tabTable}
            </button>
            <button type="button" role="tab" aria-selected={shown === 'graph'} onClick={() => setTab('graph')}>
              {t.tabGraph}
            </button>
          </div>
        )}
        <span className="analyst-meta" data-testid="analyst-row-info">
          {t.rowsInfo(result.rowCount, result.ms)}
        </span>
      </div>
      {result.truncated && (
        <p className="analyst-note" role="note">
          {t.truncated}
        </p>
      )}
      {shown === 'graph' ? (
        <ResultGraph graph={result.graph} headless={headless ?? false} />
      ) : result.rows.length === 0 ? (
        <p className="analyst-muted">{t.noRows}</p>
      ) : (
        <div className="analyst-table-wrap">
          <DataTable caption={t.resultLabel} columns={columns} rows={rows} rowKey={(r) => String(r.i)} fileParts={[name]} />
        </div>
      )}
    </section>
  );
}
