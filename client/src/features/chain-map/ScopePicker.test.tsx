import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { regionsForParks } from './scope-queries';
import { setSessionToken } from '../../shared/api/session-token';
import { I18nProvider } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import type { RegionLevel } from '../../gql/graphql';
import { jsonResponse } from '../../test/fixtures';
import { ScopePicker, type Scope } from './ScopePicker';

const r = (id: string, name: string, level: RegionLevel, parent: string | null, nameEn: string | null = null) => ({
  id,
  name,
  nameEn,
  level,
  parent: parent ? { id: parent } : null,
});
// Zhejiang with two cities; only Zhoushan (and its district) hold a park of the chain.
const regions = [
  r('zj', '浙江省', 'PROVINCE', null, 'Zhejiang'),
  r('zs', '舟山市', 'CITY', 'zj', 'Zhoushan'),
  r('zs.dh', '定海区', 'DISTRICT', 'zs', 'Dinghai'),
  r('ls', '丽水市', 'CITY', 'zj', 'Lishui'),
  r('sc', '四川省', 'PROVINCE', null, 'Sichuan'),
];
const parks = [{ id: 'zs-hitech', name: '舟山高新区', nameEn: 'Zhoushan High-tech Zone', region: { id: 'zs.dh' } }];

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
  it('keeps the regions above the chain’s parks, as a tree', () => {
    expect(regionsForParks(parks, regions).map((x) => [x.id, x.depth])).toEqual([
      ['zj', 0],
      ['zs', 1],
      ['zs.dh', 2],
    ]);
    expect(regionsForParks([], regions)).toEqual([]);
  });
});

describe('ScopePicker', () => {
  it('offers parks and regions in one keyboard-reachable control and reports the choice', async () => {
    setSessionToken('t');
    const fetchMock = vi.fn(async () => jsonResponse({ data: { parks, regions } }));
    vi.stubGlobal('fetch', fetchMock);
    const onChange = renderPicker('zh');
    const select = screen.getByRole('combobox', { name: '范围' });
    await waitFor(() => expect(select).toBeEnabled());
    expect(within(select).getByRole('group', { name: '园区' })).toHaveTextContent('舟山高新区');
    const regionGroup = within(select).getByRole('group', { name: '地区' });
    expect(
      within(regionGroup)
        .getAllByRole('option')
        .map((o) => o.textContent?.trim()),
    ).toEqual(['浙江省', '舟山市', '定海区']);
    fireEvent.change(select, { target: { value: 'region:zs' } });
    expect(onChange).toHaveBeenLastCalledWith({ park: null, region: 'zs' });
    fireEvent.change(select, { target: { value: 'park:zs-hitech' } });
    expect(onChange).toHaveBeenLastCalledWith({ park: 'zs-hitech', region: null });
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ park: null, region: null });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body)).variables).toEqual({ chainId: 'pv' });
  });

  it('shows the region from the URL as selected, with English names and levels', async () => {
    setSessionToken('t');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse({ data: { parks, regions } })),
    );
    renderPicker('en', { park: null, region: 'zs' });
    const select = screen.getByRole('combobox', { name: 'Scope' });
    // While the lists load, the URL's id stands in as the selected option: wait for the real one.
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
