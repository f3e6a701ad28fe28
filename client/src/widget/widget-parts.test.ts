import { describe, expect, it } from 'vitest';
import { graphqlUrl, readChainMap } from './api';
import { cssHeight } from './chain-map-element';
import { appLink, buildChrome, sourcesLine } from './render';
import type { ChainMapModel } from './snapshot';
import { WORDS } from './words';

describe('widget parts', () => {
  it('reads statuses and local firms from chainMap elements', () => {
    const read = readChainMap({
      truncated: true,
      scope: null,
      nodes: [
        { id: 'pv.a', type: 'Segment', label: '硅料', labelEn: null, status: 'PRESENT' },
        { id: 'pv.b', type: 'Segment', label: '组件', labelEn: null, status: null },
        { id: 'e.1', type: 'Enterprise', label: '润海', labelEn: 'Runhai', status: 'PRESENT' },
        { id: 'zs', type: 'Park', label: '园区', labelEn: null, status: 'MISSING' },
      ],
      edges: [
        { type: 'IN_SEGMENT', source: 'e.1', target: 'pv.a' },
        { type: 'FLOWS_TO', source: 'pv.a', target: 'pv.b' },
      ],
    });
    expect(read).toEqual({
      statuses: { 'pv.a': 'PRESENT' },
      firms: { 'pv.a': [{ id: 'e.1', name: '润海', nameEn: 'Runhai' }] },
      truncated: true,
    });
  });

  it("links to the app at the same view, in the router's /chain route form", () => {
    const chain = { id: 'pv', name: '光伏', nameEn: null, segments: [], flows: [] };
    expect(appLink('https://graph.example.cn/', { chain, scope: { region: 'zj.zhoushan' }, asOf: '2023' }, 'en')).toBe(
      'https://graph.example.cn/chain?chain=pv&region=zj.zhoushan&asOf=2023&lang=en',
    );
    expect(appLink('https://graph.example.cn', { chain, scope: { park: 'zs-hitech' }, asOf: null }, 'zh')).toBe(
      'https://graph.example.cn/chain?chain=pv&park=zs-hitech',
    );
  });

  const model: ChainMapModel = {
    chain: { id: 'pv', name: '光伏', nameEn: 'Photovoltaics', segments: [], flows: [] },
    scope: { park: 'zs-hitech' },
    place: { name: '舟山高新区', nameEn: 'Zhoushan Hi-tech Zone' },
    asOf: null,
    readOn: '2026-12-05',
    statuses: {},
    firms: {},
    sources: [
      { id: 's.1', title: '报告', titleEn: 'Report', publisher: '舟山市', publisherEn: 'Zhoushan City', date: '2024' },
      { id: 's.2', title: '公告', titleEn: null, publisher: '某局', publisherEn: null, date: null },
    ],
    truncated: false,
  };

  it('gives the sources line with the English publisher where there is one', () => {
    expect(sourcesLine(model, WORDS['en'], 'en')).toBe('Sources: Zhoushan City · Report · 2024; 某局 · 公告');
    expect(sourcesLine(model, WORDS['zh'], 'zh')).toMatch(/舟山市 · 报告 · 2024; 某局 · 公告$/);
  });

  it("names the park in the header by its public name, in the widget's language", () => {
    const title = (m: ChainMapModel, lang: 'zh' | 'en', scopeName?: string) =>
      buildChrome(m, WORDS[lang], lang, { appBase: null, offline: false, scopeName, onPick: () => {} }).head.querySelector('h2')!
        .textContent;
    expect(title(model, 'en')).toBe('Photovoltaics · Zhoushan Hi-tech Zone');
    expect(title(model, 'zh')).toBe('光伏 · 舟山高新区');
    expect(title(model, 'en', 'Our park')).toBe('Photovoltaics · Our park');
    // An old snapshot without the name still says which park.
    expect(title({ ...model, place: undefined }, 'en')).toBe('Photovoltaics · zs-hitech');
  });

  it('reads the height and endpoint attributes leniently, with safe defaults', () => {
    expect([cssHeight('480'), cssHeight('60vh'), cssHeight('480px'), cssHeight('calc(1px)'), cssHeight(null)]).toEqual([
      '480px',
      '60vh',
      '480px',
      '420px',
      '420px',
    ]);
    expect(graphqlUrl('https://graph.example.cn/')).toBe('https://graph.example.cn/graphql');
  });
});
