#!/usr/bin/env node
// Measures what a first visit downloads: index.html and every script, module preload and
// stylesheet it references, as sent on the wire for each Accept-Encoding (identity, gzip, br).
// Node's http client is used on purpose: it does not decompress, so the counted bytes are the
// bytes sent. Usage: node scripts/first-load.mjs http://127.0.0.1:4000/
import http from 'node:http';

const base = new URL(process.argv[2] ?? 'http://127.0.0.1:4000/');

function get(url, encoding) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const index = await get(base, 'identity');
if (index.status !== 200) throw new Error(`${base} answered ${index.status}`);
const html = index.body.toString('utf8');
const refs = new Set(['/']);
for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)) {
  if (/rel="(?:icon|manifest)"/.test(m[0])) continue;
  refs.add(new URL(m[1], base).pathname);
}

const rows = [];
const totals = { identity: 0, gzip: 0, br: 0 };
for (const ref of refs) {
  const row = { path: ref };
  for (const enc of Object.keys(totals)) {
    const r = await get(new URL(ref, base), enc);
    if (r.status !== 200) throw new Error(`${ref} answered ${r.status}`);
    row[enc] = r.body.length;
    row[`${enc}-sent-as`] = r.headers['content-encoding'] ?? 'identity';
    totals[enc] += r.body.length;
  }
  rows.push(row);
}
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
for (const r of rows) {
  console.log(`${r.path.padEnd(40)} ${kB(r.identity).padStart(10)} ${kB(r.gzip).padStart(10)} (${r['gzip-sent-as']}) ${kB(r.br).padStart(10)} (${r['br-sent-as']})`);
}
console.log(`first load, ${rows.length} files: identity ${kB(totals.identity)}, gzip ${kB(totals.gzip)}, br ${kB(totals.br)}`);
