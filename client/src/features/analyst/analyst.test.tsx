import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AnalystResult, GraphQLErrorEntry, SavedQuery } from '../../shared/api/types';
import type { CypherQuery, RunSavedQueryQuery, SavedQueriesQuery } from '../../gql/graphql';
import { I18nProvider } from '../../shared/i18n/context';
import { jsonResponse } from '../../test/fixtures';
import { CypherPanel } from './CypherPanel';
import { collectParams, parseParamType } from './params';
import { localDescription, SavedQueriesPanel } from './SavedQueriesPanel';

const completeness: SavedQuery = {
  id: 'parks-by-chain-completeness',
  title: '产业链完整度最高的园区',
  titleEn: 'Parks by chain completeness',
  description: '按产业链顶层环节覆盖率排序园区。',
  params: [
    { name: 'chainId', type: 'String', required: false, default: 'pv', description: '产业链 id', pick: null },
    { name: 'includeInferred', type: 'Boolean', required: false, default: true, description: null, pick: null },
    { name: 'limit', type: 'Int', required: false, default: 10, description: null, pick: null },
    { name: 'roles', type: '[String]', required: false, default: ['anchor', 'leading'], description: null, pick: null },
    { name: 'parkId', type: 'String?', required: false, default: null, description: null, pick: null },
  ],
};

const result: AnalystResult = {
  columns: ['park', 'completeness'],
  rows: [
    ['舟山高新技术产业园区', 0.8],
    ['临港园区', 0.5],
  ],
  rowCount: 2,
  truncated: false,
  ms: 12.3,
  graph: { nodes: [], edges: [], truncated: false },
};

/** A response body the analyst operations could get: generated result types, or errors. */
type Body = { data: RunSavedQueryQuery | CypherQuery | SavedQueriesQuery } | { data: null; errors: GraphQLErrorEntry[] };
type Answer = (body: { query: string; variables: Record<string, unknown> }) => Body;
function stubApi(answer: Answer) {
  const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => jsonResponse(answer(JSON.parse(String(init?.body)))));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderZh(ui: React.ReactNode) {
  return render(<I18nProvider lang="zh">{ui}</I18nProvider>);
}

describe('param types', () => {
  it('parses declared types and turns fields into JSON values', () => {
    expect(parseParamType('[Int]?')).toEqual({ base: 'Int', list: true, nullable: true });
    const { params, errors } = collectParams(completeness.params, { limit: '5', roles: 'anchor，leading, ', includeInferred: false });
    expect(errors).toEqual({});
    expect(params).toEqual({ chainId: 'pv', includeInferred: false, limit: 5, roles: ['anchor', 'leading'], parkId: null });
    expect(collectParams(completeness.params, { limit: '2.5' }).errors).toEqual({ limit: 'notAnInteger' });
  });
});

describe('saved queries', () => {
  it('shows the description in the current language', () => {
    const d = '按覆盖率排序园区（含分园）。 Parks by coverage (sub-parks in 亿元 too).';
    expect(localDescription(d, 'zh')).toBe('按覆盖率排序园区（含分园）。');
    expect(localDescription(d, 'en')).toBe('Parks by coverage (sub-parks in 亿元 too).');
    expect(localDescription('只有中文。', 'en')).toBe('只有中文。');
  });

  it('builds the parameter form from the declaration, defaults filled in', () => {
    renderZh(<SavedQueriesPanel queries={[completeness]} headless />);
    fireEvent.click(screen.getByRole('button', { name: '产业链完整度最高的园区' }));
    expect(screen.getByLabelText(/chainId/)).toHaveValue('pv');
    expect(screen.getByLabelText(/includeInferred/)).toBeChecked();
    const limit = screen.getByLabelText(/limit/);
    expect(limit).toHaveAttribute('type', 'number');
    expect(limit).toHaveValue(10);
    expect(screen.getByLabelText(/roles/)).toHaveValue('anchor, leading');
    expect(screen.getByLabelText(/parkId/)).toHaveValue('');
  });

  it('shows the API validation error next to the parameter it names', async () => {
    const fetchMock = stubApi(() => ({
      data: null,
      errors: [
        {
          message: 'Parameter "limit" must be Int.',
          extensions: { code: 'BAD_USER_INPUT', param: 'limit', problem: 'WRONG_TYPE', expected: 'Int' },
        },
      ],
    }));
    renderZh(<SavedQueriesPanel queries={[completeness]} headless />);
    fireEvent.click(screen.getByRole('button', { name: '产业链完整度最高的园区' }));
    fireEvent.click(screen.getByRole('button', { name: '运行' }));
    const field = document.querySelector('[data-param="limit"]') as HTMLElement;
    expect(await within(field).findByRole('alert')).toHaveTextContent('参数“limit”有误：参数应为 Int 类型。');
    // Worded from the codes: the server's English sentence is not shown in the Chinese UI.
    expect(field).not.toHaveTextContent('must be Int');
    expect(screen.getByLabelText(/limit/)).toHaveAttribute('aria-invalid', 'true');
    const sent = JSON.parse(String(fetchMock.mock.calls[0]![1]!.body));
    expect(sent.variables).toEqual({
      id: 'parks-by-chain-completeness',
      params: { chainId: 'pv', includeInferred: true, limit: 10, roles: ['anchor', 'leading'], parkId: null },
    });
  });

  it('checks numbers before sending', () => {
    const fetchMock = stubApi(() => ({ data: { runSavedQuery: result } }));
    renderZh(<SavedQueriesPanel queries={[completeness]} headless />);
    fireEvent.click(screen.getByRole('button', { name: '产业链完整度最高的园区' }));
    fireEvent.change(screen.getByLabelText(/limit/), { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: '运行' }));
    expect(within(document.querySelector('[data-param="limit"]') as HTMLElement).getByRole('alert')).toHaveTextContent('请输入整数');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the result as a table, with a graph tab only when there are graph elements', async () => {
    stubApi(() => ({
      data: {
        runSavedQuery: {
          ...result,
          graph: { nodes: [{ id: 'zs', label: '舟山', labelEn: null, type: 'Park', kind: null }], edges: [], truncated: false },
          truncated: true,
        },
      },
    }));
    renderZh(<SavedQueriesPanel queries={[completeness]} headless />);
    fireEvent.click(screen.getByRole('button', { name: '产业链完整度最高的园区' }));
    fireEvent.click(screen.getByRole('button', { name: '运行' }));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('舟山高新技术产业园区')).toBeInTheDocument();
    expect(screen.getByText('2 行，用时 12 毫秒')).toBeInTheDocument();
    expect(screen.getByText(/结果已截断/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: '图' }));
    expect(await screen.findByTestId('analyst-graph')).toHaveAttribute('data-node-count', '1');
  });
});

describe('runs through the query client', () => {
  it('a newer run cancels the one still running, and a retryable error is tried again', async () => {
    const signals: AbortSignal[] = [];
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) => {
        const body = JSON.parse(String(init?.body)) as { variables: Record<string, unknown> };
        if (String(body.variables['query']).startsWith('CALL db.labels')) return jsonResponse({ data: null, errors: [{ message: 'x' }] });
        calls += 1;
        signals.push(init!.signal!);
        if (calls === 1) return new Promise<Response>(() => undefined); // never answers: only cancelled
        if (calls === 2)
          return jsonResponse({
            data: null,
            errors: [{ message: 'deadlock', extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: true } }],
          });
        return jsonResponse({ data: { cypher: result } });
      }),
    );
    renderZh(<CypherPanel role="ANALYST" initialQuery="MATCH (n) RETURN n" headless />);
    fireEvent.click(screen.getByRole('button', { name: '运行' }));
    await waitFor(() => expect(signals).toHaveLength(1));
    // Run is disabled while one runs; Ctrl+Enter in the parameters box still submits.
    const params = screen.getByLabelText('参数（JSON 对象）');
    fireEvent.change(params, { target: { value: '{"b": 2}' } });
    fireEvent.keyDown(params, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(signals[0]!.aborted).toBe(true));
    // The second run met a retryable error and was asked again: its answer is shown.
    expect(await screen.findByRole('table', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(calls).toBe(3);
  });
});

describe('Cypher panel', () => {
  it('is disabled for viewers, with the reason', () => {
    renderZh(<CypherPanel role="VIEWER" />);
    expect(screen.getByText(/需要“分析员”或更高角色；您当前的角色是“查看者”/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Cypher 查询语句' })).toBeDisabled();
  });

  it('explains a refused write query in words', async () => {
    stubApi(({ variables }) =>
      String(variables['query']).startsWith('CREATE')
        ? { data: null, errors: [{ message: 'Only read queries', extensions: { code: 'FORBIDDEN', reason: 'READ_ONLY' } }] }
        : { data: null, errors: [{ message: 'no vocabulary today' }] },
    );
    renderZh(<CypherPanel role="ANALYST" initialQuery="CREATE (n:X) RETURN n" headless />);
    fireEvent.click(screen.getByRole('button', { name: '运行' }));
    expect(await screen.findByText(/查询被拒绝：只允许只读查询/)).toHaveAttribute('role', 'alert');
  });

  it('shows a syntax error and a bad params box clearly', async () => {
    stubApi(({ variables }) =>
      String(variables['query']).startsWith('CALL db.labels')
        ? { data: { cypher: { ...result, columns: ['labels', 'types', 'keys'], rows: [[['Park'], ['FEEDS'], ['name']]] } } }
        : {
            data: null,
            errors: [
              {
                message: "Invalid input 'MATC' (line 1, column 1 (offset: 0))",
                extensions: { code: 'BAD_USER_INPUT', problem: 'CYPHER_ERROR' },
              },
            ],
          },
    );
    renderZh(<CypherPanel role="ADMIN" initialQuery="MATC (n) RETURN n" headless />);
    fireEvent.change(screen.getByLabelText('参数（JSON 对象）'), { target: { value: '[1]' } });
    fireEvent.click(screen.getByRole('button', { name: '运行' }));
    expect(screen.getByRole('alert')).toHaveTextContent('参数必须是 JSON 对象');
    fireEvent.change(screen.getByLabelText('参数（JSON 对象）'), { target: { value: '{"a": 1}' } });
    fireEvent.click(screen.getByRole('button', { name: '运行' }));
    // The sentence is Chinese (from the code); Neo4j's own English stays apart, labelled.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('查询有误：Cypher 语句有误。（第 1 行第 1 列）'));
    expect(screen.getByRole('alert')).toHaveTextContent("数据库原文: Invalid input 'MATC'");
  });
});
