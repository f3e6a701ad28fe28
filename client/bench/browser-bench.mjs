// Chain-map benchmark in a real browser: `pnpm --filter @chain-graph/client bench:browser`.
//
// Builds bench/page (its own Vite entry, into a temp folder, never part of the
// app bundle), serves it on a free port, and loads it in Debian's Chromium
// (playwright-core with executablePath, the flags the e2e tests use) once per
// run, each in a fresh page. Every case is one layout × one renderer at one
// size; each gets a warm-up load, then BENCH_RUNS (default 5) measured loads,
// and the table shows medians. Phases (ms since the chain data is at hand):
//
//   create     elements built (ours: with the fishbone layout) + Cytoscape made
//   layout     layout finished (ours: already done in `create`)
//   calc       Cytoscape's per-element style, label and bounds calculations that
//              run in the first frame before it draws (part of `painted`)
//   draw       how long Cytoscape's first draw itself took (part of `painted`)
//   painted    the first frame with the map reached the screen
//   interact.  a mouse click on a node got its tap handler called and the frame
//              showing the selection was painted (the first interaction answered)
//   cpu        main-thread CPU time over the same span (Chromium's ThreadTime
//              metric): the figure to compare when the machine is busy
//   zoom/pan   median / worst frame interval during a 30-frame wheel zoom and
//              a 30-frame drag pan (16.7 ms = 60 fps)
//
// Environment: BENCH_RUNS, BENCH_SIZES (e.g. "500,2000"), BENCH_CASES (e.g.
// "fishbone/canvas,cose/canvas"; a third part tries stylesheet changes on
// ours, e.g. "fishbone/canvas/nolabels+straight", see TWEAKS in page/main.ts, or patches of
// Cytoscape's internals, see page/internals.ts), BENCH_CAP_MS (default 20000: a case whose
// warm-up takes longer is measured once and skipped at larger sizes),
// CHROMIUM_PATH (default /usr/bin/chromium), BENCH_CHROMIUM_ARGS (extra flags).
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { servePage } from './serve-page.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(
    `browser benchmark: no Chromium at ${chromiumPath}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
const { chromium } = await import('playwright-core');

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CAP_MS = Number(process.env.BENCH_CAP_MS ?? 20_000);
const SIZES = (process.env.BENCH_SIZES ?? '500,1000,2000,4000').split(',').map(Number);
const CASES = (process.env.BENCH_CASES ?? 'fishbone/canvas,fishbone/webgl,breadthfirst/canvas,cose/canvas').split(',').map((c) => {
  const [layout, renderer, tweak = ''] = c.split('/');
  return { layout, renderer, tweak, key: c };
});
const BASELINE = 'fishbone/canvas';

// 1–2. Build the page into a temp folder and serve it.
const { base, server } = await servePage();

// 3. Measure.
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    ...(process.env.BENCH_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean),
  ],
});
const warnings = new Set();

async function load(n, { layout, renderer, tweak }) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.location().url.endsWith('/favicon.ico')) return;
    if (msg.type() === 'error' || msg.type() === 'warning') warnings.add(`${layout}/${renderer}: ${msg.text().slice(0, 160)}`);
  });
  page.setDefaultTimeout(CAP_MS * 10);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value * 1000;
  const waiting = new Map();
  const waitingFor = (name) => new Promise((resolve) => waiting.set(name, resolve));
  await page.exposeFunction('benchWaiting', (name) => waiting.get(name)?.());
  const atStart = waitingFor('start');
  const atGestures = waitingFor('gestures');
  try {
    await page.goto(`${base}/index.html?n=${n}&layout=${layout}&renderer=${renderer}&tweak=${encodeURIComponent(tweak)}`);
    const settled = page.evaluate(() => window.benchResult);
    await Promise.race([atStart, settled]);
    // Main-thread CPU time from "data at hand" to interactive: unlike the
    // wall-clock columns, it hardly moves when other work competes for the cores.
    const before = await threadTime();
    await page.evaluate(() => window.benchOpen('start'));
    await Promise.race([atGestures, settled]);
    const cpu = (await threadTime()) - before;
    await page.evaluate(() => window.benchOpen('gestures'));
    return { ...(await settled), cpu };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(0) : '–');
const fields = {
  create: (r) => r.create,
  layout: (r) => r.layoutDone,
  calc: (r) => (r.drawn ?? NaN) - (r.firstDrawMs ?? NaN) - (r.frameStart ?? NaN),
  firstDraw: (r) => r.firstDrawMs,
  painted: (r) => r.painted,
  interactive: (r) => r.interactive,
  cpu: (r) => r.cpu,
  'tap→frame': (r) => r.tap.painted,
  zoomMed: (r) => r.zoom.median,
  zoomMax: (r) => r.zoom.max,
  panMed: (r) => r.pan.median,
  panMax: (r) => r.pan.max,
};

// Runs are interleaved (case A, B, C, A, B, C, …) so that load from other
// work on the machine spreads over all cases instead of hitting one.
const skipped = new Set();
const rows = [];
for (const n of SIZES) {
  const active = [];
  for (const c of CASES) {
    const row = { n, case: c.key, samples: [] };
    rows.push(row);
    if (skipped.has(c.layout)) {
      row.note = `skipped (over ${CAP_MS / 1000} s at a smaller size)`;
      continue;
    }
    const warm = await load(n, c);
    if (warm.error) {
      row.note = `error: ${warm.error.split('\n')[0]}`;
      continue;
    }
    if ((warm.interactive ?? 0) > CAP_MS) {
      // Too slow to repeat: one more run, and none at larger sizes.
      skipped.add(c.layout);
      row.note = `1 run only (warm-up over ${CAP_MS / 1000} s)`;
      row.samples.push(await load(n, c));
      continue;
    }
    active.push({ c, row });
  }
  for (let i = 0; i < RUNS; i++) for (const { c, row } of active) row.samples.push(await load(n, c));
  for (const row of rows.filter((r) => r.n === n)) {
    const ok = row.samples.filter((s) => !s.error);
    if (ok.length === 0) continue;
    Object.assign(row, { elements: ok[0].n, runs: ok.length, webgl: ok.every((s) => s.webglActive), hit: ok.every((s) => s.tap.hit) });
    for (const [name, get] of Object.entries(fields)) row[name] = median(ok.map(get));
    process.stderr.write(`  ${n} ${row.case}: interactive ${fmt(row.interactive)} ms\n`);
  }
}
const version = browser.version();
await browser.close();
server.close();

// 4. Report.
console.log(
  `\nchain-map browser benchmark — medians of ${RUNS} fresh page loads after 1 warm-up; Chromium ${version} (${chromiumPath}, --disable-gpu), 1366×768, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`,
);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at the end (other work on the machine slows every column alike; compare within a run)`,
);
console.log('all times in ms; create/layout/painted/interactive are since the chain data was at hand; ×: interactive vs fishbone/canvas\n');
const headers = [
  'elements',
  'case',
  'runs',
  'create',
  'layout',
  'calc',
  'draw',
  'painted',
  'interactive',
  '×',
  'cpu',
  'tap→frame',
  'zoom med/max',
  'pan med/max',
  'notes',
];
const table = rows.map((r) => {
  const baseRow = rows.find((b) => b.n === r.n && b.case === BASELINE);
  const ratio = baseRow && r.interactive ? `${(r.interactive / baseRow.interactive).toFixed(1)}×` : '–';
  const notes = [
    r.note,
    r.webgl === false && r.case.endsWith('webgl') ? 'WebGL NOT active' : '',
    r.case.includes('/auto') ? `app chose ${r.webgl ? 'WebGL' : 'canvas'}` : '',
    r.hit === false ? 'tap missed the node' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return [
    String(r.elements ?? r.n),
    r.case,
    String(r.runs ?? 0),
    fmt(r.create),
    fmt(r.layout),
    fmt(r.calc),
    fmt(r.firstDraw),
    fmt(r.painted),
    fmt(r.interactive),
    ratio,
    fmt(r.cpu),
    fmt(r['tap→frame']),
    `${fmt(r.zoomMed)}/${fmt(r.zoomMax)}`,
    `${fmt(r.panMed)}/${fmt(r.panMax)}`,
    notes,
  ];
});
const widths = headers.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) =>
  `| ${cells.map((c, i) => (i === 1 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(line(headers));
console.log(`|${widths.map((w, i) => (i === 1 || i === widths.length - 1 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`);
for (const t of table) console.log(line(t));

console.log('');
for (const n of SIZES) {
  const b = rows.find((r) => r.n === n && r.case === BASELINE);
  if (!b || !Number.isFinite(b.interactive)) continue;
  const others = rows
    .filter((r) => r.n === n && r.case !== BASELINE && Number.isFinite(r.interactive))
    .map((r) => `${r.case} ${(r.interactive / b.interactive).toFixed(1)}×`);
  console.log(
    `${b.elements} elements: fishbone+canvas interactive median ${fmt(b.interactive)} ms${others.length ? `; ${others.join('; ')}` : ''}`,
  );
}
if (warnings.size) {
  console.log('\nbrowser console errors/warnings (first of each):');
  for (const w of [...warnings].slice(0, 12)) console.log(`  ${w}`);
}

// Figures are not checked, but a case that never drew, never became interactive or whose tap
// missed its node is broken, and the run says so by its exit status (CI runs this once, tiny).
const broken = rows.filter(
  (r) => !String(r.note ?? '').startsWith('skipped') && (!r.runs || !Number.isFinite(r.interactive) || r.hit === false),
);
if (broken.length) {
  for (const r of broken)
    console.error(`✖ ${r.n} ${r.case}: ${r.note ?? (r.hit === false ? 'the tap missed the node' : 'no interactive frame')}`);
  process.exit(1);
}
