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
  const re = /\p{L}+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && words < maxWords) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(m[0].toLowerCase())) hits++;
  }
  return words < minWords ? null : hits / words;
}

/** Below this score a text is reported as not English. */
export const ENGLISH_MIN_SCORE = 0.12;
