// Where the chain map's start-up time goes: `node bench/profile-map.mjs [elements]` (default 2000).
//
// Loads the browser benchmark's page (bench/page, built unminified so that function names stay)
// in Debian's Chromium, as browser-bench.mjs does, and records a CPU profile (CDP `Profiler`)
// over exactly the span the benchmark's `cpu` column measures: from the chain data at hand to
// the first tap answered. Prints the total inside each phase we own or call (our element
// building, the layout, label fitting, edge routing, Cytoscape's constructor, style, bounds and
// drawing), then the top functions by self time. PROFILE_RUNS (default 3) profiles are summed.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { servePage } from './serve-page.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const { chromium } = await import('playwright-core');
const n = Number(process.argv[2] ?? 2000);
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
// PROFILE_TRACE=1: also a trace of the same span; prints the renderer main thread's top-level
// tasks by event name (style, layout, paint, GC next to script) and the longest of each.
const TRACE = process.env.PROFILE_TRACE === '1';

function traceSummary(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const threads = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const byName = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const thread = `${e.pid}:${e.tid}` === `${main?.pid}:${main?.tid}` ? 'main' : (threads.get(`${e.pid}:${e.tid}`) ?? e.tid);
    const key = `${thread} ${e.name}`;
    const cur = byName.get(key) ?? { total: 0, count: 0, max: 0 };
    cur.total += e.dur / 1000;
    cur.count++;
    cur.max = Math.max(cur.max, e.dur / 1000);
    byName.set(key, cur);
  }
  // What the longest forced style-and-layout did (events nested in it).
  const longest = events
    .filter((e) => e.ph === 'X' && e.name === 'Document::UpdateStyleAndLayout' && e.pid === main?.pid && e.tid === main?.tid)
    .sort((a, b) => b.dur - a.dur)[0];
  if (longest) {
    console.log(`longest forced style+layout ${(longest.dur / 1000).toFixed(0)} ms, inside it:`);
    for (const e of events)
      if (e.ph === 'X' && e.tid === longest.tid && e.ts >= longest.ts && e.ts + e.dur <= longest.ts + longest.dur && e.dur > 2000)
        console.log(`  ${(e.dur / 1000).toFixed(0).padStart(5)} ms ${e.name} ${JSON.stringify(e.args ?? {}).slice(0, 120)}`);
  }
  console.log('trace events (inclusive ms, nested events overlap):');
  for (const [key, v] of [...byName].sort((a, b) => b[1].total - a[1].total).slice(0, 30))
    console.log(`${v.total.toFixed(0).padStart(7)} ms ${String(v.count).padStart(6)}× max ${v.max.toFixed(0).padStart(5)}  ${key}`);
}

const { base, server } = await servePage({ minify: false, prefix: 'chain-graph-profile-' });
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** One page load; the CPU profile between the benchmark's two gates. */
async function profileOnce() {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  const waiting = new Map();
  const waitingFor = (name) => new Promise((resolve) => waiting.set(name, resolve));
  await page.exposeFunction('benchWaiting', (name) => waiting.get(name)?.());
  const atStart = waitingFor('start');
  const atGestures = waitingFor('gestures');
  await page.goto(`${base}/index.html?n=${n}&layout=fishbone&renderer=canvas`);
  await atStart;
  const events = [];
  if (TRACE) {
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,blink,v8,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
  }
  await cdp.send('Profiler.start');
  await page.evaluate(() => window.benchOpen('start'));
  await atGestures;
  const { profile } = await cdp.send('Profiler.stop');
  if (TRACE) {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    traceSummary(events);
  }
  const startup = await page.evaluate(() => window.benchStartup);
  await context.close();
  return { profile, interactive: startup?.interactive ?? NaN };
}

// Phases: a sample counts towards every phase whose function is on its stack (once each).
// Bundled names carry suffixes (`updateStyle2`, `CRp$a.render`): matched by pattern.
const PHASES = [
  [/^buildChainElements/, 'our elements (labels, layout, routes)'],
  [/^fitLabel/, '  label fitting'],
  [/^layoutChain/, '  fishbone layout'],
  [/^routeEdges/, '  edge routing'],
  [/^createGraph/, 'createGraph (Cytoscape constructor, lanes, fit)'],
  [/^Core\d*$/, '  cytoscape() constructor'],
  [/^laneRects|^drawLanes|^fitWithLanes|^labelsByZoom/, '  lanes, fit, label classes'],
  [/\.render$/, "renderer's frame (style, bounds, draw)"],
  [/updateStyle\d*$/, '  style application'],
  [/recalculateRenderedStyle$/, '  rendered style (labels, edge geometry)'],
  [/findEdgeControlPoints$/, '  edge control points'],
  [/\.render$|^drawElements|drawCachedElement|drawLayeredElements/, '  drawing (incl. the above when inside render)'],
  [/^tapNode/, 'tap'],
];

const self = new Map();
const inclusive = new Map(PHASES.map(([, label]) => [label, 0]));
const inclusiveByName = new Map();
let total = 0;
const FOCUS = process.env.PROFILE_FOCUS;
const callees = new Map();
const interactives = [];
for (let run = 0; run < RUNS; run++) {
  const { profile, interactive } = await profileOnce();
  interactives.push(interactive);
  // PROFILE_SAVE=file.cpuprofile: the last profile, for Chromium's DevTools (Performance, load profile).
  if (process.env.PROFILE_SAVE) writeFileSync(process.env.PROFILE_SAVE, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const dts = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const dt = (dts[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') return;
    total += dt;
    const key = `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) seen.add(byId.get(cur).callFrame.functionName);
    for (const [re, label] of PHASES) if ([...seen].some((f) => re.test(f))) inclusive.set(label, inclusive.get(label) + dt);
    for (const f of seen) inclusiveByName.set(f, (inclusiveByName.get(f) ?? 0) + dt);
    // PROFILE_FOCUS=name: what the nearest call of `name` on the stack spent its time in (its callees).
    if (FOCUS) {
      let child = id;
      for (let cur = id; cur !== undefined; child = cur, cur = parent.get(cur)) {
        if (byId.get(cur).callFrame.functionName !== FOCUS) continue;
        const name = cur === child ? '(self)' : byId.get(child).callFrame.functionName;
        callees.set(name, (callees.get(name) ?? 0) + dt);
        break;
      }
    }
  });
}
await browser.close();
server.close();

const per = (ms) => (ms / RUNS).toFixed(0).padStart(6);
console.log(
  `chain map start-up profile, ${n} elements, mean of ${RUNS} loads (ms of main-thread samples, idle excluded); interactive ${interactives.map((x) => x.toFixed(0)).join(', ')} ms; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`${per(total)}  total`);
for (const [, label] of PHASES) console.log(`${per(inclusive.get(label))}  ${label}`);
console.log('\ntop inclusive (function on the stack):');
for (const [f, ms] of [...inclusiveByName].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 30)))
  console.log(`${per(ms)}  ${f}`);
console.log('\ntop self time:');
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 30)))
  console.log(`${per(ms)}  ${key}`);
if (FOCUS) {
  console.log(`\ninside ${FOCUS}:`);
  for (const [f, ms] of [...callees].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${per(ms)}  ${f}`);
}
