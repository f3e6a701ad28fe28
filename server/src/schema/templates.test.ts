// The four chain templates (version 2) as the API serves them: size, the segments issue 17 names,
// stages, the basis of each segment, the cross-chain flows and the ids migrated from version 1.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';

const gql = graphqlClient(testExecutor());

interface Seg {
  id: string;
  name: string;
  nameEn: string | null;
  stage: string;
  parentId: string | null;
  basis: string | null;
  formerIds: string[] | null;
}
interface ChainData {
  id: string;
  templateVersion: number | null;
  segments: Seg[];
  flows: { fromId: string; toId: string; crossChain: boolean }[];
}

async function chain(id: string): Promise<ChainData> {
  const res = await gql<{ chain: ChainData }>(
    `query($id: ID!) { chain(id: $id) { id templateVersion
      segments { id name nameEn stage parentId basis formerIds }
      flows { fromId toId crossChain } } }`,
    { id },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.chain;
}

/** Per chain: the segments the issue names, as [id, zh name, stage]. */
const named: Record<string, Array<[string, string, string]>> = {
  pv: [
    ['pv.solder-ribbon', '焊带', 'UPSTREAM'],
    ['pv.equipment', '光伏生产设备', 'UPSTREAM'],
    ['pv.crucible', '石英坩埚', 'UPSTREAM'],
    ['pv.diamond-wire', '金刚线', 'UPSTREAM'],
    ['pv.ito-target', 'ITO靶材', 'UPSTREAM'],
    ['pv.bos', '系统平衡部件', 'DOWNSTREAM'],
    ['pv.power-plant', '光伏电站', 'DOWNSTREAM'],
  ],
  semi: [
    ['semi.eda-ip', 'EDA工具与IP核', 'UPSTREAM'],
    ['semi.photomask', '掩膜版', 'UPSTREAM'],
    ['semi.target', '溅射靶材', 'UPSTREAM'],
    ['semi.cmp', 'CMP抛光材料', 'UPSTREAM'],
    ['semi.compound-substrate', '碳化硅与氮化镓衬底及外延', 'UPSTREAM'],
    ['semi.compound-fab', '化合物半导体制造', 'MIDSTREAM'],
    ['semi.equipment-parts', '设备零部件与子系统', 'UPSTREAM'],
    ['semi.infrared-detector', '红外探测器', 'DOWNSTREAM'],
  ],
  film: [
    ['film.polariser', '偏光片', 'MIDSTREAM'],
    ['film.polariser-components', '偏光片组件膜', 'MIDSTREAM'],
    ['film.brightness-film', '增亮膜', 'MIDSTREAM'],
    ['film.diffuser-film', '扩散膜', 'MIDSTREAM'],
    ['film.release-film', '离型膜与保护膜', 'MIDSTREAM'],
    ['film.water-membrane', '水处理膜', 'MIDSTREAM'],
    ['film.gas-membrane', '气体分离膜', 'MIDSTREAM'],
    ['film.separator-coating', '隔膜涂覆', 'MIDSTREAM'],
  ],
  diecast: [
    ['diecast.die-casting-machine', '压铸机', 'UPSTREAM'],
    ['diecast.die-steel', '模具钢', 'UPSTREAM'],
    ['diecast.heat-treatment', '热处理', 'MIDSTREAM'],
    ['diecast.surface-treatment', '表面处理与涂层', 'MIDSTREAM'],
    ['diecast.giga-casting', '一体化压铸', 'MIDSTREAM'],
    ['diecast.heat-free-alloy', '免热处理压铸铝合金', 'UPSTREAM'],
  ],
};

describe('chain templates, version 2', () => {
  for (const id of Object.keys(named)) {
    it(`${id}: at least 20 segments, each staged, named in both languages and with a basis; the named segments are there`, async () => {
      const c = await chain(id);
      expect(c.templateVersion).toBe(2);
      expect(c.segments.length).toBeGreaterThanOrEqual(20);
      for (const s of c.segments) {
        expect(s.name, s.id).toBeTruthy();
        expect(s.nameEn, s.id).toBeTruthy();
        expect(s.basis, s.id).toBeTruthy();
        expect(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']).toContain(s.stage);
      }
      for (const [sid, zh, stage] of named[id]!) {
        const s = c.segments.find((x) => x.id === sid);
        expect(s, sid).toBeDefined();
        expect([s!.name, s!.stage]).toEqual([zh, stage]);
      }
      // Every stage has segments, and there are branches (sub-segments) in the tree.
      expect(new Set(c.segments.map((s) => s.stage)).size).toBe(3);
      expect(c.segments.some((s) => s.parentId !== null)).toBe(true);
    });
  }

  it('ties the infrared-detector sub-chain into the main semiconductor chain', async () => {
    const c = await chain('semi');
    const parent = (id: string) => c.segments.find((s) => s.id === id)!.parentId;
    expect(parent('semi.ir-crystal')).toBe('semi.crystal-growth');
    expect(parent('semi.ir-chip')).toBe('semi.wafer-fab');
    expect(parent('semi.ir-assembly')).toBe('semi.packaging-test');
    const flows = c.flows.map((f) => `${f.fromId}>${f.toId}`);
    for (const f of [
      'semi.ir-crystal>semi.ir-chip',
      'semi.ir-chip>semi.ir-assembly',
      'semi.ir-assembly>semi.infrared-detector',
      'semi.chip-design>semi.ir-chip',
    ]) {
      expect(flows).toContain(f);
    }
  });

  it('die-casting machines are equipment (upstream), die casting itself midstream', async () => {
    const c = await chain('diecast');
    const seg = (id: string) => c.segments.find((s) => s.id === id)!;
    expect(seg('diecast.die-casting-machine')).toMatchObject({ stage: 'UPSTREAM', parentId: 'diecast.equipment' });
    expect(seg('diecast.giga-press').parentId).toBe('diecast.die-casting-machine');
    expect(seg('diecast.die-casting').stage).toBe('MIDSTREAM');
  });

  it('states the cross-chain flows: films → PV backsheets, semiconductor materials → PV, moulds → vehicles', async () => {
    const [pv, diecast] = await Promise.all([chain('pv'), chain('diecast')]);
    const cross = (c: ChainData) => c.flows.filter((f) => f.crossChain).map((f) => `${f.fromId}>${f.toId}`);
    expect(cross(pv)).toEqual(
      expect.arrayContaining([
        'film.pvdf-film>pv.backsheet',
        'film.base-film>pv.backsheet',
        'semi.target>pv.ito-target',
        'semi.chemicals>pv.cell',
        'pv.polysilicon>semi.silicon',
      ]),
    );
    expect(cross(diecast)).toEqual(
      expect.arrayContaining([
        'diecast.mould-making>auto.parts',
        'diecast.auto-parts>auto.parts',
        'diecast.structural-parts>auto.vehicles',
      ]),
    );
  });

  it('keeps the id a segment had in version 1 when a migration renamed it', async () => {
    const c = await chain('semi');
    expect(c.segments.find((s) => s.id === 'semi.silicon')!.formerIds).toEqual(['semi.materials']);
    expect(c.segments.some((s) => s.id === 'semi.materials')).toBe(false);
    // Asking by the old id answers with the segment it became.
    const res = await gql<{ segment: { id: string } | null; none: null }>(
      '{ segment(id: "semi.materials") { id } none: segment(id: "semi.nothing") { id } }',
    );
    expect(res.data).toEqual({ segment: { id: 'semi.silicon' }, none: null });
  });
});
