// The route schemas and the address-bar codec: what a link says is what the view gets, a bad
// value falls back to its default field by field, and a state survives URL → state → URL.
import { describe, expect, it } from 'vitest';
import { applyPatch, parseViewSearch, SEARCH_SCHEMAS, VIEW_PATHS, VIEWS, viewOfPath, type NavState, type View } from './search';
import { parseSearch, stringifySearch } from './search-codec';

/** The address bar's trip: state → `?…` → state, as the router does it. */
const roundTrip = (state: NavState) => {
  const { view, search } = applyPatch(state, {});
  return parseViewSearch(view, parseSearch(stringifySearch(search)));
};

describe('route search schemas', () => {
  it('reads every view parameter in its plain form', () => {
    const raw = parseSearch('?chain=pv&park=zs-hitech&region=zj&asOf=2023-06&node=pv.cell&firms=1&projects=1&lang=en');
    expect(parseViewSearch('chain', raw)).toEqual({
      view: 'chain',
      lang: 'en',
      chain: 'pv',
      park: 'zs-hitech',
      region: 'zj',
      asOf: '2023-06',
      node: 'pv.cell',
      firms: true,
      projects: true,
    });
    expect(parseViewSearch('compare', parseSearch('?chain=pv&parks=zs-hitech,sy-etdz'))).toEqual({
      view: 'compare',
      chain: 'pv',
      parks: ['zs-hitech', 'sy-etdz'],
    });
    expect(
      parseViewSearch(
        'analyst',
        parseSearch('?tab=cypher&query=q1&values=%7B%22limit%22%3A%225%22%2C%22all%22%3Atrue%7D&cypher=RETURN%201&cparams=%7B%7D'),
      ),
    ).toEqual({ view: 'analyst', tab: 'cypher', query: 'q1', values: { limit: '5', all: true }, cypher: 'RETURN 1', cparams: '{}' });
    expect(parseViewSearch('explore', parseSearch('?node=e.runhai&expand=a~2,b&hide=c&paths=a~b~3&layout=circle'))).toEqual({
      view: 'explore',
      node: 'e.runhai',
      expand: ['a~2', 'b'],
      hide: ['c'],
      paths: ['a~b~3'],
      layout: 'circle',
    });
  });

  it('drops a bad value and keeps the rest', () => {
    const raw = parseSearch('?chain=pv&asOf=last-year&lang=fr&firms=maybe&layout=spiral&tab=sql&values=%7Bnot-json');
    expect(parseViewSearch('chain', raw)).toEqual({ view: 'chain', chain: 'pv' });
    expect(parseViewSearch('explore', raw)).toEqual({ view: 'explore' });
    expect(parseViewSearch('analyst', raw)).toEqual({ view: 'analyst' });
    // The park page's tab: a known one is kept, anything else opens the default (gaps).
    expect(parseViewSearch('park', parseSearch('?park=ls-etdz&tab=lists'))).toEqual({ view: 'park', park: 'ls-etdz', tab: 'lists' });
    expect(parseViewSearch('park', parseSearch('?park=ls-etdz&tab=cypher'))).toEqual({ view: 'park', park: 'ls-etdz' });
  });

  it('keeps to each view its own parameters', () => {
    const raw = parseSearch('?chain=pv&park=zs-hitech&parks=a,b&node=x&tab=cypher');
    expect(parseViewSearch('park', raw)).toEqual({ view: 'park', chain: 'pv', park: 'zs-hitech', node: 'x' });
    expect(parseViewSearch('home', raw)).toEqual({ view: 'home', node: 'x' });
    expect(parseViewSearch('embed', raw)).toEqual({ view: 'embed', chain: 'pv', park: 'zs-hitech', node: 'x' });
    expect(parseViewSearch('region', raw)).toEqual({ view: 'region', chain: 'pv' });
  });

  it('round-trips a full state of every view, defaults left out of the URL', () => {
    const states: NavState[] = [
      { view: 'home', lang: 'en', node: 'ent.hongfa' },
      { view: 'chain', chain: 'pv', region: 'zj.zhoushan', asOf: '2023', node: 'pv.cell', firms: true, projects: true },
      { view: 'park', park: 'ls-etdz', chain: 'semi', asOf: '2022-01-01', tab: 'review' },
      { view: 'region', region: 'zj.ningbo', chain: 'film' },
      { view: 'compare', chain: 'pv', parks: ['zs-hitech', 'sy-etdz'] },
      {
        view: 'analyst',
        tab: 'cypher',
        query: 'parks-by-completeness',
        values: { chainId: 'pv', includeInferred: false },
        cypher: 'MATCH (n) RETURN n',
        cparams: '{"a":1}',
      },
      {
        view: 'explore',
        node: 'e.runhai',
        expand: ['e.runhai', 'zs-hitech~2~ENTERPRISE.PROJECT'],
        hide: ['pv.module'],
        paths: ['e.runhai~pv.wafer~4'],
        layout: 'grid',
      },
      { view: 'embed', chain: 'pv', park: 'zs-hitech' },
      {
        view: 'import',
        kind: 'projects',
        tab: 'audit',
        by: '张三',
        targetId: 'e.runhai',
        parkId: 'zs-hitech',
        batchId: 'imp-sheet-enterprises-1',
        from: '2026-01-01',
        to: '2026-12-31',
      },
    ];
    expect(states.map((s) => s.view).sort()).toEqual([...VIEWS].sort());
    for (const state of states) expect(roundTrip(state)).toEqual(state);
    expect(stringifySearch(applyPatch({ view: 'chain', firms: false, parks: [] }, { node: null }).search)).toBe('');
  });

  it('applies a patch: another view keeps what it shares, null clears, the rest is dropped', () => {
    const here: NavState = { view: 'chain', lang: 'en', chain: 'pv', park: 'zs-hitech', asOf: '2023', node: 'pv.cell', firms: true };
    expect(applyPatch(here, { view: 'park', node: null })).toEqual({
      view: 'park',
      search: { lang: 'en', chain: 'pv', park: 'zs-hitech', asOf: '2023' },
    });
    expect(applyPatch(here, { view: 'analyst', node: null })).toEqual({ view: 'analyst', search: { lang: 'en' } });
    // Views share the name `tab`, not its values: one view's tab does not follow to another.
    expect(applyPatch({ view: 'analyst', tab: 'cypher' }, { view: 'park', park: 'ls-etdz' }).search).toEqual({ park: 'ls-etdz' });
    expect(applyPatch({ view: 'park', park: 'ls-etdz', tab: 'review' }, { view: 'import' }).search).toEqual({});
    expect(applyPatch({ view: 'park', park: 'ls-etdz', tab: 'review' }, { tab: 'targets' }).search).toEqual({
      park: 'ls-etdz',
      tab: 'targets',
    });
    expect(applyPatch(here, { firms: false, projects: true }).search).toEqual({
      lang: 'en',
      chain: 'pv',
      park: 'zs-hitech',
      asOf: '2023',
      node: 'pv.cell',
      projects: true,
    });
  });

  it('maps each view to one path and back', () => {
    for (const view of VIEWS) expect(viewOfPath(VIEW_PATHS[view])).toBe(view);
    expect(new Set(Object.values(VIEW_PATHS)).size).toBe(VIEWS.length);
    // /embed is the server's widget page; the builder must live elsewhere.
    expect(Object.values(VIEW_PATHS)).not.toContain('/embed');
    expect(viewOfPath('/nowhere')).toBeNull();
    expect(Object.keys(SEARCH_SCHEMAS).sort()).toEqual([...VIEWS].sort() as View[]);
  });
});
