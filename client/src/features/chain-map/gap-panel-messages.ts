// Words of the gap panel (a selected segment on a park's or region's map), zh + en in one shape.
import { useLang } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';

export interface GapPanelMessages {
  heading: string;
  /** Worded from TargetGap.reasonKey, for a park's map or a region's. */
  reason: (key: string, park: boolean, since: string | null) => string;
  asOf: (date: string | null) => string;
  candidatesToday: string;
  localProjects: string;
  inferredFirms: string;
  sources: string;
  noSources: string;
  nearest: string;
  noNearest: string;
  nearness: Record<string, string>;
  candidates: (shown: number, total: number) => string;
  noCandidates: string;
  allTargets: string;
  loading: string;
  signIn: string;
  approx: string;
}

const zh: GapPanelMessages = {
  heading: '为什么是缺口',
  reason: (key, park, since) => {
    const scope = park ? '本园区' : '本区域';
    return (
      {
        NO_LOCAL_FIRM: `${scope}没有这一环节的企业，也没有在建或签约项目。`,
        PIPELINE_ONLY: `${scope}只有在建或签约项目${since ? `（最早见于 ${since}）` : ''}，尚无投产企业。`,
        INFERRED_ONLY: `${scope}在这一环节只有按行业推断归入的企业，文件未直接点名。`,
        PRESENT: `${scope}已有这一环节的企业。`,
      }[key] ?? key
    );
  },
  asOf: (date) => (date ? `地图日期：${date}` : '地图日期：当前'),
  candidatesToday: '依据与候选企业按当前数据列出。',
  localProjects: '本地项目',
  inferredFirms: '推断归入的本地企业',
  sources: '依据文件',
  noSources: '没有文件记载',
  nearest: '最近的供给',
  noNearest: '省内未见这一环节的企业',
  nearness: { CITY: '同市', PROVINCE: '同省' },
  candidates: (shown, total) => `候选企业（前 ${shown} 家，共 ${total} 家）`,
  noCandidates: '图谱中暂无可填补这一环节的候选企业。',
  allTargets: '查看全部招商目标',
  loading: '正在加载缺口依据…',
  signIn: '登录后可查看缺口依据与候选企业。',
  approx: '约',
};

const en: GapPanelMessages = {
  heading: 'Why this is a gap',
  reason: (key, park, since) => {
    const scope = park ? 'This park' : 'This region';
    return (
      {
        NO_LOCAL_FIRM: `${scope} has no firm in this segment and no project under way or signed.`,
        PIPELINE_ONLY: `${scope} has only projects under way or signed${since ? ` (the earliest dated ${since})` : ''}, no firm in production yet.`,
        INFERRED_ONLY: `${scope} has firms in this segment only by an inferred industry mapping; no document names them here.`,
        PRESENT: `${scope} has firms in this segment.`,
      }[key] ?? key
    );
  },
  asOf: (date) => (date ? `Map date: ${date}` : 'Map date: now'),
  candidatesToday: 'Evidence and candidates reflect the current data.',
  localProjects: 'Local projects',
  inferredFirms: 'Local firms placed here by inference',
  sources: 'Documents',
  noSources: 'No document states it',
  nearest: 'Nearest supply',
  noNearest: 'No firm in this segment within the province',
  nearness: { CITY: 'same city', PROVINCE: 'same province' },
  candidates: (shown, total) => `Candidates (top ${shown} of ${total})`,
  noCandidates: 'The graph holds no candidate for this segment yet.',
  allTargets: 'All investment targets',
  loading: 'Loading the gap’s evidence…',
  signIn: 'Sign in to see the evidence and the candidates.',
  approx: 'about',
};

export const GAP_PANEL_MESSAGES: Record<Lang, GapPanelMessages> = { zh, en };

export function useGapPanelT(): GapPanelMessages {
  return GAP_PANEL_MESSAGES[useLang()];
}
