import { readFileSync } from 'node:fs';

/**
 * What compromise's lexicon knows a lowercase word as (first name, last name, place,
 * organisation, ordinary word), read from `name-lexicon.json`: a snapshot of that
 * lexicon made by `name-lexicon-build.ts`, so the actor rules get the same answers
 * without loading compromise into every worker thread.
 */
export interface LexiconKinds {
  readonly firstName: boolean;
  readonly lastName: boolean;
  readonly place: boolean;
  readonly organization: boolean;
  /** Known as an ordinary word (noun, verb, adjective, ...) too. */
  readonly common: boolean;
}

const FIRST = 1;
const LAST = 2;
const PLACE = 4;
const ORG = 8;
const COMMON = 16;

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region']);
const NONCOMMON_TAGS = new Set([...NAME_TAGS, ...PLACE_TAGS, 'Organization', 'SportsTeam', 'ProperNoun', 'Honorific', 'Abbreviation', 'Acronym', 'Demonym']);

/** The kinds (bit set) of a word with these compromise tags. */
export function kindsOfTags(tags: readonly string[]): number {
  let k = 0;
  if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'Person')) k |= FIRST;
  if (tags.includes('LastName')) k |= LAST;
  if (tags.some((t) => PLACE_TAGS.has(t))) k |= PLACE;
  if (tags.includes('Organization') || tags.includes('SportsTeam')) k |= ORG;
  if (tags.some((t) => !NONCOMMON_TAGS.has(t))) k |= COMMON;
  return k;
}

/** The file's shape: for each bit set (as a decimal string), its words sorted and joined by newlines. */
export function encodeNameLexicon(entries: Iterable<readonly [string, number]>): Record<string, string> {
  const byKind = new Map<number, string[]>();
  for (const [word, kinds] of entries) {
    const list = byKind.get(kinds) ?? [];
    list.push(word);
    byKind.set(kinds, list);
  }
  const out: Record<string, string> = {};
  for (const k of [...byKind.keys()].sort((a, b) => a - b)) out[String(k)] = (byKind.get(k) ?? []).sort().join('\n');
  return out;
}

const KINDS: LexiconKinds[] = Array.from({ length: 32 }, (_, k) => ({
  firstName: (k & FIRST) !== 0,
  lastName: (k & LAST) !== 0,
  place: (k & PLACE) !== 0,
  organization: (k & ORG) !== 0,
  common: (k & COMMON) !== 0,
}));

let lexicon: Map<string, LexiconKinds> | undefined;

function load(): Map<string, LexiconKinds> {
  const data = JSON.parse(readFileSync(new URL('./name-lexicon.json', import.meta.url), 'utf8')) as Record<string, string>;
  const map = new Map<string, LexiconKinds>();
  for (const [k, words] of Object.entries(data)) {
    const kinds = KINDS[Number(k) & 31];
    if (!kinds || !words) continue;
    for (const w of words.split('\n')) map.set(w, kinds);
  }
  return map;
}

/** Looked-up words, as written (a document repeats its names; the lookup folds case). */
const seen = new Map<string, LexiconKinds | null>();

/**
 * Looks a word up in the lexicon (a plain dictionary: no tagging). `undefined` when
 * compromise does not know it. Example: "antony" -> firstName; "paris" -> place;
 * "said" -> common; "harare" -> undefined.
 */
export function lexiconKinds(word: string): LexiconKinds | undefined {
  lexicon ??= load();
  const memo = seen.get(word);
  if (memo !== undefined) return memo ?? undefined;
  const lower = word.toLowerCase();
  let hit = lexicon.get(lower);
  // "Agnès" -> "agnes"
  if (!hit && /[^\x00-\x7f]/.test(lower)) hit = lexicon.get(lower.normalize('NFD').replace(/\p{M}/gu, ''));
  if (seen.size > 50_000) seen.clear();
  seen.set(word, hit ?? null);
  return hit;
}
