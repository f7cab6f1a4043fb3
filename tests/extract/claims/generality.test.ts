import { describe, expect, it } from 'vitest';
import type { Actor, Claim, ClaimType } from '../../../src/types/index.ts';
import { CLAIM_CASES, NEUTRAL_HEADLINE, TAGS, type ClaimCase } from './generality.cases.ts';
import { caseRaw, headline, LEAD, sameActors, scoreExtractor, scoreRecord, summarise } from './generality.score.ts';

// The scorer on hand-made records: a scorer that cannot fail proves nothing.
const actor = (id: string, name: string, aliases: string[] = []): Actor => ({
  id, name, type: 'country', affiliation: null, aliases, mentions: [], source: 'test', reason: 'test',
});
const TEXT = 'Update\n\nPoland accused Russia of sabotage. Moscow denied the charge.';
const span = (s: string): { start: number; end: number; text: string } => {
  const i = TEXT.indexOf(s);
  return { start: i, end: i + s.length, text: s };
};
const pred = (type: ClaimType, evidence: string, claimants: string[], targets: string[]): Claim => ({
  id: `c${evidence.length}`, type, claimants, targets, cue: 'x', content: 'x', evidence: span(evidence),
  certainty: 'asserted', reported_by: [], figures: [], confidence: 1, source: 'test', reason: 'test',
});
const ACTORS = [actor('pl', 'Poland'), actor('ru', 'Russia', ['Moscow']), actor('cn', 'China')];
const CASE: ClaimCase = {
  id: 'hand',
  tags: ['cue-verb'],
  text: 'Poland accused Russia of sabotage. Moscow denied the charge.',
  claims: [
    { type: 'accusation', claimants: [['Poland']], targets: [['Russia', 'Moscow']], evidence: 'accused Russia of sabotage', certainty: 'asserted' },
    { type: 'denial', claimants: [['Russia']], targets: [], evidence: 'Moscow denied the charge' },
  ],
};
const score = (claims: Claim[], c: ClaimCase = CASE) => scoreRecord(c, { text: TEXT, actors: ACTORS, claims });

describe('generality scorer', () => {
  it('counts exact predictions as strict matches', () => {
    const s = score([pred('accusation', 'Poland accused Russia of sabotage.', ['pl'], ['ru']), pred('denial', 'Moscow denied the charge.', ['ru'], [])]);
    expect(s.pairs.map((p) => [p.claimantsOk, p.targetsOk])).toEqual([[true, true], [true, true]]);
    expect(s.missed).toEqual([]);
    expect(s.spurious).toEqual([]);
    expect(headline(summarise([s]).all)).toMatchObject({ matched: 2, strict: 2, spurious: 0, P: 1, R: 1 });
  });
  it('matches but does not count as strict a wrong claimant or an extra target', () => {
    const s = score([pred('accusation', 'Poland accused Russia of sabotage.', ['cn'], ['ru', 'pl'])]);
    expect(s.pairs).toHaveLength(1);
    expect([s.pairs[0]!.claimantsOk, s.pairs[0]!.targetsOk]).toEqual([false, false]);
    expect(summarise([s]).all).toMatchObject({ matched: 1, strict: 0, expected: 2 });
  });
  it('needs the same type and an evidence overlap of half the shorter span', () => {
    const wrongType = score([pred('denial', 'Poland accused Russia of sabotage.', ['pl'], ['ru'])]);
    expect(wrongType.pairs).toHaveLength(0);
    expect(wrongType.spurious).toHaveLength(1); // the only denial snippet is in the other sentence
    expect(wrongType.missed).toHaveLength(2);
    const elsewhere = score([pred('accusation', 'Moscow denied the charge.', ['pl'], ['ru'])]);
    expect(elsewhere.pairs).toHaveLength(0);
    expect(elsewhere.spurious).toHaveLength(1);
    expect(elsewhere.missed).toHaveLength(2);
  });
  it('matches one-to-one: a duplicate prediction is spurious, the better slots win', () => {
    const s = score([pred('accusation', 'Poland accused Russia', [], []), pred('accusation', 'Poland accused Russia of sabotage.', ['pl'], ['ru'])]);
    expect(s.pairs).toHaveLength(1);
    expect(s.pairs[0]!.claimantsOk && s.pairs[0]!.targetsOk).toBe(true);
    expect(s.spurious).toHaveLength(1);
  });
  it('counts an optional claim neither way and anything on a negative passage as spurious', () => {
    const optional: ClaimCase = { ...CASE, claims: [{ ...CASE.claims[0]!, optional: true }] };
    expect(summarise([score([], optional)]).all).toMatchObject({ expected: 0, spurious: 0 });
    expect(summarise([score([pred('accusation', 'Poland accused Russia of sabotage.', ['pl'], ['ru'])], optional)]).all).toMatchObject({ expected: 0, matched: 0, spurious: 0, optionalHit: 1 });
    const negative: ClaimCase = { ...CASE, claims: [] };
    expect(summarise([score([pred('denial', 'Moscow denied the charge.', ['ru'], [])], negative)]).all).toMatchObject({ spurious: 1, predicted: 1 });
  });
  it('compares actor sets by name or alias, case-insensitive, "the" dropped, one-to-one', () => {
    expect(sameActors(['ru'], [['the moscow']], ACTORS)).toBe(true);
    expect(sameActors(['ru', 'ru'], [['Russia']], ACTORS)).toBe(true);
    expect(sameActors(['ru'], [['Russia'], ['Moscow']], ACTORS)).toBe(false);
    expect(sameActors([], [], ACTORS)).toBe(true);
    expect(sameActors(['pl'], [], ACTORS)).toBe(false);
  });
});

describe('generality cases', () => {
  it('are well formed: unique ids, known tags, evidence occurring once in the passage', () => {
    const ids = new Set<string>();
    for (const c of CLAIM_CASES) {
      expect(ids.has(c.id), c.id).toBe(false);
      ids.add(c.id);
      for (const t of c.tags) expect(TAGS as readonly string[], c.id).toContain(t);
      const raw = caseRaw(c);
      expect(raw.startsWith(`${c.headline ?? NEUTRAL_HEADLINE}\n\n${LEAD}`)).toBe(true);
      for (const w of c.claims) expect(raw.split(w.evidence).length - 1, `${c.id}: ${w.evidence}`).toBe(1);
      if (c.tags.includes('negative')) expect(c.claims.filter((w) => !w.optional), c.id).toEqual([]);
    }
    expect(CLAIM_CASES.length).toBeGreaterThanOrEqual(160);
  });
});

// Ratchet: the numbers measured when the set was written (rules: 79 strict of 173 expected,
// 106 matched, 3 spurious; baseline: 33 strict, 12 spurious). Rule work may only raise
// the floors; when it does, raise them here. (session 3, both fixers merged: see the numbers below.)
// After session 3 (two claims fixers, slot rules, actor recall), merged: 154 strict,
// 158 matched, 0 spurious. The set was tuned on from then: the held-out measure is set 2
// (generality2.cases.ts, never shown to the rule writers). Session 7 (actors7, actor recall): 155 strict.
const STRICT_FLOOR = 155;
const MATCHED_FLOOR = 158;
const SPURIOUS_CEILING = 0;

describe('generality ratchet', () => {
  it('rules: strict matches and detections do not fall, spurious claims do not rise', async () => {
    const t = (await scoreExtractor('rules')).all;
    expect(t.expected).toBe(173);
    expect(t.strict).toBeGreaterThanOrEqual(STRICT_FLOOR);
    expect(t.matched).toBeGreaterThanOrEqual(MATCHED_FLOOR);
    expect(t.spurious).toBeLessThanOrEqual(SPURIOUS_CEILING);
  }, 60_000);
});
