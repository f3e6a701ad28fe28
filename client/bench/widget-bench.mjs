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
// figure to compare when the machine is busy. A figure, not a test: nothing fails when slow.
import { chromium } from 'playwright-core';

const base = new URL(process.argv[2] ?? 'http://127.0.0.1:4000/');
const runs = Number(process.env.BENCH_RUNS ?? 7);
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

async function once(query) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    document.addEventListener('ready', () => (window.__readyAt ??= performance.now()), true);
    document.addEventListener('error', (e) => (window.__failed ??= e.detail?.message ?? 'error'), true);
  });
  await page.goto(new URL(`/embed?${query}`, base).href);
  await page.waitForFunction(() => window.__readyAt !== undefined || window.__failed !== undefined, null, { timeout: 60_000 });
  const r = await page.evaluate(() => {
    const end = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name))?.responseEnd ?? NaN;
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {
      failed: window.__failed,
      ready: window.__readyAt,
      script: end(/\/widget\/chain-map\.js/),
      api: end(/\/graphql/),
      data: mark('chain-map:data'),
      graph: mark('chain-map:graph'),
    };
  });
  // Main-thread CPU time of the page up to here: unlike the wall-clock columns, it hardly moves
  // when other work competes for the cores.
  r.cpu = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value * 1000;
  await context.close();
  if (r.failed) throw new Error(`/embed?${query}: ${r.failed}`);
  return r;
}

console.log(`Widget first map (/embed, cold cache, ${runs} runs after a warm-up; ms since navigation start, medians)`);
console.log(
  `${'case'.padEnd(42)} ${'script'.padStart(8)} ${'API'.padStart(8)} ${'data'.padStart(8)} ${'graph'.padStart(8)} ${'ready'.padStart(8)} ${'min–max ready'.padStart(15)} ${'cpu'.padStart(8)}`,
);
for (const c of cases) {
  await once(c.query);
  const rows = [];
  for (let i = 0; i < runs; i++) rows.push(await once(c.query));
  const ready = rows.map((r) => r.ready);
  const f = (n) => n.toFixed(0).padStart(8);
  const col = (key) => f(median(rows.map((r) => r[key])));
  console.log(
    `${c.name.padEnd(42)} ${col('script')} ${col('api')} ${col('data')} ${col('graph')} ${col('ready')} ${`${Math.min(...ready).toFixed(0)}–${Math.max(...ready).toFixed(0)}`.padStart(15)} ${col('cpu')}`,
  );
}
await browser.close();
