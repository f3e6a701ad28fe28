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
    "\n  query SavedQueries {\n    savedQueries { id title titleEn description params { name type required default description pick } }\n  }\n": typeof types.SavedQueriesDocument,
    "\n  fragment AnalystResultFields on AnalystResult {\n    columns rows rowCount truncated ms\n    graph { truncated nodes { id label labelEn type kind } edges { id source target type } }\n  }\n": typeof types.AnalystResultFieldsFragmentDoc,
    "\n  query RunSavedQuery($id: ID!, $params: JSON) {\n    runSavedQuery(id: $id, params: $params) { ...AnalystResultFields }\n  }\n": typeof types.RunSavedQueryDocument,
    "\n  query Cypher($query: String!, $params: JSON) {\n    cypher(query: $query, params: $params) { ...AnalystResultFields }\n  }\n": typeof types.CypherDocument,
    "\n  query AnalystPickOptions($segments: Boolean!) {\n    chains { id name nameEn segments @include(if: $segments) { id name nameEn order parentId } }\n  }\n": typeof types.AnalystPickOptionsDocument,
    "\n  query AnalystPickEnterprise($text: String!) {\n    search(text: $text, first: 10, types: [ENTERPRISE]) { edges { node { id name nameEn } } }\n  }\n": typeof types.AnalystPickEnterpriseDocument,
    "\n  query SegmentGap($chainId: ID!, $parkId: ID, $regionId: ID, $segmentId: ID!, $limit: Int) {\n    targets(chainId: $chainId, parkId: $parkId, regionId: $regionId, segmentId: $segmentId, limit: $limit) {\n      total\n      gaps {\n        segment { id }\n        status reasonKey inferredOnly since\n        enterprises { id name nameEn }\n        projects { id name nameEn status }\n        sources { id title titleEn publisher date dateApprox }\n      }\n      items { ...TargetFields }\n    }\n  }\n": typeof types.SegmentGapDocument,
    "\n  query NearestSupply($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String) {\n    gapReport(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf) {\n      segments {\n        segment { id }\n        status\n        nearestSupply { enterprise { id name nameEn } nearness park { id name nameEn } inferred }\n      }\n    }\n  }\n": typeof types.NearestSupplyDocument,
    "\n  query ChainMap($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String) {\n    chainMap(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf, includeEnterprises: true, includeProjects: true) {\n      truncated\n      dateRange { earliest latest }\n      completeness { percent present pipeline missing }\n      scope { kind id name nameEn }\n      nodes { id type kind label labelEn stage order status parentId data }\n      edges { id source target type kind inferred crossChain }\n    }\n  }\n": typeof types.ChainMapDocument,
    "\n  query ScopeOptions($chainId: ID, $regionId: ID, $query: String, $first: Int!, $after: String) {\n    parksConnection(chainId: $chainId, regionId: $regionId, query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name nameEn\n          region {\n            id name nameEn level\n            parent { id name nameEn level parent { id name nameEn level parent { id name nameEn level } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScopeOptionsDocument,
    "\n  query CompareParks($chainId: ID!, $parkIds: [ID!]!, $asOf: String) {\n    compareParks(chainId: $chainId, parkIds: $parkIds, asOf: $asOf) {\n      segments { id name nameEn stage order parentId }\n      rows { park { id name nameEn } completeness { score percent } statuses }\n    }\n  }\n": typeof types.CompareParksDocument,
    "\n  fragment SourceFields on Source { id title titleEn publisher publisherEn date dateApprox reference kind }\n": typeof types.SourceFieldsFragmentDoc,
    "\n  query NodeDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Cited { sources { ...SourceFields } }\n      ... on Enterprise {\n        name nameEn note roles founded products stockCode exchange listedOn\n        industries { code name nameEn }\n        park { id name nameEn } region { id name nameEn }\n        segments { inferred basis segment { id name nameEn chainId } }\n        figures { id metric metricEn value unit period qualifier }\n        projects { id name nameEn status }\n      }\n      ... on Project {\n        name nameEn note status statusAsOf investmentCny landMu landM2 investorName\n        investor { id name nameEn } park { id name nameEn } region { id name nameEn }\n        segments { inferred basis segment { id name nameEn chainId } }\n        capacity { id product productEn value unit qualifier }\n        dates {\n          signed fundsArrived started toppedOut trialProduction inProduction fullCapacity completed lost\n          plannedStart plannedProduction plannedCompletion\n        }\n      }\n      ... on Park {\n        name nameEn note kind\n        parent { id name nameEn } region { id name nameEn } subParks { id name nameEn }\n        figures { id metric metricEn value unit period qualifier }\n      }\n      ... on Segment {\n        name nameEn note stage chainId enterpriseCount segProducts: products\n        projects { id name nameEn status }\n      }\n      ... on Region { name nameEn }\n      ... on Chain { name nameEn }\n      ... on Institution { name nameEn note park { id name nameEn } region { id name nameEn } }\n      ... on Source { title titleEn publisher date file }\n    }\n  }\n": typeof types.NodeDetailDocument,
    "\n  query SegmentPublic($id: ID!) {\n    segment(id: $id) {\n      id name nameEn note stage chainId enterpriseCount products\n      sources { ...SourceFields }\n    }\n  }\n": typeof types.SegmentPublicDocument,
    "\n  query EditSources {\n    sources { id title titleEn publisher date kind }\n  }\n": typeof types.EditSourcesDocument,
    "\n  query EditChains {\n    # Editors may link a firm to a chain that has no template yet (数字经济): ask for every chain.\n    chains(includeEmpty: true) { id name nameEn segments { id name nameEn stage order parentId } }\n  }\n": typeof types.EditChainsDocument,
    "\n  query EditEnterpriseSearch($text: String!) {\n    search(text: $text, types: [ENTERPRISE], first: 8) {\n      edges { node { id name nameEn } }\n    }\n  }\n": typeof types.EditEnterpriseSearchDocument,
    "\n  query EditEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id name nameEn shortName aliases founded note products roles\n      park { id name nameEn }\n      segments { segment { id name nameEn chainId } }\n    }\n  }\n": typeof types.EditEnterpriseDocument,
    "\n  query EditProject($id: ID!) {\n    project(id: $id) {\n      id name nameEn phase note status statusAsOf\n      investmentCny investmentQualifier investorName annualOutputCny landMu landM2 floorAreaM2\n      investor { id name nameEn }\n      park { id name nameEn }\n      segments { segment { id name nameEn chainId } }\n      dates { plannedStart plannedProduction plannedCompletion }\n      capacity { id product value unit qualifier }\n    }\n  }\n": typeof types.EditProjectDocument,
    "\n  query NodeChanges($targetId: ID!) {\n    changes(targetId: $targetId, first: 20) {\n      id action at by reason enteredByHand before after\n      source { id title titleEn }\n    }\n  }\n": typeof types.NodeChangesDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!, $source: ID, $reason: String) {\n    createEnterprise(input: $input, source: $source, reason: $reason) {\n      enterprise { id }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateEnterpriseDocument,
    "\n  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!, $source: ID, $reason: String) {\n    updateEnterprise(id: $id, input: $input, source: $source, reason: $reason) {\n      enterprise { id }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateEnterpriseDocument,
    "\n  mutation DeleteEnterprise($id: ID!, $source: ID, $reason: String) {\n    deleteEnterprise(id: $id, source: $source, reason: $reason) {\n      deletedId\n      errors { field message code }\n    }\n  }\n": typeof types.DeleteEnterpriseDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!, $source: ID, $reason: String) {\n    createProject(input: $input, source: $source, reason: $reason) {\n      project { id }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!, $source: ID, $reason: String) {\n    updateProject(id: $id, input: $input, source: $source, reason: $reason) {\n      project { id }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation DeleteProject($id: ID!, $source: ID, $reason: String) {\n    deleteProject(id: $id, source: $source, reason: $reason) {\n      deletedId\n      errors { field message code }\n    }\n  }\n": typeof types.DeleteProjectDocument,
    "\n  mutation MoveProjectStatus($id: ID!, $status: ProjectStatus!, $date: String!, $source: ID, $reason: String) {\n    moveProjectStatus(id: $id, status: $status, date: $date, source: $source, reason: $reason) {\n      project { id status statusAsOf }\n      errors { field message code }\n    }\n  }\n": typeof types.MoveProjectStatusDocument,
    "\n    mutation LinkEnterprisePark($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.LinkEnterpriseParkDocument,
    "\n    mutation UnlinkEnterprisePark($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.UnlinkEnterpriseParkDocument,
    "\n    mutation LinkEnterpriseSegment($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.LinkEnterpriseSegmentDocument,
    "\n    mutation UnlinkEnterpriseSegment($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.UnlinkEnterpriseSegmentDocument,
    "\n    mutation LinkProjectPark($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.LinkProjectParkDocument,
    "\n    mutation UnlinkProjectPark($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.UnlinkProjectParkDocument,
    "\n    mutation LinkProjectSegment($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.LinkProjectSegmentDocument,
    "\n    mutation UnlinkProjectSegment($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.UnlinkProjectSegmentDocument,
    "\n    mutation LinkProjectInvestor($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.LinkProjectInvestorDocument,
    "\n    mutation UnlinkProjectInvestor($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": typeof types.UnlinkProjectInvestorDocument,
    "\n  query ChainSources($id: ID!) {\n    chain(id: $id) {\n      id\n      sources { id title titleEn publisher publisherEn date }\n    }\n  }\n": typeof types.ChainSourcesDocument,
    "\n  query ExploreNeighborhood($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {\n      nodes { id type label labelEn stage }\n      edges { id source target type crossChain inferred }\n      truncated\n    }\n  }\n": typeof types.ExploreNeighborhoodDocument,
    "\n  query ExplorePaths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {\n      nodes { id type label labelEn stage }\n      edges { id source target type crossChain inferred }\n      truncated\n    }\n  }\n": typeof types.ExplorePathsDocument,
    "\n  query HomeParks($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {\n    parksConnection(query: $query, first: $first, after: $after, chainId: $chainId, regionId: $regionId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          nameEn\n          kind\n          parent { id }\n          region { id name nameEn }\n          enterprises(first: 0, includeSubParks: true) { totalCount }\n          projects(first: 0, includeSubParks: true) { totalCount }\n          chains { chain { id name nameEn } }\n        }\n      }\n    }\n  }\n": typeof types.HomeParksDocument,
    "\n  mutation ImportDryRun($kind: SheetKind!, $file: File!, $encoding: SheetEncoding, $mapping: [ImportColumnMappingInput!]) {\n    importDryRun(kind: $kind, file: $file, encoding: $encoding, mapping: $mapping) {\n      ...SheetReportFields\n    }\n  }\n": typeof types.ImportDryRunDocument,
    "\n  mutation ImportCommit(\n    $kind: SheetKind!\n    $file: File!\n    $encoding: SheetEncoding\n    $mapping: [ImportColumnMappingInput!]\n    $decisions: [ImportDecisionInput!]\n  ) {\n    importCommit(kind: $kind, file: $file, encoding: $encoding, mapping: $mapping, decisions: $decisions) {\n      ...SheetReportFields\n    }\n  }\n": typeof types.ImportCommitDocument,
    "\n  fragment SheetReportFields on SheetImportReport {\n    dryRun\n    refused\n    batchId\n    kind\n    fileName\n    encoding\n    counts { read create update match skip errors review relationships }\n    errors { line field message }\n    review { line key name decision candidates { id name why } }\n    rows { line name action reason targetId changes { field before after } errors { line field message } }\n    unknownHeaders\n    columns { key header required }\n  }\n": typeof types.SheetReportFieldsFragmentDoc,
    "\n  query ImportBatches($limit: Int) {\n    importBatches(limit: $limit) {\n      id kind source who at status kept undoneBy undoneAt\n      counts { create update match skip errors relationships }\n    }\n  }\n": typeof types.ImportBatchesDocument,
    "\n  mutation UndoImport($batchId: ID!, $onlySafe: Boolean) {\n    undoImport(batchId: $batchId, onlySafe: $onlySafe) {\n      deleted\n      restored\n      unlinked\n      batch { id status kept }\n      undone { id name label action }\n      kept { ...KeptRecordFields }\n    }\n  }\n": typeof types.UndoImportDocument,
    "\n  fragment KeptRecordFields on ImportKeptRecord {\n    id name label reason by at fields batchId\n  }\n": typeof types.KeptRecordFieldsFragmentDoc,
    "\n  query AuditLog($by: String, $targetId: ID, $parkId: ID, $batchId: String, $from: String, $to: String, $first: Int) {\n    auditLog(by: $by, targetId: $targetId, parkId: $parkId, batchId: $batchId, from: $from, to: $to, first: $first) {\n      id action targetId targetLabel by at reason batchId undoOf before after\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query ImportWho {\n    me { id username }\n  }\n": typeof types.ImportWhoDocument,
    "\n  query ParkDashboard($id: ID!) {\n    park(id: $id) {\n      id\n      dashboard {\n        enterprises anchors listed\n        projects { status count withInvestment investmentCny }\n        chains {\n          chain { id name nameEn }\n          completeness { score percent present pipeline missing counted }\n          trend { year completeness { score percent } }\n        }\n      }\n    }\n  }\n": typeof types.ParkDashboardDocument,
    "\n  query ParkChoices($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {\n    parksConnection(query: $query, first: $first, after: $after, chainId: $chainId, regionId: $regionId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name nameEn kind region { id name nameEn } } }\n    }\n  }\n": typeof types.ParkChoicesDocument,
    "\n  query Park($id: ID!) {\n    park(id: $id) {\n      id name nameEn kind level region { id name nameEn }\n      parent { id name nameEn } subParks { id name nameEn }\n      leadChain { id }\n      chains { chain { id name nameEn } chainChief { chief fourHeads note } designation note }\n      institutions { id name nameEn kind serves { chain { id } } }\n    }\n  }\n": typeof types.ParkDocument,
    "\n  query GapReport($chainId: ID!, $parkId: ID, $asOf: String) {\n    gapReport(chainId: $chainId, parkId: $parkId, asOf: $asOf) {\n      asOf\n      completeness {\n        score percent counted present pipeline missing\n        parts { segment { id name nameEn } status weight inferredOnly }\n      }\n      segments {\n        segment { id name nameEn stage order parentId } status inferredOnly viaSubSegment\n        enterprises { enterprise { id name nameEn shortName } inferred counts }\n        projects { project { id name nameEn status } statusAt inferred counts }\n        nearestSupply { enterprise { id name nameEn } nearness park { id name nameEn } inferred }\n      }\n    }\n  }\n": typeof types.GapReportDocument,
    "\n  fragment TargetFields on TargetCandidate {\n    enterprise { id name nameEn stockCode industries { id name nameEn } region { id name nameEn } }\n    gapSegment { id name nameEn }\n    segment { id name nameEn }\n    park { id name nameEn region { id name nameEn } }\n    score relevance inferred\n    parts {\n      key label points\n      values { relevance role salesYi capacityProduct capacityValue capacityUnit supplyPartners { id name nameEn } proximity industryName fit present { id name nameEn } }\n    }\n  }\n": typeof types.TargetFieldsFragmentDoc,
    "\n  query Targets($chainId: ID!, $parkId: ID, $limit: Int) {\n    targets(chainId: $chainId, parkId: $parkId, limit: $limit) { total items { ...TargetFields } }\n  }\n": typeof types.TargetsDocument,
    "\n  query FiveLists($id: ID!, $chainId: ID) {\n    park(id: $id) {\n      id\n      fiveLists(chainId: $chainId) {\n        policies { id name nameEn kind issued park { id name nameEn } }\n        leadingFirms { id name nameEn roles park { id name nameEn } }\n        supportingFirms { id name nameEn roles park { id name nameEn } }\n        keyProjects {\n          id name nameEn status investmentCny investorName\n          investor { id name nameEn } park { id name nameEn }\n        }\n        investmentLeads(limit: 10) { ...TargetFields }\n      }\n    }\n  }\n": typeof types.FiveListsDocument,
    "\n  query ProjectReview($id: ID!, $chainId: ID) {\n    park(id: $id) {\n      id\n      projectReview(chainId: $chainId) {\n        counted { id name nameEn status }\n        excluded { project { id name nameEn } reason reasonKey }\n        rates { key label numerator denominator rate projects { id name nameEn status } }\n      }\n      # The review tab shows the chain's leading firms too: one read of the five lists\n      # (without their investment leads), so the tab needs no other tab's query.\n      leading: fiveLists(chainId: $chainId) { leadingFirms { id name nameEn roles park { id name nameEn } } }\n    }\n  }\n": typeof types.ProjectReviewDocument,
    "\n  query RegionOverview($id: ID) {\n    regionOverview(id: $id) {\n      region {\n        kind id name nameEn level parks firms\n        chains { chainId completeness { percent } }\n      }\n      path { id name nameEn level }\n      chains { id name nameEn }\n      children {\n        kind id name nameEn level parks firms\n        chains { chainId completeness { percent } }\n      }\n      parks {\n        kind id name nameEn level parks firms\n        chains { chainId completeness { percent } }\n      }\n    }\n  }\n": typeof types.RegionOverviewDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      totalCount\n      totalCountCapped\n      edges {\n        node {\n          id\n          type\n          name\n          nameEn\n          score\n          node { id ... on Segment { chainId } }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Me {\n    me { username role }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n      me { username role }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      descriptionEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        crossChain\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n    }\n  }\n": typeof types.ChainsDocument,
    "\n  query ParkOptions($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {\n    parksConnection(query: $query, first: $first, after: $after, chainId: $chainId, regionId: $regionId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name nameEn parent { id } } }\n    }\n  }\n": typeof types.ParkOptionsDocument,
    "\n  query ParkName($id: ID!) {\n    park(id: $id) { id name nameEn }\n  }\n": typeof types.ParkNameDocument,
    "\n  query WidgetChainMap($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String, $scoped: Boolean!) {\n    chain(id: $chainId) {\n      id\n      name\n      nameEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n      sources { id title titleEn publisher publisherEn date }\n    }\n    chainMap(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf, includeEnterprises: true) @include(if: $scoped) {\n      truncated\n      scope { id kind name nameEn }\n      nodes { id type label labelEn status }\n      edges { type source target }\n    }\n  }\n": typeof types.WidgetChainMapDocument,
};
const documents: Documents = {
    "\n  query SavedQueries {\n    savedQueries { id title titleEn description params { name type required default description pick } }\n  }\n": types.SavedQueriesDocument,
    "\n  fragment AnalystResultFields on AnalystResult {\n    columns rows rowCount truncated ms\n    graph { truncated nodes { id label labelEn type kind } edges { id source target type } }\n  }\n": types.AnalystResultFieldsFragmentDoc,
    "\n  query RunSavedQuery($id: ID!, $params: JSON) {\n    runSavedQuery(id: $id, params: $params) { ...AnalystResultFields }\n  }\n": types.RunSavedQueryDocument,
    "\n  query Cypher($query: String!, $params: JSON) {\n    cypher(query: $query, params: $params) { ...AnalystResultFields }\n  }\n": types.CypherDocument,
    "\n  query AnalystPickOptions($segments: Boolean!) {\n    chains { id name nameEn segments @include(if: $segments) { id name nameEn order parentId } }\n  }\n": types.AnalystPickOptionsDocument,
    "\n  query AnalystPickEnterprise($text: String!) {\n    search(text: $text, first: 10, types: [ENTERPRISE]) { edges { node { id name nameEn } } }\n  }\n": types.AnalystPickEnterpriseDocument,
    "\n  query SegmentGap($chainId: ID!, $parkId: ID, $regionId: ID, $segmentId: ID!, $limit: Int) {\n    targets(chainId: $chainId, parkId: $parkId, regionId: $regionId, segmentId: $segmentId, limit: $limit) {\n      total\n      gaps {\n        segment { id }\n        status reasonKey inferredOnly since\n        enterprises { id name nameEn }\n        projects { id name nameEn status }\n        sources { id title titleEn publisher date dateApprox }\n      }\n      items { ...TargetFields }\n    }\n  }\n": types.SegmentGapDocument,
    "\n  query NearestSupply($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String) {\n    gapReport(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf) {\n      segments {\n        segment { id }\n        status\n        nearestSupply { enterprise { id name nameEn } nearness park { id name nameEn } inferred }\n      }\n    }\n  }\n": types.NearestSupplyDocument,
    "\n  query ChainMap($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String) {\n    chainMap(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf, includeEnterprises: true, includeProjects: true) {\n      truncated\n      dateRange { earliest latest }\n      completeness { percent present pipeline missing }\n      scope { kind id name nameEn }\n      nodes { id type kind label labelEn stage order status parentId data }\n      edges { id source target type kind inferred crossChain }\n    }\n  }\n": types.ChainMapDocument,
    "\n  query ScopeOptions($chainId: ID, $regionId: ID, $query: String, $first: Int!, $after: String) {\n    parksConnection(chainId: $chainId, regionId: $regionId, query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name nameEn\n          region {\n            id name nameEn level\n            parent { id name nameEn level parent { id name nameEn level parent { id name nameEn level } } }\n          }\n        }\n      }\n    }\n  }\n": types.ScopeOptionsDocument,
    "\n  query CompareParks($chainId: ID!, $parkIds: [ID!]!, $asOf: String) {\n    compareParks(chainId: $chainId, parkIds: $parkIds, asOf: $asOf) {\n      segments { id name nameEn stage order parentId }\n      rows { park { id name nameEn } completeness { score percent } statuses }\n    }\n  }\n": types.CompareParksDocument,
    "\n  fragment SourceFields on Source { id title titleEn publisher publisherEn date dateApprox reference kind }\n": types.SourceFieldsFragmentDoc,
    "\n  query NodeDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Cited { sources { ...SourceFields } }\n      ... on Enterprise {\n        name nameEn note roles founded products stockCode exchange listedOn\n        industries { code name nameEn }\n        park { id name nameEn } region { id name nameEn }\n        segments { inferred basis segment { id name nameEn chainId } }\n        figures { id metric metricEn value unit period qualifier }\n        projects { id name nameEn status }\n      }\n      ... on Project {\n        name nameEn note status statusAsOf investmentCny landMu landM2 investorName\n        investor { id name nameEn } park { id name nameEn } region { id name nameEn }\n        segments { inferred basis segment { id name nameEn chainId } }\n        capacity { id product productEn value unit qualifier }\n        dates {\n          signed fundsArrived started toppedOut trialProduction inProduction fullCapacity completed lost\n          plannedStart plannedProduction plannedCompletion\n        }\n      }\n      ... on Park {\n        name nameEn note kind\n        parent { id name nameEn } region { id name nameEn } subParks { id name nameEn }\n        figures { id metric metricEn value unit period qualifier }\n      }\n      ... on Segment {\n        name nameEn note stage chainId enterpriseCount segProducts: products\n        projects { id name nameEn status }\n      }\n      ... on Region { name nameEn }\n      ... on Chain { name nameEn }\n      ... on Institution { name nameEn note park { id name nameEn } region { id name nameEn } }\n      ... on Source { title titleEn publisher date file }\n    }\n  }\n": types.NodeDetailDocument,
    "\n  query SegmentPublic($id: ID!) {\n    segment(id: $id) {\n      id name nameEn note stage chainId enterpriseCount products\n      sources { ...SourceFields }\n    }\n  }\n": types.SegmentPublicDocument,
    "\n  query EditSources {\n    sources { id title titleEn publisher date kind }\n  }\n": types.EditSourcesDocument,
    "\n  query EditChains {\n    # Editors may link a firm to a chain that has no template yet (数字经济): ask for every chain.\n    chains(includeEmpty: true) { id name nameEn segments { id name nameEn stage order parentId } }\n  }\n": types.EditChainsDocument,
    "\n  query EditEnterpriseSearch($text: String!) {\n    search(text: $text, types: [ENTERPRISE], first: 8) {\n      edges { node { id name nameEn } }\n    }\n  }\n": types.EditEnterpriseSearchDocument,
    "\n  query EditEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id name nameEn shortName aliases founded note products roles\n      park { id name nameEn }\n      segments { segment { id name nameEn chainId } }\n    }\n  }\n": types.EditEnterpriseDocument,
    "\n  query EditProject($id: ID!) {\n    project(id: $id) {\n      id name nameEn phase note status statusAsOf\n      investmentCny investmentQualifier investorName annualOutputCny landMu landM2 floorAreaM2\n      investor { id name nameEn }\n      park { id name nameEn }\n      segments { segment { id name nameEn chainId } }\n      dates { plannedStart plannedProduction plannedCompletion }\n      capacity { id product value unit qualifier }\n    }\n  }\n": types.EditProjectDocument,
    "\n  query NodeChanges($targetId: ID!) {\n    changes(targetId: $targetId, first: 20) {\n      id action at by reason enteredByHand before after\n      source { id title titleEn }\n    }\n  }\n": types.NodeChangesDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!, $source: ID, $reason: String) {\n    createEnterprise(input: $input, source: $source, reason: $reason) {\n      enterprise { id }\n      errors { field message code }\n    }\n  }\n": types.CreateEnterpriseDocument,
    "\n  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!, $source: ID, $reason: String) {\n    updateEnterprise(id: $id, input: $input, source: $source, reason: $reason) {\n      enterprise { id }\n      errors { field message code }\n    }\n  }\n": types.UpdateEnterpriseDocument,
    "\n  mutation DeleteEnterprise($id: ID!, $source: ID, $reason: String) {\n    deleteEnterprise(id: $id, source: $source, reason: $reason) {\n      deletedId\n      errors { field message code }\n    }\n  }\n": types.DeleteEnterpriseDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!, $source: ID, $reason: String) {\n    createProject(input: $input, source: $source, reason: $reason) {\n      project { id }\n      errors { field message code }\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!, $source: ID, $reason: String) {\n    updateProject(id: $id, input: $input, source: $source, reason: $reason) {\n      project { id }\n      errors { field message code }\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation DeleteProject($id: ID!, $source: ID, $reason: String) {\n    deleteProject(id: $id, source: $source, reason: $reason) {\n      deletedId\n      errors { field message code }\n    }\n  }\n": types.DeleteProjectDocument,
    "\n  mutation MoveProjectStatus($id: ID!, $status: ProjectStatus!, $date: String!, $source: ID, $reason: String) {\n    moveProjectStatus(id: $id, status: $status, date: $date, source: $source, reason: $reason) {\n      project { id status statusAsOf }\n      errors { field message code }\n    }\n  }\n": types.MoveProjectStatusDocument,
    "\n    mutation LinkEnterprisePark($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.LinkEnterpriseParkDocument,
    "\n    mutation UnlinkEnterprisePark($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.UnlinkEnterpriseParkDocument,
    "\n    mutation LinkEnterpriseSegment($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.LinkEnterpriseSegmentDocument,
    "\n    mutation UnlinkEnterpriseSegment($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.UnlinkEnterpriseSegmentDocument,
    "\n    mutation LinkProjectPark($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.LinkProjectParkDocument,
    "\n    mutation UnlinkProjectPark($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.UnlinkProjectParkDocument,
    "\n    mutation LinkProjectSegment($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.LinkProjectSegmentDocument,
    "\n    mutation UnlinkProjectSegment($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.UnlinkProjectSegmentDocument,
    "\n    mutation LinkProjectInvestor($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.LinkProjectInvestorDocument,
    "\n    mutation UnlinkProjectInvestor($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  ": types.UnlinkProjectInvestorDocument,
    "\n  query ChainSources($id: ID!) {\n    chain(id: $id) {\n      id\n      sources { id title titleEn publisher publisherEn date }\n    }\n  }\n": types.ChainSourcesDocument,
    "\n  query ExploreNeighborhood($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {\n      nodes { id type label labelEn stage }\n      edges { id source target type crossChain inferred }\n      truncated\n    }\n  }\n": types.ExploreNeighborhoodDocument,
    "\n  query ExplorePaths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {\n      nodes { id type label labelEn stage }\n      edges { id source target type crossChain inferred }\n      truncated\n    }\n  }\n": types.ExplorePathsDocument,
    "\n  query HomeParks($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {\n    parksConnection(query: $query, first: $first, after: $after, chainId: $chainId, regionId: $regionId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          nameEn\n          kind\n          parent { id }\n          region { id name nameEn }\n          enterprises(first: 0, includeSubParks: true) { totalCount }\n          projects(first: 0, includeSubParks: true) { totalCount }\n          chains { chain { id name nameEn } }\n        }\n      }\n    }\n  }\n": types.HomeParksDocument,
    "\n  mutation ImportDryRun($kind: SheetKind!, $file: File!, $encoding: SheetEncoding, $mapping: [ImportColumnMappingInput!]) {\n    importDryRun(kind: $kind, file: $file, encoding: $encoding, mapping: $mapping) {\n      ...SheetReportFields\n    }\n  }\n": types.ImportDryRunDocument,
    "\n  mutation ImportCommit(\n    $kind: SheetKind!\n    $file: File!\n    $encoding: SheetEncoding\n    $mapping: [ImportColumnMappingInput!]\n    $decisions: [ImportDecisionInput!]\n  ) {\n    importCommit(kind: $kind, file: $file, encoding: $encoding, mapping: $mapping, decisions: $decisions) {\n      ...SheetReportFields\n    }\n  }\n": types.ImportCommitDocument,
    "\n  fragment SheetReportFields on SheetImportReport {\n    dryRun\n    refused\n    batchId\n    kind\n    fileName\n    encoding\n    counts { read create update match skip errors review relationships }\n    errors { line field message }\n    review { line key name decision candidates { id name why } }\n    rows { line name action reason targetId changes { field before after } errors { line field message } }\n    unknownHeaders\n    columns { key header required }\n  }\n": types.SheetReportFieldsFragmentDoc,
    "\n  query ImportBatches($limit: Int) {\n    importBatches(limit: $limit) {\n      id kind source who at status kept undoneBy undoneAt\n      counts { create update match skip errors relationships }\n    }\n  }\n": types.ImportBatchesDocument,
    "\n  mutation UndoImport($batchId: ID!, $onlySafe: Boolean) {\n    undoImport(batchId: $batchId, onlySafe: $onlySafe) {\n      deleted\n      restored\n      unlinked\n      batch { id status kept }\n      undone { id name label action }\n      kept { ...KeptRecordFields }\n    }\n  }\n": types.UndoImportDocument,
    "\n  fragment KeptRecordFields on ImportKeptRecord {\n    id name label reason by at fields batchId\n  }\n": types.KeptRecordFieldsFragmentDoc,
    "\n  query AuditLog($by: String, $targetId: ID, $parkId: ID, $batchId: String, $from: String, $to: String, $first: Int) {\n    auditLog(by: $by, targetId: $targetId, parkId: $parkId, batchId: $batchId, from: $from, to: $to, first: $first) {\n      id action targetId targetLabel by at reason batchId undoOf before after\n    }\n  }\n": types.AuditLogDocument,
    "\n  query ImportWho {\n    me { id username }\n  }\n": types.ImportWhoDocument,
    "\n  query ParkDashboard($id: ID!) {\n    park(id: $id) {\n      id\n      dashboard {\n        enterprises anchors listed\n        projects { status count withInvestment investmentCny }\n        chains {\n          chain { id name nameEn }\n          completeness { score percent present pipeline missing counted }\n          trend { year completeness { score percent } }\n        }\n      }\n    }\n  }\n": types.ParkDashboardDocument,
    "\n  query ParkChoices($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {\n    parksConnection(query: $query, first: $first, after: $after, chainId: $chainId, regionId: $regionId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name nameEn kind region { id name nameEn } } }\n    }\n  }\n": types.ParkChoicesDocument,
    "\n  query Park($id: ID!) {\n    park(id: $id) {\n      id name nameEn kind level region { id name nameEn }\n      parent { id name nameEn } subParks { id name nameEn }\n      leadChain { id }\n      chains { chain { id name nameEn } chainChief { chief fourHeads note } designation note }\n      institutions { id name nameEn kind serves { chain { id } } }\n    }\n  }\n": types.ParkDocument,
    "\n  query GapReport($chainId: ID!, $parkId: ID, $asOf: String) {\n    gapReport(chainId: $chainId, parkId: $parkId, asOf: $asOf) {\n      asOf\n      completeness {\n        score percent counted present pipeline missing\n        parts { segment { id name nameEn } status weight inferredOnly }\n      }\n      segments {\n        segment { id name nameEn stage order parentId } status inferredOnly viaSubSegment\n        enterprises { enterprise { id name nameEn shortName } inferred counts }\n        projects { project { id name nameEn status } statusAt inferred counts }\n        nearestSupply { enterprise { id name nameEn } nearness park { id name nameEn } inferred }\n      }\n    }\n  }\n": types.GapReportDocument,
    "\n  fragment TargetFields on TargetCandidate {\n    enterprise { id name nameEn stockCode industries { id name nameEn } region { id name nameEn } }\n    gapSegment { id name nameEn }\n    segment { id name nameEn }\n    park { id name nameEn region { id name nameEn } }\n    score relevance inferred\n    parts {\n      key label points\n      values { relevance role salesYi capacityProduct capacityValue capacityUnit supplyPartners { id name nameEn } proximity industryName fit present { id name nameEn } }\n    }\n  }\n": types.TargetFieldsFragmentDoc,
    "\n  query Targets($chainId: ID!, $parkId: ID, $limit: Int) {\n    targets(chainId: $chainId, parkId: $parkId, limit: $limit) { total items { ...TargetFields } }\n  }\n": types.TargetsDocument,
    "\n  query FiveLists($id: ID!, $chainId: ID) {\n    park(id: $id) {\n      id\n      fiveLists(chainId: $chainId) {\n        policies { id name nameEn kind issued park { id name nameEn } }\n        leadingFirms { id name nameEn roles park { id name nameEn } }\n        supportingFirms { id name nameEn roles park { id name nameEn } }\n        keyProjects {\n          id name nameEn status investmentCny investorName\n          investor { id name nameEn } park { id name nameEn }\n        }\n        investmentLeads(limit: 10) { ...TargetFields }\n      }\n    }\n  }\n": types.FiveListsDocument,
    "\n  query ProjectReview($id: ID!, $chainId: ID) {\n    park(id: $id) {\n      id\n      projectReview(chainId: $chainId) {\n        counted { id name nameEn status }\n        excluded { project { id name nameEn } reason reasonKey }\n        rates { key label numerator denominator rate projects { id name nameEn status } }\n      }\n      # The review tab shows the chain's leading firms too: one read of the five lists\n      # (without their investment leads), so the tab needs no other tab's query.\n      leading: fiveLists(chainId: $chainId) { leadingFirms { id name nameEn roles park { id name nameEn } } }\n    }\n  }\n": types.ProjectReviewDocument,
    "\n  query RegionOverview($id: ID) {\n    regionOverview(id: $id) {\n      region {\n        kind id name nameEn level parks firms\n        chains { chainId completeness { percent } }\n      }\n      path { id name nameEn level }\n      chains { id name nameEn }\n      children {\n        kind id name nameEn level parks firms\n        chains { chainId completeness { percent } }\n      }\n      parks {\n        kind id name nameEn level parks firms\n        chains { chainId completeness { percent } }\n      }\n    }\n  }\n": types.RegionOverviewDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      totalCount\n      totalCountCapped\n      edges {\n        node {\n          id\n          type\n          name\n          nameEn\n          score\n          node { id ... on Segment { chainId } }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Me {\n    me { username role }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n      me { username role }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      descriptionEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        crossChain\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n    }\n  }\n": types.ChainsDocument,
    "\n  query ParkOptions($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {\n    parksConnection(query: $query, first: $first, after: $after, chainId: $chainId, regionId: $regionId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name nameEn parent { id } } }\n    }\n  }\n": types.ParkOptionsDocument,
    "\n  query ParkName($id: ID!) {\n    park(id: $id) { id name nameEn }\n  }\n": types.ParkNameDocument,
    "\n  query WidgetChainMap($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String, $scoped: Boolean!) {\n    chain(id: $chainId) {\n      id\n      name\n      nameEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n      sources { id title titleEn publisher publisherEn date }\n    }\n    chainMap(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf, includeEnterprises: true) @include(if: $scoped) {\n      truncated\n      scope { id kind name nameEn }\n      nodes { id type label labelEn status }\n      edges { type source target }\n    }\n  }\n": types.WidgetChainMapDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQueries {\n    savedQueries { id title titleEn description params { name type required default description pick } }\n  }\n"): typeof import('./graphql').SavedQueriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalystResultFields on AnalystResult {\n    columns rows rowCount truncated ms\n    graph { truncated nodes { id label labelEn type kind } edges { id source target type } }\n  }\n"): typeof import('./graphql').AnalystResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunSavedQuery($id: ID!, $params: JSON) {\n    runSavedQuery(id: $id, params: $params) { ...AnalystResultFields }\n  }\n"): typeof import('./graphql').RunSavedQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cypher($query: String!, $params: JSON) {\n    cypher(query: $query, params: $params) { ...AnalystResultFields }\n  }\n"): typeof import('./graphql').CypherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalystPickOptions($segments: Boolean!) {\n    chains { id name nameEn segments @include(if: $segments) { id name nameEn order parentId } }\n  }\n"): typeof import('./graphql').AnalystPickOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalystPickEnterprise($text: String!) {\n    search(text: $text, first: 10, types: [ENTERPRISE]) { edges { node { id name nameEn } } }\n  }\n"): typeof import('./graphql').AnalystPickEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentGap($chainId: ID!, $parkId: ID, $regionId: ID, $segmentId: ID!, $limit: Int) {\n    targets(chainId: $chainId, parkId: $parkId, regionId: $regionId, segmentId: $segmentId, limit: $limit) {\n      total\n      gaps {\n        segment { id }\n        status reasonKey inferredOnly since\n        enterprises { id name nameEn }\n        projects { id name nameEn status }\n        sources { id title titleEn publisher date dateApprox }\n      }\n      items { ...TargetFields }\n    }\n  }\n"): typeof import('./graphql').SegmentGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NearestSupply($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String) {\n    gapReport(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf) {\n      segments {\n        segment { id }\n        status\n        nearestSupply { enterprise { id name nameEn } nearness park { id name nameEn } inferred }\n      }\n    }\n  }\n"): typeof import('./graphql').NearestSupplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainMap($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String) {\n    chainMap(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf, includeEnterprises: true, includeProjects: true) {\n      truncated\n      dateRange { earliest latest }\n      completeness { percent present pipeline missing }\n      scope { kind id name nameEn }\n      nodes { id type kind label labelEn stage order status parentId data }\n      edges { id source target type kind inferred crossChain }\n    }\n  }\n"): typeof import('./graphql').ChainMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeOptions($chainId: ID, $regionId: ID, $query: String, $first: Int!, $after: String) {\n    parksConnection(chainId: $chainId, regionId: $regionId, query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name nameEn\n          region {\n            id name nameEn level\n            parent { id name nameEn level parent { id name nameEn level parent { id name nameEn level } } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScopeOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareParks($chainId: ID!, $parkIds: [ID!]!, $asOf: String) {\n    compareParks(chainId: $chainId, parkIds: $parkIds, asOf: $asOf) {\n      segments { id name nameEn stage order parentId }\n      rows { park { id name nameEn } completeness { score percent } statuses }\n    }\n  }\n"): typeof import('./graphql').CompareParksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceFields on Source { id title titleEn publisher publisherEn date dateApprox reference kind }\n"): typeof import('./graphql').SourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Cited { sources { ...SourceFields } }\n      ... on Enterprise {\n        name nameEn note roles founded products stockCode exchange listedOn\n        industries { code name nameEn }\n        park { id name nameEn } region { id name nameEn }\n        segments { inferred basis segment { id name nameEn chainId } }\n        figures { id metric metricEn value unit period qualifier }\n        projects { id name nameEn status }\n      }\n      ... on Project {\n        name nameEn note status statusAsOf investmentCny landMu landM2 investorName\n        investor { id name nameEn } park { id name nameEn } region { id name nameEn }\n        segments { inferred basis segment { id name nameEn chainId } }\n        capacity { id product productEn value unit qualifier }\n        dates {\n          signed fundsArrived started toppedOut trialProduction inProduction fullCapacity completed lost\n          plannedStart plannedProduction plannedCompletion\n        }\n      }\n      ... on Park {\n        name nameEn note kind\n        parent { id name nameEn } region { id name nameEn } subParks { id name nameEn }\n        figures { id metric metricEn value unit period qualifier }\n      }\n      ... on Segment {\n        name nameEn note stage chainId enterpriseCount segProducts: products\n        projects { id name nameEn status }\n      }\n      ... on Region { name nameEn }\n      ... on Chain { name nameEn }\n      ... on Institution { name nameEn note park { id name nameEn } region { id name nameEn } }\n      ... on Source { title titleEn publisher date file }\n    }\n  }\n"): typeof import('./graphql').NodeDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentPublic($id: ID!) {\n    segment(id: $id) {\n      id name nameEn note stage chainId enterpriseCount products\n      sources { ...SourceFields }\n    }\n  }\n"): typeof import('./graphql').SegmentPublicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditSources {\n    sources { id title titleEn publisher date kind }\n  }\n"): typeof import('./graphql').EditSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditChains {\n    # Editors may link a firm to a chain that has no template yet (数字经济): ask for every chain.\n    chains(includeEmpty: true) { id name nameEn segments { id name nameEn stage order parentId } }\n  }\n"): typeof import('./graphql').EditChainsDocument;
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
export function graphql(source: "\n  query EditProject($id: ID!) {\n    project(id: $id) {\n      id name nameEn phase note status statusAsOf\n      investmentCny investmentQualifier investorName annualOutputCny landMu landM2 floorAreaM2\n      investor { id name nameEn }\n      park { id name nameEn }\n      segments { segment { id name nameEn chainId } }\n      dates { plannedStart plannedProduction plannedCompletion }\n      capacity { id product value unit qualifier }\n    }\n  }\n"): typeof import('./graphql').EditProjectDocument;
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
export function graphql(source: "\n    mutation LinkEnterprisePark($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').LinkEnterpriseParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UnlinkEnterprisePark($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkEnterprisePark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').UnlinkEnterpriseParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LinkEnterpriseSegment($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').LinkEnterpriseSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UnlinkEnterpriseSegment($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkEnterpriseSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').UnlinkEnterpriseSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LinkProjectPark($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').LinkProjectParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UnlinkProjectPark($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkProjectPark(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').UnlinkProjectParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LinkProjectSegment($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').LinkProjectSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UnlinkProjectSegment($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkProjectSegment(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').UnlinkProjectSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LinkProjectInvestor($input: LinkInput!, $source: ID, $reason: String) {\n      result: linkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').LinkProjectInvestorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UnlinkProjectInvestor($input: UnlinkInput!, $source: ID, $reason: String) {\n      result: unlinkProjectInvestor(input: $input, source: $source, reason: $reason) { errors { field message code } }\n    }\n  "): typeof import('./graphql').UnlinkProjectInvestorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainSources($id: ID!) {\n    chain(id: $id) {\n      id\n      sources { id title titleEn publisher publisherEn date }\n    }\n  }\n"): typeof import('./graphql').ChainSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreNeighborhood($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {\n    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {\n      nodes { id type label labelEn stage }\n      edges { id source target type crossChain inferred }\n      truncated\n    }\n  }\n"): typeof import('./graphql').ExploreNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorePaths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {\n    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {\n      nodes { id type label labelEn stage }\n      edges { id source target type crossChain inferred }\n      truncated\n    }\n  }\n"): typeof import('./graphql').ExplorePathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeParks($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {\n    parksConnection(query: $query, first: $first, after: $after, chainId: $chainId, regionId: $regionId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          nameEn\n          kind\n          parent { id }\n          region { id name nameEn }\n          enterprises(first: 0, includeSubParks: true) { totalCount }\n          projects(first: 0, includeSubParks: true) { totalCount }\n          chains { chain { id name nameEn } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomeParksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDryRun($kind: SheetKind!, $file: File!, $encoding: SheetEncoding, $mapping: [ImportColumnMappingInput!]) {\n    importDryRun(kind: $kind, file: $file, encoding: $encoding, mapping: $mapping) {\n      ...SheetReportFields\n    }\n  }\n"): typeof import('./graphql').ImportDryRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCommit(\n    $kind: SheetKind!\n    $file: File!\n    $encoding: SheetEncoding\n    $mapping: [ImportColumnMappingInput!]\n    $decisions: [ImportDecisionInput!]\n  ) {\n    importCommit(kind: $kind, file: $file, encoding: $encoding, mapping: $mapping, decisions: $decisions) {\n      ...SheetReportFields\n    }\n  }\n"): typeof import('./graphql').ImportCommitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SheetReportFields on SheetImportReport {\n    dryRun\n    refused\n    batchId\n    kind\n    fileName\n    encoding\n    counts { read create update match skip errors review relationships }\n    errors { line field message }\n    review { line key name decision candidates { id name why } }\n    rows { line name action reason targetId changes { field before after } errors { line field message } }\n    unknownHeaders\n    columns { key header required }\n  }\n"): typeof import('./graphql').SheetReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatches($limit: Int) {\n    importBatches(limit: $limit) {\n      id kind source who at status kept undoneBy undoneAt\n      counts { create update match skip errors relationships }\n    }\n  }\n"): typeof import('./graphql').ImportBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoImport($batchId: ID!, $onlySafe: Boolean) {\n    undoImport(batchId: $batchId, onlySafe: $onlySafe) {\n      deleted\n      restored\n      unlinked\n      batch { id status kept }\n      undone { id name label action }\n      kept { ...KeptRecordFields }\n    }\n  }\n"): typeof import('./graphql').UndoImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeptRecordFields on ImportKeptRecord {\n    id name label reason by at fields batchId\n  }\n"): typeof import('./graphql').KeptRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($by: String, $targetId: ID, $parkId: ID, $batchId: String, $from: String, $to: String, $first: Int) {\n    auditLog(by: $by, targetId: $targetId, parkId: $parkId, batchId: $batchId, from: $from, to: $to, first: $first) {\n      id action targetId targetLabel by at reason batchId undoOf before after\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportWho {\n    me { id username }\n  }\n"): typeof import('./graphql').ImportWhoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkDashboard($id: ID!) {\n    park(id: $id) {\n      id\n      dashboard {\n        enterprises anchors listed\n        projects { status count withInvestment investmentCny }\n        chains {\n          chain { id name nameEn }\n          completeness { score percent present pipeline missing counted }\n          trend { year completeness { score percent } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ParkDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkChoices($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {\n    parksConnection(query: $query, first: $first, after: $after, chainId: $chainId, regionId: $regionId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name nameEn kind region { id name nameEn } } }\n    }\n  }\n"): typeof import('./graphql').ParkChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Park($id: ID!) {\n    park(id: $id) {\n      id name nameEn kind level region { id name nameEn }\n      parent { id name nameEn } subParks { id name nameEn }\n      leadChain { id }\n      chains { chain { id name nameEn } chainChief { chief fourHeads note } designation note }\n      institutions { id name nameEn kind serves { chain { id } } }\n    }\n  }\n"): typeof import('./graphql').ParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapReport($chainId: ID!, $parkId: ID, $asOf: String) {\n    gapReport(chainId: $chainId, parkId: $parkId, asOf: $asOf) {\n      asOf\n      completeness {\n        score percent counted present pipeline missing\n        parts { segment { id name nameEn } status weight inferredOnly }\n      }\n      segments {\n        segment { id name nameEn stage order parentId } status inferredOnly viaSubSegment\n        enterprises { enterprise { id name nameEn shortName } inferred counts }\n        projects { project { id name nameEn status } statusAt inferred counts }\n        nearestSupply { enterprise { id name nameEn } nearness park { id name nameEn } inferred }\n      }\n    }\n  }\n"): typeof import('./graphql').GapReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetFields on TargetCandidate {\n    enterprise { id name nameEn stockCode industries { id name nameEn } region { id name nameEn } }\n    gapSegment { id name nameEn }\n    segment { id name nameEn }\n    park { id name nameEn region { id name nameEn } }\n    score relevance inferred\n    parts {\n      key label points\n      values { relevance role salesYi capacityProduct capacityValue capacityUnit supplyPartners { id name nameEn } proximity industryName fit present { id name nameEn } }\n    }\n  }\n"): typeof import('./graphql').TargetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Targets($chainId: ID!, $parkId: ID, $limit: Int) {\n    targets(chainId: $chainId, parkId: $parkId, limit: $limit) { total items { ...TargetFields } }\n  }\n"): typeof import('./graphql').TargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiveLists($id: ID!, $chainId: ID) {\n    park(id: $id) {\n      id\n      fiveLists(chainId: $chainId) {\n        policies { id name nameEn kind issued park { id name nameEn } }\n        leadingFirms { id name nameEn roles park { id name nameEn } }\n        supportingFirms { id name nameEn roles park { id name nameEn } }\n        keyProjects {\n          id name nameEn status investmentCny investorName\n          investor { id name nameEn } park { id name nameEn }\n        }\n        investmentLeads(limit: 10) { ...TargetFields }\n      }\n    }\n  }\n"): typeof import('./graphql').FiveListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectReview($id: ID!, $chainId: ID) {\n    park(id: $id) {\n      id\n      projectReview(chainId: $chainId) {\n        counted { id name nameEn status }\n        excluded { project { id name nameEn } reason reasonKey }\n        rates { key label numerator denominator rate projects { id name nameEn status } }\n      }\n      # The review tab shows the chain's leading firms too: one read of the five lists\n      # (without their investment leads), so the tab needs no other tab's query.\n      leading: fiveLists(chainId: $chainId) { leadingFirms { id name nameEn roles park { id name nameEn } } }\n    }\n  }\n"): typeof import('./graphql').ProjectReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionOverview($id: ID) {\n    regionOverview(id: $id) {\n      region {\n        kind id name nameEn level parks firms\n        chains { chainId completeness { percent } }\n      }\n      path { id name nameEn level }\n      chains { id name nameEn }\n      children {\n        kind id name nameEn level parks firms\n        chains { chainId completeness { percent } }\n      }\n      parks {\n        kind id name nameEn level parks firms\n        chains { chainId completeness { percent } }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      totalCount\n      totalCountCapped\n      edges {\n        node {\n          id\n          type\n          name\n          nameEn\n          score\n          node { id ... on Segment { chainId } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { username role }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n      me { username role }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      descriptionEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        crossChain\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n    }\n  }\n"): typeof import('./graphql').ChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkOptions($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {\n    parksConnection(query: $query, first: $first, after: $after, chainId: $chainId, regionId: $regionId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name nameEn parent { id } } }\n    }\n  }\n"): typeof import('./graphql').ParkOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParkName($id: ID!) {\n    park(id: $id) { id name nameEn }\n  }\n"): typeof import('./graphql').ParkNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetChainMap($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String, $scoped: Boolean!) {\n    chain(id: $chainId) {\n      id\n      name\n      nameEn\n      segments { id name nameEn stage order parentId enterpriseCount }\n      flows {\n        fromId\n        toId\n        from { id name nameEn chainId stage order }\n        to { id name nameEn chainId stage order }\n      }\n      sources { id title titleEn publisher publisherEn date }\n    }\n    chainMap(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf, includeEnterprises: true) @include(if: $scoped) {\n      truncated\n      scope { id kind name nameEn }\n      nodes { id type label labelEn status }\n      edges { type source target }\n    }\n  }\n"): typeof import('./graphql').WidgetChainMapDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
