// An online backup: every node, relationship, property (with its exact type) and the schema,
// streamed to a JSONL file (format.ts) in one read transaction.
//
// Consistency: Neo4j's read transactions see committed data as they go (read committed), not
// a snapshot. Where the server reports its last committed transaction id (clusters, Aura,
// Enterprise) the export checks that it did not move while the export ran. Community reports
// none, so there the graph is read a second time and hashed: the same bytes twice means no write
// landed during the first pass. Either way a failed check starts again (up to `attempts` times)
// and the backup fails if writes never paused. A backup that finishes is a state the database
// really had.
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { Executor } from '../../db/executor.js';
import { encodeProps } from './codec.js';
import { FORMAT, VERSION, type Header } from './format.js';

export interface BackupResult {
  file: string;
  nodes: number;
  relationships: number;
  schema: number;
  attempts: number;
  lastCommittedTxn: number | null;
  ms: number;
}

export interface BackupOptions {
  /** The graph's database (lossless integers). */
  db: Executor;
  /** The system database, for the last committed transaction id. */
  system: Executor;
  /** The database's name (SHOW DATABASE); unset: the server's default. */
  database?: string | undefined;
  attempts?: number;
  log?: (line: string) => void;
}

export class InconsistentBackupError extends Error {
  constructor(attempts: number) {
    super(`The database kept changing during ${attempts} backup attempts; stop the writers (or the server) and try again.`);
    this.name = 'InconsistentBackupError';
  }
}

async function databaseName(opts: BackupOptions): Promise<string> {
  if (opts.database) return opts.database;
  const [row] = await opts.system.read<{ name: string }>('system/default-database');
  return row!.name;
}

async function lastTxn(opts: BackupOptions, name: string): Promise<number | null> {
  const [row] = await opts.system.read<{ lastCommittedTxn: unknown }>('system/last-committed-txn', { name });
  const v = row?.lastCommittedTxn;
  return v === null || v === undefined ? null : Number(v);
}

type Sink = (line: unknown) => Promise<void>;
type Counts = { nodes: number; relationships: number; schema: number };

/** One pass over the graph in one read transaction, every line to `sink`. */
async function pass(
  db: Executor,
  open: () => { sink: Sink; close: () => Promise<void>; abort: () => void },
  header: Header,
): Promise<Counts> {
  return db.transaction(
    'read',
    async (tx) => {
      // Opened inside the transaction: a retried transaction starts afresh.
      const { sink, close, abort } = open();
      try {
        await sink(header);
        let schema = 0;
        for (const name of ['backup/constraints', 'backup/indexes']) {
          for (const row of await tx.run<{ statement: string }>(name)) {
            await sink({ schema: row.statement });
            schema++;
          }
        }
        const ids = new Map<string, number>();
        await tx.each<{ id: string; labels: string[]; props: Record<string, unknown> }>('backup/nodes', {}, async (row) => {
          const n = ids.size;
          ids.set(row.id, n);
          await sink({ n, labels: row.labels, props: encodeProps(row.props, `node ${n}`) });
        });
        let relationships = 0;
        await tx.each<{ start: string; end: string; type: string; props: Record<string, unknown> }>(
          'backup/relationships',
          {},
          async (row) => {
            const a = ids.get(row.start);
            const b = ids.get(row.end);
            // A relationship to a node created after the node scan: the graph changed; start again.
            if (a === undefined || b === undefined) throw new GraphChanged();
            await sink({ r: [a, b], type: row.type, props: encodeProps(row.props, `${row.type} ${a}->${b}`) });
            relationships++;
          },
        );
        const counts = { nodes: ids.size, relationships, schema };
        await sink({ end: counts });
        await close();
        return counts;
      } catch (e) {
        abort();
        throw e;
      }
    },
    { name: 'backup', timeoutMs: 3_600_000 },
  );
}

class GraphChanged extends Error {}

function hashing(hash: Hash): Sink {
  return async (line) => {
    hash.update(JSON.stringify(line) + '\n');
  };
}

function toFile(file: string, hash: Hash) {
  return () => {
    const raw = createWriteStream(file);
    const out: Writable = file.endsWith('.gz') ? createGzip() : raw;
    if (out !== raw) out.pipe(raw);
    const closed = once(raw, 'close');
    const sink: Sink = async (line) => {
      const text = JSON.stringify(line) + '\n';
      hash.update(text);
      if (!out.write(text)) await once(out, 'drain');
    };
    return {
      sink,
      close: async () => {
        out.end();
        await closed;
      },
      abort: () => {
        out.destroy();
        raw.destroy();
      },
    };
  };
}

/** Writes the backup to `file` (through a temporary name: a failed backup leaves no file). */
export async function backup(file: string, opts: BackupOptions): Promise<BackupResult> {
  const started = performance.now();
  const attempts = opts.attempts ?? 5;
  const name = await databaseName(opts);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial${file.endsWith('.gz') ? '.gz' : ''}`;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const before = await lastTxn(opts, name);
    const header: Header = {
      format: FORMAT,
      version: VERSION,
      createdAt: new Date().toISOString(),
      database: name,
      lastCommittedTxn: before,
    };
    const written = createHash('sha256');
    let counts: Counts;
    try {
      counts = await pass(opts.db, toFile(partial, written), header);
      let unchanged: boolean;
      if (before !== null) {
        unchanged = (await lastTxn(opts, name)) === before;
      } else {
        const again = createHash('sha256');
        await pass(opts.db, () => ({ sink: hashing(again), close: async () => {}, abort: () => {} }), header);
        unchanged = again.digest('hex') === written.digest('hex');
      }
      if (unchanged) {
        await rename(partial, file);
        return { file, ...counts, attempts: attempt, lastCommittedTxn: before, ms: performance.now() - started };
      }
    } catch (e) {
      await rm(partial, { force: true });
      if (!(e instanceof GraphChanged)) throw e;
    }
    opts.log?.(`attempt ${attempt}: the graph changed during the backup; starting again`);
    await rm(partial, { force: true });
  }
  throw new InconsistentBackupError(attempts);
}
