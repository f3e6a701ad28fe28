// Labels of the park chain map, detail panel and export. Own file (same zh/en shape
// rule as messages.ts) so parallel work on the shared message files does not collide.
import type { GapStatus } from './queries';
import { useLang } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';

export interface ParkMapMessages {
  parkLabel: string;
  parkNone: string;
  parkSignInHint: string;
  parkLoading: string;
  status: Record<GapStatus, string>;
  statusGlyph: Record<GapStatus, string>;
  completeness: (pct: number, present: number, pipeline: number, missing: number) => string;
  completenessHint: string;
  mapLoading: string;
  mapError: string;
  yearLabel: string;
  yearValue: (year: number | null) => string;
  yearNoDates: string;
  showEnterprises: string;
  exportPng: string;
  exportSvg: string;
  /** The offline snapshot the embeddable widget reads (docs/embed.md). */
  exportJson: string;
  exportFailed: string;
  legendStatusTitle: string;
  legendEnterprise: string;
  detailTitle: string;
  close: string;
  detailLoading: string;
  detailError: string;
  detailNotFound: string;
  signInPrompt: string;
  signInForMore: string;
  facts: string;
  links: string;
  sources: string;
  noSources: string;
  localEnterprises: (n: number) => string;
  noLocalEnterprises: string;
  fields: Record<string, string>;
  inferred: string;
  yi: (value: string) => string;
  mu: (value: string) => string;
  approx: string;
  file: string;
  openPark: string;
}

const zh: ParkMapMessages = {
  parkLabel: '园区',
  parkNone: '（不选园区：整条产业链）',
  parkSignInHint: '登录后可选择园区查看已有 / 在建 / 缺失环节',
  parkLoading: '正在加载园区…',
  status: { PRESENT: '已有', PIPELINE: '在建或签约', MISSING: '缺失' },
  statusGlyph: { PRESENT: '●', PIPELINE: '◐', MISSING: '○' },
  completeness: (pct, p, q, m) => `完整度 ${pct}%（顶层环节：已有 ${p} · 在建 ${q} · 缺失 ${m}）`,
  completenessHint: '按顶层环节计算（子环节并入所属环节）：已有记 1，在建或签约记 0.5，缺失记 0；仅凭推断的减半，取平均。',
  mapLoading: '正在加载园区环节状态…',
  mapError: '无法加载园区环节状态',
  yearLabel: '时间',
  yearValue: (y) => (y == null ? '现在' : `截至 ${y} 年底`),
  yearNoDates: '此范围内的企业和项目都没有日期，无法按年份回放',
  showEnterprises: '显示企业',
  exportPng: '导出 PNG',
  exportSvg: '导出 SVG',
  exportJson: '导出 JSON 快照',
  exportFailed: '导出失败',
  legendStatusTitle: '环节状态',
  legendEnterprise: '本地企业',
  detailTitle: '详情',
  close: '关闭',
  detailLoading: '正在加载详情…',
  detailError: '无法加载详情',
  detailNotFound: '未找到该节点',
  signInPrompt: '请登录后查看完整信息',
  signInForMore: '请登录',
  facts: '基本信息',
  links: '关联',
  sources: '来源',
  noSources: '暂无来源记录',
  localEnterprises: (n) => `本地企业（${n}）`,
  noLocalEnterprises: '该环节暂无本地企业',
  fields: {
    type: '类型',
    nameEn: '英文名',
    roles: '企业角色',
    founded: '成立',
    products: '产品',
    status: '状态',
    statusAsOf: '状态截至',
    investment: '投资额',
    land: '用地',
    capacity: '产能',
    dates: '进度节点',
    kind: '类别',
    stage: '阶段',
    enterpriseCount: '企业数',
    stockCode: '股票代码',
    industries: '申万行业',
    figures: '指标',
    note: '备注',
    park: '园区',
    region: '地区',
    segments: '环节',
    investor: '投资方',
    projects: '项目',
    subParks: '分园',
    parent: '上级',
  },
  inferred: '推断',
  yi: (v) => `${v} 亿元`,
  mu: (v) => `${v} 亩`,
  approx: '约',
  file: '文件',
  openPark: '打开园区',
};

const en: ParkMapMessages = {
  parkLabel: 'Park',
  parkNone: '(no park: the whole chain)',
  parkSignInHint: 'Sign in to choose a park and see present / pipeline / missing segments',
  parkLoading: 'Loading parks…',
  status: { PRESENT: 'Present', PIPELINE: 'Pipeline', MISSING: 'Missing' },
  statusGlyph: { PRESENT: '●', PIPELINE: '◐', MISSING: '○' },
  completeness: (pct, p, q, m) => `Completeness ${pct}% (top-level segments: present ${p} · pipeline ${q} · missing ${m})`,
  completenessHint:
    'Over top-level segments (sub-segments roll up): present 1, pipeline 0.5, missing 0, halved when only inferred; the mean.',
  mapLoading: 'Loading segment statuses for the park…',
  mapError: 'Could not load segment statuses',
  yearLabel: 'Time',
  yearValue: (y) => (y == null ? 'Now' : `As of end of ${y}`),
  yearNoDates: 'No firm or project here has a date, so there is nothing to replay by year',
  showEnterprises: 'Show enterprises',
  exportPng: 'Export PNG',
  exportSvg: 'Export SVG',
  exportJson: 'Export JSON snapshot',
  exportFailed: 'Export failed',
  legendStatusTitle: 'Segment status',
  legendEnterprise: 'Local enterprise',
  detailTitle: 'Details',
  close: 'Close',
  detailLoading: 'Loading details…',
  detailError: 'Could not load details',
  detailNotFound: 'Node not found',
  signInPrompt: 'Sign in to see the full record',
  signInForMore: 'Sign in',
  facts: 'Facts',
  links: 'Links',
  sources: 'Sources',
  noSources: 'No sources recorded',
  localEnterprises: (n) => `Local enterprises (${n})`,
  noLocalEnterprises: 'No local enterprises in this segment',
  fields: {
    type: 'Type',
    nameEn: 'Chinese name',
    roles: 'Roles',
    founded: 'Founded',
    products: 'Products',
    status: 'Status',
    statusAsOf: 'Status as of',
    investment: 'Investment',
    land: 'Land',
    capacity: 'Capacity',
    dates: 'Milestones',
    kind: 'Kind',
    stage: 'Stage',
    enterpriseCount: 'Enterprises',
    stockCode: 'Stock code',
    industries: 'Shenwan industry',
    figures: 'Figures',
    note: 'Note',
    park: 'Park',
    region: 'Region',
    segments: 'Segments',
    investor: 'Investor',
    projects: 'Projects',
    subParks: 'Sub-parks',
    parent: 'Parent',
  },
  inferred: 'inferred',
  yi: (v) => `CNY ${v} × 100 million (亿元)`,
  mu: (v) => `${v} mu (亩)`,
  approx: 'about',
  file: 'File',
  openPark: 'Open park',
};

export const PARK_MAP_MESSAGES: Record<Lang, ParkMapMessages> = { zh, en };

export function useParkMapT(): ParkMapMessages {
  return PARK_MAP_MESSAGES[useLang()];
}
