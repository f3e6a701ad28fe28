// The Explore view with a stubbed API: start from a node, expand, hide + undo, pin, find paths,
// the URL reproducing the canvas, and the sign-in / error / not-found states.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../app/App';
import { setSessionToken } from '../../shared/api/session-token';
import { jsonResponse } from '../../test/fixtures';
import { runhaiNode } from '../../test/chain-map-fixtures';
import type { ExploreNeighborhoodQuery } from '../../gql/graphql';
import { admin, chainsHandler, operations, stubGraphql } from '../../test/shell-fixtures';

const param = (name: string) => new URLSearchParams(window.location.search).get(name);
/** The view the address bar shows: its route's path. */
const path = () => window.location.pathname;
const node = (id: string, label: string, type = 'Enterprise') => ({ id, type, label, labelEn: null, stage: null });
const edge = (source: string, target: string, type = 'IN_SEGMENT') => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  crossChain: null,
  inferred: null,
});

const hoods: Record<string, ExploreNeighborhoodQuery['neighborhood']> = {
  'e.runhai': {
    nodes: [node('e.runhai', '润海新能源'), node('pv.module', '光伏组件', 'Segment'), node('zs-hitech', '舟山高新区', 'Park')],
    edges: [edge('e.runhai', 'pv.module'), edge('e.runhai', 'zs-hitech', 'LOCATED_IN')],
    truncated: false,
  },
  'pv.module': {
    nodes: [node('pv.module', '光伏组件', 'Segment'), node('pv.cell', '电池片', 'Segment'), node('e.other', '另一家组件厂')],
    edges: [edge('pv.cell', 'pv.module', 'FEEDS'), edge('e.other', 'pv.module')],
    truncated: true,
  },
};

const handlers = {
  Chains: chainsHandler,
  Me: () => ({ me: admin }),
  NodeDetail: () => ({ node: null }),
  ExploreNeighborhood: (v: Record<string, unknown>) => ({ neighborhood: hoods[String(v['id'])] ?? null }),
  ExplorePaths: (v: Record<string, unknown>) =>
    v['to'] === 'pv.cell'
      ? {
          paths: {
            nodes: [node('e.runhai', '润海新能源'), node('pv.module', '光伏组件', 'Segment'), node('pv.cell', '电池片', 'Segment')],
            edges: [edge('e.runhai', 'pv.module'), edge('pv.cell', 'pv.module', 'FEEDS')],
            truncated: false,
          },
        }
      : { paths: { nodes: [], edges: [], truncated: false } },
};

const list = () => screen.getByTestId('explore-node-list');
const listed = () =>
  within(list())
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('data-node-id'))
    .sort();
const canvas = () => screen.getByTestId('explore-canvas');
const toolbar = () => screen.getByRole('toolbar', { name: '关系图工具' });

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('explore view', () => {
  it('starts from the URL’s node, expands, hides and undoes, pins, with the URL following', { timeout: 20_000 }, async () => {
    setSessionToken('tok');
    window.history.replaceState(null, '', '/?view=explore&node=e.runhai');
    stubGraphql(handlers);
    render(<App headless />);
    await waitFor(() => expect(listed()).toEqual(['e.runhai', 'pv.module', 'zs-hitech']));
    await waitFor(() => expect(canvas()).toHaveAttribute('data-node-count', '3'));
    expect(canvas()).toHaveAttribute('data-edge-count', '2');

    // Select the module segment in the list, expand it from the toolbar.
    fireEvent.click(within(list()).getByRole('button', { name: /光伏组件/ }));
    fireEvent.click(within(toolbar()).getByRole('button', { name: /展开邻居/ }));
    await waitFor(() => expect(listed()).toEqual(['e.other', 'e.runhai', 'pv.cell', 'pv.module', 'zs-hitech']));
    await waitFor(() => expect(canvas()).toHaveAttribute('data-edge-count', '4'));
    await waitFor(() => expect(param('expand')).toBe('pv.module'));
    expect(screen.getByTestId('explore-truncated')).toHaveTextContent('只显示了一部分');

    // Hide the park, then undo with Ctrl+Z.
    fireEvent.click(within(list()).getByRole('button', { name: /舟山高新区/ }));
    fireEvent.click(within(toolbar()).getByRole('button', { name: /^⊘ 隐藏$/ }));
    await waitFor(() => expect(listed()).not.toContain('zs-hitech'));
    await waitFor(() => expect(param('hide')).toBe('zs-hitech'));
    await waitFor(() => expect(canvas()).toHaveAttribute('data-node-count', '4'));
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(listed()).toContain('zs-hitech'));
    await waitFor(() => expect(param('hide')).toBeNull());

    // Pin: the list marks it; undo (button, named after the operation) unpins.
    fireEvent.click(within(list()).getByRole('button', { name: /另一家组件厂/ }));
    fireEvent.click(within(toolbar()).getByRole('button', { name: /^⚑ 固定$/ }));
    expect(within(list()).getByRole('button', { name: /⚑ 另一家组件厂/ })).toBeInTheDocument();
    expect(within(toolbar()).getByRole('button', { name: /取消固定/ })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(within(toolbar()).getByRole('button', { name: /撤销固定/ }));
    expect(within(list()).queryByRole('button', { name: /⚑/ })).not.toBeInTheDocument();

    // Layout switch goes into the URL and is undoable too.
    fireEvent.change(within(toolbar()).getByLabelText('布局'), { target: { value: 'circle' } });
    await waitFor(() => expect(param('layout')).toBe('circle'));
    expect(canvas()).toHaveAttribute('data-layout', 'circle');
    fireEvent.click(within(toolbar()).getByRole('button', { name: /撤销布局/ }));
    await waitFor(() => expect(param('layout')).toBeNull());

    // Undo the expansion: back to the start.
    fireEvent.click(within(toolbar()).getByRole('button', { name: /撤销展开/ }));
    await waitFor(() => expect(listed()).toEqual(['e.runhai', 'pv.module', 'zs-hitech']));
    await waitFor(() => expect(param('expand')).toBeNull());
    expect(within(toolbar()).getByRole('button', { name: /撤销/ })).toBeDisabled();
  });

  it('rebuilds a shared link’s canvas and finds paths, saying so when there are none', async () => {
    setSessionToken('tok');
    window.history.replaceState(null, '', '/?view=explore&node=e.runhai&expand=pv.module&hide=e.other');
    const fetchMock = stubGraphql(handlers);
    render(<App headless />);
    await waitFor(() => expect(listed()).toEqual(['e.runhai', 'pv.cell', 'pv.module', 'zs-hitech']));
    expect(operations(fetchMock).filter((o) => o === 'ExploreNeighborhood')).toHaveLength(2);

    const paths = screen.getByRole('region', { name: '查找路径' });
    fireEvent.click(within(list()).getByRole('button', { name: /润海新能源/ }));
    fireEvent.change(within(paths).getByLabelText(/终点/), { target: { value: 'pv.cell' } });
    fireEvent.click(within(paths).getByRole('button', { name: '查找路径' }));
    const result = await within(paths).findByTestId('path-result');
    expect(result).toHaveTextContent('找到 1 条最短路径');
    expect(within(result).getByRole('button', { name: '润海新能源 → 光伏组件 → 电池片' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(param('paths')).toBe('e.runhai~pv.cell~4'));

    fireEvent.change(within(paths).getByLabelText(/终点/), { target: { value: 'zs-hitech' } });
    fireEvent.change(within(paths).getByLabelText('最多步数'), { target: { value: '2' } });
    fireEvent.click(within(paths).getByRole('button', { name: '查找路径' }));
    await within(paths).findByText('在 2 步之内没有找到路径。');
  });

  it('asks anonymous users to sign in, and explains an unknown node and a dead API', async () => {
    window.history.replaceState(null, '', '/?view=explore&node=e.runhai');
    stubGraphql(handlers);
    const { unmount } = render(<App headless />);
    expect(await screen.findByText('关系探索需要登录后使用。')).toBeInTheDocument();
    unmount();

    setSessionToken('tok');
    window.history.replaceState(null, '', '/?view=explore&node=nope');
    stubGraphql(handlers);
    const second = render(<App headless />);
    expect(await screen.findByRole('heading', { name: '找不到这个节点' })).toBeInTheDocument();
    second.unmount();

    window.history.replaceState(null, '', '/?view=explore&node=e.runhai');
    stubGraphql({ ...handlers, ExploreNeighborhood: () => jsonResponse({ error: 'down' }, 502) });
    render(<App headless />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/502/);
  });

  it('without a node it says how to start; the detail panel offers “explore connections”', async () => {
    setSessionToken('tok');
    window.history.replaceState(null, '', '/?view=explore');
    stubGraphql({ ...handlers, NodeDetail: () => ({ node: runhaiNode }) });
    render(<App headless />);
    expect(await screen.findByRole('heading', { name: '从一个节点开始探索' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('button', { name: '关系探索' })).toHaveAttribute('aria-current', 'page');

    // From another view's detail panel into a fresh exploration around that node.
    fireEvent.click(within(nav).getByRole('button', { name: '首页' }));
    window.history.pushState(null, '', '/?view=home&node=e.runhai&expand=stale');
    window.dispatchEvent(new PopStateEvent('popstate'));
    const panel = await screen.findByTestId('detail-panel');
    fireEvent.click(await within(panel).findByRole('button', { name: /在关系图中探索/ }));
    await waitFor(() => expect(path()).toBe('/explore'));
    await waitFor(() => expect(param('node')).toBe('e.runhai'));
    await waitFor(() => expect(param('expand')).toBeNull());
    await waitFor(() => expect(listed()).toEqual(['e.runhai', 'pv.module', 'zs-hitech']));
  });
});
