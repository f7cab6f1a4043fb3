import { describe, expect, it } from 'vitest';
import { claimsOf, country, org, p } from './helpers.ts';

/**
 * Session 6: a sentence that makes two statements holds two claims (SPEC "one claim per
 * statement"), and one statement is never counted twice. Composed sentences (names and
 * wording of no corpus article).
 */

const NORLAND = country('no', 'Norland', 'Norlandic');
const VESTIA = country('ve', 'Vestia', 'Vestian');
const OSTRIA = country('os', 'Ostria', 'Ostrian');

const accusations = (text: string, specs: Parameters<typeof claimsOf>[1]) => claimsOf(text, specs).filter((c) => c.type === 'accusation');

describe('a second statement beside a cue claim', () => {
  it('keeps "; <speaker> says he is wrongfully detained" after a charge', () => {
    const text = 'Norland charged the engineer Piet Mol with sabotage on Monday; Vestia says he is wrongfully detained.';
    const claims = accusations(text, [NORLAND, VESTIA, p('pm', 'Piet Mol', 'Mol')]);
    expect(claims).toHaveLength(2);
    expect(claims[0]?.targets).toEqual(['pm']);
    expect(claims[1]?.claimants).toEqual(['ve']);
    // the one who holds him: the accuser of the first statement
    expect(claims[1]?.targets).toEqual(['no']);
    expect(claims[1]?.reason).toContain('second-statement:new-speaker');
  });

  it('gives a victim of the second statement who is not the one first accused no doer from the first', () => {
    const text = 'Norland charged the engineer Piet Mol with sabotage on Monday; Vestia says Ana Ruiz is wrongfully detained.';
    const claims = accusations(text, [NORLAND, VESTIA, p('pm', 'Piet Mol', 'Mol'), p('ar', 'Ana Ruiz')]);
    expect(claims[1]?.targets).toEqual([]);
  });

  it('keeps a harm told after "and said", with the first subject as speaker (not the accused named before "said")', () => {
    const text = 'Vestia accused Norland of expelling its diplomats and said Ostrian troops had killed civilians in the border town.';
    const claims = accusations(text, [NORLAND, VESTIA, OSTRIA]);
    expect(claims).toHaveLength(2);
    expect(claims[0]?.content).toBe('expelling its diplomats');
    expect(claims[1]?.claimants).toEqual(['ve']);
    expect(claims[1]?.targets).toEqual(['os']);
    expect(claims[1]?.reason).toContain('second-statement:and-said');
  });

  it('gives a coordinated "and said X was behind" the first subject, and X as the accused', () => {
    const text = 'Ostria accused Norland of plotting the blast and said Norland was behind the cyberattack on the grid operator.';
    const claims = accusations(text, [NORLAND, OSTRIA]);
    expect(claims).toHaveLength(2);
    expect(claims[1]?.claimants).toEqual(['os']);
    expect(claims[1]?.targets).toEqual(['no']);
    expect(claims[1]?.reason).toContain('coordinated-speaker');
  });

  it('keeps a rebuttal after "and said" beside a rejection (two denials)', () => {
    const text = 'Vestia rejected the report and said its coast guard had acted in accordance with international law.';
    const denials = claimsOf(text, [VESTIA]).filter((c) => c.type === 'denial');
    expect(denials).toHaveLength(2);
    expect(denials.map((d) => d.claimants)).toEqual([['ve'], ['ve']]);
    expect(denials[0]?.content).toBe('the report');
  });

  it('keeps "and said X had presented no evidence" beside a rejection, X as the rebutted accuser', () => {
    const text = 'Vestia rejected the accusation and said Norland had presented no evidence.';
    const denials = claimsOf(text, [NORLAND, VESTIA]).filter((c) => c.type === 'denial');
    expect(denials).toHaveLength(2);
    expect(denials[0]?.content).toBe('the accusation');
    expect(denials[1]?.claimants).toEqual(['ve']);
    expect(denials[1]?.targets).toEqual(['no']);
  });

  it('keeps a relative clause in which the same speaker names a new doer', () => {
    const text = 'Vestia accused the Red Hand of the blast, which Vestia said was carried out by Norlandic agents.';
    const claims = accusations(text, [NORLAND, VESTIA, org('rh', 'threat_group', 'Red Hand')]);
    expect(claims).toHaveLength(2);
    expect(claims[1]?.claimants).toEqual(['ve']);
    expect(claims[1]?.targets).toEqual(['no']);
    expect(claims[1]?.reason).toContain('second-statement:relative-says');
  });

  it('keeps ", saying" when it accuses someone new', () => {
    const text = 'Vestia accused Norland of shelling the dam, saying Ostrian troops had also fired on the town.';
    const claims = accusations(text, [NORLAND, VESTIA, OSTRIA]);
    expect(claims).toHaveLength(2);
    expect(claims[1]?.claimants).toEqual(['ve']);
    expect(claims[1]?.targets).toEqual(['os']);
  });
});

describe('a first statement without a cue verb, then the claim verb', () => {
  const RUIZ = p('ar', 'Ana Ruiz');

  it('keeps "said X was arbitrary and accused Y of …" as two claims', () => {
    const text = 'Vestia said the detention of Ana Ruiz was arbitrary and accused Norland of persecuting journalists.';
    const claims = accusations(text, [NORLAND, VESTIA, RUIZ]);
    expect(claims).toHaveLength(2);
    expect(claims.map((c) => c.claimants)).toEqual([['ve'], ['ve']]);
    expect(claims.find((c) => c.cue === 'arbitrary')?.reason).toContain('second-statement:and-verb');
  });

  it('keeps a quote before "…, said X, which also accused Y"', () => {
    const text = '"The detention of Ana Ruiz is arbitrary," said Vestia, which also accused Norland of persecuting journalists.';
    const claims = accusations(text, [NORLAND, VESTIA, RUIZ]);
    expect(claims).toHaveLength(2);
    expect(claims.find((c) => c.cue === 'arbitrary')?.reason).toContain('second-statement:who-also');
  });

  it('gives the claim verb after a reported harm the reporting subject, and keeps the harm', () => {
    const text = 'Vestia said Norlandic troops had shelled the port and accused Norland of persecuting journalists.';
    const claims = accusations(text, [NORLAND, VESTIA]);
    expect(claims).toHaveLength(2);
    expect(claims.map((c) => [c.claimants, c.targets])).toEqual([[['ve'], ['no']], [['ve'], ['no']]]);
  });

  it('leaves a claim verb with a subject of its own to that subject', () => {
    const text = 'Vestia said Norlandic troops had shelled the port, and Norland accused Vestia of lying.';
    const accused = accusations(text, [NORLAND, VESTIA]).find((c) => c.cue === 'accused');
    expect(accused?.claimants).toEqual(['no']);
    expect(accused?.targets).toEqual(['ve']);
  });
});

describe('one statement is not counted twice', () => {
  it('", saying" that accuses the same actor gives the reason of the first claim', () => {
    const text = 'Vestia accused Norland of shelling the dam, saying Norlandic troops had fired on the town.';
    expect(accusations(text, [NORLAND, VESTIA])).toHaveLength(1);
  });

  it('", saying" after a condemnation with no accused names the accused of that one statement', () => {
    const text = 'Vestia condemned the shelling of the dam, saying Norlandic troops had fired on the town.';
    const claims = accusations(text, [NORLAND, VESTIA]);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.targets).toEqual(['no']);
  });

  it('a label after a rejection verb is part of that one denial', () => {
    const text = 'Vestia rejected the accusation as baseless and without evidence.';
    expect(claimsOf(text, [VESTIA]).filter((c) => c.type === 'denial')).toHaveLength(1);
  });

  it('an evaluative word inside the accusation is no second claim', () => {
    const text = 'Vestia accused Norland of the illegal detention of journalists.';
    expect(accusations(text, [NORLAND, VESTIA])).toHaveLength(1);
  });

  it('a relative clause in which the same speaker says it again is no second claim', () => {
    const text = 'Vestia condemned the detention of the reporter Ana Ruiz, which Vestia said was arbitrary.';
    expect(accusations(text, [VESTIA, p('ar', 'Ana Ruiz')])).toHaveLength(1);
  });

  it('a harm verb inside the accusation, with no connector, stays one claim', () => {
    const text = 'Vestia accused Norland of having shelled the dam near the border.';
    expect(accusations(text, [NORLAND, VESTIA])).toHaveLength(1);
  });

  it('"and" joining two acts of one allegation without a verb of saying opens no second statement', () => {
    const text = 'Prosecutors charged the Red Hand with extortion and arson in the port district.';
    expect(accusations(text, [org('rh', 'threat_group', 'Red Hand')])).toHaveLength(1);
  });
});

/** Session 6: an act called deliberate accuses its doer, named by the context. */
describe('an act called deliberate', () => {
  const STUBB = p('as', 'Aino Salo', 'Salo');

  it('takes the accused of the accusation told just before for "This was a deliberate act"', () => {
    const text = 'Vestia accused Norland of cutting the undersea cable. "This was a deliberate act of sabotage," Aino Salo said.';
    const claims = accusations(text, [NORLAND, VESTIA, STUBB]);
    const deliberate = claims.find((c) => c.reason.startsWith('evaluative-deliberate-act'));
    expect(deliberate?.claimants).toEqual(['as']);
    expect(deliberate?.targets).toEqual(['no']);
  });

  it('takes the doer the article gave "the attack" for "the attack was premeditated"', () => {
    const text = 'Vestia said Norland launched the attack from the sea. "The attack was premeditated," Aino Salo said.';
    const claims = accusations(text, [NORLAND, VESTIA, STUBB]);
    const deliberate = claims.find((c) => c.reason.startsWith('evaluative-deliberate-act'));
    expect(deliberate?.claimants).toEqual(['as']);
    expect(deliberate?.targets).toEqual(['no']);
  });

  it('is left without an accused when the context names no doer', () => {
    const text = 'A fire destroyed the depot on Sunday. "The fire was no accident," Aino Salo said.';
    const claims = accusations(text, [STUBB]);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.claimants).toEqual(['as']);
    expect(claims[0]?.targets).toEqual([]);
  });

  it('gives nothing for deliberate acts that are no harm, a bare "deliberate" of a non-act, or a negation', () => {
    const none = [
      '"This was a deliberate decision to invest in our schools," Aino Salo said.',
      '"It was a deliberate attempt to win the match," Aino Salo said.',
      '"The timing was deliberate," Aino Salo said.',
      '"The crash was not deliberate," Aino Salo said.',
      'The fire was no accident.',
    ];
    for (const text of none) expect(claimsOf(text, [STUBB]), text).toEqual([]);
  });
});
