import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validatePaths } from '../../src/cli/commands/validate.ts';
import { markupIn, markupRanges, occurrences, validateGold, type ArticleSource } from '../../src/eval/validate.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BROKEN = `${ROOT}tests/fixtures/gold-broken/`;
const CORPUS = `${BROKEN}corpus`;

interface Expectation {
  readonly file: string;
  readonly item: string;
  readonly problem: string;
  readonly why: string;
}
const CASES = JSON.parse(readFileSync(`${BROKEN}cases.json`, 'utf8')) as Record<string, Expectation>;

describe('validator on fixtures', () => {
  it('passes the good fixtures (Markdown page with the headline repeated in image alt text, HTML page with it in <title>, og:title and alt)', () => {
    const r = validatePaths([`${BROKEN}good`], CORPUS);
    expect(r.files).toHaveLength(2);
    expect(r.problems).toEqual([]);
  });

  it("passes the scorer's fixtures", () => {
    const r = validatePaths([`${ROOT}tests/fixtures/eval/gold`], `${ROOT}tests/fixtures/eval/corpus`);
    expect(r.files).toHaveLength(2);
    expect(r.problems).toEqual([]);
  });

  it('has a stated reason for every broken case and a case for every reason', () => {
    const dirs = readdirSync(`${BROKEN}cases`).sort();
    expect(dirs).toEqual(Object.keys(CASES).sort());
    expect(dirs.length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(CASES))('fails %s for its stated reason only', (name, want) => {
    const r = validatePaths([`${BROKEN}cases/${name}`], CORPUS);
    expect(r.files).toHaveLength(1);
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(p.file.endsWith(want.file)).toBe(true);
      expect(p.item).toBe(want.item);
    }
    expect(r.problems.map((p) => p.problem).join('\n')).toContain(want.problem);
  });

  it('skips JSON that is not gold (splits.json) and does not descend into subfolders', () => {
    const r = validatePaths([`${ROOT}annotations`], `${ROOT}corpora`);
    expect(r.skipped.some((f) => f.endsWith('splits.json'))).toBe(true);
    expect(r.files.every((f) => !f.includes('/raw/'))).toBe(true);
  });
});

describe('every gold file in annotations/', () => {
  // Zero files is a pass; one broken file fails the suite (and CI).
  const dir = `${ROOT}annotations`;
  it('is valid', () => {
    const r = validatePaths(existsSync(dir) ? [dir] : [], `${ROOT}corpora`);
    expect(r.problems.map((p) => `${p.file}: ${p.item}: ${p.problem}`)).toEqual([]);
  });
});

describe('markupIn', () => {
  it.each([
    ['<b>bold</b>', 'an HTML tag'],
    ['the port&#8217;s claim', 'an HTML entity'],
    ['fish &amp; chips', 'an HTML entity'],
    ['![alt', 'Markdown image syntax'],
    ['see [the report](https://x.org)', 'Markdown link syntax'],
    ['text](https://x.org', 'Markdown link syntax'],
    ['a **bold** claim', 'Markdown emphasis'],
    ['an *emphasised* word', 'Markdown emphasis'],
    ['_italic_ here', 'Markdown emphasis'],
    ['## Subhead', 'a Markdown heading marker'],
  ])('finds markup in %s', (s, what) => {
    expect(markupIn(s)).toBe(what);
  });

  it.each(['U.S. officials said 5 < 6 and 7 > 2', 'AT&T agreed', 'the snake_case name', 'costs 5 * 3 dollars', 'the [sic] word', '#1 priority', 'C# code'])(
    'finds none in %s',
    (s) => {
      expect(markupIn(s)).toBeNull();
    },
  );
});

describe('the headline exception (SPEC §3)', () => {
  const goldWith = (evidence: string, cue = 'blames', content = 'B') => ({
    doc: 'x',
    ingest: { keep: [], drop: [] },
    actors: [],
    figures: [],
    claims: [{ type: 'accusation', claimants: [], targets: [], cue, content, evidence, certainty: 'asserted', reported_by: [] }],
  });
  const html: ArticleSource = {
    raw: '<title>A blames B for outage | Site</title><h1>A blames B for outage</h1><p>A blames B for outage, again.</p>',
    format: 'html',
    headlines: ['A blames B for outage'],
  };

  it('allows repeats inside markup but not a second repeat in visible text', () => {
    expect(occurrences(html.raw, 'A blames B for outage')).toHaveLength(3);
    // <title> is markup, <h1> and <p> are text: two visible occurrences -> a problem
    expect(validateGold('x.json', goldWith('A blames B for outage'), html).map((p) => p.problem)).toEqual([
      'evidence "A blames B for outage" occurs 3 times in the article; it must occur once (pick a longer snippet)',
    ]);
    const once: ArticleSource = { ...html, raw: html.raw.replace('<p>A blames B for outage, again.</p>', '') };
    expect(validateGold('x.json', goldWith('A blames B for outage'), once)).toEqual([]);
  });

  it('applies only to headline snippets', () => {
    const raw = '<img alt="B denies it"><p>B denies it.</p>';
    const src: ArticleSource = { raw, format: 'html', headlines: ['Something else'] };
    expect(validateGold('x.json', goldWith('B denies it', 'denies', 'it'), src).some((p) => p.problem.includes('occurs 2 times'))).toBe(true);
    expect(validateGold('x.json', goldWith('B denies it', 'denies', 'it'), { ...src, headlines: ['B denies it'] })).toEqual([]);
  });

  it('counts a text capture repeating the whole headline line as the same repeat', () => {
    const raw = 'A blames B for outage\n\nShare\n\nA blames B for outage\n\nA said B did it.';
    const src: ArticleSource = { raw, format: 'txt', headlines: ['A blames B for outage'] };
    expect(validateGold('x.json', goldWith('A blames B for outage'), src)).toEqual([]);
    // but not a third occurrence inside a body sentence
    const body = { ...src, raw: `${raw} Then A blames B for outage again.` };
    expect(validateGold('x.json', goldWith('A blames B for outage'), body).map((p) => p.problem)).toEqual([
      'evidence "A blames B for outage" occurs 3 times in the article; it must occur once (pick a longer snippet)',
    ]);
  });

  it('counts Markdown image alt text as markup', () => {
    const raw = '# A blames B\n\n![A blames B](pic.jpg)\n\nBody.';
    expect(markupRanges(raw, 'md').some(([s, e]) => s <= raw.indexOf('![') + 2 && e > raw.indexOf('![') + 2)).toBe(true);
    expect(validateGold('x.json', goldWith('A blames B'), { raw, format: 'md', headlines: ['A blames B'] })).toEqual([]);
  });
});
