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
