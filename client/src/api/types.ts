// Hand-written result types for the Chains query (see queries.ts). They mirror
// the server's GraphQL contract; when the schema grows, generate these instead.

export type Stage = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';

/** Stages in upstream → downstream order; the layout's swimlanes follow it. */
export const STAGES: readonly Stage[] = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];

export interface Segment {
  id: string;
  name: string;
  nameEn: string | null;
  stage: Stage;
  /** Orders segments upstream → downstream within their chain. */
  order: number;
  /** Parent segment id for a sub-segment (e.g. HJT cells under cells). */
  parentId: string | null;
  enterpriseCount: number;
}

/** A flow endpoint; may belong to another chain when the flow is cross-chain. */
export interface FlowEnd {
  id: string;
  name: string;
  nameEn: string | null;
  chainId: string;
  stage: Stage;
  order: number;
}

export interface Flow {
  fromId: string;
  toId: string;
  /** True when one end belongs to another chain. */
  crossChain: boolean;
  from: FlowEnd | null;
  to: FlowEnd | null;
}

export interface Chain {
  id: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  descriptionEn: string | null;
  segments: Segment[];
  flows: Flow[];
}

export interface ChainsQueryResult {
  chains: Chain[];
}

/** A GraphQL error entry as returned in the response's `errors` array. */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

// ---- App shell: session, search, start page (see queries.ts SHELL section) ----

export type Role = 'VIEWER' | 'ANALYST' | 'EDITOR' | 'ADMIN';

/** Who a request runs as (`me`); null when anonymous. */
export interface Me {
  username: string;
  role: Role;
}

export interface SignInResult {
  token: string;
  expiresAt: string;
  me: Me;
}

export type SearchType = 'CHAIN' | 'SEGMENT' | 'PARK' | 'ENTERPRISE' | 'PROJECT' | 'INSTITUTION' | 'REGION';

export interface SearchHit {
  id: string;
  type: SearchType;
  name: string;
  nameEn: string | null;
  score: number;
  /** Only segments carry their chain: a segment opens inside its chain's map. */
  node: { id: string; chainId?: string | null };
}

export interface SearchQueryResult {
  search: { totalCount: number; edges: { node: SearchHit }[] };
}

export type ParkKind = 'BASE' | 'ETDZ' | 'HIGH_TECH_ZONE' | 'INDUSTRIAL_PARK' | 'PLATFORM' | 'SUB_PARK' | 'TOWN';

/** A park as the start page shows it: counts include sub-parks (一区多园 roll-up). */
export interface ParkSummary {
  id: string;
  name: string;
  nameEn: string | null;
  kind: ParkKind;
  parent: { id: string } | null;
  region: { id: string; name: string; nameEn: string | null } | null;
  enterprises: { totalCount: number };
  projects: { totalCount: number };
  chains: { chain: { id: string; name: string; nameEn: string | null } }[];
}

// ---- Analyst console: saved queries and read-only Cypher (see queries.ts ANALYST section) ----

export interface SavedQueryParam {
  name: string;
  /** String, Int, Float, Boolean or [Type]; a trailing ? accepts null. */
  type: string;
  required: boolean;
  default: unknown;
  description: string | null;
}

export interface SavedQuery {
  id: string;
  title: string;
  titleEn: string;
  description: string;
  params: SavedQueryParam[];
}

export interface AnalystGraphNode {
  id: string;
  label: string;
  labelEn: string | null;
  type: string;
  kind: string | null;
}

export interface AnalystGraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

/** A query answer as a table (rows of JSON values in column order) and as graph elements. */
export interface AnalystResult {
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  ms: number;
  graph: { nodes: AnalystGraphNode[]; edges: AnalystGraphEdge[]; truncated: boolean };
}
