// Bundle sizes of what a first visit downloads, gzip and brotli (issue 15):
//
//   npm run build   (or: pnpm --filter @chain-graph/client build), then
//   pnpm --filter @chain-graph/client bench:sizes
//
// The app's first load is what dist/index.html names: its entry script, the chunks it
// modulepreloads and its stylesheet (views loaded later — import, region, Cypher editor — are
// not in it). The widget's ways are those of scripts/widget-size.mjs, which holds the budget.
// Sizes are compressed here at the highest levels (gzip 9, brotli 11), as scripts/precompress.mjs
// does for the files the server sends.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const read = (file) => {
  try {
    return readFileSync(path.join(dist, file));
  } catch {
    console.error(`✖ ${path.join(dist, file)} is missing: run the production build first (npm run build).`);
    process.exit(1);
  }
};
const sizes = (file) => {
  const bytes = read(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

const html = read('index.html').toString();
const firstLoad = ['index.html', ...[...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1])];
const groups = {
  'app, first load (index.html + entry + modulepreloads + CSS)': firstLoad,
  'widget, script type=module': ['widget/chain-map.js'],
  'widget, classic script': ['widget/chain-map.iife.js'],
  'widget, iframe /embed': ['widget/embed.html', 'widget/embed.css', 'widget/embed-early.js', 'widget/chain-map.js'],
};

const kB = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(10);
console.log(`${'bundle / file'.padEnd(62)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
for (const [name, files] of Object.entries(groups)) {
  const each = files.map((f) => [f, sizes(f)]);
  const sum = (k) => each.reduce((s, [, v]) => s + v[k], 0);
  console.log(`${name.padEnd(62)} ${kB(sum('raw'))} ${kB(sum('gzip'))} ${kB(sum('brotli'))}`);
  if (files.length > 1) for (const [f, v] of each) console.log(`  ${f.padEnd(60)} ${kB(v.raw)} ${kB(v.gzip)} ${kB(v.brotli)}`);
}
