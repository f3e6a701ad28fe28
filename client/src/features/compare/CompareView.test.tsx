import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CompareParks, ParkChoice } from '../park/types';
import { I18nProvider } from '../../shared/i18n/context';
import { chainsResult } from '../../test/fixtures';
import { parksConnectionOf, stubParkApi } from '../../test/park-fixtures';
import { CompareView } from './CompareView';

const parks: [ParkChoice, ParkChoice] = [
  { id: 'zs-hitech', name: '中山高新区', nameEn: null, kind: 'HIGH_TECH_ZONE', region: null },
  { id: 'sy-etdz', name: '遂宁经开区', nameEn: null, kind: 'ETDZ', region: null },
];
const seg = (
  id: string,
  name: string,
  stage: CompareParks['segments'][number]['stage'] = 'UPSTREAM',
): CompareParks['segments'][number] => ({
  id,
  name,
  nameEn: null,
  stage,
  order: 1,
  parentId: null,
});

describe('CompareView', () => {
  it('shows a parks × segments matrix with status text, and toggles parks in the URL', async () => {
    stubParkApi({
      Chains: { data: chainsResult },
      ParkChoices: { data: parksConnectionOf(parks) },
      CompareParks: {
        data: {
          compareParks: {
            segments: [seg('pv.polysilicon', '多晶硅'), seg('pv.cell', '电池片')],
            rows: [
              { park: parks[0], completeness: { score: 0.5, percent: 50 }, statuses: ['PRESENT', 'MISSING'] },
              { park: parks[1], completeness: { score: 0.25, percent: 25 }, statuses: ['PIPELINE', 'MISSING'] },
            ],
          },
        },
      },
    });
    const onNavigate = vi.fn();
    render(
      <I18nProvider lang="zh">
        <CompareView chainId="pv" parkIds={['zs-hitech', 'sy-etdz']} onNavigate={onNavigate} />
      </I18nProvider>,
    );
    const table = await screen.findByRole('table', { name: '园区对比' });
    const row = within(table).getByRole('button', { name: '遂宁经开区' }).closest('tr')!;
    expect(row).toHaveTextContent('在建/签约');
    expect(row).toHaveTextContent('缺失');
    fireEvent.click(screen.getByRole('checkbox', { name: '中山高新区' }));
    expect(onNavigate).toHaveBeenCalledWith({ parks: ['sy-etdz'] });
  });

  it('groups segments under their stage, filters to missing ones and keeps the sort in the URL', async () => {
    stubParkApi({
      Chains: { data: chainsResult },
      ParkChoices: { data: parksConnectionOf(parks) },
      CompareParks: {
        data: {
          compareParks: {
            segments: [seg('pv.module', '组件', 'DOWNSTREAM'), seg('pv.polysilicon', '多晶硅'), seg('pv.cell', '电池片', 'MIDSTREAM')],
            rows: [
              { park: parks[0], completeness: { score: 0.5, percent: 50 }, statuses: ['PRESENT', 'PRESENT', 'MISSING'] },
              { park: parks[1], completeness: { score: 0.25, percent: 25 }, statuses: ['PRESENT', 'PIPELINE', 'MISSING'] },
            ],
          },
        },
      },
    });
    const onNavigate = vi.fn();
    const { rerender } = render(
      <I18nProvider lang="zh">
        <CompareView chainId="pv" parkIds={['zs-hitech', 'sy-etdz']} sort="-score" onNavigate={onNavigate} />
      </I18nProvider>,
    );
    const table = await screen.findByRole('table', { name: '园区对比' });
    // Stage groups in chain order, whatever order the segments came in.
    const groups = within(table)
      .getAllByRole('columnheader')
      .filter((h) => h.getAttribute('scope') === 'colgroup');
    expect(groups.map((g) => g.textContent)).toEqual(['上游', '中游', '下游']);
    // Sorted descending by completeness from the URL; the other headers say they can be sorted.
    const score = within(table).getByRole('columnheader', { name: /完整度/ });
    expect(score).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByRole('columnheader', { name: /多晶硅/ })).toHaveAttribute('aria-sort', 'none');
    const names = within(table)
      .getAllByRole('row')
      .slice(2)
      .map((r) => within(r).getByRole('button').textContent);
    expect(names).toEqual(['中山高新区', '遂宁经开区']);
    fireEvent.click(within(score).getByRole('button'));
    expect(onNavigate).toHaveBeenCalledWith({ sort: 'score' });

    fireEvent.click(screen.getByRole('checkbox', { name: '只看缺失' }));
    expect(onNavigate).toHaveBeenCalledWith({ missing: true });
    rerender(
      <I18nProvider lang="zh">
        <CompareView chainId="pv" parkIds={['zs-hitech', 'sy-etdz']} onlyMissing onNavigate={onNavigate} />
      </I18nProvider>,
    );
    const filtered = await screen.findByRole('table', { name: '园区对比' });
    expect(within(filtered).queryByRole('columnheader', { name: /多晶硅/ })).toBeNull();
    expect(within(filtered).getByRole('columnheader', { name: /电池片/ })).toBeInTheDocument();
  });
});
