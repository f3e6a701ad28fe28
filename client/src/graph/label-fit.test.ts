import { describe, expect, it } from 'vitest';
import { buildChainElements } from './elements';
import { estimateWidth, fitLabel, tokenize, wrapText } from './label-fit';
import { nodeWidthAt } from './chain-layout';
import { defaults } from './defaults';
import type { ChainData, ChainLabels } from './types';

describe('label fitting', () => {
  it('measures CJK characters as one em and Latin letters narrower', () => {
    expect(estimateWidth('组件', 15)).toBe(30);
    expect(estimateWidth('Frames', 15)).toBeLessThan(6 * 15);
    expect(estimateWidth('Frames', 15)).toBeGreaterThan(6 * 15 * 0.4);
  });

  it('keeps Latin words whole and breaks between CJK characters', () => {
    expect(tokenize('TOPCon电池')).toEqual(['TOPCon', '电', '池']);
    expect(tokenize('Junction boxes')).toEqual(['Junction ', 'boxes']);
    // Closing punctuation stays on the character before it.
    expect(tokenize('膜（光伏）')).toEqual(['膜', '（', '光', '伏）']);
  });

  it('never breaks inside "TOPCon" of TOPCon电池, even when the box is narrow', () => {
    const lines = wrapText('TOPCon电池组件', 70, 15);
    expect(lines[0]).toBe('TOPCon');
    expect(lines.join('')).toBe('TOPCon电池组件');
    for (const line of lines) expect(estimateWidth(line, 15)).toBeLessThanOrEqual(70);
  });

  it('wraps English at spaces into lines no wider than the box', () => {
    const lines = wrapText('Junction boxes and connectors', 100, 15);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(estimateWidth(line, 15)).toBeLessThanOrEqual(100);
      expect(line).not.toMatch(/^\s|\s$/);
    }
    expect(lines.join(' ')).toBe('Junction boxes and connectors');
  });

  it('breaks a single word wider than the box by characters rather than overflowing', () => {
    const lines = wrapText('Supercalifragilistic', 60, 15);
    for (const line of lines) expect(estimateWidth(line, 15)).toBeLessThanOrEqual(60);
    expect(lines.join('')).toBe('Supercalifragilistic');
  });

  it('cuts past the line limit with … and says so; each paragraph keeps a line', () => {
    const fit = fitLabel(['很长很长很长很长很长很长很长很长很长的环节名称', '浙江宏发新能源科技有限公司 等3家'], {
      maxWidth: 90,
      fontSize: 15,
      maxLines: 3,
    });
    expect(fit.truncated).toBe(true);
    expect(fit.lines).toHaveLength(3);
    expect(fit.lines[1]!.endsWith('…')).toBe(true);
    expect(fit.lines[2]!.endsWith('…')).toBe(true);
    for (const line of fit.lines) expect(estimateWidth(line, 15)).toBeLessThanOrEqual(90);
    const short = fitLabel(['组件'], { maxWidth: 90, fontSize: 15, maxLines: 3 });
    expect(short).toEqual({ lines: ['组件'], truncated: false });
  });
});

const labels: ChainLabels = {
  stage: { UPSTREAM: '上游', MIDSTREAM: '中游', DOWNSTREAM: '下游' },
  enterpriseLine: (names) => (names.length > 1 ? `${names[0]} 等${names.length}家` : names[0]!),
  projectLine: (n) => `◇ 项目 ${n}个`,
};

function seg(id: string, name: string, nameEn: string, order: number, stage: 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM' = 'MIDSTREAM') {
  return { id, name, nameEn, stage, order, parentId: null, enterpriseCount: 0 };
}

describe('chain elements with fitted labels', () => {
  const chain: ChainData = {
    id: 'pv',
    segments: [
      seg('a', '接线盒', 'Junction boxes', 1),
      seg('b', '边框', 'Frames', 2),
      seg('c', 'TOPCon电池', 'TOPCon cells', 3, 'DOWNSTREAM'),
    ],
    flows: [],
  };

  it('draws every label within its node, at ≥ 12 px, and keeps rows apart', () => {
    for (const lang of ['zh', 'en'] as const) {
      const firms = new Map([
        ['a', ['浙江宏发新能源科技有限公司', '润海新能源', '某某光伏材料股份有限公司']],
        ['b', ['润海新能源']],
      ]);
      const els = buildChainElements(chain, { lang, labels, enterpriseNames: firms, projectCounts: new Map([['a', 2]]) });
      const nodes = els.filter((e) => e.group === 'nodes');
      const heights = new Set(nodes.map((n) => n.data['h'] as number));
      expect(heights.size).toBe(1);
      const h = [...heights][0]!;
      for (const n of nodes) {
        const fontSize = n.data['fontSize'] as number;
        expect(fontSize).toBeGreaterThanOrEqual(12);
        const lines = String(n.data['label']).split('\n');
        expect(lines.length * fontSize * defaults.label.lineHeight).toBeLessThanOrEqual(h);
        const room = nodeWidthAt(0) - defaults.label.inset;
        for (const line of lines) expect(estimateWidth(line, fontSize)).toBeLessThanOrEqual(room);
      }
      // Same column: neighbours are at least a node height plus the row gap apart.
      const ys = nodes.filter((n) => n.data['stage'] === 'MIDSTREAM').map((n) => n.position!.y);
      expect(Math.abs(ys[0]! - ys[1]!)).toBeGreaterThanOrEqual(h + defaults.layout.rowGap);
      // The full text stays for the tooltip.
      const a = nodes.find((n) => n.data['id'] === 'a')!;
      expect(String(a.data['fullLabel'])).toContain('浙江宏发新能源科技有限公司');
    }
  });

  it('keeps TOPCon电池 in one piece and has a names-only label for low zoom', () => {
    const els = buildChainElements(chain, { lang: 'zh', labels, enterpriseNames: new Map([['c', ['润海新能源']]]) });
    const c = els.find((e) => e.data['id'] === 'c')!;
    expect(String(c.data['label']).split('\n')[0]).toBe('TOPCon电池');
    expect(c.data['shortLabel']).toBe('TOPCon电池');
  });
});
