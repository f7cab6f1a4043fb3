import type { Doc } from '../../types/index.ts';

/**
 * A word-level token of the cleaned text with its offsets. Periods stay inside
 * abbreviations and initials ("U.S.", "D.C.", "J.", "Jr."), apostrophes inside words
 * ("N'Djamena") but a possessive "'s" is its own token; a hyphen is its own token, so
 * "U.S.-based" gives "U.S.", "-", "based".
 */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** First token of a sentence (or of a line, or right after an opening quote there). */
  readonly sentStart: boolean;
  /** Index of the line (paragraph) holding it. */
  readonly line: number;
}

// Abbreviation with inner periods (U.S., D.C., U.S.A.), an initial (J.), a word with
// inner apostrophes/ampersands, a number, or any other single non-space character.
const TOKEN_RE = /(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s)|(?:Jr|Sr|St|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Rev|Gov|Sen|Rep|Maj|Brig|Adm|Cmdr|Det|Cpl|Pvt|No|Co|Corp|Inc|Ltd|Bros|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.|\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}](?<!['’][sS](?=[^\p{L}]|$))[\p{L}\p{M}\p{N}]*)*\$?|['’][sS](?![\p{L}])|\p{N}+(?:[.,]\p{N}+)*|\S/gu;

export function tokenize(text: string, doc?: Doc): Token[] {
  const starts = sentenceStarts(text, doc);
  const tokens: Token[] = [];
  let line = 0;
  let lastEnd = 0;
  let prev: string | undefined;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const gap = text.slice(lastEnd, start);
    const nl = gap.includes('\n');
    if (/\n\s*\n/.test(gap)) line++;
    let sentStart = tokens.length === 0 || nl || starts.has(start);
    if (!sentStart && prev !== undefined) {
      // "said. The" / "? The" / ". “The"
      if (/^[.!?]$/.test(prev) && /\s/.test(gap)) sentStart = true;
      const before = tokens[tokens.length - 2];
      if (/^["“'‘]$/.test(prev) && (before === undefined || /^[.!?:]$/.test(before.text) || tokens[tokens.length - 1]!.sentStart)) sentStart = true;
    }
    tokens.push({ text: m[0], start, end: start + m[0].length, sentStart, line });
    prev = m[0];
    lastEnd = start + m[0].length;
  }
  return tokens;
}

function sentenceStarts(text: string, doc?: Doc): Set<number> {
  const set = new Set<number>();
  if (!doc) return set;
  for (const s of doc.sentences) {
    let i = s.start;
    while (i < s.end && /\s/.test(text[i] ?? '')) i++;
    set.add(i);
  }
  return set;
}

/** Whether a token starts with an uppercase letter ("Blinken", "U.S.", "NCSC"). */
export function isCapitalised(t: string): boolean {
  return /^\p{Lu}/u.test(t);
}

/** Whether a token is all uppercase letters (two or more): "NCSC", "THE". */
export function isAllCaps(t: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}.&$-]+$/u.test(t) && !/\p{Ll}/u.test(t);
}
