import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import { DashboardSection, type Dashboard } from './DashboardSection';

const completeness = (score: number) => ({ score, present: 1, pipeline: 0, missing: 2, counted: 3 });
const dashboard: Dashboard = {
  enterprises: 12,
  anchors: 2,
  listed: 3,
  projects: [
    { status: 'IN_PRODUCTION', count: 4, withInvestment: 2, investmentCny: 3.5e9 },
    { status: null, count: 1, withInvestment: 0, investmentCny: null },
  ],
  chains: [
    {
      chain: { id: 'pv', name: '光伏', nameEn: 'Photovoltaics' },
      completeness: completeness(0.4),
      trend: [
        { year: '2022', completeness: { score: 0.1 } },
        { year: '2023', completeness: { score: 0.25 } },
      ],
    },
    { chain: { id: 'film', name: '膜材料', nameEn: null }, completeness: completeness(0), trend: [] },
  ],
};

function show(lang: Lang, chainId: string | null = 'pv') {
  const onNavigate = vi.fn();
  render(
    <I18nProvider lang={lang}>
      <DashboardSection dashboard={dashboard} chainId={chainId} onNavigate={onNavigate} />
    </I18nProvider>,
  );
  return { onNavigate, section: screen.getByTestId('park-dashboard') };
}

describe('DashboardSection', () => {
  it('shows the key figures, the stated investment and projects by stage', () => {
    const { section } = show('zh');
    const figure = (key: string) => section.querySelector(`[data-figure="${key}"] dd`)!.textContent;
    expect([figure('enterprises'), figure('anchors'), figure('listed'), figure('projects')]).toEqual(['12', '2', '3', '5']);
    expect(section).toHaveTextContent('计划投资 35 亿元（5 个项目中 2 个写明金额）');
    const stages = section.querySelectorAll('.stage-bars li');
    expect([...stages].map((li) => li.textContent)).toEqual(['已投产4', '未注明1']);
  });

  it('gives each chain a card with its completeness and trend, and opens the chain on click', () => {
    const { section, onNavigate } = show('en');
    const pv = within(section).getByRole('button', { name: 'Open Photovoltaics · 40%' });
    expect(pv).toHaveAttribute('aria-pressed', 'true');
    expect(within(pv).getByRole('img')).toHaveAccessibleName('Completeness by year: 2022 10%, 2023 25%, now 40%');
    const film = within(section).getByRole('button', { name: 'Open 膜材料 · 0%' });
    expect(film).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(film);
    expect(onNavigate).toHaveBeenCalledWith({ chain: 'film' });
    expect(section).toHaveTextContent('planned investment CNY 35 × 100 million (亿元) (stated for 2 of 5 projects)');
  });
});
