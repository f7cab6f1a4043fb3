import { describe, expect, it } from 'vitest';
import { wink, winkSentences } from '../../src/nlp/wink.ts';

/**
 * Ingest segments with an sbd-only wink instance; these pin that it gives the tokens and
 * sentences of the full pipe, and that it really is the lighter instance.
 */
const TEXTS = [
  'U.S. officials said on Monday that Lt. Gen. Smith met No. 2 in Washington. China denied it.',
  'He said "Stop. Now." and left. The figure rose 2.5 percent to $3.4 million in Jan. 2021!',
  'Is it true? “We will respond,” the ministry said. Officials (including Dr. Lee) agreed; others did not.',
  'Sergei Tsurikov, 25, of Tallinn, Estonia; and a person known only as "Hacker 3;" have been indicted.\n\nThe next paragraph starts here.',
];

describe('winkSentences', () => {
  it('gives the same tokens and sentence spans as the full pipe', () => {
    const full = wink();
    const sbd = winkSentences();
    for (const t of TEXTS) {
      const a = full.readDoc(t);
      const b = sbd.readDoc(t);
      expect(b.tokens().out()).toEqual(a.tokens().out());
      expect(b.tokens().out(sbd.its.precedingSpaces)).toEqual(a.tokens().out(full.its.precedingSpaces));
      expect(b.sentences().out(sbd.its.span)).toEqual(a.sentences().out(full.its.span));
      expect(b.sentences().length()).toBeGreaterThan(1);
    }
  });

  it('runs sentence detection only (no entities, no part-of-speech tags)', () => {
    const t = 'At least 30,000 servers were hit in four months.';
    expect(wink().readDoc(t).entities().out().length).toBeGreaterThan(0);
    expect(winkSentences().readDoc(t).entities().out()).toEqual([]);
    expect(winkSentences()).toBe(winkSentences());
    expect(winkSentences()).not.toBe(wink());
  });

  it('is replaced by a fresh instance once it has taken in enough new words, with the same results', () => {
    const first = winkSentences();
    const before = TEXTS.map((t) => first.readDoc(t).sentences().out(first.its.span));
    // made-up words wink cannot know: each is a new entry in the instance's lexicon
    first.readDoc('Qzvrak Wmplox Jthrenq Vuxlebb Kroomzat Fzzipqu Xyloqwert Brumplatz.');
    const fresh = winkSentences(5);
    expect(fresh).not.toBe(first);
    // below the limit again: kept
    expect(winkSentences(5)).toBe(fresh);
    expect(TEXTS.map((t) => fresh.readDoc(t).sentences().out(fresh.its.span))).toEqual(before);
    // the default limit keeps the instance over a normal run
    expect(winkSentences()).toBe(fresh);
  });
});
