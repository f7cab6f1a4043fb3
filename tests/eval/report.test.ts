import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runEval } from '../../src/cli/commands/eval.ts';
import { FIXTURES } from './helpers.ts';

/**
 * The HTML report checked the way a person would: rendered in headless Chromium
 * (Debian's `chromium`; .ci/run installs it), a claim clicked, the page read, a
 * screenshot taken.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const dir = mkdtempSync(join(tmpdir(), 'claims-report-'));
const html = join(dir, 'report.html');
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (the report test needs it)`);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  await runEval({ split: 'all', corpus: `${FIXTURES}corpus`, gold: `${FIXTURES}gold`, pred: `${FIXTURES}pred.jsonl`, html });
  vi.restoreAllMocks();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
});

describe('HTML report', () => {
  it('is one self-contained page: no external scripts, styles, images or fetches', () => {
    const page = readFileSync(html, 'utf8');
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img[^>]+src=|fetch\(|XMLHttpRequest|https?:\/\//);
    expect(page).toContain('<style>');
  });

  it('renders scores and marks, shows a clicked claim beside its gold, and switches systems', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(`${pathToFileURL(html).href}#doc=ruritania-hack&sys=good`);

    // the score table: one column per system, the headline row
    await expect.poll(() => page.locator('#score-table th').allTextContents()).toEqual(['metric', 'good', 'thin']);
    const strict = page.locator('#score-table tr.headline td');
    expect(await strict.allTextContents()).toEqual(['strict claim F1', '0.800', '0.000']);

    // the article for (ruritania-hack, good) is the one visible
    const article = page.locator('article.doc:not([hidden])');
    expect(await article.count()).toBe(1);
    expect(await article.getAttribute('data-doc')).toBe('ruritania-hack');
    expect(await article.getAttribute('data-sys')).toBe('good');
    // matched actors, a wrong-slot figure (value 300 for "about 3,000"), a spurious claim
    expect(await article.locator('.seg.ka.s-ok').count()).toBeGreaterThan(5);
    expect(await article.locator('.seg.kf.f-wrong').first().textContent()).toBe('about 3,000');
    expect(await article.locator('.claim-row.s-spurious').count()).toBe(1);

    // click the claim whose claimant is wrong: its slots appear beside the gold's
    await article.locator('.claim-row.s-wrong').first().click();
    const panel = article.locator('.slots:not([hidden])');
    expect(await panel.count()).toBe(1);
    const claimants = panel.locator('tr', { has: page.locator('th', { hasText: 'claimants' }) });
    expect(await claimants.locator('td').nth(0).textContent()).toBe('Borduria');
    expect(await claimants.locator('td').nth(1).textContent()).toBe('Anna Kolar');
    expect(await claimants.getAttribute('class')).toBe('differ');
    expect(await claimants.locator('td.verdict').textContent()).toContain('lenient ✓');
    // the claim's evidence is highlighted in the text
    expect(await article.locator('.seg.active').allTextContents()).toEqual(['Borduria', ' denied any involvement.']);

    // clicking the spurious claim's evidence in the text opens that claim
    await article.locator('.seg[data-claims]', { hasText: 'were taken over' }).first().click();
    const spurious = article.locator('.slots:not([hidden])');
    expect(await spurious.locator('h4').textContent()).toContain('spurious');
    expect(await spurious.locator('tr', { has: page.locator('th', { hasText: 'rule' }) }).textContent()).toContain('said-passive');

    await page.screenshot({ path: join(dir, 'report.png') });
    expect(statSync(join(dir, 'report.png')).size).toBeGreaterThan(20_000);

    // another system: the same document, no claims predicted -> all gold claims missed
    await page.selectOption('#sys', 'thin');
    const thin = page.locator('article.doc:not([hidden])');
    expect(await thin.getAttribute('data-sys')).toBe('thin');
    expect(await thin.locator('.claim-row.s-missed').count()).toBe(4);

    // a document link in the per-document table opens that document
    await page.locator('a[data-goto="vekla-fine"]').click();
    expect(await page.locator('article.doc:not([hidden])').getAttribute('data-doc')).toBe('vekla-fine');
    expect(await page.locator('article.doc:not([hidden]) .failure').textContent()).toContain('no record');

    expect(requests).toEqual([]);
    await page.close();
  });
});
