import { readFileSync } from 'node:fs';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import { HEDGES, REPORTING_VERBS } from '../../lexicons/cues.ts';
import type { Actor, Claim, ClaimType, Doc, Figure, Span } from '../../types/index.ts';
import { actDoers, agentRefs, harmSpansBySentence, speakerOf, subjectRefs, type SentenceContext } from './analyse.ts';
import { namedRefs, uniqueIds, type Ref } from './mentions.ts';
import { attributeQuotes, quoteSpans } from './quotes.ts';
import { claimSentences } from './sentences.ts';

/**
 * The `rules-learned` experiment (issue 5): a sentence detector as a recall booster on top of
 * the rule claims. A body sentence holding no rule claim whose probability of being a claim
 * sentence passes the model's threshold becomes one claim, with the whole sentence as
 * evidence; its type comes from a second small model (accusation or denial).
 *
 * Both models are Bernoulli naive Bayes over binary features, trained by
 * eval/train-claim-sentences.ts on development material only (weighted counts: invented
 * articles are denser in claims than real ones, see there). Features are lower-cased Porter
 * stems of natural's WordTokenizer tokens, plus a few shape features (a quote mark, a
 * reporting verb, a negation, named actors in the sentence).
 */

export type SentenceClass = 'accusation' | 'denial' | 'none';

const tokenizer = new WordTokenizer();
const QUOTE_MARK = /["\u201C\u201D]/;
const REPORTING = new RegExp(`\\b${REPORTING_VERBS}\\b|\\baccording\\s+to\\b`);
const NEGATION = /\b(?:not|no|never|nothing|n['\u2019]t|without)\b/i;
const HEDGE_RE = new RegExp(`\\b${HEDGES}\\b`, 'i');
const NUMBER = /^\d/;
/** The first verb of a clause: an auxiliary, a past form, a reporting verb. */
const CLAUSE_VERB = new RegExp(`\\b(?:had|has|have|was|were|is|are|did|does|would|will|could|may|might|must|knew|made|took|paid|sent|ran|stole|hid|[a-z]{3,}ed|${REPORTING_VERBS})\\b`);
/** How far after the reporting verb (or the sentence start) the reported clause's subject may run. */
const CLAUSE_SUBJECT_MAX = 90;
/** A reporting verb with its subject before it ("The ministry said …"). */
const REPORTING_HEAD = new RegExp(`\\b${REPORTING_VERBS}\\b`);

/**
 * Porter stems memoised per process: news vocabulary repeats, and natural's stemmer is the
 * main cost of the features (cleared when it grows past STEM_CACHE_MAX words).
 */
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;
function stemOf(lower: string): string {
  let s = stemCache.get(lower);
  if (s === undefined) {
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    s = PorterStemmer.stem(lower);
    stemCache.set(lower, s);
  }
  return s;
}

/** The features of one sentence: stems, then shape features (`_q`, `_rv`, `_neg`, `_a1`, `_a2`). */
export function sentenceFeatures(sentence: string, actorsInSentence: number): string[] {
  const out = new Set<string>();
  for (const t of tokenizer.tokenize(sentence)) {
    if (t.length < 2) continue;
    out.add(NUMBER.test(t) ? '_num' : stemOf(t.toLowerCase()));
  }
  if (QUOTE_MARK.test(sentence)) out.add('_q');
  if (REPORTING.test(sentence)) out.add('_rv');
  if (NEGATION.test(sentence)) out.add('_neg');
  if (actorsInSentence >= 1) out.add('_a1');
  if (actorsInSentence >= 2) out.add('_a2');
  return [...out];
}

/** Distinct actors with a mention inside the span. */
export function actorsIn(actors: readonly Actor[], span: Span): number {
  let n = 0;
  for (const a of actors) if (a.mentions.some((m) => m.start >= span.start && m.end <= span.end)) n++;
  return n;
}

/**
 * One binary Bernoulli naive Bayes as saved: (weighted) example counts of the positive and
 * negative class and, per feature, the (weighted) number of examples of each class holding it.
 * `prior` is P(positive) used at prediction time (for the detector: the rate measured on real
 * articles, not the training mix).
 */
export interface SavedBinaryNB {
  readonly prior: number;
  readonly nPos: number;
  readonly nNeg: number;
  /** feature -> [positive count, negative count] */
  readonly counts: Readonly<Record<string, readonly [number, number]>>;
}

export interface SavedModel {
  readonly kind: 'bernoulli-nb';
  /** A sentence with P(claim) at or above it becomes a claim (above 1: never). */
  readonly threshold: number;
  readonly trainedOn: string;
  /** Claim sentence (positive) against none. */
  readonly detect: SavedBinaryNB;
  /** Among claim sentences: denial (positive) against accusation. */
  readonly denial: SavedBinaryNB;
}

/** Laplace smoothing of the per-class feature rates. */
const ALPHA = 1;

/** A compiled binary NB: the log-odds of the positive class for a set of present features. */
interface CompiledNB {
  logOdds(features: readonly string[]): number;
  /** The present feature pushing hardest towards the positive class (a cue word, not a shape feature), else ''. */
  top(features: readonly string[]): string;
}

function compileNB(m: SavedBinaryNB): CompiledNB {
  // Bernoulli NB: log-odds = prior + sum over ALL features of the absent-feature term, then for
  // each present feature swap its absent term for its present one (precomputed as one delta).
  const delta = new Map<string, number>();
  let base = Math.log(m.prior / (1 - m.prior));
  for (const [f, [cp, cn]] of Object.entries(m.counts)) {
    const pp = (cp + ALPHA) / (m.nPos + 2 * ALPHA);
    const pn = (cn + ALPHA) / (m.nNeg + 2 * ALPHA);
    const absent = Math.log((1 - pp) / (1 - pn));
    base += absent;
    delta.set(f, Math.log(pp / pn) - absent);
  }
  return {
    logOdds: (features) => {
      let z = base;
      for (const f of features) z += delta.get(f) ?? 0;
      return z;
    },
    top: (features) => {
      let best = '';
      let bestW = 0;
      for (const f of features) {
        const w = delta.get(f) ?? 0;
        if (!f.startsWith('_') && w > bestW) [best, bestW] = [f, w];
      }
      return best;
    },
  };
}

/** The compiled sentence model. */
export interface SentenceModel {
  readonly threshold: number;
  /** P(the sentence states a claim). */
  claimProbability(features: readonly string[]): number;
  /** The claim type of a claim sentence. */
  typeOf(features: readonly string[]): ClaimType;
  /** The feature with the largest weight towards a claim among `features` (a cue word), else ''. */
  topFeature(features: readonly string[]): string;
}

export function compileModel(saved: SavedModel): SentenceModel {
  const detect = compileNB(saved.detect);
  const denial = compileNB(saved.denial);
  return {
    threshold: saved.threshold,
    claimProbability: (features) => 1 / (1 + Math.exp(-detect.logOdds(features))),
    typeOf: (features) => (denial.logOdds(features) > 0 ? 'denial' : 'accusation'),
    topFeature: (features) => detect.top(features),
  };
}

export const MODEL_URL = new URL('./model/claim-sentences.json', import.meta.url);

let loaded: SentenceModel | undefined;
/** The committed model, read and compiled once per process (worker). */
export function sentenceModel(): SentenceModel {
  return (loaded ??= compileModel(JSON.parse(readFileSync(MODEL_URL, 'utf8')) as SavedModel));
}

export const LEARNED_SOURCE = 'claims';
const SKIP_KINDS = new Set(['headline', 'subhead']);

/**
 * `rules` claims plus one learned claim per body sentence that holds none and that the
 * model puts at or above its threshold. The rule claims come first, unchanged. Slots come
 * from the rules' own machinery, empty rather than a guess: claimants = the sentence's
 * speaker (quote attribution, "…, X said", "according to X", else the subject of a leading
 * reporting verb: "X said …"); targets of an accusation = the doer of a harm ("the hacking of
 * … by X", "… was carried out by X", "X stole …"), else the named subject of the reported
 * clause ("Officials said X had …"); a denial's targets stay empty. A sentence where neither
 * slot is found gets no claim.
 */
export function addLearnedClaims(doc: Doc, actors: readonly Actor[], figures: readonly Figure[], claims: readonly Claim[], model: SentenceModel = sentenceModel()): Claim[] {
  const text = doc.text;
  const sentences = claimSentences(doc);
  const kinds = doc.sentences.length > 0 ? doc.sentences.map((s) => s.kind) : null;
  const covered = (s: Span): boolean => claims.some((c) => c.evidence.start < s.end && s.start < c.evidence.end);
  let ctxBase: { refs: Ref[]; quotes: ReturnType<typeof attributeQuotes> } | null = null;
  const out = [...claims];
  sentences.forEach((s, k) => {
    if ((kinds && SKIP_KINDS.has(kinds[k] ?? '')) || (!kinds && k === 0) || covered(s)) return;
    const sentence = text.slice(s.start, s.end);
    const features = sentenceFeatures(sentence, actorsIn(actors, s));
    const prob = model.claimProbability(features);
    if (prob < model.threshold) return;
    const cls = model.typeOf(features);
    // Speaker and quotes only for the few sentences that pass (named refs, no coreference).
    ctxBase ??= (() => {
      const refs = namedRefs(actors);
      return { refs, quotes: attributeQuotes(text, quoteSpans(text), sentences, refs) };
    })();
    const ctx: SentenceContext = {
      text,
      sentence: s,
      refs: ctxBase.refs,
      quotes: ctxBase.quotes,
      tagger: null,
      accused: null,
      leadIn: false,
      affiliation: new Map(actors.map((a) => [a.id, a.affiliation])),
      mainAccused: [],
      headline: false,
      previous: null,
    };
    const speaker = speakerOf(ctx, s.start);
    // "X said (that) …" before any quote mark: X speaks (speakerOf covers quotes, tails and "according to").
    const rv = REPORTING_HEAD.exec(sentence);
    const rvAt = rv && !QUOTE_MARK.test(sentence.slice(0, rv.index)) ? s.start + rv.index : -1;
    const claimants = speaker.ids.length > 0 ? speaker.ids : rvAt > s.start ? uniqueIds(subjectRefs(ctx, s.start, rvAt)) : [];
    const notSpeaker = (id: string): boolean => !claimants.includes(id) && !speaker.reportedBy.includes(id);
    let targets: string[] = [];
    if (cls === 'accusation') {
      // The doer of a harm: "the hacking of … by X", "… was carried out by X", or the subject before
      // a harm verb after the reporting verb ("Officials said X stole …"); none found: empty.
      const from = rvAt >= 0 ? rvAt + (rv?.[0].length ?? 0) : s.start;
      const harm = harmSpansBySentence(text, [s])[0]?.find((h) => h.start >= from);
      const doers = (refs: readonly Ref[]): string[] => uniqueIds(refs).filter(notSpeaker);
      targets = doers(actDoers(ctx, from, s.end));
      if (targets.length === 0 && harm) targets = doers(agentRefs(ctx, harm.end, s.end));
      if (targets.length === 0 && harm) targets = doers(subjectRefs(ctx, from, harm.start));
      // else the subject of the reported clause, up to its first verb ("… said Iran's programme had …",
      // '"Mr. Lowe hid the money," said …'): named refs only, so a pronoun subject leaves it empty
      if (targets.length === 0) {
        const region = text.slice(from, Math.min(s.end, from + CLAUSE_SUBJECT_MAX));
        const verb = CLAUSE_VERB.exec(region);
        if (verb) targets = doers(subjectRefs(ctx, from, from + verb.index));
      }
    }
    // A claim with neither claimant nor target cannot be strictly right and, in cross-validation,
    // was mostly spurious on real articles (background sentences about wrongdoing): left out.
    if (claimants.length === 0 && targets.length === 0) return;
    const top = model.topFeature(features);
    const cue = top === '' ? '' : (tokenizer.tokenize(sentence).find((t) => stemOf(t.toLowerCase()) === top) ?? '');
    out.push({
      id: `c${out.length + 1}`,
      type: cls,
      claimants,
      targets,
      cue,
      content: sentence,
      evidence: { start: s.start, end: s.end, text: sentence },
      certainty: HEDGE_RE.test(sentence) ? 'hedged' : 'asserted',
      reported_by: speaker.reportedBy,
      figures: figures.filter((x) => x.start >= s.start && x.end <= s.end).map((x) => x.id),
      confidence: Math.round(prob * 100) / 100,
      content_span: { start: s.start, end: s.end },
      source: LEARNED_SOURCE,
      reason: `learned:${cls}${top === '' ? '' : `:${top}`}`,
    });
  });
  return out;
}
