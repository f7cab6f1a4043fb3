import type { ExtractorResult } from './summary.ts';
import { groupErrors } from './summary.ts';
import type { Scores } from './types.ts';

/**
 * Text tables of evaluation results, as Markdown pipe tables: readable in a terminal
 * and pasteable into a README unchanged.
 */

/** One row of the main table: a label and how to read the number from a `Scores`. */
export interface MetricRow {
  readonly label: string;
  readonly get: (s: Scores) => number | null;
}

/** Every figure SPEC §4 / issue 4 asks for, in the order the table shows them. */
export const METRIC_ROWS: readonly MetricRow[] = [
  { label: 'ingest keep-recall', get: (s) => s.ingest.keepRecall },
  { label: 'ingest drop-precision', get: (s) => s.ingest.dropPrecision },
  { label: 'ingest F1', get: (s) => s.ingest.f1 },
  { label: 'actor P', get: (s) => s.actors.detection.precision },
  { label: 'actor R', get: (s) => s.actors.detection.recall },
  { label: 'actor F1', get: (s) => s.actors.detection.f1 },
  { label: 'actor type acc', get: (s) => s.actors.type.accuracy },
  { label: 'figure P', get: (s) => s.figures.detection.precision },
  { label: 'figure R', get: (s) => s.figures.detection.recall },
  { label: 'figure F1', get: (s) => s.figures.detection.f1 },
  { label: 'figure value acc', get: (s) => s.figures.value.accuracy },
  { label: 'figure kind acc', get: (s) => s.figures.kind.accuracy },
  { label: 'figure qualifier acc', get: (s) => s.figures.qualifier.accuracy },
  { label: 'figure unit acc', get: (s) => s.figures.unit.accuracy },
  { label: 'figure strict F1', get: (s) => s.figures.strict.f1 },
  { label: 'claim P', get: (s) => s.claims.detection.precision },
  { label: 'claim R', get: (s) => s.claims.detection.recall },
  { label: 'claim F1', get: (s) => s.claims.detection.f1 },
  { label: 'claimant acc', get: (s) => s.claims.claimants.accuracy },
  { label: 'claimant acc (lenient)', get: (s) => s.claims.claimantsLenient.accuracy },
  { label: 'target acc', get: (s) => s.claims.targets.accuracy },
  { label: 'target acc (lenient)', get: (s) => s.claims.targetsLenient.accuracy },
  { label: 'certainty acc', get: (s) => s.claims.certainty.accuracy },
  { label: 'content token F1', get: (s) => s.claims.content.mean },
  { label: '**strict claim F1**', get: (s) => s.claims.strict.f1 },
];

/** The short per-document columns (per extractor). */
export const DOC_COLUMNS: readonly MetricRow[] = [
  { label: 'ingest F1', get: (s) => s.ingest.f1 },
  { label: 'actor F1', get: (s) => s.actors.detection.f1 },
  { label: 'figure sF1', get: (s) => s.figures.strict.f1 },
  { label: 'claim F1', get: (s) => s.claims.detection.f1 },
  { label: 'strict claim F1', get: (s) => s.claims.strict.f1 },
];

/** A number with 3 decimals; `-` for a ratio with nothing to measure. */
export function fmt(x: number | null): string {
  return x === null ? '-' : x.toFixed(3);
}

function table(header: readonly string[], rows: readonly (readonly string[])[], alignRight: (col: number) => boolean): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length), 3));
  const cell = (s: string, i: number): string => (alignRight(i) ? s.padStart(widths[i] ?? 0) : s.padEnd(widths[i] ?? 0));
  const line = (r: readonly string[]): string => `| ${r.map(cell).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (alignRight(i) ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The side-by-side table: one column per extractor, one row per metric, micro-averaged. */
export function scoreTable(results: readonly ExtractorResult[]): string {
  const header = ['metric (micro)', ...results.map((r) => r.name)];
  const rows = METRIC_ROWS.map((m) => [m.label, ...results.map((r) => fmt(m.get(r.micro)))]);
  return table(header, rows, (i) => i > 0);
}

/** The per-document table: the short columns for every extractor; `ERR` where one failed. */
export function docTable(results: readonly ExtractorResult[]): string {
  const multi = results.length > 1;
  const header = ['doc', ...results.flatMap((r) => DOC_COLUMNS.map((c) => (multi ? `${r.name} ${c.label}` : c.label)))];
  const docs = [...new Set(results.flatMap((r) => r.docs.map((d) => d.doc)))].sort();
  const rows = docs.map((doc) => [
    doc,
    ...results.flatMap((r) => {
      const row = r.docs.find((d) => d.doc === doc);
      if (!row) return DOC_COLUMNS.map(() => '');
      return DOC_COLUMNS.map((c, i) => (row.failure !== null && i === 0 ? 'ERR' : fmt(c.get(row.scores))));
    }),
  ]);
  return table(header, rows, (i) => i > 0);
}

/**
 * The error report of one extractor: groups by cause, most frequent first; in each
 * group every item with its document and sentence.
 */
export function errorReport(result: ExtractorResult): string {
  const lines: string[] = [`## errors: ${result.name} (${result.errors.length})`];
  for (const g of groupErrors(result.errors)) {
    lines.push('', `### ${g.key} (${g.errors.length})`);
    for (const e of g.errors) {
      lines.push(`- ${e.doc}: ${e.item}${e.detail ? ` — ${e.detail}` : ''}`);
      if (e.sentence) lines.push(`    "${e.sentence}"`);
    }
  }
  return lines.join('\n');
}
