// Every closed vocabulary of the graph, declared once: the values as stored (lower case, as in
// the seeds), each with its Chinese caption where it has one. The seed schema and the edit inputs
// derive their zod enums from these lists, the GraphQL enums derive their values
// (schema/vocabulary-enums.ts), and the client gets them through the schema's generated types.
import { z } from 'zod';

/** A vocabulary: its values in order, with an optional caption (中文) for each. */
function vocabulary<const V extends string>(captions: Record<V, string | null>) {
  const values = Object.keys(captions) as [V, ...V[]];
  return { values, captions: captions as Readonly<Record<V, string | null>>, zod: z.enum(values) };
}
export type Vocabulary<V extends string = string> = ReturnType<typeof vocabulary<V>>;
export type ValueOf<T extends Vocabulary> = T['values'][number];

/** Chain stages. */
export const stages = vocabulary({ upstream: '上游', midstream: '中游', downstream: '下游' });

/** What an enterprise is (several may hold). */
export const enterpriseRoles = vocabulary({
  anchor: '链主企业', // leads a chain; also set per chain with ChainLink.anchor
  leading: '龙头 / 领军企业',
  little_giant: '国家级专精特新"小巨人"',
  provincial_little_giant: '省级科技"小巨人"',
  hidden_champion: '隐形冠军',
  listed: '上市企业',
  high_tech: '高新技术企业',
  above_scale: '规上企业',
  supporting: '配套企业',
});

/** A project's lifecycle status (order and ranks: domain/project-lifecycle.ts). */
export const projectStatuses = vocabulary({
  planned: '谋划 / 待落地', // announced or in preparation, not yet signed or started
  signed: '已签约',
  funds_arriving: '资金到位中',
  construction: '在建',
  topped_out: '已封顶',
  trial_production: '试生产',
  in_production: '已投产',
  full_capacity: '已达产',
  completed: '已建成（非生产类项目）', // built, for projects that are not production lines
  lost: '流失',
});

/** How a number relates to what the document says. */
export const qualifiers = vocabulary({
  exact: null,
  about: '约',
  over: '超过 / 以上',
  at_least: null,
  under: null,
  target: '目标值',
  expected: '预计值',
});

export const institutionKinds = vocabulary({
  research_institute: '科研院所',
  university: '大学',
  college: '高职院校',
  technical_school: '技工院校',
  industry_college: '产业学院',
  innovation_center: '创新中心',
  bank: '银行',
});

export const institutionStatuses = vocabulary({ operating: null, planned: '筹建中' });

export const sourceKinds = vocabulary({
  newspaper: '报纸报道',
  government: '政府公开文件',
  editorial: '本项目编制（如产业链环节模板）',
  dataset: '外部公开数据集（如 A 股上市公司行业数据）',
});

export const regionLevels = vocabulary({ province: '省', city: '市', district: '区', county: '县 / 县级市' });

export const parkKinds = vocabulary({
  high_tech_zone: '高新区',
  etdz: '经开区',
  industrial_park: '产业园',
  sub_park: '分园',
  town: '小镇',
  platform: '产业平台',
  base: '基地',
});

/** Account roles in increasing power; each includes the ones before it (auth/viewer.ts). */
export const userRoles = vocabulary({ viewer: null, analyst: null, editor: null, admin: null });

/**
 * An import batch's life (import/batches.ts, import/commit.ts): `partlyUndone` when an undo
 * with onlySafe took back every record no later edit touched and kept the others.
 */
export const importBatchStatuses = vocabulary({
  committing: '提交中',
  committed: '已提交',
  failed: '失败',
  undoing: '撤销中',
  partlyUndone: '部分撤销',
  undone: '已撤销',
});

/**
 * Neo4j labels of the domain's nodes, in the order the seed loader writes and counts them. Each
 * is also the GraphQL type name, except Industry (seed-only: it maps firms to segments).
 */
export const nodeLabels = [
  'Source',
  'Region',
  'Chain',
  'Segment',
  'Industry',
  'Park',
  'Enterprise',
  'Project',
  'Capacity',
  'Institution',
  'Figure',
  'Policy',
] as const;
export type NodeLabel = (typeof nodeLabels)[number];

/** The labels that are GraphQL Node types (`node(id)`, `__typename`). */
export const apiNodeLabels = nodeLabels.filter((l): l is Exclude<NodeLabel, 'Industry'> => l !== 'Industry');

/** What graph shapes (neighbourhood, paths) may walk through; the first seven by default. */
export const graphShapeLabels = [
  'Region',
  'Chain',
  'Segment',
  'Park',
  'Enterprise',
  'Project',
  'Institution',
  'Source',
  'Figure',
  'Capacity',
] as const satisfies readonly NodeLabel[];

/** The kinds of node the search box looks at. */
export const searchLabels = [
  'Park',
  'Enterprise',
  'Project',
  'Institution',
  'Chain',
  'Segment',
  'Region',
] as const satisfies readonly NodeLabel[];
