// The editor forms in jsdom: errors at their inputs, what the mutations are sent, who sees the forms.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setSessionToken } from '../../shared/api/session-token';
import type { Role } from '../../gql/graphql';
import { SessionProvider } from '../session/use-session';
import { I18nProvider } from '../../shared/i18n/context';
import { graphqlError, operations, parksPageHandler, stubGraphql } from '../../test/shell-fixtures';
import { EditActions } from './EditActions';
import { EditorDialogs } from './EditorDialogs';
import { EditorProvider } from './editor-context';
import { EnterpriseForm } from './EnterpriseForm';
import { ProjectForm } from './ProjectForm';
import { StatusDialog } from './StatusDialog';
import { DeleteDialog } from './DeleteDialog';
import { editedProject } from './edit-fixtures';
import { ChangeHistory } from './ChangeHistory';

/** The mutations sent, in order. */
const writes = (fetchMock: ReturnType<typeof stubGraphql>) =>
  fetchMock.mock.calls
    .filter(([, init]) => String(init.body).includes('mutation '))
    .map(([, init]) => /mutation (\w+)/.exec(String(init.body))![1]);

const lists = {
  EditSources: () => ({
    sources: [{ id: 'src.1', title: '某区产业规划', titleEn: null, publisher: '某区政府', date: '2023', kind: 'GOVERNMENT' as const }],
  }),
  ParkOptions: parksPageHandler([
    { id: 'p.a', name: '甲园区', nameEn: 'Park A', parent: null },
    { id: 'p.a1', name: '甲分园', nameEn: null, parent: { id: 'p.a' } },
  ]),
  EditChains: () => ({
    chains: [
      {
        id: 'pv',
        name: '光伏',
        nameEn: 'PV',
        segments: [
          { id: 'pv.cell', name: '电池片', nameEn: 'Cells', stage: 'MIDSTREAM' as const, order: 3, parentId: null },
          { id: 'pv.module', name: '组件', nameEn: 'Modules', stage: 'MIDSTREAM' as const, order: 4, parentId: null },
        ],
      },
    ],
  }),
};

const fieldOf = (name: string) => document.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
const noop = () => {};

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('enterprise form', () => {
  it('shows each refusal at its own input, keeps the input, and focuses the first one', async () => {
    const fetchMock = stubGraphql({
      ...lists,
      CreateEnterprise: () => ({
        createEnterprise: {
          enterprise: null,
          errors: [
            { field: 'input.founded', code: 'INVALID', message: 'not a date: 2023-13' },
            { field: 'input.slug', code: 'CONFLICT', message: 'e.test-co is taken' },
          ],
        },
      }),
    });
    const onSaved = vi.fn();
    render(<EnterpriseForm id={null} parkId="p.a" title="新建企业" onSaved={onSaved} onClose={noop} />);
    const name = await screen.findByLabelText('中文名称');
    fireEvent.change(name, { target: { value: '测试企业' } });
    fireEvent.change(screen.getByLabelText('英文名称'), { target: { value: 'Test Co' } });
    fireEvent.change(screen.getByLabelText('成立时间'), { target: { value: '2023-13' } });
    fireEvent.click(screen.getByLabelText('链主企业'));
    expect(screen.getByLabelText('所在园区')).toHaveValue('p.a'); // the park page's preset
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await within(fieldOf('founded')).findByText(/格式或数值无效.*2023-13/)).toBeInTheDocument();
    expect(within(fieldOf('nameEn')).getByText(/编号已被占用/)).toBeInTheDocument();
    expect(within(fieldOf('name')).queryByRole('listitem')).toBeNull();
    expect(screen.getByLabelText('成立时间')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('成立时间')).toHaveValue('2023-13');
    expect(screen.getByLabelText('链主企业')).toBeChecked();
    await waitFor(() => expect(screen.getByLabelText('英文名称')).toHaveFocus()); // first in reading order
    expect(onSaved).not.toHaveBeenCalled();

    const create = fetchMock.mock.calls.find(([, init]) => String(init.body).includes('CreateEnterprise'))!;
    const vars = JSON.parse(String(create[1].body)).variables;
    expect(vars).toEqual({
      input: { name: '测试企业', nameEn: 'Test Co', founded: '2023-13', roles: ['ANCHOR'], parkId: 'p.a' },
      source: null,
      reason: null,
    });
  });

  it('disables submit while saving, then links the chosen segments to the new node', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const fetchMock = stubGraphql({
      ...lists,
      CreateEnterprise: () => ({ createEnterprise: { enterprise: { id: 'e.new' }, errors: [] } }),
      LinkEnterpriseSegment: () => ({ result: { errors: [] } }),
    });
    // Hold the create's answer until the test has seen the busy button.
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      if (String(init.body).includes('CreateEnterprise')) await gate;
      return fetchMock(url, init);
    });
    const onSaved = vi.fn();
    render(<EnterpriseForm id={null} title="新建企业" onSaved={onSaved} onClose={noop} />);
    fireEvent.change(await screen.findByLabelText('中文名称'), { target: { value: '新企业' } });
    fireEvent.change(screen.getByLabelText('选择环节'), { target: { value: 'pv.module' } });
    fireEvent.click(screen.getByRole('button', { name: '添加环节' }));
    fireEvent.change(screen.getByLabelText('来源文件'), { target: { value: 'src.1' } });
    fireEvent.change(screen.getByLabelText('变更原因'), { target: { value: '招商台账' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('button', { name: '保存中…' })).toBeDisabled();
    release();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('e.new'));
    // The writes, in order (the park select's list is asked again after a saved edit).
    expect(writes(fetchMock).slice(-2)).toEqual(['CreateEnterprise', 'LinkEnterpriseSegment']);
    const link = JSON.parse(
      String(fetchMock.mock.calls.findLast(([, init]) => String(init.body).includes('LinkEnterpriseSegment'))![1].body),
    ).variables;
    expect(link).toEqual({ input: { fromId: 'e.new', toId: 'pv.module' }, source: 'src.1', reason: '招商台账' });
  });
});

describe('project form', () => {
  it('sends the investment typed in 亿元 as CNY, and says so', async () => {
    const fetchMock = stubGraphql({ ...lists, CreateProject: () => ({ createProject: { project: { id: 'pj.x' }, errors: [] } }) });
    const onSaved = vi.fn();
    render(<ProjectForm id={null} title="新建项目" onSaved={onSaved} onClose={noop} />);
    fireEvent.change(await screen.findByLabelText('中文名称'), { target: { value: '新项目' } });
    const investment = screen.getByLabelText('总投资（亿元）');
    expect(investment).toHaveAccessibleDescription(/按人民币元保存/);
    fireEvent.change(investment, { target: { value: '3.2' } });
    fireEvent.change(screen.getByLabelText('用地'), { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('pj.x'));
    const vars = JSON.parse(
      String(fetchMock.mock.calls.findLast(([, init]) => String(init.body).includes('CreateProject'))![1].body),
    ).variables;
    expect(vars.input).toEqual({ name: '新项目', investmentCny: 320_000_000, landMu: 80 });
  });

  it('refuses a non-number before asking the server', async () => {
    const fetchMock = stubGraphql({ ...lists });
    render(<ProjectForm id={null} title="新建项目" onSaved={noop} onClose={noop} />);
    fireEvent.change(await screen.findByLabelText('中文名称'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('总投资（亿元）'), { target: { value: '三亿' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await within(fieldOf('investment')).findByText('请输入数字')).toBeInTheDocument();
    expect(operations(fetchMock)).not.toContain('CreateProject');
  });
});

describe('status dialog', () => {
  it('explains a backward move and shows the BACKWARD_MOVE refusal at the reason', async () => {
    stubGraphql({
      ...lists,
      EditProject: () => editedProject({ name: 'p', status: 'IN_PRODUCTION', statusAsOf: '2024-05' }),
      MoveProjectStatus: () => ({
        moveProjectStatus: {
          project: null,
          errors: [{ field: 'reason', code: 'BACKWARD_MOVE', message: 'a backward move needs a reason' }],
        },
      }),
    });
    render(<StatusDialog id="pj.1" title="变更状态" onSaved={noop} onClose={noop} />);
    expect(await screen.findByText('当前状态：已投产（2024-05）')).toBeInTheDocument();
    expect(screen.queryByText(/这是回退/)).toBeNull();
    fireEvent.change(screen.getByLabelText('新状态'), { target: { value: 'SIGNED' } });
    expect(screen.getByText(/这是回退/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await within(fieldOf('reason')).findByText(/回退状态必须填写原因/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('变更原因')).toHaveFocus());
  });
});

describe('delete dialog', () => {
  it('places a refusal at its input, then sends the trimmed reason and closes on success', async () => {
    const sent: unknown[] = [];
    let refuse = true;
    stubGraphql({
      ...lists,
      DeleteEnterprise: (vars) => {
        sent.push(vars);
        const errors = refuse ? [{ field: 'reason', code: 'REQUIRED' as const, message: 'a reason is required' }] : [];
        refuse = false;
        return { deleteEnterprise: { deletedId: errors.length ? null : 'e.1', errors } };
      },
    });
    const onDeleted = vi.fn();
    render(<DeleteDialog kind="enterprise" id="e.1" name="某企业" onDeleted={onDeleted} onClose={noop} />);
    fireEvent.click(screen.getByRole('button', { name: '确认删除' }));
    expect(await within(fieldOf('reason')).findByText(/a reason is required/)).toBeInTheDocument();
    expect(onDeleted).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('变更原因'), { target: { value: '  重复录入  ' } });
    fireEvent.click(screen.getByRole('button', { name: '确认删除' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([
      { id: 'e.1', source: null, reason: null },
      { id: 'e.1', source: null, reason: '重复录入' },
    ]);
  });
});

function renderActions(role: Role) {
  setSessionToken('tok');
  const fetchMock = stubGraphql({ ...lists, Me: () => ({ me: { username: 'u', role } }) });
  render(
    <I18nProvider lang="zh">
      <SessionProvider>
        <EditorProvider>
          <EditActions typename="Enterprise" id="e.1" name="某企业" />
          <EditorDialogs onNavigate={noop} />
        </EditorProvider>
      </SessionProvider>
    </I18nProvider>,
  );
  return fetchMock;
}

describe('who gets the forms', () => {
  it('viewers and analysts see no edit actions', async () => {
    for (const role of ['VIEWER', 'ANALYST'] as const) {
      const fetchMock = renderActions(role);
      await waitFor(() => expect(operations(fetchMock)).toContain('Me'));
      await new Promise((r) => setTimeout(r, 0));
      expect(screen.queryByRole('button', { name: '编辑' })).toBeNull();
      expect(screen.queryByRole('button', { name: '删除' })).toBeNull();
      document.body.innerHTML = '';
    }
  });

  it('editors do; delete asks first and Escape closes the dialog', async () => {
    renderActions('EDITOR');
    fireEvent.click(await screen.findByRole('button', { name: '删除' }));
    const dialog = screen.getByRole('dialog', { name: '删除：某企业' });
    expect(within(dialog).getByText(/此操作不能撤销/)).toBeInTheDocument();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a FORBIDDEN answer is said in words, not as a raw error', async () => {
    setSessionToken('tok');
    stubGraphql({ ...lists, CreateEnterprise: () => graphqlError('FORBIDDEN', 'editor role required') });
    render(<EnterpriseForm id={null} title="新建企业" onSaved={noop} onClose={noop} />);
    fireEvent.change(await screen.findByLabelText('中文名称'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/没有编辑权限/)).toBeInTheDocument();
    expect(screen.getByLabelText('中文名称')).toHaveValue('x');
  });
});

describe('change history', () => {
  it('says who changed what, when, why and from which source, for signed-in users', async () => {
    setSessionToken('tok');
    stubGraphql({
      Me: () => ({ me: { username: 'v', role: 'VIEWER' } }),
      NodeChanges: () => ({
        changes: [
          {
            id: 'ch.2',
            action: 'MOVE_STATUS',
            at: '2026-01-05T08:00:00Z',
            by: '张三',
            reason: '核查后改回签约',
            enteredByHand: true,
            before: '{"status":"in_production","completedOn":"2023"}',
            after: '{"status":"signed","signedOn":"2022"}',
            source: null,
          },
          {
            id: 'ch.1',
            action: 'UPDATE',
            at: '2025-12-01T08:00:00Z',
            by: '李四',
            reason: null,
            enteredByHand: false,
            before: { founded: null },
            after: { founded: '2015' },
            source: { id: 's1', title: '某区产业规划', titleEn: null },
          },
        ],
      }),
    });
    render(
      <SessionProvider>
        <ChangeHistory nodeId="pj.1" />
      </SessionProvider>,
    );
    const items = await screen.findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('变更状态');
    expect(items[0]).toHaveTextContent('张三');
    expect(items[0]).toHaveTextContent('变更字段: 状态、建成、签约');
    expect(items[0]).toHaveTextContent('核查后改回签约');
    expect(items[0]).toHaveTextContent('手工录入');
    expect(items[1]).toHaveTextContent('成立时间');
    expect(items[1]).toHaveTextContent('某区产业规划');
  });

  it('anonymous users get no history and no request for it', async () => {
    const fetchMock = stubGraphql({});
    const { container } = render(
      <SessionProvider>
        <ChangeHistory nodeId="pj.1" />
      </SessionProvider>,
    );
    expect(container).toBeEmptyDOMElement();
    expect(operations(fetchMock)).not.toContain('NodeChanges');
  });
});
