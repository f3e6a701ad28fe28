// The mapping table and the firms' 申万 industries are readable through the API: the table row
// for an industry spanning several segments, a listed firm's industry, a segment's industries.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient, testViewer } from '../../test/graphql.js';

const db = testExecutor();
const gql = graphqlClient(db);

describe('Industry', () => {
  it('lists the mapping table with fit, reason and the data set as source', async () => {
    const res = await gql<{
      industries: {
        id: string;
        code: string;
        name: string;
        segments: { segment: { id: string }; fit: string; reason: string | null }[];
        sources: { id: string }[];
      }[];
    }>(`{ industries { id code name segments { segment { id } fit reason } sources { id } } }`);
    expect(res.errors).toBeUndefined();
    const list = res.data!.industries;
    expect(list.map((i) => i.code)).toEqual([...list.map((i) => i.code)].sort());
    const wafers = list.find((i) => i.code === '630501')!;
    expect(wafers.name).toBe('硅料硅片');
    expect(wafers.segments.map((s) => s.segment.id).sort()).toEqual(['pv.industrial-silicon', 'pv.ingot', 'pv.polysilicon', 'pv.wafer']);
    expect(new Set(wafers.segments.map((s) => s.fit))).toEqual(new Set(['loose']));
    expect(wafers.segments.every((s) => (s.reason ?? '').length > 0)).toBe(true);
    expect(wafers.sources.map((s) => s.id)).toContain('ds-ashare');
    const inverters = list.find((i) => i.code === '630503')!;
    expect(inverters.segments).toEqual([expect.objectContaining({ segment: { id: 'pv.inverter' }, fit: 'exact' })]);
  });

  it('gives a listed firm its industry and a segment the industries mapped to it', async () => {
    const res = await gql<{
      enterprise: { industries: { code: string }[]; segments: unknown[] };
      segment: { industries: { code: string }[] };
      industry: { name: string } | null;
      unknown: null;
    }>(`{
      enterprise(id: "e.listed.688303") { industries { code } segments { segment { id } } }
      segment(id: "pv.wafer") { industries { code } }
      industry(id: "sw.630501") { name }
      unknown: industry(id: "pv.wafer") { name }
    }`);
    expect(res.errors).toBeUndefined();
    // 大全能源: industry 硅料硅片 spans four segments, so the firm carries the industry only.
    expect(res.data!.enterprise.industries).toEqual([{ code: '630501' }]);
    expect(res.data!.enterprise.segments).toEqual([]);
    expect(res.data!.segment.industries.map((i) => i.code)).toContain('630501');
    expect(res.data!.industry).toEqual({ name: '硅料硅片' });
    expect(res.data!.unknown).toBeNull();
  });

  it('is not readable anonymously', async () => {
    const anon = graphqlClient(db, { viewer: testViewer(null) });
    const res = await anon(`{ industries { code } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
