import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import { stubParkApi } from '../../test/park-fixtures';
import { ParkView } from './ParkView';

function renderPark(lang: Lang = 'zh', onNavigate = vi.fn()) {
  render(
    <I18nProvider lang={lang}>
      <ParkView parkId="ls-etdz" chainId="semi" asOf={null} onNavigate={onNavigate} />
    </I18nProvider>,
  );
  return onNavigate;
}

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
    const onNavigate = renderPark();
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
});
