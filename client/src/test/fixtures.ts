import type { Chain, FlowEnd, Segment } from '../shared/api/types';
import type { ChainsQuery } from '../gql/graphql';

const seg = (s: Partial<Segment> & Pick<Segment, 'id' | 'name' | 'stage' | 'order'>): Segment => ({
  nameEn: null,
  parentId: null,
  enterpriseCount: 0,
  ...s,
});

/** A segment as a flow endpoint: the API always describes both ends (`from`/`to` are non-null). */
export const flowEnd = (chainId: string, s: Segment): FlowEnd => ({
  id: s.id,
  name: s.name,
  nameEn: s.nameEn,
  chainId,
  stage: s.stage,
  order: s.order,
});

/** A flow inside one chain, its ends looked up among that chain's segments. */
const localFlow =
  (chainId: string, segments: Segment[]) =>
  (fromId: string, toId: string): Chain['flows'][number] => {
    const end = (id: string) =>
      flowEnd(
        chainId,
        segments.find((s) => s.id === id)!,
      );
    return { fromId, toId, crossChain: false, from: end(fromId), to: end(toId) };
  };

const pvSegments: Segment[] = [
  seg({ id: 'pv.polysilicon', name: '多晶硅', nameEn: 'Polysilicon', stage: 'UPSTREAM', order: 1, enterpriseCount: 12 }),
  seg({ id: 'pv.wafer', name: '硅片', nameEn: 'Wafers', stage: 'UPSTREAM', order: 2 }),
  seg({ id: 'pv.backsheet', name: '背板', nameEn: 'Backsheet', stage: 'UPSTREAM', order: 2 }),
  seg({ id: 'pv.cell', name: '电池片', nameEn: 'Cells', stage: 'MIDSTREAM', order: 3 }),
  seg({ id: 'pv.hjt-cell', name: 'HJT电池', nameEn: 'HJT cells', stage: 'MIDSTREAM', order: 3, parentId: 'pv.cell' }),
  seg({ id: 'pv.topcon-cell', name: 'TOPCon电池', nameEn: null, stage: 'MIDSTREAM', order: 3, parentId: 'pv.cell' }),
  seg({ id: 'pv.module', name: '组件', nameEn: 'Modules', stage: 'MIDSTREAM', order: 4 }),
  seg({ id: 'pv.station', name: '光伏电站', nameEn: 'PV power plants', stage: 'DOWNSTREAM', order: 5 }),
];
const pvFlow = localFlow('pv', pvSegments);

/** Photovoltaics: sub-segments under cells, and a backsheet fed by the fluoro chain. */
export const pvChain: Chain = {
  id: 'pv',
  name: '光伏',
  nameEn: 'Photovoltaics',
  description: '从多晶硅到光伏电站',
  descriptionEn: 'From polysilicon to PV power plants',
  segments: pvSegments,
  flows: [
    pvFlow('pv.polysilicon', 'pv.wafer'),
    pvFlow('pv.wafer', 'pv.cell'),
    pvFlow('pv.cell', 'pv.module'),
    pvFlow('pv.backsheet', 'pv.module'),
    pvFlow('pv.module', 'pv.station'),
    {
      fromId: 'fluoro.pvdf-film',
      toId: 'pv.backsheet',
      crossChain: true,
      from: { id: 'fluoro.pvdf-film', name: 'PVDF薄膜', nameEn: 'PVDF film', chainId: 'fluoro', stage: 'MIDSTREAM', order: 3 },
      to: { id: 'pv.backsheet', name: '背板', nameEn: 'Backsheet', chainId: 'pv', stage: 'UPSTREAM', order: 2 },
    },
  ],
};

const fluoroSegments: Segment[] = [
  seg({ id: 'fluoro.fluorite', name: '萤石', nameEn: 'Fluorite', stage: 'UPSTREAM', order: 1 }),
  seg({ id: 'fluoro.pvdf-resin', name: 'PVDF树脂', nameEn: 'PVDF resin', stage: 'MIDSTREAM', order: 2 }),
  seg({ id: 'fluoro.pvdf-film', name: 'PVDF薄膜', nameEn: 'PVDF film', stage: 'MIDSTREAM', order: 3 }),
];
const fluoroFlow = localFlow('fluoro', fluoroSegments);

export const fluoroChain: Chain = {
  id: 'fluoro',
  name: '氟化工',
  nameEn: 'Fluorochemicals',
  description: null,
  descriptionEn: null,
  segments: fluoroSegments,
  flows: [
    fluoroFlow('fluoro.fluorite', 'fluoro.pvdf-resin'),
    fluoroFlow('fluoro.pvdf-resin', 'fluoro.pvdf-film'),
    {
      fromId: 'fluoro.pvdf-film',
      toId: 'pv.backsheet',
      crossChain: true,
      from: { id: 'fluoro.pvdf-film', name: 'PVDF薄膜', nameEn: 'PVDF film', chainId: 'fluoro', stage: 'MIDSTREAM', order: 3 },
      to: { id: 'pv.backsheet', name: '背板', nameEn: 'Backsheet', chainId: 'pv', stage: 'UPSTREAM', order: 2 },
    },
  ],
};

export const chainsResult: ChainsQuery = { chains: [pvChain, fluoroChain] };

/** A fetch Response carrying a GraphQL body. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
