// Wording of target score parts and review labels from the facts the server returns (key +
// values), so the park page reads fully in either language. The server's English `label` is
// only the fallback for a key this client does not know.
import type { ScorePart } from './types';
import type { Lang } from '../../shared/i18n/lang';
import { localName } from '../../shared/i18n/lang';
import { PARK_MESSAGES } from './messages';

interface ScoreMessages {
  relevance: Record<string, string>;
  role: (role: string) => string;
  size: (yi: number) => string;
  capacity: (product: string, value: string, unit: string) => string;
  supply: (names: string[]) => string;
  proximity: Record<string, string>;
  industry: (name: string) => string;
  presence: (names: string[]) => string;
  inferred: string;
  loose: string;
  excludedReason: Record<string, string>;
}

// Sales are stored in CNY; 亿元 (1e8) in Chinese, billions in English.
const num = (n: number, lang: Lang) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });

const zh: ScoreMessages = {
  relevance: {
    EXACT: '环节相关度：正是所缺环节',
    SUB_SEGMENT: '环节相关度：所缺环节的子环节',
    PARENT_SEGMENT: '环节相关度：所缺环节的上级环节',
    INDUSTRY: '环节相关度：所属行业涵盖所缺环节（较弱）',
  },
  role: (r) => `企业地位：${r}`,
  size: (yi) => `规模：销售额 ${num(yi, 'zh')} 亿元`,
  capacity: (p, v, u) => `已披露产能：${p} ${v} ${u}`,
  supply: (names) => `与本地企业有供应关系：${names.join('、')}`,
  proximity: { CITY: '距离：同市', PROVINCE: '距离：同省', NEIGHBOUR_PROVINCE: '距离：邻省' },
  industry: (n) => `环节相关度：申万行业「${n}」涵盖多个环节，含所缺环节（较弱）`,
  presence: (names) => `已在本地区布局（扩张线索）：${names.join('、')}`,
  inferred: '所属环节为推断',
  loose: '行业与环节大体对应（宽松映射）',
  excludedReason: { planned: '谋划中，尚未签约', noStatus: '资料未给出项目状态或进度日期' },
};

const en: ScoreMessages = {
  relevance: {
    EXACT: 'Relevance: the gap segment itself',
    SUB_SEGMENT: 'Relevance: a sub-segment of the gap',
    PARENT_SEGMENT: 'Relevance: the parent of the gap segment',
    INDUSTRY: 'Relevance: its industry covers the gap segment (weaker)',
  },
  role: (r) => `Role: ${r}`,
  size: (yi) => `Size: sales of CNY ${num(yi / 10, 'en')} billion`,
  capacity: (p, v, u) => `Stated capacity: ${p} ${v} ${u}`,
  supply: (names) => `Supply links with local firms: ${names.join(', ')}`,
  proximity: { CITY: 'Proximity: same city', PROVINCE: 'Proximity: same province', NEIGHBOUR_PROVINCE: 'Proximity: neighbouring province' },
  industry: (n) => `Relevance: its Shenwan industry "${n}" spans several segments, the gap among them (weaker)`,
  presence: (names) => `Already present nearby (expansion lead): ${names.join(', ')}`,
  inferred: 'Segment mapping is inferred',
  loose: 'Loose industry-to-segment mapping',
  excludedReason: { planned: 'Planned: not yet signed', noStatus: 'The documents give no status or lifecycle date' },
};

export const SCORE_MESSAGES: Record<Lang, ScoreMessages> = { zh, en };

/** One score part as a sentence in `lang`; the server's label when the facts are not there. */
export function scorePartText(part: ScorePart, lang: Lang): string {
  const m = SCORE_MESSAGES[lang];
  const v = part.values;
  if (!v) return part.label;
  switch (part.key) {
    case 'relevance':
      if (v.relevance === 'INDUSTRY' && v.industryName) return m.industry(v.industryName);
      return (v.relevance && m.relevance[v.relevance]) || part.label;
    case 'role':
      return v.role ? m.role(PARK_MESSAGES[lang].role[v.role.toUpperCase()] ?? v.role) : part.label;
    case 'size':
      return v.salesYi != null ? m.size(v.salesYi) : part.label;
    case 'capacity':
      return v.capacityProduct && v.capacityValue != null
        ? m.capacity(v.capacityProduct, num(v.capacityValue, lang), v.capacityUnit ?? '')
        : part.label;
    case 'supply':
      return v.supplyPartners?.length ? m.supply(v.supplyPartners.map((e) => localName(e, lang))) : part.label;
    case 'proximity':
      return (v.proximity && m.proximity[v.proximity]) || part.label;
    case 'presence':
      return v.present?.length ? m.presence(v.present.map((e) => localName(e, lang))) : part.label;
    case 'inferred':
      return v.fit === 'loose' ? m.loose : m.inferred;
    default:
      return part.label;
  }
}

/** Why a project is not counted in the review, by the server's reasonKey. */
export function excludedReasonText(x: { reason: string; reasonKey?: string | null }, lang: Lang): string {
  return (x.reasonKey && SCORE_MESSAGES[lang].excludedReason[x.reasonKey]) || x.reason;
}
