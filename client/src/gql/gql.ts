/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query EditSources {\n    sources { id title titleEn publisher date kind }\n  }\n": typeof types.EditSourcesDocument,
    "\n  query EditParks {\n    parks { id name nameEn parent { id } }\n  }\n": typeof types.EditParksDocument,
    "\n  query EditChains {\n    chains { id name nameEn segments { id name nameEn stage order parentId } }\n  }\n": typeof types.EditChainsDocument,
    "\n  query EditEnterpriseSearch($text: String!) {\n    search(text: $text, types: [ENTERPRISE], first: 8) {\n      edges { node { id name nameEn } }\n    }\n  }\n": typeof types.EditEnterpriseSearchDocument,
    "\n  query EditEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id name nameEn shortName aliases founded note products roles\n      park { id name nameEn }\n      segments { segment { id name nameEn chainId } }\n    }\n  }\n": typeof types.EditEnterpriseDocument,
    "\n  query EditProject($id: ID!) {\n    project(id: $id) {\n      id name nameEn phase note status statusAsOf\n      investmentCny investmentQualifier investorName annualOutputCny landMu landM2 floorAreaM2\n      investor { id name nameEn }\n      park { id name nameEn }\n      segments { segment { id name nameEn chainId } }\n      dates { plannedStart plannedProduction plannedCompletion }\n    }\n  }\n": typeof types.EditProjectDocument,
    "\n  query NodeChanges($targetId: ID!) {\n    changes(targetId: $targetId, first: 20) {\n      id action at by reason enteredByHand before after\n      source { id title titleEn }\n    }\n  }\n": typeof types.NodeChangesDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!, $source: ID, $reason: String) {\n    createEnterprise(input: $input, source: $source, reason: $reason) {\n      enterprise { id }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateEnterpriseDocument,
    "\n  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!, $source: ID, $reason: String) {\n    updateEnterprise(id: $id, input: $input, source: $source, reason: $reason) {\n      enterprise { id }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateEnterpriseDocument,
    "\n  mutation DeleteEnterprise($id: ID!, $source: ID, $reason: String) {\n    deleteEnterprise(id: $id, source: $source, reason: $reason) {\n      deletedId\n      errors { field message code }\n    }\n  }\n": typeof types.DeleteEnterpriseDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!, $source: ID, $reason: String) {\n    createProject(input: $input, source: $source, reason: $reason) {\n      project { id }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!, $source: ID, $reason: String) {\n    updateProject(id: $id, input: $input, source: $source, reason: $reason) {\n      project { id }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation DeleteProject($id: ID!, $source: ID, $reason: String) {\n    deleteProject(id: $id, source: $source, reason: $reason) {\n      deletedId\n      errors { field message code }\n    }\n  }\n": typeof types.DeleteProjectDocument,
    "\n  mutation MoveProjectStatus($id: ID!, $status: ProjectStatus!, $date: String!, $source: ID, $reason: String) {\n    moveProjectStatus(id: $id, status: $status, date: $date, source: $source, reason: $reason) {\n      project { id status statusAsOf }\n      errors { field message code }\n    }\n  }\n": typeof types.MoveProjectStatusDocument,
    "\n    mutation LinkEnterprisePark($input: LinkInput!, $source: ID, $reason: String) {\n      linkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.LinkEnterpriseParkDocument,
    "\n    mutation UnlinkEnterprisePark($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.UnlinkEnterpriseParkDocument,
    "\n    mutation LinkEnterpriseSegment($input: LinkInput!, $source: ID, $reason: String) {\n      linkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.LinkEnterpriseSegmentDocument,
    "\n    mutation UnlinkEnterpriseSegment($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.UnlinkEnterpriseSegmentDocument,
    "\n    mutation LinkProjectPark($input: LinkInput!, $source: ID, $reason: String) {\n      linkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.LinkProjectParkDocument,
    "\n    mutation UnlinkProjectPark($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.UnlinkProjectParkDocument,
    "\n    mutation LinkProjectSegment($input: LinkInput!, $source: ID, $reason: String) {\n      linkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.LinkProjectSegmentDocument,
    "\n    mutation UnlinkProjectSegment($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.UnlinkProjectSegmentDocument,
    "\n    mutation LinkProjectInvestor($input: LinkInput!, $source: ID, $reason: String) {\n      linkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.LinkProjectInvestorDocument,
    "\n    mutation UnlinkProjectInvestor($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.UnlinkProjectInvestorDocument,
    "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      descriptionEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        crossChain\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n    }\n  }\n": typeof types.ChainsDocument,
};
const documents: Documents = {
    "\n  query EditSources {\n    sources { id title titleEn publisher date kind }\n  }\n": types.EditSourcesDocument,
    "\n  query EditParks {\n    parks { id name nameEn parent { id } }\n  }\n": types.EditParksDocument,
    "\n  query EditChains {\n    chains { id name nameEn segments { id name nameEn stage order parentId } }\n  }\n": types.EditChainsDocument,
    "\n  query EditEnterpriseSearch($text: String!) {\n    search(text: $text, types: [ENTERPRISE], first: 8) {\n      edges { node { id name nameEn } }\n    }\n  }\n": types.EditEnterpriseSearchDocument,
    "\n  query EditEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id name nameEn shortName aliases founded note products roles\n      park { id name nameEn }\n      segments { segment { id name nameEn chainId } }\n    }\n  }\n": types.EditEnterpriseDocument,
    "\n  query EditProject($id: ID!) {\n    project(id: $id) {\n      id name nameEn phase note status statusAsOf\n      investmentCny investmentQualifier investorName annualOutputCny landMu landM2 floorAreaM2\n      investor { id name nameEn }\n      park { id name nameEn }\n      segments { segment { id name nameEn chainId } }\n      dates { plannedStart plannedProduction plannedCompletion }\n    }\n  }\n": types.EditProjectDocument,
    "\n  query NodeChanges($targetId: ID!) {\n    changes(targetId: $targetId, first: 20) {\n      id action at by reason enteredByHand before after\n      source { id title titleEn }\n    }\n  }\n": types.NodeChangesDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!, $source: ID, $reason: String) {\n    createEnterprise(input: $input, source: $source, reason: $reason) {\n      enterprise { id }\n      errors { field message code }\n    }\n  }\n": types.CreateEnterpriseDocument,
    "\n  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!, $source: ID, $reason: String) {\n    updateEnterprise(id: $id, input: $input, source: $source, reason: $reason) {\n      enterprise { id }\n      errors { field message code }\n    }\n  }\n": types.UpdateEnterpriseDocument,
    "\n  mutation DeleteEnterprise($id: ID!, $source: ID, $reason: String) {\n    deleteEnterprise(id: $id, source: $source, reason: $reason) {\n      deletedId\n      errors { field message code }\n    }\n  }\n": types.DeleteEnterpriseDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!, $source: ID, $reason: String) {\n    createProject(input: $input, source: $source, reason: $reason) {\n      project { id }\n      errors { field message code }\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!, $source: ID, $reason: String) {\n    updateProject(id: $id, input: $input, source: $source, reason: $reason) {\n      project { id }\n      errors { field message code }\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation DeleteProject($id: ID!, $source: ID, $reason: String) {\n    deleteProject(id: $id, source: $source, reason: $reason) {\n      deletedId\n      errors { field message code }\n    }\n  }\n": types.DeleteProjectDocument,
    "\n  mutation MoveProjectStatus($id: ID!, $status: ProjectStatus!, $date: String!, $source: ID, $reason: String) {\n    moveProjectStatus(id: $id, status: $status, date: $date, source: $source, reason: $reason) {\n      project { id status statusAsOf }\n      errors { field message code }\n    }\n  }\n": types.MoveProjectStatusDocument,
    "\n    mutation LinkEnterprisePark($input: LinkInput!, $source: ID, $reason: String) {\n      linkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.LinkEnterpriseParkDocument,
    "\n    mutation UnlinkEnterprisePark($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.UnlinkEnterpriseParkDocument,
    "\n    mutation LinkEnterpriseSegment($input: LinkInput!, $source: ID, $reason: String) {\n      linkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.LinkEnterpriseSegmentDocument,
    "\n    mutation UnlinkEnterpriseSegment($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.UnlinkEnterpriseSegmentDocument,
    "\n    mutation LinkProjectPark($input: LinkInput!, $source: ID, $reason: String) {\n      linkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.LinkProjectParkDocument,
    "\n    mutation UnlinkProjectPark($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.UnlinkProjectParkDocument,
    "\n    mutation LinkProjectSegment($input: LinkInput!, $source: ID, $reason: String) {\n      linkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.LinkProjectSegmentDocument,
    "\n    mutation UnlinkProjectSegment($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.UnlinkProjectSegmentDocument,
    "\n    mutation LinkProjectInvestor($input: LinkInput!, $source: ID, $reason: String) {\n      linkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.LinkProjectInvestorDocument,
    "\n    mutation UnlinkProjectInvestor($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.UnlinkProjectInvestorDocument,
    "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      descriptionEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        crossChain\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n    }\n  }\n": types.ChainsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditSources {\n    sources { id title titleEn publisher date kind }\n  }\n"): typeof import('./graphql').EditSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditParks {\n    parks { id name nameEn parent { id } }\n  }\n"): typeof import('./graphql').EditParksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditChains {\n    chains { id name nameEn segments { id name nameEn stage order parentId } }\n  }\n"): typeof import('./graphql').EditChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditEnterpriseSearch($text: String!) {\n    search(text: $text, types: [ENTERPRISE], first: 8) {\n      edges { node { id name nameEn } }\n    }\n  }\n"): typeof import('./graphql').EditEnterpriseSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id name nameEn shortName aliases founded note products roles\n      park { id name nameEn }\n      segments { segment { id name nameEn chainId } }\n    }\n  }\n"): typeof import('./graphql').EditEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditProject($id: ID!) {\n    project(id: $id) {\n      id name nameEn phase note status statusAsOf\n      investmentCny investmentQualifier investorName annualOutputCny landMu landM2 floorAreaM2\n      investor { id name nameEn }\n      park { id name nameEn }\n      segments { segment { id name nameEn chainId } }\n      dates { plannedStart plannedProduction plannedCompletion }\n    }\n  }\n"): typeof import('./graphql').EditProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeChanges($targetId: ID!) {\n    changes(targetId: $targetId, first: 20) {\n      id action at by reason enteredByHand before after\n      source { id title titleEn }\n    }\n  }\n"): typeof import('./graphql').NodeChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!, $source: ID, $reason: String) {\n    createEnterprise(input: $input, source: $source, reason: $reason) {\n      enterprise { id }\n      errors { field message code }\n    }\n  }\n"): typeof import('./graphql').CreateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!, $source: ID, $reason: String) {\n    updateEnterprise(id: $id, input: $input, source: $source, reason: $reason) {\n      enterprise { id }\n      errors { field message code }\n    }\n  }\n"): typeof import('./graphql').UpdateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEnterprise($id: ID!, $source: ID, $reason: String) {\n    deleteEnterprise(id: $id, source: $source, reason: $reason) {\n      deletedId\n      errors { field message code }\n    }\n  }\n"): typeof import('./graphql').DeleteEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!, $source: ID, $reason: String) {\n    createProject(input: $input, source: $source, reason: $reason) {\n      project { id }\n      errors { field message code }\n    }\n  }\n"): typeof import('./graphql').CreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!, $source: ID, $reason: String) {\n    updateProject(id: $id, input: $input, source: $source, reason: $reason) {\n      project { id }\n      errors { field message code }\n    }\n  }\n"): typeof import('./graphql').UpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProject($id: ID!, $source: ID, $reason: String) {\n    deleteProject(id: $id, source: $source, reason: $reason) {\n      deletedId\n      errors { field message code }\n    }\n  }\n"): typeof import('./graphql').DeleteProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveProjectStatus($id: ID!, $status: ProjectStatus!, $date: String!, $source: ID, $reason: String) {\n    moveProjectStatus(id: $id, status: $status, date: $date, source: $source, reason: $reason) {\n      project { id status statusAsOf }\n      errors { field message code }\n    }\n  }\n"): typeof import('./graphql').MoveProjectStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LinkEnterprisePark($input: LinkInput!, $source: ID, $reason: String) {\n      linkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').LinkEnterpriseParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UnlinkEnterprisePark($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').UnlinkEnterpriseParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LinkEnterpriseSegment($input: LinkInput!, $source: ID, $reason: String) {\n      linkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').LinkEnterpriseSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UnlinkEnterpriseSegment($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').UnlinkEnterpriseSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LinkProjectPark($input: LinkInput!, $source: ID, $reason: String) {\n      linkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').LinkProjectParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UnlinkProjectPark($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').UnlinkProjectParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LinkProjectSegment($input: LinkInput!, $source: ID, $reason: String) {\n      linkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').LinkProjectSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UnlinkProjectSegment($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').UnlinkProjectSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LinkProjectInvestor($input: LinkInput!, $source: ID, $reason: String) {\n      linkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').LinkProjectInvestorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UnlinkProjectInvestor($input: UnlinkInput!, $source: ID, $reason: String) {\n      unlinkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').UnlinkProjectInvestorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      descriptionEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        crossChain\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n    }\n  }\n"): typeof import('./graphql').ChainsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
