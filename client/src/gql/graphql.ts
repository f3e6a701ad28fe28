/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A designed yearly output (产能) of a project. */
export type CapacityInput = {
  product: string;
  /** Default EXACT. */
  qualifier?: Qualifier | null | undefined;
  /** e.g. GW, 万片/年, 台套/年. */
  unit: string;
  /** More than 0, in `unit`. */
  value: number;
};

export type ChangeAction =
  | 'CREATE'
  | 'DELETE'
  | 'LINK'
  | 'MOVE_STATUS'
  | 'UNLINK'
  | 'UPDATE';

export type CreateEnterpriseInput = {
  aliases?: Array<string> | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  founded?: string | null | undefined;
  /** Chinese name. */
  name: string;
  nameEn?: string | null | undefined;
  note?: string | null | undefined;
  /** The park it is located in. */
  parkId?: string | number | null | undefined;
  products?: Array<string> | null | undefined;
  roles?: Array<EnterpriseRole> | null | undefined;
  shortName?: string | null | undefined;
  /** The id becomes e.<slug>; generated from nameEn (or at random) when absent. */
  slug?: string | null | undefined;
};

/** A new project starts as planned; moveProjectStatus takes it further. */
export type CreateProjectInput = {
  annualOutputCny?: number | null | undefined;
  /** The project’s capacities, the whole list: on update it replaces the current one ([] removes all; absent or null leaves it). */
  capacities?: Array<CapacityInput> | null | undefined;
  floorAreaM2?: number | null | undefined;
  /** CNY (1 亿元 = 1e8), ≥ 0. */
  investmentCny?: number | null | undefined;
  investmentQualifier?: Qualifier | null | undefined;
  /** The investing enterprise. */
  investorId?: string | number | null | undefined;
  /** The investor as the document names it, when it is not in the graph. */
  investorName?: string | null | undefined;
  landM2?: number | null | undefined;
  landMu?: number | null | undefined;
  name: string;
  nameEn?: string | null | undefined;
  note?: string | null | undefined;
  parkId?: string | number | null | undefined;
  phase?: string | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  plannedCompletionOn?: string | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  plannedProductionOn?: string | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  plannedStartOn?: string | null | undefined;
  /** The id becomes pj.<slug>; generated from nameEn (or at random) when absent. */
  slug?: string | null | undefined;
};

export type EnterpriseRole =
  /** 规上企业 */
  | 'ABOVE_SCALE'
  /** 链主企业 */
  | 'ANCHOR'
  /** 隐形冠军 */
  | 'HIDDEN_CHAMPION'
  /** 高新技术企业 */
  | 'HIGH_TECH'
  /** 龙头 / 领军企业 */
  | 'LEADING'
  /** 上市企业 */
  | 'LISTED'
  /** 国家级专精特新"小巨人" */
  | 'LITTLE_GIANT'
  /** 省级科技"小巨人" */
  | 'PROVINCIAL_LITTLE_GIANT'
  /** 配套企业 */
  | 'SUPPORTING';

/** How one enterprise or project counts toward its segment’s status. */
export type EvidenceCounts =
  /** Left out because its status or date as of asOf cannot be known; see reason. */
  | 'EXCLUDED'
  /** A lost project: does not count. */
  | 'LOST'
  /** Counts as pipeline. */
  | 'PIPELINE'
  /** Counts as present. */
  | 'PRESENT';

/** Why an input field was refused. */
export type FieldErrorCode =
  | 'BACKWARD_MOVE'
  | 'CONFLICT'
  | 'DATE_IN_FUTURE'
  | 'DATE_OUT_OF_ORDER'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'NO_CHANGE'
  | 'REQUIRED'
  | 'WRONG_TYPE';

/** A segment in a park or region: 已有 / 在建或签约 / 缺失. */
export type GapStatus =
  /** Nothing local in the segment or its sub-segments. */
  | 'MISSING'
  /** Only projects (or firms whose only evidence is such a project) planned, signed, building, topped out or in trial. */
  | 'PIPELINE'
  /** An operating local enterprise (or operating local project) in the segment or a sub-segment. */
  | 'PRESENT';

/** A sheet header the template does not know, mapped to a column key ("" ignores the column). */
export type ImportColumnMappingInput = {
  field: string;
  header: string;
};

/** The answer to an uncertain match on a line: "new", "skip", or the id of the candidate it is. */
export type ImportDecisionInput = {
  choice: string;
  line: number;
};

export type InstitutionKind =
  /** 银行 */
  | 'BANK'
  /** 高职院校 */
  | 'COLLEGE'
  /** 产业学院 */
  | 'INDUSTRY_COLLEGE'
  /** 创新中心 */
  | 'INNOVATION_CENTER'
  /** 科研院所 */
  | 'RESEARCH_INSTITUTE'
  /** 技工院校 */
  | 'TECHNICAL_SCHOOL'
  /** 大学 */
  | 'UNIVERSITY';

export type LinkInput = {
  /** Why the link is made when it is inferred. */
  basis?: string | null | undefined;
  fromId: string | number;
  /** The document does not say it outright (segment, supply and chain links); then give a basis. */
  inferred?: boolean | null | undefined;
  toId: string | number;
};

/** Domain node types, for restricting graph shapes. */
export type NodeType =
  /** Only when asked for. */
  | 'CAPACITY'
  | 'CHAIN'
  | 'ENTERPRISE'
  /** Only when asked for. */
  | 'FIGURE'
  | 'INSTITUTION'
  | 'PARK'
  | 'PROJECT'
  | 'REGION'
  | 'SEGMENT'
  /** Only when asked for. */
  | 'SOURCE';

/** What a parameter names, so a console can offer a picker (the chain, park, segment or enterprise id; enterprise roles). */
export type ParamPick =
  | 'CHAIN'
  | 'ENTERPRISE'
  | 'PARK'
  | 'ROLE'
  | 'SEGMENT';

export type ParkKind =
  /** 基地 */
  | 'BASE'
  /** 经开区 */
  | 'ETDZ'
  /** 高新区 */
  | 'HIGH_TECH_ZONE'
  /** 产业园 */
  | 'INDUSTRIAL_PARK'
  /** 产业平台 */
  | 'PLATFORM'
  /** 分园 */
  | 'SUB_PARK'
  /** 小镇 */
  | 'TOWN';

/** Where a project is in its lifecycle. */
export type ProjectStatus =
  /** 已建成（非生产类项目） */
  | 'COMPLETED'
  /** 在建 */
  | 'CONSTRUCTION'
  /** 已达产 */
  | 'FULL_CAPACITY'
  /** 资金到位中 */
  | 'FUNDS_ARRIVING'
  /** 已投产 */
  | 'IN_PRODUCTION'
  /** 流失 */
  | 'LOST'
  /** 谋划 / 待落地 */
  | 'PLANNED'
  /** 已签约 */
  | 'SIGNED'
  /** 已封顶 */
  | 'TOPPED_OUT'
  /** 试生产 */
  | 'TRIAL_PRODUCTION';

/** How a number relates to what the document says. */
export type Qualifier =
  /** 约 */
  | 'ABOUT'
  | 'AT_LEAST'
  | 'EXACT'
  /** 预计值 */
  | 'EXPECTED'
  /** 超过 / 以上 */
  | 'OVER'
  /** 目标值 */
  | 'TARGET'
  | 'UNDER';

export type RegionLevel =
  /** 市 */
  | 'CITY'
  /** 县 / 县级市 */
  | 'COUNTY'
  /** 区 */
  | 'DISTRICT'
  /** 省 */
  | 'PROVINCE';

export type RegionOverviewKind =
  /** A park with its sub-parks. */
  | 'PARK'
  /** A region: its parks at every depth. */
  | 'REGION';

/** Roles in increasing power, each including the ones before: viewer < analyst < editor < admin. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'EDITOR'
  | 'VIEWER';

/** The kinds of node `search` looks at. */
export type SearchType =
  | 'CHAIN'
  | 'ENTERPRISE'
  | 'INSTITUTION'
  | 'PARK'
  | 'PROJECT'
  | 'REGION'
  | 'SEGMENT';

/** The text encoding of a CSV file; unset: detected (UTF-8 with or without BOM, else GB18030/GBK). */
export type SheetEncoding =
  | 'GB18030'
  | 'UTF_8';

export type SheetKind =
  /** 企业 */
  | 'ENTERPRISES'
  /** 机构 */
  | 'INSTITUTIONS'
  /** 项目 */
  | 'PROJECTS'
  /** 供应关系 */
  | 'SUPPLY';

export type SourceKind =
  /** 外部公开数据集（如 A 股上市公司行业数据） */
  | 'DATASET'
  /** 本项目编制（如产业链环节模板） */
  | 'EDITORIAL'
  /** 政府公开文件 */
  | 'GOVERNMENT'
  /** 报纸报道 */
  | 'NEWSPAPER';

export type Stage =
  /** 下游 */
  | 'DOWNSTREAM'
  /** 中游 */
  | 'MIDSTREAM'
  /** 上游 */
  | 'UPSTREAM';

export type UnlinkInput = {
  fromId: string | number;
  toId: string | number;
};

/** Only the fields given change; null removes an optional property. */
export type UpdateEnterpriseInput = {
  aliases?: Array<string> | null | undefined;
  founded?: string | null | undefined;
  name?: string | null | undefined;
  nameEn?: string | null | undefined;
  note?: string | null | undefined;
  products?: Array<string> | null | undefined;
  roles?: Array<EnterpriseRole> | null | undefined;
  shortName?: string | null | undefined;
};

/** Only the fields given change; null removes an optional property. Status: see moveProjectStatus. */
export type UpdateProjectInput = {
  annualOutputCny?: number | null | undefined;
  /** The project’s capacities, the whole list: on update it replaces the current one ([] removes all; absent or null leaves it). */
  capacities?: Array<CapacityInput> | null | undefined;
  floorAreaM2?: number | null | undefined;
  investmentCny?: number | null | undefined;
  investmentQualifier?: Qualifier | null | undefined;
  investorName?: string | null | undefined;
  landM2?: number | null | undefined;
  landMu?: number | null | undefined;
  name?: string | null | undefined;
  nameEn?: string | null | undefined;
  note?: string | null | undefined;
  phase?: string | null | undefined;
  plannedCompletionOn?: string | null | undefined;
  plannedProductionOn?: string | null | undefined;
  plannedStartOn?: string | null | undefined;
};

export type SavedQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedQueriesQuery = { savedQueries: Array<{ id: string, title: string, titleEn: string, description: string, params: Array<{ name: string, type: string, required: boolean, default: unknown, description: string | null, pick: ParamPick | null }> }> };

export type AnalystResultFieldsFragment = { columns: Array<string>, rows: Array<unknown>, rowCount: number, truncated: boolean, ms: number, graph: { truncated: boolean, nodes: Array<{ id: string, label: string, labelEn: string | null, type: string, kind: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string }> } };

export type RunSavedQueryQueryVariables = Exact<{
  id: string | number;
  params?: unknown;
}>;


export type RunSavedQueryQuery = { runSavedQuery: { columns: Array<string>, rows: Array<unknown>, rowCount: number, truncated: boolean, ms: number, graph: { truncated: boolean, nodes: Array<{ id: string, label: string, labelEn: string | null, type: string, kind: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string }> } } };

export type CypherQueryVariables = Exact<{
  query: string;
  params?: unknown;
}>;


export type CypherQuery = { cypher: { columns: Array<string>, rows: Array<unknown>, rowCount: number, truncated: boolean, ms: number, graph: { truncated: boolean, nodes: Array<{ id: string, label: string, labelEn: string | null, type: string, kind: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string }> } } };

export type AnalystPickOptionsQueryVariables = Exact<{
  segments: boolean;
}>;


export type AnalystPickOptionsQuery = { chains: Array<{ id: string, name: string, nameEn: string | null, segments?: Array<{ id: string, name: string, nameEn: string | null, order: number, parentId: string | null }> }> };

export type AnalystPickEnterpriseQueryVariables = Exact<{
  text: string;
}>;


export type AnalystPickEnterpriseQuery = { search: { edges: Array<{ node: { id: string, name: string, nameEn: string | null } }> } };

export type SegmentGapQueryVariables = Exact<{
  chainId: string | number;
  parkId?: string | number | null | undefined;
  regionId?: string | number | null | undefined;
  segmentId: string | number;
  limit?: number | null | undefined;
}>;


export type SegmentGapQuery = { targets: { total: number, gaps: Array<{ status: string, reasonKey: string, inferredOnly: boolean, since: string | null, segment: { id: string }, enterprises: Array<{ id: string, name: string, nameEn: string | null }>, projects: Array<{ id: string, name: string, nameEn: string | null, status: ProjectStatus | null }>, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, dateApprox: boolean }> }>, items: Array<{ score: number, relevance: string, inferred: boolean, enterprise: { id: string, name: string, nameEn: string | null, stockCode: string | null, industries: Array<{ id: string, name: string, nameEn: string | null }>, region: { id: string, name: string, nameEn: string | null } | null }, gapSegment: { id: string, name: string, nameEn: string | null }, segment: { id: string, name: string, nameEn: string | null }, park: { id: string, name: string, nameEn: string | null, region: { id: string, name: string, nameEn: string | null } | null } | null, parts: Array<{ key: string, label: string, points: number, values: { relevance: string | null, role: string | null, salesYi: number | null, capacityProduct: string | null, capacityValue: number | null, capacityUnit: string | null, proximity: string | null, industryName: string | null, fit: string | null, supplyPartners: Array<{ id: string, name: string, nameEn: string | null }> | null, present: Array<{ id: string, name: string, nameEn: string | null }> | null } }> }> } };

export type NearestSupplyQueryVariables = Exact<{
  chainId: string | number;
  parkId?: string | number | null | undefined;
  regionId?: string | number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NearestSupplyQuery = { gapReport: { segments: Array<{ status: GapStatus, segment: { id: string }, nearestSupply: Array<{ nearness: string, inferred: boolean, enterprise: { id: string, name: string, nameEn: string | null }, park: { id: string, name: string, nameEn: string | null } | null }> }> } };

export type ChainMapQueryVariables = Exact<{
  chainId: string | number;
  parkId?: string | number | null | undefined;
  regionId?: string | number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ChainMapQuery = { chainMap: { truncated: boolean, dateRange: { earliest: string, latest: string } | null, completeness: { percent: number, present: number, pipeline: number, missing: number } | null, scope: { kind: string, id: string, name: string, nameEn: string | null } | null, nodes: Array<{ id: string, type: string, kind: string | null, label: string, labelEn: string | null, stage: string | null, order: number | null, status: string | null, parentId: string | null, data: unknown }>, edges: Array<{ id: string, source: string, target: string, type: string, kind: string | null, inferred: boolean | null, crossChain: boolean | null }> } };

export type ScopeOptionsQueryVariables = Exact<{
  chainId?: string | number | null | undefined;
  regionId?: string | number | null | undefined;
  query?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ScopeOptionsQuery = { parksConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameEn: string | null, region: { id: string, name: string, nameEn: string | null, level: RegionLevel, parent: { id: string, name: string, nameEn: string | null, level: RegionLevel, parent: { id: string, name: string, nameEn: string | null, level: RegionLevel, parent: { id: string, name: string, nameEn: string | null, level: RegionLevel } | null } | null } | null } | null } }> } };

export type CompareParksQueryVariables = Exact<{
  chainId: string | number;
  parkIds: Array<string | number> | string | number;
  asOf?: string | null | undefined;
}>;


export type CompareParksQuery = { compareParks: { segments: Array<{ id: string, name: string, nameEn: string | null, stage: Stage, order: number, parentId: string | null }>, rows: Array<{ statuses: Array<GapStatus>, park: { id: string, name: string, nameEn: string | null }, completeness: { score: number, percent: number } }> } };

export type SourceFieldsFragment = { id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null, dateApprox: boolean, reference: string | null, kind: SourceKind };

export type NodeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeDetailQuery = { node:
    | { __typename: 'Capacity', id: string, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null, dateApprox: boolean, reference: string | null, kind: SourceKind }> }
    | { __typename: 'Chain', name: string, nameEn: string | null, id: string, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null, dateApprox: boolean, reference: string | null, kind: SourceKind }> }
    | { __typename: 'Enterprise', name: string, nameEn: string | null, note: string | null, roles: Array<EnterpriseRole>, founded: string | null, products: Array<string>, stockCode: string | null, exchange: string | null, listedOn: string | null, id: string, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null, dateApprox: boolean, reference: string | null, kind: SourceKind }>, industries: Array<{ code: string, name: string, nameEn: string | null }>, park: { id: string, name: string, nameEn: string | null } | null, region: { id: string, name: string, nameEn: string | null } | null, segments: Array<{ inferred: boolean, basis: string | null, segment: { id: string, name: string, nameEn: string | null, chainId: string } }>, figures: Array<{ id: string, metric: string, metricEn: string | null, value: number, unit: string, period: string | null, qualifier: Qualifier }>, projects: Array<{ id: string, name: string, nameEn: string | null, status: ProjectStatus | null }> }
    | { __typename: 'Figure', id: string, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null, dateApprox: boolean, reference: string | null, kind: SourceKind }> }
    | { __typename: 'Institution', name: string, nameEn: string | null, note: string | null, id: string, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null, dateApprox: boolean, reference: string | null, kind: SourceKind }>, park: { id: string, name: string, nameEn: string | null } | null, region: { id: string, name: string, nameEn: string | null } | null }
    | { __typename: 'Park', name: string, nameEn: string | null, note: string | null, kind: ParkKind, id: string, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null, dateApprox: boolean, reference: string | null, kind: SourceKind }>, parent: { id: string, name: string, nameEn: string | null } | null, region: { id: string, name: string, nameEn: string | null } | null, subParks: Array<{ id: string, name: string, nameEn: string | null }>, figures: Array<{ id: string, metric: string, metricEn: string | null, value: number, unit: string, period: string | null, qualifier: Qualifier }> }
    | { __typename: 'Policy', id: string, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null, dateApprox: boolean, reference: string | null, kind: SourceKind }> }
    | { __typename: 'Project', name: string, nameEn: string | null, note: string | null, status: ProjectStatus | null, statusAsOf: string | null, investmentCny: number | null, landMu: number | null, landM2: number | null, investorName: string | null, id: string, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null, dateApprox: boolean, reference: string | null, kind: SourceKind }>, investor: { id: string, name: string, nameEn: string | null } | null, park: { id: string, name: string, nameEn: string | null } | null, region: { id: string, name: string, nameEn: string | null } | null, segments: Array<{ inferred: boolean, basis: string | null, segment: { id: string, name: string, nameEn: string | null, chainId: string } }>, capacity: Array<{ id: string, product: string, productEn: string | null, value: number, unit: string, qualifier: Qualifier }>, dates: { signed: string | null, fundsArrived: string | null, started: string | null, toppedOut: string | null, trialProduction: string | null, inProduction: string | null, fullCapacity: string | null, completed: string | null, lost: string | null, plannedStart: string | null, plannedProduction: string | null, plannedCompletion: string | null } }
    | { __typename: 'Region', name: string, nameEn: string | null, id: string, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null, dateApprox: boolean, reference: string | null, kind: SourceKind }> }
    | { __typename: 'Segment', name: string, nameEn: string | null, note: string | null, stage: Stage, chainId: string, enterpriseCount: number, id: string, segProducts: Array<string> | null, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null, dateApprox: boolean, reference: string | null, kind: SourceKind }>, projects: Array<{ id: string, name: string, nameEn: string | null, status: ProjectStatus | null }> }
    | { __typename: 'Source', title: string, titleEn: string | null, publisher: string | null, date: string | null, file: string | null, id: string }
   | null };

export type SegmentPublicQueryVariables = Exact<{
  id: string | number;
}>;


export type SegmentPublicQuery = { segment: { id: string, name: string, nameEn: string | null, note: string | null, stage: Stage, chainId: string, enterpriseCount: number, products: Array<string> | null, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null, dateApprox: boolean, reference: string | null, kind: SourceKind }> } | null };

export type EditSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type EditSourcesQuery = { sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, kind: SourceKind }> };

export type EditChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditChainsQuery = { chains: Array<{ id: string, name: string, nameEn: string | null, segments: Array<{ id: string, name: string, nameEn: string | null, stage: Stage, order: number, parentId: string | null }> }> };

export type EditEnterpriseSearchQueryVariables = Exact<{
  text: string;
}>;


export type EditEnterpriseSearchQuery = { search: { edges: Array<{ node: { id: string, name: string, nameEn: string | null } }> } };

export type EditEnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type EditEnterpriseQuery = { enterprise: { id: string, name: string, nameEn: string | null, shortName: string | null, aliases: Array<string>, founded: string | null, note: string | null, products: Array<string>, roles: Array<EnterpriseRole>, park: { id: string, name: string, nameEn: string | null } | null, segments: Array<{ segment: { id: string, name: string, nameEn: string | null, chainId: string } }> } | null };

export type EditProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type EditProjectQuery = { project: { id: string, name: string, nameEn: string | null, phase: string | null, note: string | null, status: ProjectStatus | null, statusAsOf: string | null, investmentCny: number | null, investmentQualifier: Qualifier | null, investorName: string | null, annualOutputCny: number | null, landMu: number | null, landM2: number | null, floorAreaM2: number | null, investor: { id: string, name: string, nameEn: string | null } | null, park: { id: string, name: string, nameEn: string | null } | null, segments: Array<{ segment: { id: string, name: string, nameEn: string | null, chainId: string } }>, dates: { plannedStart: string | null, plannedProduction: string | null, plannedCompletion: string | null }, capacity: Array<{ id: string, product: string, value: number, unit: string, qualifier: Qualifier }> } | null };

export type NodeChangesQueryVariables = Exact<{
  targetId: string | number;
}>;


export type NodeChangesQuery = { changes: Array<{ id: string, action: ChangeAction, at: string, by: string, reason: string | null, enteredByHand: boolean, before: unknown, after: unknown, source: { id: string, title: string, titleEn: string | null } | null }> };

export type CreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type CreateEnterpriseMutation = { createEnterprise: { enterprise: { id: string } | null, errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type UpdateEnterpriseMutationVariables = Exact<{
  id: string | number;
  input: UpdateEnterpriseInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UpdateEnterpriseMutation = { updateEnterprise: { enterprise: { id: string } | null, errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type DeleteEnterpriseMutationVariables = Exact<{
  id: string | number;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type DeleteEnterpriseMutation = { deleteEnterprise: { deletedId: string | null, errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type CreateProjectMutation = { createProject: { project: { id: string } | null, errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type UpdateProjectMutationVariables = Exact<{
  id: string | number;
  input: UpdateProjectInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UpdateProjectMutation = { updateProject: { project: { id: string } | null, errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type DeleteProjectMutationVariables = Exact<{
  id: string | number;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type DeleteProjectMutation = { deleteProject: { deletedId: string | null, errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type MoveProjectStatusMutationVariables = Exact<{
  id: string | number;
  status: ProjectStatus;
  date: string;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type MoveProjectStatusMutation = { moveProjectStatus: { project: { id: string, status: ProjectStatus | null, statusAsOf: string | null } | null, errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type LinkEnterpriseParkMutationVariables = Exact<{
  input: LinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type LinkEnterpriseParkMutation = { result: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type UnlinkEnterpriseParkMutationVariables = Exact<{
  input: UnlinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UnlinkEnterpriseParkMutation = { result: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type LinkEnterpriseSegmentMutationVariables = Exact<{
  input: LinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type LinkEnterpriseSegmentMutation = { result: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type UnlinkEnterpriseSegmentMutationVariables = Exact<{
  input: UnlinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UnlinkEnterpriseSegmentMutation = { result: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type LinkProjectParkMutationVariables = Exact<{
  input: LinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type LinkProjectParkMutation = { result: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type UnlinkProjectParkMutationVariables = Exact<{
  input: UnlinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UnlinkProjectParkMutation = { result: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type LinkProjectSegmentMutationVariables = Exact<{
  input: LinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type LinkProjectSegmentMutation = { result: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type UnlinkProjectSegmentMutationVariables = Exact<{
  input: UnlinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UnlinkProjectSegmentMutation = { result: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type LinkProjectInvestorMutationVariables = Exact<{
  input: LinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type LinkProjectInvestorMutation = { result: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type UnlinkProjectInvestorMutationVariables = Exact<{
  input: UnlinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UnlinkProjectInvestorMutation = { result: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type ChainSourcesQueryVariables = Exact<{
  id: string | number;
}>;


export type ChainSourcesQuery = { chain: { id: string, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null }> } | null };

export type ExploreNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  types?: Array<NodeType> | NodeType | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExploreNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, type: string, label: string, labelEn: string | null, stage: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, crossChain: boolean | null, inferred: boolean | null }> } | null };

export type ExplorePathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxLength?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorePathsQuery = { paths: { truncated: boolean, nodes: Array<{ id: string, type: string, label: string, labelEn: string | null, stage: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, crossChain: boolean | null, inferred: boolean | null }> } };

export type HomeParksQueryVariables = Exact<{
  query?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  chainId?: string | number | null | undefined;
  regionId?: string | number | null | undefined;
}>;


export type HomeParksQuery = { parksConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameEn: string | null, kind: ParkKind, parent: { id: string } | null, region: { id: string, name: string, nameEn: string | null } | null, enterprises: { totalCount: number }, projects: { totalCount: number }, chains: Array<{ chain: { id: string, name: string, nameEn: string | null } }> } }> } };

export type ImportDryRunMutationVariables = Exact<{
  kind: SheetKind;
  file: unknown;
  encoding?: SheetEncoding | null | undefined;
  mapping?: Array<ImportColumnMappingInput> | ImportColumnMappingInput | null | undefined;
}>;


export type ImportDryRunMutation = { importDryRun: { dryRun: boolean, refused: boolean, batchId: string | null, kind: string, fileName: string, encoding: string | null, unknownHeaders: Array<string>, counts: { read: number, create: number, update: number, match: number, skip: number, errors: number, review: number, relationships: number }, errors: Array<{ line: number, field: string, message: string }>, review: Array<{ line: number, key: string, name: string, decision: string, candidates: Array<{ id: string, name: string, why: string }> }>, rows: Array<{ line: number, name: string, action: string, reason: string | null, targetId: string | null, changes: Array<{ field: string, before: unknown, after: unknown }>, errors: Array<{ line: number, field: string, message: string }> }>, columns: Array<{ key: string, header: string, required: boolean }> } };

export type ImportCommitMutationVariables = Exact<{
  kind: SheetKind;
  file: unknown;
  encoding?: SheetEncoding | null | undefined;
  mapping?: Array<ImportColumnMappingInput> | ImportColumnMappingInput | null | undefined;
  decisions?: Array<ImportDecisionInput> | ImportDecisionInput | null | undefined;
}>;


export type ImportCommitMutation = { importCommit: { dryRun: boolean, refused: boolean, batchId: string | null, kind: string, fileName: string, encoding: string | null, unknownHeaders: Array<string>, counts: { read: number, create: number, update: number, match: number, skip: number, errors: number, review: number, relationships: number }, errors: Array<{ line: number, field: string, message: string }>, review: Array<{ line: number, key: string, name: string, decision: string, candidates: Array<{ id: string, name: string, why: string }> }>, rows: Array<{ line: number, name: string, action: string, reason: string | null, targetId: string | null, changes: Array<{ field: string, before: unknown, after: unknown }>, errors: Array<{ line: number, field: string, message: string }> }>, columns: Array<{ key: string, header: string, required: boolean }> } };

export type SheetReportFieldsFragment = { dryRun: boolean, refused: boolean, batchId: string | null, kind: string, fileName: string, encoding: string | null, unknownHeaders: Array<string>, counts: { read: number, create: number, update: number, match: number, skip: number, errors: number, review: number, relationships: number }, errors: Array<{ line: number, field: string, message: string }>, review: Array<{ line: number, key: string, name: string, decision: string, candidates: Array<{ id: string, name: string, why: string }> }>, rows: Array<{ line: number, name: string, action: string, reason: string | null, targetId: string | null, changes: Array<{ field: string, before: unknown, after: unknown }>, errors: Array<{ line: number, field: string, message: string }> }>, columns: Array<{ key: string, header: string, required: boolean }> };

export type ImportBatchesQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type ImportBatchesQuery = { importBatches: Array<{ id: string, kind: string, source: string, who: string, at: string, status: string, kept: number | null, undoneBy: string | null, undoneAt: string | null, counts: { create: number, update: number, match: number, skip: number, errors: number, relationships: number } }> };

export type UndoImportMutationVariables = Exact<{
  batchId: string | number;
  onlySafe?: boolean | null | undefined;
}>;


export type UndoImportMutation = { undoImport: { deleted: number, restored: number, unlinked: number, batch: { id: string, status: string, kept: number | null }, undone: Array<{ id: string, name: string | null, label: string | null, action: string }>, kept: Array<{ id: string, name: string | null, label: string | null, reason: string, by: string | null, at: string | null, fields: Array<string>, batchId: string | null }> } };

export type KeptRecordFieldsFragment = { id: string, name: string | null, label: string | null, reason: string, by: string | null, at: string | null, fields: Array<string>, batchId: string | null };

export type AuditLogQueryVariables = Exact<{
  by?: string | null | undefined;
  targetId?: string | number | null | undefined;
  parkId?: string | number | null | undefined;
  batchId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, action: ChangeAction, targetId: string, targetLabel: string, by: string, at: string, reason: string | null, batchId: string | null, undoOf: string | null, before: unknown, after: unknown }> };

export type ImportWhoQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportWhoQuery = { me: { id: string | null, username: string } | null };

export type ParkDashboardQueryVariables = Exact<{
  id: string | number;
}>;


export type ParkDashboardQuery = { park: { id: string, dashboard: { enterprises: number, anchors: number, listed: number, projects: Array<{ status: ProjectStatus | null, count: number, withInvestment: number, investmentCny: number | null }>, chains: Array<{ chain: { id: string, name: string, nameEn: string | null }, completeness: { score: number, percent: number, present: number, pipeline: number, missing: number, counted: number }, trend: Array<{ year: string, completeness: { score: number, percent: number } }> }> } } | null };

export type ParkChoicesQueryVariables = Exact<{
  query?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  chainId?: string | number | null | undefined;
  regionId?: string | number | null | undefined;
}>;


export type ParkChoicesQuery = { parksConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameEn: string | null, kind: ParkKind, region: { id: string, name: string, nameEn: string | null } | null } }> } };

export type ParkQueryVariables = Exact<{
  id: string | number;
}>;


export type ParkQuery = { park: { id: string, name: string, nameEn: string | null, kind: ParkKind, level: string | null, region: { id: string, name: string, nameEn: string | null } | null, parent: { id: string, name: string, nameEn: string | null } | null, subParks: Array<{ id: string, name: string, nameEn: string | null }>, leadChain: { id: string } | null, chains: Array<{ designation: string | null, note: string | null, chain: { id: string, name: string, nameEn: string | null }, chainChief: { chief: string | null, fourHeads: boolean, note: string | null } | null }>, institutions: Array<{ id: string, name: string, nameEn: string | null, kind: InstitutionKind, serves: Array<{ chain: { id: string } }> }> } | null };

export type GapReportQueryVariables = Exact<{
  chainId: string | number;
  parkId?: string | number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type GapReportQuery = { gapReport: { asOf: string | null, completeness: { score: number, percent: number, counted: number, present: number, pipeline: number, missing: number, parts: Array<{ status: GapStatus, weight: number, inferredOnly: boolean, segment: { id: string, name: string, nameEn: string | null } }> }, segments: Array<{ status: GapStatus, inferredOnly: boolean, viaSubSegment: boolean, segment: { id: string, name: string, nameEn: string | null, stage: Stage, order: number, parentId: string | null }, enterprises: Array<{ inferred: boolean, counts: EvidenceCounts, enterprise: { id: string, name: string, nameEn: string | null, shortName: string | null } }>, projects: Array<{ statusAt: string | null, inferred: boolean, counts: EvidenceCounts, project: { id: string, name: string, nameEn: string | null, status: ProjectStatus | null } }>, nearestSupply: Array<{ nearness: string, inferred: boolean, enterprise: { id: string, name: string, nameEn: string | null }, park: { id: string, name: string, nameEn: string | null } | null }> }> } };

export type TargetFieldsFragment = { score: number, relevance: string, inferred: boolean, enterprise: { id: string, name: string, nameEn: string | null, stockCode: string | null, industries: Array<{ id: string, name: string, nameEn: string | null }>, region: { id: string, name: string, nameEn: string | null } | null }, gapSegment: { id: string, name: string, nameEn: string | null }, segment: { id: string, name: string, nameEn: string | null }, park: { id: string, name: string, nameEn: string | null, region: { id: string, name: string, nameEn: string | null } | null } | null, parts: Array<{ key: string, label: string, points: number, values: { relevance: string | null, role: string | null, salesYi: number | null, capacityProduct: string | null, capacityValue: number | null, capacityUnit: string | null, proximity: string | null, industryName: string | null, fit: string | null, supplyPartners: Array<{ id: string, name: string, nameEn: string | null }> | null, present: Array<{ id: string, name: string, nameEn: string | null }> | null } }> };

export type TargetsQueryVariables = Exact<{
  chainId: string | number;
  parkId?: string | number | null | undefined;
  limit?: number | null | undefined;
}>;


export type TargetsQuery = { targets: { total: number, items: Array<{ score: number, relevance: string, inferred: boolean, enterprise: { id: string, name: string, nameEn: string | null, stockCode: string | null, industries: Array<{ id: string, name: string, nameEn: string | null }>, region: { id: string, name: string, nameEn: string | null } | null }, gapSegment: { id: string, name: string, nameEn: string | null }, segment: { id: string, name: string, nameEn: string | null }, park: { id: string, name: string, nameEn: string | null, region: { id: string, name: string, nameEn: string | null } | null } | null, parts: Array<{ key: string, label: string, points: number, values: { relevance: string | null, role: string | null, salesYi: number | null, capacityProduct: string | null, capacityValue: number | null, capacityUnit: string | null, proximity: string | null, industryName: string | null, fit: string | null, supplyPartners: Array<{ id: string, name: string, nameEn: string | null }> | null, present: Array<{ id: string, name: string, nameEn: string | null }> | null } }> }> } };

export type FiveListsQueryVariables = Exact<{
  id: string | number;
  chainId?: string | number | null | undefined;
}>;


export type FiveListsQuery = { park: { id: string, fiveLists: { policies: Array<{ id: string, name: string, nameEn: string | null, kind: string, issued: string | null, park: { id: string, name: string, nameEn: string | null } | null }>, leadingFirms: Array<{ id: string, name: string, nameEn: string | null, roles: Array<EnterpriseRole>, park: { id: string, name: string, nameEn: string | null } | null }>, supportingFirms: Array<{ id: string, name: string, nameEn: string | null, roles: Array<EnterpriseRole>, park: { id: string, name: string, nameEn: string | null } | null }>, keyProjects: Array<{ id: string, name: string, nameEn: string | null, status: ProjectStatus | null, investmentCny: number | null, investorName: string | null, investor: { id: string, name: string, nameEn: string | null } | null, park: { id: string, name: string, nameEn: string | null } | null }>, investmentLeads: Array<{ score: number, relevance: string, inferred: boolean, enterprise: { id: string, name: string, nameEn: string | null, stockCode: string | null, industries: Array<{ id: string, name: string, nameEn: string | null }>, region: { id: string, name: string, nameEn: string | null } | null }, gapSegment: { id: string, name: string, nameEn: string | null }, segment: { id: string, name: string, nameEn: string | null }, park: { id: string, name: string, nameEn: string | null, region: { id: string, name: string, nameEn: string | null } | null } | null, parts: Array<{ key: string, label: string, points: number, values: { relevance: string | null, role: string | null, salesYi: number | null, capacityProduct: string | null, capacityValue: number | null, capacityUnit: string | null, proximity: string | null, industryName: string | null, fit: string | null, supplyPartners: Array<{ id: string, name: string, nameEn: string | null }> | null, present: Array<{ id: string, name: string, nameEn: string | null }> | null } }> }> } } | null };

export type ProjectReviewQueryVariables = Exact<{
  id: string | number;
  chainId?: string | number | null | undefined;
}>;


export type ProjectReviewQuery = { park: { id: string, projectReview: { counted: Array<{ id: string, name: string, nameEn: string | null, status: ProjectStatus | null }>, excluded: Array<{ reason: string, reasonKey: string, project: { id: string, name: string, nameEn: string | null } }>, rates: Array<{ key: string, label: string, numerator: number, denominator: number, rate: number | null, projects: Array<{ id: string, name: string, nameEn: string | null, status: ProjectStatus | null }> }> }, leading: { leadingFirms: Array<{ id: string, name: string, nameEn: string | null, roles: Array<EnterpriseRole>, park: { id: string, name: string, nameEn: string | null } | null }> } } | null };

export type RegionOverviewQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type RegionOverviewQuery = { regionOverview: { region: { kind: RegionOverviewKind, id: string, name: string, nameEn: string | null, level: string | null, parks: number, firms: number, chains: Array<{ chainId: string, completeness: { percent: number } }> } | null, path: Array<{ id: string, name: string, nameEn: string | null, level: string }>, chains: Array<{ id: string, name: string, nameEn: string | null }>, children: Array<{ kind: RegionOverviewKind, id: string, name: string, nameEn: string | null, level: string | null, parks: number, firms: number, chains: Array<{ chainId: string, completeness: { percent: number } }> }>, parks: Array<{ kind: RegionOverviewKind, id: string, name: string, nameEn: string | null, level: string | null, parks: number, firms: number, chains: Array<{ chainId: string, completeness: { percent: number } }> }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, totalCountCapped: boolean, edges: Array<{ node: { id: string, type: SearchType, name: string, nameEn: string | null, score: number, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { chainId: string, id: string }
          | { id: string }
         } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, role: Role } | null };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { token: string, expiresAt: string, me: { username: string, role: Role } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainsQuery = { chains: Array<{ id: string, name: string, nameEn: string | null, description: string | null, descriptionEn: string | null, segments: Array<{ id: string, name: string, nameEn: string | null, stage: Stage, order: number, parentId: string | null, enterpriseCount: number }>, flows: Array<{ fromId: string, toId: string, crossChain: boolean, from: { id: string, name: string, nameEn: string | null, chainId: string, stage: Stage, order: number }, to: { id: string, name: string, nameEn: string | null, chainId: string, stage: Stage, order: number } }> }> };

export type ParkOptionsQueryVariables = Exact<{
  query?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  chainId?: string | number | null | undefined;
  regionId?: string | number | null | undefined;
}>;


export type ParkOptionsQuery = { parksConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameEn: string | null, parent: { id: string } | null } }> } };

export type ParkNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ParkNameQuery = { park: { id: string, name: string, nameEn: string | null } | null };

export type WidgetChainMapQueryVariables = Exact<{
  chainId: string | number;
  parkId?: string | number | null | undefined;
  regionId?: string | number | null | undefined;
  asOf?: string | null | undefined;
  scoped: boolean;
}>;


export type WidgetChainMapQuery = { chain: { id: string, name: string, nameEn: string | null, segments: Array<{ id: string, name: string, nameEn: string | null, stage: Stage, order: number, parentId: string | null, enterpriseCount: number }>, flows: Array<{ fromId: string, toId: string, from: { id: string, name: string, nameEn: string | null, chainId: string, stage: Stage, order: number }, to: { id: string, name: string, nameEn: string | null, chainId: string, stage: Stage, order: number } }>, sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, publisherEn: string | null, date: string | null }> } | null, chainMap?: { truncated: boolean, scope: { id: string, kind: string, name: string, nameEn: string | null } | null, nodes: Array<{ id: string, type: string, label: string, labelEn: string | null, status: string | null }>, edges: Array<{ type: string, source: string, target: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AnalystResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment AnalystResultFields on AnalystResult {
  columns
  rows
  rowCount
  truncated
  ms
  graph {
    truncated
    nodes {
      id
      label
      labelEn
      type
      kind
    }
    edges {
      id
      source
      target
      type
    }
  }
}
    `, {"fragmentName":"AnalystResultFields"}) as unknown as TypedDocumentString<AnalystResultFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  title
  titleEn
  publisher
  publisherEn
  date
  dateApprox
  reference
  kind
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const SheetReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment SheetReportFields on SheetImportReport {
  dryRun
  refused
  batchId
  kind
  fileName
  encoding
  counts {
    read
    create
    update
    match
    skip
    errors
    review
    relationships
  }
  errors {
    line
    field
    message
  }
  review {
    line
    key
    name
    decision
    candidates {
      id
      name
      why
    }
  }
  rows {
    line
    name
    action
    reason
    targetId
    changes {
      field
      before
      after
    }
    errors {
      line
      field
      message
    }
  }
  unknownHeaders
  columns {
    key
    header
    required
  }
}
    `, {"fragmentName":"SheetReportFields"}) as unknown as TypedDocumentString<SheetReportFieldsFragment, unknown>;
export const KeptRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment KeptRecordFields on ImportKeptRecord {
  id
  name
  label
  reason
  by
  at
  fields
  batchId
}
    `, {"fragmentName":"KeptRecordFields"}) as unknown as TypedDocumentString<KeptRecordFieldsFragment, unknown>;
export const TargetFieldsFragmentDoc = new TypedDocumentString(`
    fragment TargetFields on TargetCandidate {
  enterprise {
    id
    name
    nameEn
    stockCode
    industries {
      id
      name
      nameEn
    }
    region {
      id
      name
      nameEn
    }
  }
  gapSegment {
    id
    name
    nameEn
  }
  segment {
    id
    name
    nameEn
  }
  park {
    id
    name
    nameEn
    region {
      id
      name
      nameEn
    }
  }
  score
  relevance
  inferred
  parts {
    key
    label
    points
    values {
      relevance
      role
      salesYi
      capacityProduct
      capacityValue
      capacityUnit
      supplyPartners {
        id
        name
        nameEn
      }
      proximity
      industryName
      fit
      present {
        id
        name
        nameEn
      }
    }
  }
}
    `, {"fragmentName":"TargetFields"}) as unknown as TypedDocumentString<TargetFieldsFragment, unknown>;
export const SavedQueriesDocument = new TypedDocumentString(`
    query SavedQueries {
  savedQueries {
    id
    title
    titleEn
    description
    params {
      name
      type
      required
      default
      description
      pick
    }
  }
}
    `) as unknown as TypedDocumentString<SavedQueriesQuery, SavedQueriesQueryVariables>;
export const RunSavedQueryDocument = new TypedDocumentString(`
    query RunSavedQuery($id: ID!, $params: JSON) {
  runSavedQuery(id: $id, params: $params) {
    ...AnalystResultFields
  }
}
    fragment AnalystResultFields on AnalystResult {
  columns
  rows
  rowCount
  truncated
  ms
  graph {
    truncated
    nodes {
      id
      label
      labelEn
      type
      kind
    }
    edges {
      id
      source
      target
      type
    }
  }
}`) as unknown as TypedDocumentString<RunSavedQueryQuery, RunSavedQueryQueryVariables>;
export const CypherDocument = new TypedDocumentString(`
    query Cypher($query: String!, $params: JSON) {
  cypher(query: $query, params: $params) {
    ...AnalystResultFields
  }
}
    fragment AnalystResultFields on AnalystResult {
  columns
  rows
  rowCount
  truncated
  ms
  graph {
    truncated
    nodes {
      id
      label
      labelEn
      type
      kind
    }
    edges {
      id
      source
      target
      type
    }
  }
}`) as unknown as TypedDocumentString<CypherQuery, CypherQueryVariables>;
export const AnalystPickOptionsDocument = new TypedDocumentString(`
    query AnalystPickOptions($segments: Boolean!) {
  chains {
    id
    name
    nameEn
    segments @include(if: $segments) {
      id
      name
      nameEn
      order
      parentId
    }
  }
}
    `) as unknown as TypedDocumentString<AnalystPickOptionsQuery, AnalystPickOptionsQueryVariables>;
export const AnalystPickEnterpriseDocument = new TypedDocumentString(`
    query AnalystPickEnterprise($text: String!) {
  search(text: $text, first: 10, types: [ENTERPRISE]) {
    edges {
      node {
        id
        name
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnalystPickEnterpriseQuery, AnalystPickEnterpriseQueryVariables>;
export const SegmentGapDocument = new TypedDocumentString(`
    query SegmentGap($chainId: ID!, $parkId: ID, $regionId: ID, $segmentId: ID!, $limit: Int) {
  targets(
    chainId: $chainId
    parkId: $parkId
    regionId: $regionId
    segmentId: $segmentId
    limit: $limit
  ) {
    total
    gaps {
      segment {
        id
      }
      status
      reasonKey
      inferredOnly
      since
      enterprises {
        id
        name
        nameEn
      }
      projects {
        id
        name
        nameEn
        status
      }
      sources {
        id
        title
        titleEn
        publisher
        date
        dateApprox
      }
    }
    items {
      ...TargetFields
    }
  }
}
    fragment TargetFields on TargetCandidate {
  enterprise {
    id
    name
    nameEn
    stockCode
    industries {
      id
      name
      nameEn
    }
    region {
      id
      name
      nameEn
    }
  }
  gapSegment {
    id
    name
    nameEn
  }
  segment {
    id
    name
    nameEn
  }
  park {
    id
    name
    nameEn
    region {
      id
      name
      nameEn
    }
  }
  score
  relevance
  inferred
  parts {
    key
    label
    points
    values {
      relevance
      role
      salesYi
      capacityProduct
      capacityValue
      capacityUnit
      supplyPartners {
        id
        name
        nameEn
      }
      proximity
      industryName
      fit
      present {
        id
        name
        nameEn
      }
    }
  }
}`) as unknown as TypedDocumentString<SegmentGapQuery, SegmentGapQueryVariables>;
export const NearestSupplyDocument = new TypedDocumentString(`
    query NearestSupply($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String) {
  gapReport(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf) {
    segments {
      segment {
        id
      }
      status
      nearestSupply {
        enterprise {
          id
          name
          nameEn
        }
        nearness
        park {
          id
          name
          nameEn
        }
        inferred
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NearestSupplyQuery, NearestSupplyQueryVariables>;
export const ChainMapDocument = new TypedDocumentString(`
    query ChainMap($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String) {
  chainMap(
    chainId: $chainId
    parkId: $parkId
    regionId: $regionId
    asOf: $asOf
    includeEnterprises: true
    includeProjects: true
  ) {
    truncated
    dateRange {
      earliest
      latest
    }
    completeness {
      percent
      present
      pipeline
      missing
    }
    scope {
      kind
      id
      name
      nameEn
    }
    nodes {
      id
      type
      kind
      label
      labelEn
      stage
      order
      status
      parentId
      data
    }
    edges {
      id
      source
      target
      type
      kind
      inferred
      crossChain
    }
  }
}
    `) as unknown as TypedDocumentString<ChainMapQuery, ChainMapQueryVariables>;
export const ScopeOptionsDocument = new TypedDocumentString(`
    query ScopeOptions($chainId: ID, $regionId: ID, $query: String, $first: Int!, $after: String) {
  parksConnection(
    chainId: $chainId
    regionId: $regionId
    query: $query
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        nameEn
        region {
          id
          name
          nameEn
          level
          parent {
            id
            name
            nameEn
            level
            parent {
              id
              name
              nameEn
              level
              parent {
                id
                name
                nameEn
                level
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeOptionsQuery, ScopeOptionsQueryVariables>;
export const CompareParksDocument = new TypedDocumentString(`
    query CompareParks($chainId: ID!, $parkIds: [ID!]!, $asOf: String) {
  compareParks(chainId: $chainId, parkIds: $parkIds, asOf: $asOf) {
    segments {
      id
      name
      nameEn
      stage
      order
      parentId
    }
    rows {
      park {
        id
        name
        nameEn
      }
      completeness {
        score
        percent
      }
      statuses
    }
  }
}
    `) as unknown as TypedDocumentString<CompareParksQuery, CompareParksQueryVariables>;
export const NodeDetailDocument = new TypedDocumentString(`
    query NodeDetail($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Cited {
      sources {
        ...SourceFields
      }
    }
    ... on Enterprise {
      name
      nameEn
      note
      roles
      founded
      products
      stockCode
      exchange
      listedOn
      industries {
        code
        name
        nameEn
      }
      park {
        id
        name
        nameEn
      }
      region {
        id
        name
        nameEn
      }
      segments {
        inferred
        basis
        segment {
          id
          name
          nameEn
          chainId
        }
      }
      figures {
        id
        metric
        metricEn
        value
        unit
        period
        qualifier
      }
      projects {
        id
        name
        nameEn
        status
      }
    }
    ... on Project {
      name
      nameEn
      note
      status
      statusAsOf
      investmentCny
      landMu
      landM2
      investorName
      investor {
        id
        name
        nameEn
      }
      park {
        id
        name
        nameEn
      }
      region {
        id
        name
        nameEn
      }
      segments {
        inferred
        basis
        segment {
          id
          name
          nameEn
          chainId
        }
      }
      capacity {
        id
        product
        productEn
        value
        unit
        qualifier
      }
      dates {
        signed
        fundsArrived
        started
        toppedOut
        trialProduction
        inProduction
        fullCapacity
        completed
        lost
        plannedStart
        plannedProduction
        plannedCompletion
      }
    }
    ... on Park {
      name
      nameEn
      note
      kind
      parent {
        id
        name
        nameEn
      }
      region {
        id
        name
        nameEn
      }
      subParks {
        id
        name
        nameEn
      }
      figures {
        id
        metric
        metricEn
        value
        unit
        period
        qualifier
      }
    }
    ... on Segment {
      name
      nameEn
      note
      stage
      chainId
      enterpriseCount
      segProducts: products
      projects {
        id
        name
        nameEn
        status
      }
    }
    ... on Region {
      name
      nameEn
    }
    ... on Chain {
      name
      nameEn
    }
    ... on Institution {
      name
      nameEn
      note
      park {
        id
        name
        nameEn
      }
      region {
        id
        name
        nameEn
      }
    }
    ... on Source {
      title
      titleEn
      publisher
      date
      file
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  titleEn
  publisher
  publisherEn
  date
  dateApprox
  reference
  kind
}`) as unknown as TypedDocumentString<NodeDetailQuery, NodeDetailQueryVariables>;
export const SegmentPublicDocument = new TypedDocumentString(`
    query SegmentPublic($id: ID!) {
  segment(id: $id) {
    id
    name
    nameEn
    note
    stage
    chainId
    enterpriseCount
    products
    sources {
      ...SourceFields
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  titleEn
  publisher
  publisherEn
  date
  dateApprox
  reference
  kind
}`) as unknown as TypedDocumentString<SegmentPublicQuery, SegmentPublicQueryVariables>;
export const EditSourcesDocument = new TypedDocumentString(`
    query EditSources {
  sources {
    id
    title
    titleEn
    publisher
    date
    kind
  }
}
    `) as unknown as TypedDocumentString<EditSourcesQuery, EditSourcesQueryVariables>;
export const EditChainsDocument = new TypedDocumentString(`
    query EditChains {
  chains(includeEmpty: true) {
    id
    name
    nameEn
    segments {
      id
      name
      nameEn
      stage
      order
      parentId
    }
  }
}
    `) as unknown as TypedDocumentString<EditChainsQuery, EditChainsQueryVariables>;
export const EditEnterpriseSearchDocument = new TypedDocumentString(`
    query EditEnterpriseSearch($text: String!) {
  search(text: $text, types: [ENTERPRISE], first: 8) {
    edges {
      node {
        id
        name
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditEnterpriseSearchQuery, EditEnterpriseSearchQueryVariables>;
export const EditEnterpriseDocument = new TypedDocumentString(`
    query EditEnterprise($id: ID!) {
  enterprise(id: $id) {
    id
    name
    nameEn
    shortName
    aliases
    founded
    note
    products
    roles
    park {
      id
      name
      nameEn
    }
    segments {
      segment {
        id
        name
        nameEn
        chainId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditEnterpriseQuery, EditEnterpriseQueryVariables>;
export const EditProjectDocument = new TypedDocumentString(`
    query EditProject($id: ID!) {
  project(id: $id) {
    id
    name
    nameEn
    phase
    note
    status
    statusAsOf
    investmentCny
    investmentQualifier
    investorName
    annualOutputCny
    landMu
    landM2
    floorAreaM2
    investor {
      id
      name
      nameEn
    }
    park {
      id
      name
      nameEn
    }
    segments {
      segment {
        id
        name
        nameEn
        chainId
      }
    }
    dates {
      plannedStart
      plannedProduction
      plannedCompletion
    }
    capacity {
      id
      product
      value
      unit
      qualifier
    }
  }
}
    `) as unknown as TypedDocumentString<EditProjectQuery, EditProjectQueryVariables>;
export const NodeChangesDocument = new TypedDocumentString(`
    query NodeChanges($targetId: ID!) {
  changes(targetId: $targetId, first: 20) {
    id
    action
    at
    by
    reason
    enteredByHand
    before
    after
    source {
      id
      title
      titleEn
    }
  }
}
    `) as unknown as TypedDocumentString<NodeChangesQuery, NodeChangesQueryVariables>;
export const CreateEnterpriseDocument = new TypedDocumentString(`
    mutation CreateEnterprise($input: CreateEnterpriseInput!, $source: ID, $reason: String) {
  createEnterprise(input: $input, source: $source, reason: $reason) {
    enterprise {
      id
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>;
export const UpdateEnterpriseDocument = new TypedDocumentString(`
    mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!, $source: ID, $reason: String) {
  updateEnterprise(id: $id, input: $input, source: $source, reason: $reason) {
    enterprise {
      id
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const DeleteEnterpriseDocument = new TypedDocumentString(`
    mutation DeleteEnterprise($id: ID!, $source: ID, $reason: String) {
  deleteEnterprise(id: $id, source: $source, reason: $reason) {
    deletedId
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteEnterpriseMutation, DeleteEnterpriseMutationVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($input: CreateProjectInput!, $source: ID, $reason: String) {
  createProject(input: $input, source: $source, reason: $reason) {
    project {
      id
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = new TypedDocumentString(`
    mutation UpdateProject($id: ID!, $input: UpdateProjectInput!, $source: ID, $reason: String) {
  updateProject(id: $id, input: $input, source: $source, reason: $reason) {
    project {
      id
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const DeleteProjectDocument = new TypedDocumentString(`
    mutation DeleteProject($id: ID!, $source: ID, $reason: String) {
  deleteProject(id: $id, source: $source, reason: $reason) {
    deletedId
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteProjectMutation, DeleteProjectMutationVariables>;
export const MoveProjectStatusDocument = new TypedDocumentString(`
    mutation MoveProjectStatus($id: ID!, $status: ProjectStatus!, $date: String!, $source: ID, $reason: String) {
  moveProjectStatus(
    id: $id
    status: $status
    date: $date
    source: $source
    reason: $reason
  ) {
    project {
      id
      status
      statusAsOf
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MoveProjectStatusMutation, MoveProjectStatusMutationVariables>;
export const LinkEnterpriseParkDocument = new TypedDocumentString(`
    mutation LinkEnterprisePark($input: LinkInput!, $source: ID, $reason: String) {
  result: linkEnterprisePark(input: $input, source: $source, reason: $reason) {
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LinkEnterpriseParkMutation, LinkEnterpriseParkMutationVariables>;
export const UnlinkEnterpriseParkDocument = new TypedDocumentString(`
    mutation UnlinkEnterprisePark($input: UnlinkInput!, $source: ID, $reason: String) {
  result: unlinkEnterprisePark(input: $input, source: $source, reason: $reason) {
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UnlinkEnterpriseParkMutation, UnlinkEnterpriseParkMutationVariables>;
export const LinkEnterpriseSegmentDocument = new TypedDocumentString(`
    mutation LinkEnterpriseSegment($input: LinkInput!, $source: ID, $reason: String) {
  result: linkEnterpriseSegment(input: $input, source: $source, reason: $reason) {
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LinkEnterpriseSegmentMutation, LinkEnterpriseSegmentMutationVariables>;
export const UnlinkEnterpriseSegmentDocument = new TypedDocumentString(`
    mutation UnlinkEnterpriseSegment($input: UnlinkInput!, $source: ID, $reason: String) {
  result: unlinkEnterpriseSegment(input: $input, source: $source, reason: $reason) {
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UnlinkEnterpriseSegmentMutation, UnlinkEnterpriseSegmentMutationVariables>;
export const LinkProjectParkDocument = new TypedDocumentString(`
    mutation LinkProjectPark($input: LinkInput!, $source: ID, $reason: String) {
  result: linkProjectPark(input: $input, source: $source, reason: $reason) {
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LinkProjectParkMutation, LinkProjectParkMutationVariables>;
export const UnlinkProjectParkDocument = new TypedDocumentString(`
    mutation UnlinkProjectPark($input: UnlinkInput!, $source: ID, $reason: String) {
  result: unlinkProjectPark(input: $input, source: $source, reason: $reason) {
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UnlinkProjectParkMutation, UnlinkProjectParkMutationVariables>;
export const LinkProjectSegmentDocument = new TypedDocumentString(`
    mutation LinkProjectSegment($input: LinkInput!, $source: ID, $reason: String) {
  result: linkProjectSegment(input: $input, source: $source, reason: $reason) {
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LinkProjectSegmentMutation, LinkProjectSegmentMutationVariables>;
export const UnlinkProjectSegmentDocument = new TypedDocumentString(`
    mutation UnlinkProjectSegment($input: UnlinkInput!, $source: ID, $reason: String) {
  result: unlinkProjectSegment(input: $input, source: $source, reason: $reason) {
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UnlinkProjectSegmentMutation, UnlinkProjectSegmentMutationVariables>;
export const LinkProjectInvestorDocument = new TypedDocumentString(`
    mutation LinkProjectInvestor($input: LinkInput!, $source: ID, $reason: String) {
  result: linkProjectInvestor(input: $input, source: $source, reason: $reason) {
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LinkProjectInvestorMutation, LinkProjectInvestorMutationVariables>;
export const UnlinkProjectInvestorDocument = new TypedDocumentString(`
    mutation UnlinkProjectInvestor($input: UnlinkInput!, $source: ID, $reason: String) {
  result: unlinkProjectInvestor(input: $input, source: $source, reason: $reason) {
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UnlinkProjectInvestorMutation, UnlinkProjectInvestorMutationVariables>;
export const ChainSourcesDocument = new TypedDocumentString(`
    query ChainSources($id: ID!) {
  chain(id: $id) {
    id
    sources {
      id
      title
      titleEn
      publisher
      publisherEn
      date
    }
  }
}
    `) as unknown as TypedDocumentString<ChainSourcesQuery, ChainSourcesQueryVariables>;
export const ExploreNeighborhoodDocument = new TypedDocumentString(`
    query ExploreNeighborhood($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    nodes {
      id
      type
      label
      labelEn
      stage
    }
    edges {
      id
      source
      target
      type
      crossChain
      inferred
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<ExploreNeighborhoodQuery, ExploreNeighborhoodQueryVariables>;
export const ExplorePathsDocument = new TypedDocumentString(`
    query ExplorePaths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {
    nodes {
      id
      type
      label
      labelEn
      stage
    }
    edges {
      id
      source
      target
      type
      crossChain
      inferred
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<ExplorePathsQuery, ExplorePathsQueryVariables>;
export const HomeParksDocument = new TypedDocumentString(`
    query HomeParks($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {
  parksConnection(
    query: $query
    first: $first
    after: $after
    chainId: $chainId
    regionId: $regionId
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        nameEn
        kind
        parent {
          id
        }
        region {
          id
          name
          nameEn
        }
        enterprises(first: 0, includeSubParks: true) {
          totalCount
        }
        projects(first: 0, includeSubParks: true) {
          totalCount
        }
        chains {
          chain {
            id
            name
            nameEn
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeParksQuery, HomeParksQueryVariables>;
export const ImportDryRunDocument = new TypedDocumentString(`
    mutation ImportDryRun($kind: SheetKind!, $file: File!, $encoding: SheetEncoding, $mapping: [ImportColumnMappingInput!]) {
  importDryRun(kind: $kind, file: $file, encoding: $encoding, mapping: $mapping) {
    ...SheetReportFields
  }
}
    fragment SheetReportFields on SheetImportReport {
  dryRun
  refused
  batchId
  kind
  fileName
  encoding
  counts {
    read
    create
    update
    match
    skip
    errors
    review
    relationships
  }
  errors {
    line
    field
    message
  }
  review {
    line
    key
    name
    decision
    candidates {
      id
      name
      why
    }
  }
  rows {
    line
    name
    action
    reason
    targetId
    changes {
      field
      before
      after
    }
    errors {
      line
      field
      message
    }
  }
  unknownHeaders
  columns {
    key
    header
    required
  }
}`) as unknown as TypedDocumentString<ImportDryRunMutation, ImportDryRunMutationVariables>;
export const ImportCommitDocument = new TypedDocumentString(`
    mutation ImportCommit($kind: SheetKind!, $file: File!, $encoding: SheetEncoding, $mapping: [ImportColumnMappingInput!], $decisions: [ImportDecisionInput!]) {
  importCommit(
    kind: $kind
    file: $file
    encoding: $encoding
    mapping: $mapping
    decisions: $decisions
  ) {
    ...SheetReportFields
  }
}
    fragment SheetReportFields on SheetImportReport {
  dryRun
  refused
  batchId
  kind
  fileName
  encoding
  counts {
    read
    create
    update
    match
    skip
    errors
    review
    relationships
  }
  errors {
    line
    field
    message
  }
  review {
    line
    key
    name
    decision
    candidates {
      id
      name
      why
    }
  }
  rows {
    line
    name
    action
    reason
    targetId
    changes {
      field
      before
      after
    }
    errors {
      line
      field
      message
    }
  }
  unknownHeaders
  columns {
    key
    header
    required
  }
}`) as unknown as TypedDocumentString<ImportCommitMutation, ImportCommitMutationVariables>;
export const ImportBatchesDocument = new TypedDocumentString(`
    query ImportBatches($limit: Int) {
  importBatches(limit: $limit) {
    id
    kind
    source
    who
    at
    status
    kept
    undoneBy
    undoneAt
    counts {
      create
      update
      match
      skip
      errors
      relationships
    }
  }
}
    `) as unknown as TypedDocumentString<ImportBatchesQuery, ImportBatchesQueryVariables>;
export const UndoImportDocument = new TypedDocumentString(`
    mutation UndoImport($batchId: ID!, $onlySafe: Boolean) {
  undoImport(batchId: $batchId, onlySafe: $onlySafe) {
    deleted
    restored
    unlinked
    batch {
      id
      status
      kept
    }
    undone {
      id
      name
      label
      action
    }
    kept {
      ...KeptRecordFields
    }
  }
}
    fragment KeptRecordFields on ImportKeptRecord {
  id
  name
  label
  reason
  by
  at
  fields
  batchId
}`) as unknown as TypedDocumentString<UndoImportMutation, UndoImportMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($by: String, $targetId: ID, $parkId: ID, $batchId: String, $from: String, $to: String, $first: Int) {
  auditLog(
    by: $by
    targetId: $targetId
    parkId: $parkId
    batchId: $batchId
    from: $from
    to: $to
    first: $first
  ) {
    id
    action
    targetId
    targetLabel
    by
    at
    reason
    batchId
    undoOf
    before
    after
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const ImportWhoDocument = new TypedDocumentString(`
    query ImportWho {
  me {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<ImportWhoQuery, ImportWhoQueryVariables>;
export const ParkDashboardDocument = new TypedDocumentString(`
    query ParkDashboard($id: ID!) {
  park(id: $id) {
    id
    dashboard {
      enterprises
      anchors
      listed
      projects {
        status
        count
        withInvestment
        investmentCny
      }
      chains {
        chain {
          id
          name
          nameEn
        }
        completeness {
          score
          percent
          present
          pipeline
          missing
          counted
        }
        trend {
          year
          completeness {
            score
            percent
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ParkDashboardQuery, ParkDashboardQueryVariables>;
export const ParkChoicesDocument = new TypedDocumentString(`
    query ParkChoices($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {
  parksConnection(
    query: $query
    first: $first
    after: $after
    chainId: $chainId
    regionId: $regionId
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        nameEn
        kind
        region {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ParkChoicesQuery, ParkChoicesQueryVariables>;
export const ParkDocument = new TypedDocumentString(`
    query Park($id: ID!) {
  park(id: $id) {
    id
    name
    nameEn
    kind
    level
    region {
      id
      name
      nameEn
    }
    parent {
      id
      name
      nameEn
    }
    subParks {
      id
      name
      nameEn
    }
    leadChain {
      id
    }
    chains {
      chain {
        id
        name
        nameEn
      }
      chainChief {
        chief
        fourHeads
        note
      }
      designation
      note
    }
    institutions {
      id
      name
      nameEn
      kind
      serves {
        chain {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ParkQuery, ParkQueryVariables>;
export const GapReportDocument = new TypedDocumentString(`
    query GapReport($chainId: ID!, $parkId: ID, $asOf: String) {
  gapReport(chainId: $chainId, parkId: $parkId, asOf: $asOf) {
    asOf
    completeness {
      score
      percent
      counted
      present
      pipeline
      missing
      parts {
        segment {
          id
          name
          nameEn
        }
        status
        weight
        inferredOnly
      }
    }
    segments {
      segment {
        id
        name
        nameEn
        stage
        order
        parentId
      }
      status
      inferredOnly
      viaSubSegment
      enterprises {
        enterprise {
          id
          name
          nameEn
          shortName
        }
        inferred
        counts
      }
      projects {
        project {
          id
          name
          nameEn
          status
        }
        statusAt
        inferred
        counts
      }
      nearestSupply {
        enterprise {
          id
          name
          nameEn
        }
        nearness
        park {
          id
          name
          nameEn
        }
        inferred
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GapReportQuery, GapReportQueryVariables>;
export const TargetsDocument = new TypedDocumentString(`
    query Targets($chainId: ID!, $parkId: ID, $limit: Int) {
  targets(chainId: $chainId, parkId: $parkId, limit: $limit) {
    total
    items {
      ...TargetFields
    }
  }
}
    fragment TargetFields on TargetCandidate {
  enterprise {
    id
    name
    nameEn
    stockCode
    industries {
      id
      name
      nameEn
    }
    region {
      id
      name
      nameEn
    }
  }
  gapSegment {
    id
    name
    nameEn
  }
  segment {
    id
    name
    nameEn
  }
  park {
    id
    name
    nameEn
    region {
      id
      name
      nameEn
    }
  }
  score
  relevance
  inferred
  parts {
    key
    label
    points
    values {
      relevance
      role
      salesYi
      capacityProduct
      capacityValue
      capacityUnit
      supplyPartners {
        id
        name
        nameEn
      }
      proximity
      industryName
      fit
      present {
        id
        name
        nameEn
      }
    }
  }
}`) as unknown as TypedDocumentString<TargetsQuery, TargetsQueryVariables>;
export const FiveListsDocument = new TypedDocumentString(`
    query FiveLists($id: ID!, $chainId: ID) {
  park(id: $id) {
    id
    fiveLists(chainId: $chainId) {
      policies {
        id
        name
        nameEn
        kind
        issued
        park {
          id
          name
          nameEn
        }
      }
      leadingFirms {
        id
        name
        nameEn
        roles
        park {
          id
          name
          nameEn
        }
      }
      supportingFirms {
        id
        name
        nameEn
        roles
        park {
          id
          name
          nameEn
        }
      }
      keyProjects {
        id
        name
        nameEn
        status
        investmentCny
        investorName
        investor {
          id
          name
          nameEn
        }
        park {
          id
          name
          nameEn
        }
      }
      investmentLeads(limit: 10) {
        ...TargetFields
      }
    }
  }
}
    fragment TargetFields on TargetCandidate {
  enterprise {
    id
    name
    nameEn
    stockCode
    industries {
      id
      name
      nameEn
    }
    region {
      id
      name
      nameEn
    }
  }
  gapSegment {
    id
    name
    nameEn
  }
  segment {
    id
    name
    nameEn
  }
  park {
    id
    name
    nameEn
    region {
      id
      name
      nameEn
    }
  }
  score
  relevance
  inferred
  parts {
    key
    label
    points
    values {
      relevance
      role
      salesYi
      capacityProduct
      capacityValue
      capacityUnit
      supplyPartners {
        id
        name
        nameEn
      }
      proximity
      industryName
      fit
      present {
        id
        name
        nameEn
      }
    }
  }
}`) as unknown as TypedDocumentString<FiveListsQuery, FiveListsQueryVariables>;
export const ProjectReviewDocument = new TypedDocumentString(`
    query ProjectReview($id: ID!, $chainId: ID) {
  park(id: $id) {
    id
    projectReview(chainId: $chainId) {
      counted {
        id
        name
        nameEn
        status
      }
      excluded {
        project {
          id
          name
          nameEn
        }
        reason
        reasonKey
      }
      rates {
        key
        label
        numerator
        denominator
        rate
        projects {
          id
          name
          nameEn
          status
        }
      }
    }
    leading: fiveLists(chainId: $chainId) {
      leadingFirms {
        id
        name
        nameEn
        roles
        park {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectReviewQuery, ProjectReviewQueryVariables>;
export const RegionOverviewDocument = new TypedDocumentString(`
    query RegionOverview($id: ID) {
  regionOverview(id: $id) {
    region {
      kind
      id
      name
      nameEn
      level
      parks
      firms
      chains {
        chainId
        completeness {
          percent
        }
      }
    }
    path {
      id
      name
      nameEn
      level
    }
    chains {
      id
      name
      nameEn
    }
    children {
      kind
      id
      name
      nameEn
      level
      parks
      firms
      chains {
        chainId
        completeness {
          percent
        }
      }
    }
    parks {
      kind
      id
      name
      nameEn
      level
      parks
      firms
      chains {
        chainId
        completeness {
          percent
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionOverviewQuery, RegionOverviewQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    totalCount
    totalCountCapped
    edges {
      node {
        id
        type
        name
        nameEn
        score
        node {
          id
          ... on Segment {
            chainId
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    username
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) {
    token
    expiresAt
    me {
      username
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ChainsDocument = new TypedDocumentString(`
    query Chains {
  chains {
    id
    name
    nameEn
    description
    descriptionEn
    segments {
      id
      name
      nameEn
      stage
      order
      parentId
      enterpriseCount
    }
    flows {
      fromId
      toId
      crossChain
      from {
        id
        name
        nameEn
        chainId
        stage
        order
      }
      to {
        id
        name
        nameEn
        chainId
        stage
        order
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChainsQuery, ChainsQueryVariables>;
export const ParkOptionsDocument = new TypedDocumentString(`
    query ParkOptions($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {
  parksConnection(
    query: $query
    first: $first
    after: $after
    chainId: $chainId
    regionId: $regionId
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        nameEn
        parent {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ParkOptionsQuery, ParkOptionsQueryVariables>;
export const ParkNameDocument = new TypedDocumentString(`
    query ParkName($id: ID!) {
  park(id: $id) {
    id
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<ParkNameQuery, ParkNameQueryVariables>;
export const WidgetChainMapDocument = new TypedDocumentString(`
    query WidgetChainMap($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String, $scoped: Boolean!) {
  chain(id: $chainId) {
    id
    name
    nameEn
    segments {
      id
      name
      nameEn
      stage
      order
      parentId
      enterpriseCount
    }
    flows {
      fromId
      toId
      from {
        id
        name
        nameEn
        chainId
        stage
        order
      }
      to {
        id
        name
        nameEn
        chainId
        stage
        order
      }
    }
    sources {
      id
      title
      titleEn
      publisher
      publisherEn
      date
    }
  }
  chainMap(
    chainId: $chainId
    parkId: $parkId
    regionId: $regionId
    asOf: $asOf
    includeEnterprises: true
  ) @include(if: $scoped) {
    truncated
    scope {
      id
      kind
      name
      nameEn
    }
    nodes {
      id
      type
      label
      labelEn
      status
    }
    edges {
      type
      source
      target
    }
  }
}
    `) as unknown as TypedDocumentString<WidgetChainMapQuery, WidgetChainMapQueryVariables>;