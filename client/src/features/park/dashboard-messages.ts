// Words of the park dashboard, zh + en in one shape.
import { useLang } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';

export interface DashboardMessages {
  heading: string;
  enterprises: string;
  anchors: string;
  listed: string;
  projects: string;
  investment: (amount: string, stated: number, of: number) => string;
  noInvestment: string;
  byStage: string;
  statusUnknown: string;
  completeness: string;
  noChains: string;
  trend: (points: string[]) => string;
  now: string;
  open: (chain: string) => string;
}

const zh: DashboardMessages = {
  heading: '园区概况',
  enterprises: '企业',
  anchors: '链主企业',
  listed: '上市企业',
  projects: '项目',
  investment: (amount, stated, of) => `计划投资 ${amount}（${of} 个项目中 ${stated} 个写明金额）`,
  noInvestment: '文件未写明投资额',
  byStage: '项目阶段',
  statusUnknown: '未注明',
  completeness: '各产业链完整度',
  noChains: '园区的产业链尚无环节模板。',
  trend: (points) => `历年完整度：${points.join('，')}`,
  now: '当前',
  open: (chain) => `查看${chain}`,
};

const en: DashboardMessages = {
  heading: 'At a glance',
  enterprises: 'Enterprises',
  anchors: 'Chain anchors',
  listed: 'Listed firms',
  projects: 'Projects',
  investment: (amount, stated, of) => `planned investment ${amount} (stated for ${stated} of ${of} projects)`,
  noInvestment: 'no investment stated',
  byStage: 'Projects by stage',
  statusUnknown: 'not stated',
  completeness: 'Completeness per chain',
  noChains: 'None of the park’s chains has a segment template yet.',
  trend: (points) => `Completeness by year: ${points.join(', ')}`,
  now: 'now',
  open: (chain) => `Open ${chain}`,
};

export const DASHBOARD_MESSAGES: Record<Lang, DashboardMessages> = { zh, en };

export function useDashboardT(): DashboardMessages {
  return DASHBOARD_MESSAGES[useLang()];
}
