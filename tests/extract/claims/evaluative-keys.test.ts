import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index.ts';
import { cueKeysBySentence, CUE_KEYS } from '../../../src/extract/claims/analyse.ts';
import { evaluativeHitsBySentence, keysAndHitsBySentence } from '../../../src/extract/claims/evaluative.ts';
import { EVALUATIVE } from '../../../src/lexicons/wrongdoing.ts';
import type { Span } from '../../../src/types/index.ts';

/** The one-scan keys and triggers (keysAndHitsBySentence) against the two scans they replace. */

function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function expectSame(text: string, sentences: readonly Span[] = sentencesOf(text)): void {
  const one = keysAndHitsBySentence(text, sentences);
  expect(one.keys.map((s) => [...s].sort())).toEqual(cueKeysBySentence(text, sentences).map((s) => [...s].sort()));
  expect(one.hits).toEqual(evaluativeHitsBySentence(text, sentences));
}

describe('keysAndHitsBySentence', () => {
  it('gives the cue keys and evaluative triggers of the two scans', () => {
    const text = 'The Orvane ministry ACCUSED Telmar of hacking its grid. Telmar denied the allegations as baseless and politically motivated. '
      + 'Rights groups said the detention of Ines Kallo was arbitrary. "We did nothing wrong," a spokeswoman said. It rained in Pell.';
    expectSame(text);
    const keys = keysAndHitsBySentence(text, sentencesOf(text)).keys;
    expect(keys[0]?.size).toBeGreaterThan(0);
    expect(keys.at(-1)?.size).toBe(0);
    expect(keysAndHitsBySentence(text, sentencesOf(text)).hits.flat().length).toBeGreaterThan(0);
  });

  it('keeps keys that straddle a sentence end, and text before the first sentence, as the two scans do', () => {
    const text = 'Headline words accused\n\nof fraud by the board. The firm denied it. Later the firm called the claims false.';
    expectSame(text, [{ start: 24, end: 46 }, { start: 47, end: 68 }, { start: 69, end: text.length }]);
    expectSame(text, [{ start: 0, end: 22 }, { start: 24, end: 46 }]);
  });

  it('matches upper and mixed case the way the case-insensitive scan does', () => {
    expectSame('THE REGIME IS CORRUPT AND CRIMINAL, the envoy said. He Denied Wrongdoing.');
  });

  it('falls back to the two scans for the characters whose lower case the case-insensitive match does not read alike', () => {
    // (U+212A, the Kelvin sign, lowers to "k"; U+0130 lowers to two code units)
    // ("fa\u212Ae" is no "fake" to the case-insensitive scan; lower-cased it would be)
    const kelvin = 'The report is fa\u212Ae and the arrest arbitrary, the envoy said. Police called the claims fa\u212Ae news.';
    expectSame(kelvin);
    expect(keysAndHitsBySentence(kelvin, sentencesOf(kelvin)).hits).toEqual(evaluativeHitsBySentence(kelvin, sentencesOf(kelvin)));
    // (after a U+0130 every lower-cased offset would be one off: the key ending this sentence would fall outside it)
    const dotted = '\u0130pek Aydin was accused';
    expectSame(dotted, [{ start: 0, end: dotted.length }]);
    expect(keysAndHitsBySentence(dotted, [{ start: 0, end: dotted.length }]).keys[0]?.size).toBeGreaterThan(0);
    const many = `${'\u0130'.repeat(60)} said so. The report is fake, the envoy said. Calm returned.`;
    expectSame(many);
    expect(keysAndHitsBySentence(many, sentencesOf(many)).hits[1]?.length).toBeGreaterThan(0);
    expectSame('\u0130stanbul prosecutors said the charges were fake. The lawyer said the detention was arbitrary and the trial a sham.');
  });

  it('holds for every BMP character: only U+0130 and U+212A read differently lower-cased (the fast path rests on it)', () => {
    const chars = [...new Set([...CUE_KEYS, ...EVALUATIVE.flatMap((e) => e.keys.map((k) => k.toLowerCase()))].join(''))];
    const bad: number[] = [];
    for (const c of chars) {
      const re = new RegExp(`^${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
      for (let t = 0; t < 0x10000; t++) {
        const ch = String.fromCharCode(t);
        if (re.test(ch) !== (ch.toLowerCase() === c) || ch.toLowerCase().length !== 1) bad.push(t);
      }
    }
    expect([...new Set(bad)].sort((a, b) => a - b)).toEqual([0x130, 0x212a]);
  });

  it('loses no trigger to the key prefilter on the bundled articles (every pattern over every sentence finds the same)', () => {
    // The scan runs an entry's pattern only on sentences its keys pick. Against the ungated
    // reference (every pattern over every sentence, the same overlap rule) on the corpus: a
    // pattern that matches where the keys pick nothing loses triggers here.
    const corpus = fileURLToPath(new URL('../../../corpora', import.meta.url));
    const patterns = EVALUATIVE.map((e) => new RegExp(`\\b(?:${e.pattern})\\b`, 'gi'));
    let triggers = 0;
    for (const f of readdirSync(corpus).filter((x) => x.endsWith('.txt')).sort()) {
      const doc = ingest({ id: f, format: 'txt', raw: readFileSync(`${corpus}/${f}`, 'utf8'), origin: f }, { clean: true });
      const reference = doc.sentences.map((s) => {
        const sentence = doc.text.slice(s.start, s.end);
        const all = patterns.flatMap((re, entry) => [...sentence.matchAll(re)]
          .filter((m) => m[0].length > 0)
          .map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length, entry })));
        all.sort((a, b) => a.start - b.start || b.end - a.end || a.entry - b.entry);
        const kept: typeof all = [];
        for (const h of all) if (!kept.some((o) => o.start < h.end && h.start < o.end)) kept.push(h);
        return kept;
      });
      expect(keysAndHitsBySentence(doc.text, doc.sentences).hits, f).toEqual(reference);
      triggers += reference.flat().length;
    }
    expect(triggers).toBeGreaterThan(100);
  });
});
