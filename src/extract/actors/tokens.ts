import type { Doc } from '../../types/index.ts';

/**
 * A word-level token of the cleaned text with its offsets. Periods stay inside
 * abbreviations and initials ("U.S.", "D.C.", "J.", "Jr."), apostrophes inside words
 * ("N'Djamena") but a possessive "'s" is its own token; a hyphen is its own token, so
 * "U.S.-based" gives "U.S.", "-", "based".
 */
export interface Token {
  readonly text: string;
  /** `text` lowercased (computed once: every rule compares lowercase forms). */
  readonly lower: string;
  /** Starts with an uppercase letter. */
  readonly cap: boolean;
  readonly start: number;
  readonly end: number;
  /** First token of a sentence (or of a line, or right after an opening quote there). */
  readonly sentStart: boolean;
  /** Index of the line (paragraph) holding it. */
  readonly line: number;
}

/** Words that keep a following period: "Jr.", "Mr.", "Feb.", "No.", "Inc.". */
const ABBREVIATIONS = new Set([
  'Jr', 'Sr', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Rev', 'Gov', 'Sen', 'Rep',
  'Maj', 'Brig', 'Adm', 'Cmdr', 'Det', 'Cpl', 'Pvt', 'No', 'Co', 'Corp', 'Inc', 'Ltd', 'Bros', 'Ltda', 'Jan', 'Feb', 'Mar',
  'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'Mt', 'Ft', 'vs', 'etc', 'approx', 'Nos', 'Supt', 'Hon',
]);

// Regexes with \p{...} live at module level: tsx's esbuild turns each such literal into a
// `new RegExp(...)` evaluated where it stands, so one inside a function is rebuilt per call.
const NUMBER_CHAR = /\p{N}/u;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}.&$-]+$/u;
const HAS_LOWER = /\p{Ll}/u;
const NON_ASCII_LETTER = /\p{L}|\p{M}/u;

/** Classes of the ASCII characters (see charClass). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : c === 32 || c === 10 || c === 9 || c === 13 ? 3 : 0;
}

/** 1: letter (or combining mark), 2: digit, 3: space, 0: other. ASCII by table, the rest by regex. */
function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c]!;
  if (Number.isNaN(c)) return 0;
  // common in news text: curly quotes, dashes, ellipsis (other); Latin-1/Latin Extended letters
  if (c >= 0x2010 && c <= 0x2027) return 0;
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return 1;
  if (c === 0xa0 || c === 0x2009 || c === 0x202f || (c >= 0x2000 && c <= 0x200a)) return 3;
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_LETTER.test(text.slice(i, i + 2)) ? 1 : 0;
  return NON_ASCII_LETTER.test(text[i]!) ? 1 : NUMBER_CHAR.test(text[i]!) ? 2 : 0;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * The last Doc tokenised and its tokens. One slot is enough: the actor and figure
 * extractors ask for the same Doc one after the other. (A WeakMap keyed by Doc cost
 * ~0.2 ms a document in garbage collection of its ephemeron entries, as measured.)
 */
let cachedDoc: Doc | undefined;
let cachedTokens: Token[] = [];

/**
 * Tokenises the text (a hand-written scanner: this runs on every document, twice the
 * speed of one big regex). With a Doc, the result is cached for that Doc object, so
 * the actor and figure extractors share one tokenisation.
 */
export function tokenize(text: string, doc?: Doc): Token[] {
  if (doc !== undefined && doc === cachedDoc) return cachedTokens;
  const starts = doc ? sentenceStarts(text, doc) : undefined;
  const tokens: Token[] = [];
  const n = text.length;
  let line = 0;
  let i = 0;
  let newlines = 0;
  let sawSpace = false;
  let prev: Token | undefined;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const cls = c0 < 128 ? ASCII_CLASS[c0]! : charClass(text, i);
    if (cls === 3) {
      if (text.charCodeAt(i) === 10) newlines++;
      sawSpace = true;
      i++;
      continue;
    }
    // one token [i, end), then the bookkeeping shared by every kind (below)
    const start = i;
    let end: number;
    if (cls === 1) {
      // abbreviation with inner periods: "U.S.", "D.C.", "U.S.A."
      if (text.charCodeAt(i + 1) === 46 && charClass(text, i + 2) === 1 && text.charCodeAt(i + 3) === 46 && (i + 4 >= n || charClass(text, i + 4) !== 1 || text.charCodeAt(i + 5) === 46)) {
        let j = i;
        while (j + 1 < n && charClass(text, j) === 1 && text.charCodeAt(j + 1) === 46) j += 2;
        end = j;
      } else {
        let j = i + 1;
        for (;;) {
          while (j < n) {
            // ASCII by the table here (the hot loop), the rest by charClass
            const c = text.charCodeAt(j);
            const cl = c < 128 ? ASCII_CLASS[c]! : charClass(text, j);
            if (cl !== 1 && cl !== 2) break;
            j++;
          }
          // inner apostrophe ("N'Djamena", "don't") but not a possessive "'s" at the end
          if (j + 1 < n && isApostrophe(text.charCodeAt(j)) && charClass(text, j + 1) === 1) {
            const s = text.charCodeAt(j + 1);
            const possessive = (s === 115 || s === 83) && (j + 2 >= n || charClass(text, j + 2) !== 1);
            if (!possessive) {
              j += 2;
              continue;
            }
          }
          break;
        }
        if (text.charCodeAt(j) === 36) j++; // "Lapsus$", "US$"
        // a kept period: "Jr.", "Mr.", "Feb.", an initial "J." before a space
        if (text.charCodeAt(j) === 46) {
          const initial = j - start === 1 && text.charCodeAt(start) >= 65 && text.charCodeAt(start) <= 90 && (j + 1 >= n || charClass(text, j + 1) === 3);
          if (initial || (j - start <= MAX_ABBREVIATION && ABBREVIATIONS.has(text.slice(start, j)))) j++;
        }
        end = j;
      }
    } else if (cls === 2) {
      let j = i + 1;
      for (;;) {
        while (j < n && charClass(text, j) === 2) j++;
        const c = text.charCodeAt(j);
        if ((c === 44 || c === 46) && charClass(text, j + 1) === 2) {
          j++;
          continue;
        }
        break;
      }
      end = j;
    } else if (isApostrophe(text.charCodeAt(i)) && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) && (i + 2 >= n || charClass(text, i + 2) !== 1)) {
      // possessive "'s" / "’s"
      end = i + 2;
    } else {
      const c = text.charCodeAt(i);
      end = c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
    }
    const t = text.slice(start, end);
    let sentStart = prev === undefined || newlines > 0 || (starts !== undefined && starts[start] === 1);
    if (!sentStart && prev) {
      const p = prev.text;
      // "said. The" / "? The"
      if ((p === '.' || p === '!' || p === '?') && sawSpace) sentStart = true;
      // ". “The": the word after an opening quote at a sentence start
      if ((p === '"' || p === '“' || p === "'" || p === '‘') && prev.sentStart) sentStart = true;
    }
    if (newlines > 1) line++;
    prev = { text: t, lower: hasUpperOrNonAscii(text, start, end) ? t.toLowerCase() : t, cap: isCapitalised(t), start, end, sentStart, line };
    tokens.push(prev);
    newlines = 0;
    sawSpace = false;
    i = end;
  }
  if (doc) {
    cachedDoc = doc;
    cachedTokens = tokens;
  }
  return tokens;
}

/** Whether text[start, end) may change when lowercased (most tokens are plain lowercase ASCII: no copy needed). */
function hasUpperOrNonAscii(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** Longest word in ABBREVIATIONS (a longer word is not looked up). */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/** 1 at the offset where each sentence's first non-space character is. */
function sentenceStarts(text: string, doc: Doc): Uint8Array {
  const at = new Uint8Array(text.length + 1);
  for (const s of doc.sentences) {
    let i = s.start;
    while (i < s.end && charClass(text, i) === 3) i++;
    at[i] = 1;
  }
  return at;
}

/**
 * A cheap pre-test for a word set: the (first character, length) pairs of its words.
 * Most tokens fail it without their text being hashed for a Set lookup ("said" is no
 * alias verb); a pass only means "look it up".
 */
export class WordShapes {
  private readonly table = new Uint8Array(128 * 32);

  constructor(words: Iterable<string>) {
    for (const w of words) if (w.length > 0) this.table[shapeIndex(w)] = 1;
  }

  /** false: `w` is none of the words; true: it may be one. */
  mayHave(w: string): boolean {
    return w.length > 0 && this.table[shapeIndex(w)] === 1;
  }
}

function shapeIndex(w: string): number {
  return ((w.charCodeAt(0) & 127) << 5) | Math.min(w.length, 31);
}

/** Whether a token starts with an uppercase letter ("Blinken", "U.S.", "NCSC"). */
export function isCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t);
}

/** Whether a token is all uppercase letters (two or more): "NCSC", "THE". */
export function isAllCaps(t: string): boolean {
  // ASCII words by a scan ("NCSC", "U.S.", "Smith"), the rest by the regexes
  const c0 = t.charCodeAt(0);
  if (c0 < 128 && (c0 < 65 || c0 > 90)) return false;
  if (t.length < 2) return false;
  if (c0 < 128) {
    for (let k = 1; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (c > 127) return ALL_CAPS.test(t) && !HAS_LOWER.test(t);
      if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 38 || c === 36 || c === 45)) return false;
    }
    return true;
  }
  return ALL_CAPS.test(t) && !HAS_LOWER.test(t);
}

// Token-text tests by character codes. The rules ask them in their per-token loops, where the
// regexes they replace (/^['’][sS]$/, /^["“]$/, ...) showed as ~140 ms of "RegExp:" frames in
// a 4,000-document profile of the actors stage (speed session 10).

/** A possessive token: "'s", "’s" (and "'S"). Same as /^['’][sS]$/. */
export function isPossessiveMark(t: string): boolean {
  return t.length === 2 && isApostrophe(t.charCodeAt(0)) && (t.charCodeAt(1) === 115 || t.charCodeAt(1) === 83);
}

/** An apostrophe alone or a possessive: "'", "’", "'s" ("Workers' Party", "People's"). Same as /^['’](?:[sS])?$/. */
export function isApostropheOrPossessive(t: string): boolean {
  return (t.length === 1 && isApostrophe(t.charCodeAt(0))) || isPossessiveMark(t);
}

/** A quote that may open a quoted word: '"' or '“'. Same as /^["“]$/. */
export function isOpeningQuote(t: string): boolean {
  return t.length === 1 && (t.charCodeAt(0) === 34 || t.charCodeAt(0) === 0x201c);
}

/** A quote that may close a quoted word: '"' or '”'. Same as /^["”]$/. */
export function isClosingQuote(t: string): boolean {
  return t.length === 1 && (t.charCodeAt(0) === 34 || t.charCodeAt(0) === 0x201d);
}

/** A set of words to test membership in ("has"), as the name rules use `lowerInDoc`. */
export interface WordTest {
  has(w: string): boolean;
}

/** Whether a token counts as a lowercase word of the text ("said", "blessed"; not "a", "U.S.", "3"). */
function isLowercaseWord(t: Token): boolean {
  return !t.cap && t.lower === t.text && t.text.length > 1 && t.text.charCodeAt(0) > 64;
}

/** (first character, last character, length) of a word, in 14 bits (see LowercaseWords). */
function wordKey(w: string): number {
  return ((w.charCodeAt(0) & 31) << 9) | ((w.charCodeAt(w.length - 1) & 31) << 4) | Math.min(w.length, 15);
}

// Per-document marks by generation number: no clearing between documents. 16,384 keys, 128 KB.
const PROBED = new Uint32Array(1 << 14);
const LOWER_KEYS = new Uint32Array(1 << 14);
let generation = 0;

/**
 * The lowercase words of a document's tokens, answering `has` exactly like a Set of them,
 * without hashing most of them. The rules ask it about the lowercase forms of capitalised
 * tokens ("Blessed": is "blessed" a word this text uses?), so only the lowercase words whose
 * key (first and last character, length) is some such form's go in a Set; a word with
 * another key is looked up in a Set of all of them, built on first need. Hashing every new
 * lowercase word for a Set was ~0.14 ms a document (~7% of the actors stage; speed session 10).
 */
export class LowercaseWords implements WordTest {
  private readonly gen: number;
  private readonly probed = new Set<string>();
  private all: Set<string> | undefined;

  constructor(private readonly tokens: readonly Token[]) {
    if (++generation === 0xffffffff) {
      PROBED.fill(0);
      LOWER_KEYS.fill(0);
      generation = 1;
    }
    const gen = (this.gen = generation);
    for (const t of tokens) if (t.lower !== t.text && t.lower.length > 0) PROBED[wordKey(t.lower)] = gen;
    for (const t of tokens) {
      if (!isLowercaseWord(t)) continue;
      const k = wordKey(t.text);
      LOWER_KEYS[k] = gen;
      if (PROBED[k] === gen) this.probed.add(t.text);
    }
  }

  has(w: string): boolean {
    if (w.length === 0) return false;
    // (the marks belong to the newest instance: an older one answers from its full Set)
    if (this.gen !== generation) return this.allWords().has(w);
    const k = wordKey(w);
    if (PROBED[k] === this.gen) return this.probed.has(w);
    if (LOWER_KEYS[k] !== this.gen) return false;
    return this.allWords().has(w);
  }

  private allWords(): Set<string> {
    if (this.all === undefined) {
      this.all = new Set();
      for (const t of this.tokens) if (isLowercaseWord(t)) this.all.add(t.text);
    }
    return this.all;
  }
}
