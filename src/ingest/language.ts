import { ENGLISH_FUNCTION_WORDS } from './lexicon.ts';

/**
 * A cheap English check: the share of very frequent English function words among the
 * first words of the text. English news prose scores 0.3-0.5; Portuguese, Spanish,
 * French or German prose scores below 0.08 (their "a", "de", "in" overlap a little).
 * Returns null when there are too few words to tell.
 */
export function englishScore(text: string, maxWords = 600, minWords = 25): number | null {
  let words = 0;
  let hits = 0;
  let i = 0;
  const n = text.length;
  // Words are maximal runs of letters (\p{L}, as code points). Only a word short enough to
  // be a function word is cut out and looked up: most words cost no string at all.
  while (i < n && words < maxWords) {
    const s = i;
    // An ASCII word is also read as a number, one 5-bit code per lower-cased letter
    // ("The" -> 20,8,5), so looking it up costs no string (see FUNCTION_WORD_CODES).
    let code = 0;
    let ascii = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        const lower = c | 32;
        if (lower < 97 || lower > 122) break;
        code = code * 32 + (lower - 96);
        i++;
        continue;
      }
      const w = letterWidth(text, i);
      if (w === 0) break;
      ascii = false;
      i += w;
    }
    if (i === s) {
      i += codePointWidth(text, i);
      continue;
    }
    words++;
    if (i - s > MAX_FUNCTION_WORD) continue;
    if (ascii ? FUNCTION_WORD_CODES.has(code) : ENGLISH_FUNCTION_WORDS.has(text.slice(s, i).toLowerCase())) hits++;
  }
  return words < minWords ? null : hits / words;
}

const MAX_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/**
 * The function words as numbers (base 32, a = 1 … z = 26: no two words of at most
 * MAX_FUNCTION_WORD letters share one). Only plain a-z words: a word with another letter
 * goes through the string lookup, as before.
 */
const FUNCTION_WORD_CODES: ReadonlySet<number> = new Set(
  [...ENGLISH_FUNCTION_WORDS].filter((w) => /^[a-z]+$/.test(w)).map((w) => [...w].reduce((code, ch) => code * 32 + (ch.charCodeAt(0) - 96), 0)),
);
const LETTER = /^\p{L}$/u;

function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** The UTF-16 width of the letter at `i`, or 0 when `text[i]` does not start a letter. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  const w = codePointWidth(text, i);
  return LETTER.test(text.slice(i, i + w)) ? w : 0;
}

/** Below this score a text is reported as not English. */
export const ENGLISH_MIN_SCORE = 0.12;
