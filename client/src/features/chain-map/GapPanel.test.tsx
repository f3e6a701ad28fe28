import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import { jsonResponse } from '../../test/fixtures';
import { noValues } from '../../test/park-fixtures';
import { GapPanel, PANEL_CANDIDATES, type GapScope } from './GapPanel';

afterEach(() => vi.unstubAllGlobals());

const n = (id: string, name: string, nameEn: string | null = null) => ({ id, name, nameEn });
const wafer = n('pv.wafer', '硅片', 'Wafers');
const source = {
  id: 'doc-zs',
  title: '舟山高新区光伏产业规划',
  titleEn: null,
  publisher: '舟山市人民政府',
  date: '2023-05',
  dateApprox: false,
};

function gapAnswer(gap: Record<string, unknown>, items: unknown[] = [], total = items.length) {
  return {
    targets: {
      total,
      gaps: [{ segment: { id: 'pv.wafer' }, inferredOnly: false, since: null, enterprises: [], projects: [], sources: [source], ...gap }],
      items,
    },
  };
}
const candidate = {
  enterprise: {
    ...n('e.listed.603185', '弘元绿色能源股份有限公司', null),
    stockCode: '603185',
    industries: [n('sw.630505', '光伏加工设备', null)],
    region: n('js.wuxi', '无锡市', 'Wuxi'),
  },
  gapSegment: wafer,
  segment: wafer,
  park: null,
  score: 42,
  relevance: 'INDUSTRY',
  inferred: true,
  parts: [{ key: 'relevance', label: 'industry', points: 12, values: { ...noValues, relevance: 'INDUSTRY', industryName: '硅料硅片' } }],
};
const nearest = {
  gapReport: {
    segments: [
      { segment: { id: 'pv.cell' }, status: 'PRESENT', nearestSupply: [] },
      {
        segment: { id: 'pv.wafer' },
        status: 'MISSING',
        nearestSupply: [
          {
            enterprise: n('e.near', '近邻硅片厂', 'Nearby Wafers'),
            nearness: 'PROVINCE',
            park: n('p.x', '某园区', 'Some Park'),
            inferred: false,
          },
        ],
      },
    ],
  },
};

/** Answers each operation by name; records the variables each was asked with. */
function stubApi(answers: Record<string, unknown>) {
  const asked: Record<string, Record<string, unknown>> = {};
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
      const op = /query (\w+)/.exec(body.query)![1]!;
      asked[op] = body.variables;
      const answer = answers[op];
      return jsonResponse(answer && typeof answer === 'object' && 'errors' in answer ? answer : { data: answer });
    }),
  );
  return asked;
}

const parkScope: GapScope = { chainId: 'pv', parkId: 'zs-hitech', regionId: null, asOf: null };
function show(lang: Lang, scope = parkScope, onNavigate = vi.fn()) {
  render(
    <I18nProvider lang={lang}>
      <GapPanel segmentId="pv.wafer" scope={scope} onNavigate={onNavigate} />
    </I18nProvider>,
  );
  return onNavigate;
}

describe('GapPanel', () => {
  it('says why a segment is missing, which documents say so, the nearest supply and the ranked candidates', async () => {
    const asked = stubApi({
      SegmentGap: gapAnswer({ status: 'MISSING', reasonKey: 'NO_LOCAL_FIRM' }, [candidate], 7),
      NearestSupply: nearest,
    });
    const onNavigate = show('zh');
    const panel = await screen.findByTestId('gap-panel');
    expect(panel).toHaveAttribute('data-reason', 'NO_LOCAL_FIRM');
    expect(panel).toHaveTextContent('本园区没有这一环节的企业，也没有在建或签约项目。');
    expect(panel).toHaveTextContent('地图日期：当前');
    expect(within(panel).getByTestId('gap-sources')).toHaveTextContent('舟山高新区光伏产业规划 · 舟山市人民政府 · 2023-05');
    expect(await within(panel).findByTestId('gap-nearest')).toHaveTextContent('近邻硅片厂 某园区 · 同省');
    expect(panel).toHaveTextContent('候选企业（前 1 家，共 7 家）');
    expect(panel).toHaveTextContent('上市：603185 · 申万行业：光伏加工设备');
    expect(asked['SegmentGap']).toEqual({
      chainId: 'pv',
      parkId: 'zs-hitech',
      regionId: null,
      segmentId: 'pv.wafer',
      limit: PANEL_CANDIDATES,
    });
    expect(asked['NearestSupply']).toEqual({ chainId: 'pv', parkId: 'zs-hitech', regionId: null, asOf: null });

    fireEvent.click(within(panel).getByRole('button', { name: '弘元绿色能源股份有限公司' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ node: 'e.listed.603185' });
    fireEvent.click(within(panel).getByRole('button', { name: '近邻硅片厂' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ node: 'e.near' });
    fireEvent.click(within(panel).getByRole('button', { name: /查看全部招商目标/ }));
    expect(onNavigate).toHaveBeenLastCalledWith({ view: 'park', park: 'zs-hitech', chain: 'pv', tab: 'targets', node: null });
  });

  it('words a pipeline-only segment in English with its date, for a region at a past date', async () => {
    const project = { ...n('p.w', '硅片项目', 'Wafer project'), status: 'UNDER_CONSTRUCTION' };
    const asked = stubApi({
      SegmentGap: gapAnswer({ status: 'PIPELINE', reasonKey: 'PIPELINE_ONLY', since: '2022-03', projects: [project] }),
      NearestSupply: nearest,
    });
    show('en', { chainId: 'pv', parkId: null, regionId: 'zj.zhoushan', asOf: '2023' });
    const panel = await screen.findByTestId('gap-panel');
    expect(panel).toHaveTextContent(
      'This region has only projects under way or signed (the earliest dated 2022-03), no firm in production yet.',
    );
    expect(panel).toHaveTextContent('Map date: 2023 · Evidence and candidates reflect the current data.');
    expect(within(panel).getByRole('button', { name: 'Wafer project' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('The graph holds no candidate for this segment yet.');
    // No park: no park target list to link to.
    expect(within(panel).queryByRole('button', { name: /All investment targets/ })).toBeNull();
    expect(asked['SegmentGap']).toMatchObject({ parkId: null, regionId: 'zj.zhoushan' });
    expect(asked['NearestSupply']).toMatchObject({ regionId: 'zj.zhoushan', asOf: '2023' });
  });

  it('shows nothing for a segment the park has', async () => {
    stubApi({ SegmentGap: gapAnswer({ status: 'PRESENT', reasonKey: 'PRESENT' }), NearestSupply: nearest });
    show('zh');
    // Wait for the answer to be rendered: the loading line goes, and no panel replaces it.
    await vi.waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(screen.queryByTestId('gap-panel')).toBeNull();
  });

  it('asks to sign in when the server wants a viewer', async () => {
    stubApi({ SegmentGap: { errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] }, NearestSupply: nearest });
    show('zh');
    expect(await screen.findByText('登录后可查看缺口依据与候选企业。')).toBeInTheDocument();
  });
});
