import { describe, expect, it } from 'vitest';
import { createExploreGraph, highlightPath, syncGraph } from './explore-graph';
import { buildExplore, hide, togglePin, undo } from './explore-model';

const n = (id: string, label: string, labelEn: string | null = null) => ({ id, type: 'Enterprise', label, labelEn });
const start = {
  nodes: [n('a', '甲', 'A'), n('b', '乙'), n('c', '丙')],
  edges: [
    { id: 'a|X|b', source: 'a', target: 'b', type: 'FEEDS' },
    { id: 'b|X|c', source: 'b', target: 'c', type: 'LOCATED_IN' },
  ],
  truncated: false,
};

describe('syncGraph', () => {
  it('draws the visible model, follows hide/undo by difference, and marks focus and pins', () => {
    const cy = createExploreGraph(null, true);
    let s = buildExplore('a', 'cose', start, [], []);
    expect(syncGraph(cy, s, 'zh', (t) => (t === 'FEEDS' ? '供给' : t)).sort()).toEqual(['a', 'b', 'c']);
    expect(cy.getElementById('a').hasClass('focus')).toBe(true);
    expect(cy.getElementById('a|X|b').data('display')).toBe('供给');
    const bPosition = { ...cy.getElementById('b').position() };

    s = hide(s, ['c']);
    expect(syncGraph(cy, s, 'zh')).toEqual([]);
    expect(cy.nodes().length).toBe(2);
    expect(cy.edges().length).toBe(1);

    s = togglePin(undo(s), 'b');
    expect(syncGraph(cy, s, 'en')).toEqual(['c']);
    const b = cy.getElementById('b');
    expect(b.locked()).toBe(true);
    expect(b.data('display')).toBe('⚑ 乙');
    expect(b.position()).toEqual(bPosition); // kept, not re-added
    expect(cy.getElementById('a').data('display')).toBe('A');
    syncGraph(cy, undo(s), 'en');
    expect(cy.getElementById('b').locked()).toBe(false);

    highlightPath(cy, ['a', 'b'], ['a|X|b']);
    expect(cy.getElementById('a|X|b').hasClass('on-path')).toBe(true);
    expect(cy.getElementById('c').hasClass('faded')).toBe(true);
    highlightPath(cy, null);
    expect(cy.$('.faded, .on-path').length).toBe(0);
    cy.destroy();
  });
});
