import { createRequire } from 'node:module';
import type nlp from 'compromise';

export { lexiconKinds, type LexiconKinds } from './name-lexicon.ts';

/**
 * The compromise instance of the process, loaded on first use: the default `rules`
 * pipeline never runs compromise's tagger (it reads only its dictionary, from
 * `name-lexicon.json`), and loading compromise costs ~50 MB and ~0.3 s per worker
 * thread. Every module takes compromise from here, so a process holds one copy (the
 * CommonJS build, which `require` can load synchronously). compromise's tagger is ~20x
 * slower than wink-nlp: callers run it only on the few spans that need it.
 */
export type Compromise = typeof nlp;

let instance: Compromise | undefined;

export function compromise(): Compromise {
  instance ??= createRequire(import.meta.url)('compromise') as Compromise;
  return instance;
}

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
