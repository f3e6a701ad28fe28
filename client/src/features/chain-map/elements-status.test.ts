import { describe, expect, it } from 'vitest';
import type { GapStatus } from './queries';
import { toParkChainMap } from './use-chain-map';
import { pvChain } from '../../test/fixtures';
import { chainMapFixture } from '../../test/chain-map-fixtures';
import { buildChainElements, STATUS_GLYPH } from '../../graph/elements';
import { chainLabels } from '../../shared/i18n/chain-labels';
import { createStylesheet } from '../../graph/styles';

describe('park statuses on the chain map', () => {
  const map = toParkChainMap(chainMapFixture);

  it('reads statuses and local enterprises from chainMap', () => {
    expect(map.statuses.get('pv.module')).toBe('PRESENT');
    expect(map.statuses.get('pv.cell')).toBe('PIPELINE');
    expect(map.statuses.get('pv.polysilicon')).toBe('MISSING');
    // Ghost (other chain) and enterprise nodes carry no segment status.
    expect(map.statuses.has('fluoro.pvdf-film')).toBe(false);
    expect([...map.inferredOnly]).toEqual(['pv.cell']);
    expect(map.enterprises.get('pv.module')).toEqual([
      { id: 'e.runhai', label: '润海新能源', labelEn: 'Runhai New Energy', counts: 'PRESENT', inferred: false },
    ]);
  });

  it('marks each segment by class, data and a glyph in its label (not colour alone)', () => {
    const els = buildChainElements(pvChain, { lang: 'zh', labels: chainLabels('zh'), statuses: map.statuses });
    const byId = (id: string) => els.find((e) => e.data.id === id)!;
    const cases: [string, GapStatus][] = [
      ['pv.module', 'PRESENT'],
      ['pv.cell', 'PIPELINE'],
      ['pv.polysilicon', 'MISSING'],
    ];
    for (const [id, status] of cases) {
      const el = byId(id);
      expect(el.classes).toContain(`status-${status.toLowerCase()}`);
      expect(el.data['status']).toBe(status);
      expect(String(el.data['label']).startsWith(STATUS_GLYPH[status])).toBe(true);
    }
    // Without statuses the chain looks as before.
    const bare = buildChainElements(pvChain, { lang: 'zh', labels: chainLabels('zh') });
    expect(bare.find((e) => e.data.id === 'pv.module')!.data['label']).toBe('组件');
  });

  it('styles the three statuses with different borders (style and width), missing the heaviest', () => {
    const sheet = createStylesheet();
    const rule = (sel: string) => sheet.find((r) => 'selector' in r && r.selector === sel) as unknown as { style: Record<string, unknown> };
    const borders = ['present', 'pipeline', 'missing'].map((s) => {
      const style = rule(`node.status-${s}`).style;
      return `${String(style['border-style'])}/${String(style['border-width'])}`;
    });
    expect(new Set(borders).size).toBe(3);
    expect(rule('node.status-missing').style['border-style']).toBe('solid');
    expect(Number(rule('node.status-missing').style['border-width'])).toBeGreaterThan(
      Number(rule('node.status-present').style['border-width']),
    );
  });
});

describe('show enterprises', () => {
  it('adds the local firms as a second label line, without moving any node', async () => {
    const { enterpriseLine } = await import('../../shared/i18n/chain-labels');
    const names = new Map([['pv.module', ['润海新能源', '宏发', '某厂']]]);
    const plain = buildChainElements(pvChain, { lang: 'zh', labels: chainLabels('zh') });
    const withFirms = buildChainElements(pvChain, { lang: 'zh', labels: chainLabels('zh'), enterpriseNames: names });
    const mod = withFirms.find((e) => e.data.id === 'pv.module')!;
    expect(mod.data['label']).toBe('组件\n润海新能源 等3家');
    expect(mod.classes).toContain('with-enterprises');
    expect(mod.position).toEqual(plain.find((e) => e.data.id === 'pv.module')!.position);
    expect(enterpriseLine(['Runhai', 'Hongfa'], 'en')).toBe('Runhai +1');
    expect(enterpriseLine(['Runhai'], 'en')).toBe('Runhai');
  });
});
