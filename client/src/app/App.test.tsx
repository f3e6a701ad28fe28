import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { chainsResult, jsonResponse } from '../test/fixtures';

/** Renders the app headless (jsdom has no canvas) and captures the live graph. */
function renderApp() {
  const graph: { cy: Core | null } = { cy: null };
  render(<App headless onGraph={(cy) => (graph.cy = cy)} />);
  return graph;
}

function stubFetch(impl: () => Promise<Response>) {
  const fetchMock = vi.fn(impl);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const chainButton = (name: RegExp) =>
  within(screen.getByRole('navigation', { name: /产业链列表|Industrial chain list/ })).getByRole('button', { name });

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('App', () => {
  it('lists the chains in Chinese and draws the first chain by default', async () => {
    const fetchMock = stubFetch(async () => jsonResponse({ data: chainsResult }));
    const graph = renderApp();

    expect(await screen.findByRole('heading', { level: 1, name: '产业链图谱' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /光伏/ })).toHaveTextContent('8 个环节');
    expect(chainButton(/氟化工/)).toHaveTextContent('3 个环节');
    expect(chainButton(/光伏/)).toHaveAttribute('aria-current', 'page');

    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body)).query).toContain('chains');

    // 8 segments + 1 ghost (PVDF film from the fluoro chain).
    await waitFor(() => expect(screen.getByTestId('chain-map')).toHaveAttribute('data-node-count', '9'));
    expect(graph.cy?.getElementById('ghost:fluoro.pvdf-film').data('label')).toBe('PVDF薄膜\n[fluoro]');
    expect(screen.getByText('上游')).toBeInTheDocument(); // legend
  });

  it('selecting another chain updates the URL and the map', async () => {
    stubFetch(async () => jsonResponse({ data: chainsResult }));
    const graph = renderApp();

    fireEvent.click(await screen.findByRole('button', { name: /氟化工/ }));

    await waitFor(() => expect(new URLSearchParams(window.location.search).get('chain')).toBe('fluoro'));
    expect(chainButton(/氟化工/)).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 2, name: '氟化工' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('chain-map')).toHaveAttribute('data-node-count', '4'));
    expect(graph.cy?.getElementById('fluoro.pvdf-resin').data('label')).toBe('PVDF树脂');
  });

  it('restores chain and language from a shared link', async () => {
    window.history.replaceState(null, '', '/?lang=en&chain=fluoro');
    stubFetch(async () => jsonResponse({ data: chainsResult }));
    renderApp();

    expect(await screen.findByRole('heading', { level: 2, name: 'Fluorochemicals' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Industrial Chain Graph' })).toBeInTheDocument();
  });

  it('switching to English changes the labels, the URL and the node labels', async () => {
    stubFetch(async () => jsonResponse({ data: chainsResult }));
    const graph = renderApp();
    await screen.findByRole('button', { name: /光伏/ });
    expect(screen.getByText('从多晶硅到光伏电站')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('From polysilicon to PV power plants')).toBeInTheDocument();

    expect(screen.getByRole('heading', { level: 1, name: 'Industrial Chain Graph' })).toBeInTheDocument();
    expect(chainButton(/Photovoltaics/)).toHaveTextContent('8 segments');
    expect(screen.getByText('Upstream')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('lang')).toBe('en'));
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(graph.cy?.getElementById('pv.cell').data('label')).toBe('Cells'));
  });

  it('opens the other chain when its ghost segment is tapped', async () => {
    stubFetch(async () => jsonResponse({ data: chainsResult }));
    const graph = renderApp();
    await waitFor(() => expect(graph.cy).not.toBeNull());

    graph.cy!.getElementById('ghost:fluoro.pvdf-film').emit('tap');

    await waitFor(() => expect(new URLSearchParams(window.location.search).get('chain')).toBe('fluoro'));
  });

  it('shows an error with a retry button when the API is unreachable, and retry re-fetches', async () => {
    const fetchMock = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    renderApp();

    expect(await screen.findByRole('alert')).toHaveTextContent('无法连接到数据服务');
    expect(fetchMock).toHaveBeenCalledTimes(1);

    fetchMock.mockImplementation(async () => jsonResponse({ data: chainsResult }));
    fireEvent.click(screen.getByRole('button', { name: '重试' }));

    expect(await screen.findByRole('button', { name: /光伏/ })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reports GraphQL errors from the server', async () => {
    stubFetch(async () => jsonResponse({ data: null, errors: [{ message: 'Neo4j unavailable' }] }));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('Neo4j unavailable');
  });

  it('shows a loading state, then a clear message when there are no chains', async () => {
    let resolve!: (r: Response) => void;
    stubFetch(() => new Promise((r) => (resolve = r)));
    renderApp();
    expect(await screen.findByRole('status')).toHaveTextContent('正在加载');

    resolve(jsonResponse({ data: { chains: [] } }));
    expect(await screen.findByText('暂无产业链')).toBeInTheDocument();
  });
});
