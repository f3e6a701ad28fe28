// Fault drill: kill -9 the Neo4j JVM in the middle of committing the listed-company import
// (`import:listed --commit`, chunked write transactions under one ImportBatch), start it again on
// the same folder, take back the interrupted batch as the server's start-up does, and check that
// nothing of it stays but its record, marked failed — then commit it again and check it is whole. Prints what it did and found; exit code 1 when a check fails.
//
//   cd server && npx tsx src/drill/import-kill.ts [--at 0.5]   (kill when this share of lines is read)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../db/embedded.js';
import { Executor } from '../db/executor.js';
import { migrate } from '../db/migrate.js';
import { countLines } from '../import/jsonl.js';
import { datasetFiles, loadLookups } from '../import/listed/dataset.js';
import { ListedImporter } from '../import/listed/importer.js';
import { recoverInterruptedCommits } from '../import/compensate.js';
import { runImport } from '../import/pipeline.js';
import { loadSeeds } from '../seed/load.js';
import { readSeeds } from '../seed/read-seeds.js';
import { freePort } from '../../test/free-port.js';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { at: { type: 'string', default: '0.5' } },
});
const say = (line: string) => console.log(`[drill] ${line}`);
let failed = 0;
const check = (name: string, ok: boolean, detail: string) => {
  if (!ok) failed++;
  say(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`);
};

async function start(dataDir: string, boltPort: number): Promise<{ neo: EmbeddedNeo4j; db: Executor }> {
  const neo = await startEmbeddedNeo4j({ dataDir, boltPort, heap: '1g', pagecache: '64m' });
  return { neo, db: Executor.connect({ uri: neo.uri, username: neo.username, password: neo.password, queryTimeoutMs: 600_000 }) };
}

/** Every node and relationship, and the import batches, counted. */
async function counts(db: Executor): Promise<{ nodes: number; relationships: number; batches: number }> {
  const [r] = await db.read<{ nodes: number; relationships: number; batches: number }>({
    name: 'drill/import-counts',
    text: `CALL { MATCH (n) RETURN count(n) AS nodes }
           CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
           CALL { MATCH (b:ImportBatch) RETURN count(b) AS batches }
           RETURN nodes, relationships, batches`,
  });
  return r!;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const dir = config.listedDatasetDir;
  const total = await countLines(datasetFiles(dir).companies);
  const killAt = Math.max(1, Math.floor(total * Number(args.at)));
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-graph-import-drill-'));
  const boltPort = await freePort();
  let { neo, db } = await start(dataDir, boltPort);
  try {
    await migrate(db, { log: () => {} });
    await loadSeeds(db, readSeeds(config.seedsDir));
    const before = await counts(db);
    say(`seeded: ${before.nodes} nodes, ${before.relationships} relationships, ${before.batches} import batches; data set ${total} lines`);

    say(`committing the listed import; kill -9 of the JVM (pid ${neo.pid}) when ${killAt} lines are read …`);
    let killed = false;
    const importer = () => loadLookups(dir).then((l) => new ListedImporter(dir, l));
    const outcome = await runImport(db, await importer(), {
      commit: true,
      who: 'drill',
      onProgress: (n) => {
        if (!killed && n >= killAt) {
          killed = true;
          process.kill(neo.pid, 'SIGKILL');
        }
      },
    }).then(
      () => 'committed',
      (e: unknown) => `failed (${(e as { code?: string }).code ?? (e as Error).name})`,
    );
    check('the interrupted commit did not report success', killed && outcome !== 'committed', `killed: ${killed}, import ${outcome}`);
    await neo.exited;
    await db.close();
    ({ neo, db } = await start(dataDir, boltPort));
    const recovered = await recoverInterruptedCommits(db, null);
    const afterKill = await counts(db);
    const [failedBatch] = await db.read<{ status: string }>(
      { name: 'drill/batch-status', text: 'MATCH (b:ImportBatch {id: $id}) RETURN b.status AS status' },
      { id: recovered[0] ?? '' },
    );
    // A kill before the first chunk landed leaves no batch at all; that is as good.
    const left = afterKill.batches - before.batches;
    check(
      'after the restart the interrupted batch is taken back: only its record stays, marked failed',
      afterKill.relationships === before.relationships &&
        afterKill.nodes === before.nodes + left &&
        left === recovered.length &&
        (left === 0 || failedBatch?.status === 'failed'),
      `${afterKill.nodes} nodes, ${afterKill.relationships} relationships, ${afterKill.batches} batches (before: ${before.nodes}, ${before.relationships}, ${before.batches}); taken back: ${recovered.join(', ') || 'none'} (${failedBatch?.status ?? '—'})`,
    );

    const t = performance.now();
    const result = await runImport(db, await importer(), { commit: true, who: 'drill' });
    const whole = await counts(db);
    check(
      'committed again, the batch is whole',
      // Exactly what the batch reports: its new nodes plus the ImportBatch record, its relationships.
      whole.batches === afterKill.batches + 1 &&
        whole.nodes - afterKill.nodes === result.counts.create + 1 &&
        whole.relationships - afterKill.relationships === result.counts.relationships,
      `batch ${result.batchId}: created ${result.counts.create}, updated ${result.counts.update}, relationships ${result.counts.relationships}; now ${whole.nodes} nodes (+${whole.nodes - afterKill.nodes}), ${whole.relationships} relationships (+${whole.relationships - afterKill.relationships}), ${Math.round(performance.now() - t)} ms`,
    );
  } finally {
    await db.close();
    await neo.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  say(failed ? `${failed} check(s) failed` : 'all checks passed');
  process.exitCode = failed ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 2;
});
