// Result types for the park page and compare view (see park-queries.ts); they
// mirror the parts of server/schema.graphql those queries select.
import type { Stage } from './types';

export type GapStatus = 'PRESENT' | 'PIPELINE' | 'MISSING';
export const GAP_STATUSES: readonly GapStatus[] = ['PRESENT', 'PIPELINE', 'MISSING'];

export interface NamedRef { id: string; name: string; nameEn: string | null }
export interface RegionRef { id: string; name: string; nameEn: string | null }

export interface ParkSummary extends NamedRef {
  kind: string;
  level: string | null;
  region: RegionRef | null;
  parent: { id: string } | null;
}

export interface ParkChain {
  chain: NamedRef;
  chainChief: { chief: string | null; fourHeads: boolean; note: string | null } | null;
  designation: string | null;
  note: string | null;
}

export interface InstitutionRef extends NamedRef { kind: string; serves: { chain: { id: string } }[] }

export interface ParkDetail extends ParkSummary {
  parent: NamedRef | null;
  subParks: NamedRef[];
  chains: ParkChain[];
  institutions: InstitutionRef[];
}

export interface SegmentRef extends NamedRef { stage: Stage; order: number; parentId: string | null }

export interface SegmentGap {
  segment: SegmentRef;
  status: GapStatus;
  inferredOnly: boolean;
  viaSubSegment: boolean;
  enterprises: { enterprise: NamedRef & { shortName: string | null }; inferred: boolean; counts: string }[];
  projects: { project: NamedRef & { status: string | null }; statusAt: string | null; inferred: boolean; counts: string }[];
  nearestSupply: { enterprise: NamedRef; nearness: string; park: NamedRef | null; inferred: boolean }[];
}

export interface Completeness {
  score: number;
  counted: number;
  present: number;
  pipeline: number;
  missing: number;
  parts: { segment: NamedRef; status: GapStatus; weight: number; inferredOnly: boolean }[];
}

export interface GapReport {
  asOf: string | null;
  completeness: Completeness;
  segments: SegmentGap[];
}

/** The facts of a score part; only the fields of its key are set (see ScorePartValues in the SDL). */
export interface ScorePartValues {
  relevance: string | null;
  role: string | null;
  salesYi: number | null;
  capacityProduct: string | null;
  capacityValue: number | null;
  capacityUnit: string | null;
  supplyPartners: NamedRef[] | null;
  proximity: string | null;
}

export interface ScorePart { key: string; label: string; points: number; values: ScorePartValues | null }

export interface TargetCandidate {
  enterprise: NamedRef & { region: RegionRef | null };
  gapSegment: NamedRef;
  segment: NamedRef;
  park: (NamedRef & { region: RegionRef | null }) | null;
  score: number;
  relevance: string;
  inferred: boolean;
  parts: ScorePart[];
}

export interface TargetList { total: number; items: TargetCandidate[] }

export interface PolicyRow extends NamedRef { kind: string; issued: string | null; park: NamedRef | null }
export interface FirmRow extends NamedRef { roles: string[]; park: NamedRef | null }
export interface ProjectRow extends NamedRef {
  status: string | null;
  investmentCny: number | null;
  investorName: string | null;
  investor: NamedRef | null;
  park: NamedRef | null;
}

export interface FiveLists {
  policies: PolicyRow[];
  leadingFirms: FirmRow[];
  supportingFirms: FirmRow[];
  keyProjects: ProjectRow[];
  investmentLeads: TargetCandidate[];
}

export interface ReviewRate {
  key: string;
  label: string;
  numerator: number;
  denominator: number;
  rate: number | null;
  projects: (NamedRef & { status: string | null })[];
}

export interface ProjectReview {
  counted: (NamedRef & { status: string | null })[];
  excluded: { project: NamedRef; reason: string; reasonKey: string }[];
  rates: ReviewRate[];
}

export interface CompareParks {
  segments: SegmentRef[];
  rows: { park: NamedRef; completeness: { score: number }; statuses: GapStatus[] }[];
}
