// Benchmark: the listed-company import of the full data set (records/s, peak RSS of this process)
// and `targets` latency for every gap list of every seeded park, printed as tables. Against the
// configured database (NEO4J_URI, or the embedded one); the import is undone afterwards, so the
// graph is as it was.
//
//   npx tsx bench/import-targets.ts [--runs 3]     (from server/; the seeds are loaded first, as on start)
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { undoBatch } from '../src/import/batches.js';
import { loadLookups } from '../src/import/listed/dataset.js';
import { ListedImporter } from '../src/import/listed/importer.js';
import { runImport } from '../src/import/pipeline.js';
import { seedDatabase } from '../src/seed/load.js';
import { createApp } from '../src/yoga.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const table = (head: string[], rows: string[][]) => {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(head), w.map((x) => '-'.repeat(x)).join('  '), ...rows.map(line)].join('\n');
};

const config = loadConfig();
const { executor, stop, describe } = await connectDatabase(config);
try {
  await migrate(executor);
  // The seeds, as the app loads them on every start (a fresh folder, CI's tiny run, has none).
  await seedDatabase(executor, config.seedsDir);
  console.log(`Database: ${describe}`);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const rssBefore = process.memoryUsage().rss;
  const dir = config.listedDatasetDir;
  const rows: string[][] = [];
  for (const commit of [false, true]) {
    peak = process.memoryUsage().rss;
    const t = performance.now();
    const r = await runImport(executor, new ListedImporter(dir, await loadLookups(dir)), { commit, who: 'bench' });
    const s = (performance.now() - t) / 1000;
    rows.push([
      commit ? 'commit' : 'dry run',
      String(r.counts.read),
      String(r.counts.create),
      String(r.counts.relationships),
      s.toFixed(1),
      Math.round(r.counts.read / s).toString(),
      `${Math.round(peak / 2 ** 20)}`,
    ]);
    if (r.batchId) await undoBatch(executor, r.batchId, 'bench');
  }
  clearInterval(sampler);
  console.log(`\nImport of the full data set (RSS before: ${Math.round(rssBefore / 2 ** 20)} MB; the commit is undone afterwards)`);
  console.log(table(['run', 'records', 'created', 'relationships', 'seconds', 'records/s', 'peak RSS MB'], rows));

  const app = createApp({
    executor,
    authExecutor: executor /* viewerFor: no sign-in */,
    production: false,
    viewerFor: () => ({ role: 'viewer', userId: 'bench', name: 'bench' }),
  });
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: { targets?: { total: number; gapSegments: unknown[] } }; errors?: unknown[] };
  };
  const parks = await executor.read<{ park: string; chain: string }>({
    name: 'bench/parks',
    text: 'MATCH (p:Park)-[:GROWS]->(c:Chain) RETURN p.id AS park, c.id AS chain ORDER BY c.id, p.id',
  });
  const q = `query ($c: ID!, $p: ID) { targets(chainId: $c, parkId: $p, limit: 20) { total gapSegments { id } items { enterprise { id name } score parts { key points } } } }`;
  const trows: string[][] = [];
  const all: number[] = [];
  for (const { park, chain } of parks) {
    const times: number[] = [];
    let total = 0;
    let gaps = 0;
    for (let i = 0; i < runs + 1; i++) {
      const t = performance.now();
      const res = await gql(q, { c: chain, p: park });
      const ms = performance.now() - t;
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      total = res.data!.targets!.total;
      gaps = res.data!.targets!.gapSegments.length;
      if (i > 0) times.push(ms); // the first run warms caches
    }
    all.push(...times);
    trows.push([chain, park, String(gaps), String(total), median(times).toFixed(0), Math.max(...times).toFixed(0)]);
  }
  console.log(`\ntargets (every gap of the park's chain, first 20 candidates), median of ${runs} runs after one warm-up`);
  console.log(table(['chain', 'park', 'gaps', 'candidates', 'median ms', 'max ms'], trows));
  console.log(`\nall: median ${median(all).toFixed(0)} ms, max ${Math.max(...all).toFixed(0)} ms over ${all.length} requests`);
} finally {
  await stop();
}
