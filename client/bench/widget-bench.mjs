// Time to the first chain map drawn by the embeddable widget, in Debian's Chromium (headless,
// the e2e flags), against a running server with the seeded data:
//
//   npm start   (or any server), then
//   pnpm --filter @chain-graph/client bench:widget http://127.0.0.1:4000/
//
// Each case loads /embed?… in a fresh browser context (cold cache: the widget script, then its one
// GraphQL request, then the drawing), BENCH_RUNS times (default 7) after one warm-up, and prints
// medians in ms since navigation start: script loaded, API answered, data read (`data`), the
// Cytoscape instance made with its elements (`graph`), `ready` (the first frame with the map
// painted), and `cpu`: the page's main-thread CPU time until then (Chromium's ThreadTime), the
// figure to compare when the machine is busy. `reqs`: the most /graphql requests one load made
// (1: the /embed page's early request, embed-early.js, was the one the widget used). A figure,
// not a test: nothing fails when slow.
//
// BENCH_COMPARE=/path/page.html: a second page (an older build of the widget copied under
// client/dist, with its own embed.html) loaded with the same query, alternating with /embed run
// by run, so both rows of a case saw the same machine load.
import { chromium } from 'playwright-core';

const base = new URL(process.argv[2] ?? 'http://127.0.0.1:4000/');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const pages = ['/embed', ...(process.env.BENCH_COMPARE ? [process.env.BENCH_COMPARE] : [])];
const cases = [
  { name: 'pv · zs-hitech (park statuses + firms)', query: 'chain=pv&park=zs-hitech' },
  { name: 'semi · ls-etdz (park statuses + firms)', query: 'chain=semi&park=ls-etdz&lang=en' },
  { name: 'pv (bare chain)', query: 'chain=pv' },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

async function once(query, pagePath = '/embed') {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    document.addEventListener('ready', () => (window.__readyAt ??= performance.now()), true);
    document.addEventListener('error', (e) => (window.__failed ??= e.detail?.message ?? 'error'), true);
  });
  await page.goto(new URL(`${pagePath}?${query}`, base).href);
  await page.waitForFunction(() => window.__readyAt !== undefined || window.__failed !== undefined, null, { timeout: 60_000 });
  const r = await page.evaluate(() => {
    const end = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name))?.responseEnd ?? NaN;
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {
      failed: window.__failed,
      ready: window.__readyAt,
      script: end(/\/chain-map\.js/),
      api: end(/\/graphql/),
      data: mark('chain-map:data'),
      graph: mark('chain-map:graph'),
      reqs: performance.getEntriesByType('resource').filter((e) => /\/graphql/.test(e.name)).length,
    };
  });
  // Main-thread CPU time of the page up to here: unlike the wall-clock columns, it hardly moves
  // when other work competes for the cores.
  r.cpu = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value * 1000;
  await context.close();
  if (r.failed) throw new Error(`${pagePath}?${query}: ${r.failed}`);
  return r;
}

console.log(`Widget first map (/embed, cold cache, ${runs} runs after a warm-up; ms since navigation start, medians)`);
console.log(
  `${'case'.padEnd(42)} ${'script'.padStart(8)} ${'API'.padStart(8)} ${'data'.padStart(8)} ${'graph'.padStart(8)} ${'ready'.padStart(8)} ${'min–max ready'.padStart(15)} ${'cpu'.padStart(8)} ${'reqs'.padStart(5)}`,
);
for (const c of cases) {
  for (const p of pages) await once(c.query, p);
  const rows = new Map(pages.map((p) => [p, []]));
  for (let i = 0; i < runs; i++) for (const p of pages) rows.get(p).push(await once(c.query, p));
  for (const [p, rs] of rows) {
    const ready = rs.map((r) => r.ready);
    const f = (n) => n.toFixed(0).padStart(8);
    const col = (key) => f(median(rs.map((r) => r[key])));
    const name = pages.length > 1 ? `${c.name.split(' (')[0]} ${p}` : c.name;
    console.log(
      `${name.padEnd(42)} ${col('script')} ${col('api')} ${col('data')} ${col('graph')} ${col('ready')} ${`${Math.min(...ready).toFixed(0)}–${Math.max(...ready).toFixed(0)}`.padStart(15)} ${col('cpu')} ${String(Math.max(...rs.map((r) => r.reqs))).padStart(5)}`,
    );
  }
}
await browser.close();
