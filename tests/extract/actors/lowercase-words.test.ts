import { describe, expect, it } from 'vitest';
import { tokenize, LowercaseWords } from '../../../src/extract/actors/tokens.ts';

/** The Set the rules used before: every lowercase word of the tokens. */
function plainSet(text: string): Set<string> {
  const s = new Set<string>();
  for (const t of tokenize(text)) if (!t.cap && t.lower === t.text && t.text.length > 1 && t.text.charCodeAt(0) > 64) s.add(t.text);
  return s;
}

const TEXT = 'Blessed are the meek, the blessed said. Morning traffic in Oslo was slow this morning; a U.S. agency posted 3 notices. Dawn raids followed at dawn. Zebra Crossing closed.';
// words of the text, capitalised forms' lowercase, near-misses of the same key (first, last, length) and others
const QUERIES = ['blessed', 'morning', 'dawn', 'oslo', 'zebra', 'crossing', 'closed', 'the', 'a', 'u.s.', '3', '', 'bzzzzzd', 'mxxxxxg', 'dxxn', 'meek', 'mxxk', 'said', 'sxxd', 'traffic', 'slow', 'agency', 'followed', 'raids', 'notices', 'nxxxxxs', 'in', 'at'];

describe('LowercaseWords (speed session 10)', () => {
  it('answers as a Set of the lowercase words, for words of the text and other words', () => {
    const expected = plainSet(TEXT);
    const words = new LowercaseWords(tokenize(TEXT));
    for (const q of QUERIES) expect(words.has(q), q).toBe(expected.has(q));
    expect(words.has('blessed')).toBe(true);
    expect(words.has('oslo')).toBe(false);
    expect(words.has('a')).toBe(false);
    // a lowercase word whose key no capitalised token shares: looked up in the full Set
    expect(words.has('traffic')).toBe(true);
    expect(words.has('txxxxxc')).toBe(false);
  });

  it('an older instance still answers for its own text after a newer one is built', () => {
    const first = new LowercaseWords(tokenize('Morning came; the morning was cold.'));
    const second = new LowercaseWords(tokenize('Evening fell. Nobody spoke of evening.'));
    expect(first.has('morning')).toBe(true);
    expect(first.has('evening')).toBe(false);
    expect(second.has('evening')).toBe(true);
    expect(second.has('morning')).toBe(false);
  });
});
