import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { ChainData } from './types';
import { fluoroChain, pvChain } from '../test/fixtures';
import { buildChainElements, ghostNodeId } from './elements';
import { chainLabels } from '../shared/i18n/chain-labels';

const nodes = (els: ElementDefinition[]) => els.filter((e) => e.group === 'nodes');
const edges = (els: ElementDefinition[]) => els.filter((e) => e.group === 'edges');

function expectEdgesResolve(els: ElementDefinition[]) {
  const ids = new Set(nodes(els).map((n) => n.data.id));
  for (const edge of edges(els)) {
    expect(ids, `source of ${edge.data.id}`).toContain(edge.data['source']);
    expect(ids, `target of ${edge.data.id}`).toContain(edge.data['target']);
  }
}

describe('buildChainElements', () => {
  it('turns a cross-chain flow into a ghost node labelled with its chain id', () => {
    const els = buildChainElements(pvChain, { lang: 'zh', labels: chainLabels('zh') });
    const ghost = nodes(els).find((n) => n.data.id === ghostNodeId('fluoro.pvdf-film'));
    expect(ghost).toBeDefined();
    expect(ghost!.classes).toContain('ghost');
    expect(ghost!.data['label']).toContain('PVDF薄膜');
    expect(ghost!.data['label']).toContain('fluoro');
    expect(ghost!.data['chainId']).toBe('fluoro');

    const edge = edges(els).find((e) => e.data['source'] === ghost!.data.id);
    expect(edge?.data['target']).toBe('pv.backsheet');
    expect(edge?.classes).toContain('cross-chain');
  });

  it('draws the foreign end of an outgoing cross-chain flow as a ghost too', () => {
    const els = buildChainElements(fluoroChain, { lang: 'en', labels: chainLabels('en') });
    const ghost = nodes(els).find((n) => n.data.id === ghostNodeId('pv.backsheet'));
    expect(ghost?.data['label']).toBe('Backsheet\n[pv]');
    expect(edges(els).some((e) => e.data['target'] === ghost?.data.id)).toBe(true);
  });

  it('makes one node per segment plus one per distinct ghost, all positioned', () => {
    const els = buildChainElements(pvChain, { lang: 'zh', labels: chainLabels('zh') });
    expect(nodes(els)).toHaveLength(pvChain.segments.length + 1);
    for (const n of nodes(els)) expect(n.position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
  });

  it('gives every edge an existing source and target, dropping unresolvable flows', () => {
    const messy: ChainData = {
      ...pvChain,
      flows: [
        ...pvChain.flows,
        // Both ends foreign: not this chain's business.
        {
          fromId: 'x.a',
          toId: 'y.b',
          crossChain: true,
          from: { id: 'x.a', name: '甲', nameEn: null, chainId: 'x', stage: 'UPSTREAM', order: 1 },
          to: { id: 'y.b', name: '乙', nameEn: null, chainId: 'y', stage: 'DOWNSTREAM', order: 2 },
        },
        // Duplicate of an existing flow.
        pvChain.flows[2]!,
      ],
    };
    for (const chain of [pvChain, fluoroChain, messy])
      expectEdgesResolve(buildChainElements(chain, { lang: 'zh', labels: chainLabels('zh') }));
    const messyEdges = edges(buildChainElements(messy, { lang: 'zh', labels: chainLabels('zh') }));
    expect(new Set(messyEdges.map((e) => e.data.id)).size).toBe(messyEdges.length);
    expect(messyEdges.some((e) => [e.data['source'], e.data['target']].some((id) => /x\.a|y\.b/.test(String(id))))).toBe(false);
    expect(messyEdges).toHaveLength(edges(buildChainElements(pvChain, { lang: 'zh', labels: chainLabels('zh') })).length);
  });

  it('links sub-segments to their parent and marks them', () => {
    const els = buildChainElements(pvChain, { lang: 'zh', labels: chainLabels('zh') });
    const partOf = edges(els).filter((e) => (e.classes as string[]).includes('part-of'));
    expect(partOf.map((e) => e.data['target']).sort()).toEqual(['pv.hjt-cell', 'pv.topcon-cell']);
    const hjt = nodes(els).find((n) => n.data.id === 'pv.hjt-cell');
    expect(hjt?.classes).toContain('sub-segment');
  });

  it('labels by language: name in zh, nameEn ?? name in en', () => {
    const label = (lang: 'zh' | 'en', id: string) =>
      nodes(buildChainElements(pvChain, { lang, labels: chainLabels(lang) })).find((n) => n.data.id === id)?.data['label'];
    expect(label('zh', 'pv.hjt-cell')).toBe('HJT电池');
    expect(label('en', 'pv.hjt-cell')).toBe('HJT cells');
    expect(label('en', 'pv.topcon-cell')).toBe('TOPCon电池'); // no English name
  });
});
