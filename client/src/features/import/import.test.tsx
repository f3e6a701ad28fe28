// The import screen with the upload stubbed at the module boundary (graphqlUpload) and the other
// operations stubbed by name: the plan table, decisions gating the commit, the mapping step and
// its memory, a refused undo, and who may see the screen.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setSessionToken } from '../../shared/api/session-token';
import { I18nProvider } from '../../shared/i18n/context';
import { parksPageHandler, stubGraphql } from '../../test/shell-fixtures';
import { SessionProvider } from '../session/use-session';
import { AuditTab, exportHref } from './AuditTab';
import { BatchesTab } from './BatchesTab';
import { ImportView } from './ImportView';
import { loadMapping, type SheetReport } from './plan-model';
import type { AuditLogQuery } from '../../gql/graphql';
import { UploadTab } from './UploadTab';

const upload = vi.hoisted(() => vi.fn());
vi.mock('../../shared/api/upload', async (original) => ({
  ...(await original<typeof import('../../shared/api/upload')>()),
  graphqlUpload: upload,
}));

const base: SheetReport = {
  dryRun: true,
  refused: false,
  batchId: null,
  kind: 'enterprises',
  fileName: '企业.csv',
  encoding: 'utf-8',
  counts: { read: 3, create: 1, update: 1, match: 0, skip: 0, errors: 0, review: 1, relationships: 0 },
  errors: [],
  review: [
    { line: 4, key: '', name: '某品牌', decision: 'review', candidates: [{ id: 'e.brand', name: '某品牌科技有限公司', why: '简称相同' }] },
  ],
  rows: [
    { line: 2, name: '新企业甲', action: 'create', reason: null, targetId: null, changes: [], errors: [] },
    {
      line: 3,
      name: '老企业乙',
      action: 'update',
      reason: 'same credit code: e.old',
      targetId: 'e.old',
      changes: [{ field: 'founded', before: '2010', after: '2012-05' }],
      errors: [],
    },
  ],
  unknownHeaders: [],
  columns: [
    { key: 'name', header: '企业名称', required: true },
    { key: 'shortName', header: '简称', required: false },
  ],
};

const file = new File(['企业名称\n新企业甲\n'], '企业.csv', { type: 'text/csv' });

function renderUpload(userKey = 'u1') {
  render(
    <I18nProvider lang="zh">
      <UploadTab kind="enterprises" onKind={() => {}} userKey={userKey} />
    </I18nProvider>,
  );
  fireEvent.change(screen.getByLabelText('表格文件（.xlsx、.csv）'), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: '试运行（不写入）' }));
}

beforeEach(() => {
  localStorage.clear();
  upload.mockReset();
});

describe('the dry-run plan', () => {
  it('shows the counts and each row with its action, reason and before → after', async () => {
    upload.mockResolvedValueOnce({ importDryRun: base });
    renderUpload();
    const plan = await screen.findByRole('region', { name: '逐行计划' });
    const rows = within(plan).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('2新企业甲新建');
    expect(rows[2]).toHaveTextContent('3老企业乙更新same credit code: e.oldfounded: 2010 → 2012-05');
    expect(document.querySelector('[data-count="create"]')).toHaveTextContent('新建1');
    expect(document.querySelector('[data-count="update"]')).toHaveTextContent('更新1');
    expect(upload.mock.calls[0]![1]).toEqual({ kind: 'ENTERPRISES', encoding: null, mapping: [] });
  });

  it('lists every error by row and column and blocks the commit', async () => {
    upload.mockResolvedValueOnce({
      importDryRun: { ...base, review: [], errors: [{ line: 3, field: '园区 (E)', message: 'unknown park "火星园"' }] },
    });
    renderUpload();
    const error = await screen.findByTestId('import-error');
    expect(error).toHaveTextContent('3园区 (E)unknown park "火星园"');
    expect(screen.getByRole('button', { name: '确认导入' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '下载错误清单' })).toBeInTheDocument();
  });

  it('enables the commit once every uncertain row is decided, and sends the decisions', async () => {
    upload.mockResolvedValueOnce({ importDryRun: base });
    renderUpload();
    const commit = await screen.findByRole('button', { name: '确认导入' });
    expect(commit).toBeDisabled();
    const decide = screen.getByLabelText('决定 行 4');
    expect(
      within(decide)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— 请决定 —', '新建', '跳过', '即：某品牌科技有限公司（简称相同）']);
    fireEvent.change(decide, { target: { value: 'e.brand' } });
    expect(commit).toBeEnabled();
    upload.mockResolvedValueOnce({ importCommit: { ...base, dryRun: false, batchId: 'imp-sheet-enterprises-1' } });
    fireEvent.click(commit);
    expect(await screen.findByText('已导入：新建 1，更新 1（批次 imp-sheet-enterprises-1）。')).toBeInTheDocument();
    expect(upload.mock.calls[1]![1]).toMatchObject({ decisions: [{ line: 4, choice: 'e.brand' }] });
  });

  it('shows why a commit was refused', async () => {
    upload.mockResolvedValueOnce({ importDryRun: { ...base, review: [] } });
    renderUpload();
    fireEvent.click(await screen.findByRole('button', { name: '确认导入' }));
    upload.mockResolvedValueOnce({
      importCommit: {
        ...base,
        dryRun: false,
        refused: true,
        review: [],
        errors: [{ line: 2, field: '企业名称 (A)', message: 'duplicate' }],
      },
    });
    expect(await screen.findByText(/导入被拒绝，未写入任何内容： 2 企业名称 \(A\): duplicate/)).toBeInTheDocument();
  });
});

describe('the column mapping', () => {
  const unknown = {
    ...base,
    rows: [],
    review: [],
    // The headers come from unknownHeaders, not from the wording of the error.
    errors: [{ line: 1, field: 'B', message: 'header problem' }],
    unknownHeaders: ['公司全称'],
  };

  it('maps an unknown header, dry-runs again with it, and remembers it for the user and kind', async () => {
    upload.mockResolvedValueOnce({ importDryRun: unknown });
    renderUpload('u1');
    const step = await screen.findByRole('region', { name: '列对应' });
    const apply = within(step).getByRole('button', { name: '按此对应重新试运行' });
    expect(apply).toBeDisabled();
    expect(within(step).getByText('表头 “公司全称”')).toBeInTheDocument();
    expect(
      within(step)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— 请选择 —', '忽略此列', '企业名称', '简称']);
    fireEvent.change(within(step).getByRole('combobox'), { target: { value: 'name' } });
    upload.mockResolvedValueOnce({ importDryRun: base });
    fireEvent.click(apply);
    await waitFor(() => expect(upload).toHaveBeenCalledTimes(2));
    expect(upload.mock.calls[1]![1]).toMatchObject({ mapping: [{ header: '公司全称', field: 'name' }] });
    expect(loadMapping('u1', 'enterprises')).toEqual({ 公司全称: 'name' });
    expect(loadMapping('u2', 'enterprises')).toEqual({});
  });

  it('sends the remembered mapping with the next upload of that user', async () => {
    localStorage.setItem('chain-graph.import-mapping.u1.enterprises', JSON.stringify({ 公司全称: 'name', 联系人: '' }));
    upload.mockResolvedValueOnce({ importDryRun: base });
    renderUpload('u1');
    await screen.findByRole('region', { name: '逐行计划' });
    expect(upload.mock.calls[0]![1]).toMatchObject({
      mapping: [
        { header: '公司全称', field: 'name' },
        { header: '联系人', field: '' },
      ],
    });
  });
});

describe('batches', () => {
  const batch = {
    id: 'imp-sheet-enterprises-1',
    kind: 'sheet-enterprises',
    source: '企业.xlsx',
    who: '张编辑',
    at: '2026-12-05T08:00:00Z',
    status: 'committed',
    kept: null,
    undoneBy: null,
    undoneAt: null,
    counts: { create: 2, update: 1, match: 0, skip: 0, errors: 0, relationships: 3 },
  };

  it('asks before undoing and shows a refused undo with the records it names', async () => {
    setSessionToken('tok');
    const fetchMock = stubGraphql({
      ImportBatches: () => ({ importBatches: [batch, { ...batch, id: 'imp-sheet-projects-0', source: '项目.csv', status: 'undone' }] }),
      UndoImport: () =>
        new Response(
          JSON.stringify({
            data: null,
            errors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT', reasons: ['e.x 新企业甲 was edited since the import'] } }],
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
    });
    render(
      <I18nProvider lang="zh">
        <BatchesTab />
      </I18nProvider>,
    );
    const rows = await screen.findAllByRole('row');
    expect(rows[1]).toHaveTextContent('张编辑企业.xlsxenterprises2 / 1已导入撤销');
    expect(within(rows[2]!).queryByRole('button', { name: '撤销' })).toBeNull();
    fireEvent.click(within(rows[1]!).getByRole('button', { name: '撤销' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('撤销批次“企业.xlsx”？');
    expect(fetchMock.mock.calls.some(([, init]) => String(init.body).includes('UndoImport'))).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: '确认撤销' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('撤销被拒绝： e.x 新企业甲 was edited since the import');
  });
});

describe('partial undo', () => {
  const batch = {
    id: 'imp-sheet-enterprises-2',
    kind: 'sheet-enterprises',
    source: '企业.xlsx',
    who: '张编辑',
    at: '2026-12-05T08:00:00Z',
    status: 'committed',
    kept: null,
    undoneBy: null,
    undoneAt: null,
    counts: { create: 2, update: 1, match: 0, skip: 0, errors: 0, relationships: 3 },
  };
  const edited = {
    id: 'e.b',
    name: '新企业乙',
    label: 'Enterprise',
    reason: 'edited',
    by: '李编辑',
    at: '2026-12-05T09:00:00Z',
    fields: ['note', 'founded'],
    batchId: null,
  };

  it('lists the refused records, undoes only what is safe on request, and shows what was undone and kept', async () => {
    setSessionToken('tok');
    const calls: unknown[] = [];
    stubGraphql({
      ImportBatches: () => ({ importBatches: [batch] }),
      UndoImport: (vars) => {
        calls.push(vars);
        if (!(vars as { onlySafe?: boolean }).onlySafe)
          return new Response(
            JSON.stringify({
              data: null,
              errors: [
                {
                  message: 'refused',
                  extensions: { code: 'BAD_USER_INPUT', reasons: ['1 node(s) were edited since the import: e.b'], records: [edited] },
                },
              ],
            }),
            { headers: { 'content-type': 'application/json' } },
          );
        return {
          undoImport: {
            deleted: 1,
            restored: 1,
            unlinked: 2,
            batch: { id: batch.id, status: 'partlyUndone', kept: 1 },
            undone: [
              { id: 'e.a', name: '新企业甲', label: 'Enterprise', action: 'deleted' },
              { id: 'e.old', name: '老企业', label: 'Enterprise', action: 'restored' },
            ],
            kept: [edited],
          },
        };
      },
    });
    render(
      <I18nProvider lang="zh">
        <BatchesTab />
      </I18nProvider>,
    );
    const rows = await screen.findAllByRole('row');
    fireEvent.click(within(rows[1]!).getByRole('button', { name: '撤销' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '确认撤销' }));
    const refusal = await screen.findByRole('alert', { name: '撤销“企业.xlsx”被拒绝' });
    expect(refusal).toHaveTextContent('1 node(s) were edited since the import: e.b');
    const item = within(refusal).getByRole('listitem');
    expect(item).toHaveTextContent('新企业乙 e.b — 导入后被编辑过：李编辑');
    expect(item).toHaveTextContent('字段 note、founded');
    expect(calls).toEqual([{ batchId: batch.id, onlySafe: false }]);

    fireEvent.click(within(refusal).getByRole('button', { name: '只撤销安全的部分' }));
    const result = await screen.findByRole('status', { name: '部分撤销“企业.xlsx”的结果' });
    expect(calls[1]).toEqual({ batchId: batch.id, onlySafe: true });
    expect(screen.queryByRole('alert', { name: '撤销“企业.xlsx”被拒绝' })).toBeNull();
    expect(result).toHaveTextContent('已部分撤销：删除 1 条，恢复 1 条；保留 1 条被改动过的记录。');
    const [undone, kept] = within(result).getAllByRole('list');
    expect(
      within(undone!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['新企业甲 e.a — 已删除（由本批次新建）', '老企业 e.old — 已恢复原样']);
    expect(within(kept!).getByRole('listitem')).toHaveTextContent('新企业乙 e.b — 导入后被编辑过：李编辑');
  });

  it('lists a partly undone batch with what it kept and offers to undo it again', async () => {
    setSessionToken('tok');
    stubGraphql({ ImportBatches: () => ({ importBatches: [{ ...batch, status: 'partlyUndone', kept: 1 }] }) });
    render(
      <I18nProvider lang="en">
        <BatchesTab />
      </I18nProvider>,
    );
    const rows = await screen.findAllByRole('row');
    expect(rows[1]).toHaveTextContent('Partly undone (1 kept)');
    expect(within(rows[1]!).getByRole('button', { name: 'Undo' })).toBeEnabled();
  });
});

describe('who sees the import screen', () => {
  const view = () =>
    render(
      <I18nProvider lang="zh">
        <SessionProvider>
          <ImportView search={{}} onNavigate={() => {}} />
        </SessionProvider>
      </I18nProvider>,
    );

  it('asks anonymous visitors to sign in', () => {
    setSessionToken(null);
    view();
    expect(screen.getByText('登录后可导入表格、查看导入批次和审计记录。')).toBeInTheDocument();
  });

  it('tells a viewer the editor role is needed; shows an editor the tabs', async () => {
    setSessionToken('tok');
    stubGraphql({ Me: () => ({ me: { username: 'v', role: 'VIEWER' } }) });
    view();
    expect(await screen.findByText('表格导入需要编辑权限；请联系管理员。')).toBeInTheDocument();
    document.body.innerHTML = '';
    stubGraphql({ Me: () => ({ me: { username: 'e', role: 'EDITOR' } }), ImportWho: () => ({ me: { id: 'u9', username: 'e' } }) });
    view();
    expect(await screen.findByRole('tab', { name: '上传' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('the audit log', () => {
  it('shows before → after per field and the reason; a failed export says so', async () => {
    setSessionToken('tok');
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        asked.push(url);
        if (url.startsWith('/audit/')) return new Response('{"error":"no such route"}', { status: 404 });
        const name = /(?:query|mutation)\s+(\w+)/.exec(JSON.parse(String(init.body)).query)?.[1];
        const data =
          name === 'AuditLog'
            ? {
                auditLog: [
                  {
                    id: 'c1',
                    action: 'UPDATE',
                    targetId: 'e.old',
                    targetLabel: 'Enterprise',
                    by: '张编辑',
                    at: '2026-12-05T08:00:00Z',
                    reason: 'import of 企业.xlsx',
                    batchId: 'imp-sheet-enterprises-1',
                    before: { founded: '2010' },
                    after: { founded: '2012-05' },
                  },
                ],
              }
            : { parks: [{ id: 'zs-hitech', name: '中山火炬高技术产业开发区' }] };
        return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
      }),
    );
    const filters = { targetId: 'e.old', from: '2026-12-01' };
    render(
      <I18nProvider lang="zh">
        <AuditTab filters={filters} onFilters={() => {}} />
      </I18nProvider>,
    );
    const entry = await screen.findByTestId('audit-entry');
    expect(entry).toHaveTextContent('修改 · Enterprise e.old · 张编辑');
    expect(entry).toHaveTextContent('import of 企业.xlsx');
    expect(within(entry).getAllByRole('row')[1]).toHaveTextContent('founded20102012-05');
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('下载失败：no such route');
    expect(asked).toContain('/audit/export.xlsx?targetId=e.old&from=2026-12-01');
    expect(exportHref({})).toBe('/audit/export.xlsx');
  });

  it('marks the changes an undo made with the batch it undid, in both languages', async () => {
    setSessionToken('tok');
    const undone: AuditLogQuery['auditLog'][number] = {
      id: 'c2',
      action: 'DELETE',
      targetId: 'e.new',
      targetLabel: 'Enterprise',
      by: '张编辑',
      at: '2026-12-05T09:00:00Z',
      reason: 'undo of import batch imp-sheet-enterprises-1 (企业.xlsx) by 张编辑',
      batchId: null,
      undoOf: 'imp-sheet-enterprises-1',
      before: { name: '示例虚构有限公司', LOCATED_IN: 'zs-hitech' },
      after: null,
    };
    const created: AuditLogQuery['auditLog'][number] = {
      ...undone,
      id: 'c1',
      action: 'CREATE',
      at: '2026-12-05T08:00:00Z',
      reason: 'import of 企业.xlsx',
      batchId: 'imp-sheet-enterprises-1',
      undoOf: null,
      before: null,
      after: { name: '示例虚构有限公司' },
    };
    stubGraphql({ AuditLog: () => ({ auditLog: [undone, created] }), ParkOptions: parksPageHandler([]) });
    for (const [lang, words] of [
      ['zh', ['删除 · Enterprise e.new · 张编辑', '撤销导入批次 imp-sheet-enterprises-1']],
      ['en', ['Deleted · Enterprise e.new · 张编辑', 'Undo of batch imp-sheet-enterprises-1']],
    ] as const) {
      const { unmount } = render(
        <I18nProvider lang={lang}>
          <AuditTab filters={{ batchId: 'imp-sheet-enterprises-1' }} onFilters={() => {}} />
        </I18nProvider>,
      );
      const [first, second] = await screen.findAllByTestId('audit-entry');
      expect(first).toHaveTextContent(words[0]);
      expect(within(first!).getByTestId('audit-undo')).toHaveTextContent(words[1]);
      expect(first).toHaveTextContent(undone.reason!);
      // What the deleted record held is its before, field by field.
      expect(within(first!).getAllByRole('row')[1]).toHaveTextContent('name示例虚构有限公司');
      expect(within(second!).queryByTestId('audit-undo')).toBeNull();
      unmount();
    }
  });
});
