/**
 * Regex helpers for hot loops.
 *
 * `allMatches(re, s)` gives exactly what `[...s.matchAll(re)]` gives, without the copy of
 * `re` that `matchAll` makes on every call: the copy looks up the pattern's source in V8's
 * regex cache, which for a large alternation (a lexicon of hundreds of words) costs more
 * than matching a short sentence (measured ~5x slower than an `exec` loop on a sentence
 * with the evaluative lexicon's patterns).
 */

/**
 * Every match of the global regex `re` in `s`, in order, as `[...s.matchAll(re)]`: the
 * search starts at `re.lastIndex`, an empty match moves on by one character (one code
 * point with the `u`/`v` flag), and `re.lastIndex` is left as it was. The matches are
 * collected before the caller sees any, so the caller may use `re` again inside its loop.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regex (as String.prototype.matchAll does)');
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = saved;
  return out;
}

/**
 * Where the matches of a pattern can start, read off literals they hold: every match holds one
 * of `literals` (case as written) and starts either at it (`atLiteral`) or at the first word of
 * one of `before`, word sequences that stand right before the literal, each word followed by
 * whitespace (`\s+`). A pattern `\b(?:(?:Northern|Southern)\s+)?District\s+of…` has the
 * literal "District", before [["Northern"], ["Southern"]], and may start at the literal;
 * `\b(?:US|United\s+States)\s+Attorney…` has "Attorney", before [["US"], ["United", "States"]],
 * and may not.
 */
export interface Anchor {
  readonly literals: readonly string[];
  readonly before: readonly (readonly string[])[];
  readonly atLiteral: boolean;
}

/**
 * Every match of `sticky` (the pattern with the `y` flag) in `text`, as `allMatches` gives them
 * for the same pattern with `g` (index, text, groups), when `anchor` tells truly where its
 * matches can start: the pattern is tried only there, in order, each try after the end of the
 * last match. A global regex tries every position of the text, and a pattern that opens on an
 * optional or alternative word (a district's "Northern", "U.S." / "United States") cannot be
 * skipped ahead by irregexp, where `indexOf` skips to a rare literal at once (the district
 * pattern: ~7 us per document against <1 over the bench's texts).
 *
 * Same matches: a match's start is a candidate (by the anchor), and at a candidate the sticky
 * try runs the same backtracking as the global search reaching that position; candidates are
 * tried in increasing order, none before the end of the previous match, so the first success
 * is the leftmost match there is.
 */
export function anchoredMatches(sticky: RegExp, text: string, anchor: Anchor): RegExpExecArray[] {
  if (!sticky.sticky || sticky.global) throw new TypeError('anchoredMatches needs a sticky, non-global regex');
  let starts: number[] | null = null;
  for (const literal of anchor.literals) {
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1)) {
      starts ??= [];
      if (anchor.atLiteral) starts.push(at);
      for (const words of anchor.before) {
        const s = wordsStart(text, at, words);
        if (s >= 0) starts.push(s);
      }
    }
  }
  if (starts === null) return [];
  starts.sort((a, b) => a - b);
  const saved = sticky.lastIndex;
  const out: RegExpExecArray[] = [];
  let from = 0;
  let last = -1;
  for (const s of starts) {
    if (s < from || s === last) continue;
    last = s;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push(m);
    // (an empty match moves on by one character, as a global search does)
    from = m[0] === '' ? advance(text, s, sticky.unicode || sticky.flags.includes('v')) : s + m[0].length;
  }
  sticky.lastIndex = saved;
  return out;
}

/**
 * A pattern run over whole texts: `all(text)` gives its matches as `allMatches` does from the
 * start. With an `anchor`, through anchoredMatches (the anchor's literals gate the text too);
 * else, with `requires` (a literal every match holds, case as written), a text without it is
 * skipped with one `includes`; else the global regex runs as it is.
 */
export class TextScan {
  private readonly re: RegExp;
  private readonly anchor: Anchor | undefined;
  private readonly requires: string | undefined;

  constructor(pattern: RegExp | string, opts: { readonly anchor?: Anchor | undefined; readonly requires?: string | undefined } = {}) {
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    const flags = (typeof pattern === 'string' ? '' : pattern.flags).replace(/[gy]/g, '');
    this.anchor = opts.anchor;
    this.requires = opts.requires;
    this.re = new RegExp(source, flags + (opts.anchor ? 'y' : 'g'));
  }

  all(text: string): RegExpExecArray[] {
    if (this.anchor) return anchoredMatches(this.re, text, this.anchor);
    if (this.requires !== undefined && !text.includes(this.requires)) return [];
    this.re.lastIndex = 0;
    return allMatches(this.re, text);
  }
}

const WHITESPACE = /\s/;

/** Where `words` start when they stand right before `at`, each followed by whitespace; -1 when they do not. */
function wordsStart(text: string, at: number, words: readonly string[]): number {
  let pos = at;
  for (let k = words.length - 1; k >= 0; k--) {
    let e = pos;
    while (e > 0 && WHITESPACE.test(text[e - 1] as string)) e--;
    const w = words[k] as string;
    if (e === pos || e - w.length < 0 || !text.startsWith(w, e - w.length)) return -1;
    pos = e - w.length;
  }
  return pos;
}

/**
 * A search for many literal keys (case as written), each found where it starts: `next(text, from)`
 * gives what `re.exec(text)` gives with `re.lastIndex = from`, for `re` the keys in the order given
 * joined into one global alternation (`a|b|…`, each escaped): the first position at or after
 * `from` where a key starts, with the first key in order that does.
 *
 * irregexp tries the alternation at every position of the text, and with a lexicon of ~1,500
 * keys whose first letters cover the alphabet almost every position enters it. Here a table of
 * the keys' first four characters (hashed, 2^16 bits) lets a plain loop pass over the positions no
 * key can start at, and the alternation is tried (sticky) only at the others: over the bench's
 * texts ~270 tries per document against ~4,300 positions. Same results: a position is skipped
 * only when its first four characters (three for a three-character key) start no key.
 */
export class LiteralScan {
  /** Sticky when gated; global (run as it is) when a key is shorter than three characters. */
  private readonly re: RegExp;
  private readonly four = new Int32Array(1 << 11);
  private readonly three = new Int32Array(1 << 11);
  private readonly gated: boolean;

  constructor(keys: readonly string[]) {
    this.gated = keys.length > 0 && keys.every((k) => k.length >= 3);
    this.re = new RegExp(keys.map(escapeRegExp).join('|'), this.gated ? 'y' : 'g');
    for (const k of keys) {
      if (k.length === 3) setBit(this.three, hash4(k.charCodeAt(0), k.charCodeAt(1), k.charCodeAt(2), 0));
      else if (k.length > 3) setBit(this.four, hash4(k.charCodeAt(0), k.charCodeAt(1), k.charCodeAt(2), k.charCodeAt(3)));
    }
  }

  next(text: string, from: number): RegExpExecArray | null {
    const re = this.re;
    if (!this.gated) {
      re.lastIndex = from;
      return re.exec(text);
    }
    const n = text.length;
    for (let p = from; p + 3 <= n; p++) {
      const a = text.charCodeAt(p);
      const b = text.charCodeAt(p + 1);
      const c = text.charCodeAt(p + 2);
      if (!((p + 4 <= n && hasBit(this.four, hash4(a, b, c, text.charCodeAt(p + 3)))) || hasBit(this.three, hash4(a, b, c, 0)))) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (m !== null) return m;
    }
    return null;
  }
}

function hash4(a: number, b: number, c: number, d: number): number {
  return Math.imul(((a * 31 + b) * 31 + c) * 31 + d, 0x9e3779b1) >>> 16;
}

function setBit(bits: Int32Array, h: number): void {
  bits[h >>> 5] = (bits[h >>> 5] as number) | (1 << (h & 31));
}

function hasBit(bits: Int32Array, h: number): boolean {
  return ((bits[h >>> 5] as number) & (1 << (h & 31))) !== 0;
}

/** AdvanceStringIndex: the next index, past a whole surrogate pair in unicode mode. */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/** `s` with every regex syntax character escaped: the pattern that matches `s` literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The same alternation with the alternatives that start with one lower-case letter gathered
 * under that letter: `(?:stole|steal|hacked|…)` becomes `(?:s(?:tole|teal)|hacked|…)`.
 * irregexp tries the alternatives of a group one after another at every start position;
 * V8 factors only runs of plain words that stand next to each other, so a lexicon whose
 * words are broken up by lookaheads and groups pays for every alternative at every word
 * start (the harm-verb scan, analyse.ts: ~35% less time with its words gathered).
 *
 * Matches are the same (index, text, groups) for every input and any flags, because at a
 * position holding character c only the alternatives that may start with c can match, and
 * their order is kept: an alternative joins an earlier one with its letter only when no
 * alternative between them may start with that letter. What an alternative may start with
 * is read conservatively: a lower-case letter (not followed by a quantifier), or a group
 * `(?:…)` without a quantifier whose alternatives all start with such letters; anything else
 * (escapes, classes, lookarounds, upper case, digits) may start with anything and is never
 * passed. Alternatives that are whole groups are spliced in first (`(?:(?:a|b)|c)` is
 * `(?:a|b|c)`). Capturing groups are kept as they are (their numbering does not change).
 *
 * `source` is a group `(?:…)` or a bare alternation; the result is one non-capturing group.
 */
export function gatherByFirstLetter(source: string): string {
  const alternatives = spliced(splitAlternatives(wholeGroupBody(source) ?? source));
  // Per letter: the index in `out` of its open gathering, closed by an alternative that may start with that letter.
  const out: { letter: string | null; rests: string[]; whole: string }[] = [];
  const open = new Map<string, number>();
  for (const alt of alternatives) {
    const letter = /^[a-z](?![?*+{])/.test(alt) ? (alt[0] as string) : null;
    if (letter !== null) {
      const at = open.get(letter);
      if (at !== undefined) {
        (out[at] as { rests: string[] }).rests.push(alt.slice(1));
        continue;
      }
      open.set(letter, out.length);
      out.push({ letter, rests: [alt.slice(1)], whole: alt });
      continue;
    }
    const first = firstLetters(alt);
    if (first === null) open.clear();
    else for (const l of first) open.delete(l);
    out.push({ letter: null, rests: [], whole: alt });
  }
  const parts = out.map((o) => (o.letter === null || o.rests.length === 1 ? o.whole : `${o.letter}(?:${o.rests.join('|')})`));
  return `(?:${parts.join('|')})`;
}

/** The alternatives at the top level of a regex source (split at `|` outside groups and classes). */
export function splitAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Where the group opening at `open` closes (the index of its `)`), or -1. */
function closeOf(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The body of `(?:…)` when the whole source is that one group (no quantifier, nothing after), else null. */
function wholeGroupBody(source: string): string | null {
  return source.startsWith('(?:') && closeOf(source, 0) === source.length - 1 ? source.slice(3, -1) : null;
}

/** Alternatives that are whole groups replaced by their own alternatives, recursively. */
function spliced(alternatives: readonly string[]): string[] {
  return alternatives.flatMap((a) => {
    const body = wholeGroupBody(a);
    return body === null ? [a] : spliced(splitAlternatives(body));
  });
}

/** The lower-case letters an alternative must start with, or null when it may start otherwise. */
function firstLetters(alt: string): Set<string> | null {
  if (/^[a-z](?![?*+{])/.test(alt)) return new Set([alt[0] as string]);
  if (!alt.startsWith('(?:')) return null;
  const close = closeOf(alt, 0);
  if (close < 0 || /^[?*+{]/.test(alt.slice(close + 1))) return null;
  const letters = new Set<string>();
  for (const inner of splitAlternatives(alt.slice(3, close))) {
    const first = firstLetters(inner);
    if (first === null) return null;
    for (const l of first) letters.add(l);
  }
  return letters;
}
