/**
 * The evaluation harness (SPEC §4): locate gold in a cleaned text, align predictions
 * to it, score, summarise, report. Pure functions over `src/types`; no file I/O (the
 * CLI reads and writes).
 */
export * from './types.ts';
export { normalise, normaliseSnippet, locate, locateWords, actorKey, tokens, tokenF1 } from './normalize.ts';
export { locateGold, actorMentions, overlap, sentenceAround } from './locate.ts';
export { assign } from './assign.ts';
export { prf, accuracy, mean, ingestScores, microAverage, addScores, EMPTY_SCORES } from './metrics.ts';
export { evaluateDocument, sortPrediction, alignActors, alignFigures, alignClaims, evidenceOverlaps } from './score.ts';
export { goldToRecord } from './gold-record.ts';
export { summarise, groupErrors, sortErrors, toStableJSON, type ExtractorResult, type DocRow, type ErrorGroup } from './summary.ts';
export { scoreTable, docTable, errorReport, fmt, METRIC_ROWS, DOC_COLUMNS } from './table.ts';
