// Amounts with their unit in the user's language. The graph stores money in CNY and counts with
// the documents' Chinese measure words (seeds: server/src/seed/schema.ts figureUnits); Chinese
// reads 亿元 and 600 次, English reads CNY 400 million and 600 times.
import type { Lang } from '../i18n/lang';
import { formatNumber } from './format';

/** English for the documents' units; '' where English needs no word after a count (个). */
const UNIT_EN: Record<string, string> = {
  '%': '%',
  个百分点: 'percentage points',
  'm²': 'm²',
  'km²': 'km²',
  亩: 'mu',
  GW: 'GW',
  吨: 't',
  万吨: '× 10,000 t',
  人: 'people',
  人次: 'person-times',
  家: 'firms',
  个: '',
  项: 'items',
  条: 'lines',
  次: 'times',
  件: 'pieces',
  台: 'units',
  台套: 'sets',
  套: 'sets',
  只: 'pieces',
  片: 'wafers',
  幢: 'buildings',
  位: 'people',
  年: 'year',
};

/** A unit word in English; a per-period unit (台/年) keeps its slash; an unknown one stays as is. */
export function unitEn(unit: string): string {
  if (unit in UNIT_EN) return UNIT_EN[unit]!;
  const [per, period] = unit.split('/');
  if (period && per! in UNIT_EN && period in UNIT_EN) return `${UNIT_EN[per!]}/${UNIT_EN[period]}`.replace(/^\//, 'per ');
  return unit;
}

/** Money in CNY: 亿元 in Chinese (1 亿 = 100 million); million or billion CNY in English. */
export function formatCny(cny: number, lang: Lang): string {
  if (lang === 'zh') return `${formatNumber(cny / 1e8, 'zh')} 亿元`;
  if (Math.abs(cny) >= 1e9) return `CNY ${formatNumber(cny / 1e9, 'en')} billion`;
  if (Math.abs(cny) >= 1e6) return `CNY ${formatNumber(cny / 1e6, 'en')} million`;
  return `CNY ${formatNumber(cny, 'en')}`;
}

/** A figure or capacity value with its unit, worded for the language. */
export function formatAmount(value: number, unit: string, lang: Lang): string {
  if (unit === 'CNY') return formatCny(value, lang);
  if (unit === 'USD') return lang === 'zh' ? `${formatNumber(value / 1e8, 'zh')} 亿美元` : `USD ${formatNumber(value / 1e6, 'en')} million`;
  const n = formatNumber(value, lang);
  if (lang === 'zh') return unit === '%' ? `${n}%` : `${n} ${unit}`;
  const word = unitEn(unit);
  return word === '%' ? `${n}%` : word ? `${n} ${word}` : n;
}
