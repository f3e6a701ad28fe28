// Schema migrations: `cypher/migrations/NNN-name.cypher`, applied in number order at start-up.
//
// Each statement runs in its own auto-commit transaction (Neo4j does not allow schema changes
// and data writes in one transaction). An applied migration is recorded as
// (:Migration {id: 'NNN-name', checksum, appliedAt}); one whose file has changed since stops
// the start with MigrationChecksumError: write a new migration instead of editing an old one.
// A migration that failed half-way is not recorded and is run again next time, so every
// statement must be idempotent (`IF NOT EXISTS`).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.js';
import { compact, cypherRoot, splitStatements } from './cypher-files.js';
import type { Executor } from './executor.js';

export const migrationsDir = path.join(cypherRoot, 'migrations');

export interface MigrationFile {
  /** File name without `.cypher`, e.g. "001-constraints". */
  id: string;
  number: number;
  file: string;
  checksum: string;
  statements: string[];
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** An applied migration's file no longer matches what was applied (or is gone). */
export class MigrationChecksumError extends MigrationError {}

export function checksum(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/** Whether a statement (its comments aside) creates or drops an index or a constraint. */
export function isSchemaCommand(statement: string): boolean {
  return /^(CREATE|DROP)\s+(OR\s+REPLACE\s+)?([A-Z]+\s+)?(CONSTRAINT|INDEX)\b/i.test(compact(statement).trim());
}

/** Reads and orders the migration files; refuses odd names and duplicate numbers. */
export function readMigrations(dir: string = migrationsDir): MigrationFile[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
  const out: MigrationFile[] = [];
  const byNumber = new Map<number, string>();
  for (const f of files) {
    const m = /^(\d{3,})-[a-z0-9][a-z0-9-]*\.cypher$/.exec(f);
    if (!m) throw new MigrationError(`${rel(path.join(dir, f))}: migration files are named NNN-name.cypher (lower case)`);
    const number = Number(m[1]);
    const other = byNumber.get(number);
    if (other) throw new MigrationError(`migrations ${other} and ${f} have the same number`);
    byNumber.set(number, f);
    const file = path.join(dir, f);
    const text = readFileSync(file, 'utf8');
    const statements = splitStatements(text);
    if (statements.length === 0) throw new MigrationError(`${rel(file)}: has no statements`);
    out.push({ id: f.slice(0, -'.cypher'.length), number, file, checksum: checksum(text), statements });
  }
  return out.sort((a, b) => a.number - b.number);
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export interface MigrateOptions {
  dir?: string;
  log?: (line: string) => void;
  /**
   * false: return once every statement has run, with new indexes still populating, for a caller
   * with other work to do meanwhile (the offline build loads the seeds); it calls awaitIndexes.
   */
  awaitIndexes?: boolean;
}

/** Applies every migration not yet recorded; verifies the checksums of those that are. */
export async function migrate(executor: Executor, opts: MigrateOptions = {}): Promise<MigrateResult> {
  const log = opts.log ?? (() => {});
  const migrations = readMigrations(opts.dir);
  const recorded = await executor.read<{ id: string; checksum: string }>('migration-log/applied');
  const applied = new Map(recorded.map((r) => [r.id, r.checksum]));

  // Check everything before changing anything.
  const problems: string[] = [];
  for (const m of migrations) {
    const sum = applied.get(m.id);
    if (sum !== undefined && sum !== m.checksum) {
      problems.push(
        `migration ${m.id} was applied with checksum ${sum.slice(0, 12)}… but ${rel(m.file)} now has ${m.checksum.slice(0, 12)}…; ` +
          'applied migrations must not change: revert the file and add a new numbered migration instead',
      );
    }
  }
  const known = new Set(migrations.map((m) => m.id));
  for (const id of applied.keys()) {
    if (!known.has(id)) problems.push(`migration ${id} was applied but its file cypher/migrations/${id}.cypher is gone`);
  }
  if (problems.length) throw new MigrationChecksumError(`Refusing to start:\n  - ${problems.join('\n  - ')}`);

  const result: MigrateResult = { applied: [], alreadyApplied: [] };
  for (const m of migrations) {
    if (applied.has(m.id)) {
      result.alreadyApplied.push(m.id);
      continue;
    }
    log(`migration ${m.id}: ${m.statements.length} statement(s)`);
    const t = performance.now();
    if (m.statements.every(isSchemaCommand)) {
      // One transaction for the file: all of it or none, and one commit instead of one per
      // statement (each costs Neo4j ~100 ms; a fresh database migrated in 6.7 s, now in 4.2–5.7).
      // Neo4j refuses data writes in a transaction that changed the schema, so files with
      // both run statement by statement, as below.
      await executor.transaction(
        'write',
        async (tx) => {
          for (const [i, statement] of m.statements.entries()) await tx.run({ text: statement, name: `schema/${m.id}#${i + 1}` });
        },
        { name: `schema/${m.id}`, timeoutMs: 600_000 },
      );
    } else {
      for (const [i, statement] of m.statements.entries()) {
        await executor.autoCommit({ text: statement, name: `migration:${m.id}#${i + 1}` }, {}, { timeoutMs: 600_000 });
      }
    }
    // On a big graph a constraint is built over every node of its label before it returns.
    const ms = performance.now() - t;
    if (ms >= 500) log(`migration ${m.id}: ${(ms / 1000).toFixed(1)} s`);
    await executor.write('migration-log/record', { id: m.id, checksum: m.checksum });
    result.applied.push(m.id);
  }
  // New indexes populate in the background; wait so the first query can use them.
  if (opts.awaitIndexes ?? true) await awaitIndexes(executor, { seconds: 300, log });
  return result;
}

/**
 * Waits until every index is online (new ones populate in the background), or only `index` when
 * given, up to `seconds`; the statement is named `name` in logs and metrics (migrations, the bulk
 * load, a restore).
 */
export async function awaitIndexes(
  executor: Executor,
  opts: { seconds: number; index?: string; name?: string; log?: (line: string) => void },
): Promise<void> {
  const { seconds, index } = opts;
  const t = performance.now();
  await executor.autoCommit(
    index === undefined
      ? { text: 'CALL db.awaitIndexes($seconds)', name: opts.name ?? 'migration-log/await-indexes' }
      : { text: 'CALL db.awaitIndex($index, $seconds)', name: opts.name ?? 'migration-log/await-index' },
    { seconds, ...(index === undefined ? {} : { index }) },
    { timeoutMs: (seconds + 30) * 1000 },
  );
  const ms = performance.now() - t;
  if (ms >= 500) opts.log?.(`migrations: ${index ?? 'indexes'} online after ${(ms / 1000).toFixed(1)} s more`);
}

function rel(file: string): string {
  return path.relative(repoRoot, file);
}
