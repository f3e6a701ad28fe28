// Imports from the command line (one pipeline, see pipeline.ts):
//
//   tsx src/import/cli.ts listed [--commit] [--dir <folder>] [--who <name>]   plan, or commit, the A-share data set
//   tsx src/import/cli.ts batches                                            list import batches
//   tsx src/import/cli.ts undo <batch-id> [--who <name>]                      undo one batch as a whole
//
// Without --commit nothing is written (dry run). Exit codes: 0 done, 1 refused (errors in the
// plan are reported, not fatal; an undo that is refused is), 2 other failure.
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { runCli } from '../run-cli.js';
import { listBatches, undoBatch, UndoRefusedError } from './batches.js';
import { countLines } from './jsonl.js';
import { datasetFiles, loadLookups } from './listed/dataset.js';
import { ListedImporter } from './listed/importer.js';
import { runImport, type ImportResult } from './pipeline.js';
import { progressBar } from './progress.js';

const usage = 'usage: tsx src/import/cli.ts listed [--commit] [--dir <folder>] [--who <name>] | batches | undo <batch-id> [--who <name>]';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export function formatResult(r: ImportResult): string {
  const c = r.counts;
  const lines = [
    `${r.dryRun ? 'Dry run (nothing written)' : `Committed as batch ${r.batchId}`}: ${r.kind} from ${r.source}`,
    `  read ${c.read} · create ${c.create} · update ${c.update} · match ${c.match} · skip ${c.skip} · errors ${c.errors} · review ${c.review} · relationships ${c.relationships} · ${Math.round(r.ms)} ms`,
  ];
  if (r.matches.length) lines.push('  matches:', ...r.matches.map((m) => `    ${m.count} × ${m.reason}`));
  if (r.skips.length)
    lines.push(
      '  skips:',
      ...r.skips.map((s) => `    ${s.count} × ${s.reason} (lines ${s.lines.slice(0, 8).join(', ')}${s.count > 8 ? ' …' : ''})`),
    );
  if (r.errors.length)
    lines.push('  errors:', ...r.errors.map((e) => `    line ${e.line}${e.key ? ` (${e.key})` : ''}: ${e.field}: ${e.message}`));
  if (r.review.length) {
    lines.push('  for a person to decide (not merged):');
    for (const v of r.review)
      lines.push(
        `    line ${v.line} ${v.key} ${v.name} — ${v.decision}; possibly ${v.candidates.map((c) => `${c.id} ${c.name} (${c.why})`).join('; ')}`,
      );
  }
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || !['listed', 'batches', 'undo'].includes(command)) {
    console.error(usage);
    return 2;
  }
  const config = loadConfig();
  const who = option(rest, '--who') ?? process.env.USER ?? 'cli';
  const { executor, stop, describe } = await connectDatabase(config);
  try {
    console.log(`Connected to ${describe}.`);
    await executor.verifyConnectivity();
    await migrate(executor);
    if (command === 'batches') {
      for (const b of await listBatches(executor))
        console.log(`${b.id}  ${b.status}  ${b.at}  ${b.who}  ${b.kind}  ${JSON.stringify(b.counts)}`);
      return 0;
    }
    if (command === 'undo') {
      const id = rest[0];
      if (!id || id.startsWith('--')) {
        console.error(usage);
        return 2;
      }
      try {
        const r = await undoBatch(executor, id, who);
        console.log(`Undone ${id}: ${r.deleted} nodes deleted, ${r.restored} restored.`);
        return 0;
      } catch (e) {
        if (e instanceof UndoRefusedError) {
          console.error(e.message);
          return 1;
        }
        throw e;
      }
    }
    const dir = option(rest, '--dir') ?? config.listedDatasetDir;
    const total = await countLines(datasetFiles(dir).companies);
    const bar = progressBar(total, 'listed companies');
    const importer = new ListedImporter(dir, await loadLookups(dir));
    const result = await runImport(executor, importer, { commit: rest.includes('--commit'), who, onProgress: (n) => bar.update(n) });
    bar.done();
    console.log(formatResult(result));
    return 0;
  } finally {
    await stop();
  }
}

runCli(main);
