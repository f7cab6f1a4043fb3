import { ANAPHORS } from '../../lexicons/cues.ts';
import type { Actor, ActorType, Span } from '../../types/index.ts';
import { allMatches, escapeRegExp } from '../../nlp/regex.ts';
import { ownCopy } from '../../nlp/strings.ts';

/**
 * Where actors are referred to in the text: their named mentions, plus (when
 * coreference is on) pronouns and descriptions resolved to the nearest compatible
 * antecedent ("the country" -> the last country named, "he" -> the last person).
 */
export interface Ref extends Span {
  readonly id: string;
  readonly type: ActorType;
  /** `name`: a mention of the actor; `anaphor`: a pronoun or description resolved to it. */
  readonly via: 'name' | 'anaphor';
}

/** Refs in text order, the longer first where two start together (sorts in place). */
export function sortRefs(refs: Ref[]): Ref[] {
  return refs.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function namedRefs(actors: readonly Actor[], same: ReadonlyMap<string, string> = surnameActors(actors)): Ref[] {
  const refs: Ref[] = [];
  for (const a of actors) {
    const id = same.get(a.id) ?? a.id;
    for (const m of a.mentions) refs.push({ id, type: a.type, start: m.start, end: m.end, via: 'name' });
  }
  sortRefs(refs);
  // "US" inside "US Department of Justice" (two actors' mentions nested): the longer name is who acts.
  let reach = -1;
  let owner = '';
  return refs.filter((r) => {
    const inside = r.end <= reach && r.id !== owner;
    if (r.end > reach) {
      reach = r.end;
      owner = r.id;
    }
    return !inside;
  });
}

/**
 * Person actors named only by a surname that one fuller person actor carries ("Chung"
 * beside "Dongfan Chung"): the actor list kept them apart, claims treat them as one, the
 * fuller (SPEC: the fullest canonical form). A surname two fuller names share stays apart.
 */
export function surnameActors(actors: readonly Actor[]): Map<string, string> {
  const out = new Map<string, string>();
  const single: Actor[] = [];
  // Later words of the fuller names -> the actors that carry them.
  const carriers = new Map<string, string[]>();
  for (const a of actors) {
    if (a.type !== 'person') continue;
    const words = a.name.trim().split(/\s+/);
    if (words.length === 1) single.push(a);
    else for (const w of new Set(words.slice(1))) carriers.set(w, [...(carriers.get(w) ?? []), a.id]);
  }
  for (const a of single) {
    const owners = carriers.get(a.name.trim()) ?? [];
    if (owners.length === 1) out.set(a.id, owners[0] as string);
  }
  return out;
}

/**
 * Name mentions the actor list may have missed: every other occurrence of an actor's
 * name or aliases, and of a person's surname ("Chen" for "Yi-Lan Chen", also "Chens"
 * where a capture lost its apostrophe). A surname two persons share is skipped.
 */
export function completeNameRefs(text: string, actors: readonly Actor[], named: readonly Ref[], merged: ReadonlyMap<string, string> = surnameActors(actors)): Ref[] {
  const surnameOwners = new Map<string, string[]>();
  for (const a of actors) {
    if (a.type !== 'person' || merged.has(a.id)) continue;
    const last = a.name.split(/\s+/).at(-1) ?? '';
    if (isSurnameForm(last)) surnameOwners.set(last, [...(surnameOwners.get(last) ?? []), a.id]);
  }
  const forms: { id: string; type: Actor['type']; form: string }[] = [];
  for (const a of actors) {
    const id = merged.get(a.id) ?? a.id;
    for (const f of new Set([a.name, ...a.aliases])) if (f.length >= 2) forms.push({ id, type: a.type, form: f });
  }
  for (const [last, owners] of surnameOwners) {
    const a = actors.find((x) => x.id === owners[0]);
    if (owners.length === 1 && a) forms.push({ id: a.id, type: a.type, form: last });
  }
  forms.sort((x, y) => y.form.length - x.form.length);
  const out: Ref[] = [];
  // "the Tsois" for Ronald and Evelin Tsoi: a plural surname stands for every person who bears it.
  for (const [last, owners] of surnameOwners) {
    if (owners.length < 2) continue;
    for (const m of text.matchAll(new RegExp(`\\b[Tt]he\\s+${escapeRegExp(last)}(?:s|es)\\b`, 'g'))) {
      for (const id of owners) out.push({ id, type: 'person', start: m.index, end: m.index + m[0].length, via: 'name' });
    }
  }
  // "Karima, Sabahi, Sabahi, Moqadam": a surname two persons share, repeated once per bearer
  // inside a list, stands for each of them in turn.
  for (const [last, owners] of surnameOwners) {
    if (owners.length < 2) continue;
    const esc = escapeRegExp(last);
    const sep = '(?:\\s*,\\s*|\\s*,?\\s+and\\s+)';
    const re = new RegExp(`\\b${esc}(?:${sep}${esc}){${owners.length - 1}}\\b`, 'g');
    for (const m of text.matchAll(re)) {
      let at = m.index;
      for (const id of owners) {
        const k = text.indexOf(last, at);
        out.push({ id, type: 'person', start: k, end: k + last.length, via: 'name' });
        at = k + last.length;
      }
    }
  }
  if (forms.length === 0) return out;
  // Every form (longest first), one pass over the text, and a coverage map for the
  // mentions already known: linear in the text.
  const byForm = new Map<string, { id: string; type: Actor['type'] }>();
  for (const f of forms) if (!byForm.has(f.form)) byForm.set(f.form, { id: f.id, type: f.type });
  const covered = new Uint8Array(text.length + 1);
  for (const r of [...named, ...out]) covered.fill(1, r.start, r.end);
  const walk: FormWalk = { byForm, covered, out };
  // "Pleshchuk, TurikovandCovelin": captures that lost the spaces around "and" still name
  // both; the one regex of every form handles that rare case.
  if (GLUED_AND.test(text)) {
    const alternation = [...byForm.keys()].map(escapeRegExp).join('|');
    const re = new RegExp(`(?:(?<![A-Za-z0-9\u00c0-\u024f])|(?<=[a-z]and))(?:${alternation})(?=(?:['\u2019]?s)?(?![A-Za-z0-9\u00c0-\u024f])|and[A-Z])`, 'g');
    for (const m of allMatches(re, text)) formFound(walk, m.index, m[0]);
    return out;
  }
  // Otherwise one left-to-right walk: at every position a word may start, the forms that
  // begin with that character, longest first, the first that ends at a word boundary (a
  // possessive or plural "s" allowed) wins, and the walk goes on after it. The same
  // matches as an alternation of every form with those lookarounds, without the regex
  // engine trying each alternative at each character (it was ~5% of a document's time).
  // (keyed by the first UTF-16 code unit: a number key, and no one-character string per position)
  const byFirst = new Map<number, string[]>();
  for (const f of byForm.keys()) {
    const list = byFirst.get(f.charCodeAt(0));
    if (list) list.push(f);
    else byFirst.set(f.charCodeAt(0), [f]);
  }
  // `glued`: whether the character before `i` is a name character (then no word starts at `i`).
  let glued = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (glued) {
      glued = isNameChar(c);
      continue;
    }
    glued = isNameChar(c);
    const candidates = byFirst.get(c);
    if (!candidates) continue;
    for (const form of candidates) {
      if (!text.startsWith(form, i) || !endsWord(text, i + form.length)) continue;
      formFound(walk, i, form);
      i += form.length - 1;
      glued = isNameChar(text.charCodeAt(i));
      break;
    }
  }
  return out;
}

/** What completeNameRefs' scan fills: the forms' actors, the characters already named, the refs found. */
interface FormWalk {
  readonly byForm: ReadonlyMap<string, { id: string; type: Actor['type'] }>;
  readonly covered: Uint8Array;
  readonly out: Ref[];
}

/** A form found at `start`: a ref of its actor unless a known mention covers either end. */
function formFound(walk: FormWalk, start: number, form: string): void {
  const end = start + form.length;
  if (walk.covered[start] === 1 || walk.covered[end - 1] === 1) return;
  const who = walk.byForm.get(form);
  if (!who) return;
  walk.covered.fill(1, start, end);
  walk.out.push({ id: who.id, type: who.type, start, end, via: 'name' });
}

/** A capitalised surname of three or more letters ("Chen", "O'Neil"); built once (tsx rebuilds a \p{…} literal per use). */
const SURNAME_FORM = /^\p{Lu}[\p{L}'-]{2,}$/u;
/** A capitalised surname of three or more letters, by SURNAME_FORM. */
export function isSurnameForm(word: string): boolean {
  return SURNAME_FORM.test(word);
}

const GLUED_AND = /[a-z]and[A-Z]/;

/** [A-Za-z0-9\u00c0-\u024f]: the characters a name is glued to (plain ranges, no \p{L}). */
function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * A form ending at `end` ends a word: the next character is no name character (an
 * apostrophe of "X's" is none), or it is a plural/possessive "s" followed by none.
 */
function endsWord(text: string, end: number): boolean {
  if (end >= text.length || !isNameChar(text.charCodeAt(end))) return true;
  const c = text[end];
  if (c === 's') return end + 1 >= text.length || !isNameChar(text.charCodeAt(end + 1));
  return false;
}

/** Pronouns resolve within this many sentences back; descriptions ("the country") anywhere before. */
const PRONOUN_REACH = 3;

/**
 * A description may carry one lower-case modifier: "the militant group", "the hacking
 * ring", "the state-run broadcaster", "the same group" (the one named before). Not one that points elsewhere: "the other group",
 * "the rival company", "the neighbouring country" are not the one named before.
 */
const MODIFIER = `(?:(?!(?:other|rival|opposing|second|third|next|latter|neighbou?ring|another|different|new)\\b)[a-z][a-z-]+\\s+)?`;
const PATTERNS = ANAPHORS.map((a) => a.pattern.replace(/^the\\s\+/, `the\\s+${MODIFIER}`));

const UNMODIFIED = ANAPHORS.map((a) => new RegExp(`^(?:${a.pattern})$`, 'i'));

const ANAPHOR_RES = ANAPHORS.map((a, i) => ({
  re: new RegExp(`\\b${PATTERNS[i] ?? a.pattern}\\b`, 'gi'),
  types: a.types,
  pronoun: !/^the\\s/.test(a.pattern),
}));

// One scan: the pronouns, and "the" with one optional modifier before any description noun.
const THE_NOUNS = ANAPHORS.filter((a) => /^the\\s\+/.test(a.pattern)).map((a) => a.pattern.replace(/^the\\s\+/, ''));
const ANAPHOR_ANY = new RegExp(`\\b(?:${ANAPHORS.filter((a) => !/^the\\s\+/.test(a.pattern)).map((a) => a.pattern).join('|')}|the\\s+${MODIFIER}(?:${THE_NOUNS.join('|')}))\\b`, 'gi');
const ANAPHOR_EXACT = ANAPHORS.map((a, i) => ({ re: new RegExp(`^(?:${PATTERNS[i] ?? a.pattern})$`, 'i'), entry: ANAPHOR_RES[i] as (typeof ANAPHOR_RES)[number] }));
const readingCache = new Map<string, (typeof ANAPHOR_RES)[number][]>();

/** The readings per exact form, in front of `readingCache`: most forms recur as they are ("he", "the company"). */
const readingByForm = new Map<string, (typeof ANAPHOR_RES)[number][]>();

/**
 * Entries either memo holds before it starts again. A form may hold any modifier ("the
 * Kyiv-based company"), so over a stream the memos would only grow (measured: ~5 MB per
 * 1,000 documents of a stream with new names); the common forms come back within a few
 * documents. Keys are copies (`ownCopy`): a matched form is a slice of its document and
 * would otherwise keep the whole text alive.
 */
const READING_MEMO_MAX = 20_000;

function readingsOf(form: string): (typeof ANAPHOR_RES)[number][] {
  let exact = readingByForm.get(form);
  if (!exact) {
    exact = readingsByKey(form);
    if (readingByForm.size >= READING_MEMO_MAX) readingByForm.clear();
    readingByForm.set(ownCopy(form), exact);
  }
  return exact;
}

function readingsByKey(form: string): (typeof ANAPHOR_RES)[number][] {
  const key = form.toLowerCase().replace(/\s+/g, ' ');
  let r = readingCache.get(key);
  if (!r) {
    r = ANAPHOR_EXACT.filter((x) => x.re.test(form)).map((x) => x.entry);
    if (readingCache.size >= READING_MEMO_MAX) readingCache.clear();
    readingCache.set(key, r);
  }
  return r;
}

/**
 * Resolves anaphors sentence by sentence. Only subject-like uses are resolved: a
 * possessive ("his allies") or an anaphor inside a named mention ("the Group" in
 * "the Lazarus Group") is left alone.
 */
export function resolveAnaphors(text: string, sentences: readonly Span[], named: readonly Ref[]): Ref[] {
  const out: Ref[] = [];
  const covered = new Uint8Array(text.length + 1);
  for (const r of named) covered.fill(1, r.start, r.end);
  const starts = sentences.map((s) => s.start);
  // Each pattern runs once over the whole text; a match finds its sentence by binary search.
  // One alternation of every pattern scans the text once; the readings of a matched form
  // (several entries may match "the agency") are tried in lexicon order.
  const hits: { start: number; end: number; types: readonly ActorType[]; pronoun: boolean }[] = [];
  let genders: { m: Set<string>; f: Set<string>; unknown: Set<string> } | undefined;
  ANAPHOR_ANY.lastIndex = 0;
  for (const m of allMatches(ANAPHOR_ANY, text)) {
    for (const r of readingsOf(m[0])) hits.push({ start: m.index, end: m.index + m[0].length, types: r.types, pronoun: r.pronoun });
  }
  for (const hit of hits) {
    const { start, end, pronoun } = hit;
    const word = text.slice(start, end);
    // "Its government accused Moscow …": only a state has a government, a president or an army
    // (not the bloc or the agency named last).
    const types = /^(?:its|their)$/i.test(word) && STATE_OWNED_NOUN.test(text.slice(end, end + 40)) ? COUNTRY_ONLY : hit.types;
    // Possessives ("his allies") name no participant; "her" may be either, so it is left too.
    // ("Its foreign ministry called …", "Their government denied …": a possessor whose noun speaks for it is resolved)
    if (/^(?:his|her|its|their)$/i.test(word) && !(/^(?:its|their)$/i.test(word) && SPEAKS_FOR_POSSESSOR.test(text.slice(end, end + 40)))) continue;
    // The modifier slot is lower case ("the militant group"); "the Trump administration" is a name.
    if (/^the\s+[A-Z]/i.test(word) && /^\S+\s+[A-Z]/.test(word) && !UNMODIFIED.some((re) => re.test(word))) continue;
    if (covered.subarray(start, end).includes(1)) continue;
    // "the group called Hafnium": the description introduces a name, it refers back to nothing.
    // (a pronoun introduces nothing: "he called the ruling arbitrary" is a statement of his)
    if (!pronoun && /^\s*,?\s*(?:called|named|known\s+as|dubbed)\b/i.test(text.slice(end, end + 20))) continue;
    // "The ambassador, Nikolai Korchunov, said": a description in apposition to a name is that name's title
    if (!pronoun && text.charCodeAt(end) === 44 && named.some((r) => r.type === 'person' && r.start > end && r.start <= end + 3 && /^,\s*$/.test(text.slice(end, r.start)))) continue;
    const si = upperBound(starts, start) - 1;
    const reachStart = sentences[Math.max(0, si - PRONOUN_REACH)]?.start ?? 0;
    // "the crown prince", "the minister": the last person named with that title, else the nearest person
    // "She accused him of fraud": an object pronoun is never the subject of its own clause.
    let bound = /^him$/i.test(word) ? clauseMates(text, [...named, ...out], sentences[si]?.start ?? 0, start) : undefined;
    // "The regulator accused it of misleading investors": an object "it" is never its own clause's subject either
    if (/^it$/i.test(word) && OBJECT_VERB_BEFORE.test(text.slice(Math.max(0, start - 20), start))) bound = clauseMates(text, [...named, ...out], sentences[si]?.start ?? 0, start, true);
    // "she" is no man the text calls "Mr." or "he" (and the other way round); a person of the
    // pronoun's own known gender in reach comes before one of unknown gender.
    const wanted = /^(?:he|him)$/i.test(word) ? 'm' : /^she$/i.test(word) ? 'f' : null;
    let sameGenderOnly: Set<string> | undefined;
    if (wanted) {
      genders ??= genderSets(gendersOf(text, sentences, named), named);
      const opposite = wanted === 'm' ? genders.f : genders.m;
      if (opposite.size > 0) bound = new Set([...(bound ?? []), ...opposite]);
      if (genders[wanted].size > 0) sameGenderOnly = new Set([...(bound ?? []), ...genders.unknown]);
    }
    const antecedent = (!pronoun && types.length === 1 && types[0] === 'person' ? titledBefore(text, named, start, word.replace(/^the\s+/i, '').toLowerCase()) : undefined)
      ?? (!pronoun ? namedLike(text, named, start, word, types) : undefined)
      ?? (!pronoun ? headInName(text, named, start, word, types) : undefined)
      ?? (sameGenderOnly ? nearestBefore(named, start, types, reachStart, sameGenderOnly) : undefined)
      ?? nearestBefore(named, start, types, pronoun ? reachStart : 0, bound);
    if (antecedent) {
      out.push({ id: antecedent.id, type: antecedent.type, start, end, via: 'anaphor' });
      covered.fill(1, start, end);
    }
  }
  return out;
}

/**
 * Description heads that a body's name carries: "the army" is the body named "… Armed
 * Forces" or "… Army" before it, not the nearest agency of any kind ("the Rapid Support
 * Forces … the army" is the other force when the text names one).
 */
const HEAD_IN_NAME: readonly (readonly [RegExp, RegExp])[] = [
  [/\b(?:army|military)$/i, /\b(?:Army|Armed\s+Forces|Military|Defen[cs]e\s+Forces)\b/],
  [/\bnavy$/i, /\bNavy\b/],
  [/\bpolice$/i, /\bPolice\b/],
  [/\bcourt$/i, /\b(?:Court|Tribunal)\b/],
  [/\bministry$/i, /\bMinistry\b/],
];

/** The nearest ref before `pos` of `types` whose mention carries the description's head in its name, if the head is one of HEAD_IN_NAME. */
function namedLike(text: string, refs: readonly Ref[], pos: number, word: string, types: readonly ActorType[]): Ref | undefined {
  const head = HEAD_IN_NAME.find(([h]) => h.test(word));
  if (!head) return undefined;
  const fits = new Set<string>();
  for (const r of refs) if (r.start < pos && types.includes(r.type) && head[1].test(text.slice(r.start, r.end))) fits.add(r.id);
  if (fits.size === 0) return undefined;
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i] as Ref;
    if (r.end <= pos && fits.has(r.id)) return r;
  }
  return undefined;
}

/** Head nouns of descriptions that also head the names of bodies of other types ("the agency" for the International Atomic Energy Agency). */
const NAME_HEADS = /\b(agency|commission|court|council|committee|tribunal|bank|fund|office|bureau|department|ministry|service|mission|organi[sz]ation)$/i;
const NAME_HEAD_TYPES: readonly ActorType[] = ['agency', 'intl_org', 'other_org', 'company', 'threat_group', 'media'];

/**
 * "The International Atomic Energy Agency said … The agency said Tehran had failed …": a
 * description resolves to the nearest body before it that either fits the description's
 * types or carries the description's head noun in its name, whatever its type (an
 * international organisation called "… Agency", "… Court", "… Commission"). Undefined when
 * no named body before carries the head (the plain nearest-of-type reading then applies).
 */
function headInName(text: string, refs: readonly Ref[], pos: number, word: string, types: readonly ActorType[]): Ref | undefined {
  const head = NAME_HEADS.exec(word)?.[1];
  if (!head) return undefined;
  const re = new RegExp(`\\b${head[0]!.toUpperCase()}${head.slice(1).toLowerCase()}\\b`);
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i] as Ref;
    if (r.end > pos) continue;
    if (NAME_HEAD_TYPES.includes(r.type) && r.via === 'name' && re.test(text.slice(r.start, r.end))) return r;
    // (the nearest body of a fitting type comes first, unless a carrier of the head is nearer)
    if (types.includes(r.type)) return undefined;
  }
  return undefined;
}

/** Nouns after "its"/"their" that stand for the possessor: "its foreign ministry", "their government". */
const SPEAKS_FOR_POSSESSOR = /^\s+(?:(?:foreign|defen[cs]e|interior|justice)\s+)?(?:government|authorities|ministry|officials|spokes(?:man|woman|person)|embassy|military|army|leadership|president|prime\s+minister|state\s+media|foreign\s+minister)\b/i;

/** Nouns after "its"/"their" that only a state owns: "its government", "their army" ("its spokesman" may be any body's). */
const STATE_OWNED_NOUN = /^\s+(?:(?:foreign|defen[cs]e|interior|justice)\s+ministry|government|authorities|military|army|president|prime\s+minister|foreign\s+minister|state\s+media)\b/i;
const COUNTRY_ONLY: readonly ActorType[] = ['country'];

/** Index of the first element greater than `x` in ascending `xs`. */
function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last person ref before `pos` whose title, right before the name, holds `title` ("Crown Prince Mohammad bin Salman"). */
function titledBefore(text: string, refs: readonly Ref[], pos: number, title: string): Ref | undefined {
  const t = title.replace(/\s+/g, ' ');
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i] as Ref;
    if (r.start >= pos || r.type !== 'person') continue;
    if (text.slice(Math.max(0, r.start - t.length - 25), r.start).toLowerCase().replace(/\s+/g, ' ').includes(t)) return r;
  }
  return undefined;
}

/**
 * The gender the text gives a person, where it does: a title before a mention ("Mr.",
 * "Ms.", "Mrs."), else the pronouns of the sentences that name that person alone
 * ("Zamora, 67, attended the hearing on his …"). Persons with no evidence or mixed
 * evidence are left out (any pronoun may then stand for them).
 */
export function gendersOf(text: string, sentences: readonly Span[], named: readonly Ref[]): Map<string, 'm' | 'f'> {
  const score = new Map<string, number>();
  const add = (id: string, v: number): void => {
    score.set(id, (score.get(id) ?? 0) + v);
  };
  const persons = named.filter((r) => r.type === 'person');
  for (const r of persons) {
    const title = /\b(Mr|Mrs|Ms|Miss|Sir|Madam|Mister)\.?\s+(?:[A-Z][\w.'-]*\s+)?$/.exec(text.slice(Math.max(0, r.start - 20), r.start));
    if (title) add(r.id, /^(?:Mr|Sir|Mister)$/.test(title[1] ?? '') ? 5 : -5);
  }
  let k = 0;
  for (const s of sentences) {
    while (k < persons.length && (persons[k] as Ref).start < s.start) k++;
    const ids = new Set<string>();
    let first = -1;
    for (let j = k; j < persons.length && (persons[j] as Ref).start < s.end; j++) {
      ids.add((persons[j] as Ref).id);
      if (first < 0) first = (persons[j] as Ref).end;
    }
    if (ids.size !== 1 || first < 0) continue;
    const rest = text.slice(first, s.end);
    const male = rest.match(/\b(?:he|his|him|himself)\b/gi)?.length ?? 0;
    const female = rest.match(/\b(?:she|her|hers|herself)\b/gi)?.length ?? 0;
    add([...ids][0] as string, male - female);
  }
  const out = new Map<string, 'm' | 'f'>();
  for (const [id, v] of score) if (v !== 0) out.set(id, v > 0 ? 'm' : 'f');
  return out;
}

function genderSets(gender: ReadonlyMap<string, 'm' | 'f'>, named: readonly Ref[]): { m: Set<string>; f: Set<string>; unknown: Set<string> } {
  const out = { m: new Set<string>(), f: new Set<string>(), unknown: new Set<string>() };
  for (const r of named) if (r.type === 'person') (gender.has(r.id) ? out[gender.get(r.id) as 'm' | 'f'] : out.unknown).add(r.id);
  return out;
}

/** A verb whose object an "it" right after is: "accused it", "fined it", "blames it". */
const OBJECT_VERB_BEFORE = /\b(?:[a-z]+ed|accuses?|blames?|charges?|sues?|fines?|sanctions?|condemns?|denounces?|criticizes?|criticises?|holds?|urged?|urges)\s+$/i;

/**
 * Ids of the persons referred to earlier in the clause of `pos` (no clause break between):
 * "She accused him" gives She's person, "Ode said police arrested him" gives none.
 */
function clauseMates(text: string, refs: readonly Ref[], sentenceStart: number, pos: number, anyType = false): Set<string> {
  const out = new Set<string>();
  for (const r of refs) {
    if ((!anyType && r.type !== 'person') || r.start < sentenceStart || r.end > pos) continue;
    if (!/[,;:"\u201c\u201d]|\b(?:said|says|say|told|tells|that|who|whom|which|when|after|before|because|while|and|but|if)\b/i.test(text.slice(r.end, pos))) out.add(r.id);
  }
  return out;
}

function nearestBefore(refs: readonly Ref[], pos: number, types: readonly ActorType[], from: number, exclude?: ReadonlySet<string>): Ref | undefined {
  // Start from the last ref that begins before `pos` (refs are sorted by start).
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((refs[mid] as Ref).start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const r = refs[i];
    if (!r || r.end > pos) continue;
    if (r.start < from) return undefined;
    if (types.includes(r.type) && !exclude?.has(r.id)) return r;
  }
  return undefined;
}

/**
 * Refs inside `[start, end)`, in text order. `refs` must be sorted by start (they are
 * everywhere in this module): a binary search finds the first, so a call costs the
 * refs it returns, not all refs of the document.
 */
export function refsIn(refs: readonly Ref[], start: number, end: number): Ref[] {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((refs[mid] as Ref).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Ref[] = [];
  for (let i = lo; i < refs.length; i++) {
    const r = refs[i] as Ref;
    if (r.start >= end) break;
    if (r.end <= end) out.push(r);
  }
  return out;
}

/** Unique ids in order of first appearance. */
export function uniqueIds(refs: readonly Ref[]): string[] {
  return [...new Set(refs.map((r) => r.id))];
}

/**
 * Collective descriptions only people can be ("the hackers", "these nine Iranian
 * nationals", "the suspects"): of a set of accused they stand for the persons, not a
 * company or institute charged beside them. "the defendants" may be any of them.
 */
const PERSON_COLLECTIVE = /\b(?:hackers|nationals|citizens|residents|men|women|suspects|perpetrators|individuals|persons|officers|agents|spies|executives|managers|employees|engineers|businessmen|businesswomen|traders|brokers|bankers|smugglers|accountants|brothers|pair|duo|trio|[A-Z][a-z]+(?:ians|ans|ese|is))\s*$/;
/** Collectives that are private persons only. */
const ONLY_PERSONS = /\b(?:nationals|citizens|residents|men|women|individuals|persons|executives|managers|employees|engineers|businessmen|businesswomen|traders|brokers|bankers|accountants|brothers|pair|duo|trio)\s*$/;

export function collectiveMembers(form: string, ids: Iterable<string>, types: ReadonlyMap<string, ActorType>, first: string | null = null): string[] {
  // "ten other defendants": the others, not the first accused the text set them against.
  const given = [...ids];
  const others = given.filter((id) => !(first !== null && id === first && /\bother\b/i.test(form)));
  // (when the first accused is all there is, the description still stands for the accused)
  const all = others.length > 0 ? others : given;
  if (!PERSON_COLLECTIVE.test(form)) return all;
  const persons = all.filter((id) => types.get(id) === 'person');
  // ("German prosecutors charged three men with spying": men, nationals, executives are persons,
  // never the group or state accused elsewhere; "the hackers" may be the group's members)
  return persons.length > 0 || ONLY_PERSONS.test(form) ? persons : all;
}
