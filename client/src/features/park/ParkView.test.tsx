import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import type { ParkTab } from '../../shared/nav/search';
import { stubParkApi } from '../../test/park-fixtures';
import { ParkView } from './ParkView';

function renderPark(lang: Lang = 'zh', onNavigate = vi.fn(), tab?: ParkTab) {
  render(
    <I18nProvider lang={lang}>
      <ParkView parkId="ls-etdz" chainId="semi" asOf={null} tab={tab} onNavigate={onNavigate} />
    </I18nProvider>,
  );
  return onNavigate;
}

/** The names of the operations the page asked the server for. */
const asked = (fetchMock: ReturnType<typeof stubParkApi>) =>
  fetchMock.mock.calls.map(
    (c) => /query (\w+)/.exec((JSON.parse(String((c as unknown as [string, RequestInit])[1].body)) as { query: string }).query)![1],
  );

const dashboard = {
  park: {
    id: 'ls-etdz',
    dashboard: { enterprises: 12, anchors: 2, listed: 3, projects: [], chains: [] },
  },
};

describe('ParkView', () => {
  it('shows each segment status as text in the gap table', async () => {
    stubParkApi();
    renderPark();
    const table = await screen.findByRole('table', { name: '补链分析' });
    const row = (name: string) => within(table).getByRole('button', { name }).closest('tr')!;
    expect(row('红外探测器')).toHaveTextContent('已有');
    expect(row('红外探测器')).toHaveTextContent('珏芯');
    expect(row('抛光片')).toHaveTextContent('在建/签约');
    expect(row('EDA')).toHaveTextContent('缺失');
    expect(row('EDA')).toHaveTextContent('成都某公司（同省）');
    expect(screen.getByText(/产业链完整度：50%/)).toBeInTheDocument();
  });

  it('shows target score parts that add up to the score, and opens a candidate', async () => {
    stubParkApi();
    const onNavigate = renderPark('zh', vi.fn(), 'targets');
    const heading = await screen.findByRole('heading', { name: '招商目标' });
    const section = heading.closest('section')!;
    const score = Number(within(section).getByText('7.5').textContent);
    const parts = within(section)
      .getAllByText(/^[+-]?\d+(\.\d+)?$/)
      .filter((el) => el.className === 'part-points');
    expect(parts.reduce((sum, el) => sum + Number(el.textContent), 0)).toBeCloseTo(score);
    expect(within(section).getByText('环节相关度：正是所缺环节')).toBeInTheDocument();
    expect(within(section).getByText('企业地位：龙头企业')).toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: '目标企业' }));
    expect(onNavigate).toHaveBeenCalledWith({ node: 'e.t1' });
  });

  it('asks to sign in when the server answers UNAUTHENTICATED', async () => {
    stubParkApi({ Park: { errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] } });
    renderPark('en');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('The park page is for signed-in users.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('labels the tables in English in en mode and links the chain map', async () => {
    stubParkApi();
    const onNavigate = renderPark('en');
    expect(await screen.findByRole('table', { name: 'Gap report' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Nearest supply elsewhere/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: /Show on chain map/ }));
    expect(onNavigate).toHaveBeenCalledWith({ view: 'chain', chain: 'semi', park: 'ls-etdz' });
  });

  it('keeps the key figures above four tabs and loads only the open tab', async () => {
    const fetchMock = stubParkApi({ ParkDashboard: { data: dashboard } });
    const onNavigate = renderPark();
    await screen.findByRole('table', { name: '补链分析' });
    const figures = screen.getByTestId('park-dashboard');
    const tablist = screen.getByRole('tablist', { name: '园区分析' });
    // The figures come first in the page, the tabs after them.
    expect(figures.compareDocumentPosition(tablist) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(figures).getByText('12')).toBeInTheDocument();
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['缺口', '招商目标', '五张清单', '项目评审']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false']);
    expect(screen.getByRole('tabpanel', { name: '缺口' })).toContainElement(screen.getByRole('table', { name: '补链分析' }));
    expect(new Set(asked(fetchMock))).toEqual(new Set(['Park', 'ParkDashboard', 'GapReport']));
    // Choosing a tab is a navigation (the tab lives in the URL); the default one clears it.
    fireEvent.click(screen.getByRole('tab', { name: '五张清单' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ tab: 'lists' });
    fireEvent.keyDown(screen.getByRole('tab', { name: '缺口' }), { key: 'End' });
    expect(onNavigate).toHaveBeenLastCalledWith({ tab: 'review' });
  });

  it('opens the review tab from the URL with its own data only, and words the tabs in English', async () => {
    const fetchMock = stubParkApi({ ParkDashboard: { data: dashboard } });
    const onNavigate = renderPark('en', vi.fn(), 'review');
    const panel = await screen.findByRole('tabpanel', { name: 'Project review' });
    await within(panel).findByRole('heading', { name: 'Project review' });
    // The leading firms come with the review's own query, not the five lists'.
    expect(within(panel).getByRole('button', { name: '珏芯微电子' })).toBeInTheDocument();
    expect(new Set(asked(fetchMock))).toEqual(new Set(['Park', 'ParkDashboard', 'ProjectReview']));
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Gaps', 'Targets', 'Five lists', 'Project review']);
    expect(screen.getByRole('tab', { name: 'Project review' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('table', { name: 'Gap report' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Gaps' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ tab: null });
  });
});
