#!/usr/bin/env node
// Opens each view of a running app in Debian's Chromium and reports Content-Security-Policy
// violations (securitypolicyviolation events and console errors). Exit 1 if there is any.
//   node scripts/csp-check.mjs http://127.0.0.1:4000/
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(root, 'e2e', 'package.json'))('playwright-core');
const base = process.argv[2] ?? 'http://127.0.0.1:4000/';
const views = [
  '',
  '?view=chain&chain=pv&park=zs-hitech',
  '?view=chain&chain=semi&park=ls-etdz&node=semi.polished-wafer&asOf=2022',
  '?view=park&park=zs-hitech',
  '?view=compare&chain=pv',
  '?view=analyst',
  '?view=explore&node=e.runhai',
  '?view=home&lang=en',
  '?view=embed&chain=pv&park=zs-hitech',
  // The embeddable map's own page (its CSP differs only in frame-ancestors).
  'embed?chain=pv&park=zs-hitech&lang=en&theme=dark',
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const problems = [];
try {
  for (const view of views) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(`${view}: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Refused to load (CSP ${e.violatedDirective}): ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    await page.goto(new URL(view, base).href, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    console.log(`${view || '/'}: ${await page.title()}`);
    await page.close();
  }
} finally {
  await browser.close();
}
for (const p of problems) console.log(`CSP: ${p}`);
console.log(`${problems.length} CSP violation(s) in ${views.length} views`);
process.exit(problems.length ? 1 : 0);
