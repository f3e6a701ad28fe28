import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import { applyPatch, VIEW_PATHS, type NavPatch } from '../../shared/nav/search';
import { stringifySearch } from '../../shared/nav/search-codec';
import { jsonResponse } from '../../test/fixtures';
import RegionView from './RegionView';
import type { Place, RegionOverview } from './types';

afterEach(() => vi.unstubAllGlobals());

const place = (
  kind: Place['kind'],
  id: string,
  name: string,
  level: string | null,
  parks: number,
  percents: Record<string, number>,
): Place => ({
  kind,
  id,
  name,
  nameEn: null,
  level,
  parks,
  firms: parks * 3,
  chains: Object.entries(percents).map(([chainId, percent]) => ({ chainId, completeness: { percent } })),
});

const chains = [
  { id: 'pv', name: '光伏', nameEn: 'Photovoltaics' },
  { id: 'film', name: '膜材料', nameEn: 'Film' },
];

const ningbo: RegionOverview = {
  region: place('REGION', 'zj.ningbo', '宁波市', 'city', 12, { pv: 20, film: 50 }),
  path: [{ id: 'zj', name: '浙江省', nameEn: 'Zhejiang', level: 'province' }],
  chains,
  children: [place('REGION', 'zj.ningbo.jiangbei', '江北区', 'district', 0, { pv: 0, film: 0 })],
  parks: [place('PARK', 'nb-hitech', '宁波高新区', null, 11, { pv: 20, film: 45 })],
};

const top: RegionOverview = {
  region: null,
  path: [],
  chains,
  children: [place('REGION', 'zj', '浙江省', 'province', 30, { pv: 12, film: 70 })],
  parks: [],
};

/** Stubs regionOverview by operation name, as the server would answer it. */
function stubOverview(answer: RegionOverview) {
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const { query } = JSON.parse(String(init.body)) as { query: string };
    const op = /query (\w+)/.exec(query)?.[1];
    return jsonResponse(op === 'RegionOverview' ? { data: { regionOverview: answer } } : { errors: [{ message: `unexpected ${op}` }] });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderView(lang: Lang, regionId: string | null, chainId: string | null) {
  const onNavigate = vi.fn();
  const hrefFor = (patch: NavPatch) => {
    const { view, search } = applyPatch({ view: 'region', region: regionId ?? undefined, chain: chainId ?? undefined }, patch);
    return VIEW_PATHS[view] + stringifySearch(search);
  };
  render(
    <I18nProvider lang={lang}>
      <RegionView regionId={regionId} chainId={chainId} onNavigate={onNavigate} hrefFor={hrefFor} />
    </I18nProvider>,
  );
  return onNavigate;
}

describe('RegionView', () => {
  it('draws a city’s tiles in the chosen chain’s band with the percent as text, and drills by link', async () => {
    const fetchMock = stubOverview(ningbo);
    const onNavigate = renderView('zh', 'zj.ningbo', 'film');
    const parks = await screen.findByRole('region', { name: '本级园区' });
    const park = within(parks).getByRole('link', { name: /宁波高新区/ });
    expect(park).toHaveTextContent('完整度 45%');
    expect(park).toHaveTextContent('园区 11 个 · 企业 33 家');
    expect(park).toHaveAttribute('data-band', 'mid');
    // a park tile opens the park page on the same chain
    expect(park).toHaveAttribute('href', '/park?park=nb-hitech&chain=film');
    fireEvent.click(park);
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'park', park: 'nb-hitech', chain: 'film', node: null });

    // a region without parks is neutral and says so, not a red gap
    const district = within(screen.getByRole('region', { name: '下级区域' })).getByRole('link', { name: /江北区/ });
    expect(district).toHaveAttribute('data-band', 'none');
    expect(district).toHaveTextContent('暂无园区');
    fireEvent.click(district);
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'region', region: 'zj.ningbo.jiangbei', chain: 'film' });

    // breadcrumb 全国 › 浙江省 › 宁波市 drills up
    const crumbs = screen.getByRole('navigation', { name: '区域层级' });
    expect(crumbs).toHaveTextContent('全国浙江省宁波市');
    expect(within(crumbs).getByText('宁波市')).toHaveAttribute('aria-current', 'page');
    expect(within(crumbs).getByRole('link', { name: '全国' })).toHaveAttribute('href', '/region?chain=film');
    fireEvent.click(within(crumbs).getByRole('link', { name: '浙江省' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ region: 'zj', chain: 'film' });

    fireEvent.change(screen.getByRole('combobox', { name: '产业链' }), { target: { value: 'pv' } });
    expect(onNavigate).toHaveBeenLastCalledWith({ chain: 'pv' });
    const body = JSON.parse(String((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body));
    expect(body.variables).toEqual({ id: 'zj.ningbo' });
  });

  it('in English at the top: every province, the fullest chain when none is chosen', async () => {
    const fetchMock = stubOverview(top);
    renderView('en', null, null);
    const tile = await screen.findByRole('link', { name: /浙江省/ });
    expect(tile).toHaveTextContent('Completeness 12%');
    expect(tile).toHaveTextContent('30 parks · 90 firms');
    expect(tile).toHaveAttribute('data-band', 'low');
    expect(tile).toHaveAttribute('href', '/region?region=zj&chain=pv');
    expect(screen.getByRole('combobox', { name: 'Chain' })).toHaveValue('pv');
    expect(screen.getByRole('navigation', { name: 'Region path' })).toHaveTextContent('All provinces');
    expect(screen.getByRole('heading', { name: 'Regions' })).toBeInTheDocument();
    const body = JSON.parse(String((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body));
    expect(body.variables).toEqual({ id: null });
  });
});
