import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/types/index.ts';
import { org, country, p, claimsOf } from './helpers.ts';

/**
 * "X said Y did Z" with no cue word (session 4): reported speech whose clause states a
 * wrongful act of a named actor, read by the harm rule of src/extract/claims/analyse.ts with
 * the harm verbs of src/lexicons/cues.ts. Sentences composed for these tests (invented
 * names, real countries); none is from the corpus or the generality sets.
 */

const accusations = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'accusation');

const CHILE = country('cl', 'Chile', 'Santiago', 'Chilean');
const PERU = country('pe', 'Peru', 'Lima', 'Peruvian');
const ROJAS = p('rojas', 'Elena Rojas', 'Rojas');
const ANDINA = org('andina', 'company', 'Andina Freight', 'Andina');

describe('acts of armed force told by a speaker', () => {
  it('reads units and gunboats named by a country adjective as the country', () => {
    const [a] = accusations(claimsOf('Rojas said Peruvian units opened fire on a Chilean border post.', [ROJAS, PERU, CHILE]));
    expect(a).toMatchObject({ claimants: ['rojas'], targets: ['pe'] });
    expect(accusations(claimsOf('Rojas said Peruvian gunboats had fired first.', [ROJAS, PERU]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['pe'] });
  });

  it('reads "fired on civilians" and "was killing civilians"', () => {
    expect(accusations(claimsOf('Chile said Peru had fired on protesters near the bridge.', [CHILE, PERU]))[0]).toMatchObject({ claimants: ['cl'], targets: ['pe'] });
    expect(accusations(claimsOf('Rojas said the Peruvian army was systematically killing farmers.', [ROJAS, PERU]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['pe'] });
  });

  it('reads an airspace incursion, also after "said that at least three"', () => {
    const [a] = accusations(claimsOf('Chile said on Friday that at least two Peruvian jets crossed into Chilean airspace.', [CHILE, PERU]));
    expect(a).toMatchObject({ claimants: ['cl'], targets: ['pe'] });
  });

  it('does not read sport, dismissals or idioms as attacks', () => {
    expect(accusations(claimsOf('Peru fired first in the penalty shootout, Rojas said.', [ROJAS, PERU]))).toHaveLength(0);
    expect(accusations(claimsOf('Rojas said Andina fired its chief executive on Monday.', [ROJAS, ANDINA]))).toHaveLength(0);
    expect(accusations(claimsOf('Rojas said the Peruvian team was killing time before the final.', [ROJAS, PERU]))).toHaveLength(0);
    expect(accusations(claimsOf('Rojas said Peruvian jets flew over Lima for the parade.', [ROJAS, PERU]))).toHaveLength(0);
  });
});

describe('deceit and obstruction told by a speaker', () => {
  it('reads "appears to have misled" as a hedged accusation', () => {
    const [a] = accusations(claimsOf('Rojas said Andina "appears to have misled regulators" about its cargo.', [ROJAS, ANDINA]));
    expect(a).toMatchObject({ claimants: ['rojas'], targets: ['andina'], certainty: 'hedged' });
  });

  it('reads barring inspectors, not barring a road', () => {
    expect(accusations(claimsOf('Chile said Peru had barred international inspectors from the mine.', [CHILE, PERU]))[0]).toMatchObject({ claimants: ['cl'], targets: ['pe'] });
    expect(accusations(claimsOf('Chile said Peru had blocked the road for repairs.', [CHILE, PERU]))).toHaveLength(0);
  });

  it('gives nothing for neutral reported speech', () => {
    expect(claimsOf('Rojas said the talks with Peru were useful and Andina would expand.', [ROJAS, PERU, ANDINA])).toHaveLength(0);
    expect(claimsOf('Chile said Peruvian troops had arrived for the joint exercise.', [CHILE, PERU])).toHaveLength(0);
  });
});
