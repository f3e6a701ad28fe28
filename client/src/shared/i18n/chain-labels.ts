import type { ChainLabels } from '../../graph/types';
import { en } from './en';
import type { Lang } from './lang';
import { zh } from './zh';

/** "◇ 项目 2个" / "◇ 2 projects": the diamond and the word keep it apart from the firm line. */
export function projectLine(n: number, lang: Lang): string {
  return lang === 'en' ? `◇ ${n} project${n === 1 ? '' : 's'}` : `◇ 项目 ${n}个`;
}

/** "润海新能源" / "润海新能源 等3家" / "Runhai +2": the first firm and how many in all. */
export function enterpriseLine(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? '';
  return lang === 'en' ? `${names[0]} +${names.length - 1}` : `${names[0]} 等${names.length}家`;
}

const LABELS: Record<Lang, ChainLabels> = {
  zh: { stage: zh.stage, enterpriseLine: (names) => enterpriseLine(names, 'zh'), projectLine: (n) => projectLine(n, 'zh') },
  en: { stage: en.stage, enterpriseLine: (names) => enterpriseLine(names, 'en'), projectLine: (n) => projectLine(n, 'en') },
};

/** The words the graph core draws on a chain map, in one language. */
export function chainLabels(lang: Lang): ChainLabels {
  return LABELS[lang];
}
