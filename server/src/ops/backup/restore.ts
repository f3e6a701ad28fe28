// Restores a backup file (format.ts) into an empty database: the schema first (constraints hold
// while the data goes in), then nodes and relationships in batches. With `wipe`, everything in
// the database — data, constraints, indexes — is deleted first.
//
// Batches are separate transactions: a restore that fails half-way leaves a partial graph. Run
// it again with `wipe`; the file is checked line by line before anything is deleted.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { int, type Executor } from '../../db/executor.js';
import { awaitIndexes } from '../../db/migrate.js';
import { decodeProps } from './codec.js';
import { BackupFileError, FORMAT, VERSION, type Header, type Line, type NodeLine, type RelationshipLine } from './format.js';

export interface RestoreOptions {
  db: Executor;
  /** Delete everything first; without it the database must be empty. */
  wipe?: boolean;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface RestoreResult {
  nodes: number;
  relationships: number;
  schema: number;
  ms: number;
}

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

async function* lines(file: string): AsyncGenerator<{ line: Line; at: number }> {
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let at = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    at++;
    if (!text.trim()) continue;
    let line: Line;
    try {
      line = JSON.parse(text) as Line;
    } catch (e) {
      throw new BackupFileError(file, at, `not JSON (${(e as Error).message})`);
    }
    yield { line, at };
  }
}

/** Reads the whole file once: header, order of sections, node references, trailer counts. */
export async function checkBackupFile(file: string): Promise<Header & { nodes: number; relationships: number; schema: number }> {
  let header: Header | undefined;
  let nodes = 0;
  let relationships = 0;
  let schema = 0;
  let ended = false;
  for await (const { line, at } of lines(file)) {
    if (ended) throw new BackupFileError(file, at, 'content after the end line');
    if (!header) {
      if ((line as Header).format !== FORMAT) throw new BackupFileError(file, at, `not a ${FORMAT} file`);
      if ((line as Header).version !== VERSION)
        throw new BackupFileError(file, at, `format version ${(line as Header).version}; this build reads ${VERSION}`);
      header = line as Header;
    } else if ('schema' in line) {
      if (nodes || relationships) throw new BackupFileError(file, at, 'a schema line after the data');
      schema++;
    } else if ('n' in line) {
      if (line.n !== nodes || relationships) throw new BackupFileError(file, at, `node ${line.n} out of order (expected ${nodes})`);
      nodes++;
    } else if ('r' in line) {
      const [a, b] = line.r;
      if (!(a < nodes && b < nodes && a >= 0 && b >= 0))
        throw new BackupFileError(file, at, `relationship to an unknown node (${a}->${b})`);
      relationships++;
    } else if ('end' in line) {
      const e = line.end;
      if (e.nodes !== nodes || e.relationships !== relationships || e.schema !== schema) {
        throw new BackupFileError(
          file,
          at,
          `the end line counts ${JSON.stringify(e)} but the file holds ${JSON.stringify({ nodes, relationships, schema })}`,
        );
      }
      ended = true;
    } else throw new BackupFileError(file, at, 'a line of unknown kind');
  }
  if (!header) throw new BackupFileError(file, 0, 'empty file');
  if (!ended) throw new BackupFileError(file, 0, 'no end line: the file was cut short');
  return { ...header, nodes, relationships, schema };
}

async function wipe(db: Executor, log: (line: string) => void): Promise<void> {
  let deleted = 0;
  for (;;) {
    const [row] = await db.write<{ deleted: unknown }>('backup/wipe-batch', { batch: int(10_000) });
    // Number(): the backup's driver returns integers as neo4j Integers.
    const n = Number(row?.deleted ?? 0);
    if (!n) break;
    deleted += n;
  }
  const constraints = await db.read<{ name: string }>('backup/constraints');
  for (const c of constraints) await db.autoCommit('backup/drop-constraint', { name: c.name });
  const indexes = await db.read<{ name: string }>('backup/indexes');
  for (const i of indexes) await db.autoCommit('backup/drop-index', { name: i.name });
  log(`wiped: ${deleted} nodes, ${constraints.length} constraints, ${indexes.length} indexes`);
}

export async function restore(file: string, opts: RestoreOptions): Promise<RestoreResult> {
  const started = performance.now();
  const log = opts.log ?? (() => {});
  const batchSize = opts.batchSize ?? 2_000;
  const checked = await checkBackupFile(file);
  log(
    `${file}: ${checked.nodes} nodes, ${checked.relationships} relationships, ${checked.schema} schema statements (from ${checked.database}, ${checked.createdAt})`,
  );

  if (opts.wipe) await wipe(opts.db, log);
  const [row] = await opts.db.read<{ nodes: unknown }>('backup/count');
  const count = { nodes: Number(row?.nodes ?? 0) };
  const [constraints, indexes] = [await opts.db.read('backup/constraints'), await opts.db.read('backup/indexes')];
  if (count.nodes > 0 || constraints.length > 0 || indexes.length > 0) {
    throw new RestoreRefusedError(
      `The database is not empty (${count.nodes} nodes, ${constraints.length} constraints, ${indexes.length} indexes): ` +
        'a restore needs an empty one. Pass --wipe to delete everything in it first.',
    );
  }

  const elementIds: string[] = [];
  let nodeBatch: NodeLine[] = [];
  let relBatch: RelationshipLine[] = [];
  let relationships = 0;
  const flushNodes = async () => {
    if (!nodeBatch.length) return;
    const rows = nodeBatch.map((l) => ({ labels: l.labels, props: decodeProps(l.props, `node ${l.n}`) }));
    const created = await opts.db.write<{ id: string }>('backup/create-nodes', { rows }, { timeoutMs: 600_000 });
    for (const c of created) elementIds.push(c.id);
    nodeBatch = [];
  };
  const flushRels = async () => {
    if (!relBatch.length) return;
    const rows = relBatch.map((l) => ({
      start: elementIds[l.r[0]],
      end: elementIds[l.r[1]],
      type: l.type,
      props: decodeProps(l.props, `${l.type} ${l.r[0]}->${l.r[1]}`),
    }));
    const [row] = await opts.db.write<{ created: unknown }>('backup/create-relationships', { rows }, { timeoutMs: 600_000 });
    relationships += Number(row?.created ?? 0);
    relBatch = [];
  };

  let schema = 0;
  for await (const { line } of lines(file)) {
    if ('schema' in line) {
      await opts.db.autoCommit({ text: line.schema, name: 'backup/restore-schema' }, {}, { timeoutMs: 600_000 });
      schema++;
    } else if ('n' in line) {
      nodeBatch.push(line);
      if (nodeBatch.length >= batchSize) await flushNodes();
    } else if ('r' in line) {
      await flushNodes();
      relBatch.push(line);
      if (relBatch.length >= batchSize) await flushRels();
    }
  }
  await flushNodes();
  await flushRels();
  await awaitIndexes(opts.db, { seconds: 600, name: 'backup/await-indexes' });
  // The restore's own statements leave the graph unmarked (a wipe would never end otherwise):
  // one mark for all of it, so what the server derived from the graph before is known stale.
  await opts.db.markWritten();
  if (elementIds.length !== checked.nodes || relationships !== checked.relationships) {
    throw new Error(
      `restored ${elementIds.length} nodes and ${relationships} relationships, but the file holds ${checked.nodes} and ${checked.relationships}`,
    );
  }
  return { nodes: elementIds.length, relationships, schema, ms: performance.now() - started };
}
