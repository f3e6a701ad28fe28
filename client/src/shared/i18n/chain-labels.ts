import { enterpriseLine, projectLine } from '../../graph/label-lines';
import type { ChainLabels } from '../../graph/types';
import { en } from './en';
import type { Lang } from './lang';
import { zh } from './zh';

export { enterpriseLine, projectLine };

const LABELS: Record<Lang, ChainLabels> = {
  zh: { stage: zh.stage, enterpriseLine: (names) => enterpriseLine(names, 'zh'), projectLine: (n) => projectLine(n, 'zh') },
  en: { stage: en.stage, enterpriseLine: (names) => enterpriseLine(names, 'en'), projectLine: (n) => projectLine(n, 'en') },
};

/** The words the graph core draws on a chain map, in one language. */
export function chainLabels(lang: Lang): ChainLabels {
  return LABELS[lang];
}
