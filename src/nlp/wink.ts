import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The wink-nlp instances of a process, each loaded once on first use (the model costs
 * ~0.2 s to load). Every module that needs wink-nlp goes through here.
 *
 * - `winkSentences()`: only sentence boundary detection (`['sbd']`). wink runs its pipe
 *   annotations one after another over the tokens, and sbd reads none of the others
 *   (ner, negation, sentiment, pos, cer), so tokens and sentences are the same as the full
 *   pipe's, at about half the cost. Ingest uses this one. It is renewed from time to time
 *   (see SBD_RENEW_AFTER).
 * - `wink()`: the full pipe (pos, ner, negation, ...), for code that really reads tags or
 *   entities (and the benchmark's "wink-nlp alone" reference).
 */
type WinkInstance = ReturnType<typeof winkNLP>;

let full: WinkInstance | undefined;

export function wink(): WinkInstance {
  full ??= winkNLP(model);
  return full;
}

/**
 * New words the sentence instance may take in before it is replaced by a fresh one.
 *
 * wink-nlp adds every word it does not know (a name, a number, a typo) to the lexicon of
 * its instance, for as long as the instance lives. Over a stream that lexicon only grows:
 * ~3.7 new words per `claims bench` document and ~130 bytes each, +45 MB of heap over
 * 100,000 documents; a feed of real news, whose names keep changing, adds far more (a
 * stream with new names in every document: ~120 words, ~15 KB per document). And the ids
 * of new words count up towards the codes wink's sentence automaton keeps for its hints
 * (1,080,000 and up; the model's own words end at ~87,600), so after about a million new
 * words a plain word could read as a boundary hint. What wink returns for a text does not
 * depend on what the instance read before (the corpus output is the same whatever the
 * order or the number of workers), so the instance is simply dropped once it holds this
 * many new words (~13 MB) and a new one loaded (~0.2 s of CPU, i.e. once every ~27,000
 * bench documents).
 */
export const SBD_RENEW_AFTER = 100_000;

/** The part of wink's core model read here: its lexicon of words, the model's own first. */
interface CoreLexicon {
  readonly features: { readonly lexeme: { readonly list: readonly unknown[]; readonly intrinsicSize: number } };
}

function isCoreLexicon(core: unknown): core is CoreLexicon {
  const lexeme = (core as { features?: { lexeme?: { list?: unknown; intrinsicSize?: unknown } } } | null)?.features?.lexeme;
  return Array.isArray(lexeme?.list) && typeof lexeme?.intrinsicSize === 'number';
}

/**
 * The model's `metaCER()` answer, asked once: that loader re-encodes its own module state on
 * every call (`machines = JSON.stringify(machines)`), so each new instance would encode it
 * again, the string growing until `Invalid string length` (after ~20 instances). Only
 * custom entities read it, which nothing here uses.
 */
let metaCER: unknown;

let sbdOnly: WinkInstance | undefined;
/** The lexicon of `sbdOnly`'s core model, when it has the expected shape (else the instance is never renewed). */
let sbdLexicon: CoreLexicon | undefined;

/** The sentence instance; `renewAfter` (new words before a fresh instance) is for tests. */
export function winkSentences(renewAfter = SBD_RENEW_AFTER): WinkInstance {
  if (sbdLexicon !== undefined && sbdLexicon.features.lexeme.list.length - sbdLexicon.features.lexeme.intrinsicSize > renewAfter) {
    // drop the old instance before loading the new one, so the two are not both held
    sbdOnly = undefined;
    sbdLexicon = undefined;
  }
  if (sbdOnly === undefined) {
    // `core()` builds the instance's own lexicon (a fresh one per call): keep a handle on it to count new words
    const core = model.core as unknown as () => unknown;
    const meta = model.metaCER as unknown as () => unknown;
    const peek = {
      ...model,
      core: (): unknown => {
        const c = core();
        sbdLexicon = isCoreLexicon(c) ? c : undefined;
        return c;
      },
      metaCER: (): unknown => (metaCER ??= meta()),
    } as unknown as typeof model;
    sbdOnly = winkNLP(peek, ['sbd']);
  }
  return sbdOnly;
}
