// Object refs for every domain type, declared before any is implemented so the per-type files
// can point at each other without import cycles.
import { builder } from '../builder.js';
import type { FlowRow, NodeRow } from '../loaders.js';

type Maybe<T> = T | null | undefined;
interface Named extends NodeRow {
  name: string;
  nameEn?: Maybe<string>;
  note?: Maybe<string>;
}

export interface SourceRow extends NodeRow {
  kind: string;
  title: string;
  titleEn?: Maybe<string>;
  file?: Maybe<string>;
  publisher?: Maybe<string>;
  author?: Maybe<string>;
  date?: Maybe<string>;
  dateApprox?: Maybe<boolean>;
  reference?: Maybe<string>;
  note?: Maybe<string>;
}
export interface RegionRow extends Named {
  level: string;
}
export interface ChainRow extends Named {
  description?: Maybe<string>;
  descriptionEn?: Maybe<string>;
  templateVersion?: Maybe<number>;
}
export interface SegmentRow extends Named {
  stage: string;
  order: number;
  products?: Maybe<string[]>;
  basis?: Maybe<string>;
  formerIds?: Maybe<string[]>;
  chainId?: string;
  parentId?: Maybe<string>;
  enterpriseCount?: number;
}
export interface ParkRow extends Named {
  kind: string;
  level?: Maybe<string>;
  areaKm2?: Maybe<number>;
  established?: Maybe<string>;
}
export interface EnterpriseRow extends Named {
  shortName?: Maybe<string>;
  aliases?: Maybe<string[]>;
  roles?: Maybe<string[]>;
  founded?: Maybe<string>;
  products?: Maybe<string[]>;
  stockCode?: Maybe<string>;
  exchange?: Maybe<string>;
  listedOn?: Maybe<string>;
  creditCode?: Maybe<string>;
  statusMarks?: Maybe<string[]>;
}
export interface ProjectRow extends Named {
  investorName?: Maybe<string>;
  phase?: Maybe<string>;
  investmentCny?: Maybe<number>;
  investmentQualifier?: Maybe<string>;
  landMu?: Maybe<number>;
  landQualifier?: Maybe<string>;
  annualOutputQualifier?: Maybe<string>;
  landM2?: Maybe<number>;
  floorAreaM2?: Maybe<number>;
  annualOutputCny?: Maybe<number>;
  status?: Maybe<string>;
  statusAsOf?: Maybe<string>;
  statusInferred?: Maybe<boolean>;
}
export interface InstitutionRow extends Named {
  kind: string;
  status?: Maybe<string>;
  established?: Maybe<string>;
}
export interface FigureRow extends NodeRow {
  metric: string;
  metricEn?: Maybe<string>;
  value: number;
  unit: string;
  qualifier?: Maybe<string>;
  period?: Maybe<string>;
  note?: Maybe<string>;
}
export interface CapacityRow extends NodeRow {
  product: string;
  productEn?: Maybe<string>;
  value: number;
  unit: string;
  qualifier?: Maybe<string>;
  note?: Maybe<string>;
}

export const SourceRef = builder.objectRef<SourceRow>('Source');
export const RegionRef = builder.objectRef<RegionRow>('Region');
export const ChainRef = builder.objectRef<ChainRow>('Chain');
export const SegmentRef = builder.objectRef<SegmentRow>('Segment');
export const FlowRef = builder.objectRef<FlowRow>('SegmentFlow');
export const ParkRef = builder.objectRef<ParkRow>('Park');
export const EnterpriseRef = builder.objectRef<EnterpriseRow>('Enterprise');
export const ProjectRef = builder.objectRef<ProjectRow>('Project');
export const InstitutionRef = builder.objectRef<InstitutionRow>('Institution');
export const FigureRef = builder.objectRef<FigureRow>('Figure');
export const CapacityRef = builder.objectRef<CapacityRow>('Capacity');
export interface IndustryRow extends NodeRow {
  code: string;
  name: string;
  nameEn?: Maybe<string>;
  sector?: Maybe<string>;
  subsector?: Maybe<string>;
}
export const IndustryRef = builder.objectRef<IndustryRow>('Industry');
