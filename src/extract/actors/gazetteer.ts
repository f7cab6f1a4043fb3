import type { ActorType } from '../../types/index.ts';
import { COUNTRIES, COUNTRY_FALSE_FRIENDS } from '../../lexicons/countries.ts';
import { INTL_ORGS } from '../../lexicons/intl-orgs.ts';
import { AGENCIES } from '../../lexicons/agencies.ts';
import { MEDIA } from '../../lexicons/media.ts';
import { COMPANIES } from '../../lexicons/companies.ts';
import { THREAT_GROUPS } from '../../lexicons/threat-groups.ts';
import { NGOS } from '../../lexicons/ngos.ts';
import { REGIONS, PRODUCTS, EVENTS_AND_THINGS } from '../../lexicons/non-actors.ts';
import type { OrgEntry } from '../../lexicons/types.ts';
import { tokenize, isCapitalised, WordShapes, type Token } from './tokens.ts';

/** What a gazetteer form stands for. */
export interface GazRef {
  /** Stable key of the canonical actor: `country:China`, `org:Federal Bureau of Investigation`. */
  readonly key: string;
  readonly name: string;
  readonly type: ActorType;
  /** Canonical country name this body belongs to. */
  readonly country: string | undefined;
  /** Canonical name of the parent body. */
  readonly parent: string | undefined;
  /** Whether `country` is a stated affiliation (agencies) or only background (media, groups). */
  readonly countryIsAffiliation: boolean;
}

/** How a form refers: by name, adjective, demonym, capital (metonym), office (metonym), or a blocker. */
export type GazKind = 'name' | 'adjective' | 'demonym' | 'capital' | 'office' | 'block';

export interface GazHit {
  readonly ref: GazRef | null;
  readonly kind: GazKind;
  /** Generic form needing its country elsewhere in the document. */
  readonly weak: boolean;
  /** The form's tokens as written in the lexicon (for case checks). */
  readonly form: readonly string[];
  /** Indexes of tokens that must match with exact case. */
  readonly exact: readonly boolean[];
  /** Indexes of tokens that must be capitalised in the text (content words of a name). */
  readonly capital: readonly boolean[];
  readonly source: string;
}

/** A node of the gazetteer's token trie: the forms continuing with each next word, and the forms ending here. */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  hits: GazHit[];
}

function node(): TrieNode {
  return { next: new Map(), hits: [] };
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'bin', 'von', 'van', 'der', 'on', 'in', 'to', 'a', 'd', 'y', 'e']);

let trie: TrieNode | undefined;

function add(root: TrieNode, form: string, hit: Omit<GazHit, 'form' | 'exact' | 'capital'>, exactCase: boolean): void {
  const toks = tokenize(form).map((t) => t.text);
  if (toks.length === 0) return;
  let n = root;
  for (const t of toks) {
    const k = t.toLowerCase();
    let c = n.next.get(k);
    if (!c) {
      c = node();
      n.next.set(k, c);
    }
    n = c;
  }
  // Acronyms ("US", "WHO", "NCSC") and listed forms match with exact case only.
  const exact = toks.map((t) => exactCase || (/^\p{Lu}[\p{Lu}.&]+$/u.test(t) && t.replace(/[^\p{L}]/gu, '').length >= 2));
  const capital = toks.map((t) => isCapitalised(t) && !FUNCTION_WORDS.has(t.toLowerCase()));
  // one field order for every hit (and every ref, below): the trie walk and the actor rules
  // read them at every match, and records of one shape keep those reads monomorphic
  n.hits.push({ ref: hit.ref, kind: hit.kind, weak: hit.weak, form: toks, exact, capital, source: hit.source });
}

function addOrg(root: TrieNode, e: OrgEntry, source: string): void {
  const ref: GazRef = {
    key: `org:${e.name}`,
    name: e.name,
    type: e.type,
    country: e.country || undefined,
    parent: e.parent || undefined,
    countryIsAffiliation: e.type === 'agency',
  };
  const weak = new Set(e.weak ?? []);
  const exact = new Set(e.exactCase ?? []);
  for (const form of [e.name, ...e.aliases]) {
    for (const v of variants(form)) add(root, v, { ref, kind: 'name', weak: weak.has(form), source }, exact.has(form));
    // "U.S. Treasury Department", "US State Department": a US body's name after the country's
    // short form (the country is listed too, see extractActors); a generic form stays weak
    if (e.type === 'agency' && e.country === 'United States' && !/^(?:U\.S\.|US|United States)\b/.test(form) && !exact.has(form)) {
      for (const p of ['U.S.', 'US']) add(root, `${p} ${form}`, { ref, kind: 'name', weak: false, source }, false);
    }
  }
}

/**
 * Spelling variants of a listed form: "United Nations X" is also written "UN X" and
 * "U.N. X"; an abbreviation may lose its last period ("U.N Security Council").
 */
function variants(form: string): string[] {
  const out = new Set([form]);
  if (/^United Nations\b/.test(form)) {
    out.add(form.replace(/^United Nations/, 'UN'));
    out.add(form.replace(/^United Nations/, 'U.N.'));
  }
  if (/\bthe United Nations\b/.test(form)) out.add(form.replace(/\bthe United Nations\b/, 'the UN'));
  // "Peoples Republic of China": text that lost its apostrophes
  for (const f of [...out]) if (/['’]s\b/.test(f)) out.add(f.replace(/['’]s\b/g, 's'));
  for (const f of [...out]) {
    const m = /^((?:[A-Z]\.){2,})(\s.*)$/.exec(f);
    if (m) out.add(`${m[1]!.slice(0, -1)}${m[2]!}`);
  }
  return [...out];
}

/** The gazetteer as one token trie (built on first use: ~2,500 forms, a few ms). */
export function gazetteer(): TrieNode {
  if (trie) return trie;
  const root = node();
  for (const c of COUNTRIES) {
    const ref: GazRef = { key: `country:${c.name}`, name: c.name, type: 'country', country: undefined, parent: undefined, countryIsAffiliation: false };
    const base = { ref, weak: false };
    add(root, c.name, { ...base, kind: 'name', source: 'country-name' }, false);
    for (const a of c.aliases) for (const v of variants(a)) add(root, v, { ...base, kind: 'name', source: 'country-alias' }, false);
    for (const a of c.adjectives) add(root, a, { ...base, kind: 'adjective', source: 'country-adjective' }, false);
    for (const a of c.demonyms) add(root, a, { ...base, kind: 'demonym', source: 'country-demonym' }, false);
    for (const a of c.capitals) add(root, a, { ...base, kind: 'capital', source: 'capital-metonym' }, false);
    for (const a of c.offices) add(root, a, { ...base, kind: 'office', source: 'office-metonym' }, false);
  }
  // media first: a shared acronym ("AFP") is the wire service unless the other body's country is named
  for (const e of MEDIA) addOrg(root, e, 'media-gazetteer');
  for (const e of AGENCIES) addOrg(root, e, 'agency-gazetteer');
  for (const e of INTL_ORGS) addOrg(root, e, 'intl-org-gazetteer');
  for (const e of COMPANIES) addOrg(root, e, 'company-gazetteer');
  for (const e of NGOS) addOrg(root, e, 'ngo-gazetteer');
  for (const e of THREAT_GROUPS) addOrg(root, e, 'threat-group-gazetteer');
  const block = (form: string, source: string): void => add(root, form, { ref: null, kind: 'block', weak: false, source }, false);
  for (const f of COUNTRY_FALSE_FRIENDS) block(f, 'not-a-country');
  for (const f of REGIONS) block(f, 'region');
  for (const f of PRODUCTS) block(f, 'product');
  for (const f of EVENTS_AND_THINGS) block(f, 'event-or-thing');
  trie = root;
  return root;
}

/** The lowercase first words of all gazetteer forms (a cheap test before a trie walk), each with its trie node. */
export function gazetteerFirstWords(): ReadonlyMap<string, TrieNode> {
  return gazetteer().next;
}

let lowerOpeners: Set<string> | undefined;
let lowerOpenerShapes: WordShapes | undefined;

/** The shapes of gazetteerLowerOpeners() (a pre-test before the Set lookup). */
export function gazetteerLowerOpenerShapes(): WordShapes {
  lowerOpenerShapes ??= new WordShapes(gazetteerLowerOpeners());
  return lowerOpenerShapes;
}

/**
 * The first words under which some form may match a token that is not capitalised
 * ("the" of "the Hague", "al" of "al-Shabaab", "iphone"): its first word is neither
 * required capitalised nor an exact-case capitalised form. matchAt at any other
 * lowercase token finds nothing ("government", "national security"), so callers skip it.
 */
export function gazetteerLowerOpeners(): ReadonlySet<string> {
  if (lowerOpeners) return lowerOpeners;
  const out = new Set<string>();
  const opensLower = (h: GazHit): boolean => (h.exact[0] ? !isCapitalised(h.form[0]!) : !h.capital[0]);
  const anyHit = (n: TrieNode): boolean => n.hits.some(opensLower) || [...n.next.values()].some(anyHit);
  for (const [word, n] of gazetteer().next) if (anyHit(n)) out.add(word);
  lowerOpeners = out;
  return out;
}

/** A gazetteer match over tokens `[from, to)`; `end` may cut a possessive "s" ("Irans" -> "Iran"). */
export interface GazMatch {
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly hits: readonly GazHit[];
}

function caseOk(hit: GazHit, tokens: readonly Token[], from: number, lastText?: string): boolean {
  for (let k = 0; k < hit.form.length; k++) {
    const want = hit.form[k]!;
    const tok = k === hit.form.length - 1 && lastText !== undefined ? lastText : tokens[from + k]!.text;
    if (hit.exact[k]) {
      if (tok !== want) return false;
    } else if (hit.capital[k] && !isCapitalised(tok)) {
      return false;
    }
  }
  return true;
}

/**
 * The hits whose case the text at token `from` satisfies. Mostly all of them pass: the node's
 * own (never modified) array is returned then, not a copy per trie step.
 */
export function caseFiltered(hits: readonly GazHit[], tokens: readonly Token[], from: number): readonly GazHit[] {
  for (const h of hits) if (!caseOk(h, tokens, from)) return hits.filter((x) => caseOk(x, tokens, from));
  return hits;
}

/**
 * The longest gazetteer form starting at token `i`, or undefined. A token that is a
 * form plus "s" matches as a possessive whose apostrophe was lost ("Irans", "FBIs"),
 * except where a longer or equal blocking form exists ("Americas"). `limit` bounds the
 * match (exclusive token index). `head`: the caller has already looked token i's lowercase
 * form up among gazetteerFirstWords() and passes what it found (null: nothing), so the walk
 * does not repeat the lookup in the root's map of ~2,400 words.
 */
export function matchAt(tokens: readonly Token[], i: number, limit = tokens.length, head?: TrieNode | null): GazMatch | undefined {
  let n: TrieNode | undefined = gazetteer();
  let best: GazMatch | undefined;
  const line = tokens[i]?.line;
  for (let j = i; j < limit && n; j++) {
    const tok = tokens[j]!;
    if (tok.line !== line) break;
    const k = tok.lower;
    // possessive without apostrophe on the last token: "Irans" -> "iran"
    if (tok.cap && k.length >= 4 && k.charCodeAt(k.length - 1) === 115 && !k.endsWith('ss')) {
      const stem = n.next.get(k.slice(0, -1));
      if (stem && stem.hits.length > 0) {
        const hits = stem.hits.filter((h) => h.kind !== 'block' && h.kind !== 'demonym' && caseOk(h, tokens, i, tok.text.slice(0, -1)));
        if (hits.length > 0 && (!best || j + 1 - i > best.to - best.from)) {
          best = { from: i, to: j + 1, start: tokens[i]!.start, end: tok.end - 1, hits };
        }
      }
    }
    n = j === i && head !== undefined ? head ?? undefined : n.next.get(k);
    if (!n) break;
    if (n.hits.length > 0) {
      const hits = caseFiltered(n.hits, tokens, i);
      if (hits.length > 0 && (!best || j + 1 - i >= best.to - best.from)) {
        best = { from: i, to: j + 1, start: tokens[i]!.start, end: tok.end, hits };
      }
    }
  }
  return best;
}
