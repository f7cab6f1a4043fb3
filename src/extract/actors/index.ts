import type { Actor, ActorType, Doc, Mention } from '../../types/index.ts';
import { THREAT_PATTERNS } from '../../lexicons/threat-groups.ts';
import { AGENCY_PATTERNS, BUILDING_WORDS, COUNTRY_BODY_WORDS, INSTITUTION_WORDS, LIST_KIND_NOUNS, MINISTRY_WORDS, WEB_TLDS } from '../../lexicons/org-patterns.ts';
import { MEDIA_HEAD_NOUNS, MEDIA_REPORT_VERBS, MEDIA_TOLD_VERBS } from '../../lexicons/media.ts';
import { PLATFORMS } from '../../lexicons/companies.ts';
import { ORG_SUFFIXES, ORG_PREFIXES, PLACE_MEDIA_WORDS } from '../../lexicons/org-patterns.ts';

const ORG_WORDS = new Set([...ORG_SUFFIXES, ...ORG_PREFIXES].map((e) => e.word));
import { COUNTRIES } from '../../lexicons/countries.ts';
import { ALIAS_PERSON_NOUNS, ALIAS_INTRO_VERBS } from '../../lexicons/titles.ts';
import { tagTerms } from '../../nlp/compromise.ts';
import { tokenize, isCapitalised, isAllCaps, isPossessiveMark, isOpeningQuote, isClosingQuote, WordShapes, LowercaseWords, type Token, type WordTest } from './tokens.ts';
import { matchAt, gazetteerFirstWords, gazetteerLowerOpeners, gazetteerLowerOpenerShapes, type GazHit, type GazMatch, type GazRef } from './gazetteer.ts';
import { findNames, titleCaseLines, titleAt, akaAfter, personsByUse, type NameSpan } from './names.ts';
import { STATE_NOUNS, GOVERNMENT_WORDS, LOCATIVE_PREPOSITIONS } from './rules.ts';
import { TextScan } from '../../nlp/regex.ts';

export interface ActorOptions {
  /** Ask compromise about names nothing else could classify (default false: see README). */
  readonly compromise?: boolean;
}

// \p{...} regexes at module level (tsx rebuilds such a literal each time it is evaluated)
const HAS_LETTER = /\p{L}/u;
const TWO_LETTERS = /\p{L}{2,}/u;
const UPPER_START = /^\p{Lu}/u;
const SINGLE_UPPER = /^\p{Lu}$/u;
/** An initial: "J.", "Ö.". */
const INITIAL_LETTER = /^\p{Lu}\.$/u;

const SOURCE = 'actors:rules';
const THREAT_RES = THREAT_PATTERNS.map((p) => ({ id: p.id, scan: new TextScan(p.source, p) }));
const AGENCY_RES = AGENCY_PATTERNS.map((p) => ({ ...p, scan: new TextScan(p.source, p) }));
const SUFFIX_TYPE = new Map(ORG_SUFFIXES.map((e) => [e.word, e.type]));
const ALIAS_VERB_SHAPES = new WordShapes(ALIAS_INTRO_VERBS);
const LIST_KIND_SHAPES = new WordShapes(LIST_KIND_NOUNS.keys());
const PREFIX_TYPE = new Map(ORG_PREFIXES.map((e) => [e.word, e.type]));

/** Country names that are as often something else (a US state, a first name): need a second form of the country. */
const AMBIGUOUS_COUNTRY_NAMES: readonly string[] = ['Georgia', 'Jordan', 'Chad'];

/** Platforms named as such ("on Twitter", "a YouTube channel") are not actors (SPEC hard cases). */
const PLATFORM_NOUNS = new Set(['account', 'accounts', 'post', 'posts', 'page', 'pages', 'user', 'users', 'feed', 'video', 'videos', 'channel', 'channels', 'handle', 'profile', 'thread', 'message', 'messages', 'livestream', 'app', 'platform', 'group', 'chat', 'story', 'stories', 'tweet', 'tweets']);
const PLATFORM_PREPOSITIONS = new Set(['on', 'via', 'onto', 'through', 'across', 'over']);

function platformUse(tokens: readonly Token[], m: GazMatch, ref: GazRef): boolean {
  if (ref.type !== 'company' || !PLATFORMS.has(ref.name)) return false;
  const next = tokens[m.to];
  if (next !== undefined && !next.cap && PLATFORM_NOUNS.has(next.lower)) return true;
  // "on X and YouTube": the preposition may stand before a list of platforms
  for (let k = m.from - 1; k >= 0 && k >= m.from - 6; k--) {
    const t = tokens[k]!;
    if (PLATFORM_PREPOSITIONS.has(t.lower)) return true;
    if (!(t.cap || t.lower === 'and' || t.lower === 'or' || t.text === ',')) return false;
  }
  return false;
}

/** A district after "of the"/"for the" that qualifies a prosecutor's or judge's title a few words before. */
function titleQualifier(tokens: readonly Token[], from: number): boolean {
  if (tokens[from - 1]?.lower !== 'the' || !/^(?:of|for)$/.test(tokens[from - 2]?.lower ?? '')) return false;
  for (let k = from - 3; k >= Math.max(0, from - 10); k--) {
    const w = tokens[k]!.text;
    if (/^[.;]$/.test(w)) return false;
    if (/^(?:Attorney|Attorneys|Judge|Prosecutor)$/.test(w)) return true;
  }
  return false;
}

/**
 * Web addresses as token ranges: word "." word ... "." top-level domain, all glued
 * ("oe24.at", "www.iranwatch.org", "news.com.au"); not inside an e-mail address or a URL path.
 */
function webAddresses(text: string, tokens: readonly Token[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  if (!text.includes('.')) return out;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]!.text !== '.' || !webWordAt(tokens, k - 1) || !webWordAt(tokens, k + 1) || tokens[k - 1]!.end !== tokens[k]!.start || tokens[k]!.end !== tokens[k + 1]!.start) continue;
    let from = k - 1;
    while (from >= 2 && tokens[from - 1]!.text === '.' && webWordAt(tokens, from - 2) && tokens[from - 2]!.end === tokens[from - 1]!.start && tokens[from - 1]!.end === tokens[from]!.start) from -= 2;
    let to = k + 2;
    while (to + 1 < tokens.length && tokens[to]!.text === '.' && webWordAt(tokens, to + 1) && tokens[to - 1]!.end === tokens[to]!.start && tokens[to]!.end === tokens[to + 1]!.start) to += 2;
    k = to - 1;
    if (!WEB_TLDS.has(tokens[to - 1]!.text) || !/^[A-Za-z]/.test(tokens[from]!.text)) continue;
    const before = text.charCodeAt(tokens[from]!.start - 1);
    const after = text.charCodeAt(tokens[to - 1]!.end);
    if (before === 64 || before === 47 || after === 47 || after === 64) continue; // e-mail, URL path
    out.push({ from, to });
  }
  return out;
}

/** A word of a web address at token k: "oe24", "www", "news". */
function webWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(t.text);
}

/** Whether any of tokens `[from, to)` is covered. */
function anyCovered(covered: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to && k < covered.length; k++) if (covered[k] !== 0) return true;
  return false;
}

/** Index of the first token starting at or after `pos` (binary search). */
function firstTokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What a rule states about a mention; makeFound() turns it into a Found. */
export interface FoundInit {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly name: string;
  readonly type: ActorType;
  readonly source: string;
  readonly reason: string;
  /** Whether this mention alone justifies listing the actor. */
  readonly strong: boolean;
  /** Paragraph written in Title Case (names found only there need support elsewhere). */
  readonly titleLine?: boolean;
  /** Canonical country name (gazetteer bodies and country-adjective bodies). */
  readonly country?: string | undefined;
  readonly countryIsAffiliation?: boolean | undefined;
  readonly parent?: string | undefined;
  /** Key of an actor this one is affiliated with, stated next to the mention. */
  readonly affiliationKey?: string | undefined;
  /** For persons: the name tokens (for surname merging). */
  readonly personTokens?: readonly string[] | undefined;
  readonly titleBody?: string | undefined;
  /** Offsets where a body named before a role of office may end, nearest first ("ASIO" in "ASIO chief X"). */
  readonly roleBodyEnds?: readonly number[] | undefined;
  /** Key of the same person under another name ("Abdollah Karima, aka Vahid Karima"). */
  readonly akaKey?: string | undefined;
  /** Name-like forms for the actor that are not mention texts ("Southern District of New York" inside an office's name). */
  readonly extraAliases?: readonly string[] | undefined;
  /** Key of a gazetteer company this longer name stands for in this text ("Lloyds" in "Lloyds TSB Bank plc"). */
  readonly absorbs?: string | undefined;
}

/** A mention found by some rule, before actors are merged: every field present (absent ones undefined). */
export interface Found extends Required<FoundInit> {
  readonly titleLine: boolean;
}

/**
 * The one place a Found is built: all fields, always in this order, never written after.
 * Why (speed, issue 6): with optional spreads (`...(x ? { parent } : {})`) the records had
 * many object shapes, and build() and extractActors() were thrown out of optimised code
 * ("wrong map") whenever a rare combination came by after warm-up; copying a record and
 * overwriting its fields (`{ ...owner, start, end }`) made V8 generalise a field shared
 * with other records of the same size, which discarded ~55 optimised functions of the
 * claims stage at once on one bench document (seed 11, #1149). Exported for tests.
 */
export function makeFound(f: FoundInit): Found {
  return {
    start: f.start, end: f.end, key: f.key, name: f.name, type: f.type, source: f.source, reason: f.reason, strong: f.strong,
    titleLine: f.titleLine ?? false, country: f.country, countryIsAffiliation: f.countryIsAffiliation, parent: f.parent,
    affiliationKey: f.affiliationKey, personTokens: f.personTokens, titleBody: f.titleBody, roleBodyEnds: f.roleBodyEnds,
    akaKey: f.akaKey, extraAliases: f.extraAliases, absorbs: f.absorbs,
  };
}

/** `owner`'s actor named again at [start, end) by another rule (a short form, an acronym): a weak mention, on no Title Case line. */
export function sameActorAt(owner: Found, start: number, end: number, reason: string): Found {
  return makeFound({
    start, end, key: owner.key, name: owner.name, type: owner.type, source: owner.source, reason, strong: false, titleLine: false,
    country: owner.country, countryIsAffiliation: owner.countryIsAffiliation, parent: owner.parent, affiliationKey: owner.affiliationKey,
    personTokens: owner.personTokens, titleBody: owner.titleBody, roleBodyEnds: owner.roleBodyEnds, akaKey: owner.akaKey,
    extraAliases: owner.extraAliases, absorbs: owner.absorbs,
  });
}

/**
 * Token ranges of aliases that stand for an unnamed person: a person noun, an intro
 * participle ("known", "identified", "referred to"), optional "only", "as", then a quoted
 * alias ('"Hacker 3"', '"John Doe 2"') or a capitalised one ("Ivan", "CC-1").
 */
function aliasPersons(tokens: readonly Token[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = 1; i < tokens.length - 2; i++) {
    if (!ALIAS_VERB_SHAPES.mayHave(tokens[i]!.lower) || !ALIAS_INTRO_VERBS.has(tokens[i]!.lower)) continue;
    // the noun may carry an adjective: "an unidentified man known as"
    let nounOk = false;
    for (let b = i - 1; b >= Math.max(0, i - 3) && !nounOk; b--) nounOk = ALIAS_PERSON_NOUNS.has(tokens[b]!.lower);
    if (!nounOk) continue;
    let k = i + 1;
    if (tokens[k]?.lower === 'to') k++;
    if (tokens[k]?.lower === 'only') k++;
    if (tokens[k]?.lower !== 'as') continue;
    k++;
    const open = tokens[k];
    if (!open) continue;
    if (isOpeningQuote(open.text)) {
      let e = k + 1;
      while (e < tokens.length && e < k + 6 && !isClosingQuote(tokens[e]!.text)) e++;
      // '"Hacker 3;"': punctuation inside the closing quote is not part of the alias
      let to = e;
      while (to > k + 1 && /^[,;.:]$/.test(tokens[to - 1]!.text)) to--;
      if (to > k + 1 && tokens[e] && isClosingQuote(tokens[e]!.text) && isCapitalised(tokens[k + 1]!.text)) out.push({ from: k + 1, to });
      continue;
    }
    if (!isCapitalised(open.text)) continue;
    let e = k + 1;
    // "CC-1", "Ivan", "John Doe 2": capitalised words, joined hyphens and a trailing number
    while (e < tokens.length && e < k + 4 && tokens[e]!.line === open.line && (isCapitalised(tokens[e]!.text) || (/^(?:\d+|-)$/.test(tokens[e]!.text) && tokens[e - 1]!.end >= tokens[e]!.start - 1))) e++;
    if (tokens[e - 1]!.text === '-') e--;
    // "named only as Joost H., 41,": the initial of a withheld surname keeps its period
    if (e - k >= 2 && SINGLE_UPPER.test(tokens[e - 1]!.text) && tokens[e]?.text === '.' && tokens[e]!.start === tokens[e - 1]!.end) e++;
    out.push({ from: k, to: e });
  }
  return out;
}

/** A firm's name and its legal or generic suffix: "Electro SANAM Company" -> "Electro SANAM". */
const FIRM_SUFFIX_END = /^(.+?)\s+(?:Company|Co\.?|Corp\.?|Corporation|Industries|Industry|Group|Inc\.?|Ltd\.?|Limited|LLC|Holdings?|PLC|plc)$/;

/** "Prosecutor General's Office" / "Office of the Prosecutor General": an office named by its holder, both ways. */
const OWNER_OFFICE = /^(?<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['’]s (?<head>Office|Bureau|Department)$/;
const OFFICE_OF_OWNER = /^(?<head>Office|Bureau|Department) of the (?<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})$/;

/** A person's merge key: the name without initials and generational suffixes. */
function personKey(words: readonly string[]): string {
  // (a word of four characters or more is neither an initial nor "Jr."/"Sr.": no regex for it)
  return `person:${words.filter((w) => w.length > 3 || (!INITIAL_LETTER.test(w) && !/^(?:Jr|Sr)\.?$/.test(w))).join(' ').toLowerCase()}`;
}

/**
 * SPEC §2 Actors: gazetteers (countries with their forms, agencies, international
 * organisations, media, companies, threat groups), threat-group naming patterns,
 * capitalised names classified by titles, suffixes and appositions, compromise for the
 * rest; alias merging, affiliations, ids in order of first mention.
 */
export function extractActors(doc: Doc, opts: ActorOptions = {}): Actor[] {
  // compromise is opt-in: on the dev split it found no actor the rules missed, at ~0.9x
  // the CPU time of a wink-nlp readDoc (see src/extract/actors/README.md)
  const text = doc.text;
  const tokens = tokenize(text, doc);
  // 0 free, 1 taken by an actor, 2 taken by a non-actor phrase a longer name may contain
  const covered = new Uint8Array(tokens.length);
  const found: Found[] = [];
  const tcLines = titleCaseLines(tokens);

  // 0. agencies named by district ("U.S. Attorney's Office for the Southern District of New York")
  for (const p of AGENCY_RES) {
    for (const m of p.scan.all(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const range = tokenRange(tokens, start, end);
      if (!range) continue;
      const [from, to] = range;
      if (anyCovered(covered, from, to)) continue;
      // "in the State of Ohio": a place
      const before = tokens[from - 1]?.lower === 'the' ? tokens[from - 2] : tokens[from - 1];
      if (p.notAfter && before && p.notAfter.has(before.lower)) continue;
      if (p.lowerNeedsThe && !tokens[from]!.cap && tokens[from - 1]?.lower !== 'the') continue;
      // "U.S. Attorney Sally Yates of the Northern District of Georgia": part of a person's title
      if (p.id === 'district' && titleQualifier(tokens, from)) {
        covered.fill(2, from, to);
        continue;
      }
      // "the U.S. Mission to the United Nations": the country opens the name
      let nameStart = start;
      let country = p.country;
      if (p.leadCountry) {
        const lead = countryEndingAt(tokens, from);
        if (!lead) continue;
        country = lead.ref.name;
        if (!lead.possessive) {
          nameStart = tokens[lead.from]!.start;
          covered.fill(1, lead.from, from);
          found.push(makeFound({ start: nameStart, end: tokens[lead.to - 1]!.end, key: lead.ref.key, name: lead.ref.name, type: 'country', source: SOURCE, reason: 'gazetteer:country-inside-body-name', strong: true, titleLine: tcLines.has(tokens[from]!.line) }));
        }
      }
      covered.fill(1, from, to);
      const district = m.groups?.['district'] ?? m.groups?.['short'];
      const name = p.canonical && m.groups ? p.canonical(m.groups) : text.slice(nameStart, end).replace(/\s+/g, ' ');
      const parent = p.parent === undefined ? 'Department of Justice' : p.parent;
      found.push(makeFound({
        start: nameStart, end, key: `name:${name.toLowerCase()}`, name, type: 'agency', source: SOURCE, reason: `agency-pattern:${p.id}`, strong: true,
        country, countryIsAffiliation: true, parent: parent || undefined, titleLine: tcLines.has(tokens[from]!.line),
        extraAliases: district && district !== m[0] ? [district.replace(/\s+/g, ' ')] : undefined,
      }));
    }
  }

  // 0b. outlets named by their web address, in a reporting context ("the news site oe24.at
  // reported", "told Meduza.io"); a bare address is a platform, not an actor
  for (const w of webAddresses(text, tokens)) {
    const { from, to } = w;
    if (anyCovered(covered, from, to)) continue;
    const next = tokens[to];
    const p1 = tokens[from - 1];
    const p2 = tokens[from - 2];
    const head2 = p1 && p2 ? `${p2.lower} ${p1.lower}` : '';
    const why = next && MEDIA_REPORT_VERBS.has(next.lower) ? 'verb-after'
      : p1 && (MEDIA_TOLD_VERBS.has(p1.lower) || (p1.lower === 'to' && p2?.lower === 'according')) ? 'told-or-according'
      : p1 && (MEDIA_HEAD_NOUNS.has(p1.lower) || MEDIA_HEAD_NOUNS.has(head2)) ? 'media-head' : null;
    if (!why) continue;
    covered.fill(1, from, to);
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const name = text.slice(start, end);
    found.push(makeFound({ start, end, key: `name:${name.toLowerCase()}`, name, type: 'media', source: SOURCE, reason: `web-outlet:${why}`, strong: true, titleLine: tcLines.has(tokens[from]!.line) }));
  }

  // 0c. a person named only by an alias: 'a person known only as "Hacker 3"', "a boy
  // identified only as Ivan"; every later use of the alias is a mention ('Covelin and "Hacker 3"')
  for (const a of aliasPersons(tokens)) {
    if (anyCovered(covered, a.from, a.to)) continue;
    const name = text.slice(tokens[a.from]!.start, tokens[a.to - 1]!.end);
    const key = `person:${name.toLowerCase()}`;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const from = firstTokenAt(tokens, at);
      if (tokens[from]?.start !== at) continue;
      let to = from;
      while (to < tokens.length && tokens[to]!.end <= at + name.length) to++;
      if (tokens[to - 1]!.end !== at + name.length || anyCovered(covered, from, to)) continue;
      covered.fill(1, from, to);
      found.push(makeFound({ start: at, end: at + name.length, key, name, type: 'person', source: SOURCE, reason: 'alias-introduced-person', strong: true, titleLine: tcLines.has(tokens[from]!.line) }));
    }
  }

  // 1. threat-group naming patterns ("APT 40", "Advanced Persistent Threat 31", "Volt Typhoon")
  for (const p of THREAT_RES) {
    for (const m of p.scan.all(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const range = tokenRange(tokens, start, end);
      if (!range) continue;
      const [from, to] = range;
      if (anyCovered(covered, from, to)) continue;
      // the gazetteer knows some of these by name ("APT29" -> Cozy Bear)
      const g = matchAt(tokens, from);
      if (g && g.to === to && g.hits.some((h) => h.ref)) continue;
      covered.fill(1, from, to);
      const name = m[0].replace(/^Advanced Persistent Threat[ -]?/, 'APT').replace(/^APT[ -](\d)/, 'APT$1');
      found.push(makeFound({ start, end, key: `threat:${name.toLowerCase()}`, name, type: 'threat_group', source: SOURCE, reason: `threat-pattern:${p.id}`, strong: true, titleLine: tcLines.has(tokens[from]!.line) }));
    }
  }

  // 2. gazetteer, longest match first
  const gaz: { m: GazMatch; hit: GazHit }[] = [];
  const gazAt = new Map<number, GazMatch>();
  const first = gazetteerFirstWords();
  const lowerOpeners = gazetteerLowerOpeners();
  const lowerOpenerShapes = gazetteerLowerOpenerShapes();
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    // most tokens start no form: skip the trie walk ("Irans" may be a possessive form; a
    // lowercase word opens a form only in a few cases: "the Hague")
    const tk = tokens[i]!;
    // (the node found here is handed to matchAt, which would look the word up again)
    const head = !tk.cap && !(lowerOpenerShapes.mayHave(tk.lower) && lowerOpeners.has(tk.lower)) ? undefined : first.get(tk.lower) ?? null;
    if (head === undefined || (head === null && !(tk.cap && tk.lower.charCodeAt(tk.lower.length - 1) === 115 && first.has(tk.lower.slice(0, -1))))) continue;
    const m = matchAt(tokens, i, tokens.length, head);
    if (!m) continue;
    if (anyCovered(covered, m.from, m.to)) continue;
    const hit = m.hits[0]!;
    // "Department of Agriculture and Food": a listed name that a longer one continues is
    // left to the name rules (the conjunct after "and" holds no body word of its own)
    if (hit.ref && hit.ref.type !== 'country' && continuedByAnd(tokens, m)) continue;
    // "Baloch Liberation Army": an outlet's one-word name inside a longer name of another kind
    const nextWord = tokens[m.to];
    if (m.to - m.from === 1 && hit.ref?.type === 'media' && nextWord?.cap && nextWord.line === tokens[i]!.line) {
      const kind = SUFFIX_TYPE.get(nextWord.text);
      if (kind !== undefined && kind !== 'media') continue;
    }
    covered.fill(hit.kind === 'block' ? 2 : 1, m.from, m.to);
    gazAt.set(m.from, m);
    if (hit.kind !== 'block') gaz.push({ m, hit });
    i = m.to - 1;
  }
  const countryMentioned = new Set<string>();
  const countryForms = new Map<string, Set<GazHit['kind']>>();
  for (const { m, hit } of gaz) {
    if (hit.ref?.type !== 'country') continue;
    if (hit.kind === 'name' || hit.kind === 'office' || (hit.kind === 'capital' && !locative(tokens, m.from))) countryMentioned.add(hit.ref.name);
    const kinds = countryForms.get(hit.ref.name) ?? new Set();
    kinds.add(hit.kind);
    countryForms.set(hit.ref.name, kinds);
  }
  // "Georgia" alone is more often the US state: the country needs another of its forms
  for (const name of AMBIGUOUS_COUNTRY_NAMES) {
    const kinds = countryForms.get(name);
    if (kinds && !kinds.has('adjective') && !kinds.has('capital') && !kinds.has('office')) countryMentioned.delete(name);
  }
  // bodies named by a strong form somewhere: their generic forms count too ("National
  // Prosecuting Authority ... NPA spokesperson")
  const strongRefs = new Set<string>();
  // ... and so do generic forms of other bodies of a country whose body is strongly named
  // ("the Hawks" beside the "National Prosecuting Authority", both South African)
  const strongCountries = new Set<string>();
  for (const { m, hit } of gaz) {
    if (hit.ref && !hit.weak) strongRefs.add(hit.ref.key);
    if (m.hits.length === 1 && hit.ref?.type === 'agency' && !hit.weak && hit.ref.country) strongCountries.add(hit.ref.country);
  }
  const countryAt = new Map<number, number>();
  for (const { m } of gaz) {
    const ref = chooseRef(m, countryMentioned, strongRefs, countryForms, locative(tokens, m.from));
    if (!ref) continue;
    const hit = m.hits.find((h) => h.ref === ref)!;
    const ambiguous = ref.type === 'country' && hit.kind === 'name' && AMBIGUOUS_COUNTRY_NAMES.includes(ref.name) && !countryMentioned.has(ref.name);
    const building = ref.type !== 'country' && BUILDING_WORDS.has(tokens[m.to]?.text ?? '');
    // a generic form ("Senate") is left free for the name rules; other refused forms stay
    // taken as non-actors a longer name may still contain ("University of Sarajevo")
    if (hit.weak && !(ref.country && (countryMentioned.has(ref.country) || strongCountries.has(ref.country))) && !strongRefs.has(ref.key)) {
      covered.fill(0, m.from, m.to);
      continue;
    }
    if (ambiguous || platformUse(tokens, m, ref) || building || (ref.type === 'country' && notTheState(tokens, m))) {
      covered.fill(2, m.from, m.to);
      continue;
    }
    // "the Helsinki Committee", "Kabul Bank", "Moscow City Court": a city opening a body's
    // name is part of that name, not a metonym for the state (the name rules take it)
    // "the Harare Mirror", "the Nairobi Star": a newspaper named after its capital
    const paper = tokens[m.to];
    if (hit.kind === 'capital' && paper && PLACE_MEDIA_WORDS.has(paper.text) && !locative(tokens, m.from) && paper.start === tokens[m.to - 1]!.end + 1 && !(tokens[m.to + 1]?.cap ?? false)) {
      const name = text.slice(m.start, paper.end);
      covered.fill(1, m.from, m.to + 1);
      found.push(makeFound({ start: m.start, end: paper.end, key: `name:${name.toLowerCase()}`, name, type: 'media', source: SOURCE, reason: `place-media-word:${paper.text}`, strong: true, titleLine: tcLines.has(paper.line) }));
      continue;
    }
    if (hit.kind === 'capital' && cityOpensName(tokens, m.to)) {
      covered.fill(0, m.from, m.to);
      continue;
    }
    // "from Tehran": a place, not a metonym, and no alias either
    if (hit.kind === 'capital' && locative(tokens, m.from)) {
      covered.fill(2, m.from, m.to);
      continue;
    }
    if (ref.type === 'country' && hit.kind === 'name') countryAt.set(m.from, m.to);
    found.push(gazFound(text, tokens, m, hit, ref, tcLines));
    // "U.S. Treasury", "US Secret Service": the country named inside a body's name is an actor too
    if (ref.type === 'agency' && m.to - m.from >= 2) {
      const c = countryPrefix(tokens, m);
      if (c) found.push(makeFound({ start: tokens[m.from]!.start, end: tokens[c.to - 1]!.end, key: c.ref.key, name: c.ref.name, type: 'country', source: SOURCE, reason: 'gazetteer:country-inside-body-name', strong: true, titleLine: tcLines.has(tokens[m.from]!.line) }));
    }
  }

  // 3. capitalised names
  const lowerInDoc = new LowercaseWords(tokens);
  const names = typeLists(tokens, covered, findNames({ tokens, covered, countryAt, lowerInDoc, titleCaseLines: tcLines }));
  const unknown: NameSpan[] = [];
  for (const n of names) {
    // "Parliament voted", "the Philippine Senate": an institution named by its kind
    if (n.type === null && n.to === n.from + 1 && INSTITUTION_WORDS.has(tokens[n.from]!.text)) {
      found.push(nameFound(text, tokens, { ...n, type: 'agency', reason: 'institution-word' }, gazAt, tcLines));
    } else if (n.type === null && n.to === n.from + 1 && COUNTRY_BODY_WORDS.has(tokens[n.from]!.text) && countryRightBefore(tokens, n.from, gazAt)) {
      // "the Pakistan Army", "the Chinese Embassy", "the U.S. Cabinet": the country's body
      found.push(nameFound(text, tokens, { ...n, type: COUNTRY_BODY_WORDS.get(tokens[n.from]!.text)!, reason: 'country-body-word' }, gazAt, tcLines));
    } else if (n.type === null) unknown.push(n);
    else found.push(nameFound(text, tokens, n, gazAt, tcLines));
  }
  // "the Indian foreign ministry": a country adjective and a lowercase ministry
  for (const { m, hit } of gaz) {
    if (hit.ref?.type !== 'country') continue;
    // "China's foreign ministry": the possessive country and a lowercase ministry after it
    const possessive = hit.kind === 'name' && isPossessiveMark(tokens[m.to]?.text ?? '');
    if (hit.kind !== 'adjective' && !possessive) continue;
    let k = possessive ? m.to + 1 : m.to;
    const first = k;
    while (k < m.to + 3 && MINISTRY_WORDS.has(tokens[k]?.text ?? '') && tokens[k]!.text !== 'ministry') k++;
    if (tokens[k]?.text !== 'ministry') continue;
    const start = possessive ? tokens[first]!.start : m.start;
    const end = tokens[k]!.end;
    const name = text.slice(start, end);
    const key = possessive ? `name:${hit.ref.name.toLowerCase()}'s ${name.toLowerCase()}` : `name:${name.toLowerCase()}`;
    found.push(makeFound({ start, end, key, name, type: 'agency', source: SOURCE, reason: possessive ? 'country-possessive-ministry' : 'country-adjective-ministry', strong: true, affiliationKey: hit.ref.key, titleLine: tcLines.has(tokens[m.from]!.line) }));
  }

  // 3b. an unknown name holding an organisation word right after an organisation is one of
  // its bodies ("United Nations Working Group on Arbitrary Detention")
  for (let k = unknown.length - 1; k >= 0; k--) {
    const n = unknown[k]!;
    const b = countryBefore(tokens, n.from, gazAt);
    let holdsOrgWord = ORG_WORDS.has(tokens[n.to - 1]!.text);
    for (let k = n.from; k < n.to - 1 && !holdsOrgWord; k++) holdsOrgWord = ORG_WORDS.has(tokens[k]!.text) && /^(?:of|for|on)$/.test(tokens[k + 1]!.text);
    if (b && b.match.to === n.from && !b.possessive && holdsOrgWord && (b.ref.type === 'intl_org' || b.ref.type === 'agency')) {
      found.push(nameFound(text, tokens, { ...n, type: b.ref.type, reason: 'body-of-organisation' }, gazAt, tcLines));
      unknown.splice(k, 1);
    }
  }

  // 3c. unknown names the text uses as persons ("Farid Haddad ... Haddad said", "Petrov and his associates")
  for (const n of personsByUse({ tokens, covered, countryAt, lowerInDoc, titleCaseLines: tcLines }, unknown)) {
    found.push(nameFound(text, tokens, n, gazAt, tcLines));
    unknown.splice(unknown.findIndex((u) => u.from === n.from), 1);
  }

  // 4. unknown names: surname of a known person, an acronym introduced in brackets, else compromise
  const persons = found.filter((f) => f.type === 'person' && f.personTokens);
  const rest: NameSpan[] = [];
  let shortForms: ShortForms | undefined;
  let personIndex: PersonIndex | undefined;
  for (const n of unknown) {
    const words = nameWords(tokens, n.from, n.to);
    const p = words.length <= 2 ? surnameOwner(words, persons, personIndex ??= indexPersons(persons)) : undefined;
    if (p) {
      found.push(makeFound({ start: tokens[n.from]!.start, end: tokens[n.to - 1]!.end, key: p.key, name: p.name, type: 'person', source: SOURCE, reason: 'surname-of-known-person', strong: false, personTokens: words }));
      continue;
    }
    // "Hengda" after "Hengda Trading Co., Ltd.", "EPIC" after "Electronic Privacy Information Center"
    shortForms ??= orgShortForms(found);
    const key = words.join(' ');
    // "the Department", "the Authority": the one body named so far with that head word
    const head = n.to === n.from + 1 && tokens[n.from - 1]?.lower === 'the' ? shortForms.heads.get(key) : undefined;
    const owner = shortForms.firstWords.get(key.toLowerCase()) ?? (n.to === n.from + 1 && isAllCaps(key) ? shortForms.initials.get(key) : undefined) ?? (head && head.start < tokens[n.from]!.start ? head : undefined);
    if (owner) {
      const reason = shortForms.firstWords.has(key.toLowerCase()) ? 'short-form-of-named-body' : head ? 'head-word-of-named-body' : 'initials-of-named-body';
      found.push(sameActorAt(owner, tokens[n.from]!.start, tokens[n.to - 1]!.end, reason));
    } else {
      rest.push(n);
    }
  }
  if (opts.compromise === true && rest.length > 0) {
    for (const f of byCompromise(text, tokens, rest, tcLines, lowerInDoc)) found.push(f);
  }

  return build(text, tokens, found);
}

/** "in Beijing", "from Washington", "Guatemala's Washington embassy": a place, not a metonym. */
function locative(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1];
  return prev !== undefined && (LOCATIVE_PREPOSITIONS.has(prev.lower) || isPossessiveMark(prev.text)) && !governmentIn(tokens, from);
}

/** "the junta in Ouagadougou", "the government in Kabul": the capital names the state that rules there. */
function governmentIn(tokens: readonly Token[], from: number): boolean {
  return tokens[from - 1]?.lower === 'in' && GOVERNMENT_WORDS.has(tokens[from - 2]?.lower ?? '');
}

/**
 * A country form used as a place or in an event's name, not for the state:
 * "Luxembourg-based", "the Iran–Iraq War", "the Korean War".
 */
function notTheState(tokens: readonly Token[], m: GazMatch): boolean {
  const a = tokens[m.to];
  const b = tokens[m.to + 1];
  if (a?.text === '-' && b?.lower === 'based' && a.start === tokens[m.to - 1]!.end) return true;
  if (a?.text === 'War' || (a && /^[-–]$/.test(a.text) && tokens[m.to + 2]?.text === 'War')) return true;
  const p = tokens[m.from - 1];
  if (p && /^[-–]$/.test(p.text) && a?.text === 'War') return true;
  // "Inter-Andean", "Pan-African", "Afro-Asian": a region-wide prefix, not the state
  const q = tokens[m.from - 2];
  if (p?.text === '-' && q && q.end === p.start && p.end === tokens[m.from]!.start && REGION_PREFIXES.has(q.text)) return true;
  return false;
}

/** Prefixes that make a country adjective a region's: "Inter-Andean", "Pan-African", "Afro-Asian". */
const REGION_PREFIXES: ReadonlySet<string> = new Set(['Inter', 'Pan', 'Afro', 'Trans', 'Intra']);

/** The country name or alias that opens a body's name ("U.S." in "U.S. Treasury"), if any. */
function countryPrefix(tokens: readonly Token[], m: GazMatch): { ref: GazRef; to: number } | undefined {
  for (let to = m.to - 1; to > m.from; to--) {
    const c = matchAt(tokens, m.from, to);
    if (c && c.to === to) {
      const h = c.hits.find((x) => x.ref?.type === 'country' && x.kind === 'name');
      if (h?.ref) return { ref: h.ref, to };
    }
  }
  return undefined;
}

/** Picks among forms shared by several entries ("Dominican", "BIS"): one already named wins. */
function chooseRef(m: GazMatch, mentioned: ReadonlySet<string>, strongRefs: ReadonlySet<string>, countryForms: ReadonlyMap<string, ReadonlySet<GazHit['kind']>>, placeBefore: boolean): GazRef | null {
  const refs = m.hits.map((h) => h.ref).filter((r): r is GazRef => r !== null);
  if (refs.length === 0) return null;
  // "a senior EU diplomat said Brussels would respond": a capital that is also an
  // organisation's seat stands for the organisation where it is named and the country is not
  const seat = placeBefore ? undefined : m.hits.find((h) => h.weak && h.ref?.type === 'intl_org' && strongRefs.has(h.ref.key));
  const country = m.hits.find((h) => h.ref?.type === 'country' && h.kind === 'capital');
  if (seat?.ref && country?.ref && !countryForms.get(country.ref.name)?.has('name')) return seat.ref;
  return refs.find((r) => mentioned.has(r.type === 'country' ? r.name : r.country ?? '')) ?? refs[0]!;
}

function gazFound(text: string, tokens: readonly Token[], m: GazMatch, hit: GazHit, ref: GazRef, tcLines: ReadonlySet<number>): Found {
  let start = articleFreeStart(tokens, m, ref);
  let end = m.end;
  let strong = true;
  let reason = hit.source;
  if (ref.type === 'country') {
    const next = tokens[m.to];
    const prev = tokens[m.from - 1];
    if (hit.kind === 'adjective' || hit.kind === 'demonym') {
      // "Chinese hackers"; "the Philippine Department of Justice" (a capitalised body word)
      strong = hit.kind === 'adjective' && next !== undefined && (STATE_NOUNS.has(next.lower) || (next.cap && next.line === tokens[m.from]!.line && (SUFFIX_TYPE.get(next.text) === 'agency' || PREFIX_TYPE.get(next.text) === 'agency')));
      if (strong) reason = `${hit.source}+state-noun`;
    }
    if (hit.kind === 'capital') {
      strong = !locative(tokens, m.from);
      reason = strong ? hit.source : 'capital-as-place';
    }
    // "US government", "Chinese authorities", "government of United States"
    if ((hit.kind === 'name' || hit.kind === 'adjective') && next && GOVERNMENT_WORDS.has(next.lower) && m.end === tokens[m.to - 1]!.end) {
      end = next.end;
      reason = `${hit.source}+government`;
      strong = true;
    } else if (hit.kind === 'name' && prev && (prev.text === 'of') && GOVERNMENT_WORDS.has(tokens[m.from - 2]?.lower ?? '')) {
      start = tokens[m.from - 2]!.start;
      reason = `government-of+${hit.source}`;
    } else if (hit.kind === 'name' && prev?.text === 'the' && tokens[m.from - 2]?.text === 'of' && GOVERNMENT_WORDS.has(tokens[m.from - 3]?.lower ?? '')) {
      start = tokens[m.from - 3]!.start;
      reason = `government-of+${hit.source}`;
    } else if (hit.kind === 'capital' && governmentIn(tokens, m.from)) {
      // "the junta in Ouagadougou": the mention is the governing body's phrase
      start = tokens[m.from - 2]!.start;
      reason = `government-in+${hit.source}`;
    }
  }
  return makeFound({
    start,
    end,
    key: ref.key,
    name: ref.name,
    type: ref.type,
    source: SOURCE,
    reason: `gazetteer:${reason}`,
    strong,
    country: ref.country || undefined,
    countryIsAffiliation: ref.country ? ref.countryIsAffiliation : undefined,
    parent: ref.parent || undefined,
    titleLine: tcLines.has(tokens[m.from]!.line),
    // "Irans", "Office of Foreign Assets Controls": the form as written is kept as an alias
    extraAliases: m.end < tokens[m.to - 1]!.end ? [text.slice(start, tokens[m.to - 1]!.end)] : undefined,
  });
}

/**
 * Where a mention starts without a leading article: "the Associated Press" and "The
 * Netherlands" are mentions of "Associated Press" and "Netherlands"; a name that itself
 * starts with "The" ("The Gambia", "The Guardian") keeps it.
 */
function articleFreeStart(tokens: readonly Token[], m: GazMatch, ref: GazRef | null): number {
  const first = tokens[m.from]!;
  if (m.to - m.from > 1 && first.lower === 'the' && !(ref && /^The\s/.test(ref.name))) return tokens[m.from + 1]!.start;
  return m.start;
}

/** The country named right before a name: "China's Ministry ...", "Chinese Foreign Ministry", "U.S. Attorney". */
function countryBefore(tokens: readonly Token[], from: number, gazAt: ReadonlyMap<number, GazMatch>): { match: GazMatch; ref: GazRef; possessive: boolean } | undefined {
  for (let back = 1; back <= 4; back++) {
    const m = gazAt.get(from - back);
    if (!m) continue;
    const ref = m.hits[0]?.ref;
    if (!ref) return undefined;
    const possessive = m.to === from - 1 && isPossessiveMark(tokens[from - 1]!.text);
    const lostApostrophe = m.to === from && m.end < tokens[m.to - 1]!.end;
    if (m.to === from || possessive) return { match: m, ref, possessive: possessive || lostApostrophe };
    return undefined;
  }
  return undefined;
}

/**
 * A capitalised body word (or one more name word and then one) right after a city:
 * "Helsinki Committee", "Moscow City Court"; not a possessive or a building
 * ("Beijing's Foreign Ministry" stays Beijing's).
 */
function cityOpensName(tokens: readonly Token[], to: number): boolean {
  const a = tokens[to];
  if (!a || !a.cap || a.line !== tokens[to - 1]!.line || a.start !== tokens[to - 1]!.end + 1) return false;
  if (SUFFIX_TYPE.has(a.text)) return !BUILDING_WORDS.has(tokens[to + 1]?.text ?? '');
  const b = tokens[to + 1];
  return b !== undefined && b.cap && b.start === a.end + 1 && SUFFIX_TYPE.get(b.text) === 'agency' && !BUILDING_WORDS.has(tokens[to + 2]?.text ?? '');
}

/**
 * Names listed after a plural kind and "including"/"such as"/"like" are of that kind:
 * "retailers including Harbor Freight, Dollar General and Rite Aid" (companies, though
 * "General" looks like a title and "Rite Aid" like nothing). Gazetteer items in the list
 * keep their own type; the list ends at the first token that is no name or separator.
 */
function typeLists(tokens: readonly Token[], covered: Uint8Array, names: NameSpan[]): NameSpan[] {
  let at: Map<number, number> | undefined;
  const split = new Map<number, NameSpan[]>();
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!LIST_KIND_SHAPES.mayHave(tokens[k]!.lower)) continue;
    const kind = LIST_KIND_NOUNS.get(tokens[k]!.lower);
    if (kind === undefined) continue;
    let p = k + 1;
    const intro = tokens[p]?.lower;
    if (intro === 'including' || intro === 'like') p++;
    else if (intro === 'such' && tokens[p + 1]?.lower === 'as') p += 2;
    else continue;
    if (!at) {
      at = new Map();
      for (let q = 0; q < names.length; q++) at.set(names[q]!.from, q);
    }
    const line = tokens[k]!.line;
    for (let items = 0; p < tokens.length && tokens[p]!.line === line && items < 12; items++) {
      const q = at.get(p);
      if (q !== undefined) {
        const n = names[q]!;
        // every name of the list: "Sports Authority" among retailers is a firm, not an agency;
        // "Camp Outfitters and Sports Authority" read as one name is two
        if (n.type !== kind) {
          const parts: NameSpan[] = [];
          let a = n.from;
          for (let b = n.from; b <= n.to; b++) {
            if (b < n.to && tokens[b]!.text !== 'and' && tokens[b]!.text !== ',') continue;
            if (b > a) parts.push({ from: a, to: b, type: kind, reason: `list-after-kind:${tokens[k]!.lower}` });
            a = b + 1;
          }
          split.set(q, parts);
        }
        p = n.to;
      } else if (covered[p] === 1) {
        while (p < tokens.length && covered[p] === 1) p++;
      } else break;
      // separators: ",", "and", ", and", "or"
      if (tokens[p]?.text === ',') p++;
      if (tokens[p]?.lower === 'and' || tokens[p]?.lower === 'or') p++;
      else if (tokens[p - 1]?.text !== ',') break;
    }
    k = p;
  }
  return split.size === 0 ? names : names.flatMap((n, q) => split.get(q) ?? [n]);
}

interface ShortForms {
  /** Leading words of a firm's or group's name before its suffix ("hengda" of "Hengda Trading Co., Ltd."). */
  readonly firstWords: ReadonlyMap<string, Found>;
  /** Initials of a body's multi-word name ("EPIC" of "Electronic Privacy Information Center"). */
  readonly initials: ReadonlyMap<string, Found>;
  /** The body word heading a body's name ("Department" of "Department of Agriculture", "Authority" of "Zambia Revenue Authority"). */
  readonly heads: ReadonlyMap<string, Found>;
}

/**
 * Short forms of the bodies named so far, each kept only where one body gives it.
 * Leading words: firms, groups and outlets whose name ends in a suffix word ("Hengda
 * Trading Co., Ltd." -> "Hengda", "Hengda Trading"). Initials: three letters or more, every
 * capitalised word counted ("Electronic Privacy Information Center" -> "EPIC").
 */
function orgShortForms(found: readonly Found[]): ShortForms {
  const first = new Map<string, Found | null>();
  const inits = new Map<string, Found | null>();
  const heads = new Map<string, Found | null>();
  for (const f of found) {
    if (f.type === 'person' || f.type === 'country') continue;
    const words = f.name.split(/\s+/);
    if (words.length < 2) continue;
    // firms only ("Baloch" of "Baloch Liberation Army" is a people, not the group)
    const lastWord = words[words.length - 1]!.replace(/,$/, '');
    if ((f.type === 'company' && SUFFIX_TYPE.get(lastWord) === 'company') || (f.type === 'other_org' && lastWord === 'International')) {
      // the stem before the first suffix word ("Hengda" / "Hengda Trading" of "Hengda Trading Co., Ltd.")
      let stem = words.length - 1;
      while (stem > 1 && SUFFIX_TYPE.has(words[stem - 1]!.replace(/,$/, ''))) stem--;
      for (let p = 1; p <= stem; p++) if (p < words.length) putShort(first, words.slice(0, p).join(' ').toLowerCase(), f);
    }
    if (f.type === 'agency' || f.type === 'other_org' || f.type === 'intl_org') {
      const last = words[words.length - 1]!;
      if (words[1] === 'of' || words[1] === 'for') putShort(heads, words[0]!, f);
      else if (SUFFIX_TYPE.has(last)) putShort(heads, last, f);
    }
    const caps = words.filter((w) => UPPER_START.test(w));
    if (caps.length >= 3 && caps.length === words.filter((w) => !/^(?:of|the|and|for|on|in|to|&)$/.test(w)).length) {
      putShort(inits, caps.map((w) => w[0]).join(''), f);
    }
  }
  return { firstWords: stripShared(first), initials: stripShared(inits), heads: stripShared(heads) };
}

/** Records body `f` under short form `k`; a form two bodies give is kept as null. */
function putShort(m: Map<string, Found | null>, k: string, f: Found): void {
  const had = m.get(k);
  m.set(k, had === undefined || had?.key === f.key ? f : null);
}

/** The short forms only one body gives. */
function stripShared(m: Map<string, Found | null>): Map<string, Found> {
  return new Map([...m].filter((e): e is [string, Found] => e[1] !== null));
}

/**
 * A "X of Y" name match followed by "and" and one or two more name words that end the
 * phrase: "Ministry of Foreign Affairs and Trade", "Department of Agriculture and Food";
 * not a second body ("Department of Justice and the FBI", "... and Federal Trade Commission").
 */
function continuedByAnd(tokens: readonly Token[], m: GazMatch): boolean {
  const and = tokens[m.to];
  if (and?.text !== 'and' || and.line !== tokens[m.from]!.line) return false;
  let hasOf = false;
  for (let k = m.from + 1; k < m.to - 1 && !hasOf; k++) hasOf = tokens[k]!.text === 'of';
  if (!hasOf) return false;
  let k = m.to + 1;
  while (k < tokens.length && k < m.to + 3 && tokens[k]!.cap && HAS_LETTER.test(tokens[k]!.text) && !ORG_WORDS.has(tokens[k]!.text) && !isAllCaps(tokens[k]!.text)) k++;
  if (k === m.to + 1) return false;
  const next = tokens[k];
  return next === undefined || !next.cap || next.line !== and.line;
}

/**
 * A country's name or adjective ending right before token `from` ("U.S." in "U.S. Mission"),
 * or its possessive ("Russia's Mission"); read from the gazetteer trie before the walk.
 */
function countryEndingAt(tokens: readonly Token[], from: number): { ref: GazRef; from: number; to: number; possessive: boolean } | undefined {
  const possessive = isPossessiveMark(tokens[from - 1]?.text ?? '');
  const end = possessive ? from - 1 : from;
  for (let k = end - 1; k >= Math.max(0, end - 4); k--) {
    const m = matchAt(tokens, k, end);
    if (m && m.to === end) {
      const h = m.hits.find((x) => x.ref?.type === 'country' && (x.kind === 'name' || x.kind === 'adjective'));
      if (h?.ref) return { ref: h.ref, from: k, to: end, possessive };
    }
  }
  return undefined;
}

/** A country's name or adjective right before token `from`, not possessive ("Pakistan Army", not "Pakistan's Army"). */
function countryRightBefore(tokens: readonly Token[], from: number, gazAt: ReadonlyMap<number, GazMatch>): boolean {
  const b = countryBefore(tokens, from, gazAt);
  if (!b || b.possessive || b.match.to !== from || b.ref.type !== 'country') return false;
  const kind = b.match.hits[0]!.kind;
  return (kind === 'name' || kind === 'adjective') && tokens[from - 1]!.line === tokens[from]!.line;
}

/**
 * Where the body before a role word may end, nearest first: "Indian foreign ministry
 * spokesperson" -> after "ministry", then after "foreign", then after "Indian"; a
 * possessive "'s" is skipped ("Iran's foreign minister").
 */
function roleBodyEnds(tokens: readonly Token[], from: number, role: number): number[] {
  const out: number[] = [];
  for (let k = role - 1; k >= from - 1 && k >= 0; k--) {
    const t = tokens[k]!;
    if (isPossessiveMark(t.text)) {
      if (k >= 1) out.push(tokens[k - 1]!.end);
      break;
    }
    out.push(t.end);
  }
  return out;
}

/** The words of a name with hyphenated parts joined: "Eva Glawischnig-Piesczek" -> ["Eva", "Glawischnig-Piesczek"]. */
function nameWords(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if ((t.text === '-' || (prev?.text === '-' && k > from)) && out.length > 0 && prev && prev.end === t.start) out[out.length - 1] += t.text;
    else out.push(t.text);
  }
  return out;
}

function nameFound(text: string, tokens: readonly Token[], span: NameSpan, gazAt: ReadonlyMap<number, GazMatch>, tcLines: ReadonlySet<number>): Found {
  let n = span;
  const words = nameWords(tokens, n.from, n.to);
  let start = tokens[n.from]!.start;
  // "Criminal Divisions" (a possessive that lost its apostrophe) -> "Criminal Division"
  let end = tokens[n.to - 1]!.end - (n.lostPossessive ? 1 : 0);
  let name = text.slice(start, end);
  const type = n.type!;
  let affiliationKey: string | undefined;
  let country: string | undefined;
  const titleLine = tcLines.has(tokens[n.from]!.line);
  if (type === 'person') {
    const at = n.titleFrom ?? n.from;
    const aka = n.aka ?? akaAfter(tokens, n.to);
    const akaKey = aka ? personKey(tokens.slice(aka.from, aka.to).map((t) => t.text)) : undefined;
    // a role of office ("ASIO chief X") is resolved in build(), nearest body first
    const before = n.roleBody ? undefined : countryBefore(tokens, at, gazAt);
    if (before) affiliationKey = before.ref.key;
    // 'Dongfan "Greg" Chung' -> "Dongfan Chung" (the nickname stays in the mention)
    // "Dieter S., 39,": an initial as the last part keeps its period
    const dot = tokens[n.to];
    if (dot?.text === '.' && dot.start === end && SINGLE_UPPER.test(tokens[n.to - 1]!.text) && n.to - n.from >= 2) {
      end = dot.end;
      name = text.slice(start, end);
    }
    const quoted = words.findIndex((w) => /^["“]$/.test(w));
    let plain = quoted >= 0 ? [...words.slice(0, quoted), ...words.slice(quoted + 3)] : words;
    if (quoted >= 0) name = plain.join(' ');
    // "brothers Tomas and Ivo Brandt": "Tomas" is Tomas Brandt (the mention stays "Tomas")
    if (n.sharedSurname !== undefined) {
      plain = [...plain, tokens[n.sharedSurname]!.text];
      name = plain.join(' ');
    }
    const key = personKey(plain);
    return makeFound({
      extraAliases: quoted >= 0 ? [name] : undefined,
      akaKey: akaKey || undefined,
      start, end, key, name, type, source: SOURCE, reason: n.reason, strong: true, titleLine,
      personTokens: plain.filter((w) => TWO_LETTERS.test(w) && !/^(?:Jr|Sr)\.?$/.test(w)),
      affiliationKey: affiliationKey || undefined,
      titleBody: n.title?.body || undefined,
      roleBodyEnds: n.roleBody && n.titleFrom !== undefined && n.titleFrom > 0 ? roleBodyEnds(tokens, n.titleFrom, n.from - 1) : undefined,
    });
  }
  // "China's Ministry of State Security", "Chinese Foreign Ministry", "Philippine Congress",
  // "Netherlands Police Agency", "FBI Washington Field Office", "Lloyds TSB Bank plc"
  let before = countryBefore(tokens, n.from, gazAt);
  let absorbs: string | undefined;
  let reason = n.reason;
  // a city before a body's name is part of the name ("FBI Washington Field Office"), and
  // a body may stand before that ("FBI")
  if (before && before.ref.type === 'country' && before.match.hits[0]!.kind === 'capital' && !before.possessive && before.match.to === n.from && (type === 'agency' || type === 'company')) {
    start = before.match.start;
    name = text.slice(start, end);
    reason += '+city-before';
    const outer = countryBefore(tokens, before.match.from, gazAt);
    before = outer && outer.ref.type !== 'country' ? outer : undefined;
    if (before) n = { ...n, from: before.match.to };
  }
  if (before && type !== 'threat_group' && before.ref.type === 'country') {
    if (type === 'agency' || type === 'other_org') {
      affiliationKey = before.ref.key;
      country = before.ref.name;
    }
    const hit = before.match.hits[0]!;
    if ((hit.kind === 'adjective' || hit.kind === 'name') && !before.possessive && before.match.to === n.from) {
      start = articleFreeStart(tokens, before.match, before.ref);
      // "the Royal Saudi Air Force", "the Royal Thai Police": "Royal" opens the name
      const royal = tokens[before.match.from - 1];
      if (royal?.text === 'Royal' && royal.end + 1 === tokens[before.match.from]!.start) start = royal.start;
      // "Inter-Andean Water Tribunal", "Pan-African Parliament": a hyphenated
      // prefix opens the name, and the body is no country's. Any capitalised word
      // counts, not only REGION_PREFIXES: "Lumbria-Norland Trade Council" names a joint
      // body, which no single one of its countries owns (the name keeps both).
      const hy = tokens[before.match.from - 1];
      const pre = tokens[before.match.from - 2];
      if (hy?.text === '-' && hy.end === tokens[before.match.from]!.start && pre?.cap && pre.end === hy.start) {
        start = pre.start;
        affiliationKey = undefined;
        country = undefined;
        reason += '+hyphen-prefix';
      }
      name = text.slice(start, end);
      reason += '+country-before';
    }
  } else if (before && before.ref.type === 'intl_org' && !before.possessive && before.match.to === n.from) {
    // "United Nations Working Group on Arbitrary Detention": a body of the organisation
    start = before.match.start;
    name = text.slice(start, end);
    reason += '+org-before';
    affiliationKey = before.ref.key;
    return makeFound({
      start, end, key: `name:${name.toLowerCase()}`, name, type: 'intl_org', source: SOURCE, reason, strong: true, titleLine, affiliationKey,
    });
  } else if (before && before.ref.type !== 'country' && !before.possessive && before.match.to === n.from && (before.ref.type === type || (before.ref.type === 'company' && type === 'other_org'))) {
    // a body named after its parent: the parent stays an actor of its own, unless a company
    start = before.match.start;
    name = text.slice(start, end);
    reason += '+org-before';
    if (type === 'agency') affiliationKey = before.ref.key;
    else absorbs = before.ref.key;
  } else if (before && type === 'agency' && before.ref.type !== 'country' && before.possessive) {
    affiliationKey = before.ref.key;
  }
  return makeFound({
    start, end, key: `name:${name.toLowerCase()}`, name, type: absorbs ? 'company' : type, source: SOURCE, reason, strong: true, titleLine,
    affiliationKey: affiliationKey || undefined,
    country: country || undefined,
    countryIsAffiliation: country ? true : undefined,
    absorbs: absorbs || undefined,
  });
}

/** A known person whose surname (or first name + surname) this is: "Blinken", "Mr. Berman". */
/** Persons of two words or more by their first and by their last word: indexes into the list, ascending. */
interface PersonIndex {
  readonly byFirst: ReadonlyMap<string, readonly number[]>;
  readonly byLast: ReadonlyMap<string, readonly number[]>;
}

function indexPersons(persons: readonly Found[]): PersonIndex {
  const byFirst = new Map<string, number[]>();
  const byLast = new Map<string, number[]>();
  persons.forEach((p, i) => {
    const pt = p.personTokens!;
    if (pt.length < 2) return;
    const f = byFirst.get(pt[0]!);
    if (f) f.push(i);
    else byFirst.set(pt[0]!, [i]);
    const last = pt[pt.length - 1]!;
    const l = byLast.get(last);
    if (l) l.push(i);
    else byLast.set(last, [i]);
  });
  return { byFirst, byLast };
}

function surnameOwner(words: readonly string[], persons: readonly Found[], index: PersonIndex): Found | undefined {
  // candidates in list order (the owner kept per key is the last one, as a scan would keep)
  const first = index.byFirst.get(words[0]!) ?? [];
  const cands = words.length === 1 ? [...new Set([...first, ...(index.byLast.get(words[0]!) ?? [])])].sort((a, b) => a - b) : first;
  const owners = new Map<string, Found>();
  for (const i of cands) {
    const p = persons[i]!;
    const pt = p.personTokens!;
    const last = pt[pt.length - 1]!;
    // "Blinken" (surname), "Antony" (first name alone), "Rod Rosenstein" (first + last)
    const ok = words.length === 1 ? words[0] === last || words[0] === pt[0] : words[0] === pt[0] && words[words.length - 1] === last;
    if (ok) owners.set(p.key, p);
  }
  return owners.size === 1 ? [...owners.values()][0] : undefined;
}

/**
 * Asks compromise about names nothing else could classify. Its tagger is ~20x slower
 * than wink-nlp, so it sees only name-shaped candidates (2-4 capitalised words, no
 * acronym, no word this text also uses in lowercase), each in a window of two tokens
 * either side, all windows in ONE call (a call has a fixed cost). Only its #Person
 * verdict is used: on news text its #Organization tag fires on surnames and acronyms.
 */
function byCompromise(text: string, tokens: readonly Token[], spans: readonly NameSpan[], tcLines: ReadonlySet<number>, lowerInDoc: WordTest): Found[] {
  const cands = spans.filter((s) => {
    const len = s.to - s.from;
    if (len < 2 || len > 4 || tcLines.has(tokens[s.from]!.line)) return false;
    return tokens.slice(s.from, s.to).every((t) => (t.cap && !isAllCaps(t.text) && !lowerInDoc.has(t.lower)) || INITIAL_LETTER.test(t.text) || t.text === '-');
  });
  if (cands.length === 0) return [];
  // one text of windows separated by blank lines; remember where each name sits in it
  let joined = '';
  const at: { s: NameSpan; start: number; end: number }[] = [];
  for (const s of cands) {
    let a = s.from;
    while (a > s.from - 2 && a > 0 && tokens[a - 1]!.line === tokens[s.from]!.line) a--;
    let b = s.to;
    while (b < s.to + 2 && b < tokens.length && tokens[b]!.line === tokens[s.from]!.line) b++;
    const base = tokens[a]!.start;
    if (joined) joined += '\n\n';
    const off = joined.length;
    joined += text.slice(base, tokens[b - 1]!.end);
    at.push({ s, start: off + tokens[s.from]!.start - base, end: off + tokens[s.to - 1]!.end - base });
  }
  const terms = tagTerms(joined);
  const out: Found[] = [];
  for (const { s, start, end } of at) {
    const inside = terms.filter((t) => t.start >= start && t.end <= end && HAS_LETTER.test(t.text));
    if (inside.length < 2) continue;
    if (inside.some((t) => t.tags.includes('Place') || t.tags.includes('Organization'))) continue;
    if (!inside.every((t) => t.tags.includes('Person'))) continue;
    const words = tokens.slice(s.from, s.to).map((t) => t.text);
    out.push(makeFound({
      start: tokens[s.from]!.start, end: tokens[s.to - 1]!.end,
      key: personKey(words),
      name: text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end), type: 'person', source: 'actors:compromise', reason: 'compromise-person', strong: true,
      personTokens: words.filter((w) => TWO_LETTERS.test(w)),
    }));
  }
  return out;
}

/** Merges mentions into actors: keys, persons by surname, acronyms in brackets; ids by first mention. */
function build(text: string, tokens: readonly Token[], found: Found[]): Actor[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // persons: "Rod Rosenstein" and "Rod J. Rosenstein" share a key; fold short forms into the fullest
  const persons = found.filter((f) => f.type === 'person');
  const canonical = new Map<string, string>();
  for (const p of persons) {
    const pt = p.personTokens ?? [];
    let best = p;
    for (const q of persons) {
      const qt = q.personTokens ?? [];
      if (qt.length <= pt.length) continue;
      if (pt.length === 0) continue;
      const sameLast = qt[qt.length - 1] === pt[pt.length - 1];
      const sameFirst = pt.length === 1 || qt[0] === pt[0];
      if (sameLast && sameFirst && (best === p || qt.length > (best.personTokens?.length ?? 0))) best = q;
    }
    canonical.set(p.key, best.key);
  }
  // "Tedros" after "Tedros Adhebanom Ghebreyesus", "Emir Tamim" after "Sheikh Tamim bin Hamad
  // Al Thani": a one-word name that opens exactly one longer name (and ends none)
  for (const p of persons) {
    const pt = p.personTokens ?? [];
    if (pt.length !== 1 || canonical.get(p.key) !== p.key) continue;
    const opens = new Set<string>();
    let ends = false;
    for (const q of persons) {
      const qt = q.personTokens ?? [];
      if (qt.length < 2) continue;
      if (qt[0] === pt[0]) opens.add(canonical.get(q.key) ?? q.key);
      if (qt[qt.length - 1] === pt[0]) ends = true;
    }
    if (opens.size === 1 && !ends) canonical.set(p.key, [...opens][0]!);
  }
  for (const p of persons) if (p.akaKey) canonical.set(p.akaKey, canonical.get(p.key) ?? p.key);
  for (const f of found) if (f.absorbs) canonical.set(f.absorbs, f.key);
  // "Mr. Chungs traitorous actions": a possessive that lost its apostrophe
  for (const p of persons) {
    const pt = p.personTokens ?? [];
    const only = pt[0];
    if (pt.length !== 1 || !only || !only.endsWith('s')) continue;
    const owner = persons.find((q) => q !== p && (q.personTokens?.length ?? 0) > 0 && q.personTokens![q.personTokens!.length - 1] === only.slice(0, -1));
    if (owner) canonical.set(p.key, canonical.get(owner.key) ?? owner.key);
  }
  // a short form of a longer body's name: "the Court of Justice" after "European Court of Justice"
  const tails = new Map<string, Found>();
  const orgs = found.filter((f) => f.type !== 'person' && f.type !== 'country');
  for (const g of orgs) {
    for (const form of [g.name.toLowerCase(), text.slice(g.start, g.end).toLowerCase()]) {
      // every word-final part of two or more words: "court of justice" of "european court of justice"
      for (let k = form.indexOf(' '); k >= 0; k = form.indexOf(' ', k + 1)) {
        const tail = form.slice(k + 1);
        if (tail.includes(' ') && !tails.has(tail)) tails.set(tail, g);
      }
    }
  }
  // two bodies listed together are two: "the Court of Bosnia and Herzegovina, and the
  // Constitutional Court of Bosnia and Herzegovina"
  const listedWithLonger = new Set<string>();
  for (const f of orgs) {
    const longer = f.key.startsWith('name:') ? tails.get(f.name.toLowerCase()) : undefined;
    const between = longer && longer.start > f.end ? text.slice(f.end, longer.start) : 'x'.repeat(40);
    if (between.length < 40 && /^[^.;\n]*\band\b[^.;\n]*$/.test(between)) listedWithLonger.add(f.key);
  }
  for (const f of orgs) {
    if (!f.key.startsWith('name:') || !f.name.includes(' ') || listedWithLonger.has(f.key)) continue;
    const longer = tails.get(f.name.toLowerCase());
    if (longer && longer.key !== f.key) canonical.set(f.key, canonical.get(longer.key) ?? longer.key);
  }
  // one firm under two suffixes: "Electro SANAM Industries" and "Electro SANAM Company" (the
  // first-named form wins; the stem must be two words or more)
  const byStem = new Map<string, Found>();
  for (const f of orgs) {
    if (f.type !== 'company' || !f.key.startsWith('name:')) continue;
    const m = FIRM_SUFFIX_END.exec(f.name);
    if (!m || !m[1]!.includes(' ')) continue;
    const stem = m[1]!.toLowerCase();
    const first = byStem.get(stem);
    if (!first) byStem.set(stem, f);
    else if (first.key !== f.key) canonical.set(f.key, canonical.get(first.key) ?? first.key);
  }
  // "the Prosecutor General's Office" and "the Office of the Prosecutor General": one body
  const byOwnerForm = new Map<string, Found>();
  for (const f of orgs) {
    if (f.type !== 'agency' || !f.key.startsWith('name:')) continue;
    const m = OWNER_OFFICE.exec(f.name) ?? OFFICE_OF_OWNER.exec(f.name);
    if (!m) continue;
    const form = `${m.groups!['head']!.toLowerCase()}|${m.groups!['owner']!.toLowerCase()}`;
    const first = byOwnerForm.get(form);
    if (!first) byOwnerForm.set(form, f);
    else if (first.key !== f.key) canonical.set(f.key, canonical.get(first.key) ?? first.key);
  }
  // acronyms introduced in brackets: "National Cyber Security Center (NCSC)"
  const acronymOf = new Map<string, Found>();
  for (const f of found) {
    if (f.type === 'person' || f.type === 'country') continue;
    // "Coastal Fisheries Authority (CFA)", 'Northern Supply Organization ("NSO")'
    const m = /^\s*\(["“]?([A-Z][A-Za-z&.]{1,9})["”]?\)/.exec(text.slice(f.end, f.end + 16));
    if (m && isAcronymOf(m[1]!, f.name)) acronymOf.set(m[1]!, f);
  }
  const extra: Found[] = [];
  if (acronymOf.size > 0) {
    const taken = found.map((f) => [f.start, f.end] as const);
    for (const t of tokens) {
      // an acronym starts with A-Z (see the regex above): lowercase tokens are not looked up
      if (!t.cap) continue;
      const owner = acronymOf.get(t.text);
      if (!owner) continue;
      if (taken.some(([s, e]) => t.start < e && t.end > s)) continue;
      extra.push(sameActorAt(owner, t.start, t.end, 'acronym-in-brackets'));
    }
  }
  const all = [...found, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);

  const drafts = new Map<string, Draft>();
  const order: Draft[] = [];
  // sorted by start, longest first: the mention reaching furthest so far is the outer one
  let outer: Found | undefined;
  for (const f of all) {
    if (outer && f.start < outer.end && f.end <= outer.end && outer.end - outer.start > f.end - f.start && f.reason !== 'acronym-in-brackets') {
      // nested inside a longer mention of another rule: skipped, except a country or parent
      // body the longer name states ("Netherlands" in "Netherlands Police Agency")
      if ((canonical.get(outer.key) ?? outer.key) === (canonical.get(f.key) ?? f.key) || (f.type !== 'country' && outer.affiliationKey !== f.key) || f.reason.includes('capital')) continue;
    }
    if (!outer || f.end > outer.end) outer = f;
    const key = canonical.get(f.key) ?? f.key;
    let d = drafts.get(key);
    if (!d) {
      d = { id: '', f, mentions: [], aliases: new Set(), strong: false, support: false, founds: [] };
      drafts.set(key, d);
      order.push(d);
    }
    if (f.type === 'person' && (f.personTokens?.length ?? 0) > (d.f.personTokens?.length ?? 0)) d.f = f;
    const mtext = text.slice(f.start, f.end);
    d.mentions.push({ start: f.start, end: f.end, text: mtext });
    d.aliases.add(mtext);
    for (const a of f.extraAliases ?? []) d.aliases.add(a);
    d.founds.push(f);
    if (f.strong) d.strong = true;
    if (!f.titleLine) d.support = true;
  }
  const kept = order.filter((d) => d.strong && d.support);
  kept.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  kept.forEach((d, i) => {
    d.id = `a${i + 1}`;
  });
  const byKey = new Map<string, Draft>();
  for (const d of kept) byKey.set(canonical.get(d.f.key) ?? d.f.key, d);
  for (const d of kept) for (const f of d.founds) byKey.set(canonical.get(f.key) ?? f.key, d);


  const actors: Actor[] = [];
  for (const d of kept) actors.push(actorOf(d, byKey, canonical, all, text, tokens));
  return actors;
}

/** A mention being gathered into an actor (build). */
interface Draft { id: string; f: Found; mentions: Mention[]; aliases: Set<string>; strong: boolean; support: boolean; founds: Found[] }

/**
 * The actor of a kept draft: its affiliation, its type and its reasons (build). A module-level
 * function, not a closure made per document (why: see stepOver in claims/index.ts).
 */
function actorOf(d: Draft, byKey: ReadonlyMap<string, Draft>, canonical: ReadonlyMap<string, string>, all: readonly Found[], text: string, tokens: readonly Token[]): Actor {
  const f = d.f;
  let affiliation: string | null = null;
  for (const g of d.founds) {
    if (affiliation) break;
    if (g.affiliationKey) affiliation = byKey.get(g.affiliationKey)?.id ?? null;
  }
  if (!affiliation && f.type !== 'person') {
    affiliation = byName(byKey, f.parent, 'org') ?? (f.countryIsAffiliation ? byName(byKey, f.country, 'country') : null);
  }
  if (!affiliation && f.type === 'person') {
    // "Indian foreign ministry spokesperson Randhir Jaiswal": the body before the role
    for (const g of d.founds) {
      for (const at of g.roleBodyEnds ?? []) {
        if (affiliation) break;
        let body: Found | undefined;
        for (const h of all) if (h.end === at && h.type !== 'person' && (!body || h.start < body.start)) body = h;
        if (body) affiliation = byKey.get(canonical.get(body.key) ?? body.key)?.id ?? null;
      }
    }
    for (const g of d.founds) {
      affiliation ??= byName(byKey, g.titleBody, 'org');
      affiliation ??= appositionOrg(text, tokens, g, all, byKey);
    }
    // A national title with no country stated ("Interior Minister Vogt") gets no affiliation:
    // guessing the document's most-named country made a German minister Russian in a story
    // about Russia, and the claims stage then read his accusation as an admission of his own side.
  }
  if (affiliation === d.id) affiliation = null;
  const name = f.name;
  // "the Mabna Institute ... the Mabna Institute, an Iran-based company": an apposition
  // that says what kind of body it is wins over the suffix of the first mention
  const stated = f.type !== 'person' && f.type !== 'country' ? d.founds.find((g) => g.reason.includes('org-apposition:') && g.type !== 'person') : undefined;
  return {
    id: d.id,
    name,
    type: stated?.type ?? f.type,
    affiliation,
    aliases: [...d.aliases],
    mentions: d.mentions,
    source: f.source,
    reason: uniqueReasons(d.founds),
  };
}

/**
 * The distinct reasons of an actor's mentions in first-seen order, comma-joined (as
 * `[...new Set(reasons)].join(',')`, without the Set and two arrays per actor).
 */
export function uniqueReasons(founds: readonly { readonly reason: string }[]): string {
  const out: string[] = [];
  for (const g of founds) if (!out.includes(g.reason)) out.push(g.reason);
  return out.join(',');
}

/** The id of the kept actor with key `prefix:name` ("org:Department of Justice"), if any. */
function byName(byKey: ReadonlyMap<string, { id: string }>, name: string | undefined, prefix: string): string | null {
  return name ? byKey.get(`${prefix}:${name}`)?.id ?? null : null;
}

/** "Zhao Lijian, spokesperson for the Chinese Foreign Ministry", "Heather Alpino of the National Security Division". */
function appositionOrg(text: string, tokens: readonly Token[], p: Found, all: readonly Found[], byKey: ReadonlyMap<string, { id: string }>): string | null {
  const window = text.slice(p.end, p.end + 120);
  // the first organisation mentioned in the apposition, when it starts with "," or "of"/"for"/"with"
  if (!/^(?:,|\s+(?:of|for|with|at|from)\b)/.test(window)) return null;
  // the apposition ends at its next comma, or at the sentence end
  const comma = window.startsWith(',') ? window.indexOf(',', 1) : -1;
  const end = window.search(/[.;]\s|[”"]|\n/);
  const stop = comma >= 0 && (end < 0 || comma < end) ? comma : end;
  const limit = p.end + (stop < 0 ? window.length : stop);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < p.end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < all.length; k++) {
    const g = all[k]!;
    if (g.start >= limit) break;
    if (g.type === 'person') break;
    const id = byKey.get(g.key)?.id;
    if (id) return id;
  }
  void tokens;
  return null;
}

function isAcronymOf(acr: string, name: string): boolean {
  const letters = acr.replace(/[^A-Za-z]/g, '').toUpperCase();
  const initials = name.split(/[\s-]+/).filter((w) => UPPER_START.test(w)).map((w) => w[0]).join('').toUpperCase();
  return letters.length >= 2 && (initials === letters || initials.startsWith(letters) || letters.split('').every((c) => initials.includes(c)));
}

void COUNTRIES;
void isCapitalised;
void titleAt;

/** The tokens `[from, to)` a regex match covers, or null when it does not start on a token. */
function tokenRange(tokens: readonly { start: number; end: number }[], start: number, end: number): [number, number] | null {
  const from = firstTokenAt(tokens as Parameters<typeof firstTokenAt>[0], start);
  if (from >= tokens.length || tokens[from]!.start !== start) return null;
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= end) to++;
  return [from, to];
}
