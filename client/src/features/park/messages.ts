// Labels of the park page, compare view and table export. Kept in their own
// module (one shape, zh + en) so parallel work on the shared zh.ts/en.ts does
// not collide; the shape still forces both languages to have every label.
import type { GapStatus } from './types';
import { useLang } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import type { ParkTab } from '../../shared/nav/search';

export interface ParkMessages {
  /** Label separator: full-width colon in Chinese. */
  sep: string;
  /** Wraps a remark in brackets of the language. */
  paren: (text: string) => string;
  loading: string;
  signInHint: string;
  parksHeading: string;
  parksHint: string;
  noParks: string;
  level: string;
  parkLevel: Record<string, string>;
  region: string;
  parentPark: string;
  subParks: string;
  chains: string;
  chainChief: string;
  fourHeads: string;
  designation: string;
  asOf: string;
  asOfNow: string;
  chooseChain: string;
  gapHeading: string;
  completeness: string;
  completenessExplain: (present: number, pipeline: number, missing: number, counted: number) => string;
  weightRule: string;
  showOnMap: string;
  status: Record<GapStatus, string>;
  colStage: string;
  colSegment: string;
  colStatus: string;
  colLocalFirms: string;
  colProjects: string;
  colNearest: string;
  colInferred: string;
  nearness: Record<string, string>;
  inferred: string;
  viaSub: string;
  targetsHeading: string;
  targetsHint: (total: number) => string;
  noTargets: string;
  exportRank: string;
  exportEnterprise: string;
  exportStockCode: string;
  exportParts: string;
  score: string;
  fills: string;
  where: string;
  /** The listed firm's stock code and its 申万 level-3 industries. */
  listedAs: (code: string, industries: string) => string;
  fiveListsHeading: string;
  policies: string;
  leadingFirms: string;
  supportingFirms: string;
  keyProjects: string;
  investmentLeads: string;
  colName: string;
  colKind: string;
  colIssued: string;
  colPark: string;
  colRoles: string;
  policyKind: Record<string, string>;
  role: Record<string, string>;
  colInvestment: string;
  colInvestor: string;
  reviewHeading: string;
  funnel: string;
  rates: string;
  excluded: string;
  institutions: string;
  projectStatus: Record<string, string>;
  rateLabel: Record<string, string>;
  numerator: string;
  denominator: string;
  emptyTable: string;
  compareHeading: string;
  compareHint: string;
  compareChoose: string;
  compareNone: string;
  /** The compare filter: only segments some chosen park lacks. */
  compareOnlyMissing: string;
  open: string;
  back: string;
  /** The accessible name of the park page's tab list, and each tab's label. */
  tabsLabel: string;
  tabs: Record<ParkTab, string>;
}

const projectStatusZh: Record<string, string> = {
  PLANNED: '谋划',
  SIGNED: '已签约',
  FUNDS_ARRIVING: '资金到位中',
  CONSTRUCTION: '在建',
  TOPPED_OUT: '已封顶',
  TRIAL_PRODUCTION: '试生产',
  IN_PRODUCTION: '已投产',
  FULL_CAPACITY: '已达产',
  COMPLETED: '已建成',
  LOST: '流失',
};
const projectStatusEn: Record<string, string> = {
  PLANNED: 'Planned',
  SIGNED: 'Signed',
  FUNDS_ARRIVING: 'Funds arriving',
  CONSTRUCTION: 'Under construction',
  TOPPED_OUT: 'Topped out',
  TRIAL_PRODUCTION: 'Trial production',
  IN_PRODUCTION: 'In production',
  FULL_CAPACITY: 'Full capacity',
  COMPLETED: 'Completed',
  LOST: 'Lost',
};

export const parkZh: ParkMessages = {
  sep: '：',
  paren: (x) => `（${x}）`,
  loading: '正在加载…',
  signInHint: '园区页面需要登录后查看。',
  parksHeading: '园区',
  parksHint: '选择一个园区查看补链分析、招商目标和五张清单。',
  noParks: '暂无园区。',
  level: '级别',
  parkLevel: { national: '国家级', provincial: '省级', municipal: '市级' },
  region: '地区',
  parentPark: '上级园区',
  subParks: '分园（一区多园）',
  chains: '主导产业链',
  chainChief: '链长',
  fourHeads: '四长协同',
  designation: '认定',
  asOf: '时点',
  asOfNow: '当前',
  chooseChain: '选择一条产业链查看补链分析。',
  gapHeading: '补链分析',
  completeness: '产业链完整度',
  completenessExplain: (p, pl, m, c) => `${c} 个一级环节：已有 ${p}，在建或签约 ${pl}，缺失 ${m}。`,
  weightRule: '已有计 1 分，在建或签约计 0.5 分，缺失计 0 分；仅有推断依据时减半。',
  showOnMap: '在产业链图上查看',
  status: { PRESENT: '已有', PIPELINE: '在建/签约', MISSING: '缺失' },
  colStage: '环节位置',
  colSegment: '环节',
  colStatus: '状态',
  colLocalFirms: '本地企业',
  colProjects: '项目',
  colNearest: '最近的外部供给',
  colInferred: '推断',
  nearness: { CITY: '同市', PROVINCE: '同省' },
  inferred: '推断',
  viaSub: '来自子环节',
  targetsHeading: '招商目标',
  targetsHint: (n) => `共 ${n} 家候选企业，按得分排序；得分由以下各项相加。`,
  noTargets: '没有需要补的环节，或暂无候选企业。',
  exportRank: '排名',
  exportEnterprise: '企业',
  exportStockCode: '股票代码',
  exportParts: '得分构成',
  score: '得分',
  fills: '补齐环节',
  where: '所在地',
  listedAs: (code, industries) => `上市：${code}${industries ? ` · 申万行业：${industries}` : ''}`,
  fiveListsHeading: '五张清单',
  policies: '政策清单',
  leadingFirms: '龙头企业清单',
  supportingFirms: '配套企业清单',
  keyProjects: '重点项目清单',
  investmentLeads: '招商线索清单',
  colName: '名称',
  colKind: '类型',
  colIssued: '发布时间',
  colPark: '园区',
  colRoles: '企业类型',
  policyKind: {
    work_plan: '工作方案',
    support_policy: '扶持政策',
    fund: '产业基金',
    strategy: '发展规划',
    regulation: '管理办法',
    promotion_tool: '招商工具',
  },
  role: {
    ANCHOR: '链主企业',
    LEADING: '龙头企业',
    SUPPORTING: '配套企业',
    ABOVE_SCALE: '规上企业',
    HIDDEN_CHAMPION: '隐形冠军',
    HIGH_TECH: '高新技术企业',
    LISTED: '上市企业',
    LITTLE_GIANT: '专精特新“小巨人”',
    PROVINCIAL_LITTLE_GIANT: '省级科技“小巨人”',
  },
  colInvestment: '总投资（亿元）',
  colInvestor: '投资方',
  reviewHeading: '项目回头看',
  funnel: '项目进度',
  rates: '五率',
  excluded: '未计入的项目',
  institutions: '服务机构',
  projectStatus: projectStatusZh,
  rateLabel: { fundsArrival: '资金到位率', start: '开工率', production: '投产率', capacityReached: '达产率', loss: '流失率' },
  numerator: '达到该阶段的项目数',
  denominator: '计入的项目数',
  emptyTable: '暂无数据。',
  compareHeading: '园区对比',
  compareHint: '选择产业链和若干园区，对比各环节的状态。',
  compareChoose: '选择园区',
  compareNone: '请至少选择一个园区。',
  compareOnlyMissing: '只看缺失',
  open: '打开',
  back: '返回园区列表',
  tabsLabel: '园区分析',
  tabs: { gaps: '缺口', targets: '招商目标', lists: '五张清单', review: '项目评审' },
};

export const parkEn: ParkMessages = {
  sep: ': ',
  paren: (x) => ` (${x})`,
  loading: 'Loading…',
  signInHint: 'The park page is for signed-in users.',
  parksHeading: 'Parks',
  parksHint: 'Choose a park to see its gap report, targets and five lists.',
  noParks: 'No parks yet.',
  level: 'Level',
  parkLevel: { national: 'National', provincial: 'Provincial', municipal: 'Municipal' },
  region: 'Region',
  parentPark: 'Parent park',
  subParks: 'Sub-parks',
  chains: 'Chains grown here',
  chainChief: 'Chain chief',
  fourHeads: 'Four heads work together',
  designation: 'Designation',
  asOf: 'As of',
  asOfNow: 'Now',
  chooseChain: 'Choose a chain to see the gap report.',
  gapHeading: 'Gap report',
  completeness: 'Chain completeness',
  completenessExplain: (p, pl, m, c) => `${c} top-level segments: ${p} present, ${pl} pipeline, ${m} missing.`,
  weightRule: 'Present counts 1, pipeline 0.5, missing 0; halved when the evidence is only inferred.',
  showOnMap: 'Show on chain map',
  status: { PRESENT: 'Present', PIPELINE: 'Pipeline', MISSING: 'Missing' },
  colStage: 'Stage',
  colSegment: 'Segment',
  colStatus: 'Status',
  colLocalFirms: 'Local firms',
  colProjects: 'Projects',
  colNearest: 'Nearest supply elsewhere',
  colInferred: 'Inferred',
  nearness: { CITY: 'same city', PROVINCE: 'same province' },
  inferred: 'inferred',
  viaSub: 'via sub-segment',
  targetsHeading: 'Targets for the gaps',
  targetsHint: (n) => `${n} candidates, best first; the score is the sum of these parts.`,
  noTargets: 'No segment needs filling, or no candidates yet.',
  exportRank: 'Rank',
  exportEnterprise: 'Enterprise',
  exportStockCode: 'Stock code',
  exportParts: 'Score parts',
  score: 'Score',
  fills: 'Fills',
  where: 'Located',
  listedAs: (code, industries) => `Listed: ${code}${industries ? ` · Shenwan industry: ${industries}` : ''}`,
  fiveListsHeading: 'Five lists',
  policies: 'Policies',
  leadingFirms: 'Leading firms',
  supportingFirms: 'Supporting firms',
  keyProjects: 'Key projects',
  investmentLeads: 'Investment leads',
  colName: 'Name',
  colKind: 'Kind',
  colIssued: 'Issued',
  colPark: 'Park',
  colRoles: 'Roles',
  policyKind: {
    work_plan: 'Work plan',
    support_policy: 'Support policy',
    fund: 'Fund',
    strategy: 'Strategy',
    regulation: 'Regulation',
    promotion_tool: 'Promotion tool',
  },
  role: {
    ANCHOR: 'Chain anchor',
    LEADING: 'Leading',
    SUPPORTING: 'Supporting',
    ABOVE_SCALE: 'Above scale',
    HIDDEN_CHAMPION: 'Hidden champion',
    HIGH_TECH: 'High-tech',
    LISTED: 'Listed',
    LITTLE_GIANT: 'Little giant (national)',
    PROVINCIAL_LITTLE_GIANT: 'Little giant (provincial)',
  },
  colInvestment: 'Investment (100M CNY)',
  colInvestor: 'Investor',
  reviewHeading: 'Project review',
  funnel: 'Projects by stage',
  rates: 'Five rates',
  excluded: 'Projects not counted',
  institutions: 'Institutions serving the chain',
  projectStatus: projectStatusEn,
  rateLabel: {
    fundsArrival: 'Funds-arrival rate',
    start: 'Start rate',
    production: 'Production rate',
    capacityReached: 'Capacity-reached rate',
    loss: 'Loss rate',
  },
  numerator: 'Projects reaching the stage',
  denominator: 'Projects counted',
  emptyTable: 'No data.',
  compareHeading: 'Compare parks',
  compareHint: 'Choose a chain and several parks to compare segment statuses.',
  compareChoose: 'Parks',
  compareNone: 'Choose at least one park.',
  compareOnlyMissing: 'Only missing',
  open: 'Open',
  back: 'Back to the park list',
  tabsLabel: 'Park analysis',
  tabs: { gaps: 'Gaps', targets: 'Targets', lists: 'Five lists', review: 'Project review' },
};

export const PARK_MESSAGES: Record<Lang, ParkMessages> = { zh: parkZh, en: parkEn };

export function useParkT(): ParkMessages {
  return PARK_MESSAGES[useLang()];
}
