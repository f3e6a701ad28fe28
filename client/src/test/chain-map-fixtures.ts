import type { GraphElements } from '../features/chain-map/queries';
import type { NodeDetailQuery } from '../gql/graphql';

/** One member of the generated node(id) result: what the server answers for that type. */
type NodeResult<T extends string> = Extract<NonNullable<NodeDetailQuery['node']>, { __typename: T }>;

/** chainMap for the pv fixture chain in one park: module present, cells pipeline, polysilicon missing. */
export const chainMapFixture: GraphElements = {
  truncated: false,
  dateRange: { earliest: '2019-05', latest: '2023' },
  // The server's figure for this scope. Recomputing from these statuses would say 21 %; 23 here
  // proves the view shows the server's number as given.
  completeness: { percent: 23, present: 1, pipeline: 1, missing: 4 },
  nodes: [
    ...(
      [
        ['pv.polysilicon', 'MISSING'],
        ['pv.wafer', 'MISSING'],
        ['pv.backsheet', 'MISSING'],
        ['pv.cell', 'PIPELINE'],
        ['pv.hjt-cell', 'PIPELINE'],
        ['pv.topcon-cell', 'MISSING'],
        ['pv.module', 'PRESENT'],
        ['pv.station', 'MISSING'],
      ] as const
    ).map(([id, status]) => ({
      id,
      type: 'Segment',
      kind: 'segment',
      label: id,
      labelEn: null,
      stage: 'MIDSTREAM',
      order: 1,
      status,
      parentId: null,
      data: { chainId: 'pv', inferredOnly: id === 'pv.cell' },
    })),
    {
      id: 'fluoro.pvdf-film',
      type: 'Segment',
      kind: 'external_segment',
      label: 'PVDF薄膜',
      labelEn: null,
      stage: 'MIDSTREAM',
      order: 3,
      status: null,
      parentId: null,
      data: { chainId: 'fluoro' },
    },
    {
      id: 'e.runhai',
      type: 'Enterprise',
      kind: 'enterprise',
      label: '润海新能源',
      labelEn: 'Runhai New Energy',
      stage: null,
      order: null,
      status: 'PRESENT',
      parentId: null,
      data: { parkId: 'zs-hitech' },
    },
    {
      id: 'pj.runhai-pv',
      type: 'Project',
      kind: 'project',
      label: '润海组件产线',
      labelEn: 'Runhai module lines',
      stage: null,
      order: null,
      status: 'PRESENT',
      parentId: null,
      data: { parkId: 'zs-hitech', statusAt: 'in_production', investmentCny: null },
    },
    {
      id: 'pj.hjt-line',
      type: 'Project',
      kind: 'project',
      label: '异质结电池项目',
      labelEn: null,
      stage: null,
      order: null,
      status: 'PIPELINE',
      parentId: null,
      data: { parkId: 'zs-hitech', statusAt: 'construction', investmentCny: 1200000000 },
    },
  ],
  edges: [
    {
      id: 'pv.module->pv.station',
      source: 'pv.module',
      target: 'pv.station',
      type: 'FEEDS',
      kind: 'flow',
      inferred: null,
      crossChain: false,
    },
    {
      id: 'e.runhai-IN_SEGMENT->pv.module',
      source: 'e.runhai',
      target: 'pv.module',
      type: 'IN_SEGMENT',
      kind: 'membership',
      inferred: false,
      crossChain: null,
    },
    {
      id: 'pj.runhai-pv-FOR_SEGMENT->pv.module',
      source: 'pj.runhai-pv',
      target: 'pv.module',
      type: 'FOR_SEGMENT',
      kind: 'membership',
      inferred: false,
      crossChain: null,
    },
    {
      id: 'pj.hjt-line-FOR_SEGMENT->pv.hjt-cell',
      source: 'pj.hjt-line',
      target: 'pv.hjt-cell',
      type: 'FOR_SEGMENT',
      kind: 'membership',
      inferred: true,
      crossChain: null,
    },
  ],
};

/** node(id) for an enterprise, as the server answers it. */
export const runhaiNode: NodeResult<'Enterprise'> = {
  __typename: 'Enterprise',
  id: 'e.runhai',
  name: '润海新能源',
  nameEn: 'Runhai New Energy',
  note: '2023年为正式投产第一年，当年成为规上企业。',
  roles: ['ABOVE_SCALE'],
  founded: null,
  products: [],
  park: { id: 'zs-hitech', name: '舟山高新区', nameEn: 'Zhoushan High-tech Zone' },
  region: null,
  segments: [
    { inferred: false, basis: null, segment: { id: 'pv.module', name: '光伏组件', nameEn: 'PV modules', chainId: 'pv' } },
    { inferred: true, basis: '由产品推断', segment: { id: 'pv.hjt-cell', name: '异质结电池', nameEn: 'HJT cells', chainId: 'pv' } },
  ],
  figures: [{ id: 'f1', metric: '销售额', metricEn: 'Sales', value: 400000000, unit: 'CNY', period: '2023', qualifier: 'OVER' }],
  projects: [{ id: 'pj.runhai-pv', name: '润海新能源组件与异质结电池生产线', nameEn: null, status: 'IN_PRODUCTION' }],
  sources: [
    {
      id: 's000',
      title: '润海新能源投产报道',
      titleEn: null,
      publisher: '舟山日报',
      date: '2023-06',
      dateApprox: false,
      file: '000_runhai.pdf',
      reference: null,
      kind: 'NEWSPAPER',
    },
  ],
};

/** node(id) for a project: investment in CNY, land in mu, capacity with units. */
export const projectNode: NodeResult<'Project'> = {
  __typename: 'Project',
  id: 'pj.x',
  name: '某项目',
  nameEn: null,
  note: null,
  status: 'CONSTRUCTION',
  statusAsOf: '2024',
  investmentCny: 1250000000,
  landMu: 120,
  landM2: null,
  investor: null,
  investorName: '某集团',
  park: null,
  region: null,
  segments: [],
  capacity: [{ id: 'c1', product: '光伏组件', productEn: 'PV modules', value: 20, unit: 'GW', qualifier: 'EXACT' }],
  // The server answers every selected date, null when unknown.
  dates: {
    signed: '2022-03',
    fundsArrived: null,
    started: '2023',
    toppedOut: null,
    trialProduction: null,
    inProduction: null,
    fullCapacity: null,
    completed: null,
    lost: null,
    plannedStart: null,
    plannedProduction: null,
    plannedCompletion: null,
  },
  sources: [],
};
