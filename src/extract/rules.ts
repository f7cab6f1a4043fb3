import { EXTRACTOR_CRASH, type Actor, type Claim, type Doc, type ExtractionRecord, type Extractor, type Figure, type Message, type StepClock } from '../types/index.ts';
import { extractActors } from './actors/index.ts';
import { extractClaimsBatch } from './claims/index.ts';
import { addLearnedClaims, type SentenceModel } from './claims/learned.ts';
import { extractFigures } from './figures/index.ts';

/**
 * `rules`: the full pipeline over one cleaned Doc: actors, figures, then claims over
 * both. Each stage runs on its own: a stage that throws becomes an error message in
 * the record and the later stages go on with what they have.
 */
export const RULES_VERSION = '0.1.0';

export interface RulesOptions {
  /** Registry name (`rules`, `rules-no-coref`, …). */
  readonly name?: string;
  readonly description?: string;
  /** Resolve pronouns and descriptions in claims. Default true. */
  readonly coref?: boolean;
  /**
   * Ask compromise about names nothing else classifies (actors) and about ambiguous cue
   * words (claims: verb or noun). Default false: on the
   * dev split it changed no score, at about 0.9x the CPU time of a wink readDoc
   * (src/extract/actors/README.md); the pipeline budget is >= 0.4x wink's speed.
   */
  readonly compromise?: boolean;
  /** Ingest with cleaning (default) or keep the raw article whole. */
  readonly clean?: boolean;
  /**
   * The `rules-learned` experiment: after the rule claims, a sentence classifier adds a
   * claim for a body sentence that has none (src/extract/claims/learned.ts). Default false.
   */
  readonly learned?: boolean;
  /** The sentence model for `learned` (default: the committed one; cross-validation passes a fold's). */
  readonly learnedModel?: SentenceModel;
}


export function createRules(options: RulesOptions = {}): Extractor {
  const name = options.name ?? 'rules';
  return {
    name,
    version: RULES_VERSION,
    description:
      options.description ?? 'full rule pipeline: gazetteer and name-rule actors, figure rules, cue-frame claims with quotes and coreference',
    ...(options.clean === false ? { clean: false } : {}),
    extract: (doc) => extractRules(doc, { ...options, name }),
    extractBatch: (docs, steps) => extractRulesBatch(docs, { ...options, name }, steps),
  };
}

/**
 * Milliseconds spent in each stage, added to by `extractRules` when it is given one
 * (`claims bench --phases stages`: where a document's time goes).
 */
export interface StageTimes {
  actors: number;
  figures: number;
  claims: number;
}

export function extractRules(doc: Doc, options: RulesOptions = {}, times?: StageTimes): ExtractionRecord {
  return extractRulesBatch([doc], options, undefined, times)[0]!;
}

/**
 * The records of several documents, stage by stage: actors and figures of every document,
 * then claims, themselves step by step over the batch (extractClaimsBatch; `extractRules` is a batch of one). Each record is the one the document gets
 * alone (the stages read nothing but their own document); running one stage over a batch keeps its code
 * and lexicons in the CPU caches, where one document at a time through all stages evicts them
 * (measured over 7,000 bench documents in blocks of 50, ingest included: 0.83x the time).
 */
export function extractRulesBatch(docs: readonly Doc[], options: RulesOptions = {}, steps?: StepClock, times?: StageTimes): ExtractionRecord[] {
  const compromise = options.compromise ?? false;
  const messages: Message[][] = docs.map((d) => [...d.messages]);
  // a document's actors and figures one right after the other: they share its tokens
  // (tokenize keeps the last Doc's; figures after all the batch's actors re-tokenised every document)
  const actors: Actor[][] = [];
  const figures: Figure[][] = [];
  docs.forEach((doc, k) => {
    steps?.start(k);
    const t0 = times ? performance.now() : 0;
    actors.push(runStage('extract:actors', messages[k]!, doc, () => extractActors(doc, { compromise }), [] as Actor[]));
    const t1 = times ? performance.now() : 0;
    figures.push(runStage('extract:figures', messages[k]!, doc, () => extractFigures(doc), [] as Figure[]));
    if (times) {
      times.actors += t1 - t0;
      times.figures += performance.now() - t1;
    }
    steps?.stop(k);
  });
  const t2 = times ? performance.now() : 0;
  // claims step by step over the batch (a document whose step throws gets its Error here)
  const found = extractClaimsBatch(docs, actors, figures, { coref: options.coref ?? true, compromise }, steps);
  const claims = docs.map((doc, k) => {
    steps?.start(k);
    const r = runStage(
      'extract:claims',
      messages[k]!,
      doc,
      () => {
        const c = found[k];
        if (c === undefined || c instanceof Error) throw c ?? new Error('no claims result');
        messages[k]!.push(...c.messages);
        return options.learned ? addLearnedClaims(doc, actors[k]!, figures[k]!, c.claims, options.learnedModel) : c.claims;
      },
      [] as Claim[],
    );
    steps?.stop(k);
    return r;
  });
  if (times) times.claims += performance.now() - t2;
  return docs.map((doc, k) => ({
    doc: doc.id,
    extractor: `${options.name ?? 'rules'}@${RULES_VERSION}`,
    title: doc.title,
    text: doc.text,
    actors: actors[k]!,
    figures: figures[k]!,
    claims: claims[k]!,
    messages: messages[k]!,
  }));
}

/** Runs one stage; an exception becomes an `extractor-crash` error message and the fallback value. */
export function runStage<T>(stage: string, messages: Message[], doc: Doc, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (err) {
    messages.push({
      level: 'error',
      code: EXTRACTOR_CRASH,
      message: `${stage} failed: ${err instanceof Error ? err.message : String(err)}`,
      stage,
      origin: doc.origin,
    });
    return fallback;
  }
}
