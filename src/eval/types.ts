import type { Claim, ExtractionRecord, Figure, Actor, Gold, GoldActor, GoldClaim, GoldFigure, Span } from '../types/index.ts';

/**
 * The scorer's own data: scores (what `claims eval` reports, SPEC §4) and the
 * alignment behind them (what the error list and the HTML report show).
 */

/** Precision / recall / F1 from counts. A ratio whose denominator is 0 is null. */
export interface PRF {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** Accuracy over matched pairs; null when nothing was matched. */
export interface Accuracy {
  readonly correct: number;
  readonly total: number;
  readonly accuracy: number | null;
}

/** A mean over matched pairs (content token F1); null when nothing was matched. */
export interface Mean {
  readonly sum: number;
  readonly n: number;
  readonly mean: number | null;
}

export interface IngestScores {
  readonly keepFound: number;
  readonly keepTotal: number;
  readonly dropAbsent: number;
  readonly dropTotal: number;
  readonly keepRecall: number | null;
  readonly dropPrecision: number | null;
  /** Harmonic mean of keep-recall and drop-precision. */
  readonly f1: number | null;
}

export interface ActorScores {
  readonly detection: PRF;
  readonly type: Accuracy;
}

export interface FigureScores {
  readonly detection: PRF;
  readonly value: Accuracy;
  readonly kind: Accuracy;
  readonly qualifier: Accuracy;
  readonly unit: Accuracy;
  /** A match counts only when value, kind and unit agree. */
  readonly strict: PRF;
}

export interface ClaimScores {
  readonly detection: PRF;
  readonly claimants: Accuracy;
  readonly claimantsLenient: Accuracy;
  readonly targets: Accuracy;
  readonly targetsLenient: Accuracy;
  readonly certainty: Accuracy;
  readonly content: Mean;
  /** A match counts only when claimants and targets are both exactly right. The headline number. */
  readonly strict: PRF;
}

export interface Scores {
  readonly ingest: IngestScores;
  readonly actors: ActorScores;
  readonly figures: FigureScores;
  readonly claims: ClaimScores;
}

// ---------------------------------------------------------------------------
// Gold located in a cleaned text
// ---------------------------------------------------------------------------

export interface LocatedSnippet {
  readonly snippet: string;
  /** Where it sits in the cleaned text, or null when it cannot be found. */
  readonly span: Span | null;
}

export interface LocatedActor {
  readonly gold: GoldActor;
  /** Whole-word occurrences of its name and aliases, sorted, non-overlapping. */
  readonly mentions: readonly Span[];
}

export interface LocatedFigure {
  readonly gold: GoldFigure;
  readonly context: Span | null;
  /** The figure's `text` inside its located context; null when either is not found. */
  readonly span: Span | null;
}

export interface LocatedClaim {
  readonly gold: GoldClaim;
  /** The located evidence; null when not found. */
  readonly span: Span | null;
}

export interface LocatedGold {
  readonly gold: Gold;
  readonly keep: readonly LocatedSnippet[];
  readonly drop: readonly LocatedSnippet[];
  readonly actors: readonly LocatedActor[];
  readonly figures: readonly LocatedFigure[];
  readonly claims: readonly LocatedClaim[];
}

// ---------------------------------------------------------------------------
// Alignment
// ---------------------------------------------------------------------------

/**
 * Index pairs into `LocatedGold.<layer>` (gold, file order) and the canonically
 * sorted predictions (`DocEval.pred.<layer>`); unmatched items are listed too.
 */
export interface ActorPair {
  readonly gold: number;
  readonly pred: number;
  readonly typeOk: boolean;
}

export interface FigurePair {
  readonly gold: number;
  readonly pred: number;
  readonly valueOk: boolean;
  readonly kindOk: boolean;
  readonly qualifierOk: boolean;
  readonly unitOk: boolean;
  readonly strictOk: boolean;
}

export interface ClaimPair {
  readonly gold: number;
  readonly pred: number;
  readonly claimantsOk: boolean;
  readonly claimantsLenientOk: boolean;
  readonly targetsOk: boolean;
  readonly targetsLenientOk: boolean;
  readonly certaintyOk: boolean;
  readonly contentF1: number;
  readonly strictOk: boolean;
  /** Predicted claimants / targets mapped to gold actor ids; unaligned ones as `?<pred id>`. */
  readonly claimantsMapped: readonly string[];
  readonly targetsMapped: readonly string[];
}

export interface Alignment<P> {
  readonly pairs: readonly P[];
  /** Gold indices left unmatched (missed, including unlocated ones). */
  readonly missed: readonly number[];
  /** Prediction indices left unmatched (spurious). */
  readonly spurious: readonly number[];
}

/** Predictions in canonical order (independent of the order the extractor emitted them). */
export interface SortedPrediction {
  readonly actors: readonly Actor[];
  readonly figures: readonly Figure[];
  readonly claims: readonly Claim[];
}

export type ErrorLayer = 'ingest' | 'actor' | 'figure' | 'claim';
/** `unlocated`: a gold snippet not found in the cleaned text (counts as missed). */
export type ErrorKind = 'missed' | 'unlocated' | 'spurious' | 'wrong-slot';

/** One missed gold item, false positive, or matched pair with wrong slots. */
export interface EvalError {
  readonly doc: string;
  readonly layer: ErrorLayer;
  readonly kind: ErrorKind;
  /**
   * Why: for predictions the extractor's `reason` (the rule that fired); for gold
   * items the gold subtype ("accusation", "count", "person") or "snippet not found".
   */
  readonly reason: string;
  /** The prediction's `source` stage, where there is one. */
  readonly source: string | null;
  /** The item in a few words: a name, a figure text, a claim's cue. */
  readonly item: string;
  /** What is wrong, e.g. `claimants: gold [usa] / predicted [china]`. */
  readonly detail: string;
  /** The sentence of the cleaned text around it ("" when it has no place in the text). */
  readonly sentence: string;
  /** Where it sits in the cleaned text, or null. */
  readonly start: number | null;
}

/** Everything the scorer found for one document and one extractor. */
export interface DocEval {
  readonly doc: string;
  readonly extractor: string;
  readonly text: string;
  /** Set when the extractor failed on this document (scored as an empty prediction). */
  readonly failure: string | null;
  readonly located: LocatedGold;
  readonly pred: SortedPrediction;
  readonly actors: Alignment<ActorPair>;
  readonly figures: Alignment<FigurePair>;
  readonly claims: Alignment<ClaimPair>;
  readonly scores: Scores;
  readonly errors: readonly EvalError[];
}

/** A record with the prediction that produced it; the input of `evaluateDocument`. */
export type Prediction = ExtractionRecord;
