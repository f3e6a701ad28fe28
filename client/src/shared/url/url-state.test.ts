import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './url-state';

describe('url state', () => {
  it('reads every view parameter and falls back to defaults', () => {
    expect(parseUrlState('')).toEqual({
      lang: 'zh',
      view: 'chain',
      chain: null,
      park: null,
      region: null,
      asOf: null,
      node: null,
      parks: [],
      expand: [],
      hide: [],
      paths: [],
      layout: null,
    });
    const s = parseUrlState('?view=park&park=ls-etdz&chain=semi&asOf=2023&lang=en&node=e.juexin&parks=a,b');
    expect(s).toEqual({
      lang: 'en',
      view: 'park',
      chain: 'semi',
      park: 'ls-etdz',
      region: null,
      asOf: '2023',
      node: 'e.juexin',
      parks: ['a', 'b'],
      expand: [],
      hide: [],
      paths: [],
      layout: null,
    });
    expect(parseUrlState('?view=nonsense&lang=fr').view).toBe('chain');
  });

  it('round-trips and leaves defaults and foreign parameters alone', () => {
    const state = parseUrlState('?view=compare&chain=pv&parks=zs-hitech,sy-etdz');
    const search = serializeUrlState(state, '?utm=x');
    expect(search).toBe('?utm=x&view=compare&chain=pv&parks=zs-hitech%2Csy-etdz');
    expect(parseUrlState(search)).toEqual(state);
    expect(serializeUrlState(parseUrlState(''))).toBe('');
  });

  it('round-trips the explore canvas: focus, expansions, hidden nodes, path searches, layout', () => {
    const search =
      '?view=explore&node=e.runhai&layout=circle&expand=e.runhai%2Czs-hitech%7E2%7EENTERPRISE.PROJECT&hide=pv.module&paths=e.runhai%7Epv.wafer%7E4';
    const state = parseUrlState(search);
    expect(state).toMatchObject({
      view: 'explore',
      node: 'e.runhai',
      layout: 'circle',
      expand: ['e.runhai', 'zs-hitech~2~ENTERPRISE.PROJECT'],
      hide: ['pv.module'],
      paths: ['e.runhai~pv.wafer~4'],
    });
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });
});
