/**
 * Renders an evaluation report in headless Chromium and saves a screenshot, the way a
 * person would look at it: the page opened on one article with one claim clicked.
 *
 *   npx claims eval --extractor baseline rules --html /tmp/report.html
 *   npx tsx eval/screenshot.ts /tmp/report.html eval/report.png [doc] [system]
 *
 * Needs Debian's `chromium` (/usr/bin/chromium). Prints what it saw to stderr.
 */
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const [htmlPath, pngPath = 'eval/report.png', doc, system] = process.argv.slice(2);
if (!htmlPath) {
  process.stderr.write('usage: npx tsx eval/screenshot.ts REPORT.html [OUT.png] [doc] [system]\n');
  process.exit(2);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const hash = doc ? `#doc=${encodeURIComponent(doc)}${system ? `&sys=${encodeURIComponent(system)}` : ''}` : '';
  await page.goto(pathToFileURL(resolve(htmlPath)).href + hash);
  const article = page.locator('article.doc:not([hidden])');
    // Prefer a claim with a wrong slot (it shows the side-by-side difference), then a match.
  const wrong = article.locator('.claim-row.s-wrong').first();
  const ok = article.locator('.claim-row.s-ok').first();
  const target = (await wrong.count()) > 0 ? wrong : (await ok.count()) > 0 ? ok : article.locator('.claim-row').first();
  if ((await target.count()) > 0) await target.click();
  await page.screenshot({ path: pngPath, fullPage: false });
  const shown = await article.getAttribute('data-doc');
  const panel = await article.locator('.slots:not([hidden]) h4').first().textContent().catch(() => null);
  process.stderr.write(`screenshot of ${shown ?? '?'} (${panel ?? 'no claim opened'}) -> ${pngPath}\n`);
} finally {
  await browser.close();
}
