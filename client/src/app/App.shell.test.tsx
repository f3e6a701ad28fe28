// The app shell: which view the URL picks, the primary navigation, the start page.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { setSessionToken } from '../shared/api/session-token';
import type { ParkSummary } from '../shared/api/types';
import { admin, chainsHandler, homeParksHandler, operations, parks, stubGraphql } from '../test/shell-fixtures';

const param = (name: string) => new URLSearchParams(window.location.search).get(name);
/** The view the address bar shows: its route's path. */
const path = () => window.location.pathname;
const nav = () => screen.getByRole('navigation', { name: '主导航' });

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('app shell', () => {
  it('the primary navigation switches views through the URL', async () => {
    stubGraphql({ Chains: chainsHandler });
    render(<App headless />);
    // No ?view= means the chain map, as before the shell existed.
    await screen.findByRole('navigation', { name: '主导航' });
    expect(path()).toBe('/chain');
    expect(within(nav()).getByRole('button', { name: '产业链图' })).toHaveAttribute('aria-current', 'page');
    await screen.findByRole('navigation', { name: '产业链列表' });

    fireEvent.click(within(nav()).getByRole('button', { name: '首页' }));
    await waitFor(() => expect(path()).toBe('/home'));
    expect(await screen.findByRole('heading', { level: 2, name: '产业链与园区一览' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: '产业链列表' })).not.toBeInTheDocument();

    fireEvent.click(within(nav()).getByRole('button', { name: '园区' }));
    await waitFor(() => expect(path()).toBe('/park'));
    expect(within(nav()).getByRole('button', { name: '园区' })).toHaveAttribute('aria-current', 'page');

    // The region view is its own chunk, loaded when first opened.
    fireEvent.click(within(nav()).getByRole('button', { name: '区域' }));
    await waitFor(() => expect(path()).toBe('/region'));
    expect(await screen.findByRole('heading', { level: 2, name: '区域' })).toBeInTheDocument();

    fireEvent.click(within(nav()).getByRole('button', { name: '对比' }));
    await waitFor(() => expect(path()).toBe('/compare'));
    fireEvent.click(within(nav()).getByRole('button', { name: '分析' }));
    await waitFor(() => expect(path()).toBe('/analyst'));

    // Back returns to the previous view.
    window.history.back();
    await waitFor(() => expect(path()).toBe('/compare'));
    await waitFor(() => expect(within(nav()).getByRole('button', { name: '对比' })).toHaveAttribute('aria-current', 'page'));
  });

  it('a ?node= link opens the detail panel beside the view, and closing it clears the URL', async () => {
    window.history.replaceState(null, '', '/?view=home&node=ent.hongfa');
    stubGraphql({ Chains: chainsHandler });
    render(<App headless />);
    const panel = await screen.findByTestId('detail-panel');
    expect(panel).toHaveAttribute('data-node-id', 'ent.hongfa');
    expect(screen.getByRole('heading', { level: 2, name: '产业链与园区一览' })).toBeInTheDocument();
    fireEvent.click(within(panel).getAllByRole('button')[0]!);
    await waitFor(() => expect(param('node')).toBeNull());
    expect(screen.queryByTestId('detail-panel')).not.toBeInTheDocument();
  });

  it('the start page lists the chains and asks anonymous users to sign in for the parks', async () => {
    window.history.replaceState(null, '', '/?view=home');
    const fetchMock = stubGraphql({ Chains: chainsHandler });
    render(<App headless />);

    const chains = await screen.findByRole('region', { name: '产业链' });
    // The section is there at once (loading); the chains arrive after the request.
    const pv = await within(chains).findByRole('link', { name: '光伏' });
    expect(pv.closest('li')).toHaveTextContent('8 个环节');
    const parksSection = screen.getByRole('region', { name: '园区' });
    expect(within(parksSection).getByText('登录后可查看园区概况。')).toBeInTheDocument();
    expect(operations(fetchMock)).toEqual(['Chains']);

    fireEvent.click(pv);
    await waitFor(() => expect(param('view')).toBeNull()); // the chain map is the default view
    await waitFor(() => expect(param('chain')).toBe('pv'));
    expect(await screen.findByRole('heading', { level: 2, name: '光伏' })).toBeInTheDocument();
  });

  it('signed in, the start page shows each park with its kind, region, roll-up counts and chains', async () => {
    setSessionToken('tok');
    window.history.replaceState(null, '', '/?view=home');
    stubGraphql({ Chains: chainsHandler, Me: () => ({ me: admin }), HomeParks: homeParksHandler(parks) });
    render(<App headless />);

    const table = await screen.findByRole('table');
    const [, zone, sub] = within(table).getAllByRole('row');
    expect(zone).toHaveTextContent('苏州工业园区经开区 · 苏州市光伏427');
    expect(sub).toHaveTextContent('纳米城分园');
    expect(sub).toHaveAttribute('data-depth', '1'); // nested under its zone
    expect(screen.getByText('企业与项目数含下属分园（一区多园）。')).toBeInTheDocument();

    fireEvent.click(within(zone!).getByRole('link', { name: '苏州工业园区' }));
    await waitFor(() => expect(path()).toBe('/park'));
    await waitFor(() => expect(param('park')).toBe('p.zone'));
  });

  it('pages through a national list of parks and filters it by park or region name', async () => {
    setSessionToken('tok');
    window.history.replaceState(null, '', '/?view=home');
    const many: ParkSummary[] = Array.from({ length: 120 }, (_, i) => ({
      ...parks[0]!,
      id: `p.${String(i).padStart(3, '0')}`,
      name: `园区${i}`,
      nameEn: null,
      region: i < 60 ? { id: 'r.nb', name: '宁波市', nameEn: null } : { id: 'r.sz', name: '苏州市', nameEn: null },
    }));
    const fetchMock = stubGraphql({ Chains: chainsHandler, Me: () => ({ me: admin }), HomeParks: homeParksHandler(many) });
    render(<App headless />);
    const section = await screen.findByRole('region', { name: '园区' });
    const lastAsk = () =>
      fetchMock.mock.calls
        .map(([, init]) => JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> })
        .filter((b) => b.query.includes('query HomeParks'))
        .at(-1)!.variables;

    expect(await within(section).findByText('第 1–50 个，共 120 个园区')).toBeInTheDocument();
    expect(within(section).getAllByRole('row')).toHaveLength(51); // the header and 50 parks
    expect(within(section).getByRole('button', { name: '上一页' })).toBeDisabled();
    fireEvent.click(within(section).getByRole('button', { name: '下一页' }));
    expect(await within(section).findByText('第 51–100 个，共 120 个园区')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: '园区50' })).toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: '下一页' }));
    expect(await within(section).findByText('第 101–120 个，共 120 个园区')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: '下一页' })).toBeDisabled();
    fireEvent.click(within(section).getByRole('button', { name: '上一页' }));
    expect(await within(section).findByText('第 51–100 个，共 120 个园区')).toBeInTheDocument();

    // A filter starts again at the first page and is sent to the server, not applied here.
    const filter = within(section).getByRole('searchbox', { name: '查找园区' });
    filter.focus();
    fireEvent.change(filter, { target: { value: ' 宁波 ' } });
    expect(await within(section).findByText('第 1–50 个，共 60 个园区')).toBeInTheDocument();
    // The box stayed while the filtered page loaded: the same element, still focused.
    expect(within(section).getByRole('searchbox', { name: '查找园区' })).toBe(filter);
    expect(filter).toHaveFocus();
    expect(lastAsk()).toMatchObject({ query: '宁波', first: 50, after: null });
    fireEvent.change(within(section).getByRole('searchbox', { name: '查找园区' }), { target: { value: '没有' } });
    expect(await within(section).findByText('没有名称或所在地区含“没有”的园区')).toBeInTheDocument();
    expect(within(section).queryByRole('table')).toBeNull();
  });

  it('the start page in English', async () => {
    setSessionToken('tok');
    window.history.replaceState(null, '', '/?view=home&lang=en');
    stubGraphql({ Chains: chainsHandler, Me: () => ({ me: admin }), HomeParks: homeParksHandler(parks) });
    render(<App headless />);
    expect(await screen.findByRole('link', { name: 'Suzhou Industrial Park' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Chains and parks at a glance' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Photovoltaics' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Signed in as' })).toHaveTextContent('adminAdmin');
  });
});
