import type { Span } from '../types/index.ts';

/**
 * The normalisation under which gold snippets are looked for in a cleaned text
 * (SPEC §4): NFKC, curly quotes and dashes to ASCII, whitespace runs to one space,
 * case-insensitive. Every character of the normalised string remembers the range of
 * the original string it came from, so a match can be mapped back to original offsets.
 *
 *   normalise("The “MSS”\n  said") -> text "the \"mss\" said"
 */

/** Curly quotes, primes and dashes folded to their ASCII form (applied after NFKC). */
const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u2033': '"', // ″
  '\u2010': '-', // ‐ hyphen (NFKC also turns U+2011 into this)
  '\u2012': '-', // ‒ figure dash
  '\u2013': '-', // – en dash
  '\u2014': '-', // — em dash
  '\u2015': '-', // ― horizontal bar
  '\u2212': '-', // − minus
};

/**
 * Invisible format characters (soft hyphen, zero-width space/joiners, word joiner, BOM)
 * are dropped on both sides: "accu\u00ADsed" in a raw page and "accused" in a cleaned
 * text are the same word to a reader.
 */
const INVISIBLE = /^\p{Cf}$/u;
const WHITESPACE = /^\s$/u;

/** A normalised string with, per UTF-16 unit, the original range it came from. */
export interface NormText {
  readonly text: string;
  /** `starts[i]`: original offset where the source of normalised unit `i` begins. */
  readonly starts: readonly number[];
  /** `ends[i]`: original offset where the source of normalised unit `i` ends (exclusive). */
  readonly ends: readonly number[];
}

// A base character with its combining marks is normalised as one unit, so a
// precomposed "é" and "e" + U+0301 come out the same.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/** Normalises `s`, keeping the map back to original offsets. Leading/trailing space is kept (as one space). */
export function normalise(s: string): NormText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of s.matchAll(CLUSTER)) {
    const start = m.index;
    const end = start + m[0].length;
    for (const cp of m[0].normalize('NFKC')) {
      if (INVISIBLE.test(cp)) continue;
      const folded = (FOLD[cp] ?? cp).toLowerCase();
      for (const unit of folded) {
        if (WHITESPACE.test(unit)) {
          if (text.endsWith(' ')) {
            ends[ends.length - 1] = end;
            continue;
          }
          text += ' ';
          starts.push(start);
          ends.push(end);
        } else {
          text += unit;
          // A code point outside the BMP is two UTF-16 units: one map entry per unit.
          for (let k = 0; k < unit.length; k++) {
            starts.push(start);
            ends.push(end);
          }
        }
      }
    }
  }
  return { text, starts, ends };
}

/** The normalised form of a snippet, trimmed: what is looked for. */
export function normaliseSnippet(s: string): string {
  return normalise(s).text.trim();
}

/**
 * Maps the normalised range `[from, to)` of `norm` back to original offsets.
 * `to > from` is required.
 */
export function toOriginal(norm: NormText, from: number, to: number): Span {
  const start = norm.starts[from];
  const end = norm.ends[to - 1];
  if (start === undefined || end === undefined) throw new RangeError(`normalised range ${from}-${to} out of bounds`);
  return { start, end };
}

/** Where a located snippet sits, in normalised and original coordinates. */
export interface Located extends Span {
  /** Normalised-text index of the first character. */
  readonly nStart: number;
  /** Normalised-text index after the last character. */
  readonly nEnd: number;
}

/**
 * The first occurrence of `snippet` in `hay` at or after normalised index `from`,
 * ending at or before `until`; null when absent or when the snippet normalises to
 * nothing.
 */
export function locate(hay: NormText, snippet: string, from = 0, until = hay.text.length): Located | null {
  const needle = normaliseSnippet(snippet);
  if (needle === '') return null;
  const i = hay.text.indexOf(needle, from);
  if (i < 0 || i + needle.length > until) return null;
  const span = toOriginal(hay, i, i + needle.length);
  return { ...span, nStart: i, nEnd: i + needle.length };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every whole-word occurrence of `snippet` in `hay` (not inside a longer word:
 * "US" is not found in "USB" or "focus"), in order, non-overlapping.
 */
export function locateWords(hay: NormText, snippet: string): Located[] {
  const needle = normaliseSnippet(snippet);
  const out: Located[] = [];
  if (needle === '') return out;
  let i = hay.text.indexOf(needle);
  while (i >= 0) {
    const before = hay.text[i - 1];
    const after = hay.text[i + needle.length];
    const startsWord = !WORD_CHAR.test(needle[0] ?? '') || before === undefined || !WORD_CHAR.test(before);
    const endsWord = !WORD_CHAR.test(needle[needle.length - 1] ?? '') || after === undefined || !WORD_CHAR.test(after);
    if (startsWord && endsWord) {
      out.push({ ...toOriginal(hay, i, i + needle.length), nStart: i, nEnd: i + needle.length });
      i = hay.text.indexOf(needle, i + needle.length);
    } else {
      i = hay.text.indexOf(needle, i + 1);
    }
  }
  return out;
}

/**
 * The key an actor name is compared by: normalised, leading "the" dropped
 * ("The Kremlin" and "Kremlin" are one key; "Thebes" stays "thebes").
 */
export function actorKey(name: string): string {
  return normaliseSnippet(name).replace(/^the\s+/, '');
}

/** Word tokens of a normalised string (letters and digits), for content token F1. */
export function tokens(s: string): string[] {
  return normaliseSnippet(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Token F1 of two strings, SQuAD style (multiset overlap of word tokens):
 * "funding hackers" vs "funding criminal hackers" -> P 2/2, R 2/3, F1 0.8.
 * Two empty strings agree (1); one empty string scores 0.
 */
export function tokenF1(predicted: string, gold: string): number {
  const p = tokens(predicted);
  const g = tokens(gold);
  if (p.length === 0 && g.length === 0) return 1;
  if (p.length === 0 || g.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / p.length;
  const recall = common / g.length;
  return (2 * precision * recall) / (precision + recall);
}
