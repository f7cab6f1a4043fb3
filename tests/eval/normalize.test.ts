import { describe, expect, it } from 'vitest';
import { actorKey, locate, locateWords, normalise, tokenF1 } from '../../src/eval/normalize.ts';

describe('normalise', () => {
  it('folds curly quotes and dashes, collapses whitespace, lower-cases', () => {
    expect(normalise('The \u201CMSS\u201D \u2014 it\u2019s\n\n  said').text).toBe('the "mss" - it\'s said');
  });

  it('applies NFKC (full-width letters, ligatures, no-break space)', () => {
    expect(normalise('\uFF21\uFF22 \uFB01le\u00A0x').text).toBe('ab file x');
  });

  it('treats a precomposed and a decomposed accent alike', () => {
    expect(normalise('caf\u00E9').text).toBe(normalise('cafe\u0301').text);
  });

  it('drops invisible format characters (soft hyphen, zero-width space)', () => {
    expect(normalise('accu\u00ADsed\u200B').text).toBe('accused');
  });

  it('maps every normalised unit back to its original range', () => {
    const n = normalise('A  \u201Cb\u201D');
    // "a", " " (from two spaces), '"', "b", '"'
    expect(n.text).toBe('a "b"');
    expect(n.starts).toEqual([0, 1, 3, 4, 5]);
    expect(n.ends).toEqual([1, 3, 4, 5, 6]);
  });

  it('keeps one map entry per UTF-16 unit for characters outside the BMP', () => {
    const n = normalise('x\u{1F600}y');
    expect(n.text.length).toBe(n.starts.length);
    const hit = locate(n, 'y');
    expect(hit).toMatchObject({ start: 3, end: 4 });
  });
});

describe('locate', () => {
  const text = 'He said:  \u201CHello \u2014 World\u201D, twice. Hello - world.';
  it('finds a snippet that differs only by quotes, dashes, spacing and case, in original offsets', () => {
    const hit = locate(normalise(text), '"hello - world"');
    expect(hit).not.toBeNull();
    expect(text.slice(hit?.start, hit?.end)).toBe('\u201CHello \u2014 World\u201D');
  });

  it('means the first occurrence, and can search after a position', () => {
    const n = normalise(text);
    const first = locate(n, 'hello - world');
    expect(first?.start).toBe(11);
    const second = locate(n, 'hello - world', (first?.nEnd ?? 0));
    expect(text.slice(second?.start, second?.end)).toBe('Hello - world');
  });

  it('returns null for an absent or empty snippet', () => {
    expect(locate(normalise(text), 'goodbye')).toBeNull();
    expect(locate(normalise(text), '   ')).toBeNull();
  });

  it('respects an upper bound', () => {
    const n = normalise('ab cd ab');
    expect(locate(n, 'ab', 1, 5)).toBeNull();
    expect(locate(n, 'ab', 1)?.start).toBe(6);
  });
});

describe('locateWords', () => {
  it('finds whole words only', () => {
    const text = 'The US and USB users focus on US-made chips.';
    const hits = locateWords(normalise(text), 'US');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['US', 'US']);
    expect(hits.map((h) => h.start)).toEqual([4, 30]);
  });
});

describe('actorKey', () => {
  it('drops a leading "the" only as a whole word', () => {
    expect(actorKey('The  Kremlin')).toBe('kremlin');
    expect(actorKey('the Hague Court')).toBe('hague court');
    expect(actorKey('Thebes')).toBe('thebes');
    expect(actorKey('\u201CMSS\u201D')).toBe('"mss"');
  });
});

describe('tokenF1', () => {
  it('is the multiset token overlap F1 (worked example)', () => {
    // predicted 2 tokens, gold 3, common 2: P = 1, R = 2/3, F1 = 0.8
    expect(tokenF1('funding hackers', 'funding criminal Hackers')).toBeCloseTo(0.8, 10);
    // repeated tokens count once per occurrence: P = 1/2, R = 1, F1 = 2/3
    expect(tokenF1('spy spy', 'spy')).toBeCloseTo(2 / 3, 10);
    expect(tokenF1('', '')).toBe(1);
    expect(tokenF1('x', '')).toBe(0);
    expect(tokenF1('alpha', 'beta')).toBe(0);
  });
});
