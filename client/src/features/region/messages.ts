// Strings of the region view (区域), beside its code; `useRegionT()` picks the language.
import { useLang } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';
import type { Band } from './bands';

export interface RegionMessages {
  title: string;
  hint: string;
  chainLabel: string;
  breadcrumbLabel: string;
  top: string;
  regionsHeading: string;
  parksHeading: string;
  parks: (n: number) => string;
  firms: (n: number) => string;
  noParks: string;
  level: Record<string, string>;
  completeness: (percent: number) => string;
  band: Record<Band, string>;
  noParksBand: string;
  legendLabel: string;
  empty: string;
  noChains: string;
  openPark: string;
  drillDown: string;
}

const zh: RegionMessages = {
  title: '区域',
  hint: '各区域、园区在所选产业链上的完整度（与产业链图同一算法）。点击区域下钻，点击园区打开园区页。',
  chainLabel: '产业链',
  breadcrumbLabel: '区域层级',
  top: '全国',
  regionsHeading: '下级区域',
  parksHeading: '本级园区',
  parks: (n) => `园区 ${n} 个`,
  firms: (n) => `企业 ${n} 家`,
  noParks: '暂无园区',
  level: { province: '省', city: '市', district: '区', county: '县', park: '园区' },
  completeness: (p) => `完整度 ${p}%`,
  band: { low: '缺口大（0–33%）', mid: '部分（34–66%）', high: '较完整（67–100%）' },
  noParksBand: '暂无园区',
  legendLabel: '图例',
  empty: '此区域下没有下级区域或园区。',
  noChains: '还没有带模板的产业链。',
  openPark: '打开园区页',
  drillDown: '下钻',
};

const en: RegionMessages = {
  title: 'Regions',
  hint: 'Completeness of the chosen chain in each region and park (the chain map’s rule). Choose a region to drill down, a park to open its page.',
  chainLabel: 'Chain',
  breadcrumbLabel: 'Region path',
  top: 'All provinces',
  regionsHeading: 'Regions within',
  parksHeading: 'Parks here',
  parks: (n) => `${n} ${n === 1 ? 'park' : 'parks'}`,
  firms: (n) => `${n} ${n === 1 ? 'firm' : 'firms'}`,
  noParks: 'No parks yet',
  level: { province: 'Province', city: 'City', district: 'District', county: 'County', park: 'Park' },
  completeness: (p) => `Completeness ${p}%`,
  band: { low: 'Large gap (0–33%)', mid: 'Partial (34–66%)', high: 'Mostly complete (67–100%)' },
  noParksBand: 'No parks yet',
  legendLabel: 'Legend',
  empty: 'Nothing below this region.',
  noChains: 'No chain has a template yet.',
  openPark: 'Open the park page',
  drillDown: 'Drill down',
};

export const regionMessages: Record<Lang, RegionMessages> = { zh, en };

export function useRegionT(): RegionMessages {
  return regionMessages[useLang()];
}
