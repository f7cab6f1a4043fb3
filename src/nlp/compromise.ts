import nlp from 'compromise';

/**
 * The compromise instance of the process. It is the ESM build that the claims tagger
 * also imports (the CommonJS build would be a second copy: ~0.5 s and memory more per
 * process), so every module should take compromise from here. compromise's tagger is
 * ~20x slower than wink-nlp: callers run it only on the few spans that need it.
 */
export type Compromise = typeof nlp;

export function compromise(): Compromise {
  return nlp;
}

/** The kinds of name the compromise lexicon knows a lowercase word as. */
export interface LexiconKinds {
  readonly firstName: boolean;
  readonly lastName: boolean;
  readonly place: boolean;
  readonly organization: boolean;
  /** Known as an ordinary word (noun, verb, adjective, ...) too. */
  readonly common: boolean;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region']);
const NONCOMMON_TAGS = new Set([...NAME_TAGS, ...PLACE_TAGS, 'Organization', 'SportsTeam', 'ProperNoun', 'Honorific', 'Abbreviation', 'Acronym', 'Demonym']);

let lexicon: Map<string, LexiconKinds> | undefined;

/**
 * Looks a word up in compromise's own lexicon (a plain dictionary: no tagging, so it
 * costs nothing per call once loaded). `undefined` when compromise does not know it.
 * Example: "antony" -> firstName; "harare" -> undefined; "campaign" -> common.
 */
export function lexiconKinds(word: string): LexiconKinds | undefined {
  if (!lexicon) {
    lexicon = new Map();
    const model = compromise().model() as { one?: { lexicon?: Record<string, string | string[]> } };
    for (const [w, tag] of Object.entries(model.one?.lexicon ?? {})) {
      const tags = Array.isArray(tag) ? tag : [tag];
      lexicon.set(w, {
        firstName: tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'Person'),
        lastName: tags.includes('LastName'),
        place: tags.some((t) => PLACE_TAGS.has(t)),
        organization: tags.includes('Organization') || tags.includes('SportsTeam'),
        common: tags.some((t) => !NONCOMMON_TAGS.has(t)),
      });
    }
  }
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

/** Looked-up words, as written (a document repeats its names; the lexicon lookup folds case). */
const seen = new Map<string, LexiconKinds | null>();

/** One term as compromise tagged it, with offsets into the text it was given. */
export interface TaggedTerm {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tags: readonly string[];
}

interface JsonTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * Runs the full compromise tagger over `text` (slow: ~0.1 MB/s; give it a sentence,
 * not a document) and returns its terms with offsets relative to `text`.
 */
export function tagTerms(text: string): TaggedTerm[] {
  const doc = compromise()(text);
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  const out: TaggedTerm[] = [];
  for (const s of json) {
    for (const t of s.terms) {
      out.push({ text: t.text, start: t.offset.start, end: t.offset.start + t.offset.length, tags: t.tags });
    }
  }
  return out;
}
