import { describe, expect, it } from 'vitest';
import { chainsResult } from '../../test/fixtures';

const CHAINS = chainsResult.chains;
import { parseSnapshot } from '../../widget/snapshot';
import { buildSnapshot } from './snapshot-export';

describe('buildSnapshot', () => {
  it('writes what the widget reads back: chain, scope, date, statuses, firms and sources', () => {
    const chain = CHAINS[0]!;
    const [a, b] = chain.segments;
    const map = {
      statuses: new Map([
        [a!.id, 'PRESENT' as const],
        [b!.id, 'MISSING' as const],
      ]),
      inferredOnly: new Set<string>(),
      enterprises: new Map([[a!.id, [{ id: 'e.1', label: '润海', labelEn: 'Runhai', counts: 'PRESENT', inferred: false }]]]),
      projects: new Map(),
      truncated: false,
      earliest: '2015',
      completeness: null,
      scope: { id: 'zs-hitech', kind: 'park', name: '舟山高新区', nameEn: 'Zhoushan Hi-tech Zone' },
    };
    const sources = [{ id: 's.1', title: '报告', titleEn: null, publisher: '舟山市', publisherEn: 'Zhoushan City', date: '2024' }];
    const snapshot = buildSnapshot(
      chain,
      map,
      { parkId: 'zs-hitech', regionId: null, asOf: '2023' },
      sources,
      new Date('2026-12-05T10:00:00Z'),
    );
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(snapshot).toMatchObject({
      format: 'chain-graph/chain-map',
      version: 1,
      scope: { park: 'zs-hitech' },
      place: { name: '舟山高新区', nameEn: 'Zhoushan Hi-tech Zone' },
      asOf: '2023',
      readOn: '2026-12-05',
      statuses: { [a!.id]: 'PRESENT', [b!.id]: 'MISSING' },
      firms: { [a!.id]: [{ id: 'e.1', name: '润海', nameEn: 'Runhai' }] },
      sources,
    });
    expect(snapshot.chain.segments).toHaveLength(chain.segments.length);
  });
});
