import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SegmentPublicQuery } from '../../gql/graphql';
import { I18nProvider } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import { jsonResponse } from '../../test/fixtures';
import { projectNode, runhaiNode } from '../../test/chain-map-fixtures';
import { DetailPanel } from './DetailPanel';

function stubFetch(impl: (body: { query: string; variables: Record<string, unknown> }) => Response) {
  const fetchMock = vi.fn(async (_url: unknown, init?: RequestInit) => impl(JSON.parse(String(init?.body))));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderPanel(nodeId: string, lang: Lang = 'zh') {
  const onClose = vi.fn();
  const onNavigate = vi.fn();
  render(
    <I18nProvider lang={lang}>
      <DetailPanel nodeId={nodeId} onClose={onClose} onNavigate={onNavigate} />
    </I18nProvider>,
  );
  return { onClose, onNavigate };
}

afterEach(() => vi.unstubAllGlobals());

describe('DetailPanel', () => {
  it('shows an enterprise’s facts, links and sources', async () => {
    stubFetch(() => jsonResponse({ data: { node: runhaiNode } }));
    const { onNavigate } = renderPanel('e.runhai');
    expect(await screen.findByRole('heading', { name: '润海新能源' })).toBeInTheDocument();
    expect(screen.getByText('规上企业')).toBeInTheDocument();
    expect(screen.getByText(/销售额: 4 亿元/)).toBeInTheDocument();
    // Inferred segment links say so, with the basis.
    expect(screen.getByText(/推断: 由产品推断/)).toBeInTheDocument();
    const sources = screen.getByTestId('detail-sources');
    expect(within(sources).getByText('润海新能源投产报道')).toBeInTheDocument();
    expect(within(sources).getByText('000_runhai.pdf')).toBeInTheDocument();
    expect(sources).toHaveTextContent('舟山日报');
    expect(sources).toHaveTextContent('2023-06');

    fireEvent.click(screen.getByRole('button', { name: '舟山高新区' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'park', park: 'zs-hitech', node: null });
    fireEvent.click(screen.getByRole('button', { name: '光伏组件' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ node: 'pv.module' });
  });

  it('shows a listed firm’s stock code and its 申万 industry', async () => {
    const listed = {
      ...runhaiNode,
      id: 'e.listed.688303',
      name: '新疆大全新能源股份有限公司',
      stockCode: '688303',
      exchange: 'SSE',
      listedOn: '2021-07-22',
      industries: [{ code: '630501', name: '硅料硅片', nameEn: 'Polysilicon and wafers' }],
    };
    stubFetch(() => jsonResponse({ data: { node: listed } }));
    renderPanel('e.listed.688303');
    expect(await screen.findByText('688303 · SSE · 2021-07-22')).toBeInTheDocument();
    expect(screen.getByText('硅料硅片（630501）')).toBeInTheDocument();
  });

  it('formats a project’s investment in 亿元, land in 亩 and capacity with its unit', async () => {
    stubFetch(() => jsonResponse({ data: { node: projectNode } }));
    renderPanel('pj.x');
    expect(await screen.findByText('12.5 亿元')).toBeInTheDocument();
    expect(screen.getByText('120 亩')).toBeInTheDocument();
    expect(screen.getByText('光伏组件 20 GW')).toBeInTheDocument();
    expect(screen.getByText(/签约 2022-03；开工 2023/)).toBeInTheDocument();
    expect(screen.getByText('某集团')).toBeInTheDocument();
    expect(screen.getByText('暂无来源记录')).toBeInTheDocument();
  });

  it('closes on Esc and on its close button', async () => {
    stubFetch(() => jsonResponse({ data: { node: runhaiNode } }));
    const { onClose } = renderPanel('e.runhai', 'en');
    await screen.findByRole('heading', { name: 'Runhai New Energy' });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('falls back to the public segment record for anonymous users', async () => {
    const publicSegment: SegmentPublicQuery = {
      segment: {
        id: 'pv.module',
        name: '光伏组件',
        nameEn: 'PV modules',
        note: null,
        stage: 'MIDSTREAM',
        chainId: 'pv',
        enterpriseCount: 3,
        products: null,
        sources: [],
      },
    };
    const fetchMock = stubFetch(({ query }) =>
      query.includes('node(id')
        ? jsonResponse({ data: null, errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] })
        : jsonResponse({ data: publicSegment }),
    );
    renderPanel('pv.module');
    expect(await screen.findByRole('heading', { name: '光伏组件' })).toBeInTheDocument();
    expect(screen.getByText('中游')).toBeInTheDocument();
    expect(screen.getByText(/请登录后查看完整信息/)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
