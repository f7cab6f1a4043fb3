import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/types/index.ts';
import { org, p, claimsOf } from './helpers.ts';

/**
 * Patterns of real news and press-release writing found on blind real-style articles (session 8,
 * rec8): the classes of missed claims, fixed as general patterns. Sentences composed for these
 * tests (invented people and firms); none is from the corpus or the generality sets.
 */

const accusations = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'accusation');

const ODELL = p('odell', 'Brannock Odell', 'Odell');
const VARGA = p('varga', 'Ilse Varga', 'Varga');
const TERNA = org('terna', 'company', 'Ternavia Logistics', 'Ternavia');

describe('"allegedly" before a plain verb, said of a person or company', () => {
  it('reads the conduct a release tells with "allegedly" as an accusation, hedged', () => {
    for (const s of [
      'Odell allegedly received at least $48,000 in cash for the shipments.',
      'Between 2019 and 2021, Odell allegedly opened a dozen accounts in the names of relatives.',
      '"Ternavia allegedly built its fleet on money it never declared," the prosecutor said.',
    ]) {
      const [a, ...rest] = accusations(claimsOf(s, [ODELL, TERNA]));
      expect(rest, s).toHaveLength(0);
      expect(a?.reason, s).toMatch(/^allegedly-adverb:/);
      expect(a?.targets, s).toEqual(s.includes('Ternavia') ? ['terna'] : ['odell']);
      expect(a?.certainty, s).toBe('hedged');
    }
  });

  it('gives nothing for a verb of speech, a passive participle, or a subject that is no actor', () => {
    expect(accusations(claimsOf('Odell allegedly replied in a short letter that he wished to help the ministry.', [ODELL]))).toHaveLength(0);
    expect(accusations(claimsOf('Varga allegedly told a colleague that the audit would start in May.', [VARGA]))).toHaveLength(0);
    expect(accusations(claimsOf('The old warehouse allegedly opened in 1952 as a grain store.', [ODELL]))).toHaveLength(0);
  });
});
