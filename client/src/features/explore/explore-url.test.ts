// The explore canvas in the URL: encoded by explore-url.ts, carried by the router's codec and
// the explore route's schema (moved here from graph/explore-model.test.ts with the URL code).
import { describe, expect, it } from 'vitest';
import { addPaths, buildExplore, expand, hide, setLayout, visibleGraph } from '../../graph/explore-model';
import { applyPatch, exploreSearch } from '../../shared/nav/search';
import { parseSearch, stringifySearch } from '../../shared/nav/search-codec';
import { exploreFromUrl, exploreKey, exploreNavigation, exploreToUrl } from './explore-url';
import { moduleHood, n, start, started } from '../../graph/explore-fixtures.test-util';

describe('explore URL', () => {
  it('round-trips a canvas through the URL and rebuilds the same content', () => {
    let s = started();
    s = expand(s, { id: 'module', depth: 2, types: ['ENTERPRISE', 'SEGMENT'] }, moduleHood);
    s = expand(s, { id: 'zs', depth: 1, types: [] }, { nodes: [n('zs', 'Park')], edges: [], truncated: false });
    s = addPaths(s, { from: 'runhai', to: 'cell', maxLength: 3 }, moduleHood);
    s = setLayout(hide(s, ['hengyuan']), 'concentric');

    // Through the address bar as the router writes and reads it, validated by the route's schema.
    const search = stringifySearch(applyPatch({ view: 'explore' }, exploreToUrl(s)).search);
    expect(search).toContain('node=runhai');
    expect(search).toContain('hide=hengyuan');
    const back = exploreFromUrl(exploreSearch.parse(parseSearch(search)));
    expect(back.expansions).toEqual(s.expansions);
    expect(back.pathSearches).toEqual(s.pathSearches);
    expect(exploreKey(back) === exploreKey({ ...s })).toBe(true);

    const rebuilt = buildExplore(
      'runhai',
      back.layout,
      start,
      [
        { kind: 'expand', expansion: back.expansions[0]!, chunk: moduleHood },
        { kind: 'expand', expansion: back.expansions[1]!, chunk: { nodes: [n('zs', 'Park')], edges: [], truncated: false } },
        { kind: 'paths', search: back.pathSearches[0]!, chunk: moduleHood },
      ],
      back.hidden,
    );
    expect(visibleGraph(rebuilt)).toEqual(visibleGraph(s));
    expect(rebuilt.layout).toBe('concentric');
  });

  it('ignores malformed entries and unknown layouts', () => {
    const back = exploreFromUrl(exploreSearch.parse({ node: 'x', expand: 'a~9,~', paths: 'onlyone,a~b~77', layout: 'spiral' }));
    expect(back.expansions).toEqual([{ id: 'a', depth: 1, types: [] }]);
    expect(back.pathSearches).toEqual([{ from: 'a', to: 'b', maxLength: 4 }]);
    expect(back.layout).toBe('cose');
  });

  it('a search hit while exploring starts a fresh exploration', () => {
    expect(exploreNavigation('explore', { node: 'e.x' })).toEqual({ node: 'e.x', expand: [], hide: [], paths: [] });
    expect(exploreNavigation('chain', { node: 'e.x' })).toEqual({ node: 'e.x' });
    expect(exploreNavigation('explore', { view: 'park', park: 'p' })).toEqual({ view: 'park', park: 'p' });
  });
});
