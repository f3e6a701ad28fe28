import { vi } from 'vitest';
import type { FiveLists, GapReport, ParkDetail, ProjectReview, ScorePartValues, TargetList } from '../features/park/types';
import type { GraphQLErrorEntry } from '../shared/api/types';
import type {
  ChainsQuery,
  CompareParksQuery,
  FiveListsQuery,
  GapReportQuery,
  ParkDashboardQuery,
  ParkQuery,
  ParkChoicesQuery,
  ProjectReviewQuery,
  TargetsQuery,
} from '../gql/graphql';
import { jsonResponse } from './fixtures';

const n = (id: string, name: string, nameEn: string | null = null) => ({ id, name, nameEn });

export const lsPark: ParkDetail = {
  ...n('ls-etdz', '乐山经开区', 'Leshan ETDZ'),
  kind: 'ETDZ',
  level: 'national',
  region: n('leshan', '乐山市', 'Leshan'),
  parent: null,
  subParks: [n('ls-sub', '乐山分园', 'Leshan sub-park')],
  leadChain: { id: 'semi' },
  chains: [
    {
      chain: n('semi', '半导体', 'Semiconductors'),
      chainChief: { chief: '某市长', fourHeads: true, note: null },
      designation: null,
      note: null,
    },
  ],
  institutions: [],
};

const seg = (id: string, name: string, stage: 'UPSTREAM' | 'MIDSTREAM', order: number) => ({
  ...n(id, name, null),
  stage,
  order,
  parentId: null,
});

export const gapReport: GapReport = {
  asOf: null,
  completeness: {
    score: 0.5,
    percent: 50,
    counted: 3,
    present: 1,
    pipeline: 1,
    missing: 1,
    parts: [],
  },
  segments: [
    {
      segment: seg('semi.ir', '红外探测器', 'MIDSTREAM', 3),
      status: 'PRESENT',
      inferredOnly: false,
      viaSubSegment: false,
      enterprises: [{ enterprise: { ...n('e.jx', '珏芯微电子'), shortName: '珏芯' }, inferred: false, counts: 'PRESENT' }],
      projects: [],
      nearestSupply: [],
    },
    {
      segment: seg('semi.wafer', '抛光片', 'UPSTREAM', 1),
      status: 'PIPELINE',
      inferredOnly: false,
      viaSubSegment: false,
      enterprises: [],
      projects: [
        { project: { ...n('p.1', '抛光片项目'), status: 'CONSTRUCTION' }, statusAt: 'CONSTRUCTION', inferred: false, counts: 'PIPELINE' },
      ],
      nearestSupply: [],
    },
    {
      segment: seg('semi.eda', 'EDA', 'UPSTREAM', 2),
      status: 'MISSING',
      inferredOnly: false,
      viaSubSegment: false,
      enterprises: [],
      projects: [],
      nearestSupply: [{ enterprise: n('e.cd', '成都某公司'), nearness: 'PROVINCE', park: null, inferred: false }],
    },
  ],
};

/** Score-part values with no fact set; spread it and set the part's own fields. */
export const noValues: ScorePartValues = {
  relevance: null,
  role: null,
  salesYi: null,
  capacityProduct: null,
  capacityValue: null,
  capacityUnit: null,
  supplyPartners: null,
  proximity: null,
  industryName: null,
  fit: null,
  present: null,
};

export const targets: TargetList = {
  total: 1,
  items: [
    {
      enterprise: { ...n('e.t1', '目标企业'), stockCode: null, industries: [], region: n('chengdu', '成都市') },
      gapSegment: n('semi.eda', 'EDA'),
      segment: n('semi.eda', 'EDA'),
      park: null,
      score: 7.5,
      relevance: 'EXACT',
      inferred: false,
      parts: [
        { key: 'relevance', label: 'chain relevance: exact', points: 4, values: { ...noValues, relevance: 'EXACT' } },
        { key: 'role', label: 'role: leading', points: 2.5, values: { ...noValues, role: 'leading' } },
        { key: 'proximity', label: 'same province', points: 1, values: { ...noValues, proximity: 'PROVINCE' } },
      ],
    },
  ],
};

export const fiveLists: FiveLists = {
  policies: [{ ...n('pol.1', '半导体扶持政策'), kind: 'support_policy', issued: '2023-05', park: n('ls-etdz', '乐山经开区') }],
  leadingFirms: [{ ...n('e.jx', '珏芯微电子'), roles: ['LEADING'], park: n('ls-etdz', '乐山经开区') }],
  supportingFirms: [],
  keyProjects: [],
  investmentLeads: targets.items,
};

export const review: ProjectReview = {
  counted: [{ ...n('p.1', '抛光片项目'), status: 'CONSTRUCTION' }],
  excluded: [],
  rates: [
    {
      key: 'start',
      label: '开工率 construction started',
      numerator: 1,
      denominator: 1,
      rate: 1,
      projects: [{ ...n('p.1', '抛光片项目'), status: 'CONSTRUCTION' }],
    },
  ],
};

/** The generated result type of each operation the park and compare tests answer, by name. */
interface ParkResults {
  Chains: ChainsQuery;
  Park: ParkQuery;
  ParkDashboard: ParkDashboardQuery;
  ParkChoices: ParkChoicesQuery;
  GapReport: GapReportQuery;
  Targets: TargetsQuery;
  FiveLists: FiveListsQuery;
  ProjectReview: ProjectReviewQuery;
  CompareParks: CompareParksQuery;
}
type Answer<R> = { data: R } | { data?: null; errors: GraphQLErrorEntry[] };
type Answers = { [K in keyof ParkResults]?: Answer<ParkResults[K]> };

/** Answers each park-page operation by its name; `override` replaces any answer. */
/** A parksConnection answer holding `parks` as its only page. */
export function parksConnectionOf<T>(parks: T[]) {
  return {
    parksConnection: {
      totalCount: parks.length,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: parks.map((node) => ({ node })),
    },
  };
}

export function stubParkApi(override: Answers = {}) {
  const answers: Answers = {
    Park: { data: { park: lsPark } },
    GapReport: { data: { gapReport } },
    Targets: { data: { targets } },
    FiveLists: { data: { park: { id: 'ls-etdz', fiveLists } } },
    ProjectReview: { data: { park: { id: 'ls-etdz', projectReview: review, leading: { leadingFirms: fiveLists.leadingFirms } } } },
    ParkChoices: { data: parksConnectionOf([lsPark]) },
    ...override,
  };
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const { query } = JSON.parse(String(init.body)) as { query: string };
    const op = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
    return jsonResponse((answers as Record<string, unknown>)[op] ?? { errors: [{ message: `unexpected ${op}` }] });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
