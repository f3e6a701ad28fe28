// Staff-sheet import benchmark (issue 14): a generated sheet of N enterprise rows (.xlsx, and the
// same rows as a GBK CSV without BOM) through the import pipeline on the seeded graph: rows/s of
// reading alone, of the dry run and of the commit (+ undo), with the peak RSS of this process and
// its heap after each step. The sheet is read as a stream (exceljs WorkbookReader), so memory
// should stay near the size of the uploaded file plus the graph's lookups, not grow with rows.
//
//   npx tsx server/bench/sheet-import.ts --data <empty folder> [--rows 50000] [--commit]
//   npx tsx server/bench/sheet-import.ts --data <folder> --rows 500 --commit         (CI: tiny, once)
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const data = arg('--data');
if (!data) {
  console.error('usage: npx tsx server/bench/sheet-import.ts --data <folder> [--rows 50000] [--commit]');
  process.exit(1);
}
const rows = Number(arg('--rows') ?? 50_000);
const root = path.resolve(import.meta.dirname, '../..');
process.env.NEO4J_DATA_DIR = path.resolve(root, data);
const { loadConfig } = await import('../src/config.js');
const { connectGraph } = await import('../src/db/connect.js');
const { migrate } = await import('../src/db/migrate.js');
const { loadSeeds } = await import('../src/seed/load.js');
const { readSeeds } = await import('../src/seed/read-seeds.js');
const { runImport } = await import('../src/import/pipeline.js');
const { undoBatch } = await import('../src/import/batches.js');
const { SheetImporter } = await import('../src/import/sheets/importer.js');
const { readSheet } = await import('../src/import/sheets/read.js');
const { creditCodeCheckChar } = await import('../src/import/resolve/credit-code.js');

const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
const peakRss = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;

const config = loadConfig();
const db = await connectGraph(config, () => {});
try {
  await migrate(db.executor);
  const [{ n } = { n: 0 }] = await db.executor.read<{ n: number }>({ name: 'bench/parks', text: 'MATCH (p:Park) RETURN count(p) AS n' });
  if (!n) await loadSeeds(db.executor, readSeeds(config.seedsDir));
  const [lists] = await db.executor.read<{ parks: string[]; segments: string[] }>({
    name: 'bench/lists',
    text: `RETURN COLLECT { MATCH (p:Park) RETURN p.name } AS parks,
                  COLLECT { MATCH (s:Segment)-[:OF_CHAIN]->(c:Chain) RETURN c.name + '/' + s.name } AS segments`,
  });
  // The rows: fictional firms with valid credit codes, spread over the seeded parks and segments.
  const header = ['企业名称', '统一社会信用代码', '园区', '产业链环节', '成立时间', '主要产品'];
  const row = (i: number) => {
    const first17 = `91330200MA${String(i).padStart(7, '0')}`;
    return [
      `示例虚构基准企业${i}有限公司`,
      first17 + creditCodeCheckChar(first17),
      lists!.parks[i % lists!.parks.length]!,
      lists!.segments[i % lists!.segments.length]!,
      String(1990 + (i % 35)),
      '示例产品甲；示例产品乙',
    ];
  };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业');
  ws.addRow(header);
  for (let i = 0; i < rows; i++) ws.addRow(row(i));
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
  const csvText = [header, ...Array.from({ length: rows }, (_, i) => row(i))].map((r) => r.join(',')).join('\r\n');
  const gbk = iconv.encode(csvText, 'gbk');
  console.error(`sheet: ${rows} rows, xlsx ${mb(xlsx.length)}, GBK csv ${mb(gbk.length)}; RSS peak so far ${mb(peakRss())}`);

  const table: string[][] = [];
  const step = async (name: string, fn: () => Promise<number>) => {
    const t = performance.now();
    const done = await fn();
    const s = (performance.now() - t) / 1000;
    table.push([name, String(done), s.toFixed(1), String(Math.round(done / s)), mb(peakRss()), mb(process.memoryUsage().heapUsed)]);
    console.error(table.at(-1)!.join(' | '));
  };
  const readAll = async (name: string, bytes: Buffer) => {
    let k = 0;
    for await (const _ of readSheet(name, bytes).rows) k++;
    return k - 1;
  };
  await step('read xlsx (stream)', () => readAll('b.xlsx', xlsx));
  await step('read GBK csv', () => readAll('b.csv', gbk));
  const opts = { who: 'bench', allOrNothing: true, audit: { by: 'bench', byUserId: null, reason: 'bench' }, keepRows: 500 };
  await step('dry run xlsx', async () => {
    const r = await runImport(db.executor, new SheetImporter({ kind: 'enterprises', fileName: 'b.xlsx', bytes: xlsx }), {
      ...opts,
      commit: false,
    });
    if (r.errors.length) throw new Error(`dry run: ${r.errors.length} errors, first ${JSON.stringify(r.errors[0])}`);
    return r.counts.create;
  });
  if (process.argv.includes('--commit')) {
    let batch = '';
    await step('commit xlsx (with audit records)', async () => {
      const r = await runImport(db.executor, new SheetImporter({ kind: 'enterprises', fileName: 'b.xlsx', bytes: xlsx }), {
        ...opts,
        commit: true,
      });
      batch = r.batchId!;
      return r.counts.create;
    });
    await step('undo', async () => (await undoBatch(db.executor, batch, 'bench')).deleted);
  }
  const cpu = os.cpus()[0]?.model ?? '?';
  console.log(
    [
      `| step | rows | s | rows/s | peak RSS (process) | heap after |`,
      `| --- | ---: | ---: | ---: | ---: | ---: |`,
      ...table.map((r) => `| ${r.join(' | ')} |`),
      '',
      `Sheet of ${rows} enterprise rows: xlsx ${mb(xlsx.length)}, GBK CSV ${mb(gbk.length)} (both built in memory by the script, which counts in the RSS).`,
      `Machine: ${os.cpus().length} × ${cpu}, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}. ` +
        `Command: \`npx tsx server/bench/sheet-import.ts --data ${data} --rows ${rows}${process.argv.includes('--commit') ? ' --commit' : ''}\` at ${execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim()}.`,
    ].join('\n'),
  );
} finally {
  await db.stop();
}
