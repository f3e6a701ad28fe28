// Labels of a segment's expansion on the chain map (its local enterprises and projects) and of
// the "show projects" map option. Own module, zh + en in one shape, so parallel work on the
// shared message files does not collide. Project status names come from park-messages.
import { useLang } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';

export interface SegmentExpansionMessages {
  enterprises: (n: number) => string;
  projects: (n: number) => string;
  none: string;
  empty: string;
  statusUnknown: string;
  showProjects: string;
}

const zh: SegmentExpansionMessages = {
  enterprises: (n) => `本地企业（${n}）`,
  projects: (n) => `项目（${n}）`,
  none: '无',
  empty: '该环节暂无本地企业或项目',
  statusUnknown: '阶段不明',
  showProjects: '显示项目',
};

const en: SegmentExpansionMessages = {
  enterprises: (n) => `Local enterprises (${n})`,
  projects: (n) => `Projects (${n})`,
  none: 'none',
  empty: 'No local enterprises or projects in this segment',
  statusUnknown: 'stage unknown',
  showProjects: 'Show projects',
};

export const SEGMENT_EXPANSION_MESSAGES: Record<Lang, SegmentExpansionMessages> = { zh, en };

export function useSegmentExpansionT(): SegmentExpansionMessages {
  return SEGMENT_EXPANSION_MESSAGES[useLang()];
}
