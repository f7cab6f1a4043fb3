import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';

/** The founding article (issue 2): all body text kept, the named boilerplate gone. */
const raw = readFileSync(new URL('../../corpora/seed-hafnium-exchange.txt', import.meta.url), 'utf8');
const doc = ingest({ id: 'seed-hafnium-exchange', format: 'txt', raw, origin: 'seed' });

describe('the seed article', () => {
  it('drops the byline, the stray teaser, "See too", the Biden teaser and the Sources line', () => {
    for (const gone of ['by Kelvin', 'Covid 19 anel inteligente', 'See too', 'Joe Biden', 'Access other news', 'Sources:', 'The Verge']) {
      expect(doc.text).not.toContain(gone);
    }
    expect(doc.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['byline', 'teaser', 'related-block', 'source-list']));
  });

  it('keeps every body sentence (compared word for word with the raw body)', () => {
    const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
    const start = lines.findIndex((l) => l.startsWith('In an official statement'));
    const end = lines.findIndex((l) => l === 'See too');
    const body = lines.slice(start, end);
    expect(body.length).toBeGreaterThan(5);
    for (const line of body) {
      // The one repair: "THE China denies" -> "China denies", "THE Microsoft" -> "The Microsoft".
      const expected = line.replace(/^THE China/, 'China').replace(/^THE Microsoft/, 'The Microsoft');
      expect(doc.text).toContain(expected);
    }
  });

  it('starts with the headline, then a blank line, then the body', () => {
    expect(doc.title).toBe('US and allies accuse China of cyber attacks on Microsoft Exchange servers');
    expect(doc.text.startsWith(`${doc.title}\n\nIn an official statement from the White House`)).toBe(true);
    expect(doc.paragraphs.find((p) => doc.text.slice(p.start, p.end) === 'US Allied Response')?.kind).toBe('subhead');
  });

  it('has no messages and splits the quote of Blinken as one sentence', () => {
    expect(doc.messages).toEqual([]);
    const quote = doc.sentences.map((s) => doc.text.slice(s.start, s.end)).find((s) => s.startsWith('“The MSS'));
    expect(quote).toMatch(/says the secretary Antony Blinken in public announcement\.$/);
  });
});
