// The project form's 产能 rows in jsdom: prefilled from the project, the whole list sent only
// when it changed, and the server's per-row refusals shown under the row's inputs.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { operations, parksPageHandler, stubGraphql } from '../../test/shell-fixtures';
import { ProjectForm } from './ProjectForm';
import { editedProject } from './edit-fixtures';

const lists = {
  EditSources: () => ({ sources: [] }),
  ParkOptions: parksPageHandler([]),
  EditChains: () => ({ chains: [] }),
};
const project = () => editedProject({ capacity: [{ id: 'pj.1#capacity-a', product: '电池片', value: 5, unit: 'GW', qualifier: 'EXACT' }] });
const noop = () => {};
const row = (i: number) => within(screen.getByTestId(`capacity-row-${i}`));
const sent = (fetchMock: ReturnType<typeof stubGraphql>, op: string) =>
  JSON.parse(String(fetchMock.mock.calls.find(([, init]) => String(init.body).includes(op))![1].body)).variables;

beforeEach(() => {
  vi.unstubAllGlobals();
});

describe('project capacities', () => {
  it('prefills the rows and sends the whole list only when it changed', async () => {
    const fetchMock = stubGraphql({
      ...lists,
      EditProject: project,
      UpdateProject: () => ({ updateProject: { project: { id: 'pj.1' }, errors: [] } }),
    });
    const onSaved = vi.fn();
    render(<ProjectForm id="pj.1" title="编辑项目" onSaved={onSaved} onClose={noop} />);
    await screen.findByTestId('capacity-row-0');
    expect(row(0).getByLabelText('产品')).toHaveValue('电池片');
    expect(row(0).getByLabelText('数值')).toHaveValue('5');
    expect(row(0).getByLabelText('单位')).toHaveValue('GW');

    // A change elsewhere leaves the capacities out of the update.
    fireEvent.change(screen.getByLabelText('备注'), { target: { value: '核查' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(sent(fetchMock, 'UpdateProject').input).toEqual({ note: '核查' });
  });

  it('adds and removes rows; [] when the last one goes', async () => {
    const fetchMock = stubGraphql({
      ...lists,
      EditProject: project,
      UpdateProject: () => ({ updateProject: { project: { id: 'pj.1' }, errors: [] } }),
    });
    const onSaved = vi.fn();
    render(<ProjectForm id="pj.1" title="编辑项目" onSaved={onSaved} onClose={noop} />);
    fireEvent.click(await screen.findByRole('button', { name: '+ 添加产能' }));
    fireEvent.change(row(1).getByLabelText('产品'), { target: { value: '硅片' } });
    fireEvent.change(row(1).getByLabelText('数值'), { target: { value: '1,200' } });
    fireEvent.change(row(1).getByLabelText('单位'), { target: { value: '万片/年' } });
    fireEvent.change(row(1).getByLabelText('数值说明'), { target: { value: 'TARGET' } });
    fireEvent.click(screen.getByRole('button', { name: '删除第 1 条产能' }));
    expect(screen.queryByTestId('capacity-row-1')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent(fetchMock, 'UpdateProject').input).toEqual({
      capacities: [{ product: '硅片', value: 1200, unit: '万片/年', qualifier: 'TARGET' }],
    });

    fetchMock.mockClear();
    fireEvent.click(screen.getByRole('button', { name: '删除第 1 条产能' }));
    expect(screen.getByText('未填写产能。')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(operations(fetchMock)).toContain('UpdateProject'));
    expect(sent(fetchMock, 'UpdateProject').input).toEqual({ capacities: [] });
  });

  it('shows the server’s refusal under the row’s input and focuses it; an empty value is refused before sending', async () => {
    const fetchMock = stubGraphql({
      ...lists,
      EditProject: project,
      UpdateProject: () => ({
        updateProject: { project: null, errors: [{ field: 'input.capacities.1.value', code: 'INVALID', message: 'must be more than 0' }] },
      }),
    });
    render(<ProjectForm id="pj.1" title="编辑项目" onSaved={noop} onClose={noop} />);
    fireEvent.click(await screen.findByRole('button', { name: '+ 添加产能' }));
    fireEvent.change(row(1).getByLabelText('产品'), { target: { value: '组件' } });
    fireEvent.change(row(1).getByLabelText('单位'), { target: { value: 'GW' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await row(1).findByText('必填')).toBeInTheDocument();
    expect(operations(fetchMock)).not.toContain('UpdateProject');

    fireEvent.change(row(1).getByLabelText('数值'), { target: { value: '-3' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await row(1).findByText(/格式或数值无效（must be more than 0）/)).toBeInTheDocument();
    expect(row(1).getByLabelText('数值')).toHaveAttribute('aria-invalid', 'true');
    expect(row(0).getByLabelText('数值')).toHaveAttribute('aria-invalid', 'false');
    await waitFor(() => expect(row(1).getByLabelText('数值')).toHaveFocus());
    expect(screen.queryByText(/格式或数值无效/, { selector: '.form-error p' })).toBeNull();
  });
});
