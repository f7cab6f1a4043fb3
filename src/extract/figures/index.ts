import type { Doc, Figure, FigureKind, Qualifier } from '../../types/index.ts';
import {
  NUMBER_WORDS, SCALE_WORDS, VAGUE_MULTIPLES, COUNT_PHRASES, QUALIFIER_PHRASES, DISTANT_QUALIFIERS, MONTHS,
  IDENTIFIER_PREFIXES, STREET_WORDS, TIME_WORDS, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE,
} from '../../lexicons/numbers.ts';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_COUNTRIES, TIME_UNITS, QUANTITY_UNITS } from '../../lexicons/units.ts';
import { THREAT_PATTERNS } from '../../lexicons/threat-groups.ts';
import { NAME_STOPWORDS } from '../../lexicons/org-patterns.ts';
import { tokenize, isCapitalised, type Token } from '../actors/tokens.ts';

const SOURCE = 'figures:rules';

/** Plural heads without -s ("30 people"), and verbs that end a counted phrase ("four men say"). */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'data', 'media', 'cattle', 'crew', 'feet', 'teeth', 'mice', 'geese', 'persons']);
const VERBS_AFTER_HEAD = new Set(['say', 'says', 'said', 'die', 'dies', 'died', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'remain', 'remained', 'face', 'faces', 'stole', 'took', 'went', 'came', 'fled', 'got', 'made', 'left', 'ran', 'won', 'lost']);

/** A number found at tokens [from, to) with its value, before units and qualifiers. */
interface Num {
  readonly from: number;
  readonly to: number;
  readonly value: number;
  readonly vague: boolean;
  /** Unit carried by the number itself ("decades" -> year). */
  readonly unit?: string;
  readonly reason: string;
}

const MONTH_SET = new Set(MONTHS);
const STOP = new Set(NAME_STOPWORDS);
const CAP_QUALIFIERS = new Set(['About', 'Around', 'Nearly', 'Almost', 'Some', 'Over', 'Roughly', 'Approximately', 'Up', 'More', 'Less', 'Fewer', 'At', 'Under', 'All', 'Only', 'Just', 'The', 'Another', 'Those', 'These', 'Its', 'Their', 'His', 'Her', 'Our', 'And', 'But', 'Of', 'In', 'To', 'For', 'With', 'By', 'On', 'From', 'Between', 'Than', 'Another', 'An', 'A', 'Estimated']);
const DIGITS_RE = /^\p{N}+(?:[.,]\p{N}+)*$/u;
const FUNCTION_STOP = new Set(['of', 'from', 'in', 'to', 'and', 'or', 'that', 'which', 'who', 'with', 'at', 'on', 'for', 'by', 'across', 'were', 'was', 'is', 'are', 'have', 'has', 'had', 'will', 'would', 'could', 'be', 'been', 'into', 'than', 'as', 'per', 'each', 'since', 'after', 'before', 'during', 'while', 'under', 'over', 'through', 'within', 'between', 'the', 'a', 'an', 'its', 'their', 'his', 'her']);

/**
 * SPEC §2 Figures by regex/lexicon scanning over the cleaned text (no NLP library: a
 * second wink readDoc would cost more than it brings). Names and identifiers ("APT 40",
 * "COVID-19", "Windows 10"), dates, years, times, ordinals, phone numbers and "one" as
 * a pronoun are skipped.
 */
export function extractFigures(doc: Doc): Figure[] {
  const text = doc.text;
  const tokens = tokenize(text, doc);
  const blocked = blockedSpans(text);
  const out: Figure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const num = numberAt(tokens, i);
    if (!num) {
      i++;
      continue;
    }
    const fig = buildFigure(text, tokens, num, blocked);
    if (fig) {
      out.push({ ...fig, id: `f${out.length + 1}` });
      i = Math.max(num.to, tokenIndexAt(tokens, fig.end, num.to));
    } else {
      i = num.to;
    }
  }
  return out;
}

function tokenIndexAt(tokens: readonly Token[], end: number, from: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.start < end) k++;
  return k;
}

/** Spans that hold numbers belonging to names or identifiers: threat groups, phone numbers, CVE ids. */
function blockedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const add = (re: RegExp): void => {
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  };
  for (const p of THREAT_PATTERNS) add(new RegExp(p.source, 'g'));
  add(/\(?\b\d{3}\)?[-. ]\d{3}[-.]\d{4}\b/g); // phone numbers
  add(/\+\d{1,3}[ -]\d[\d -]{6,}\d/g); // international phone numbers
  add(/\b[A-Z]{2,}[-_ ]?\d{4}-\d{3,}\b/g); // CVE-2021-26855 style identifiers
  add(/\b\d+(?:\.\d+){2,}\b/g); // version numbers, IP addresses
  add(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g); // times
  add(/\b\d+\s*U\.?S\.?C\.?\s*(?:§+\s*)?\d+\w*(?:\([\w.]+\))*/g); // 18 U.S.C. 1030(a)
  add(/\b\d+:\d+-[a-z]{2}-\d+\b/gi); // case numbers 1:20-cr-00123
  return spans;
}

function inBlocked(blocked: readonly [number, number][], start: number, end: number): boolean {
  return blocked.some(([s, e]) => start < e && end > s);
}

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : '';
}

// phrase tables split once, grouped by first word (numberAt runs on every token)
const COUNT_BY_FIRST = groupByFirst([...COUNT_PHRASES].map(([phrase, value]) => ({ parts: phrase.split(' '), value, unit: phrase === 'a decade' ? 'decade' : undefined })));
const VAGUE_BY_FIRST = groupByFirst(VAGUE_MULTIPLES.map((v) => ({ parts: v.phrase.split(' '), value: v.value, unit: v.unit })));
const QUALIFIER_SPLIT = QUALIFIER_PHRASES.map((q) => ({ parts: q.phrase.split(' '), qualifier: q.qualifier }));
const DISTANT_RES = DISTANT_QUALIFIERS.map((q) => ({ re: new RegExp(q.pattern, 'i'), qualifier: q.qualifier }));

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

/** Reads a number at token i: digits (+scale), number words, vague multiples, counting phrases. */
function numberAt(tokens: readonly Token[], i: number): Num | undefined {
  const t = tokens[i]!;
  const w = t.text.toLowerCase();
  // counting phrases: "a dozen", "half a dozen", "two dozen"
  for (const p of COUNT_BY_FIRST.get(w) ?? []) {
    if (p.parts.every((x, k) => lower(tokens[i + k]) === x)) {
      return { from: i, to: i + p.parts.length, value: p.value, vague: false, ...(p.unit ? { unit: p.unit } : {}), reason: 'count-phrase' };
    }
  }
  for (const p of VAGUE_BY_FIRST.get(w) ?? []) {
    if (p.parts.every((x, k) => lower(tokens[i + k]) === x)) {
      return { from: i, to: i + p.parts.length, value: p.value, vague: true, ...(p.unit ? { unit: p.unit } : {}), reason: 'vague-multiple' };
    }
  }
  if (DIGITS_RE.test(t.text)) {
    const value = Number(t.text.replace(/,/g, ''));
    if (!Number.isFinite(value)) return undefined;
    // European-style "1.234" is not expected in English news; "3.4" is a decimal
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
      if (u && unit !== undefined && unit > 0 && unit < 10 && (h?.text !== '-' || (h.start === tokens[to - 1]!.end && u.start === h.end))) {
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
    const sw = s.text.toLowerCase();
    const scale = SCALE_WORDS.get(sw);
    const attached = s.start === tokens[k - 1]!.end;
    // short forms (m, bn, k) only attached to the number: "$3bn", "€1.2m"
    if (scale === undefined || (sw.length <= 2 && !attached) || (sw.length > 2 && attached)) break;
    // "two hundred" yes; "hundred" after a decimal no
    v *= scale;
    k++;
    // "two hundred and fifty" is rare in news; not handled
  }
  return { from, to: k, value: v, vague: false, reason };
}

interface Draft extends Omit<Figure, 'id'> {}

function buildFigure(text: string, tokens: readonly Token[], num: Num, blocked: readonly [number, number][]): Draft | undefined {
  const first = tokens[num.from]!;
  const lastTok = tokens[num.to - 1]!;
  const prev = tokens[num.from - 1];
  const next = tokens[num.to];
  const isDigits = DIGITS_RE.test(first.text);
  if (inBlocked(blocked, first.start, lastTok.end)) return undefined;

  // --- exclusions -------------------------------------------------------------------
  // attached to a word: "COVID-19", "5G", "1990s", "24th", "G7" (a word token already)
  if (isDigits) {
    if (next && next.start === lastTok.end && /^\p{L}/u.test(next.text) && num.to === num.from + 1) {
      const nw = next.text.toLowerCase();
      if (!QUANTITY_UNITS.has(nw) && !TIME_UNITS.has(nw) && !SCALE_WORDS.has(nw) && nw !== 'percent') return undefined;
    }
    if (prev && prev.end === first.start && (/^\p{L}/u.test(prev.text) || ((prev.text === '-' || prev.text === '/') && /\p{L}$/u.test(tokens[num.from - 2]?.text ?? '') && tokens[num.from - 2]!.end === prev.start))) {
      return undefined;
    }
    if (prev && (prev.text === ':' || prev.text === '/') && prev.end === first.start) return undefined;
    if (next && (next.text === ':' || next.text === '/') && next.start === lastTok.end && /^\d/.test(tokens[num.to + 1]?.text ?? '')) return undefined;
  }
  // "one of", "no one", "one's"
  if (lower(first) === 'one' && num.to === num.from + 1) {
    if (ONE_PRONOUN_AFTER.has(lower(next)) || ONE_PRONOUN_BEFORE.has(lower(prev))) return undefined;
    if (next && /^[.,;:!?”"]$/.test(next.text) && lower(prev) !== 'than') return undefined;
  }
  // dates: "Feb. 24", "24 February", "December 2017", "March 3, 2019"
  if (prev && MONTH_SET.has(prev.text)) return undefined;
  if (next && MONTH_SET.has(next.text) && isDigits) return undefined;
  if (isDigits && /^(?:st|nd|rd|th)$/i.test(next?.text ?? '')) return undefined;
  // years
  if (isDigits && /^(?:1[6-9]|20)\d{2}$/.test(first.text) && num.to === num.from + 1) {
    const nx = lower(next);
    const money = prev && CURRENCY_SYMBOLS.some((c) => c.symbol === prev.text);
    if (!money && !QUANTITY_UNITS.has(nx) && !CURRENCY_WORDS.has(nx) && nx !== 'percent' && nx !== '%') return undefined;
  }
  // times of day
  if (TIME_WORDS.has(lower(next)) && isDigits) return undefined;
  // identifiers: "Windows 10", "Section 230", "Title 18", "Boeing 737", "No. 10"
  if (prev && isDigits) {
    const pw = prev.text;
    if (IDENTIFIER_PREFIXES.has(pw.toLowerCase()) && !/^\p{Lu}/u.test(pw) ) return undefined;
    if (IDENTIFIER_PREFIXES.has(pw.toLowerCase()) && /^(?:No\.|U\.S\.C\.|§|#)$/.test(pw)) return undefined;
    if (isCapitalised(pw) && /\p{L}/u.test(pw) && !CAP_QUALIFIERS.has(pw) && !STOP.has(pw) && !CURRENCY_SYMBOLS.some((c) => c.symbol === pw) && prev.line === first.line) {
      return undefined;
    }
  }
  if (next && isCapitalised(next.text) && isDigits) {
    // "950 Pennsylvania Avenue"
    for (let k = num.to; k < Math.min(tokens.length, num.to + 4); k++) if (STREET_WORDS.has(tokens[k]!.text)) return undefined;
  }
  // ordinals spelled as digits handled above; "1st" is one token with letters: skipped by numberAt

  // --- qualifier before -----------------------------------------------------------------
  let start = first.start;
  let qualifier: Qualifier = num.vague ? 'approx' : 'exact';
  let reason = num.reason;
  let qFrom = num.from;
  for (const { parts, qualifier: qq } of QUALIFIER_SPLIT) {
    const k0 = num.from - parts.length;
    if (k0 < 0) continue;
    // a currency symbol may sit between: "more than $3.4 billion"
    if (parts.every((p, k) => lower(tokens[k0 + k]) === p)) {
      qualifier = qq;
      qFrom = k0;
      break;
    }
  }

  // --- currency before ------------------------------------------------------------------
  let currency: string | undefined;
  let cFrom = num.from;
  if (prev) {
    const sym = CURRENCY_SYMBOLS.find((c) => c.symbol === prev.text);
    if (sym) {
      currency = sym.code;
      cFrom = num.from - 1;
      // "US$" split as "US" "$"
      if (prev.text === '$' && /^(?:US|U\.S\.|A|C|NZ|HK|S)$/.test(tokens[num.from - 2]?.text ?? '') && tokens[num.from - 2]!.end === prev.start) {
        const code = CURRENCY_SYMBOLS.find((c) => c.symbol === `${tokens[num.from - 2]!.text}$`)?.code;
        if (code) {
          currency = code;
          cFrom = num.from - 2;
        }
      }
      for (const { parts, qualifier: qq } of QUALIFIER_SPLIT) {
        const k0 = cFrom - parts.length;
        if (k0 >= 0 && parts.every((p, k) => lower(tokens[k0 + k]) === p)) {
          qualifier = qq;
          qFrom = k0;
          break;
        }
      }
      if (qFrom === num.from) qFrom = cFrom;
    }
  }
  start = tokens[Math.min(qFrom, cFrom)]!.start;
  let value: number = num.value;
  let valueMax: number | null = null;
  let to = num.to;

  // --- range: "10-20", "10 to 20", "between 10 and 20" -------------------------------------
  const sep = tokens[to];
  const between = lower(tokens[num.from - 1]) === 'between' || lower(tokens[cFrom - 1]) === 'between';
  if (sep && (sep.text === '-' || sep.text === '–' || sep.text === 'to' || (sep.text === 'and' && between) || sep.text === 'or')) {
    let k = to + 1;
    const sym2 = tokens[k] && CURRENCY_SYMBOLS.find((c) => c.symbol === tokens[k]!.text);
    if (sym2) k++;
    const n2 = tokens[k] ? numberAt(tokens, k) : undefined;
    if (n2 && !n2.vague) {
      let v2 = n2.value;
      // "5 to 10 million": the scale of the second applies to both
      const scaleOfSecond = n2.to > k + 1 ? n2.value / (Number(tokens[k]!.text.replace(/,/g, '')) || NUMBER_WORDS.get(lower(tokens[k])) || 1) : 1;
      let v1 = value;
      if (scaleOfSecond > 1 && num.to === num.from + 1) v1 = value * scaleOfSecond;
      const years = /^(?:1[6-9]|20)\d{2}$/.test(tokens[k]!.text);
      if (!years && v2 > v1 && (sep.text !== 'or' || !isDigits)) {
        value = v1;
        valueMax = v2;
        qualifier = 'range';
        to = n2.to;
        v2 = 0;
        if (between) start = tokens[(lower(tokens[num.from - 1]) === 'between' ? num.from : cFrom) - 1]!.start;
      }
    }
  }

  // --- unit after ---------------------------------------------------------------------------
  let kind: FigureKind = 'count';
  let unit: string | null = null;
  let end = tokens[to - 1]!.end;
  const after = tokens[to];
  const after2 = tokens[to + 1];
  const aw = lower(after);
  if (currency) {
    kind = 'money';
    unit = currency;
  } else if (after && (aw === '%' || aw === 'percent' || aw === 'pct')) {
    kind = 'percent';
    unit = 'percent';
    end = after.end;
    to++;
  } else if (aw === 'per' && lower(after2) === 'cent') {
    kind = 'percent';
    unit = 'percent';
    end = after2!.end;
    to += 2;
  } else if (aw === 'percentage' && /^points?$/.test(lower(after2))) {
    kind = 'percent';
    unit = 'percent';
    end = after2!.end;
    to += 2;
  } else if (CURRENCY_WORDS.has(aw) && !(aw === 'won' && !/^\p{N}/u.test(tokens[to - 1]!.text))) {
    kind = 'money';
    unit = CURRENCY_WORDS.get(aw)!;
    end = after!.end;
    to++;
  } else if (after && isCapitalised(after.text) && (DOLLAR_COUNTRIES.has(aw) || DOLLAR_COUNTRIES.has(`${aw} ${lower(after2)}`))) {
    const two = DOLLAR_COUNTRIES.has(`${aw} ${lower(after2)}`);
    const d = tokens[to + (two ? 2 : 1)];
    if (d && /^dollars?$/i.test(d.text)) {
      kind = 'money';
      unit = DOLLAR_COUNTRIES.get(two ? `${aw} ${lower(after2)}` : aw)!;
      end = d.end;
      to += two ? 3 : 2;
    }
  } else if (after?.text === '-' && after.start === tokens[to - 1]!.end && after2 && TIME_UNITS.has(lower(after2)) && after2.start === after.end) {
    // "67-year-old" (age) or "five-year terms" (duration)
    if (tokens[to + 2]?.text === '-' && lower(tokens[to + 3]) === 'old') {
      kind = 'quantity';
      unit = 'year_of_age';
      end = tokens[to + 3]!.end;
      to += 4;
      reason += '+age';
    } else {
      kind = 'duration';
      unit = TIME_UNITS.get(lower(after2))!;
      end = after2.end;
      to += 2;
    }
  } else if (TIME_UNITS.has(aw) || (num.unit && !after)) {
    if (lower(after2) === 'old' && (aw === 'years' || aw === 'year')) {
      kind = 'quantity';
      unit = 'year_of_age';
      end = after2!.end;
      to += 2;
      reason += '+age';
    } else if (TIME_UNITS.has(aw)) {
      kind = 'duration';
      unit = TIME_UNITS.get(aw)!;
      end = after!.end;
      to++;
    }
  } else if (num.unit) {
    kind = 'duration';
    unit = num.unit;
  } else if (QUANTITY_UNITS.has(aw) && (after!.start === tokens[to - 1]!.end || /^[a-z]/.test(after!.text))) {
    kind = 'quantity';
    unit = QUANTITY_UNITS.get(aw)!;
    end = after!.end;
    to++;
  }
  if (num.unit && kind === 'count') {
    kind = 'duration';
    unit = num.unit;
  }
  // decades and centuries are years
  if (kind === 'duration' && (unit === 'decade' || unit === 'century')) {
    const f = unit === 'decade' ? 10 : 100;
    value *= f;
    if (valueMax !== null) valueMax *= f;
    unit = 'year';
  }
  // ages: "Zamora, 67," "Rafatnejad, 38;" "aged 38"
  if (kind === 'count' && isDigits && value >= 10 && value <= 110 && Number.isInteger(value)) {
    const p2 = tokens[num.from - 2];
    const agedBefore = /^(?:aged|age|ages)$/.test(lower(prev));
    const nameComma = prev?.text === ',' && p2 !== undefined && isCapitalised(p2.text) && /\p{L}/u.test(p2.text) && (after === undefined || /^[,;).]$/.test(after.text));
    const bracket = prev?.text === '(' && p2 !== undefined && isCapitalised(p2.text) && after?.text === ')';
    if (agedBefore || nameComma || bracket) {
      kind = 'quantity';
      unit = 'year_of_age';
      reason += '+age';
    }
  }
  // vague multiple used as money: "millions of dollars"
  if (num.vague && kind === 'count' && aw === 'of' && CURRENCY_WORDS.has(lower(after2))) {
    kind = 'money';
    unit = CURRENCY_WORDS.get(lower(after2))!;
    end = after2!.end;
    to += 2;
  }
  // a maximum sentence of five years -> at_most
  if (qualifier === 'exact') {
    const before = text.slice(Math.max(0, start - 60), start);
    const d = DISTANT_RES.find((q) => q.re.test(before));
    if (d) {
      qualifier = d.qualifier;
      reason += '+distant-qualifier';
    }
  }
  if (num.vague && qualifier === 'exact') qualifier = 'approx';

  const counted = kind === 'count' || kind === 'quantity' ? countedAfter(tokens, to, kind === 'quantity' && unit === 'year_of_age') : null;
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
  };
}

/** The head of the counted noun phrase after a figure: "four MSS hackers" -> "hackers". */
function countedAfter(tokens: readonly Token[], to: number, age: boolean): string | null {
  if (age) return null;
  let k = to;
  let last: string | null = null;
  let seen = 0;
  // "terabytes of academic data": for quantities, the thing measured follows "of"
  if (lower(tokens[k]) === 'of' && !/^(?:the|these|those|them|us|our|their)$/.test(lower(tokens[k + 1]))) k++;
  while (k < tokens.length && seen < 6) {
    const t = tokens[k]!;
    // "144 U.S. universities", "four MSS hackers": skip capitalised modifiers and hyphens
    if (t.text === '-' || (/^\p{Lu}[\p{L}.]*$/u.test(t.text) && tokens[k + 1] && /^[\p{L}-]/u.test(tokens[k + 1]!.text))) {
      k++;
      seen++;
      continue;
    }
    if (!/^[\p{L}][\p{L}'’-]*$/u.test(t.text)) break;
    const w = t.text.toLowerCase();
    if (FUNCTION_STOP.has(w)) break;
    // "people died": a verb after the head ends the phrase
    if (last !== null && (/ed$/.test(w) || VERBS_AFTER_HEAD.has(w))) break;
    last = t.text;
    seen++;
    k++;
    // stop at a plural head: "144 U.S. universities" -> universities
    if ((/^\p{Ll}+s$/u.test(t.text) && !/(?:ss|us|is)$/.test(w)) || IRREGULAR_PLURALS.has(w)) break;
  }
  return last;
}
