import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The wink-nlp instances of a process, each loaded once on first use (the model costs
 * ~0.2 s to load). Every module that needs wink-nlp goes through here.
 *
 * - `winkSentences()`: only sentence boundary detection (`['sbd']`). wink runs its pipe
 *   annotations one after another over the tokens, and sbd reads none of the others
 *   (ner, negation, sentiment, pos, cer), so tokens and sentences are the same as the full
 *   pipe's, at about half the cost. Ingest uses this one.
 * - `wink()`: the full pipe (pos, ner, negation, ...), for code that really reads tags or
 *   entities (and the benchmark's "wink-nlp alone" reference).
 */
type WinkInstance = ReturnType<typeof winkNLP>;

let full: WinkInstance | undefined;
let sbdOnly: WinkInstance | undefined;

export function wink(): WinkInstance {
  full ??= winkNLP(model);
  return full;
}

export function winkSentences(): WinkInstance {
  sbdOnly ??= winkNLP(model, ['sbd']);
  return sbdOnly;
}
