import { expect } from 'vitest';
import { extractClaims, type ClaimOptions } from '../../../src/extract/claims/index.ts';
import type { Actor, ActorType, Claim, Doc } from '../../../src/types/index.ts';

/** A cleaned Doc over `text` with no ingest sentences (claims split them themselves). */
export function makeDoc(text: string, id = 'test'): Doc {
  return {
    id,
    title: text.split('\n')[0] ?? '',
    text,
    format: 'txt',
    paragraphs: [],
    sentences: [],
    removed: [],
    offsetMap: [{ start: 0, end: text.length, rawStart: 0, rawEnd: text.length }],
    origin: id,
    messages: [],
  };
}

export interface ActorSpec {
  readonly id: string;
  readonly type: ActorType;
  /** Every form to find in the text as a mention (whole words, case-sensitive). */
  readonly forms: readonly string[];
}

/** Actors with their mentions found by exact string search (independent of the actor extractor). */
export function makeActors(text: string, specs: readonly ActorSpec[]): Actor[] {
  const taken: [number, number][] = [];
  const all = specs.flatMap((a) => a.forms.map((f) => ({ a, f }))).sort((x, y) => y.f.length - x.f.length);
  const mentions = new Map<string, { start: number; end: number; text: string }[]>();
  for (const { a, f } of all) {
    const esc = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\w])${esc}(?![\\w])`, 'g'))) {
      const s = m.index;
      const e = s + f.length;
      if (taken.some(([x, y]) => x < e && s < y)) continue;
      taken.push([s, e]);
      const list = mentions.get(a.id) ?? [];
      list.push({ start: s, end: e, text: f });
      mentions.set(a.id, list);
    }
  }
  return specs.map((a) => ({
    id: a.id,
    name: a.forms[0] ?? a.id,
    type: a.type,
    affiliation: null,
    aliases: a.forms.slice(1),
    mentions: (mentions.get(a.id) ?? []).sort((x, y) => x.start - y.start),
    source: 'test',
    reason: 'fixture',
  }));
}

export const US: ActorSpec = { id: 'usa', type: 'country', forms: ['United States', 'US', 'Washington'] };
export const CHINA: ActorSpec = { id: 'china', type: 'country', forms: ['China', 'Beijing'] };
export const UK: ActorSpec = { id: 'uk', type: 'country', forms: ['Britain'] };
export const EU: ActorSpec = { id: 'eu', type: 'intl_org', forms: ['European Union'] };
export const FBI: ActorSpec = { id: 'fbi', type: 'agency', forms: ['FBI'] };
export const DOJ: ActorSpec = { id: 'doj', type: 'agency', forms: ['Justice Department'] };
export const HAFNIUM: ActorSpec = { id: 'hafnium', type: 'threat_group', forms: ['Hafnium'] };
export const BLINKEN: ActorSpec = { id: 'blinken', type: 'person', forms: ['Antony Blinken', 'Blinken'] };
export const ZHAO: ActorSpec = { id: 'zhao', type: 'person', forms: ['Zhao Lijian', 'Zhao'] };
export const BLOOMBERG: ActorSpec = { id: 'bloomberg', type: 'media', forms: ['Bloomberg'] };
export const CHEN: ActorSpec = { id: 'chen', type: 'person', forms: ['Yi-Lan Chen', 'Chen'] };
export const LEE: ActorSpec = { id: 'lee', type: 'person', forms: ['Wei Lee', 'Lee'] };

/**
 * The claims of `text` with the fixture actors `specs` (no actor extractor involved), and
 * every offset checked against the text (evidence, cue and content spans), every claim
 * carrying its stage and rule.
 */
export function claimsOf(text: string, specs: readonly ActorSpec[], options: ClaimOptions = { compromise: false }): Claim[] {
  const { claims } = extractClaims(makeDoc(text), makeActors(text, specs), [], options);
  for (const c of claims) {
    expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    if (c.cue_span) expect(text.slice(c.cue_span.start, c.cue_span.end)).toBe(c.cue);
    if (c.content_span) expect(text.slice(c.content_span.start, c.content_span.end)).toBe(c.content);
    expect(c.source).toBe('claims:rules');
    expect(c.reason.length).toBeGreaterThan(0);
  }
  return claims;
}

/** Fixture actor specs: a person, a country, any other type. */
export const p = (id: string, ...forms: string[]): ActorSpec => ({ id, type: 'person', forms });
export const country = (id: string, ...forms: string[]): ActorSpec => ({ id, type: 'country', forms });
export const org = (id: string, type: ActorType, ...forms: string[]): ActorSpec => ({ id, type, forms });
