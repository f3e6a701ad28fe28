// The validated seeds as one in-memory set (what readSeeds returns and buildGraph turns into
// nodes and links), where each record came from, and the one error listing every problem.
import {
  type ChainRecord,
  type EnterpriseRecord,
  type IndustryRecord,
  type InstitutionRecord,
  type PolicyRecord,
  type ParkRecord,
  type ProjectRecord,
  type RegionRecord,
  type SegmentRecord,
  type SourceRecord,
  type TemplateMigrationRecord,
} from './schema.js';

/** Kinds of records that have their own id (segments live inside chains). */
export type RecordKindName =
  'source' | 'region' | 'chain' | 'industry' | 'segment' | 'park' | 'enterprise' | 'project' | 'institution' | 'policy';

/** Where a record was written: `seeds/ningbo.yaml`, `parks[3]`. */
export interface Origin {
  /** Path relative to the seeds folder's parent, e.g. "seeds/ningbo.yaml". */
  file: string;
  /** e.g. "parks[3]" or "chains[0].segments[2]". */
  at: string;
  kind: RecordKindName;
}

export type SegmentEntry = SegmentRecord & { chain: string };

export interface FlowEntry {
  from: string;
  to: string;
  /** The flow's own cite, or its chain's for a chain flow without one. */
  cite: string[];
  note?: string | undefined;
  /** The two segments belong to different chains. */
  crossChain: boolean;
  origin: { file: string; at: string };
}

/** The validated seeds, with zod defaults applied. */
export interface SeedSet {
  /** Absolute path of the seeds folder. */
  dir: string;
  /** Files read, relative like "seeds/ningbo.yaml", sorted. */
  files: string[];
  sources: SourceRecord[];
  regions: RegionRecord[];
  /** Chains without their segments and flows (see `segments`, `flows`). */
  chains: Array<Omit<ChainRecord, 'segments' | 'flows'>>;
  segments: SegmentEntry[];
  industries: IndustryRecord[];
  flows: FlowEntry[];
  parks: ParkRecord[];
  enterprises: EnterpriseRecord[];
  projects: ProjectRecord[];
  institutions: InstitutionRecord[];
  policies: PolicyRecord[];
  templateMigrations: Array<TemplateMigrationRecord & { origin: { file: string; at: string } }>;
  /** Old segment id → the current segment it migrated to (through every later migration). */
  segmentMoves: Map<string, string>;
  /** Where each id was defined. */
  origins: Map<string, Origin>;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the seed files:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'SeedValidationError';
  }
}
