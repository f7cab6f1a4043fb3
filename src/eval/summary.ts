import { microAverage } from './metrics.ts';
import type { DocEval, EvalError, Scores } from './types.ts';

/** One extractor's results over a corpus: micro-averaged scores, the per-document rows, every error. */
export interface ExtractorResult {
  /** The name the extractor was run under (registry name, or the record's `extractor`). */
  readonly name: string;
  /** `name@version` as the records say, where known. */
  readonly version: string;
  readonly micro: Scores;
  readonly docs: readonly DocRow[];
  readonly errors: readonly EvalError[];
}

export interface DocRow {
  readonly doc: string;
  /** The extractor's failure on this document (scored as an empty prediction), or null. */
  readonly failure: string | null;
  readonly scores: Scores;
}

/** Summarises one extractor's document evaluations; documents in id order. */
export function summarise(name: string, version: string, evals: readonly DocEval[]): ExtractorResult {
  const sorted = [...evals].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  return {
    name,
    version,
    micro: microAverage(sorted.map((d) => d.scores)),
    docs: sorted.map((d) => ({ doc: d.doc, failure: d.failure, scores: d.scores })),
    errors: sorted.flatMap((d) => sortErrors(d.errors)),
  };
}

const LAYER_ORDER = ['ingest', 'actor', 'figure', 'claim'];

/** Errors of one document in reading order (layer, then position in the text). */
export function sortErrors(errors: readonly EvalError[]): EvalError[] {
  return [...errors].sort(
    (a, b) =>
      LAYER_ORDER.indexOf(a.layer) - LAYER_ORDER.indexOf(b.layer) ||
      (a.start ?? -1) - (b.start ?? -1) ||
      cmp(a.kind, b.kind) ||
      cmp(a.item, b.item) ||
      cmp(a.detail, b.detail),
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Errors grouped by cause: `layer kind: reason`, most frequent first. */
export interface ErrorGroup {
  readonly key: string;
  readonly layer: EvalError['layer'];
  readonly kind: EvalError['kind'];
  readonly reason: string;
  readonly errors: readonly EvalError[];
}

export function groupErrors(errors: readonly EvalError[]): ErrorGroup[] {
  const groups = new Map<string, EvalError[]>();
  for (const e of errors) {
    const key = `${e.layer} ${e.kind}: ${e.reason}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.entries()]
    .map(([key, list]) => {
      const first = list[0];
      if (!first) throw new Error('unreachable: empty error group');
      return { key, layer: first.layer, kind: first.kind, reason: first.reason, errors: list };
    })
    .sort((a, b) => b.errors.length - a.errors.length || cmp(a.key, b.key));
}

/**
 * JSON text of a result set, byte-identical for the same input: numbers rounded to
 * 6 decimals (so float noise never shows), keys in a fixed order, no timestamps.
 */
export function toStableJSON(value: unknown): string {
  return `${JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e6) / 1e6 : v), 2)}\n`;
}
