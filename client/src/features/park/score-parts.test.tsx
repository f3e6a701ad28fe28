import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ProjectReview, ScorePart, TargetList } from './types';
import { I18nProvider } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import { noValues } from '../../test/park-fixtures';
import { ReviewSection } from './ReviewSection';
import { TargetsSection } from './TargetsSection';

const n = (id: string, name: string, nameEn: string | null = null) => ({ id, name, nameEn });

// One candidate with every kind of part, as the server returns them (English labels + values).
const parts: ScorePart[] = [
  { key: 'relevance', label: 'chain relevance: sub segment', points: 30, values: { ...noValues, relevance: 'SUB_SEGMENT' } },
  { key: 'role', label: 'role: little_giant', points: 15, values: { ...noValues, role: 'little_giant' } },
  { key: 'size', label: 'size: sales 50 亿元', points: 8.5, values: { ...noValues, salesYi: 50 } },
  {
    key: 'capacity',
    label: 'capacity stated: 单晶硅片 10 GW',
    points: 5,
    values: { ...noValues, capacityProduct: '单晶硅片', capacityValue: 10, capacityUnit: 'GW' },
  },
  {
    key: 'supply',
    label: 'supply links with firms in the park: e.a, e.b',
    points: 20,
    values: { ...noValues, supplyPartners: [n('e.a', '甲公司', 'Alpha Co.'), n('e.b', '乙公司')] },
  },
  { key: 'proximity', label: 'same city', points: 10, values: { ...noValues, proximity: 'CITY' } },
  { key: 'inferred', label: 'segment mapping is inferred', points: -15, values: noValues },
  { key: 'future', label: 'a part this client does not know', points: 1, values: noValues },
];
const targets: TargetList = {
  total: 1,
  items: [
    {
      enterprise: {
        ...n('e.t', '目标企业', 'Target Co.'),
        stockCode: '600000',
        industries: [n('sw.1', '光伏电池组件', 'PV cells and modules')],
        region: null,
      },
      gapSegment: n('s', '硅片', 'Wafers'),
      segment: n('s', '硅片', 'Wafers'),
      park: null,
      score: 74.5,
      relevance: 'SUB_SEGMENT',
      inferred: true,
      parts,
    },
  ],
};
const review: ProjectReview = {
  counted: [],
  excluded: [
    { project: n('p.1', '谋划项目'), reason: 'planned: not yet signed', reasonKey: 'planned' },
    { project: n('p.2', '无状态项目'), reason: 'the documents give no status or lifecycle date', reasonKey: 'noStatus' },
  ],
  rates: [{ key: 'fundsArrival', label: '到资率 funds arrived', numerator: 0, denominator: 0, rate: null, projects: [] }],
};

function partTexts(lang: Lang) {
  render(
    <I18nProvider lang={lang}>
      <TargetsSection targets={targets} onNavigate={vi.fn()} />
    </I18nProvider>,
  );
  return within(screen.getByRole('list', { name: lang === 'zh' ? '得分' : 'Score' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.part-label')!.textContent);
}

describe('score parts and review labels', () => {
  it('words every score part in Chinese from its values', () => {
    expect(partTexts('zh')).toEqual([
      '环节相关度：所缺环节的子环节',
      '企业地位：专精特新“小巨人”',
      '规模：销售额 50 亿元',
      '已披露产能：单晶硅片 10 GW',
      '与本地企业有供应关系：甲公司、乙公司',
      '距离：同市',
      '所属环节为推断',
      'a part this client does not know',
    ]);
  });

  it('words every score part in English, with English names where known', () => {
    expect(partTexts('en')).toEqual([
      'Relevance: a sub-segment of the gap',
      'Role: Little giant (national)',
      'Size: sales of CNY 5 billion',
      'Stated capacity: 单晶硅片 10 GW',
      'Supply links with local firms: Alpha Co., 乙公司',
      'Proximity: same city',
      'Segment mapping is inferred',
      'a part this client does not know',
    ]);
  });

  it.each([
    ['zh', '资金到位率', ['谋划项目 — 谋划中，尚未签约', '无状态项目 — 资料未给出项目状态或进度日期']],
    ['en', 'Funds-arrival rate', ['谋划项目 — Planned: not yet signed', '无状态项目 — The documents give no status or lifecycle date']],
  ] as const)('labels review rates and exclusion reasons by key (%s)', (lang, rate, reasons) => {
    render(
      <I18nProvider lang={lang}>
        <ReviewSection review={review} leading={[]} institutions={[]} fileParts={['x']} onNavigate={vi.fn()} />
      </I18nProvider>,
    );
    expect(screen.getByRole('cell', { name: rate })).toBeInTheDocument();
    expect(screen.queryByText(/funds arrived/)).not.toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(expect.arrayContaining([...reasons]));
  });

  it.each([
    ['zh', '上市：600000 · 申万行业：光伏电池组件'],
    ['en', 'Listed: 600000 · Shenwan industry: PV cells and modules'],
  ] as const)("names a listed candidate's stock code and 申万 industry (%s)", (lang, line) => {
    render(
      <I18nProvider lang={lang}>
        <TargetsSection targets={targets} onNavigate={vi.fn()} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('target-candidate').querySelector('.target-listed')).toHaveTextContent(line);
  });
});
