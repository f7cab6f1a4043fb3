import { extractFigures } from '../../../src/extract/figures/index.ts';
import type { Doc, FigureKind, Qualifier } from '../../../src/types/index.ts';

/** Table-driven figure cases: a sentence and the figures SPEC §2 / GUIDELINES §4 expect in it. */
export interface Want {
  readonly text: string;
  readonly value: number;
  readonly value_max: number | null;
  readonly kind: FigureKind;
  readonly qualifier: Qualifier;
  readonly unit: string | null;
}
export interface Case {
  readonly source: string;
  /** The family of trap or form the case covers ("statute", "case-number", "date" ...). */
  readonly family: string;
  readonly text: string;
  readonly want: readonly Want[];
}

export const fig = (kind: FigureKind, text: string, value: number, unit: string | null, qualifier: Qualifier = 'exact', value_max: number | null = null): Want => ({ text, value, value_max, kind, qualifier, unit });
export const count = (text: string, value: number, q: Qualifier = 'exact', max: number | null = null): Want => fig('count', text, value, null, q, max);
export const money = (text: string, value: number, unit: string, q: Qualifier = 'exact'): Want => fig('money', text, value, unit, q);
export const pct = (text: string, value: number, q: Qualifier = 'exact', max: number | null = null): Want => fig('percent', text, value, 'percent', q, max);
export const dur = (text: string, value: number, unit: string, q: Qualifier = 'exact', max: number | null = null): Want => fig('duration', text, value, unit, q, max);
export const qty = (text: string, value: number, unit: string, q: Qualifier = 'exact'): Want => fig('quantity', text, value, unit, q);
export const age = (text: string, value: number): Want => fig('quantity', text, value, 'year_of_age');

export function makeDoc(text: string): Doc {
  return { id: 'g', title: 'Headline', text, format: 'txt', paragraphs: [], sentences: [], removed: [], offsetMap: [], origin: 'test', messages: [] };
}

const slots = (w: Want): string => `${w.value}|${w.value_max}|${w.kind}|${w.qualifier}|${w.unit}`;
const show = (w: Want): string => `${w.text}|${slots(w)}`;

/**
 * Matches like the scorer (SPEC §4): one-to-one, the texts overlapping (one contains the
 * other), value, value_max, kind, qualifier and unit equal.
 */
export function compare(want: readonly Want[], got: readonly Want[]): { missing: string[]; extra: string[] } {
  const used = new Set<number>();
  const missing: string[] = [];
  for (const w of want) {
    const k = got.findIndex((g, i) => !used.has(i) && slots(g) === slots(w) && (g.text.includes(w.text) || w.text.includes(g.text)));
    if (k < 0) missing.push(show(w));
    else used.add(k);
  }
  return { missing, extra: got.filter((_, i) => !used.has(i)).map(show) };
}

export interface CaseResult {
  readonly c: Case;
  readonly ok: boolean;
  readonly missing: readonly string[];
  readonly extra: readonly string[];
}

export function runCase(c: Case): CaseResult {
  const doc = makeDoc(`Headline\n\n${c.text}`);
  const got = extractFigures(doc).map((f): Want => ({ text: f.text, value: f.value ?? NaN, value_max: f.value_max, kind: f.kind, qualifier: f.qualifier, unit: f.unit }));
  const { missing, extra } = compare(c.want, got);
  return { c, ok: missing.length === 0 && extra.length === 0, missing, extra };
}
