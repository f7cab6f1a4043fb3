import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
 * Session 7 detector: an L2 logistic regression over binary features, trained by
 * eval/train-claim-sentences.ts on development material only (real dev articles weighted x3,
 * invented sets density-weighted, only sentences no rule claim covers) and judged by 5-fold
 * cross-validation on the REAL dev articles. Features: lower-cased Porter stems of natural's
 * WordTokenizer tokens; shape features (a quote mark, a reporting verb, a negation, named actors
 * in the sentence); position (lede or late background); and which slots the rules' machinery
 * finds (a claimant, a speaker, a target). A learned accusation is kept only with a claimant AND a
 * target (gate `both`): on real articles the detector's false hits are background sentences
 * about wrongdoing (pleas, statutes, court procedure) that nobody in the sentence alleges.
 * The typer is Bernoulli naive Bayes (session 6).
 */

export type SentenceClass = 'accusation' | 'denial' | 'none';

/**
 * natural's WordTokenizer without its per-call overhead: it splits on /[^A-Za-zА-Яа-я0-9_]+/ and
 * drops empty pieces, which leaves exactly the maximal runs of the complementary class
 * ("Mr. Lowe's" -> Mr, Lowe, s). Same tokens, about half the cost.
 */
const WORD_RUN = /[A-Za-zА-Яа-я0-9_]+/g;
export function wordTokens(s: string): string[] {
  return s.match(WORD_RUN) ?? [];
}
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

/** Entries kept by each per-process memo of this module before it is cleared. */
const CACHE_MAX = 10_000;
/**
 * natural's Porter stemmer, loaded on first use: rules.ts imports this module for the
 * `rules-learned` option, and the default `rules` path never stems (a static import cost every
 * worker ~1 MB RSS for nothing). A direct file import: the package root prints (PACKAGES.md).
 */
let porter: { stem(token: string): string } | undefined;

/**
 * The word feature of a token as it appears (`_num` for a number, else its lower-cased Porter
 * stem), memoised per process on the raw token: news vocabulary repeats, and the stemmer is
 * the main cost of the features (cleared when it grows past CACHE_MAX tokens).
 */
const tokenCache = new Map<string, string>();
function tokenFeature(t: string): string {
  let f = tokenCache.get(t);
  if (f === undefined) {
    if (tokenCache.size >= CACHE_MAX) tokenCache.clear();
    porter ??= createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(token: string): string };
    f = NUMBER.test(t) ? '_num' : porter.stem(t.toLowerCase());
    tokenCache.set(t, f);
  }
  return f;
}

/** The distinct word features of a sentence (tokens of two characters or more), in order of first occurrence. */
function wordFeatures(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const t of wordTokens(sentence)) if (t.length >= 2) out.add(tokenFeature(t));
  return out;
}

/** The features of one sentence: stems, then shape features (`_q`, `_rv`, `_neg`, `_a1`, `_a2`). */
export function sentenceFeatures(sentence: string, actorsInSentence: number): string[] {
  return withShapes(wordFeatures(sentence), QUOTE_MARK.test(sentence), REPORTING.test(sentence), NEGATION.test(sentence), actorsInSentence);
}

/** The word features, then the shape features present, as one list (the order sentenceFeatures gives). */
function withShapes(words: Set<string>, quote: boolean, reporting: boolean, negation: boolean, actorsInSentence: number): string[] {
  const out = new Set(words);
  if (quote) out.add('_q');
  if (reporting) out.add('_rv');
  if (negation) out.add('_neg');
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

/** An L2 logistic regression as saved: bias and per-feature weights (absent feature: weight 0). */
export interface SavedLogistic {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
}

export interface SavedModel {
  /** The detector: `logistic` (session 7) or `bernoulli-nb` (session 6); the denial typer is NB in both. */
  readonly kind: 'bernoulli-nb' | 'logistic';
  /** Slot features (`_hasC`, `_hasT`, `_cspk`) in the detector's input (absent: no). */
  readonly slotFeatures?: boolean;
  /** Which slots a learned claim must have (absent: `either`). */
  readonly gate?: Gate;
  /** Position features (`_s0`, `_s1`, `_late`) in use (absent: no). */
  readonly position?: boolean;
  /** Where an accusation's target comes from when the sentence gives none (absent: `none`). */
  readonly fallback?: TargetFallback;
  /** A sentence with P(claim) at or above it becomes a claim (above 1: never). */
  readonly threshold: number;
  readonly trainedOn: string;
  /** Claim sentence (positive) against none (kind `bernoulli-nb`). */
  readonly detect?: SavedBinaryNB;
  /** Claim sentence (positive) against none (kind `logistic`). */
  readonly logistic?: SavedLogistic;
  /** Among claim sentences: denial (positive) against accusation. */
  readonly denial: SavedBinaryNB;
}

/** Laplace smoothing of the per-class feature rates. */
const ALPHA = 1;

/** A compiled binary model (naive Bayes or logistic): the log-odds of the positive class for a set of present features. */
interface CompiledNB {
  /** The log-odds with no feature present; logOdds(fs) = base + the sum of weight(f) over fs (both models are additive). */
  readonly base: number;
  weight(feature: string): number;
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
  return additive(base, delta);
}

function compileLogistic(m: SavedLogistic): CompiledNB {
  return additive(m.bias, new Map(Object.entries(m.weights)));
}

/** An additive model (both detectors): log-odds = base + the weights of the present features (absent from `weights`: 0). */
function additive(base: number, weights: ReadonlyMap<string, number>): CompiledNB {
  const weight = (f: string): number => weights.get(f) ?? 0;
  return {
    base,
    weight,
    logOdds: (features) => {
      let z = base;
      for (const f of features) z += weight(f);
      return z;
    },
    top: (features) => {
      let best = '';
      let bestW = 0;
      for (const f of features) {
        const w = weight(f);
        if (!f.startsWith('_') && w > bestW) [best, bestW] = [f, w];
      }
      return best;
    },
  };
}

/** The slot features of a candidate: which slots the rules' machinery finds in it. */
export function slotFeatures(slots: LearnedSlots): string[] {
  const out: string[] = [];
  if (slots.claimants.length > 0) out.push('_hasC');
  if (slots.targets.length > 0) out.push('_hasT');
  if (slots.claimantHow === 'speaker') out.push('_cspk');
  return out;
}
const SLOT_FEATURES = ['_hasC', '_hasT', '_cspk'];
/** The shape features sentenceFeatures adds after the word features (the prefilter bounds them). */
const SHAPE_FEATURES = ['_q', '_rv', '_neg', '_a1', '_a2'];

/**
 * An upper bound of the detector's log-odds from a sentence's word features alone: its words'
 * weights, plus every shape feature that could only raise it (`shapeBoost`); the caller adds
 * position and slot features. A sentence whose bound stays short of the threshold needs no
 * shape regexes, actor counts or slots.
 */
export interface LogOddsBound {
  readonly base: number;
  weight(feature: string): number;
  readonly shapeBoost: number;
  /** The sum of the weights of the sentence's distinct word features (what sentenceFeatures' words add to the log-odds). */
  wordWeight(sentence: string): number;
}

/** One word feature of a model: its weight, and the last sentence that counted it (each counts once per sentence). */
interface WordEntry {
  readonly w: number;
  seen: number;
}

/**
 * The summed weight of a sentence's distinct word features with one map lookup per token: raw
 * token -> the entry of its feature, entries shared by the tokens of one feature ("Said", "said")
 * so a sentence counts each feature once. Both maps are bounded like the token cache (cleared
 * between sentences only, so one sentence never sees two entries of a feature).
 */
function wordWeigher(weight: (f: string) => number): (sentence: string) => number {
  const byToken = new Map<string, WordEntry>();
  const byFeature = new Map<string, WordEntry>();
  let sentenceNo = 0;
  return (sentence) => {
    if (byToken.size >= CACHE_MAX) {
      byToken.clear();
      byFeature.clear();
    }
    const no = ++sentenceNo;
    let z = 0;
    for (const t of wordTokens(sentence)) {
      if (t.length < 2) continue;
      let e = byToken.get(t);
      if (e === undefined) {
        const f = tokenFeature(t);
        e = byFeature.get(f);
        if (e === undefined) {
          e = { w: weight(f), seen: 0 };
          byFeature.set(f, e);
        }
        byToken.set(t, e);
      }
      if (e.seen !== no) {
        e.seen = no;
        z += e.w;
      }
    }
    return z;
  };
}

/** The compiled sentence model. */
export interface SentenceModel {
  readonly threshold: number;
  readonly slotFeatures: boolean;
  /** The largest rise of the log-odds the slot features can give (a sentence short of the threshold by more needs no slots). */
  readonly slotBoost: number;
  readonly gate: Gate;
  readonly position: boolean;
  readonly fallback: TargetFallback;
  /** P(the sentence states a claim). */
  claimProbability(features: readonly string[]): number;
  /** The claim type of a claim sentence. */
  typeOf(features: readonly string[]): ClaimType;
  /** The feature with the largest weight towards a claim among `features` (a cue word), else ''. */
  topFeature(features: readonly string[]): string;
  /** For the prefilter of addLearnedClaims (absent: every candidate is scored in full). */
  readonly bound?: LogOddsBound;
}

export function compileModel(saved: SavedModel): SentenceModel {
  const detect = saved.kind === 'logistic' && saved.logistic ? compileLogistic(saved.logistic) : saved.detect ? compileNB(saved.detect) : null;
  if (!detect) throw new Error(`sentence model without a ${saved.kind} detector`);
  const denial = compileNB(saved.denial);
  const slotBoost = SLOT_FEATURES.reduce((sum, f) => sum + Math.max(0, detect.logOdds([f]) - detect.logOdds([])), 0);
  const shapeBoost = SHAPE_FEATURES.reduce((sum, f) => sum + Math.max(0, detect.weight(f)), 0);
  return {
    threshold: saved.threshold,
    slotFeatures: saved.slotFeatures ?? false,
    slotBoost,
    gate: saved.gate ?? 'either',
    position: saved.position ?? false,
    fallback: saved.fallback ?? 'none',
    claimProbability: (features) => 1 / (1 + Math.exp(-detect.logOdds(features))),
    typeOf: (features) => (denial.logOdds(features) > 0 ? 'denial' : 'accusation'),
    topFeature: (features) => detect.top(features),
    bound: { base: detect.base, weight: detect.weight, shapeBoost, wordWeight: wordWeigher(detect.weight) },
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

/** A body sentence holding no rule claim: what the detector scores. */
export interface Candidate {
  readonly span: Span;
  readonly sentence: string;
  readonly features: string[];
}

/**
 * Position features of a body sentence (index among body sentences, count of them): the lede
 * states the news (allegations), the late paragraphs hold background (statutes, history,
 * court procedure) that gold leaves out.
 */
export function positionFeatures(bodyIndex: number, bodyCount: number): string[] {
  const out: string[] = [];
  if (bodyIndex === 0) out.push('_s0');
  else if (bodyIndex <= 3) out.push('_s1');
  if (bodyCount >= 5 && bodyIndex >= 0.6 * bodyCount) out.push('_late');
  return out;
}

/**
 * The body sentences (headline and subheads left out) with their features, in order; `keep`
 * picks the ones to featurise (position still counts every body sentence).
 */
export function bodySentences(doc: Doc, actors: readonly Actor[], withPosition: boolean, keep: (s: Span) => boolean = () => true): Candidate[] {
  const body = bodySpans(doc);
  const out: Candidate[] = [];
  body.forEach((span, i) => {
    if (!keep(span)) return;
    const sentence = doc.text.slice(span.start, span.end);
    const features = sentenceFeatures(sentence, actorsIn(actors, span));
    if (withPosition) features.push(...positionFeatures(i, body.length));
    out.push({ span, sentence, features });
  });
  return out;
}

/** Body sentences holding no rule claim, with their features. */
export function learnedCandidates(doc: Doc, actors: readonly Actor[], claims: readonly Claim[], withPosition: boolean): Candidate[] {
  return bodySentences(doc, actors, withPosition, (s) => !holdsClaim(claims, s));
}

/** The claim sentences of the body (the headline and subheads left out; without ingest sentence kinds, the first sentence is the headline). */
function bodySpans(doc: Doc): Span[] {
  const sentences = claimSentences(doc);
  const kinds = doc.sentences.length > 0 ? doc.sentences.map((s) => s.kind) : null;
  return sentences.filter((_, k) => !((kinds && SKIP_KINDS.has(kinds[k] ?? '')) || (!kinds && k === 0)));
}

/** Some claim's evidence overlaps the sentence. */
export function holdsClaim(claims: readonly Claim[], s: Span): boolean {
  return claims.some((c) => c.evidence.start < s.end && s.start < c.evidence.end);
}

/**
 * The candidates (body sentences holding no rule claim) that can reach the threshold: the same
 * candidates, features and order as learnedCandidates, minus the sentences whose log-odds bound
 * stays below the threshold's, found in steps from cheap to dear: word weights + position + every
 * raising shape and slot feature; then the quote mark and negation known; then the actor count;
 * then the reporting verb (the costliest regex). On news text most body sentences drop out in the
 * first two steps ("The festival opens next week."). Margin 1e-6: the bound sums in another
 * order, and the caller compares through exp and log.
 */
function prefiltered(doc: Doc, actors: readonly Actor[], claims: readonly Claim[], model: SentenceModel, minLogOdds: number): Candidate[] {
  const bound = model.bound;
  if (!bound || !(minLogOdds > -Infinity)) return learnedCandidates(doc, actors, claims, model.position);
  const body = bodySpans(doc);
  const need = minLogOdds - 1e-6 - (model.slotFeatures ? model.slotBoost : 0);
  const up = (f: string): number => Math.max(0, bound.weight(f));
  const upRv = up('_rv');
  const upActors = up('_a1') + up('_a2');
  const out: Candidate[] = [];
  body.forEach((span, i) => {
    if (holdsClaim(claims, span)) return;
    const sentence = doc.text.slice(span.start, span.end);
    const position = model.position ? positionFeatures(i, body.length) : [];
    let z = bound.base + bound.wordWeight(sentence);
    for (const f of position) z += bound.weight(f);
    if (z + bound.shapeBoost < need) return;
    const words = wordFeatures(sentence);
    // a shape feature already among the words (a token "_q") counts once, as in the features
    const shape = (f: string): number => (words.has(f) ? 0 : bound.weight(f));
    const quote = QUOTE_MARK.test(sentence);
    const negation = NEGATION.test(sentence);
    if (quote) z += shape('_q');
    if (negation) z += shape('_neg');
    if (z + upRv + upActors < need) return;
    const n = actorsIn(actors, span);
    if (n >= 1) z += shape('_a1');
    if (n >= 2) z += shape('_a2');
    if (z + upRv < need) return;
    const features = withShapes(words, quote, REPORTING.test(sentence), negation, n);
    features.push(...position);
    out.push({ span, sentence, features });
  });
  return out;
}

/** The slots of a learned claim, both readings (accusation targets; a denial's stay empty). */
export interface LearnedSlots {
  readonly claimants: string[];
  readonly reportedBy: string[];
  /** Targets if the sentence is an accusation. */
  readonly targets: string[];
  /** How the claimants were found: a speaker (quote, tail, "according to") or a leading reporting verb, else ''. */
  readonly claimantHow: 'speaker' | 'reporting-subject' | '';
  /** Actors the document's rule claims accuse that are named in this sentence (not the claimants), most accused first. */
  readonly accusedNamed: string[];
  /** The actor the document's rule claims accuse most (not a claimant here), if any. */
  readonly mainAccused: string[];
}

/**
 * Where an accusation's target comes from when the sentence itself gives none: `none`; `named`
 * an actor the document's rule claims accuse, named in the sentence ("Kessling's lawyers said the
 * audit of Varnholt Bank had been rigged" in an article accusing Varnholt Bank); `main` else the
 * document's most accused actor ("Officials said the operation bore all the hallmarks of state
 * espionage" in an article whose claims accuse one state).
 */
export type TargetFallback = 'none' | 'named' | 'main';

export function withFallback(slots: LearnedSlots, fallback: TargetFallback): LearnedSlots {
  if (slots.targets.length > 0 || fallback === 'none') return slots;
  if (slots.accusedNamed.length > 0) return { ...slots, targets: slots.accusedNamed.slice(0, 1) };
  if (fallback === 'main' && slots.mainAccused.length > 0) return { ...slots, targets: slots.mainAccused };
  return slots;
}

/**
 * Slot finder for the candidate sentences of one document (named refs and quotes built once,
 * on first use: only sentences that pass the detector pay for it).
 */
export function slotFinder(doc: Doc, actors: readonly Actor[], claims: readonly Claim[]): (s: Span) => LearnedSlots {
  const text = doc.text;
  // the document's accused: targets of its rule accusations, most often accused first (ties: first accused first)
  const accusedCount = new Map<string, number>();
  for (const c of claims) if (c.type === 'accusation') for (const t of c.targets) accusedCount.set(t, (accusedCount.get(t) ?? 0) + 1);
  const accused = [...accusedCount.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  let base: { refs: Ref[]; quotes: ReturnType<typeof attributeQuotes>; affiliation: Map<string, string | null> } | null = null;
  return (s) => {
    base ??= (() => {
      const refs = namedRefs(actors);
      return { refs, quotes: attributeQuotes(text, quoteSpans(text), claimSentences(doc), refs), affiliation: new Map(actors.map((a) => [a.id, a.affiliation])) };
    })();
    const sentence = text.slice(s.start, s.end);
    const ctx: SentenceContext = {
      text,
      sentence: s,
      refs: base.refs,
      quotes: base.quotes,
      tagger: null,
      accused: null,
      leadIn: false,
      affiliation: base.affiliation,
      mainAccused: [],
      headline: false,
      previous: null,
    };
    const speaker = speakerOf(ctx, s.start);
    // "X said (that) …" before any quote mark: X speaks (speakerOf covers quotes, tails and "according to").
    const rv = REPORTING_HEAD.exec(sentence);
    const rvAt = rv && !QUOTE_MARK.test(sentence.slice(0, rv.index)) ? s.start + rv.index : -1;
    const subject = speaker.ids.length === 0 && rvAt > s.start ? uniqueIds(subjectRefs(ctx, s.start, rvAt)) : [];
    const claimants = speaker.ids.length > 0 ? speaker.ids : subject;
    const claimantHow = speaker.ids.length > 0 ? 'speaker' : subject.length > 0 ? 'reporting-subject' : '';
    const notSpeaker = (id: string): boolean => !claimants.includes(id) && !speaker.reportedBy.includes(id);
    // The doer of a harm: "the hacking of … by X", "… was carried out by X", or the subject before
    // a harm verb after the reporting verb ("Officials said X stole …"); none found: empty.
    const from = rvAt >= 0 ? rvAt + (rv?.[0].length ?? 0) : s.start;
    const doers = (refs: readonly Ref[]): string[] => uniqueIds(refs).filter(notSpeaker);
    let targets = doers(actDoers(ctx, from, s.end));
    // the harm verb only when needed: its scan may run past the sentence to the next harm word
    const harm = targets.length === 0 ? harmSpansBySentence(text, [s])[0]?.find((h) => h.start >= from) : undefined;
    if (targets.length === 0 && harm) targets = doers(agentRefs(ctx, harm.end, s.end));
    if (targets.length === 0 && harm) targets = doers(subjectRefs(ctx, from, harm.start));
    // else the subject of the reported clause, up to its first verb ("… said Iran's programme had …",
    // '"Mr. Lowe hid the money," said …'): named refs only, so a pronoun subject leaves it empty
    if (targets.length === 0) {
      const region = text.slice(from, Math.min(s.end, from + CLAUSE_SUBJECT_MAX));
      const verb = CLAUSE_VERB.exec(region);
      if (verb) targets = doers(subjectRefs(ctx, from, from + verb.index));
    }
    const named = accused.filter((id) => notSpeaker(id) && actors.some((a) => a.id === id && a.mentions.some((m) => m.start >= s.start && m.end <= s.end)));
    const main = accused.slice(0, 1).filter(notSpeaker);
    return { claimants, reportedBy: speaker.reportedBy, targets, claimantHow, accusedNamed: named, mainAccused: main };
  };
}

/**
 * Which learned claims are kept, by the slots found: `either` a claimant or a target (a claim
 * with neither cannot be strictly right); `claimant` someone who says it; `both` a claimant
 * and, for an accusation, a target (an allegation BY someone ABOUT someone, not narration).
 */
export type Gate = 'either' | 'claimant' | 'both';

export function passesGate(gate: Gate, type: ClaimType, slots: LearnedSlots): boolean {
  const hasC = slots.claimants.length > 0;
  const hasT = type === 'denial' ? false : slots.targets.length > 0;
  if (gate === 'either') return hasC || hasT;
  if (gate === 'claimant') return hasC;
  return hasC && (type === 'denial' || hasT);
}

/** The learned claim for a candidate sentence that passed (id given by the caller). */
export function learnedClaim(figures: readonly Figure[], c: Candidate, type: ClaimType, prob: number, top: string, slots: LearnedSlots, id: string): Claim {
  const cue = top === '' ? '' : (wordTokens(c.sentence).find((t) => !NUMBER.test(t) && tokenFeature(t) === top) ?? '');
  return {
    id,
    type,
    claimants: slots.claimants,
    targets: type === 'accusation' ? slots.targets : [],
    cue,
    content: c.sentence,
    evidence: { start: c.span.start, end: c.span.end, text: c.sentence },
    certainty: HEDGE_RE.test(c.sentence) ? 'hedged' : 'asserted',
    reported_by: slots.reportedBy,
    figures: figures.filter((x) => x.start >= c.span.start && x.end <= c.span.end).map((x) => x.id),
    confidence: Math.round(prob * 100) / 100,
    content_span: { start: c.span.start, end: c.span.end },
    source: LEARNED_SOURCE,
    reason: `learned:${type}${top === '' ? '' : `:${top}`}`,
  };
}

/**
 * `rules` claims plus one learned claim per body sentence that holds none and that the
 * model puts at or above its threshold. The rule claims come first, unchanged. Slots come
 * from the rules' own machinery, empty rather than a guess: claimants = the sentence's
 * speaker (quote attribution, "…, X said", "according to X", else the subject of a leading
 * reporting verb: "X said …"); targets of an accusation = the doer of a harm ("the hacking of
 * … by X", "… was carried out by X", "X stole …"), else the named subject of the reported
 * clause ("Officials said X had …"); a denial's targets stay empty. The model's gate decides
 * which slots a kept claim must have.
 */
export function addLearnedClaims(doc: Doc, actors: readonly Actor[], figures: readonly Figure[], claims: readonly Claim[], model: SentenceModel = sentenceModel()): Claim[] {
  const out = [...claims];
  const slotsOf = slotFinder(doc, actors, claims);
  const minLogOdds = Math.log(model.threshold / (1 - model.threshold));
  for (const c of prefiltered(doc, actors, claims, model, minLogOdds)) {
    let features = c.features;
    let found: LearnedSlots | null = null;
    if (model.slotFeatures) {
      // cheap bound first: without its slots the sentence must come within slotBoost of the threshold
      const p0 = model.claimProbability(features);
      if (Math.log(p0 / (1 - p0)) + model.slotBoost < minLogOdds) continue;
      found = slotsOf(c.span);
      features = [...features, ...slotFeatures(found)];
    }
    const prob = model.claimProbability(features);
    if (prob < model.threshold) continue;
    const type = model.typeOf(features);
    const slots = withFallback(found ?? slotsOf(c.span), model.fallback);
    if (!passesGate(model.gate, type, slots)) continue;
    out.push(learnedClaim(figures, { ...c, features }, type, prob, model.topFeature(features), slots, `c${out.length + 1}`));
  }
  return out;
}
