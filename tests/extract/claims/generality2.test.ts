import { describe, expect, it } from 'vitest';
import type { ClaimCase } from './generality.cases.ts';
import { ARTICLE_CASES, ARTICLE_TAGS } from './generality2.cases.ts';
import { HELDOUT_CASES, HELDOUT_TAGS } from './generality3.cases.ts';
import { SET4_CASES, SET4_TAGS } from './generality4.cases.ts';
import { SET5_CASES, SET5_TAGS } from './generality5.cases.ts';
import { SET6_CASES, SET6_TAGS } from './generality6.cases.ts';
import { SET7_CASES, SET7_TAGS } from './generality7.cases.ts';
import { caseRaw, headline, scoreExtractor } from './generality.score.ts';

/** Occurrences of `needle` in `hay` (overlapping ones included). */
function count(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

const ARTICLE_SETS: readonly (readonly [string, readonly ClaimCase[], readonly string[]])[] = [
  ['set 2 (articles)', ARTICLE_CASES, ARTICLE_TAGS],
  ['set 3 (development material since session 5)', HELDOUT_CASES, HELDOUT_TAGS],
  ['set 4 (development material since session 6)', SET4_CASES, SET4_TAGS],
  ['set 5 (development material since session 7)', SET5_CASES, SET5_TAGS],
  ['set 6 (development material since session 8)', SET6_CASES, SET6_TAGS],
  ['set 7 (held out)', SET7_CASES, SET7_TAGS],
];

describe.each(ARTICLE_SETS)('claims generality %s: well-formed', (_name, cases, tags) => {
  it('has about two dozen articles with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: every evidence snippet occurs exactly once, every tag is known', (_id, c) => {
    const raw = caseRaw(c);
    for (const w of c.claims) {
      // Once, or twice when the snippet is the headline and the body prints it again (as real
      // captured press releases do: the page title, then the same line above the text).
      const repeatedHeadline = w.evidence === c.headline && c.text.split('\n').some((l) => l.trim() === c.headline);
      expect(count(raw, w.evidence), w.evidence).toBe(repeatedHeadline ? 2 : 1);
      expect(w.evidence).toBe(w.evidence.trim());
      // A snippet never spans two paragraphs (GUIDELINES §1).
      expect(w.evidence.includes('\n'), w.evidence).toBe(false);
      for (const a of [...w.claimants, ...w.targets]) {
        expect(a.length).toBeGreaterThan(0);
        for (const name of a) expect(name.trim().length).toBeGreaterThan(0);
      }
    }
    for (const t of c.tags) expect(tags, t).toContain(t);
    expect(c.claims.some((w) => !w.optional)).toBe(true);
  });
});

describe('claims generality sets: self-check', () => {
  it('counts the detector can fail on: the self-check catches a duplicated or absent snippet', () => {
    expect(count('a b a b', 'a b')).toBe(2);
    expect(count('a b', 'c')).toBe(0);
  });
});

/**
 * Ratchet floors of the `rules` extractor on the article sets: raise, never lower.
 * - set 2: 45 strict / 84 matched / 6 spurious mid-session 3; 47 / 86 / 6 at the end of session 3,
 *   the set never shown to the rule writers; 111 / 137 / 5 after session 4's rules (the set then
 *   development material); 113 / 137 / 5 after session 5's slot rules, 114 / 138 / 5 with its
 *   broad denial vocabulary; 115 / 140 / 5 with session 6's second statements and deliberate acts.
 * - set 3: written blind in session 4 and held out until session 5: 55 / 113 / 10 for session 3's
 *   rules, 63 / 117 / 11 at the end of session 4; then development material (set 4 held out):
 *   71 / 122 / 8 with session 5's slot, denial, forward-description and link rules. Session 6 (helpers, each
 *   from 71 / 122 / 8): negated and lawful acts as denials 75 / 129 / 8, cyber and intent harm readings
 *   77 / 131 / 8, wrongs named with a doer 79 / 134 / 8 (anat6); second statements and deliberate acts
 *   73 / 127 / 8 (multi6); slot fallbacks 76 / 122 / 8 (slots6, fallback.ts);
 *   dismissal wording variants, denial verbs and rejected blame 74 / 125 / 7 (rec4); all merged with
 *   the lead's small rules: 90 / 141 / 7.
 * - set 4: written blind in session 5 and held out until session 6: 32 / 99 / 10
 *   for session 4's rules (baseline 21 / 94 / 33), 39 / 102 / 9 at the end of session 5. Session 6:
 *   development material once set 5 existed (eval/set4-failure-analysis.md); 43 / 112 / 7 with
 *   rec4's dismissal wording variants, denial verbs, rejected blame and "each … the other"; 46 /
 *   115 / 7 with all of session 6's rules.
 * - session 7, actors7 (actor recall: names no gazetteer holds) from 117/140/5, 90/141/7, 46/115/7:
 *   set 2 122 / 141 / 5, set 3 93 / 142 / 7, set 4 50 / 117 / 7.
 * - set 5 (HELD OUT): written blind in session 6 (two writers, calibrated on real articles for
 *   claim density): 24 / 75 / 5 for session 5's rules (baseline 15 / 73 / 30), 24 / 76 / 5 with all of session 6's
 *   rules (which gained 19 strict on set 3 and 7 on set 4); 25 / 76 / 5 with session 7's actors7 (held-out
 *   measure of it). Development material since session 7 (set 6 held out).
 * - set 6 (HELD OUT): written blind in session 7 (two writers, mimicking the real corpus's sources:
 *   Justice Department releases, Wikinews, VOA, machine-translated news): 61 / 101 / 13 for session
 *   6's rules (baseline 17 / 91 / 39), 61 / 102 / 13 with actors7 (which gained 13 strict on sets 1-4).
 *   Development material since session 8, when set 7 was written: 77 / 123 / 13 with rec8's rules
 *   drawn from set 6's miss classes ("allegedly" with a plain verb, closing attributions with a day
 *   or place, state campaigns, defence answers, designations with a reason, headline habits,
 *   "estimated that"); set 2 123 / 143 / 5, set 3 94 / 143 / 7, set 4 50 / 118 / 7 with them.
 * - set 7 (HELD OUT): written blind in session 8 (two writers, the real corpus's sources again,
 *   no test-split article read): 51 / 88 / 17 for session 7's rules (rules-learned 62 / 105 / 21,
 *   baseline 29 / 86 / 38); 54 / 93 / 17 with rec8. Never tune on it.
 */
const FLOORS: readonly (readonly [string, readonly ClaimCase[], readonly string[], { expected: number; strict: number; matched: number; spurious: number }])[] = [
  ['set 2 (articles)', ARTICLE_CASES, ARTICLE_TAGS, { expected: 184, strict: 123, matched: 143, spurious: 5 }],
  ['set 3 (development material since session 5)', HELDOUT_CASES, HELDOUT_TAGS, { expected: 237, strict: 94, matched: 143, spurious: 7 }],
  ['set 4 (development material since session 6)', SET4_CASES, SET4_TAGS, { expected: 264, strict: 50, matched: 118, spurious: 7 }],
  ['set 5 (development material since session 7)', SET5_CASES, SET5_TAGS, { expected: 172, strict: 25, matched: 76, spurious: 5 }],
  ['set 6 (development material since session 8)', SET6_CASES, SET6_TAGS, { expected: 191, strict: 77, matched: 123, spurious: 13 }],
  ['set 7 (held out)', SET7_CASES, SET7_TAGS, { expected: 164, strict: 54, matched: 93, spurious: 17 }],
];

describe.each(FLOORS)('claims generality %s: rules extractor floors (ratchet)', (_name, cases, tags, floor) => {
  it('keeps strict, matched and spurious at least as good as measured', async () => {
    const h = headline((await scoreExtractor('rules', cases, tags)).all);
    expect(h.expected).toBe(floor.expected);
    expect(h.strict).toBeGreaterThanOrEqual(floor.strict);
    expect(h.matched).toBeGreaterThanOrEqual(floor.matched);
    expect(h.spurious).toBeLessThanOrEqual(floor.spurious);
  }, 60_000);
});
