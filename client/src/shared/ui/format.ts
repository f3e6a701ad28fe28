// Labels for the API's enum values and number formatting in the detail panel.
// Chinese labels follow the SDL's descriptions (server/schema.graphql).
import type { EnterpriseRole, ProjectStatus } from '../../gql/graphql';
import type { Lang } from '../i18n/lang';

type Pair = [zh: string, en: string];

const LABELS: Record<string, Record<string, Pair>> = {
  type: {
    Enterprise: ['企业', 'Enterprise'],
    Project: ['项目', 'Project'],
    Park: ['园区', 'Park'],
    Segment: ['产业链环节', 'Chain segment'],
    Region: ['地区', 'Region'],
    Chain: ['产业链', 'Chain'],
    Institution: ['机构', 'Institution'],
    Source: ['来源文件', 'Source'],
    Policy: ['政策', 'Policy'],
  },
  stage: { UPSTREAM: ['上游', 'Upstream'], MIDSTREAM: ['中游', 'Midstream'], DOWNSTREAM: ['下游', 'Downstream'] },
  role: {
    ABOVE_SCALE: ['规上企业', 'Above designated size'],
    ANCHOR: ['链主企业', 'Chain anchor'],
    HIDDEN_CHAMPION: ['隐形冠军', 'Hidden champion'],
    HIGH_TECH: ['高新技术企业', 'High-tech enterprise'],
    LEADING: ['龙头企业', 'Leading firm'],
    LISTED: ['上市企业', 'Listed'],
    LITTLE_GIANT: ['国家级专精特新"小巨人"', 'National "little giant"'],
    PROVINCIAL_LITTLE_GIANT: ['省级科技"小巨人"', 'Provincial "little giant"'],
    SUPPORTING: ['配套企业', 'Supporting firm'],
  },
  status: {
    PLANNED: ['谋划 / 待落地', 'Planned'],
    SIGNED: ['已签约', 'Signed'],
    FUNDS_ARRIVING: ['资金到位中', 'Funds arriving'],
    CONSTRUCTION: ['在建', 'Under construction'],
    TOPPED_OUT: ['已封顶', 'Topped out'],
    TRIAL_PRODUCTION: ['试生产', 'Trial production'],
    IN_PRODUCTION: ['已投产', 'In production'],
    FULL_CAPACITY: ['已达产', 'At full capacity'],
    COMPLETED: ['已建成', 'Completed'],
    LOST: ['流失', 'Lost'],
  },
  kind: {
    HIGH_TECH_ZONE: ['高新区', 'High-tech zone'],
    ETDZ: ['经开区', 'ETDZ'],
    INDUSTRIAL_PARK: ['产业园', 'Industrial park'],
    SUB_PARK: ['分园', 'Sub-park'],
    TOWN: ['小镇', 'Town'],
    BASE: ['基地', 'Base'],
    PLATFORM: ['产业平台', 'Platform'],
  },
  date: {
    signed: ['签约', 'signed'],
    fundsArrived: ['资金到位', 'funds arrived'],
    started: ['开工', 'started'],
    toppedOut: ['封顶', 'topped out'],
    trialProduction: ['试生产', 'trial production'],
    inProduction: ['投产', 'in production'],
    fullCapacity: ['达产', 'full capacity'],
    completed: ['建成', 'completed'],
    lost: ['流失', 'lost'],
    plannedStart: ['计划开工', 'planned start'],
    plannedProduction: ['计划投产', 'planned production'],
    plannedCompletion: ['计划建成', 'planned completion'],
  },
};

/** Enterprise roles in the order forms and pickers list them. */
export const ENTERPRISE_ROLES: readonly EnterpriseRole[] = [
  'LEADING',
  'ANCHOR',
  'SUPPORTING',
  'ABOVE_SCALE',
  'HIGH_TECH',
  'LISTED',
  'LITTLE_GIANT',
  'PROVINCIAL_LITTLE_GIANT',
  'HIDDEN_CHAMPION',
];

/** The project lifecycle in order (docs/editing.md), lost last. */
export const PROJECT_STATUSES: readonly ProjectStatus[] = [
  'PLANNED',
  'SIGNED',
  'FUNDS_ARRIVING',
  'CONSTRUCTION',
  'TOPPED_OUT',
  'TRIAL_PRODUCTION',
  'IN_PRODUCTION',
  'FULL_CAPACITY',
  'COMPLETED',
  'LOST',
];

/** The label of an enum value; unknown values (a newer server) show as they are. */
export function enumLabel(group: string, value: string, lang: Lang): string {
  const pair = LABELS[group]?.[value];
  return pair ? pair[lang === 'en' ? 1 : 0] : value;
}

/** Up to two decimals, grouped the locale's way (no invented precision). */
export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 });
}
