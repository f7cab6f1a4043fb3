import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Doc, RawFormat } from '../../src/types/index.ts';
import { ingest, toRawOffset } from '../../src/ingest/index.ts';

/**
 * The offset map: for every sentence [s, e) of the cleaned text,
 * raw.slice(toRawOffset(s), toRawOffset(e)) is the raw text it came from, so once
 * markup is taken out it gives back the same words.
 */
const corpus = (name: string): string => readFileSync(new URL(`../../corpora/${name}`, import.meta.url), 'utf8');
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Raw markup out: HTML tags and entities, Markdown link targets, images and emphasis. */
function stripMarkup(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|#38);/g, '&')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[*_[\]#>]/g, ' ');
}

function checkSentences(doc: Doc, raw: string): void {
  expect(doc.sentences.length).toBeGreaterThan(0);
  for (const s of doc.sentences) {
    const clean = doc.text.slice(s.start, s.end);
    const back = raw.slice(toRawOffset(doc, s.start), toRawOffset(doc, s.end));
    expect(words(stripMarkup(back)), `sentence ${JSON.stringify(clean.slice(0, 60))}`).toEqual(words(clean));
  }
}

function run(id: string, format: RawFormat, raw: string): Doc {
  return ingest({ id, format, raw, origin: id });
}

describe('offset map', () => {
  it('maps every sentence of text articles back to the same words', () => {
    for (const id of ['seed-hafnium-exchange', 'doj-alleged-international-hacking-ring-caught-in-9-million-fraud', 'voa-8008998', 'wikinews-paris-court-jails-two-police-in-high-profile-rape-case']) {
      const raw = corpus(`${id}.txt`);
      checkSentences(run(id, 'txt', raw), raw);
    }
  });

  it('maps every sentence of an HTML page back to the same words', () => {
    for (const id of ['doj-release-01231', 'doj-release-02279']) {
      const raw = corpus(`${id}.html`);
      checkSentences(run(id, 'html', raw), raw);
    }
  });

  it('maps every sentence of a Markdown capture back to the same words', () => {
    for (const name of ['capture-sanctions.md', 'capture-denial.md']) {
      const raw = fixture(name);
      checkSentences(run(name, 'md', raw), raw);
    }
  });

  it('maps exactly (char for char) where no markup or whitespace was changed', () => {
    const raw = 'Headline here\n\nBy Kelvin\n\nThe first sentence is here. The second one follows.';
    const doc = run('x', 'txt', raw);
    for (const s of doc.sentences) {
      expect(raw.slice(toRawOffset(doc, s.start), toRawOffset(doc, s.end))).toBe(doc.text.slice(s.start, s.end));
    }
  });

  it('follows entities and folded whitespace in HTML', () => {
    const raw = '<html><head><title>Hackers hit bank</title></head><body><article><h1>Hackers hit bank</h1>' +
      '<p>Officials said the   attack on Smith &amp; Sons Bank began in May and lasted for at least four months, costing the bank a great deal of money.</p>' +
      '<p>The bank &#8220;denies&#8221; any loss of customer data and said its systems were restored within a week of the attack.</p></article></body></html>';
    const doc = run('x', 'html', raw);
    expect(doc.text).toContain('the attack on Smith & Sons Bank');
    expect(doc.text).toContain('The bank “denies” any loss');
    const i = doc.text.indexOf('Smith & Sons');
    expect(raw.slice(toRawOffset(doc, i), toRawOffset(doc, i + 'Smith & Sons'.length))).toBe('Smith &amp; Sons');
    checkSentences(doc, raw);
  });

  it('covers the cleaned text with sorted pieces', () => {
    const doc = run('seed', 'txt', corpus('seed-hafnium-exchange.txt'));
    let at = 0;
    for (const p of doc.offsetMap) {
      expect(p.start).toBe(at);
      expect(p.end).toBeGreaterThan(p.start);
      expect(p.rawEnd).toBeGreaterThanOrEqual(p.rawStart);
      at = p.end;
    }
    expect(at).toBe(doc.text.length);
  });

  it('interpolates inside a piece whose lengths differ, and clamps at the ends', () => {
    const doc = { offsetMap: [
      { start: 0, end: 4, rawStart: 10, rawEnd: 14 },
      { start: 4, end: 5, rawStart: 14, rawEnd: 19 }, // "&" from "&amp;"
      { start: 5, end: 9, rawStart: 19, rawEnd: 23 },
    ] };
    expect(toRawOffset(doc, 0)).toBe(10);
    expect(toRawOffset(doc, 3)).toBe(13);
    expect(toRawOffset(doc, 4)).toBe(14);
    expect(toRawOffset(doc, 5)).toBe(19);
    expect(toRawOffset(doc, 9)).toBe(23);
    expect(toRawOffset(doc, 99)).toBe(23);
  });
});
