import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SavedQuery } from '../../shared/api/types';
import { I18nProvider } from '../../shared/i18n/context';
import { jsonResponse } from '../../test/fixtures';
import { parksPageHandler } from '../../test/shell-fixtures';
import { SavedQueriesPanel } from './SavedQueriesPanel';

const picks: SavedQuery = {
  id: 'picks',
  title: '选择器查询',
  titleEn: 'Picker query',
  description: '测试。 Test.',
  params: [
    { name: 'chainId', type: 'String', required: false, default: 'pv', description: null, pick: 'CHAIN' },
    { name: 'parkId', type: 'String?', required: false, default: null, description: null, pick: 'PARK' },
    { name: 'segmentId', type: 'String', required: false, default: 'semi.sensor', description: null, pick: 'SEGMENT' },
    { name: 'roles', type: '[String]', required: false, default: ['anchor'], description: null, pick: 'ROLE' },
    { name: 'enterpriseId', type: 'String?', required: false, default: null, description: null, pick: 'ENTERPRISE' },
  ],
};

const options = {
  chains: [
    {
      id: 'pv',
      name: '光伏',
      nameEn: 'Photovoltaics',
      segments: [{ id: 'pv.wafer', name: '硅片', nameEn: 'Wafers', order: 1, parentId: null }],
    },
    {
      id: 'semi',
      name: '半导体',
      nameEn: 'Semiconductors',
      segments: [{ id: 'semi.sensor', name: '传感器', nameEn: 'Sensors', order: 1, parentId: null }],
    },
  ],
};
const parks = parksPageHandler([
  { id: 'zs-hitech', name: '舟山高新区', nameEn: 'Zhoushan Hi-tech Zone', parent: null },
  { id: 'zs-sub', name: '舟山分园', nameEn: null, parent: { id: 'zs-hitech' } },
]);

function stubApi() {
  const calls: { op: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
      const op = /query (\w+)/.exec(body.query)?.[1] ?? '';
      calls.push({ op, variables: body.variables });
      if (op === 'AnalystPickOptions') return jsonResponse({ data: options });
      if (op === 'ParkOptions') return jsonResponse({ data: parks(body.variables) });
      if (op === 'AnalystPickEnterprise')
        return jsonResponse({ data: { search: { edges: [{ node: { id: 'e.hongfa', name: '宏发电力', nameEn: null } }] } } });
      return jsonResponse({
        data: {
          runSavedQuery: {
            columns: ['n'],
            rows: [[1]],
            rowCount: 1,
            truncated: false,
            ms: 1,
            graph: { nodes: [], edges: [], truncated: false },
          },
        },
      });
    }),
  );
  return calls;
}

describe('saved-query pickers', () => {
  it('offers chains, parks (sub-parks under theirs), segments by chain and roles by name, and sends the ids', async () => {
    const calls = stubApi();
    render(
      <I18nProvider lang="zh">
        <SavedQueriesPanel queries={[picks]} headless />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '选择器查询' }));
    const chain = screen.getByLabelText(/chainId/);
    await waitFor(() => expect(within(chain).getByRole('option', { name: '半导体' })).toBeInTheDocument());
    expect(chain).toHaveValue('pv');
    // A defaulted, non-nullable id offers no "all" choice; a nullable one does, sent as null.
    expect(within(chain).queryByRole('option', { name: '（全部）' })).toBeNull();
    const park = screen.getByLabelText(/parkId/);
    await waitFor(() =>
      expect(
        within(park)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['（全部）', '舟山高新区', '　└ 舟山分园']),
    );
    const segment = screen.getByLabelText(/segmentId/);
    expect(segment).toHaveValue('semi.sensor');
    expect(segment.querySelector('optgroup[label="半导体"] option[value="semi.sensor"]')).toHaveTextContent('传感器');
    fireEvent.change(chain, { target: { value: 'semi' } });
    fireEvent.change(park, { target: { value: 'zs-sub' } });
    const roles = screen.getByRole('group', { name: '' });
    expect(within(roles).getByRole('checkbox', { name: '链主企业' })).toBeChecked();
    fireEvent.click(within(roles).getByRole('checkbox', { name: '龙头企业' }));
    fireEvent.click(screen.getByRole('button', { name: '运行' }));
    await waitFor(() => expect(calls.some((c) => c.op === 'RunSavedQuery')).toBe(true));
    expect(calls.find((c) => c.op === 'RunSavedQuery')!.variables).toEqual({
      id: 'picks',
      params: { chainId: 'semi', parkId: 'zs-sub', segmentId: 'semi.sensor', roles: ['leading', 'anchor'], enterpriseId: null },
    });
    // One request for the chain and segment lists of every picker on the form; parks page on their own.
    expect(calls.filter((c) => c.op === 'AnalystPickOptions')).toHaveLength(1);
    expect(calls.find((c) => c.op === 'ParkOptions')!.variables).toEqual({ chainId: null, query: null, first: 100, after: null });
  });

  it('finds enterprises by name and keeps the chosen id', async () => {
    const calls = stubApi();
    render(
      <I18nProvider lang="en">
        <SavedQueriesPanel queries={[picks]} headless />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Picker query' }));
    const input = screen.getByLabelText(/enterpriseId/);
    fireEvent.change(input, { target: { value: '宏发' } });
    await waitFor(() => expect(document.querySelector('datalist option[value="e.hongfa"]')).not.toBeNull());
    expect(document.querySelector('datalist option[value="e.hongfa"]')).toHaveAttribute('label', '宏发电力');
    expect(calls.find((c) => c.op === 'AnalystPickEnterprise')!.variables).toEqual({ text: '宏发' });
  });
});
