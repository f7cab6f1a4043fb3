import type { Doc, Figure, FigureKind, Qualifier } from '../../types/index.ts';
import {
  NUMBER_WORDS, SCALE_WORDS, VAGUE_MULTIPLES, VAGUE_MONEY, FRACTIONS, COUNT_PHRASES, QUALIFIER_PHRASES, DISTANT_QUALIFIERS,
  POST_QUALIFIERS, MONTHS, IDENTIFIER_PREFIXES, STREET_WORDS, TIME_WORDS, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE,
  NUMBER_WORD_COMPOUND_STARTS, NUMBER_WORD_IDIOM_TAILS, ONE_SPEAKER_VERBS, FURNITURE_WORDS, FURNITURE_LINE_STARTS, AGE_HOLDERS, ONE_IDIOMS,
} from '../../lexicons/numbers.ts';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_COUNTRIES, TIME_UNITS, QUANTITY_UNITS, QUANTITY_UNIT_PHRASES, MAGNITUDE_EVENTS } from '../../lexicons/units.ts';
import { THREAT_PATTERNS } from '../../lexicons/threat-groups.ts';
import {
  GATED_IDENTIFIER_PATTERNS, EMERGENCY_NUMBERS, CALL_WORDS_BEFORE, CALL_WORDS_AFTER, MODEL_SUFFIXES, NAME_OF_NUMBER_HEADS,
  IDENTIFIER_LIST_JOINERS, IDENTIFIER_LIST_ENDS, VOTE_WORDS, VOTE_VERBS, ADDRESS_AFTER, MIN_CODE_DIGITS, LOWER_STREET_WORDS, FILE_TYPES,
  ORDINAL_UNIT_WORDS, CLOCK_BEFORE, CLOCK_AFTER, RATE_CURRENCIES,
} from '../../lexicons/identifiers.ts';
import { NAME_STOPWORDS } from '../../lexicons/org-patterns.ts';
import { tokenize, type Token } from '../actors/tokens.ts';
import { allMatches, TextScan } from '../../nlp/regex.ts';

/**
 * SPEC §2 Figures by lexicon scanning over the tokens of the cleaned text (no NLP
 * library: a second wink readDoc would cost more than it brings). Skips numbers in
 * names and identifiers ("APT 40", "COVID-19", "Windows 10", "Count One"), dates,
 * years, times, ordinals, addresses, phone numbers and "one" as a pronoun. The knowledge of
 * identifiers (citations, dockets, codes, lists of them, tallies) is typed data in
 * src/lexicons/identifiers.ts; each exclusion is a token test on a candidate number, and the
 * few whole-text citation patterns run only when a literal of theirs occurs in the text.
 */

const SOURCE = 'figures:rules';

/** A number found at tokens [from, to) with its value, before units and qualifiers. */
interface Num {
  readonly from: number;
  readonly to: number;
  readonly value: number;
  readonly vague: boolean;
  /** Unit carried by the words themselves ("decades" -> year, "multimillion dollar" -> USD). */
  readonly unit?: string;
  readonly kind?: FigureKind;
  readonly reason: string;
}

interface Phrase {
  readonly parts: readonly string[];
  readonly value: number;
  readonly unit: string | undefined;
}

function groupByFirst(list: readonly Phrase[]): Map<string, Phrase[]> {
  const m = new Map<string, Phrase[]>();
  for (const p of [...list].sort((a, b) => b.parts.length - a.parts.length)) {
    const l = m.get(p.parts[0]!) ?? [];
    l.push(p);
    m.set(p.parts[0]!, l);
  }
  return m;
}

// phrase tables split once, grouped by first word (numberAt runs on every token)
const COUNT_BY_FIRST = groupByFirst([...COUNT_PHRASES].map(([phrase, value]) => ({ parts: phrase.split(' '), value, unit: phrase === 'a decade' ? 'decade' : undefined })));
const VAGUE_BY_FIRST = groupByFirst(VAGUE_MULTIPLES.map((v) => ({ parts: v.phrase.split(/[ ]/), value: v.value, unit: v.unit })));
const FRACTION_BY_FIRST = groupByFirst([...FRACTIONS].map(([phrase, value]) => ({ parts: phrase.split(' '), value, unit: undefined })));
const QUALIFIER_SPLIT = QUALIFIER_PHRASES.map((q) => ({ parts: q.phrase.split(' '), qualifier: q.qualifier }));
const POST_SPLIT = POST_QUALIFIERS.map((q) => ({ parts: q.phrase.split(' '), qualifier: q.qualifier }));
const DISTANT_RES = DISTANT_QUALIFIERS.map((q) => ({ re: new RegExp(q.pattern, 'u'), qualifier: q.qualifier }));
const VAGUE_MONEY_MAP = new Map(VAGUE_MONEY.map((v) => [v.phrase, v.value]));
const CURRENCY_SYMBOL_MAP = new Map(CURRENCY_SYMBOLS.map((c) => [c.symbol, c.code]));
const MONTH_SET = new Set(MONTHS);
const STOP = new Set(NAME_STOPWORDS);
const DIGITS_RE = /^\p{N}+(?:[.,]\p{N}+)*$/u;
const YEAR_RE = /^(?:1[6-9]|20)\d{2}$/;
/** Capitalised words a figure may follow without being part of a name ("About 50", "Nearly 40"). */
const CAP_OK_BEFORE = new Set(['About', 'Around', 'Nearly', 'Almost', 'Some', 'Over', 'Roughly', 'Approximately', 'Up', 'More', 'Less', 'Fewer', 'At', 'Under', 'All', 'Only', 'Just', 'Another', 'Estimated', 'Within', 'Exactly']);
/** Plural heads without -s ("30 people"), and verbs that end a counted phrase ("four men say"). */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'data', 'media', 'cattle', 'crew', 'feet', 'teeth', 'mice', 'geese', 'persons']);
const VERBS_AFTER_HEAD = new Set(['say', 'says', 'said', 'die', 'dies', 'died', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'remain', 'remained', 'face', 'faces', 'stole', 'took', 'went', 'came', 'fled', 'got', 'made', 'left', 'ran', 'won', 'lost']);
const FUNCTION_STOP = new Set(['of', 'from', 'in', 'to', 'and', 'or', 'that', 'which', 'who', 'with', 'at', 'on', 'for', 'by', 'across', 'were', 'was', 'is', 'are', 'have', 'has', 'had', 'will', 'would', 'could', 'be', 'been', 'into', 'than', 'as', 'per', 'each', 'since', 'after', 'before', 'during', 'while', 'under', 'over', 'through', 'within', 'between', 'the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Words inside a glued tally, which is two counts: "230-to-198". */
const TALLY_WORDS = new Set(['to', 'and', 'by']);
/*
 * Whole-text patterns of numbers that are not figures. One with a literal every match holds
 * (`requires`) skips a text without it (a plain `includes`, far cheaper than running the regex
 * over the text; most news texts hold no "+", "§" or "APT"); an anchored one runs only where
 * its anchor says a match can start (TextScan).
 */
// only the naming patterns with a number in them can hide a figure ("APT 40", not "Fancy Bear")
const THREAT_RES: readonly TextScan[] = THREAT_PATTERNS.filter((p) => p.source.includes('\\d')).map((p) => new TextScan(p.source, p));
const BLOCK_RES: readonly TextScan[] = [
  new TextScan(/\(?\b\d{3}\)?[-. ]\d{3}[-.]\d{4}\b/g), // phone numbers
  new TextScan(/\+\d{1,3}[ -]\d[\d -]{6,}\d/g, { requires: '+' }), // international phone numbers
  new TextScan(/\b[A-Z]{2,}[-_ ]?\d{4}-\d{3,}\b/g), // CVE-2021-26855 style identifiers
  new TextScan(/\b\d+(?:\.\d+){2,}\b/g), // version numbers, IP addresses
  new TextScan(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, { requires: ':' }), // times
  new TextScan(/\b\d+\s*U\.?\s?S\.?\s?(?:C\.?|Code)\s*(?:§+\s*)?\d+\w*(?:\([\w.]+\))*/g), // 18 U.S.C. 1030(a), 17 U.S. Code § 1201
  new TextScan(/§+\s*\d+[\w.()-]*/g, { requires: '§' }), // § 1201
  new TextScan(/\b\d+:\d+-[a-z]{2}-\d+\b/gi, { requires: ':' }), // case numbers 1:20-cr-00123
];
/** The URL patterns: a text with neither "/" nor "www." skips them. */
const URL_RES: readonly RegExp[] = [
  /\b(?:https?:\/\/|www\.)\S+/gi, // URLs
  /\b[\w-]+(?:\.[\w-]+)*\.(?:gov|com|org|net|edu|int|mil|info|io)\/\S*/gi, // bare URLs with a path
];

/*
 * Unicode-property tests of the per-token rules, built once: tsx (esbuild, target node)
 * rewrites a `\p{…}` literal into `new RegExp(…)` where it stands, so a literal inside a
 * rule would be rebuilt for every token it looks at.
 */
const STARTS_NUMERIC = /^\p{N}/u;
const LETTER_WORDS = /\p{L}[\p{L}.'’-]*/gu;
const SHORT_LETTERS_OR_NUMBER = /^(?:[\p{L}]{1,2}|\d{1,3})$/u;
const LOWER_ED_WORD = /^\p{Ll}+ed$/u;
const LETTER_WORD = /^\p{L}[\p{L}'’-]*$/u;
const PLURAL_OR_PERCENT = /^(?:\p{Ll}+s|%|percent)$/u;
const STARTS_LETTER = /^\p{L}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAMEL_START = /^\p{Ll}+\p{Lu}/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const HAS_LETTER = /\p{L}/u;
const STARTS_LOWER_OR_PERCENT = /^[\p{Ll}%]/u;
const SHORT_LETTER_WORD = /^\p{L}{1,4}$/u;
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;
const CAPITALISED_TOKEN = /^\p{Lu}[\p{L}.]*$/u;
const STARTS_LETTER_OR_HYPHEN = /^[\p{L}-]/u;
const LETTER_WORD_CLASS = /^[\p{L}][\p{L}'’-]*$/u;
const LOWER_PLURAL = /^\p{Ll}+s$/u;

const lower = (t: Token | undefined): string => (t ? t.lower : '');
const isDigits = (t: Token | undefined): boolean => t !== undefined && DIGITS_RE.test(t.text);
const attached = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
/** The value of a single digit or number-word token ("12,000" -> 12000, "five" -> 5), else NaN. */
const val = (t: Token | undefined): number => (t === undefined ? NaN : isDigits(t) ? Number(t.text.replace(/,/g, '')) : NUMBER_WORDS.get(t.lower) ?? NaN);

export function extractFigures(doc: Doc): Figure[] {
  const text = doc.text;
  const tokens = tokenize(text, doc);
  const blocked = blockedSpans(text);
  const furniture = furnitureLines(text);
  const drafts: Draft[] = [];
  // token index just after the last number excluded as an identifier (a list of them may go on)
  let idEnd = -1;
  let days = false;
  let i = 0;
  while (i < tokens.length) {
    // cheap first test, inlined (this loop sees every token): a digit, or a word a figure can start with
    const t = tokens[i]!;
    const c = t.text.charCodeAt(0);
    if ((c < 48 || c > 57) && !isFirstWord(t.lower) && (c < 128 || !STARTS_NUMERIC.test(t.text))) {
      i++;
      continue;
    }
    const num = numberAt(tokens, i);
    if (!num) {
      i++;
      continue;
    }
    const why = excluded(tokens, num, blocked, idEnd, days);
    if (why === 'id' || why === 'date') {
      idEnd = num.to;
      days = why === 'date';
    }
    const fig = why || furniture(tokens[num.from]!.start) ? undefined : buildFigure(text, tokens, num, drafts[drafts.length - 1]);
    if (fig) {
      drafts.push(fig);
      i = Math.max(num.to, fig.tokenTo);
    } else {
      i = num.to;
    }
  }
  return mergeRangingFrom(text, drafts).map(toFigure);
}

/**
 * The figure of a draft, numbered: its fields in the order buildFigure writes them, without
 * the token indices. Written out rather than `const { tokenTo, tokenFrom, ...f } = d;
 * return { ...f, id }`, whose rest and spread copies cost V8 a generic property walk per
 * figure (~0.05 ms per document in a profile of the bench corpus).
 */
function toFigure(d: Draft, k: number): Figure {
  return {
    text: d.text,
    start: d.start,
    end: d.end,
    value: d.value,
    value_max: d.value_max,
    kind: d.kind,
    qualifier: d.qualifier,
    unit: d.unit,
    counted: d.counted,
    source: d.source,
    reason: d.reason,
    id: `f${k + 1}`,
  };
}

/**
 * What every match of a gated pattern starts with: a number, space, then the first letter
 * of a reporter, regulation or docket abbreviation ("585 U.S.", "15 C.F.R.", "23 Cr.",
 * "21 Mag."). Kept in step with GATED_IDENTIFIER_PATTERNS by a test. Where it matches, the
 * patterns themselves run (each ~5 us per bench document, starting at a digit): the literal
 * gates they once had ("v." for a reporter citation) cost more than that and missed
 * citations without them ("585 U.S. 296" with no case name, "23 Cr 156").
 */
export const CITATION_START = /\b\d+\s+[ACFLMNPSU]/;

function pushMatches(spans: [number, number][], re: RegExp, text: string): void {
  re.lastIndex = 0;
  for (const m of allMatches(re, text)) spans.push([m.index, m.index + m[0].length]);
}

/** Spans that hold numbers belonging to names or identifiers: threat groups, phone numbers, legal citations. */
function blockedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // every pattern needs a digit; the URL ones also a slash or "www."
  for (const list of [THREAT_RES, BLOCK_RES]) {
    for (const scan of list) for (const m of scan.all(text)) spans.push([m.index, m.index + m[0].length]);
  }
  if (text.includes('/') || text.includes('www.')) for (const re of URL_RES) pushMatches(spans, re, text);
  // court reporters, regulations and dockets: only where a number is followed by one of their first letters
  if (!CITATION_START.test(text)) return spans;
  for (const g of GATED_IDENTIFIER_PATTERNS) pushMatches(spans, g.pattern, text);
  return spans;
}

/**
 * Page furniture kept by ingest: a line made only of numbers, punctuation and furniture
 * words ("Page 2 of 4", "Share 14", "2 comments | 5 min read", "19-456"), or one that
 * opens like a teaser ("Related: 5 things to know"). Returns a test by offset, memoised
 * per line; only lines holding a number are ever looked at.
 */
/** How much of a line the furniture openings read: the longest, and the character after it. */
const FURNITURE_START_SPAN = Math.max(...FURNITURE_LINE_STARTS.map((p) => p.length)) + 1;

function furnitureLines(text: string): (offset: number) => boolean {
  const memo = new Map<number, boolean>();
  // the line of the last call, [lastStart, lastEnd]: numbers come in reading order, often
  // several to a line, and the backward search for the line start is then skipped
  let lastStart = -1;
  let lastEnd = -1;
  let lastValue = false;
  return (offset) => {
    if (offset >= lastStart && offset <= lastEnd) return lastValue;
    const ls = text.lastIndexOf('\n', offset - 1) + 1;
    let le = text.indexOf('\n', offset);
    if (le < 0) le = text.length;
    lastStart = ls;
    lastEnd = le;
    const hit = memo.get(ls);
    if (hit !== undefined) return (lastValue = hit);
    const line = text.slice(ls, le);
    // A long line is only tested on its opening: lower-case just that (a paragraph of
    // prose holding a number was lower-cased whole, ~5% of the figures stage). Lower-casing
    // maps each character on its own, so the opening reads the same either way.
    const trimmed = line.trimStart();
    const low = (line.length <= 80 ? trimmed : trimmed.slice(0, FURNITURE_START_SPAN)).toLowerCase();
    let furniture = FURNITURE_LINE_STARTS.some((p) => low.startsWith(p) && /^[\s:|>»–—-]/.test(low.slice(p.length) || ' '));
    if (!furniture && line.length <= 80) {
      const words = low.match(LETTER_WORDS) ?? [];
      furniture = words.every((w) => FURNITURE_WORDS.has(w) || FURNITURE_WORDS.has(w.replace(/[.:]$/, '')));
    }
    memo.set(ls, furniture);
    return (lastValue = furniture);
  };
}

/** The first phrase of the table that the tokens at i spell out. */
function phraseAt(table: ReadonlyMap<string, Phrase[]>, tokens: readonly Token[], i: number): Phrase | undefined {
  const list = table.get(tokens[i]!.lower);
  if (!list) return undefined;
  for (const p of list) {
    let ok = true;
    for (let k = 0; k < p.parts.length && ok; k++) ok = tokens[i + k]?.lower === p.parts[k];
    if (ok) return p;
  }
  return undefined;
}

/** Words a figure can start with (besides digits): checked first, as numberAt runs on every token. */
const FIRST_WORDS = new Set([
  ...COUNT_BY_FIRST.keys(), ...VAGUE_BY_FIRST.keys(), ...FRACTION_BY_FIRST.keys(), ...VAGUE_MONEY_MAP.keys(), ...NUMBER_WORDS.keys(), 'decade', 'multi',
]);

/** `FIRST_CHARS[c]` = 1 when a word of FIRST_WORDS starts with the ASCII character `c`. */
const FIRST_CHARS = new Uint8Array(128);
for (const w of FIRST_WORDS) if (w.charCodeAt(0) < 128) FIRST_CHARS[w.charCodeAt(0)] = 1;

/**
 * `FIRST_WORDS.has(w)`, with a table look at the first character before the set lookup: a
 * word starting with a letter no figure word starts with ("in", "court", "police", a comma)
 * skips the hash lookup (this runs on every token of every document).
 */
export function isFirstWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 128 || FIRST_CHARS[c] === 1) && FIRST_WORDS.has(w);
}

/** Reads a number at token i: digits (+scale), number words, vague multiples, counting phrases, fractions. */
function numberAt(tokens: readonly Token[], i: number): Num | undefined {
  const t = tokens[i]!;
  const c = t.text.charCodeAt(0);
  const w = t.lower;
  if ((c < 48 || c > 57) && !FIRST_WORDS.has(w) && (c < 128 || !STARTS_NUMERIC.test(t.text))) return undefined;
  const count = phraseAt(COUNT_BY_FIRST, tokens, i);
  // "a decade-long": the compound is read at "decade"
  if (count && count.unit === 'decade' && tokens[i + count.parts.length]?.text === '-') return undefined;
  if (count) return { from: i, to: i + count.parts.length, value: count.value, vague: false, ...(count.unit ? { unit: count.unit } : {}), reason: 'count-phrase' };
  // "decade-long" is one word with a hyphen in the tokens
  if (w === 'decade' && tokens[i + 1]?.text === '-' && lower(tokens[i + 2]) === 'long' && attached(t, tokens[i + 1])) {
    return { from: i, to: i + 3, value: 10, vague: true, unit: 'year', kind: 'duration', reason: 'vague-multiple' };
  }
  const vague = phraseAt(VAGUE_BY_FIRST, tokens, i);
  if (vague) return { from: i, to: i + vague.parts.length, value: vague.value, vague: true, ...(vague.unit ? { unit: vague.unit } : {}), reason: 'vague-multiple' };
  // "multimillion dollar", "multi-million-dollar"
  const mm = VAGUE_MONEY_MAP.get(w) ?? (w === 'multi' && tokens[i + 1]?.text === '-' ? VAGUE_MONEY_MAP.get(`multi-${lower(tokens[i + 2])}`) : undefined);
  if (mm !== undefined) {
    let k = w === 'multi' ? i + 3 : i + 1;
    if (tokens[k]?.text === '-') k++;
    const cw = lower(tokens[k]);
    if (CURRENCY_WORDS.has(cw)) return { from: i, to: k + 1, value: mm, vague: true, unit: CURRENCY_WORDS.get(cw)!, kind: 'money', reason: 'vague-money' };
  }
  // "nearly half of", "two-thirds of": a share, as percent
  const frac = phraseAt(FRACTION_BY_FIRST, tokens, i) ?? (w === 'two' && tokens[i + 1]?.text === '-' && lower(tokens[i + 2]) === 'thirds' ? { parts: ['two', '-', 'thirds'], value: 66.67, unit: undefined } : undefined);
  if (frac && lower(tokens[i + frac.parts.length]) === 'of') {
    return { from: i, to: i + frac.parts.length, value: frac.value, vague: false, unit: 'percent', kind: 'percent', reason: 'fraction' };
  }
  if (DIGITS_RE.test(t.text)) {
    const value = Number(t.text.replace(/,/g, ''));
    if (!Number.isFinite(value)) return undefined;
    return withScale(tokens, i, i + 1, value, 'digits');
  }
  const base = NUMBER_WORDS.get(w);
  if (base !== undefined) {
    let value = base;
    let to = i + 1;
    // "twenty-five", "twenty five"
    if (base >= 20 && base % 10 === 0) {
      const h = tokens[to];
      const u = h?.text === '-' ? tokens[to + 1] : h;
      const unit = NUMBER_WORDS.get(lower(u));
      if (u && unit !== undefined && unit > 0 && unit < 10 && (h?.text !== '-' || (attached(tokens[to - 1], h) && attached(h, u)))) {
        value += unit;
        to = h?.text === '-' ? to + 2 : to + 1;
      }
    }
    return withScale(tokens, i, to, value, 'number-word');
  }
  return undefined;
}

/** Multiplies by following scale words: "5.31 million", "two hundred thousand", "$3bn". */
function withScale(tokens: readonly Token[], from: number, to: number, value: number, reason: string): Num {
  let v = value;
  let k = to;
  for (;;) {
    const s = tokens[k];
    if (!s) break;
    const scale = SCALE_WORDS.get(s.lower);
    const glued = attached(tokens[k - 1], s);
    // short forms (m, bn, k) only glued to the number: "$3bn", "€1.2m"
    if (scale === undefined || (s.lower.length <= 2 && !glued) || (s.lower.length > 2 && glued)) break;
    v *= scale;
    k++;
  }
  return { from, to: k, value: v, vague: false, reason };
}

/** Numbers that are names, identifiers, dates, times, addresses, or "one" as a pronoun. */
/**
 * Why a number is no figure: `id` a name or identifier (a list of them may go on: "Counts 1, 2 and
 * 5"), `date` a day of a date (so may a list of days: "on May 5 and 6,"), `other` the rest.
 */
type Exclusion = 'id' | 'date' | 'other' | undefined;

/** Lowercase particles inside a street or place name: "Quai des Orfèvres", "Avenida de Mayo". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'des', 'du', 'la', 'le', 'del', 'della', 'van', 'von', 'der', 'al', 'el', 'of', 'the']);

/**
 * Whether the number at tokens[from] goes on a list of identifiers whose last number ended at
 * token `idEnd` ("Counts 1, 2 and 5", "Sections 1343 and 1349 of", "841(a)(1) and 846,"): a
 * joiner before it, only "(a)(1)" pieces between, and no word after it that it could count.
 */
function continuesIdentifierList(tokens: readonly Token[], num: Num, idEnd: number, days: boolean): boolean {
  if (idEnd <= 0 || num.from - idEnd > 8 || num.from <= idEnd) return false;
  if (days && !(num.reason === 'digits' && num.to === num.from + 1 && Number.isInteger(num.value) && num.value >= 1 && num.value <= 31)) return false;
  if (!IDENTIFIER_LIST_JOINERS.has(lower(tokens[num.from - 1]))) return false;
  for (let j = num.from - 2; j >= idEnd; j--) {
    const t = tokens[j]!.text;
    if (t !== '(' && t !== ')' && !SHORT_LETTERS_OR_NUMBER.test(t)) return false;
  }
  const next = tokens[num.to];
  return endsIdentifierList(next) || (next?.text === '(' && attached(tokens[num.to - 1], next));
}

/**
 * Whether the token after a number leaves it no noun to count, so it may end a list of
 * identifiers: punctuation, "of", a joiner, or a verb ("Counts Forty through Forty-Seven charged").
 */
function endsIdentifierList(next: Token | undefined): boolean {
  return next === undefined || IDENTIFIER_LIST_ENDS.has(next.lower) || LOWER_ED_WORD.test(next.text);
}

/**
 * "One official said", "One news site, Znak.com, claims": up to three words of a noun phrase
 * after "one", an optional apposition in commas, then a speech verb ("One person was killed" stops
 * at "was").
 */
function oneSpeaker(tokens: readonly Token[], to: number): boolean {
  let k = to;
  // ("co-conspirator" is three tokens: a hyphen glued inside a word does not end the phrase)
  while (k < to + 5 && tokens[k] && (LETTER_WORD.test(tokens[k]!.text) || (tokens[k]!.text === '-' && attached(tokens[k - 1], tokens[k]))) && !ONE_SPEAKER_VERBS.has(tokens[k]!.lower) && !VERBS_AFTER_HEAD.has(tokens[k]!.lower)) k++;
  if (k === to) return false;
  if (tokens[k]?.text === ',') {
    let j = k + 1;
    // (a period inside a name does not end it: "Znak.com")
    while (j < k + 7 && tokens[j] && tokens[j]!.text !== ',' && !(/^[.;:]$/.test(tokens[j]!.text) && !(attached(tokens[j - 1], tokens[j]) && attached(tokens[j], tokens[j + 1])))) j++;
    if (tokens[j]?.text !== ',') return false;
    k = j + 1;
  }
  return ONE_SPEAKER_VERBS.has(lower(tokens[k]));
}

/** "voted 232-197", "a 97-0 vote": the glued tally A-B at token a is a vote, two counts. */
function voteTally(tokens: readonly Token[], a: number): boolean {
  // (a - 3: "adopted the accord 124-0"; a + 5: "124-0 with 11 abstentions")
  for (let k = Math.max(0, a - 3); k <= a + 5 && k < tokens.length; k++) {
    if ((k < a || k > a + 2) && VOTE_WORDS.has(tokens[k]!.lower)) return true;
    if (k < a && VOTE_VERBS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

function excluded(tokens: readonly Token[], num: Num, blocked: readonly [number, number][], idEnd: number, days: boolean): Exclusion {
  const first = tokens[num.from]!;
  const last = tokens[num.to - 1]!;
  const prev = tokens[num.from - 1];
  const prev2 = tokens[num.from - 2];
  const next = tokens[num.to];
  const digits = isDigits(first);
  const word = NUMBER_WORDS.has(first.lower) && num.reason === 'number-word';
  if (blocked.some(([s, e]) => first.start < e && last.end > s)) return 'id';
  // a leading zero marks a code, not an amount: "Storm-0558", "00123", "0745 GMT"
  if (digits && /^0\d/.test(first.text)) return 'other';
  // "zero-day", "one-time", "one-sided": a word, not a count (a time or unit word after the hyphen stays: "one-year")
  // "a two-state solution", "a three-way race": set phrases
  if (word && next?.text === '-' && attached(last, next) && NUMBER_WORD_IDIOM_TAILS.has(lower(tokens[num.to + 1]))) return 'other';
  // "twenty-first century": a compound ordinal
  if (word && next?.text === '-' && attached(last, next) && ORDINAL_UNIT_WORDS.has(lower(tokens[num.to + 1]))) return 'other';
  // "zero tolerance", "net zero": "zero" counts only things in the plural ("zero arrests") or a share ("zero percent")
  if (word && first.lower === 'zero' && num.to === num.from + 1 && !PLURAL_OR_PERCENT.test(next?.text ?? '')) return 'other';
  if (word && NUMBER_WORD_COMPOUND_STARTS.has(first.lower) && next?.text === '-' && attached(last, next)) {
    const after = lower(tokens[num.to + 1]);
    if (first.lower === 'zero' || (!TIME_UNITS.has(after) && !QUANTITY_UNITS.has(after))) return 'other';
  }
  if (digits && num.to === num.from + 1) {
    // glued to letters: "5G", "1990s", "24th" (units and scales excepted: "5km", "$3bn")
    if (next && attached(last, next) && STARTS_LETTER.test(next.text)) {
      if (!QUANTITY_UNITS.has(next.lower) && !TIME_UNITS.has(next.lower) && !SCALE_WORDS.has(next.lower) && next.lower !== 'percent') return 'other';
    }
    // "7-Eleven", "737-MAX": a capitalised word glued by a hyphen
    if (next?.text === '-' && attached(last, next) && attached(next, tokens[num.to + 1]) && STARTS_UPPER.test(tokens[num.to + 1]?.text ?? '')) return 'other';
  }
  if (digits) {
    // glued after letters: "COVID-19", "F-35", "G7"-like; not after a currency symbol ("US$22,900")
    if (prev && attached(prev, first) && STARTS_LETTER.test(prev.text) && !CURRENCY_SYMBOL_MAP.has(prev.text)) return 'other';
    // "Storm-0558", "23-cv-4567", "F-35", "2024-03-03": glued by a hyphen or slash to a word or number before
    // ("2019–20": an en dash glued the same way; "voted 232-197": the second count of a vote tally stays)
    if ((prev?.text === '-' || prev?.text === '/' || prev?.text === '–') && attached(prev, first) && attached(prev2, prev) && HAS_LETTER_OR_DIGIT.test(prev2?.text ?? '') && !TALLY_WORDS.has(lower(prev2))) {
      if (!(prev.text === '-' && isDigits(prev2) && !YEAR_RE.test(prev2!.text) && voteTally(tokens, num.from - 2) && val(prev2) >= num.value)) return 'other';
    }
    // "A-B" glued: a score or tally when B <= A ("lost 3-1"); a release, docket or phone number
    // when B is longer and over ten times A ("18-123", "1-800"); a range otherwise ("10-15 years")
    const h = tokens[num.to];
    const b = tokens[num.to + 1];
    if (h?.text === '-' && num.to === num.from + 1 && attached(first, h) && attached(h, b) && isDigits(b)) {
      const bv = Number(b!.text.replace(/,/g, ''));
      const av = Number(first.text.replace(/,/g, ''));
      if ((bv <= av && !voteTally(tokens, num.from)) || (b!.text.length > first.text.length && bv > 10 * av && bv >= 100)) return 'other';
    }
    // "iOS 17", "macOS 14", "eBay 2": a camel-case name before
    if (prev && CAMEL_START.test(prev.text) && prev.line === first.line) return 'other';
    if ((prev?.text === ':' || prev?.text === '/') && attached(prev, first)) return 'other';
    // a period inside a name: "JN.1", "No.3" (not a sentence end, which a space follows)
    if (prev?.text === '.' && attached(prev, first) && attached(prev2, prev) && LETTERS_ONLY.test(prev2?.text ?? '')) return 'id';
    if ((next?.text === ':' || next?.text === '/') && attached(last, next) && isDigits(tokens[num.to + 1])) return 'other';
    if (/^(?:st|nd|rd|th)$/i.test(next?.text ?? '')) return 'other';
    if (TIME_WORDS.has(lower(next))) return 'other';
    if (num.to === num.from + 1) {
      // enumeration marks: "(1) access a computer and (2) obtain", "1030(a)(2)(C)"; not an age "Chen (40)"
      if (prev?.text === '(' && next?.text === ')' && !(prev2?.cap && HAS_LETTER.test(prev2.text))) return 'other';
      // a bare run of five digits or more is a code (zip, short code, unit number): "text 847411",
      // "DC 20530"; counts that long are written "12,000" (unless a word it counts follows: "25000 people",
      // or it is round: "the toll rose to 10000.")
      if (first.text.length >= MIN_CODE_DIGITS && /^\d+$/.test(first.text) && !first.text.endsWith('000') && !(prev && CURRENCY_SYMBOL_MAP.has(prev.text)) && !(STARTS_LOWER_OR_PERCENT.test(next?.text ?? '') && !FUNCTION_STOP.has(next!.lower))) return 'id';
      // emergency lines: "called 911", "a 999 call"
      if (EMERGENCY_NUMBERS.has(first.text) && (CALL_WORDS_BEFORE.has(lower(prev)) || CALL_WORDS_AFTER.has(lower(next)))) return 'other';
      // addresses: "the 4500 block of Elm Street"
      if (next && ADDRESS_AFTER.has(next.lower) && lower(tokens[num.to + 1]) === 'of') return 'other';
      // lowercase street words: "36 rue des Martyrs"
      if (next && LOWER_STREET_WORDS.has(next.text)) return 'other';
      // file sizes in download links: "Indictment (PDF, 1.2 MB)"
      if (prev?.text === ',' && FILE_TYPES.has(lower(prev2)) && (next?.lower === 'kb' || next?.lower === 'mb' || next?.lower === 'gb')) return 'other';
      // groups of a phone number beside a leading-zero group: "020 7946 0958"
      if ((isDigits(prev) && /^0\d/.test(prev!.text) && prev!.line === first.line) || (isDigits(next) && /^0\d/.test(next!.text) && next!.line === first.line)) return 'other';
      // times of day in four digits: "at 1500 hours", "1030 local time"
      if (/^(?:[01]\d|2[0-3])[0-5]\d$/.test(first.text) && (lower(next) === 'local' || (CLOCK_AFTER.has(lower(next)) && CLOCK_BEFORE.has(lower(prev))))) return 'other';
      // model names: "the 737 MAX", "a 787 Dreamliner"
      if (next && MODEL_SUFFIXES.has(next.text)) return 'id';
      // a day range before a month: "6-8 April", "from 12 to 14 June", "between 9 and 11 November"; an hour
      // range before a time word: "between 2 and 4 p.m."
      const n2 = tokens[num.to + 1];
      if (next && num.value <= 31 && /^(?:-|–|to|and|through)$/.test(next.lower) && isDigits(n2)) {
        const after = tokens[num.to + 2];
        if (after && (MONTH_SET.has(after.text) || (num.value <= 24 && TIME_WORDS.has(after.lower)))) return 'date';
      }
      // tax and statute codes: "401(k)", "501(c)(3)"
      if (next?.text === '(' && attached(last, next) && SHORT_LETTER_WORD.test(tokens[num.to + 1]?.text ?? '') && tokens[num.to + 2]?.text === ')') return 'id';
      // exchange rates: "83 per dollar", "150 to the dollar"
      const rateWord = lower(next) === 'per' ? lower(tokens[num.to + 1]) : /^(?:to|against)$/.test(lower(next)) && lower(tokens[num.to + 1]) === 'the' ? lower(tokens[num.to + 2]) : '';
      if (rateWord && RATE_CURRENCIES.has(rateWord)) return 'other';
    }
  }
  // a ratio: "one in five", "3 in 10" (a share, not a count); not "12 in 3 countries", "3 in 5 days"
  if ((digits || word) && num.to === num.from + 1) {
    if (next?.lower === 'in' && num.value < val(tokens[num.to + 1]) && !TIME_UNITS.has(lower(tokens[num.to + 2]))) return 'other';
    if (prev?.lower === 'in' && val(prev2) < num.value && !TIME_UNITS.has(lower(next))) return 'other';
    // a rating or share: "rated 10 out of 10", "9 out of 10 voters"
    if (next?.lower === 'out' && lower(tokens[num.to + 1]) === 'of' && num.value <= val(tokens[num.to + 2])) return 'other';
    if (prev?.lower === 'of' && lower(prev2) === 'out' && val(tokens[num.from - 3]) <= num.value) return 'other';
  }
  // number words inside a short quoted formula are a slogan: "one country, two systems" (one number word
  // in a quote is reported speech and counts: 'said "three terrorists" were killed')
  if (word && inShortQuote(tokens, num.from, num.to)) return 'other';
  // list numbering: "1. The defendant ...", "2) ..." at the start of a line
  if (digits && num.to === num.from + 1 && first.sentStart && /^[.)]$/.test(next?.text ?? '') && attached(last, next) && !isDigits(tokens[num.to + 1])) return 'other';
  // "one of", "no one", "one's", "one should"
  if (first.lower === 'one' && num.to === num.from + 1) {
    if (ONE_PRONOUN_AFTER.has(lower(next)) || ONE_PRONOUN_BEFORE.has(lower(prev))) return 'other';
    if (oneSpeaker(tokens, num.to)) return 'other';
    // "one in which", "one on whom": a pronoun before a relative clause
    if (/^(?:in|on|for|with|from|to)$/.test(lower(next)) && /^(?:which|whom)$/.test(lower(tokens[num.to + 1]))) return 'other';
    const idiom = ONE_IDIOMS.get(lower(next));
    if (idiom !== undefined && (idiom === null || lower(prev) === idiom)) return 'other';
    if (next && /^[.,;:!?”"]$/.test(next.text) && lower(prev) !== 'than') return 'other';
  }
  // dates: "Feb. 24", "24 February", "December 2017"
  if (prev && MONTH_SET.has(prev.text)) return 'date';
  if (next && MONTH_SET.has(next.text) && digits) return 'date';
  // years, unless money or a measure follows ("2000 people" is rare in news, "2019" is not)
  if (digits && YEAR_RE.test(first.text) && num.to === num.from + 1) {
    const nx = lower(next);
    const money = prev !== undefined && CURRENCY_SYMBOL_MAP.has(prev.text);
    if (!money && !QUANTITY_UNITS.has(nx) && !CURRENCY_WORDS.has(nx) && nx !== 'percent' && nx !== '%') return 'other';
  }
  // identifiers: "Section 230", "Title 18", "Windows 10", "Boeing 737", "No. 10", "Count One", "Marine One"
  if (prev && (digits || word)) {
    // "Counts 1, 2 and 5", "21 U.S.C. 841(a)(1) and 846"
    if (continuesIdentifierList(tokens, num, idEnd, days)) return days ? 'date' : 'id';
    // names made as "<Head> of <number>": "the Group of 20", "Gang of Four"
    if (prev.lower === 'of' && prev2 && NAME_OF_NUMBER_HEADS.has(prev2.text)) return 'id';
    if (IDENTIFIER_PREFIXES.has(prev.lower)) return 'id';
    // an abbreviation split from its period: "p. 12", "pp. 40-45", "para. 7"
    if (prev.text === '.' && prev2 && attached(prev2, prev) && IDENTIFIER_PREFIXES.has(`${prev2.lower}.`)) return 'id';
    // "Press Release Number: 10-784", "Case No.: 5"
    if (prev.text === ':' && IDENTIFIER_PREFIXES.has(lower(prev2))) return 'id';
    // footnote marks: "[1]"
    if (prev.text === '[' && next?.text === ']') return 'other';
    const capWord = prev.cap && HAS_LETTER.test(prev.text) && !CAP_OK_BEFORE.has(prev.text) && !STOP.has(prev.text) && !CURRENCY_SYMBOL_MAP.has(prev.text) && prev.line === first.line;
    // a number word only when itself capitalised ("Count One", "Marine One"; not "Berisha eight years after")
    if (capWord && (digits || first.cap)) return 'id';
    // "Counts Forty through Forty-Seven": the end of an identifier range
    // (not when a word it could count follows: "five years on Count 1 and 20 years", "Section 230 and 40 other laws")
    if ((prev.lower === 'through' || prev.lower === 'to' || prev.lower === 'and') && IDENTIFIER_PREFIXES.has(lower(tokens[num.from - 3])) && (isDigits(prev2) || NUMBER_WORDS.has(lower(prev2))) && endsIdentifierList(next)) return 'id';
  }
  // a capitalised number word inside a name: "the Four Modernizations", "Group of Seven", "7-Eleven"
  if (word && first.cap && !first.sentStart && next?.cap && HAS_LETTER.test(next.text)) return 'other';
  // ... also hyphenated inside a Title Case name: "the Five-Year Plan", "the Six-Day War"
  if (word && first.cap && !first.sentStart && next?.text === '-' && attached(last, next) && tokens[num.to + 1]?.cap && tokens[num.to + 2]?.cap && CAPITALISED_START.test(tokens[num.to + 2]!.text)) return 'id';
  if (word && prev?.text === '-' && attached(prev, first) && isDigits(prev2) && attached(prev2, prev)) return 'other';
  // street addresses: "950 Pennsylvania Avenue", "36 Quai des Orfèvres", "1 World Trade Center"; the name
  // runs on in capitals and particles only ("killed 5 Americans in the Tower" is a count)
  if (digits && next?.cap) {
    for (let k = num.to; k < Math.min(tokens.length, num.to + 4); k++) {
      const t = tokens[k]!;
      if (STREET_WORDS.has(t.text)) return 'other';
      if (!t.cap && !NAME_PARTICLES.has(t.text) && !/^[-'’.]$/.test(t.text)) break;
    }
  }
  return undefined;
}

const OPEN_QUOTES = new Set(['"', '“', '‘']);
const CLOSE_QUOTES = new Set(['"', '”', '’']);

/** Whether tokens [from, to) sit in a quotation of at most five words on one line, holding two number words or more. */
function inShortQuote(tokens: readonly Token[], from: number, to: number): boolean {
  const line = tokens[from]!.line;
  let open = -1;
  for (let k = from - 1; k >= Math.max(0, from - 5); k--) {
    const t = tokens[k]!;
    if (t.line !== line || CLOSE_QUOTES.has(t.text) && !OPEN_QUOTES.has(t.text)) break;
    if (OPEN_QUOTES.has(t.text)) {
      // a straight quote opens only after a space: 'the "one country' (not 'said" one')
      if (t.text === '"' && tokens[k - 1] && attached(tokens[k - 1], t)) break;
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = to; k < Math.min(tokens.length, to + 5); k++) {
    const t = tokens[k]!;
    if (t.line !== line || (OPEN_QUOTES.has(t.text) && !CLOSE_QUOTES.has(t.text))) return false;
    if (CLOSE_QUOTES.has(t.text)) {
      let words = 0;
      let numbers = 0;
      for (let j = open + 1; j < k; j++) {
        if (HAS_LETTER.test(tokens[j]!.text)) words++;
        if (NUMBER_WORDS.has(tokens[j]!.lower)) numbers++;
      }
      return words <= 5 && numbers >= 2;
    }
  }
  return false;
}

interface Draft extends Omit<Figure, 'id'> {
  readonly tokenFrom: number;
  readonly tokenTo: number;
}

/** The last word of every qualifier phrase: only after one of these can a phrase end before a number. */
const QUALIFIER_LAST_WORDS: ReadonlySet<string> = new Set(QUALIFIER_SPLIT.map((q) => q.parts[q.parts.length - 1] ?? ''));

function qualifierBefore(tokens: readonly Token[], at: number): { qualifier: Qualifier; from: number } | undefined {
  // Most numbers have no qualifier: one set lookup (two after a comma) instead of trying
  // every phrase twice (~6% of the figures stage in a profile).
  if (!QUALIFIER_LAST_WORDS.has(lower(tokens[at - 1])) && !(tokens[at - 1]?.text === ',' && QUALIFIER_LAST_WORDS.has(lower(tokens[at - 2])))) return undefined;
  for (const { parts, qualifier } of QUALIFIER_SPLIT) {
    // "at most, 550 people": a comma may follow the qualifier
    for (const gap of [0, 1]) {
      const k0 = at - parts.length - gap;
      if (k0 < 0) continue;
      if (gap === 1 && tokens[at - 1]?.text !== ',') continue;
      if (parts.every((p, k) => lower(tokens[k0 + k]) === p)) return { qualifier, from: k0 };
    }
  }
  return undefined;
}

function buildFigure(text: string, tokens: readonly Token[], num: Num, previous: Draft | undefined): Draft | undefined {
  const first = tokens[num.from]!;
  const prev = tokens[num.from - 1];
  const digits = isDigits(first);
  let reason = num.reason;

  // --- currency and qualifier before -------------------------------------------------------
  let currency: string | undefined = num.kind === 'money' ? num.unit : undefined;
  let from = num.from;
  if (prev && CURRENCY_SYMBOL_MAP.has(prev.text)) {
    currency = CURRENCY_SYMBOL_MAP.get(prev.text)!;
    from = num.from - 1;
    // "US $5" / "HK$ 5" written apart
    const p2 = tokens[num.from - 2];
    if (prev.text === '$' && p2 && attached(p2, prev) && CURRENCY_SYMBOL_MAP.has(`${p2.text}$`)) {
      currency = CURRENCY_SYMBOL_MAP.get(`${p2.text}$`)!;
      from = num.from - 2;
    }
  }
  let qualifier: Qualifier = num.vague ? 'approx' : 'exact';
  const q = qualifierBefore(tokens, from);
  if (q) {
    qualifier = q.qualifier;
    from = q.from;
  }
  let start = tokens[from]!.start;
  let value = num.value;
  let valueMax: number | null = null;
  let to = num.to;

  // --- ranges: "10-20", "10 to 20", "between 10 and 20"; not "from 14 to 31", not "230-to-198" ----
  // "5.25%-5.5%": a range of percentages written with both signs
  let pctRange = false;
  if (tokens[to]?.text === '%' && tokens[to + 1]?.text === '-' && attached(tokens[to], tokens[to + 1]) && isDigits(tokens[to + 2]) && tokens[to + 3]?.text === '%') {
    const v2 = Number(tokens[to + 2]!.text.replace(/,/g, ''));
    if (v2 > value) {
      valueMax = v2;
      qualifier = 'range';
      to += 3;
      pctRange = true;
    }
  }
  const sep = pctRange ? undefined : tokens[to];
  const between = lower(tokens[from - 1]) === 'between';
  const fromBefore = lower(tokens[from - 1]) === 'from';
  const votes = sep?.text === '-' && lower(tokens[to + 1]) === 'to';
  let inheritFrom: number | undefined;
  if (sep && !votes && !num.vague && !num.kind) {
    let k = to + 1;
    if (tokens[k] && CURRENCY_SYMBOL_MAP.has(tokens[k]!.text)) k++;
    const n2 = tokens[k] ? numberAt(tokens, k) : undefined;
    const isRangeSep = sep.text === '-' || sep.text === '–' || (sep.lower === 'to' && !fromBefore) || (sep.lower === 'and' && between);
    if (n2 && !n2.vague && !n2.kind && isRangeSep && !YEAR_RE.test(tokens[k]!.text)) {
      // "5 to 10 million": the scale of the second applies to both
      const base2 = Number(tokens[k]!.text.replace(/,/g, '')) || NUMBER_WORDS.get(lower(tokens[k])) || 1;
      const scale2 = n2.to > k + 1 ? n2.value / base2 : 1;
      const v1 = scale2 > 1 && num.to === num.from + 1 ? value * scale2 : value;
      if (n2.value > v1) {
        value = v1;
        valueMax = n2.value;
        qualifier = 'range';
        to = n2.to;
        if (between) start = tokens[from - 1]!.start;
      }
    } else if (n2 && (sep.lower === 'or' || sep.lower === 'and' || sep.lower === 'to')) {
      // "five or 10 years", "from fourteen to 31": two figures; the first takes the unit of the second
      inheritFrom = n2.to;
    }
  }

  // --- unit after ----------------------------------------------------------------------------
  let kind: FigureKind = num.kind ?? 'count';
  let unit: string | null = num.kind ? num.unit ?? null : null;
  let end = tokens[to - 1]!.end;
  const u = readUnit(tokens, to, Boolean(currency));
  if (currency) {
    kind = 'money';
    unit = currency;
  } else if (pctRange) {
    kind = 'percent';
    unit = 'percent';
  } else if (!num.kind && u) {
    kind = u.kind;
    unit = u.unit;
    end = tokens[u.to - 1]!.end;
    to = u.to;
    if (u.age) reason += '+age';
  } else if (!num.kind && num.unit) {
    kind = 'duration';
    unit = num.unit;
  } else if (!num.kind && inheritFrom !== undefined) {
    const u2 = readUnit(tokens, inheritFrom, false);
    if (u2 && !u2.age) {
      kind = u2.kind;
      unit = u2.unit;
      reason += '+shared-unit';
    }
  }
  // "a magnitude 7.8 quake": the unit written before the number
  if (kind === 'count' && !currency && lower(prev) === 'magnitude' && from === num.from) {
    kind = 'quantity';
    unit = 'magnitude';
    start = prev!.start;
    reason += '+unit-before';
  } else if (kind === 'count' && !currency && first.text.includes('.') && MAGNITUDE_EVENTS.has(lower(tokens[to]))) {
    // "a 7.5 aftershock": a decimal before a quake noun
    kind = 'quantity';
    unit = 'magnitude';
    reason += '+quake';
  }
  // decades and centuries are years
  if (kind === 'duration' && (unit === 'decade' || unit === 'century')) {
    const f = unit === 'decade' ? 10 : 100;
    value *= f;
    if (valueMax !== null) valueMax *= f;
    unit = 'year';
  }
  // ages: "Zamora, 67," "Rafatnejad, 38;" "Quirin and Redouane, 40 and 49," "aged 38", "(38)"
  if (kind === 'count' && digits && value >= 1 && value <= 120 && Number.isInteger(value) && num.to === num.from + 1) {
    if (isAge(tokens, num.from, previous)) {
      kind = 'quantity';
      unit = 'year_of_age';
      reason += '+age';
    }
  }
  // vague multiple used as money: "millions of dollars"
  if (num.vague && kind === 'count' && lower(tokens[to]) === 'of' && CURRENCY_WORDS.has(lower(tokens[to + 1]))) {
    kind = 'money';
    unit = CURRENCY_WORDS.get(lower(tokens[to + 1]))!;
    end = tokens[to + 1]!.end;
    to += 2;
  }
  // bounds stated after: "two years mandatory minimum", "five or more"
  for (const { parts, qualifier: pq } of POST_SPLIT) {
    if (qualifier === 'exact' && parts.every((p, k) => lower(tokens[to + k]) === p)) {
      qualifier = pq;
      reason += '+post-qualifier';
      break;
    }
  }
  // bounds a few words before, for penalties: "a maximum penalty of 10 years in prison and a $250,000 fine"
  if (qualifier === 'exact' && (kind === 'duration' || kind === 'money')) {
    const sentenceStart = Math.max(0, start - 160);
    const before = text.slice(sentenceStart, start);
    const d = DISTANT_RES.find((x) => {
      const m = x.re.exec(before);
      // "up to $2,250,000 (at $250,000 per count)": an aside in brackets is not bounded
      return m !== null && m[0].split('(').length <= m[0].split(')').length;
    });
    if (d) {
      qualifier = d.qualifier;
      reason += '+distant-qualifier';
    }
  }
  // a conversion in brackets shares the qualifier: "about 160 km (100 miles)"
  if (qualifier === 'exact' && previous && prev?.text === '(' && tokens[num.from - 2] && tokens[num.from - 2]!.end === previous.end && previous.qualifier !== 'range') {
    qualifier = previous.qualifier;
    reason += '+bracket-conversion';
  }
  if (num.vague && qualifier === 'exact') qualifier = 'approx';

  const counted = kind === 'count' || (kind === 'quantity' && unit !== 'year_of_age' && !unit?.endsWith('_of_age')) ? countedAfter(tokens, to) : null;
  return {
    text: text.slice(start, end),
    start,
    end,
    value,
    value_max: valueMax,
    kind,
    qualifier,
    unit,
    counted,
    source: SOURCE,
    reason: `${reason}:${kind}`,
    tokenFrom: from,
    tokenTo: to,
  };
}

interface UnitRead {
  readonly kind: FigureKind;
  readonly unit: string;
  /** Token index after the unit words. */
  readonly to: number;
  readonly age?: boolean;
}

/** The unit right after a number (token `to`): percent, currency word, time unit, "-year-old", other unit. */
function readUnit(tokens: readonly Token[], to: number, money: boolean): UnitRead | undefined {
  const a = tokens[to];
  const b = tokens[to + 1];
  if (!a) return undefined;
  const aw = a.lower;
  if (money) return undefined;
  if (aw === '%' || aw === 'percent' || aw === 'pct') return { kind: 'percent', unit: 'percent', to: to + 1 };
  if (aw === 'per' && lower(b) === 'cent') return { kind: 'percent', unit: 'percent', to: to + 2 };
  if (aw === 'percentage' && /^points?$/.test(lower(b))) return { kind: 'percent', unit: 'percent', to: to + 2 };
  if (CURRENCY_WORDS.has(aw) && !(aw === 'won' && !isDigits(tokens[to - 1]))) return { kind: 'money', unit: CURRENCY_WORDS.get(aw)!, to: to + 1 };
  // "Hong Kong dollars", "Australian dollars"
  if (a.cap) {
    const two = `${aw} ${lower(b)}`;
    const code = DOLLAR_COUNTRIES.get(two) ?? DOLLAR_COUNTRIES.get(aw);
    const d = tokens[to + (DOLLAR_COUNTRIES.has(two) ? 2 : 1)];
    if (code && d && /^dollars?$/i.test(d.text)) return { kind: 'money', unit: code, to: to + (DOLLAR_COUNTRIES.has(two) ? 3 : 2) };
  }
  // hyphenated: "67-year-old", "eleven-month-old", "five-year terms", "ten-storey building", "1,600-kilometer route"
  if (aw === '-' && b && attached(tokens[to - 1], a) && attached(a, b)) {
    const t = TIME_UNITS.get(b.lower);
    if (t && tokens[to + 2]?.text === '-' && lower(tokens[to + 3]) === 'old') {
      return { kind: 'quantity', unit: `${t}_of_age`, to: to + 4, age: true };
    }
    if (t) return { kind: 'duration', unit: t, to: to + 2 };
    const qu = QUANTITY_UNITS.get(b.lower);
    if (qu) return { kind: 'quantity', unit: qu, to: to + 2 };
    return undefined;
  }
  const t = TIME_UNITS.get(aw);
  if (t) {
    if (lower(b) === 'old' && (aw === 'years' || aw === 'year')) return { kind: 'quantity', unit: 'year_of_age', to: to + 2, age: true };
    return { kind: 'duration', unit: t, to: to + 1 };
  }
  for (const p of QUANTITY_UNIT_PHRASES) {
    if (p.parts[0] === aw && p.parts.every((w, k) => lower(tokens[to + k]) === w)) return { kind: 'quantity', unit: p.unit, to: to + p.parts.length };
  }
  const qu = QUANTITY_UNITS.get(aw);
  // "5km", "30 miles", "1.5 GB" (an abbreviation written as its canonical form); not "5 Miles Road"
  if (qu && (attached(tokens[to - 1], a) || /^[a-z]/.test(a.text) || a.text === qu)) return { kind: 'quantity', unit: qu, to: to + 1 };
  return undefined;
}

/** "Rafatnejad, 38;" "Redouane, 40 and 49," "aged 38" "Chen (40)" '"Kevin Chen," 40,'. */
function isAge(tokens: readonly Token[], i: number, previous: Draft | undefined): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev) return false;
  if (/^(?:aged|age|ages)$/.test(prev.lower)) return true;
  const closes = next === undefined || /^[,;).]$/.test(next.text) || (next.lower === 'and' && isDigits(tokens[i + 2]));
  let p2 = tokens[i - 2];
  let k = i - 2;
  if (p2 && /^["”'’)]$/.test(p2.text)) p2 = tokens[--k];
  if (prev.text === ',' && p2?.cap && HAS_LETTER.test(p2.text) && closes) return true;
  // "The defendant, 52, pleaded": a person noun before the comma
  if (prev.text === ',' && p2 && AGE_HOLDERS.has(p2.lower) && next?.text === ',') return true;
  // '"Kevin Chen," 40,': the comma inside the closing quote
  if (/^["”]$/.test(prev.text) && p2?.text === ',' && tokens[k - 1]?.cap && closes) return true;
  if (prev.text === '(' && p2?.cap && next?.text === ')') return true;
  // the second of "40 and 49"
  if (prev.lower === 'and' && previous?.unit === 'year_of_age' && previous.tokenTo === i - 1 && closes) return true;
  return false;
}

/** The head of the counted noun phrase after a figure: "four MSS hackers" -> "hackers". */
function countedAfter(tokens: readonly Token[], to: number): string | null {
  let k = to;
  let last: string | null = null;
  let seen = 0;
  // "terabytes of academic data": for quantities, the thing measured follows "of"
  if (lower(tokens[k]) === 'of' && !/^(?:the|these|those|them|us|our|their)$/.test(lower(tokens[k + 1]))) k++;
  while (k < tokens.length && seen < 6) {
    const t = tokens[k]!;
    // "144 U.S. universities", "four MSS hackers": skip capitalised modifiers and hyphens
    if (t.text === '-' || (CAPITALISED_TOKEN.test(t.text) && tokens[k + 1] && STARTS_LETTER_OR_HYPHEN.test(tokens[k + 1]!.text))) {
      k++;
      seen++;
      continue;
    }
    if (!LETTER_WORD_CLASS.test(t.text)) break;
    const w = t.lower;
    if (FUNCTION_STOP.has(w)) break;
    // "people died": a verb after the head ends the phrase
    if (last !== null && (/ed$/.test(w) || VERBS_AFTER_HEAD.has(w))) break;
    last = t.text;
    seen++;
    k++;
    // stop at a plural head: "144 U.S. universities" -> universities
    if ((LOWER_PLURAL.test(t.text) && !/(?:ss|us|is)$/.test(w)) || IRREGULAR_PLURALS.has(w)) break;
  }
  return last;
}

/** "ranging from ten years imprisonment to twenty years imprisonment": one range figure. */
function mergeRangingFrom(text: string, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const a = drafts[k]!;
    const b = drafts[k + 1];
    if (b && a.kind === b.kind && a.unit === b.unit && (b.value ?? 0) > (a.value ?? 0) && a.qualifier !== 'range') {
      const before = text.slice(Math.max(0, a.start - 20), a.start);
      const between = text.slice(a.end, b.start);
      if (/\branging\s+from\s+$/i.test(before) && /^[^.;,]{0,40}\bto\s+$/i.test(between)) {
        out.push({ ...a, text: text.slice(a.start, b.end), end: b.end, value_max: b.value, qualifier: 'range', reason: `${a.reason}+ranging-from`, tokenTo: b.tokenTo });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
