// The widget's own words, Chinese first. It cannot use the app's i18n (React context, and the
// whole app's messages): these are the few it shows, and the graph core gets its share as
// ChainLabels, as the app passes its own.
import { enterpriseLine, projectLine } from '../graph/label-lines';
import type { ChainLabels, GapStatus, GraphLang, Stage } from '../graph/types';

export interface WidgetWords {
  stage: Record<Stage, string>;
  status: Record<GapStatus, string>;
  legend: string;
  ghost: string;
  flow: string;
  crossChainFlow: string;
  subSegment: string;
  mapLabel: (chain: string) => string;
  loading: string;
  errorTitle: string;
  /** What went wrong, by WidgetError kind (the technical detail follows, as the event gives it). */
  errorKind: Record<'network' | 'api' | 'not-found' | 'snapshot' | 'attributes', string>;
  asOf: (date: string) => string;
  readOn: (date: string) => string;
  sources: string;
  noSources: string;
  openApp: string;
  segments: string;
  firmsOf: (segment: string) => string;
  noFirms: string;
  firmsTruncated: string;
  close: string;
  offline: string;
  hint: string;
}

const zh: WidgetWords = {
  stage: { UPSTREAM: '上游', MIDSTREAM: '中游', DOWNSTREAM: '下游' },
  status: { PRESENT: '已有', PIPELINE: '在建或签约', MISSING: '缺失' },
  legend: '图例',
  ghost: '其他产业链的环节',
  flow: '产品流向',
  crossChainFlow: '跨产业链流向',
  subSegment: '子环节（缩进排在所属环节下方）',
  mapLabel: (chain) => `${chain}产业链图谱`,
  loading: '正在加载产业链图谱…',
  errorTitle: '产业链图谱无法显示',
  errorKind: {
    network: '无法连接产业链图谱服务：可能已离线，或本网站未获准嵌入。',
    api: '产业链图谱服务拒绝了请求。',
    'not-found': '服务中没有这条产业链。',
    snapshot: '离线快照文件无法使用。',
    attributes: '嵌入代码缺少必要的设置。',
  },
  asOf: (date) => `数据截至 ${date}`,
  readOn: (date) => `读取于 ${date}`,
  sources: '来源',
  noSources: '无',
  openApp: '在产业链图谱中打开',
  segments: '环节列表',
  firmsOf: (segment) => `${segment}：本地企业`,
  noFirms: '暂无本地企业',
  firmsTruncated: '（仅列出部分企业）',
  close: '关闭',
  offline: '离线快照',
  hint: '点击或用 Tab 键选择环节，查看本地企业。',
};

const en: WidgetWords = {
  stage: { UPSTREAM: 'Upstream', MIDSTREAM: 'Midstream', DOWNSTREAM: 'Downstream' },
  status: { PRESENT: 'Present', PIPELINE: 'Pipeline', MISSING: 'Missing' },
  legend: 'Legend',
  ghost: 'Segment of another chain',
  flow: 'Flow of goods',
  crossChainFlow: 'Cross-chain flow',
  subSegment: 'Sub-segment (indented below its parent)',
  mapLabel: (chain) => `Chain map: ${chain}`,
  loading: 'Loading the chain map…',
  errorTitle: 'The chain map cannot be shown',
  errorKind: {
    network: 'The chain-map service cannot be reached: it may be offline, or this site is not allowed to embed it.',
    api: 'The chain-map service refused the request.',
    'not-found': 'The service has no such chain.',
    snapshot: 'The offline snapshot file cannot be used.',
    attributes: 'The embed code lacks a required setting.',
  },
  asOf: (date) => `Data as of ${date}`,
  readOn: (date) => `read on ${date}`,
  sources: 'Sources',
  noSources: 'none',
  openApp: 'Open in the chain explorer',
  segments: 'Segments',
  firmsOf: (segment) => `${segment}: local firms`,
  noFirms: 'No local firms known',
  firmsTruncated: '(only some firms listed)',
  close: 'Close',
  offline: 'Offline snapshot',
  hint: 'Click a segment, or reach it with Tab, to see its local firms.',
};

export const WORDS: Record<GraphLang, WidgetWords> = { zh, en };

/** The words the graph core draws, with the same generated lines as the app's. */
export function widgetChainLabels(lang: GraphLang): ChainLabels {
  return { stage: WORDS[lang].stage, enterpriseLine: (names) => enterpriseLine(names, lang), projectLine: (n) => projectLine(n, lang) };
}
