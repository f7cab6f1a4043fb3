import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Actor, Claim, ExtractionRecord, Figure, Gold } from '../../src/types/index.ts';

/** Helpers for the scorer tests: fixtures and hand-built predictions with real offsets. */

export const FIXTURES = fileURLToPath(new URL('../fixtures/eval/', import.meta.url));

export function fixtureText(id: string): string {
  return readFileSync(`${FIXTURES}corpus/${id}.txt`, 'utf8').trim();
}

export function fixtureGold(id: string): Gold {
  return JSON.parse(readFileSync(`${FIXTURES}gold/${id}.json`, 'utf8')) as Gold;
}

/** The offsets of the `nth` occurrence (0-based) of `s` in `text`; throws when absent, so a typo fails the test. */
export function spanOf(text: string, s: string, nth = 0): { start: number; end: number; text: string } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(s, i + 1);
    if (i < 0) throw new Error(`"${s}" (#${nth}) not in text`);
  }
  return { start: i, end: i + s.length, text: s };
}

export function actor(id: string, name: string, over: Partial<Actor> = {}): Actor {
  return { id, name, type: 'country', affiliation: null, aliases: [], mentions: [], source: 'test', reason: 'hand-made', ...over };
}

export function figure(text: string, id: string, s: string, over: Partial<Figure> = {}): Figure {
  return {
    id,
    ...spanOf(text, s),
    value: null,
    value_max: null,
    kind: 'count',
    qualifier: 'exact',
    unit: null,
    counted: null,
    source: 'test',
    reason: 'hand-made',
    ...over,
  };
}

export function claim(text: string, id: string, evidence: string, over: Partial<Claim> = {}): Claim {
  return {
    id,
    type: 'accusation',
    claimants: [],
    targets: [],
    cue: '',
    content: '',
    evidence: spanOf(text, evidence),
    certainty: 'asserted',
    reported_by: [],
    figures: [],
    confidence: 0.5,
    source: 'test',
    reason: 'hand-made',
    ...over,
  };
}

export function record(doc: string, text: string, items: Partial<Pick<ExtractionRecord, 'actors' | 'figures' | 'claims'>> = {}): ExtractionRecord {
  return { doc, extractor: 'test@0', title: '', text, actors: [], figures: [], claims: [], messages: [], ...items };
}

/** A deterministic shuffle (seeded), so a failing order can be reproduced. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** A gold file with only the named parts filled in. */
export function gold(doc: string, over: Partial<Gold> = {}): Gold {
  return { doc, ingest: { keep: [], drop: [] }, actors: [], figures: [], claims: [], ...over };
}
