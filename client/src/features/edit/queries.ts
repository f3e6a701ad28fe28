// Operations of the editor forms (docs/editing.md): the data a form starts from, the pick lists,
// and the mutations. Every mutation answers `errors: [FieldError]` instead of throwing, so the
// forms can put each refusal next to its input.
import { graphql } from '../../gql';

export const EDIT_SOURCES_QUERY = graphql(`
  query EditSources {
    sources { id title titleEn publisher date kind }
  }
`);

export const EDIT_CHAINS_QUERY = graphql(`
  query EditChains {
    # Editors may link a firm to a chain that has no template yet (数字经济): ask for every chain.
    chains(includeEmpty: true) { id name nameEn segments { id name nameEn stage order parentId } }
  }
`);

export const EDIT_ENTERPRISE_SEARCH = graphql(`
  query EditEnterpriseSearch($text: String!) {
    search(text: $text, types: [ENTERPRISE], first: 8) {
      edges { node { id name nameEn } }
    }
  }
`);

export const EDIT_ENTERPRISE_QUERY = graphql(`
  query EditEnterprise($id: ID!) {
    enterprise(id: $id) {
      id name nameEn shortName aliases founded note products roles
      park { id name nameEn }
      segments { segment { id name nameEn chainId } }
    }
  }
`);

export const EDIT_PROJECT_QUERY = graphql(`
  query EditProject($id: ID!) {
    project(id: $id) {
      id name nameEn phase note status statusAsOf
      investmentCny investmentQualifier investorName annualOutputCny landMu landM2 floorAreaM2
      investor { id name nameEn }
      park { id name nameEn }
      segments { segment { id name nameEn chainId } }
      dates { plannedStart plannedProduction plannedCompletion }
      capacity { id product value unit qualifier }
    }
  }
`);

export const NODE_CHANGES_QUERY = graphql(`
  query NodeChanges($targetId: ID!) {
    changes(targetId: $targetId, first: 20) {
      id action at by reason enteredByHand before after
      source { id title titleEn }
    }
  }
`);

export const CREATE_ENTERPRISE = graphql(`
  mutation CreateEnterprise($input: CreateEnterpriseInput!, $source: ID, $reason: String) {
    createEnterprise(input: $input, source: $source, reason: $reason) {
      enterprise { id }
      errors { field message code }
    }
  }
`);

export const UPDATE_ENTERPRISE = graphql(`
  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!, $source: ID, $reason: String) {
    updateEnterprise(id: $id, input: $input, source: $source, reason: $reason) {
      enterprise { id }
      errors { field message code }
    }
  }
`);

export const DELETE_ENTERPRISE = graphql(`
  mutation DeleteEnterprise($id: ID!, $source: ID, $reason: String) {
    deleteEnterprise(id: $id, source: $source, reason: $reason) {
      deletedId
      errors { field message code }
    }
  }
`);

export const CREATE_PROJECT = graphql(`
  mutation CreateProject($input: CreateProjectInput!, $source: ID, $reason: String) {
    createProject(input: $input, source: $source, reason: $reason) {
      project { id }
      errors { field message code }
    }
  }
`);

export const UPDATE_PROJECT = graphql(`
  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!, $source: ID, $reason: String) {
    updateProject(id: $id, input: $input, source: $source, reason: $reason) {
      project { id }
      errors { field message code }
    }
  }
`);

export const DELETE_PROJECT = graphql(`
  mutation DeleteProject($id: ID!, $source: ID, $reason: String) {
    deleteProject(id: $id, source: $source, reason: $reason) {
      deletedId
      errors { field message code }
    }
  }
`);

export const MOVE_PROJECT_STATUS = graphql(`
  mutation MoveProjectStatus($id: ID!, $status: ProjectStatus!, $date: String!, $source: ID, $reason: String) {
    moveProjectStatus(id: $id, status: $status, date: $date, source: $source, reason: $reason) {
      project { id status statusAsOf }
      errors { field message code }
    }
  }
`);

// One document per link kind: the relationship type is chosen by the mutation, never by input.
// Each answers under the alias `result`, so all of them share one result type.
export const LINK_MUTATIONS = {
  linkEnterprisePark: graphql(`
    mutation LinkEnterprisePark($input: LinkInput!, $source: ID, $reason: String) {
      result: linkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }
    }
  `),
  unlinkEnterprisePark: graphql(`
    mutation UnlinkEnterprisePark($input: UnlinkInput!, $source: ID, $reason: String) {
      result: unlinkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }
    }
  `),
  linkEnterpriseSegment: graphql(`
    mutation LinkEnterpriseSegment($input: LinkInput!, $source: ID, $reason: String) {
      result: linkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }
    }
  `),
  unlinkEnterpriseSegment: graphql(`
    mutation UnlinkEnterpriseSegment($input: UnlinkInput!, $source: ID, $reason: String) {
      result: unlinkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }
    }
  `),
  linkProjectPark: graphql(`
    mutation LinkProjectPark($input: LinkInput!, $source: ID, $reason: String) {
      result: linkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }
    }
  `),
  unlinkProjectPark: graphql(`
    mutation UnlinkProjectPark($input: UnlinkInput!, $source: ID, $reason: String) {
      result: unlinkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }
    }
  `),
  linkProjectSegment: graphql(`
    mutation LinkProjectSegment($input: LinkInput!, $source: ID, $reason: String) {
      result: linkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }
    }
  `),
  unlinkProjectSegment: graphql(`
    mutation UnlinkProjectSegment($input: UnlinkInput!, $source: ID, $reason: String) {
      result: unlinkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }
    }
  `),
  linkProjectInvestor: graphql(`
    mutation LinkProjectInvestor($input: LinkInput!, $source: ID, $reason: String) {
      result: linkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }
    }
  `),
  unlinkProjectInvestor: graphql(`
    mutation UnlinkProjectInvestor($input: UnlinkInput!, $source: ID, $reason: String) {
      result: unlinkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }
    }
  `),
};
