// The plain types the graph core draws from. The core imports nothing from React, the API layer
// or i18n (ESLint keeps it so): the app passes its data and its words in through these shapes,
// so the same core can serve a widget that has neither. The generated API types fit them
// structurally.

/** Stages in upstream → downstream order; the layout's swimlanes follow it. */
export const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
export type Stage = (typeof STAGES)[number];

/** A segment's status in a park or region: present, only in the pipeline, or missing. */
export const GAP_STATUSES = ['PRESENT', 'PIPELINE', 'MISSING'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

/** Which of a record's names to draw; Chinese is authoritative. */
export type GraphLang = 'zh' | 'en';

/** Anything with a Chinese name and an optional English one (chains, segments). */
export interface Named {
  name: string;
  nameEn?: string | null;
}

/** Chinese is authoritative; English falls back to it when missing. */
export function localName(item: Named, lang: GraphLang): string {
  return lang === 'en' ? (item.nameEn ?? item.name) : item.name;
}

export interface ChainSegment {
  id: string;
  name: string;
  nameEn: string | null;
  stage: Stage;
  order: number;
  parentId: string | null;
  enterpriseCount: number;
}

/** A flow endpoint; may belong to another chain when the flow is cross-chain. */
export interface ChainFlowEnd {
  id: string;
  name: string;
  nameEn: string | null;
  chainId: string;
  stage: Stage;
  order: number;
}

export interface ChainFlow {
  fromId: string;
  toId: string;
  from: ChainFlowEnd;
  to: ChainFlowEnd;
}

/** One chain as the core draws it: its segments and the flows touching them. */
export interface ChainData {
  id: string;
  segments: readonly ChainSegment[];
  flows: readonly ChainFlow[];
}

/** The words a chain map shows besides names, in the caller's language. */
export interface ChainLabels {
  /** Caption of each stage's swimlane. */
  stage: Record<Stage, string>;
  /** The second label line of a segment with local firms: "润海新能源 等3家". */
  enterpriseLine: (names: readonly string[]) => string;
  /** The line of a segment with local projects: "◇ 项目 2个". */
  projectLine: (count: number) => string;
}
