// The two generated lines of a segment's label, in either language. In the core (not in the
// app's i18n) because the embeddable widget draws the same labels without the app's messages.
import type { GraphLang } from './types';

/** "◇ 项目 2个" / "◇ 2 projects": the diamond and the word keep it apart from the firm line. */
export function projectLine(n: number, lang: GraphLang): string {
  return lang === 'en' ? `◇ ${n} project${n === 1 ? '' : 's'}` : `◇ 项目 ${n}个`;
}

/** "润海新能源" / "润海新能源 等3家" / "Runhai +2": the first firm and how many in all. */
export function enterpriseLine(names: readonly string[], lang: GraphLang): string {
  if (names.length <= 1) return names[0] ?? '';
  return lang === 'en' ? `${names[0]} +${names.length - 1}` : `${names[0]} 等${names.length}家`;
}
