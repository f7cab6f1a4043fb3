import { describe, expect, it } from 'vitest';
import { GENERALITY_CASES, GENERALITY_CASES_2 } from './generality.cases.ts';
import { scoreCase } from './generality.score.ts';

// Paragraphs written for these tests (not from the corpus): the rules must work on news
// they were not tuned on. Each case lists every actor, with type and stated affiliation.
describe('extractActors: generality cases', () => {
  for (const c of [...GENERALITY_CASES, ...GENERALITY_CASES_2]) {
    it(c.id, () => {
      const r = scoreCase(c);
      expect({ missing: r.missing, wrong: r.wrong, extra: r.extra }).toEqual({ missing: [], wrong: [], extra: [] });
    });
  }
});
