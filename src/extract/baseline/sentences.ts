import type { Span } from '../../types/index.ts';

/**
 * The baseline's sentence splitter: a regex, nothing else. A sentence ends at `.`, `!`
 * or `?` (optionally followed by a closing quote) before whitespace and an upper-case
 * letter, digit or opening quote, or at a line break. Common abbreviations ("U.S.",
 * "Mr.", "Feb.") do not end a sentence.
 */
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Rep|Sen|Gov|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|D\.C|a\.m|p\.m|i\.e|e\.g)|\b[A-Z])\.$/;

export function splitSentencesRegex(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /([.!?]["\u201d\u2019']?)(\s+)(?=["\u201c\u2018]?[A-Z0-9])|\s*\n\s*/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    const end = m[1] !== undefined ? m.index + m[1].length : m.index;
    if (m[1] !== undefined && ABBREVIATION.test(text.slice(Math.max(start, end - 8), end))) continue;
    pushTrimmed(text, start, end, spans);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** Adds `[start, end)` without its surrounding whitespace, if anything is left. */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e });
}
