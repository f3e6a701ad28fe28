import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { regionsForParks, type ScopePark } from './scope-queries';
import { setSessionToken } from '../../shared/api/session-token';
import { I18nProvider } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import type { RegionLevel } from '../../gql/graphql';
import { jsonResponse } from '../../test/fixtures';
import { ScopePicker, type Scope } from './ScopePicker';

type Region = NonNullable<ScopePark['region']>;
const r = (id: string, name: string, level: RegionLevel, parent: Region | null, nameEn: string | null = null): Region => ({
  id,
  name,
  nameEn,
  level,
  parent: parent as Region['parent'],
});
// Zhejiang with two cities, each holding one park of the chain (定海 a district of 舟山).
const zj = r('zj', '浙江省', 'PROVINCE', null, 'Zhejiang');
const zs = r('zs', '舟山市', 'CITY', zj, 'Zhoushan');
const parks: ScopePark[] = [
  { id: 'zs-hitech', name: '舟山高新区', nameEn: 'Zhoushan High-tech Zone', region: r('zs.dh', '定海区', 'DISTRICT', zs, 'Dinghai') },
  { id: 'ls-etdz', name: '丽水经开区', nameEn: null, region: r('ls', '丽水市', 'CITY', zj, 'Lishui') },
  { id: 'cd-park', name: '成都园', nameEn: null, region: null },
];
/** ScopeOptions as the server answers it: the filter (park or region name), then the page. */
const answer = (list: ScopePark[], total = list.length) => ({
  data: {
    parksConnection: {
      totalCount: total,
      pageInfo: { hasNextPage: total > list.length, endCursor: null },
      edges: list.map((node) => ({ node })),
    },
  },
});

afterEach(() => {
  setSessionToken(null);
  vi.unstubAllGlobals();
});

function renderPicker(lang: Lang, value: Scope = { park: null, region: null }) {
  const onChange = vi.fn();
  render(
    <I18nProvider lang={lang}>
      <ScopePicker chainId="pv" value={value} onChange={onChange} />
    </I18nProvider>,
  );
  return onChange;
}

describe('regionsForParks', () => {
  it('keeps the regions above the chain’s parks, as a tree in Chinese name order', () => {
    expect(regionsForParks(parks).map((x) => [x.id, x.depth])).toEqual([
      ['zj', 0],
      ['ls', 1],
      ['zs', 1],
      ['zs.dh', 2],
    ]);
    expect(regionsForParks([parks[0]!]).map((x) => x.id)).toEqual(['zj', 'zs', 'zs.dh']);
    expect(regionsForParks([])).toEqual([]);
  });
});

describe('ScopePicker', () => {
  it('offers parks and regions in one keyboard-reachable control and reports the choice', async () => {
    setSessionToken('t');
    const fetchMock = vi.fn(async () => jsonResponse(answer(parks)));
    vi.stubGlobal('fetch', fetchMock);
    const onChange = renderPicker('zh');
    const select = screen.getByRole('combobox', { name: '范围' });
    await waitFor(() => expect(select).toBeEnabled());
    expect(within(select).getByRole('group', { name: '园区' })).toHaveTextContent('舟山高新区');
    // Every park of the chain is listed: no filter box.
    expect(screen.queryByRole('searchbox')).toBeNull();
    const regionGroup = within(select).getByRole('group', { name: '地区' });
    expect(
      within(regionGroup)
        .getAllByRole('option')
        .map((o) => o.textContent?.trim()),
    ).toEqual(['浙江省', '丽水市', '舟山市', '定海区']);
    fireEvent.change(select, { target: { value: 'region:zs' } });
    expect(onChange).toHaveBeenLastCalledWith({ park: null, region: 'zs' });
    fireEvent.change(select, { target: { value: 'park:zs-hitech' } });
    expect(onChange).toHaveBeenLastCalledWith({ park: 'zs-hitech', region: null });
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ park: null, region: null });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body)).variables).toEqual({ chainId: 'pv', query: null, first: 100, after: null });
  });

  it('finds the rest of a national chain’s parks by name: the filter asks the server', async () => {
    setSessionToken('t');
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
      const { query } = JSON.parse(String(init.body)).variables as { query: string | null };
      if (!query) return jsonResponse(answer(parks, 340));
      const hits = parks.filter((p) => p.name.includes(query) || p.region?.parent?.name.includes(query));
      return jsonResponse(answer(hits));
    });
    vi.stubGlobal('fetch', fetchMock);
    const onChange = renderPicker('zh');
    const filter = await screen.findByRole('searchbox', { name: '查找园区' });
    expect(screen.getByRole('status')).toHaveTextContent('列出 3 个，共 340 个园区；输入名称查找其余园区');
    fireEvent.change(filter, { target: { value: '舟山' } });
    const select = screen.getByRole('combobox', { name: '范围' });
    const parkOptions = () =>
      within(within(select).getByRole('group', { name: '园区' }))
        .getAllByRole('option')
        .map((o) => o.textContent);
    await waitFor(() => expect(parkOptions()).toEqual(['舟山高新区']));
    expect(
      within(within(select).getByRole('group', { name: '地区' }))
        .getAllByRole('option')
        .map((o) => o.textContent?.trim()),
    ).toEqual(['浙江省', '舟山市', '定海区']);
    expect(screen.getByRole('status')).toHaveTextContent('');
    fireEvent.change(select, { target: { value: 'park:zs-hitech' } });
    expect(onChange).toHaveBeenLastCalledWith({ park: 'zs-hitech', region: null });
    fireEvent.change(filter, { target: { value: '杭州' } });
    expect(await screen.findByText('没有名称或所在地区含“杭州”的园区')).toBeInTheDocument();
  });

  it('shows the region from the URL as selected, with English names and levels', async () => {
    setSessionToken('t');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(answer(parks))),
    );
    renderPicker('en', { park: null, region: 'zs' });
    const select = screen.getByRole('combobox', { name: 'Scope' });
    // While the lists load, the select says so; the URL's bare id is never shown as a name.
    expect(screen.getByRole('option', { name: 'Loading parks and regions…' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'zs' })).not.toBeInTheDocument();
    expect(await screen.findByRole('option', { name: /Zhoushan \(city\)/ })).toBeInTheDocument();
    expect(select).toHaveValue('region:zs');
  });

  it('asks anonymous users to sign in', async () => {
    renderPicker('en');
    expect(screen.getByText(/Sign in to choose a park or region/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('says so when the lists fail to load', async () => {
    setSessionToken('t');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ errors: [{ message: 'boom' }] })),
    );
    renderPicker('zh');
    expect(await screen.findByRole('alert')).toHaveTextContent('园区和地区列表加载失败');
  });
});
