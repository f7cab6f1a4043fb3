import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The one wink-nlp instance of a process (loading the model costs ~0.2 s, so it is
 * loaded once, on first use). Every module that needs wink-nlp goes through here.
 */
type WinkInstance = ReturnType<typeof winkNLP>;

let instance: WinkInstance | undefined;

export function wink(): WinkInstance {
  instance ??= winkNLP(model);
  return instance;
}
