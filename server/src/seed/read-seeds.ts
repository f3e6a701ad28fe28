// Reads every `seeds/**/*.yaml`, validates each file against the zod SeedFile schema
// (seed-file.ts), then checks the files together (cross-check.ts: unique ids, references,
// parents, cycles). Returns a normalised in-memory seed set (seed-set.ts), or throws ONE
// SeedValidationError listing every problem found.
import { statSync } from 'node:fs';
import path from 'node:path';
import { crossCheck } from './cross-check.js';
import { clearDocuments, listSeedFiles, problem, readFile } from './seed-file.js';
import { SeedValidationError, type SeedSet } from './seed-set.js';
import { buildGraph } from './to-graph.js';

export { listSeedFiles } from './seed-file.js';
export { SeedValidationError, type FlowEntry, type Origin, type RecordKindName, type SeedSet, type SegmentEntry } from './seed-set.js';

/** Reads and validates a seeds folder. Throws SeedValidationError with every problem. */
export function readSeeds(dir: string): SeedSet {
  const absDir = path.resolve(dir);
  const base = path.dirname(absDir);
  const problems: string[] = [];
  let isDir = false;
  try {
    isDir = statSync(absDir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new SeedValidationError([`${absDir}: the seeds folder does not exist`]);
  clearDocuments();
  const files = listSeedFiles(absDir).map((f) => readFile(f, path.relative(base, f).split(path.sep).join('/'), problems));
  const set = crossCheck(absDir, files, problems);
  if (problems.length === 0) {
    // Derived ids (figures, capacities) must not collide.
    for (const c of buildGraph(set).collisions) {
      const o = set.origins.get(c.owner);
      problems.push(
        problem(
          o?.file ?? '',
          o ? `${o.at} (id ${c.owner})` : c.owner,
          c.label === 'Figure' ? 'figures' : 'capacity',
          `${c.what} is listed twice (give them different periods or units, or merge them)`,
        ),
      );
    }
  }
  if (problems.length) throw new SeedValidationError(problems);
  return set;
}
