#!/usr/bin/env node
// Size budget of the embeddable widget (docs/embed.md): everything a page loads to show one
// <chain-map> — the script with Cytoscape inside, and for the /embed page its HTML and CSS too —
// at most 160 kB gzip per way of embedding. Prints each file's gzip size; exits 1 over budget.
// Run by `pnpm --filter @chain-graph/client build:widget`, so by `npm test` and every build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 160_000;
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'client', 'dist', 'widget');
const ways = {
  'script type=module (chain-map.js)': ['chain-map.js'],
  'classic script (chain-map.iife.js)': ['chain-map.iife.js'],
  'iframe /embed (embed.html + embed.css + embed-early.js + chain-map.js)': ['embed.html', 'embed.css', 'embed-early.js', 'chain-map.js'],
};

const gz = new Map();
const sizeOf = (file) => {
  if (!gz.has(file)) {
    let bytes;
    try {
      bytes = readFileSync(path.join(dir, file));
    } catch {
      console.error(`✖ ${path.join(dir, file)} is missing: build the widget first (vite build -c vite.widget.config.ts).`);
      process.exit(1);
    }
    gz.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return gz.get(file);
};
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

let over = false;
console.log(`Widget size budget: ${kB(BUDGET)} gzip for everything one embedding loads`);
for (const [way, files] of Object.entries(ways)) {
  const total = files.reduce((sum, f) => sum + sizeOf(f).gzip, 0);
  const ok = total <= BUDGET;
  over ||= !ok;
  console.log(`  ${ok ? '✓' : '✖'} ${way}: ${kB(total)} gzip`);
  for (const f of files) console.log(`      ${f}: ${kB(sizeOf(f).raw)} raw, ${kB(sizeOf(f).gzip)} gzip`);
}
if (over) {
  console.error(`✖ The widget is over its size budget of ${kB(BUDGET)} gzip (see docs/embed.md before raising it).`);
  process.exit(1);
}
