/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type LinkInput = {
  /** Why the link is made when it is inferred. */
  basis?: string | null | undefined;
  fromId: string | number;
  /** The document does not say it outright (segment, supply and chain links); then give a basis. */
  inferred?: boolean | null | undefined;
  toId: string | number;
};

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

export type SourceKind =
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

export type EditSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type EditSourcesQuery = { sources: Array<{ id: string, title: string, titleEn: string | null, publisher: string | null, date: string | null, kind: SourceKind }> };

export type EditParksQueryVariables = Exact<{ [key: string]: never; }>;


export type EditParksQuery = { parks: Array<{ id: string, name: string, nameEn: string | null, parent: { id: string } | null }> };

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


export type EditProjectQuery = { project: { id: string, name: string, nameEn: string | null, phase: string | null, note: string | null, status: ProjectStatus | null, statusAsOf: string | null, investmentCny: number | null, investmentQualifier: Qualifier | null, investorName: string | null, annualOutputCny: number | null, landMu: number | null, landM2: number | null, floorAreaM2: number | null, investor: { id: string, name: string, nameEn: string | null } | null, park: { id: string, name: string, nameEn: string | null } | null, segments: Array<{ segment: { id: string, name: string, nameEn: string | null, chainId: string } }>, dates: { plannedStart: string | null, plannedProduction: string | null, plannedCompletion: string | null } } | null };

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


export type LinkEnterpriseParkMutation = { linkEnterprisePark: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type UnlinkEnterpriseParkMutationVariables = Exact<{
  input: UnlinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UnlinkEnterpriseParkMutation = { unlinkEnterprisePark: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type LinkEnterpriseSegmentMutationVariables = Exact<{
  input: LinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type LinkEnterpriseSegmentMutation = { linkEnterpriseSegment: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type UnlinkEnterpriseSegmentMutationVariables = Exact<{
  input: UnlinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UnlinkEnterpriseSegmentMutation = { unlinkEnterpriseSegment: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type LinkProjectParkMutationVariables = Exact<{
  input: LinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type LinkProjectParkMutation = { linkProjectPark: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type UnlinkProjectParkMutationVariables = Exact<{
  input: UnlinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UnlinkProjectParkMutation = { unlinkProjectPark: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type LinkProjectSegmentMutationVariables = Exact<{
  input: LinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type LinkProjectSegmentMutation = { linkProjectSegment: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type UnlinkProjectSegmentMutationVariables = Exact<{
  input: UnlinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UnlinkProjectSegmentMutation = { unlinkProjectSegment: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type LinkProjectInvestorMutationVariables = Exact<{
  input: LinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type LinkProjectInvestorMutation = { linkProjectInvestor: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type UnlinkProjectInvestorMutationVariables = Exact<{
  input: UnlinkInput;
  source?: string | number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UnlinkProjectInvestorMutation = { unlinkProjectInvestor: { errors: Array<{ field: string, message: string, code: FieldErrorCode }> } };

export type ChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainsQuery = { chains: Array<{ id: string, name: string, nameEn: string | null, description: string | null, descriptionEn: string | null, segments: Array<{ id: string, name: string, nameEn: string | null, stage: Stage, order: number, parentId: string | null, enterpriseCount: number }>, flows: Array<{ fromId: string, toId: string, crossChain: boolean, from: { id: string, name: string, nameEn: string | null, chainId: string, stage: Stage, order: number }, to: { id: string, name: string, nameEn: string | null, chainId: string, stage: Stage, order: number } }> }> };

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
export const EditParksDocument = new TypedDocumentString(`
    query EditParks {
  parks {
    id
    name
    nameEn
    parent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EditParksQuery, EditParksQueryVariables>;
export const EditChainsDocument = new TypedDocumentString(`
    query EditChains {
  chains {
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
  linkEnterprisePark(input: $input, source: $source, reason: $reason) {
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
  unlinkEnterprisePark(input: $input, source: $source, reason: $reason) {
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
  linkEnterpriseSegment(input: $input, source: $source, reason: $reason) {
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
  unlinkEnterpriseSegment(input: $input, source: $source, reason: $reason) {
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
  linkProjectPark(input: $input, source: $source, reason: $reason) {
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
  unlinkProjectPark(input: $input, source: $source, reason: $reason) {
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
  linkProjectSegment(input: $input, source: $source, reason: $reason) {
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
  unlinkProjectSegment(input: $input, source: $source, reason: $reason) {
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
  linkProjectInvestor(input: $input, source: $source, reason: $reason) {
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
  unlinkProjectInvestor(input: $input, source: $source, reason: $reason) {
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UnlinkProjectInvestorMutation, UnlinkProjectInvestorMutationVariables>;
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