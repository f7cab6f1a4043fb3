import { stringify } from 'csv-stringify/sync';
import type { Actor, ExtractionRecord } from '../types/index.ts';

/**
 * Output formats of `claims extract`: the record itself (JSONL), or one flat row per
 * claim with actor ids resolved to names (`claims` JSONL, `csv`).
 */
export type OutputFormat = 'jsonl' | 'claims' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['jsonl', 'claims', 'csv'];

export interface FlatClaim {
  readonly doc: string;
  readonly id: string;
  readonly type: string;
  readonly claimants: string;
  readonly targets: string;
  readonly cue: string;
  readonly content: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly certainty: string;
  readonly reported_by: string;
  readonly figures: string;
  readonly source: string;
  readonly reason: string;
  readonly confidence: number;
  readonly extractor: string;
}

export const FLAT_COLUMNS: readonly (keyof FlatClaim)[] = [
  'doc', 'id', 'type', 'claimants', 'targets', 'cue', 'content', 'sentence', 'start', 'end',
  'certainty', 'reported_by', 'figures', 'source', 'reason', 'confidence', 'extractor',
];

/** Claim rows with names instead of ids; lists are joined with "; ". */
export function flattenClaims(record: ExtractionRecord): FlatClaim[] {
  const byId = new Map<string, Actor>(record.actors.map((a) => [a.id, a]));
  const names = (ids: readonly string[]): string => ids.map((i) => byId.get(i)?.name ?? i).join('; ');
  const figs = new Map(record.figures.map((f) => [f.id, f.text]));
  return record.claims.map((c) => ({
    doc: record.doc,
    id: c.id,
    type: c.type,
    claimants: names(c.claimants),
    targets: names(c.targets),
    cue: c.cue,
    content: c.content,
    sentence: c.evidence.text,
    start: c.evidence.start,
    end: c.evidence.end,
    certainty: c.certainty,
    reported_by: names(c.reported_by),
    figures: c.figures.map((f) => figs.get(f) ?? f).join('; '),
    source: c.source,
    reason: c.reason,
    confidence: c.confidence,
    extractor: record.extractor,
  }));
}

export function csvHeader(): string {
  return stringify([FLAT_COLUMNS as string[]]);
}

/** The text to write for one record in the given format (complete lines, or '' for none). */
export function formatRecord(record: ExtractionRecord, format: OutputFormat): string {
  switch (format) {
    case 'jsonl':
      return `${JSON.stringify(record)}\n`;
    case 'claims':
      return flattenClaims(record).map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv': {
      const rows = flattenClaims(record).map((r) => FLAT_COLUMNS.map((k) => r[k]));
      return rows.length ? stringify(rows) : '';
    }
  }
}
