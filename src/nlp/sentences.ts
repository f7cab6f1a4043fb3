import type { Paragraph, Sentence, Span } from '../types/index.ts';
import { isSpaceCode } from './strings.ts';
import { winkSentences } from './wink.ts';

/**
 * Sentence segmentation: wink-nlp proposes the boundaries (one `readDoc` per document),
 * small general post-rules take back the ones it gets wrong, and paragraph boundaries are
 * always sentence boundaries. A headline or subhead is exactly one sentence.
 *
 * Post-rules (each takes back a wink boundary):
 * - `inside-quote`: `He said "Stop. Now." and left.` is one sentence (the quote closes later
 *   in the same paragraph, and the next part does not open a new quote);
 * - `abbreviation`: "Lt. Gen. Smith", "No. 2", "Jan. 5", "the U.S. Justice Department";
 * - `initial`: "Lanny A. Breuer";
 * - `lowercase-continuation`: `"Stop!" he said.`, `…, approx. two`.
 */

/** Titles and abbreviations after which a capitalised word is never a new sentence. */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'lt', 'gen', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'adm',
  'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'st', 'ste', 'mt',
  'ft', 'jr', 'sr', 'messrs', 'fr', 'sec', 'atty', 'amb', 'vs', 'v', 'no', 'nos', 'art', 'sect',
  'fig', 'vol', 'ch', 'pp', 'ca', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'gov’t',
]);

/** Abbreviations that may also end a sentence ("… in the U.S. The next day …"). */
const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.s.a', 'a.m', 'p.m', 'inc', 'corp', 'co', 'ltd', 'llc',
  'plc', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words that commonly open a sentence: after an ambiguous abbreviation they mean a new one. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these',
  'those', 'there', 'in', 'on', 'at', 'but', 'and', 'however', 'his', 'her', 'their', 'its',
  'our', 'after', 'before', 'when', 'while', 'if', 'as', 'according', 'for', 'from', 'with',
  'since', 'during', 'meanwhile', 'officials', 'some', 'many', 'both', 'each', 'no', 'one',
]);

/*
 * The Unicode-property regexes of the post-rules, built once: tsx (esbuild, target node)
 * rewrites a `\p{…}` literal into `new RegExp(…)` where it stands, so one inside a
 * function would be built again on every call (every boundary of every document).
 */
const LOWER_WORD_START = /^\p{Ll}+(?![\p{L}\p{N}-])/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;
const DOTTED_LETTERS = /^(?:\p{L}\.){1,3}\p{L}$/u;
const QUOTE_OR_CAPITAL_START = /^["“]?\p{Lu}/u;
const WORD_OR_DOT_CHAR = /[\p{L}\p{N}.’']/u;
const NEXT_WORD = /^["“‘(]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;

/**
 * Sentence start offsets proposed by wink-nlp (the character offset of each sentence's first
 * token), or null when wink's tokens do not add up to the text.
 */
export function winkBoundaries(text: string): number[] | null {
  const nlp = winkSentences();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  // Char start of each token.
  const starts = new Int32Array(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += (spaces[i] ?? '').length;
    starts[i] = pos;
    pos += (values[i] ?? '').length;
  }
  // wink is lossless; if it ever is not (an unusual character), offsets would drift.
  if (pos !== text.length - trailingSpace(text)) return null;
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const out: number[] = [];
  for (const [s] of spans) {
    if (s < starts.length) out.push(starts[s] as number);
  }
  return out;
}

function trailingSpace(text: string): number {
  let n = 0;
  while (n < text.length && isSpaceCode(text.charCodeAt(text.length - 1 - n))) n++;
  return n;
}

/** Whether a UTF-16 code unit is one WORD_OR_DOT_CHAR matches (ASCII by its code, the rest by the regex). */
export function isWordOrDotCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39;
  return c === 0x2019 || WORD_OR_DOT_CHAR.test(text[i] ?? '');
}

/** A plain fallback splitter, used only when wink's offsets cannot be trusted. */
function regexBoundaries(text: string): number[] {
  const out: number[] = [0];
  for (const m of text.matchAll(/[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu)) out.push(m.index + m[0].length);
  return out;
}

/** The word (letters, dots) right before position `end` (which is after its final "."). */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isWordOrDotCode(text, i - 1)) i--;
  return text.slice(i, end);
}

function nextWord(text: string, at: number): string {
  const m = NEXT_WORD.exec(text.slice(at, at + 40));
  return m?.[1] ?? '';
}

/** Whether the boundary at `at` (start of the next sentence) inside `para` should be taken back. */
export function keepTogether(para: string, at: number, quoteOpen: boolean, quoteClosesLater: boolean): string | null {
  let e = at;
  while (e > 0 && isSpaceCode(para.charCodeAt(e - 1))) e--;
  // Small windows around the boundary: a long paragraph is never copied per boundary.
  const prev = para.slice(Math.max(0, e - 40), e);
  const next = para.slice(at, at + 40);
  const firstNext = next[0] ?? '';
  // No space between the parts: a domain or file name ("oe24.at", "Megapaper.ir").
  if (e === at) return 'no-space';
  if (quoteOpen && quoteClosesLater && !/^["“]/.test(next)) return 'inside-quote';
  // A plain lower-case word does not start a sentence ("the U.N. sanctions", "approx. two");
  // a lower-case name does ("youtube-dl is used ...", "iPhone sales ...").
  if (LOWER_WORD_START.test(next)) return 'lowercase-continuation';
  if (/[,;:]$/.test(prev)) return 'lowercase-continuation';
  if (!prev.endsWith('.')) return null;
  const w = wordBefore(para, e).replace(/\.$/, '');
  const lw = w.toLowerCase();
  if (/^\d+\.\d*$/.test(w) && /^\d/.test(firstNext)) return 'decimal';
  if (TITLE_ABBREVIATIONS.has(lw)) {
    if ((lw === 'no' || lw === 'nos' || lw === 'art' || lw === 'vol' || lw === 'fig' || lw === 'ch') && !/^\d/.test(firstNext)) return null;
    return 'abbreviation';
  }
  if (SINGLE_CAPITAL.test(w) && CAPITALISED_START.test(next)) return 'initial';
  if (AMBIGUOUS_ABBREVIATIONS.has(lw) || DOTTED_LETTERS.test(w)) {
    if (/^\d/.test(firstNext)) return 'abbreviation';
    const nw = nextWord(para, at).toLowerCase();
    if (nw && !SENTENCE_OPENERS.has(nw) && QUOTE_OR_CAPITAL_START.test(next)) return 'abbreviation';
  }
  return null;
}

/**
 * Milliseconds this thread has spent in wink's sentence pass (with its offsets), summed over
 * every document: `claims bench`'s stages phase reads it to split ingest's time where it is
 * spent, on the instance the pipeline really uses (two clock reads per document).
 */
export const winkClock = { ms: 0 };

/**
 * The sentences of a document whose paragraphs are given. Every sentence lies inside one
 * paragraph; headline and subhead paragraphs are one sentence each.
 */
export function segmentSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const t0 = performance.now();
  const proposed = text.length > 0 ? (winkBoundaries(text) ?? regexBoundaries(text)) : [];
  winkClock.ms += performance.now() - t0;
  const out: Sentence[] = [];
  let b = 0;
  paragraphs.forEach((p, pi) => {
    while (b < proposed.length && (proposed[b] ?? 0) <= p.start) b++;
    const inner: number[] = [];
    while (b < proposed.length && (proposed[b] ?? 0) < p.end) inner.push(proposed[b++] ?? 0);
    const single = p.kind === 'headline' || p.kind === 'subhead';
    const para = text.slice(p.start, p.end);
    const starts = single ? [0] : [0, ...filterBoundaries(para, inner.map((x) => x - p.start))];
    for (let k = 0; k < starts.length; k++) {
      const s = starts[k] ?? 0;
      const e = starts[k + 1] ?? para.length;
      const span = trimSpan(para, s, e);
      if (span.end > span.start) out.push({ start: p.start + span.start, end: p.start + span.end, paragraph: pi, kind: p.kind });
    }
  });
  return out;
}

function trimSpan(t: string, s: number, e: number): Span {
  while (s < e && isSpaceCode(t.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(t.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

const QUOTE_MARK = /["“”„]/g;
/** A straight quote opens after one of these (or at the start of the paragraph). */
const OPENS_AFTER = /[\s([{—–-]/;

/**
 * Quote marks of a paragraph as opening (+1) or closing (-1). Curly quotes say which they
 * are; a straight one opens after a space or bracket and closes otherwise, so mixed
 * styles (`“the concerns" of both`) pair up. Apostrophes and single quotes are left out.
 */
export function quoteMarks(para: string): { pos: number; dir: 1 | -1 }[] {
  const out: { pos: number; dir: 1 | -1 }[] = [];
  // The marks are found by a regex search, not a look at every character of every
  // paragraph (most characters are none of the four).
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(para); m !== null; m = QUOTE_MARK.exec(para)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '“' || ch === '„') out.push({ pos: i, dir: 1 });
    else if (ch === '”') out.push({ pos: i, dir: -1 });
    else out.push({ pos: i, dir: i === 0 || OPENS_AFTER.test(para[i - 1] ?? '') ? 1 : -1 });
  }
  return out;
}


/** Applies the post-rules to wink's boundaries inside one paragraph. */
function filterBoundaries(para: string, candidates: readonly number[]): number[] {
  if (candidates.length === 0) return [];
  const marks = quoteMarks(para);
  // closingAfter[k] = whether a closing mark exists at index >= k of `marks`.
  const closingAfter: boolean[] = new Array<boolean>(marks.length + 1).fill(false);
  for (let k = marks.length - 1; k >= 0; k--) closingAfter[k] = closingAfter[k + 1] === true || marks[k]?.dir === -1;
  let depth = 0;
  let m = 0;
  const kept: number[] = [];
  for (const c of candidates) {
    if (c <= 0 || c >= para.length) continue;
    for (; m < marks.length && (marks[m]?.pos ?? 0) < c; m++) depth = Math.max(0, depth + (marks[m]?.dir ?? 0));
    const open = depth > 0;
    const closesLater = open && closingAfter[m] === true;
    if (keepTogether(para, c, open, closesLater) === null) kept.push(c);
  }
  return kept;
}
