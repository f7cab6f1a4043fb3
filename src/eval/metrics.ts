import type { Accuracy, IngestScores, Mean, PRF, Scores } from './types.ts';

/** A ratio, or null when the denominator is 0 (nothing to measure, not a perfect score). */
export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

/**
 * P/R/F1 from counts. F1 is `2tp / (2tp + fp + fn)`: 0 when something was expected or
 * predicted and nothing matched, null only when there was nothing on either side.
 */
export function prf(tp: number, fp: number, fn: number): PRF {
  return {
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: ratio(correct, total) };
}

export function mean(sum: number, n: number): Mean {
  return { sum, n, mean: ratio(sum, n) };
}

export function ingestScores(keepFound: number, keepTotal: number, dropAbsent: number, dropTotal: number): IngestScores {
  const keepRecall = ratio(keepFound, keepTotal);
  const dropPrecision = ratio(dropAbsent, dropTotal);
  let f1: number | null;
  if (keepRecall === null) f1 = dropPrecision;
  else if (dropPrecision === null) f1 = keepRecall;
  else f1 = keepRecall + dropPrecision === 0 ? 0 : (2 * keepRecall * dropPrecision) / (keepRecall + dropPrecision);
  return { keepFound, keepTotal, dropAbsent, dropTotal, keepRecall, dropPrecision, f1 };
}

const addPRF = (a: PRF, b: PRF): PRF => prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
const addAcc = (a: Accuracy, b: Accuracy): Accuracy => accuracy(a.correct + b.correct, a.total + b.total);

/** Micro-average: counts summed over documents, ratios recomputed from the sums. */
export function addScores(a: Scores, b: Scores): Scores {
  return {
    ingest: ingestScores(
      a.ingest.keepFound + b.ingest.keepFound,
      a.ingest.keepTotal + b.ingest.keepTotal,
      a.ingest.dropAbsent + b.ingest.dropAbsent,
      a.ingest.dropTotal + b.ingest.dropTotal,
    ),
    actors: { detection: addPRF(a.actors.detection, b.actors.detection), type: addAcc(a.actors.type, b.actors.type) },
    figures: {
      detection: addPRF(a.figures.detection, b.figures.detection),
      value: addAcc(a.figures.value, b.figures.value),
      kind: addAcc(a.figures.kind, b.figures.kind),
      qualifier: addAcc(a.figures.qualifier, b.figures.qualifier),
      unit: addAcc(a.figures.unit, b.figures.unit),
      strict: addPRF(a.figures.strict, b.figures.strict),
    },
    claims: {
      detection: addPRF(a.claims.detection, b.claims.detection),
      claimants: addAcc(a.claims.claimants, b.claims.claimants),
      claimantsLenient: addAcc(a.claims.claimantsLenient, b.claims.claimantsLenient),
      targets: addAcc(a.claims.targets, b.claims.targets),
      targetsLenient: addAcc(a.claims.targetsLenient, b.claims.targetsLenient),
      certainty: addAcc(a.claims.certainty, b.claims.certainty),
      content: mean(a.claims.content.sum + b.claims.content.sum, a.claims.content.n + b.claims.content.n),
      strict: addPRF(a.claims.strict, b.claims.strict),
    },
  };
}

const ZERO_PRF = prf(0, 0, 0);
const ZERO_ACC = accuracy(0, 0);

export const EMPTY_SCORES: Scores = {
  ingest: ingestScores(0, 0, 0, 0),
  actors: { detection: ZERO_PRF, type: ZERO_ACC },
  figures: { detection: ZERO_PRF, value: ZERO_ACC, kind: ZERO_ACC, qualifier: ZERO_ACC, unit: ZERO_ACC, strict: ZERO_PRF },
  claims: {
    detection: ZERO_PRF,
    claimants: ZERO_ACC,
    claimantsLenient: ZERO_ACC,
    targets: ZERO_ACC,
    targetsLenient: ZERO_ACC,
    certainty: ZERO_ACC,
    content: mean(0, 0),
    strict: ZERO_PRF,
  },
};

/** Micro-averaged scores of many documents. */
export function microAverage(all: readonly Scores[]): Scores {
  return all.reduce(addScores, EMPTY_SCORES);
}
