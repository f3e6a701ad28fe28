import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './url-state';

describe('url state', () => {
  it('reads every view parameter and falls back to defaults', () => {
    expect(parseUrlState('')).toEqual({ lang: 'zh', view: 'chain', chain: null, park: null, region: null, asOf: null, node: null, parks: [] });
    const s = parseUrlState('?view=park&park=ls-etdz&chain=semi&asOf=2023&lang=en&node=e.juexin&parks=a,b');
    expect(s).toEqual({ lang: 'en', view: 'park', chain: 'semi', park: 'ls-etdz', region: null, asOf: '2023', node: 'e.juexin', parks: ['a', 'b'] });
    expect(parseUrlState('?view=nonsense&lang=fr').view).toBe('chain');
  });

  it('round-trips and leaves defaults and foreign parameters alone', () => {
    const state = parseUrlState('?view=compare&chain=pv&parks=zs-hitech,sy-etdz');
    const search = serializeUrlState(state, '?utm=x');
    expect(search).toBe('?utm=x&view=compare&chain=pv&parks=zs-hitech%2Csy-etdz');
    expect(parseUrlState(search)).toEqual(state);
    expect(serializeUrlState(parseUrlState(''))).toBe('');
  });
});
