// Every old `/?view=…` link form redirects to its route with the same state.
import { describe, expect, it } from 'vitest';
import { legacyTarget } from './legacy';
import { applyPatch, VIEW_PATHS } from './search';
import { parseSearch, stringifySearch } from './search-codec';

/** Old query string → the URL the app redirects to. */
const redirected = (old: string) => {
  const { view, search } = applyPatch(legacyTarget(parseSearch(old)), {});
  return VIEW_PATHS[view] + decodeURIComponent(stringifySearch(search));
};

describe('old URL redirects', () => {
  it.each([
    ['', '/chain'],
    ['?chain=pv', '/chain?chain=pv'],
    ['?lang=en&chain=film', '/chain?lang=en&chain=film'],
    ['?view=nonsense&chain=pv', '/chain?chain=pv'],
    ['?view=chain&chain=pv&park=zs-hitech&asOf=2023&node=pv.cell', '/chain?chain=pv&park=zs-hitech&asOf=2023&node=pv.cell'],
    ['?view=chain&chain=pv&region=zj.zhoushan&lang=en', '/chain?lang=en&chain=pv&region=zj.zhoushan'],
    ['?node=e.runhai', '/chain?node=e.runhai'],
    ['?view=home', '/home'],
    ['?view=home&node=ent.hongfa&lang=en', '/home?lang=en&node=ent.hongfa'],
    ['?view=park', '/park'],
    ['?view=park&park=ls-etdz&chain=semi&asOf=2023&lang=en', '/park?lang=en&park=ls-etdz&chain=semi&asOf=2023'],
    ['?view=compare&chain=pv&parks=zs-hitech,sy-etdz', '/compare?chain=pv&parks=zs-hitech,sy-etdz'],
    ['?view=analyst', '/analyst'],
    ['?view=analyst&lang=en&chain=pv', '/analyst?lang=en'],
    ['?view=explore&node=e.runhai', '/explore?node=e.runhai'],
    [
      '?view=explore&node=e.runhai&layout=circle&expand=e.runhai,zs-hitech~2~ENTERPRISE.PROJECT&hide=pv.module&paths=e.runhai~pv.wafer~4',
      '/explore?node=e.runhai&expand=e.runhai,zs-hitech~2~ENTERPRISE.PROJECT&hide=pv.module&paths=e.runhai~pv.wafer~4&layout=circle',
    ],
    ['?view=embed&chain=pv&park=zs-hitech', '/embed-builder?chain=pv&park=zs-hitech'],
    ['?view=embed&chain=pv&region=zj.zhoushan', '/embed-builder?chain=pv&region=zj.zhoushan'],
  ])('%s → %s', (old, target) => {
    expect(redirected(old)).toBe(target);
  });

  it('drops what an old link got wrong rather than failing', () => {
    expect(redirected('?view=chain&chain=pv&asOf=yesterday&lang=fr')).toBe('/chain?chain=pv');
  });
});
