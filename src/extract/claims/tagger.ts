import { compromise } from '../../nlp/compromise.ts';

/**
 * A thin adapter over compromise, used only where a cue word is ambiguous between a
 * verb and a noun or adjective ("charges" in "faces charges" vs "charges X with",
 * "charged" in "politically charged"). compromise is ~20x slower than wink-nlp, so it
 * tags a small window around the cue (a few words either side), never whole documents.
 */
export type PartOfSpeech = 'verb' | 'noun' | 'adjective' | 'other';

export interface CueTagger {
  /** The part of speech of the word at `[start, end)` of `text`, read from a window around it. */
  partOfSpeech(text: string, start: number, end: number): PartOfSpeech;
}

/** Characters of context either side of the cue: two or three words (measured: ~0.8 ms a call). */
const WINDOW = 24;

export function createCompromiseTagger(): CueTagger {
  return {
    partOfSpeech(text, start, end) {
      let from = Math.max(0, start - WINDOW);
      let to = Math.min(text.length, end + WINDOW);
      // Whole words only: move the window edges to spaces.
      while (from > 0 && /\S/.test(text[from - 1] ?? '')) from--;
      while (to < text.length && /\S/.test(text[to] ?? '')) to++;
      const windowText = text.slice(from, to).replace(/\n/g, ' ');
      const target = start - from;
      // Walk compromise's terms directly (cheaper than `.json({offset})`), summing
      // pre/text/post lengths to find the term under the cue.
      let at = 0;
      for (const sentence of compromise()(windowText).docs) {
        for (const t of sentence) {
          const from = at + (t.pre ?? '').length;
          const to = from + t.text.length;
          if (from <= target && target < Math.max(to, from + 1)) return classify([...(t.tags ?? [])]);
          at = to + (t.post ?? '').length;
        }
      }
      return 'other';
    },
  };
}

function classify(tags: readonly string[]): PartOfSpeech {
  if (tags.includes('Verb') || tags.includes('Participle')) return 'verb';
  if (tags.includes('Adjective')) return 'adjective';
  if (tags.includes('Noun')) return 'noun';
  return 'other';
}
