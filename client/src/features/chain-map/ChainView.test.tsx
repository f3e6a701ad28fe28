import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../shared/i18n/context';
import { jsonResponse, pvChain } from '../../test/fixtures';
import { chainMapFixture } from '../../test/chain-map-fixtures';
import { ChainView } from './ChainView';

afterEach(() => vi.unstubAllGlobals());

describe('ChainView with a park', () => {
  it('fetches chainMap for the park and date, and shows statuses, completeness and a segment’s enterprises', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ data: { chainMap: chainMapFixture } }));
    vi.stubGlobal('fetch', fetchMock);
    const graph: { cy: Core | null } = { cy: null };
    const onNavigate = vi.fn();
    render(
      <I18nProvider lang="zh">
        <ChainView
          chain={pvChain}
          headless
          parkId="zs-hitech"
          asOf="2023"
          nodeId="pv.module"
          onNavigate={onNavigate}
          onGraph={(cy) => (graph.cy = cy)}
        />
      </I18nProvider>,
    );
    expect(await screen.findByTestId('completeness')).toHaveTextContent('完整度 23%（顶层环节：已有 1 · 在建 1 · 缺失 4）');
    // The map names the park it is drawn for (from chainMap, so anonymous visitors see it too).
    expect(screen.getByTestId('chain-scope')).toHaveTextContent('园区：舟山高新技术产业园区');
    const body = JSON.parse(String((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body));
    expect(body.variables).toMatchObject({ chainId: 'pv', parkId: 'zs-hitech', asOf: '2023' });

    const list = screen.getByTestId('segment-statuses');
    expect(list.querySelector('[data-segment-id="pv.polysilicon"]')).toHaveAttribute('data-status', 'MISSING');
    expect(list.querySelector('[data-segment-id="pv.module"]')).toHaveAttribute('data-status', 'PRESENT');
    // The graph is styled in an effect after the list renders: wait for it, not for luck.
    await waitFor(() => expect(graph.cy?.$id('pv.cell').hasClass('status-pipeline')).toBe(true));
    expect(screen.getByTestId('legend-pipeline')).toHaveTextContent('◐ 在建或签约');

    const expansion = screen.getByTestId('segment-expansion');
    fireEvent.click(within(expansion).getByRole('button', { name: '润海新能源' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ node: 'e.runhai' });

    fireEvent.click(screen.getByRole('checkbox', { name: '显示企业' }));
    expect(graph.cy?.$id('pv.module').data('label')).toBe('● 组件\n润海新能源');
    // Projects: a count line of its own (◇), under the firms; the node keeps its column (rows
    // spread a little: node height follows the tallest label, graph/label-fit.ts).
    const before = graph.cy?.$id('pv.module').position();
    fireEvent.click(screen.getByRole('checkbox', { name: '显示项目' }));
    expect(graph.cy?.$id('pv.module').data('label')).toBe('● 组件\n润海新能源\n◇ 项目 1个');
    expect(graph.cy?.$id('pv.hjt-cell').data('label')).toBe('◐ HJT电池\n◇ 项目 1个');
    expect(graph.cy?.$id('pv.module').position().x).toBe(before?.x);

    // The slider starts the year before the scope's earliest dated evidence.
    const slider = screen.getByRole('slider', { name: '时间' });
    expect(slider).toHaveAttribute('min', '2018');
    fireEvent.change(slider, { target: { value: '2022' } });
    expect(onNavigate).toHaveBeenLastCalledWith({ asOf: '2022' });
  });

  it('keeps the bare chain (no request, no statuses) without a park', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    render(
      <I18nProvider lang="zh">
        <ChainView chain={pvChain} headless />
      </I18nProvider>,
    );
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.queryByTestId('completeness')).toBeNull();
    expect(screen.queryByRole('slider')).toBeNull();
  });
});

describe('ChainView of a chain without a template', () => {
  it('offers no export (nothing to draw)', () => {
    vi.stubGlobal('fetch', vi.fn());
    const { rerender } = render(
      <I18nProvider lang="zh">
        <ChainView chain={pvChain} headless />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: /PNG/ })).toBeInTheDocument();
    rerender(
      <I18nProvider lang="zh">
        <ChainView chain={{ ...pvChain, id: 'digital', segments: [], flows: [] }} headless />
      </I18nProvider>,
    );
    expect(screen.queryByRole('button', { name: /PNG/ })).toBeNull();
  });
});

describe('ChainView replaying years', () => {
  it('keeps the previous year’s statuses on screen while the next year loads', async () => {
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        ++calls === 1 ? Promise.resolve(jsonResponse({ data: { chainMap: chainMapFixture } })) : new Promise<Response>(() => {}),
      ),
    );
    const view = (asOf: string) => (
      <I18nProvider lang="zh">
        <ChainView chain={pvChain} headless parkId="zs-hitech" asOf={asOf} onNavigate={vi.fn()} />
      </I18nProvider>
    );
    const { rerender } = render(view('2023'));
    await screen.findByTestId('completeness');
    rerender(view('2022'));
    expect(await screen.findByText('正在加载园区环节状态…')).toBeInTheDocument();
    expect(screen.getByTestId('segment-statuses').querySelector('[data-segment-id="pv.module"]')).toHaveAttribute('data-status', 'PRESENT');
  });
});
