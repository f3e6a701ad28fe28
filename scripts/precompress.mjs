#!/usr/bin/env node
// Writes .br and .gz copies of the built client's text files (client/dist by default) at the
// highest levels, once per build, so the server sends them without compressing per request
// (sirv picks the best one the browser accepts). A copy that would not save at least 10% is
// not written. Plain Node: it runs inside `npm start` / `npm run build` before anything else.
//
//   node scripts/precompress.mjs [dir]
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'client', 'dist'));
const compressible = /\.(js|mjs|css|html|svg|json|txt|xml|wasm|ico)$/;

function* files(d) {
  for (const name of readdirSync(d)) {
    const p = path.join(d, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

let original = 0;
let br = 0;
let gz = 0;
let count = 0;
for (const file of [...files(dir)]) {
  if (file.endsWith('.br') || file.endsWith('.gz')) continue;
  if (!compressible.test(file)) continue;
  const data = readFileSync(file);
  if (data.length < 512) continue;
  const variants = {
    '.br': brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    '.gz': gzipSync(data, { level: constants.Z_BEST_COMPRESSION }),
  };
  for (const [ext, bytes] of Object.entries(variants)) {
    if (bytes.length <= data.length * 0.9) writeFileSync(file + ext, bytes);
    else rmSync(file + ext, { force: true });
  }
  original += data.length;
  br += variants['.br'].length;
  gz += variants['.gz'].length;
  count++;
}
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(`Precompressed ${count} files in ${path.relative(root, dir) || dir}: ${kB(original)} → brotli ${kB(br)}, gzip ${kB(gz)}`);
