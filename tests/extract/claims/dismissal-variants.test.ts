import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/types/index.ts';
import { org, country, p, claimsOf } from './helpers.ts';

/**
 * Dismissal wording variants (session 6, rec4; category N4 of eval/set4-failure-analysis.md,
 * recurring in generality sets 3 and 4): a denier calls an accusation-like object false.
 * The object may be a statement, a characterisation or a portrayal as well as an accusation
 * or report; the falsity word may carry an adjective ("outright lies") or be a fairy tale,
 * a fantasy, theatre or distortions; "invented/concocted accusations" dismiss attributively;
 * a wrongful label said of the charges against the labeller's own side is a denial, never a
 * label accusation (GUIDELINES "Politically motivated"). Sentences composed for these tests
 * (invented names and wording); every group has negatives.
 */

const VESTIA = country('vestia', 'Vestia', 'Vestian');
const NORLAND = country('norland', 'Norland', 'Norlandic');
const KESSLER = p('kessler', 'Anna Kessler', 'Kessler');
const BRANDT = p('brandt', 'Tomas Brandt', 'Brandt');
const ORVIK = org('orvik', 'company', 'Orvik Mining', 'Orvik');
const ALL = [VESTIA, NORLAND, KESSLER, BRANDT, ORVIK];

const of = (text: string, type: Claim['type']): Claim[] => claimsOf(text, ALL).filter((c) => c.type === type);
const oneDenial = (text: string): Claim => {
  const all = claimsOf(text, ALL);
  expect(all.map((c) => `${c.type}:${c.cue}`), text).toHaveLength(1);
  expect(all[0]?.type, text).toBe('denial');
  return all[0] as Claim;
};
const nothing = (text: string): void => {
  expect(claimsOf(text, ALL).map((c) => `${c.type}:${c.cue}`), text).toEqual([]);
};

describe('dismissed objects beyond accusation nouns', () => {
  it('reads a statement, a characterisation or an account called false, with its owner as target', () => {
    expect(oneDenial('Kessler called the Norland ministry\'s statement "a shameless fabrication".')).toMatchObject({ claimants: ['kessler'], targets: ['norland'] });
    expect(oneDenial('Kessler called Norland\'s statement a fabrication.')).toMatchObject({ claimants: ['kessler'], targets: ['norland'] });
    expect(oneDenial('"Norland\'s characterisation of our mining licence is plainly wrong," Orvik said.')).toMatchObject({ claimants: ['orvik'], targets: ['norland'] });
    expect(oneDenial('Brandt described Vestia\'s account of the clash as "pure theatre".')).toMatchObject({ claimants: ['brandt'], targets: ['vestia'] });
  });
  it('leaves statements and accounts that nobody calls false', () => {
    nothing('Kessler called the statement of accounts "a mess".');
    nothing('Brandt said the theatre was closed after the statement.');
    nothing('Kessler called the film "pure theatre".');
  });
});

describe('falsity words: adjectives, fairy tales, fantasies, distortions', () => {
  it('reads them said of an accusation or report', () => {
    expect(oneDenial('Brandt said the allegations were "outright lies".')).toMatchObject({ claimants: ['brandt'] });
    expect(oneDenial('Orvik called the report "a bunch of distortions".')).toMatchObject({ claimants: ['orvik'] });
    expect(oneDenial('Kessler called the accusations "a fairy tale".')).toMatchObject({ claimants: ['kessler'] });
    expect(oneDenial('The allegations are pure fantasy, Kessler told reporters.')).toMatchObject({ claimants: ['kessler'] });
  });
  it('needs the accusation: a story, a novel or a negated copula is none', () => {
    nothing('The children watched a fairy tale about a dragon, Kessler said.');
    nothing('Brandt said the novel was a fantasy.');
    nothing('Kessler said the allegations were not lies.');
    nothing('Orvik said the recycled plastic was sold at a loss.');
  });
});

describe('attributive falsity: "invented accusations"', () => {
  it('reads invented, concocted and made-up accusations or charges', () => {
    expect(oneDenial('"These are concocted charges," Brandt said.')).toMatchObject({ claimants: ['brandt'] });
    expect(oneDenial('"Those are invented accusations from start to finish," Kessler said.')).toMatchObject({ claimants: ['kessler'] });
  });
  it('leaves inventions that are no accusation', () => {
    nothing('Kessler invented a new drilling method, Brandt said.');
    nothing('Brandt said the engineers had concocted a cheaper alloy.');
  });
});

describe('a wrongful label said of the charges against the own side', () => {
  it('is one denial, not a label accusation', () => {
    expect(oneDenial('Orvik described the charges against its two managers as "an attempt to criminalise an accident".')).toMatchObject({ claimants: ['orvik'] });
    expect(oneDenial('Kessler called the charges against him a political witch hunt.')).toMatchObject({ claimants: ['kessler'] });
  });
  it('keeps a label of an act of the state an accusation', () => {
    const text = 'Kessler called the arrest of Brandt "an attempt to criminalise journalism".';
    expect(of(text, 'denial'), text).toEqual([]);
    expect(of(text, 'accusation'), text).toHaveLength(1);
  });
  it('gives a pronoun labeller that resolves to nobody no claimants, not no claim', () => {
    expect(oneDenial('She called the allegations a fairy tale.')).toMatchObject({ claimants: [], targets: [] });
  });
});

/** Category N3 (sets 3 and 4): a denial verb whose verb or object was not read. */
describe('denial verbs: contradict, and disputing part of a report', () => {
  it('reads "contradicted that account", "contradicted the statement", "disputed parts of the report"', () => {
    expect(oneDenial("Vestia's defence ministry flatly contradicted that account.")).toMatchObject({ claimants: ['vestia'] });
    expect(oneDenial("Kessler contradicted the ministry's statement on the dam.")).toMatchObject({ claimants: ['kessler'] });
    expect(oneDenial('Orvik, which is based in Oslo, disputed parts of the report.')).toMatchObject({ claimants: ['orvik'] });
  });
  it('needs an accusation-like object and a speaker, not data or a bank account', () => {
    nothing('Kessler contradicted herself twice during the interview.');
    nothing("The figures contradicted the account manager's forecast.");
    nothing('Orvik said the new data contradicted the earlier account, which had put the loss at $2 million.');
    nothing('Brandt disputed the bill with the hotel and paid it later.');
  });
});

/** Category N6 (sets 3 and 4, also spurious in both): blame reported by the blamed side as the blamer's own failings. */
describe('"blaming X for its own failures" reported by another speaker', () => {
  it('is the speaker\'s denial targeting the blamer, not an accusation of X', () => {
    const a = claimsOf('Kessler said Norland was "blaming Vestia for its own unpopularity."', ALL);
    expect(a.filter((c) => c.type === 'accusation')).toEqual([]);
    expect(a.filter((c) => c.type === 'denial')).toMatchObject([{ claimants: ['kessler'], targets: ['norland'] }]);
    const b = claimsOf('Brandt said the government was once again blaming Orvik for its own mistakes.', ALL);
    expect(b.map((c) => [c.type, c.claimants, c.targets])).toEqual([['denial', ['brandt'], []]]);
  });
  it('leaves plain blame, an own thing that is no failing, and narration without a speaker', () => {
    expect(of('Kessler blamed Brandt for the attack.', 'accusation')).toMatchObject([{ claimants: ['kessler'], targets: ['brandt'] }]);
    expect(of('Kessler said Norland blamed Vestia for the collapse of its own currency.', 'denial')).toEqual([]);
    expect(of('Norland blamed Vestia for its own failures.', 'denial')).toEqual([]);
  });
});

/** Category R (set 3: 1, set 4: 6): reciprocal accusations, one per side (GUIDELINES "Mutual accusations"). */
describe('"each side accusing the other" like "each other"', () => {
  it('gives one accusation per side', () => {
    const a = claimsOf('Vestia and Norland clashed on the border on Sunday, with each side accusing the other of violating the truce.', ALL);
    expect(a.map((c) => [c.claimants, c.targets])).toEqual([[['vestia'], ['norland']], [['norland'], ['vestia']]]);
    expect(claimsOf('Vestia and Norland each blamed the other for the collapse of the talks.', ALL)).toHaveLength(2);
  });
  it('leaves "the other" that begins a longer object', () => {
    expect(claimsOf("Kessler and Brandt each accused the other team's coach of lying.", ALL)).toHaveLength(1);
    expect(claimsOf('Kessler and Brandt each accused the other player of cheating.', ALL)).toHaveLength(1);
    expect(claimsOf('Vestia accused the other parties of fraud.', ALL)).toHaveLength(1);
  });
});
