import nlp from 'compromise';

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

const WINDOW = 48;

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
      const view = nlp(windowText);
      const json = view.json({ offset: true }) as ReadonlyArray<{
        readonly terms: ReadonlyArray<{ readonly tags: readonly string[]; readonly offset: { readonly start: number; readonly length: number } }>;
      }>;
      for (const s of json) {
        for (const t of s.terms) {
          if (t.offset.start <= target && target < t.offset.start + Math.max(1, t.offset.length)) return classify(t.tags);
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
