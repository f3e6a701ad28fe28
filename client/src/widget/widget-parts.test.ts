import { describe, expect, it } from 'vitest';
import { graphqlUrl, readChainMap } from './api';
import { cssHeight } from './chain-map-element';
import { appLink } from './render';

describe('widget parts', () => {
  it('reads statuses and local firms from chainMap elements', () => {
    const read = readChainMap({
      truncated: true,
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

  it('links to the app at the same view', () => {
    const chain = { id: 'pv', name: '光伏', nameEn: null, segments: [], flows: [] };
    expect(appLink('https://graph.example.cn/', { chain, scope: { region: 'zj.zhoushan' }, asOf: '2023' }, 'en')).toBe(
      'https://graph.example.cn/?view=chain&chain=pv&region=zj.zhoushan&asOf=2023&lang=en',
    );
    expect(appLink('https://graph.example.cn', { chain, scope: null, asOf: null }, 'zh')).toBe(
      'https://graph.example.cn/?view=chain&chain=pv',
    );
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
