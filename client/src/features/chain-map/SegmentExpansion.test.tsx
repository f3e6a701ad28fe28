import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { toParkChainMap } from './use-chain-map';
import { I18nProvider } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import { pvChain } from '../../test/fixtures';
import { chainMapFixture } from '../../test/chain-map-fixtures';
import { SegmentStatusList } from './SegmentStatusList';

const map = toParkChainMap(chainMapFixture);

function expand(lang: Lang, segmentId: string, onSelect = vi.fn()) {
  render(
    <I18nProvider lang={lang}>
      <SegmentStatusList
        chain={pvChain}
        statuses={map.statuses}
        enterprises={map.enterprises}
        projects={map.projects}
        selectedId={segmentId}
        onSelect={onSelect}
      />
    </I18nProvider>,
  );
  return { expansion: screen.getByTestId('segment-expansion'), onSelect };
}

describe('segment expansion: local enterprises and projects', () => {
  it('reads projects per segment from chainMap’s FOR_SEGMENT edges, with their status at asOf', () => {
    expect(map.projects.get('pv.module')).toEqual([
      {
        id: 'pj.runhai-pv',
        label: '润海组件产线',
        labelEn: 'Runhai module lines',
        counts: 'PRESENT',
        statusAt: 'in_production',
        inferred: false,
      },
    ]);
    expect(map.projects.get('pv.hjt-cell')?.[0]).toMatchObject({ id: 'pj.hjt-line', statusAt: 'construction', inferred: true });
    // Projects are not enterprises.
    expect(map.enterprises.get('pv.module')?.map((e) => e.id)).toEqual(['e.runhai']);
  });

  it('lists both kinds under their own headings in Chinese, each opening the detail panel', () => {
    const { expansion, onSelect } = expand('zh', 'pv.module');
    expect(within(expansion).getByText('组件')).toBeInTheDocument();
    expect(within(expansion).getByRole('heading', { name: '本地企业（1）' })).toBeInTheDocument();
    const projects = screen.getByTestId('expansion-projects');
    expect(within(projects).getByRole('heading', { name: '项目（1）' })).toBeInTheDocument();
    expect(projects).toHaveTextContent('润海组件产线 (已投产)');
    fireEvent.click(within(projects).getByRole('button', { name: '润海组件产线' }));
    expect(onSelect).toHaveBeenLastCalledWith('pj.runhai-pv');
    fireEvent.click(within(expansion).getByRole('button', { name: '润海新能源' }));
    expect(onSelect).toHaveBeenLastCalledWith('e.runhai');
  });

  it('says “none” for the missing kind, marks inferred mappings, and speaks English', () => {
    const { expansion } = expand('en', 'pv.hjt-cell');
    expect(within(expansion).getByText(/Pipeline/)).toBeInTheDocument();
    expect(screen.getByTestId('expansion-enterprises')).toHaveTextContent('Local enterprises (0)none');
    // No English name: the Chinese one stands in.
    expect(screen.getByTestId('expansion-projects')).toHaveTextContent('Projects (1)异质结电池项目 (Under construction · inferred)');
  });

  it('shows one empty state when a segment has neither', () => {
    const { expansion } = expand('zh', 'pv.polysilicon');
    expect(expansion).toHaveTextContent('该环节暂无本地企业或项目');
    expect(within(expansion).queryByRole('heading')).toBeNull();
    expect(within(expansion).queryByRole('button')).toBeNull();
  });

  it('shows one empty state in English too', () => {
    const { expansion } = expand('en', 'pv.station');
    expect(expansion).toHaveTextContent('PV power plants ○ Missing');
    expect(expansion).toHaveTextContent('No local enterprises or projects in this segment');
  });
});
