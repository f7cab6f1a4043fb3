/**
 * Literals a regex cannot match without: `requiredLiterals(source)` is a set of strings such
 * that every match of the pattern, lower-cased, contains at least one of them (null when no
 * such set can be read off the pattern). It is how the key prefilters of the claims stage are
 * checked: a cue or evaluative entry runs only on sentences holding one of its keys, which
 * loses nothing only if every string the entry can match holds a key (tests/nlp/regex-literals.test.ts
 * and tests/extract/claims/keys-complete.test.ts).
 *
 * The reading is conservative (the idea of Russ Cox's trigram-index analysis, reduced to
 * "one of these strings is a substring of the match"): literal characters and small character
 * classes are expanded into exact string sets, concatenations join them while the sets stay
 * small, alternations take the union, and anything else (`\w`, `.`, large classes, a
 * repetition that may be absent) is "any string", which breaks the run. Lookarounds, anchors
 * and `\b` match the empty string. Back-references are "any string".
 *
 * One assumption, that of the text the claims stage reads: whitespace inside a sentence is a
 * single plain space (ingest folds every whitespace run of a paragraph to one " "), so `\s`,
 * `\s+` and `[\s-]`'s space read as " ". Everything is lower-cased (the key scans read the
 * lower-cased text; the characters whose lower case is not one code unit are scanned another
 * way, see evaluative.ts LOWER_MISMATCH).
 */

type Node =
  | { readonly t: 'alt'; readonly alts: readonly Node[] }
  | { readonly t: 'seq'; readonly items: readonly Node[] }
  | { readonly t: 'set'; readonly chars: readonly string[] | null }
  | { readonly t: 'empty' }
  | { readonly t: 'look'; readonly ahead: boolean; readonly negative: boolean; readonly body: Node }
  | { readonly t: 'any' }
  | { readonly t: 'rep'; readonly body: Node; readonly min: number; readonly max: number };

/** Exact sets larger than this are dropped (the run is cut there). */
const MAX_EXACT = 64;
/** Classes of more characters than this are "any character". */
const MAX_CLASS = 12;
const SPACE = ' ';

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    /** Lower-case every character (the key scans read lower-cased text); false: keep the case. */
    private readonly fold = true,
  ) {}

  private norm(c: string): string {
    return this.fold ? c.toLowerCase() : c;
  }

  parse(): Node {
    const n = this.alternation();
    if (this.i < this.src.length) throw new SyntaxError(`unexpected "${this.src[this.i]}" at ${this.i}`);
    return n;
  }

  private alternation(): Node {
    const alts: Node[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? (alts[0] as Node) : { t: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { t: 'seq', items };
  }

  private quantified(body: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return body;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return body;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return this.quantified({ t: 'rep', body, min, max });
  }

  private atom(): Node {
    const c = this.src[this.i++] as string;
    if (c === '(') {
      let look: { ahead: boolean; negative: boolean } | null = null;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.i, this.i + 3))) {
        const behind = this.src[this.i + 1] === '<';
        look = { ahead: !behind, negative: this.src[this.i + (behind ? 2 : 1)] === '!' };
        this.i += behind ? 3 : 2;
      } else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
      const body = this.alternation();
      if (this.src[this.i] !== ')') throw new SyntaxError(`unclosed group at ${this.i}`);
      this.i++;
      return look ? { t: 'look', ...look, body } : body;
    }
    if (c === '[') return this.charClass();
    if (c === '.') return { t: 'any' };
    if (c === '^' || c === '$') return { t: 'empty' };
    if (c === '\\') return this.escape(false) ?? { t: 'any' };
    return { t: 'set', chars: [this.norm(c)] };
  }

  /** An escape after its backslash: a set of characters, an assertion (empty), or null for "any". */
  private escape(inClass: boolean): Node | null {
    const c = this.src[this.i++] as string;
    if (c === 'b' && !inClass) return { t: 'empty' };
    if (c === 'B') return { t: 'empty' };
    if (c === 's') return { t: 'set', chars: [SPACE] };
    if ('SwWdD'.includes(c)) return null;
    if (c === 'p' || c === 'P') {
      this.i = this.src.indexOf('}', this.i) + 1;
      return null;
    }
    if (c === 'k') {
      this.i = this.src.indexOf('>', this.i) + 1;
      return null;
    }
    if (/[1-9]/.test(c)) {
      while (/[0-9]/.test(this.src[this.i] ?? '')) this.i++;
      return null;
    }
    if (c === 'u') {
      if (this.src[this.i] === '{') {
        const end = this.src.indexOf('}', this.i);
        const ch = String.fromCodePoint(parseInt(this.src.slice(this.i + 1, end), 16));
        this.i = end + 1;
        return { t: 'set', chars: [this.norm(ch)] };
      }
      const ch = String.fromCharCode(parseInt(this.src.slice(this.i, this.i + 4), 16));
      this.i += 4;
      return { t: 'set', chars: [this.norm(ch)] };
    }
    if (c === 'x') {
      const ch = String.fromCharCode(parseInt(this.src.slice(this.i, this.i + 2), 16));
      this.i += 2;
      return { t: 'set', chars: [this.norm(ch)] };
    }
    const control: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    // (a newline or tab inside a sentence is a space once ingest has folded it)
    if (c in control) return { t: 'set', chars: [c === 'n' || c === 't' || c === 'r' || c === 'f' || c === 'v' ? SPACE : '\0'] };
    return { t: 'set', chars: [this.norm(c)] };
  }

  private charClass(): Node {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let open = false; // a member that stands for many characters
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false;
      let lo: string | null;
      if (this.src[this.i] === '\\') {
        this.i++;
        const e = this.escape(true);
        if (e === null || e.t !== 'set' || e.chars === null) {
          open = true;
          continue;
        }
        lo = e.chars.length === 1 ? (e.chars[0] as string) : null;
        for (const ch of e.chars) chars.add(ch);
        if (lo === null) continue;
      } else lo = this.src[this.i++] as string;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        let hi: string;
        if (this.src[this.i] === '\\') {
          this.i++;
          const e = this.escape(true);
          if (e === null || e.t !== 'set' || e.chars === null || e.chars.length !== 1) {
            open = true;
            continue;
          }
          hi = e.chars[0] as string;
        } else hi = this.src[this.i++] as string;
        const from = lo.charCodeAt(0);
        const to = hi.charCodeAt(0);
        if (to - from + 1 > MAX_CLASS) open = true;
        else for (let k = from; k <= to; k++) chars.add(this.norm(String.fromCharCode(k)));
      } else chars.add(this.norm(lo));
    }
    this.i++; // ']'
    if (negated || open || chars.size > MAX_CLASS) return { t: 'set', chars: null };
    return { t: 'set', chars: [...chars] };
  }
}

interface Info {
  /** Every string the node matches (lower-cased), when there are few; else null. */
  readonly exact: ReadonlySet<string> | null;
  /** One of these is in every match; null: nothing known. */
  readonly req: ReadonlySet<string> | null;
}

const EMPTY: Info = { exact: new Set(['']), req: null };
const ANY: Info = { exact: null, req: null };

/** A valid "one of these is in every match" set of a node, or null. */
function reqOf(info: Info): ReadonlySet<string> | null {
  if (info.exact && !info.exact.has('')) return info.exact;
  return info.req;
}

function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** The better of two requirement sets: the longer shortest string, then the fewer strings. */
function better(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...[...a].map((s) => s.length));
  const lb = Math.min(...[...b].map((s) => s.length));
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

function analyse(n: Node): Info {
  switch (n.t) {
    case 'empty':
    case 'look':
      return EMPTY;
    case 'any':
      return ANY;
    case 'set':
      return n.chars ? { exact: new Set(n.chars), req: null } : ANY;
    case 'alt': {
      const infos = n.alts.map(analyse);
      let exact: Set<string> | null = new Set();
      for (const i of infos) {
        if (!i.exact || !exact) exact = null;
        else for (const s of i.exact) exact.add(s);
      }
      if (exact && exact.size > MAX_EXACT) exact = null;
      let req: Set<string> | null = new Set();
      for (const i of infos) {
        const r = reqOf(i);
        if (!r || !req) req = null;
        else for (const s of r) req.add(s);
      }
      return { exact, req };
    }
    case 'rep': {
      const body = analyse(n.body);
      // a run of spaces is one space in the text read here
      const spaceRun = body.exact?.size === 1 && body.exact.has(SPACE) && n.max > 1;
      if (spaceRun) return { exact: new Set(n.min === 0 ? ['', SPACE] : [SPACE]), req: null };
      if (body.exact && n.max <= 4) {
        const all = new Set<string>(n.min === 0 ? [''] : []);
        let power: Set<string> | null = new Set(['']);
        for (let k = 1; k <= n.max && power; k++) {
          power = product(power, body.exact);
          if (power && k >= n.min) for (const s of power) all.add(s);
        }
        if (power && all.size <= MAX_EXACT) return { exact: all, req: n.min >= 1 ? reqOf(body) : null };
      }
      return { exact: null, req: n.min >= 1 ? reqOf(body) : null };
    }
    case 'seq': {
      let run: ReadonlySet<string> = new Set(['']);
      let whole: ReadonlySet<string> | null = run;
      let best: ReadonlySet<string> | null = null;
      const close = (s: ReadonlySet<string>): void => {
        if (!s.has('')) best = better(best, s);
      };
      for (const item of n.items) {
        const info = analyse(item);
        if (info.exact) {
          const joined = product(run, info.exact);
          if (joined) {
            run = joined;
            if (whole !== null) whole = joined;
            continue;
          }
          close(run);
          run = info.exact;
          whole = null;
          continue;
        }
        close(run);
        const r = reqOf(info);
        if (r) best = better(best, r);
        run = new Set(['']);
        whole = null;
      }
      close(run);
      return { exact: whole, req: best };
    }
  }
}

/** See the module comment. Throws a SyntaxError on a pattern it cannot read. */
export function requiredLiterals(source: string): string[] | null {
  const info = analyse(new Parser(source).parse());
  const r = reqOf(info);
  return r ? [...r].sort() : null;
}

/** Products of exact sets larger than this are not tried when checking keys. */
const MAX_WINDOW = 4096;
/** Expansions of alternatives inside one sequence before giving up (patterns stay far below). */
const MAX_EXPANSIONS = 20_000;

/**
 * Whether every match of `source` holds one of `keys` (lower case compared), read off the
 * pattern as `requiredLiterals` reads it: a sequence is covered when one of its parts is, or
 * when every string of a run of exact parts holds a key (a key may run across parts: "not
 * true" over `not\s+true`); a part with alternatives is opened up inside its sequence, each
 * alternative checked with what stands around it; an alternation is covered when each
 * alternative is; a repetition when it must occur once and its body is covered. Returns null
 * when covered, else the shape of a match no key is in ("·" for any characters), to report.
 *
 * `caseSensitive`: for a gate tested on the text as it is (`text.includes(gate)`) in front of a
 * pattern without the `i` flag: characters and keys keep their case (a pattern with `i` is not
 * read that way: its letters would stand for both cases).
 */
export function uncoveredShape(source: string, keys: readonly string[], opts: { readonly caseSensitive?: boolean } = {}): string | null {
  const fold = !opts.caseSensitive;
  const budget = { n: MAX_EXPANSIONS };
  return uncovered(new Parser(source, fold).parse(), fold ? keys.map((k) => k.toLowerCase()) : keys, budget);
}

function holdsKey(s: string, keys: readonly string[]): boolean {
  return keys.some((k) => s.includes(k));
}

function uncovered(n: Node, keys: readonly string[], budget: { n: number }): string | null {
  switch (n.t) {
    case 'empty':
      return '';
    case 'look':
      return n.negative ? '' : uncovered(n.body, keys, budget);
    case 'any':
      return '·';
    case 'set':
      return n.chars === null ? '·' : n.chars.every((c) => holdsKey(c, keys)) ? null : (n.chars.find((c) => !holdsKey(c, keys)) as string);
    case 'alt': {
      for (const a of n.alts) {
        const u = uncovered(a, keys, budget);
        if (u !== null) return u;
      }
      return null;
    }
    case 'rep': {
      if (n.min === 0) return '';
      return uncovered(n.body, keys, budget);
    }
    case 'seq':
      return uncoveredSeq(n.items, keys, budget);
  }
}

function partsOf(n: Node): readonly Node[] {
  return n.t === 'seq' ? n.items : [n];
}

/** The alternatives a part stands for when opened up in its sequence (null: it has none). */
function alternativesOf(n: Node): Node[][] | null {
  if (n.t === 'alt') return n.alts.map((a) => (a.t === 'seq' ? [...a.items] : [a]));
  if (n.t === 'rep' && n.max <= 3 && n.max >= 1) {
    const out: Node[][] = [];
    for (let k = n.min; k <= n.max; k++) out.push(Array.from({ length: k }, () => n.body));
    return out;
  }
  if (n.t === 'seq') return [[...n.items]];
  return null;
}

function uncoveredSeq(items: readonly Node[], keys: readonly string[], budget: { n: number }): string | null {
  // What a lookahead at the end reads is the text right after the match, and what a lookbehind
  // at the start reads the text right before it: both are in the sentence, where keys are looked for.
  const last = items.at(-1);
  if (last?.t === 'look' && last.ahead && !last.negative) return uncoveredSeq([...items.slice(0, -1), ...partsOf(last.body)], keys, budget);
  const first = items[0];
  if (first?.t === 'look' && !first.ahead && !first.negative) return uncoveredSeq([...partsOf(first.body), ...items.slice(1)], keys, budget);
  // one part covered on its own (a lookaround elsewhere: what it reads is in the sentence too)
  for (const it of items) if (it.t !== 'set' && it.t !== 'empty' && uncovered(it, keys, budget) === null) return null;
  // a run of exact parts whose every string holds a key
  const infos = items.map(analyse);
  for (let i = 0; i < items.length; i++) {
    let prod: ReadonlySet<string> | null = new Set(['']);
    for (let j = i; j < items.length && prod; j++) {
      const e = (infos[j] as Info).exact;
      if (!e) break;
      prod = product(prod, e) ?? (prod.size * e.size <= MAX_WINDOW ? bigProduct(prod, e) : null);
      if (prod && [...prod].every((s) => holdsKey(s, keys))) return null;
    }
  }
  // open up the first part with alternatives that is not exact, and check each reading
  const k = items.findIndex((it, i) => (infos[i] as Info).exact === null && alternativesOf(it) !== null);
  if (k >= 0 && budget.n > 0) {
    budget.n--;
    for (const alt of alternativesOf(items[k] as Node) as Node[][]) {
      const u = uncoveredSeq([...items.slice(0, k), ...alt, ...items.slice(k + 1)], keys, budget);
      if (u !== null) return u;
    }
    return null;
  }
  return items.map((it, i) => shapeOf(it, infos[i] as Info, keys)).join('');
}

function bigProduct(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function shapeOf(n: Node, info: Info, keys: readonly string[]): string {
  if (info.exact) {
    const all = [...info.exact];
    const open = all.filter((x) => !holdsKey(x, keys));
    const show = (open.length > 0 ? open : all).slice(0, 3);
    return show.length === 1 ? (show[0] as string) : `{${show.join('|')}${all.length > 3 ? '|…' : ''}}`;
  }
  if (n.t === 'look') return '';
  return '·';
}
