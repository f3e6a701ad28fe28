// Labels of the chain map's scope picker (park or region). Own module, zh + en in one shape,
// so parallel work on the shared message files does not collide.
import { useLang } from '../../shared/i18n/context';
import type { Lang } from '../../shared/i18n/lang';

export interface ScopeMessages {
  label: string;
  none: string;
  parks: string;
  regions: string;
  level: Record<string, string>;
  loading: string;
  signInHint: string;
  error: string;
}

const zh: ScopeMessages = {
  label: '范围',
  none: '（不选范围：整条产业链）',
  parks: '园区',
  regions: '地区',
  level: { PROVINCE: '省', CITY: '市', COUNTY: '县', DISTRICT: '区' },
  loading: '正在加载园区和地区…',
  signInHint: '登录后可选择园区或地区，查看已有 / 在建 / 缺失环节',
  error: '园区和地区列表加载失败',
};

const en: ScopeMessages = {
  label: 'Scope',
  none: '(no scope: the whole chain)',
  parks: 'Parks',
  regions: 'Regions',
  level: { PROVINCE: 'province', CITY: 'city', COUNTY: 'county', DISTRICT: 'district' },
  loading: 'Loading parks and regions…',
  signInHint: 'Sign in to choose a park or region and see present / pipeline / missing segments',
  error: 'Could not load the parks and regions',
};

export const SCOPE_MESSAGES: Record<Lang, ScopeMessages> = { zh, en };

export function useScopeT(): ScopeMessages {
  return SCOPE_MESSAGES[useLang()];
}
