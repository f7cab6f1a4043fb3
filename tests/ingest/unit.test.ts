import { describe, expect, it } from 'vitest';
import type { OffsetPiece } from '../../src/types/index.ts';
import { mergePieces, rawPosIn, RUN_END, unitFrom, type Projection, type Unit } from '../../src/ingest/unit.ts';
import { compareKey, keySignature } from '../../src/ingest/clean.ts';
import { englishScore } from '../../src/ingest/language.ts';
import { ENGLISH_FUNCTION_WORDS } from '../../src/ingest/lexicon.ts';

/**
 * The ingest hot spots (unitFrom, compareKey, englishScore) have fast paths; each is checked
 * here against a plain reference implementation of its definition over many generated
 * strings, so a fast path can never change the output.
 */

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [
  'a', 'B', 'z', '0', '7', '.', ',', '"', '’', '“', '—', ' ', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u00ad', '\u200b',
  '\u200d', '\u2060', '\ufeff', '\u2009', '\u3000', '\u2028', 'é', 'e\u0301', 'ß', 'İ', 'Ω', '\u{1d400}', '\ud800', '\udc00', 'Ж', '中', '²', '¼',
];

function randomText(r: () => number, len: number): string {
  let s = '';
  while (s.length < len) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
  return s;
}

// --- the definitions, written the plain way -------------------------------------------------

function isSpaceRef(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
function isInvisibleRef(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** unitFrom before NFC, one character at a time. */
function unitFromRef(proj: Projection, start: number, end: number): { text: string; pieces: OffsetPiece[] } {
  const src = proj.text;
  const rawAt = (i: number): number => (proj.rawIndex ? (proj.rawIndex[i] ?? 0) : i);
  let text = '';
  const pieces: OffsetPiece[] = [];
  let i = start;
  while (i < end && (isSpaceRef(src.charCodeAt(i)) || isInvisibleRef(src.charCodeAt(i)))) i++;
  let pendingSpace: [number, number] | null = null;
  for (; i < end; i++) {
    const c = src.charCodeAt(i);
    if (isSpaceRef(c)) {
      pendingSpace = pendingSpace ? [pendingSpace[0], rawAt(i) + 1] : [rawAt(i), rawAt(i) + 1];
      continue;
    }
    if (isInvisibleRef(c)) continue;
    if (pendingSpace) {
      pieces.push({ start: text.length, end: text.length + 1, rawStart: pendingSpace[0], rawEnd: pendingSpace[1] });
      text += ' ';
      pendingSpace = null;
    }
    pieces.push({ start: text.length, end: text.length + 1, rawStart: rawAt(i), rawEnd: rawAt(i) + 1 });
    text += src[i];
  }
  return { text, pieces: mergePieces(pieces) };
}

function compareKeyRef(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function englishScoreRef(text: string, words: ReadonlySet<string>, maxWords = 600, minWords = 25): number | null {
  let n = 0;
  let hits = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (n >= maxWords) break;
    n++;
    if (words.has(m[0].toLowerCase())) hits++;
  }
  return n < minWords ? null : hits / n;
}

const NFC_SAFE = /^[\u0000-\u02FF\u2010-\u206F]*$/;

describe('unitFrom', () => {
  it('folds whitespace, drops invisible characters and maps every position back to raw', () => {
    const raw = 'Micro\u00adsoft  said\u00a0\n today.';
    const u = unitFrom({ text: raw, rawIndex: null }, 0, raw.length, 'line');
    expect(u.text).toBe('Microsoft said today.');
    expect(raw.slice(rawPosIn(u.pieces, 10), rawPosIn(u.pieces, 14))).toBe('said');
  });

  it('matches the one-character-at-a-time definition on identity and jumping projections', () => {
    const r = rng(7);
    for (let n = 0; n < 400; n++) {
      const text = randomText(r, 1 + Math.floor(r() * 60));
      // Half the projections skip raw characters now and then (a tag or entity taken out).
      let rawIndex: Int32Array | null = null;
      if (n % 2 === 1) {
        rawIndex = new Int32Array(text.length + 1);
        let raw = 0;
        for (let i = 0; i <= text.length; i++) {
          raw += r() < 0.15 ? 1 + Math.floor(r() * 5) : 0;
          rawIndex[i] = raw++;
        }
      }
      const start = Math.floor(r() * 3);
      const end = Math.max(start, text.length - Math.floor(r() * 3));
      const proj = { text, rawIndex };
      const got: Unit = unitFrom(proj, start, end, 'line');
      const want = unitFromRef(proj, start, end);
      if (!NFC_SAFE.test(want.text) && want.text.normalize('NFC') !== want.text) {
        expect(got.text).toBe(want.text.normalize('NFC'));
      } else {
        expect({ text: got.text, pieces: got.pieces }).toEqual(want);
      }
    }
  });
});

describe('compareKey', () => {
  it('keeps letters and digits, lower-cased, one space between runs', () => {
    expect(compareKey('  “U.S. charges — 4 Hackers!” ')).toBe('u s charges 4 hackers');
    expect(compareKey('Türkiye’s ²nd café')).toBe('türkiye s ²nd café');
  });

  it('equals the Unicode-property definition on ASCII and non-ASCII text', () => {
    const r = rng(11);
    for (let n = 0; n < 500; n++) {
      const t = randomText(r, Math.floor(r() * 40));
      const ascii = t.replace(/[^\x00-\x7f\u2010-\u206f]/g, 'x');
      expect(compareKey(t)).toBe(compareKeyRef(t));
      expect(compareKey(ascii)).toBe(compareKeyRef(ascii));
    }
  });
});

describe('keySignature', () => {
  it('gives equal signatures for equal keys, and zero characters exactly for an empty key', () => {
    const r = rng(17);
    const texts: string[] = ['', ' — “” ', 'U.S. charges', 'u s   CHARGES!', 'Türkiye’s café', 'TÜRKIYE S CAFÉ'];
    for (let n = 0; n < 400; n++) {
      const t = randomText(r, Math.floor(r() * 30));
      texts.push(t, t.replace(/[^\x00-\x7f\u2010-\u206f]/g, 'x'), t.toUpperCase());
    }
    const byKey = new Map<string, number>();
    for (const t of texts) {
      const key = compareKey(t);
      const sig = keySignature(t);
      expect(sig).toEqual(keySignature(t, key));
      expect(sig.chars === 0).toBe(key.length === 0);
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, sig.hash);
      else expect(sig.hash).toBe(seen);
    }
    expect(keySignature('U.S. charges').hash).toBe(keySignature('u s   CHARGES!').hash);
    expect(keySignature('U.S. charges').hash).not.toBe(keySignature('U.S. charged').hash);
  });
});

describe('englishScore', () => {
  it('tells English prose from other languages', () => {
    const en = 'The ministry said on Monday that it was not aware of the attack and that the claims were false. '.repeat(3);
    const pt = 'O ministério disse na segunda-feira que não tinha conhecimento do ataque e que as alegações eram falsas. '.repeat(3);
    expect(englishScore(en)).toBeGreaterThan(0.3);
    expect(englishScore(pt)).toBeLessThan(0.12);
    expect(englishScore('Too short to tell.')).toBeNull();
  });

  it('counts words as maximal letter runs, like /\\p{L}+/u, with the word cap', () => {
    const r = rng(13);
    const words = ['the', 'The', 'OF', 'and', 'said', 'should', 'SHOULD', 'ministry', 'é', 'Ж', '中', 'i', 'İ', 'x'];
    for (let n = 0; n < 300; n++) {
      let t = '';
      const len = Math.floor(r() * 80);
      for (let k = 0; k < len; k++) t += (r() < 0.7 ? words[Math.floor(r() * words.length)] : '') + randomText(r, 1);
      const cap = 5 + Math.floor(r() * 40);
      const got = englishScore(t, cap, 3);
      const want = englishScoreRef(t, ENGLISH_FUNCTION_WORDS, cap, 3);
      expect(got === null).toBe(want === null);
      if (got !== null && want !== null) expect(got).toBeCloseTo(want, 10);
    }
  });
});

describe('RUN_END', () => {
  // the first formulation: a special character, but not a single space followed by an ordinary one
  const S = '[\\t-\\r \\u00a0\\u00ad\\u1680\\u2000-\\u200d\\u2028\\u2029\\u202f\\u205f\\u2060\\u3000\\ufeff]';
  const reference = new RegExp(`(?! (?!${S}|$))${S}`, 'g');
  // from the start of the string (a fresh regex: the module's own keeps the lastIndex unitFrom left)
  const positions = (re: RegExp, s: string): number[] => [...s.matchAll(new RegExp(re.source, re.flags))].map((m) => m.index);
  it('ends runs where the lookahead formulation does', () => {
    const parts = ['Ana', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u00ad', '\u200b', '\u2009', '\u3000', '\ufeff', 'said', '.', 'x'];
    const texts: string[] = ['', ' ', 'a ', ' a', 'a  b', 'said today', 'end. '];
    // every ordered pair and triple of parts: each special character before, after and between ordinary ones
    for (const a of parts) for (const b of parts) {
      texts.push(a + b);
      for (const c of parts) texts.push(a + b + c);
    }
    let hits = 0;
    for (const t of texts) {
      const got = positions(RUN_END, t);
      expect([t, got]).toEqual([t, positions(reference, t)]);
      hits += got.length;
    }
    expect(hits).toBeGreaterThan(1000);
    expect(positions(RUN_END, 'said today')).toEqual([]);
    expect(positions(RUN_END, 'said  today ')).toEqual([4, 11]);
  });
});
