import { describe, expect, it } from 'vitest';
import { claimsOf, country, org, p } from './helpers.ts';

/**
 * Fallbacks for slots still empty after every rule (src/extract/claims/fallback.ts).
 * Articles composed for these tests (new names and wording), with the cases where the
 * fallback must not fire.
 */

const ODELL = p('mo', 'Maya Odell', 'Odell');
const FISK = p('lf', 'Lena Fisk', 'Fisk');
const BRIGHTWELL = org('bm', 'company', 'Brightwell Mining', 'Brightwell');
const BOARD = org('hw', 'agency', 'Harlow Water Board');

const ACCUSATION = 'Senator Maya Odell accused Brightwell Mining of dumping waste into the Sava river.';

describe('target: the accused of the same side\'s accusation just before', () => {
  it('gives a later judgement by the same accuser the accused it named', () => {
    for (const text of [
      `${ACCUSATION} "The dumping was illegal," Odell said.`,
      `${ACCUSATION} Odell also accused the management in Brightwell's head office of "poisoning the valley".`,
      `${ACCUSATION} Inspectors visited the site twice last spring. Farmers have complained for years. "What happened there is a crime against every family downstream," Odell said.`,
    ]) {
      const judged = claimsOf(text, [ODELL, BRIGHTWELL]).filter((c) => c.type === 'accusation').at(-1);
      expect(judged?.evidence.text, text).not.toMatch(/^Senator/);
      expect(judged, text).toMatchObject({ claimants: ['mo'], targets: ['bm'] });
      expect(judged?.reason, text).toMatch(/fallback:target:previous-claim$/);
    }
  });

  it('leaves the judgement of another speaker empty (she may not blame the same party)', () => {
    const text = `${ACCUSATION} Mayor Lena Fisk said the dumping was illegal.`;
    const judged = claimsOf(text, [ODELL, FISK, BRIGHTWELL]).find((c) => c.claimants.includes('lf'));
    expect(judged?.targets).toEqual([]);
  });

  it('does not fire where the sentence names another actor the rules did not choose', () => {
    const text = `${ACCUSATION} "The dumping was illegal, and the Harlow Water Board looked away," Odell said.`;
    const judged = claimsOf(text, [ODELL, BRIGHTWELL, BOARD]).filter((c) => c.type === 'accusation' && !/^Senator/.test(c.evidence.text));
    expect(judged.length).toBeGreaterThan(0);
    for (const c of judged) expect(c.reason).not.toMatch(/fallback/);
  });

  it('does not reach past a few sentences', () => {
    const text = `${ACCUSATION} Inspectors visited the site twice last spring. Farmers have complained for years. The river feeds three towns. Fishing was banned in May. Tourism has collapsed since. "The dumping was illegal," Odell said.`;
    const judged = claimsOf(text, [ODELL, BRIGHTWELL]).filter((c) => c.type === 'accusation').at(-1);
    expect(judged?.evidence.text).toMatch(/^"The dumping/);
    expect(judged?.targets).toEqual([]);
  });

  it('gives an agentless claim nothing (no accuser to continue)', () => {
    const text = `${ACCUSATION} The dumping was described as illegal in a leaked memo.`;
    const claims = claimsOf(text, [ODELL, BRIGHTWELL]);
    expect(claims).toHaveLength(2);
    expect(claims[1]?.targets).toEqual([]);
  });
});

const TARVO = p('tv', 'Ilse Tarvo', 'Tarvo');
const NORLAND = country('no', 'Norland', 'Norlandic', 'Ostrava City');
const VESTIA = country('ve', 'Vestia', 'Vestian');
const WATCH = org('gw', 'other_org', 'Global Rights Watch');

describe('denial target: the author of the accusation its sentence names', () => {
  it('takes the actor after "accusations of / claims by / report from" or before "\'s accusations"', () => {
    for (const text of [
      'Foreign ministry spokeswoman Ilse Tarvo rejected what she called "baseless claims" by Ostrava City and said Vestia had always respected the treaty.',
      'Vestian spokeswoman Ilse Tarvo said Vestia firmly opposes the groundless accusations of the Norlandic government.',
      'Ilse Tarvo called the accusations of Ostrava City "a provocation" and an insult to Vestian voters.',
    ]) {
      const den = claimsOf(text, [TARVO, NORLAND, VESTIA]).find((c) => c.type === 'denial');
      expect(den?.targets, text).toEqual(['no']);
      expect(den?.reason, text).toMatch(/fallback:target:named-author$/);
    }
  });

  it('does not take a country adjective on the denied act, nor an actor the sentence names as a party', () => {
    for (const text of [
      'Ilse Tarvo said the claims of Vestian meddling in the vote were false.',
      'Ilse Tarvo said Vestia broke no laws and that the claims of Vestian officials were false.',
      "Ilse Tarvo said Vestia broke no laws, repeating Vestia's claims of innocence.",
    ]) {
      const den = claimsOf(text, [TARVO, NORLAND, VESTIA]).find((c) => c.type === 'denial');
      expect(den, text).toBeDefined();
      expect(den?.targets, text).toEqual([]);
    }
  });

  it('takes no accuser named only in an earlier sentence (SPEC: the accusers of that same statement)', () => {
    const text = 'Norland accused Vestia of jamming its satellites. Vestia denied the accusations on Tuesday.';
    const den = claimsOf(text, [NORLAND, VESTIA]).find((c) => c.type === 'denial');
    expect(den).toMatchObject({ claimants: ['ve'], targets: [] });
  });
});

describe('claimant: the actor opening the clause of a finite cue verb', () => {
  it('takes the subject after a time phrase or before a possessed, modified head', () => {
    for (const [text, specs, want] of [
      ['In 2023 the Harlow Water Board fined Brightwell Mining for polluting the Sava river.', [BOARD, BRIGHTWELL], 'hw'],
      ['In March the Harlow Water Board sanctioned Brightwell Mining for polluting the Sava river.', [BOARD, BRIGHTWELL], 'hw'],
      ['Vestia’s pro-Western government has accused Norland of jamming its satellites.', [NORLAND, VESTIA], 've'],
    ] as const) {
      const [c] = claimsOf(text, [...specs]);
      expect(c?.claimants, text).toEqual([want]);
      expect(c?.reason, text).toMatch(/fallback:claimant:subject/);
    }
  });

  it("leaves a person's relative, a part of a body and a passive without the named actor", () => {
    for (const [text, specs] of [
      ["Tarvo's brother accused Brightwell Mining of dumping waste into the river.", [TARVO, BRIGHTWELL]],
      ['Several members of the Harlow Water Board accused Brightwell Mining of dumping waste into the river.', [BOARD, BRIGHTWELL]],
      ['Last year Brightwell Mining was fined for polluting the Sava river.', [BRIGHTWELL]],
    ] as const) {
      const [c] = claimsOf(text, [...specs]);
      expect(c, text).toBeDefined();
      expect(c?.claimants, text).toEqual([]);
    }
  });
});

describe('target: the person a relative clause with a passive charge is about', () => {
  const DORN = p('ld', 'Lev Dorn', 'Dorn');
  const PELL = p('ap', 'Ana Pell', 'Pell');
  const LISBON = country('pt', 'Portugal', 'Lisbon');

  it('takes the antecedent of "who … was convicted / had been charged", past an apposition and a place', () => {
    for (const [text, want] of [
      ['The payments went to a network run by Lev Dorn, a fugitive banker who lives in Lisbon and was convicted in 2021 of embezzling pension funds.', 'ld'],
      ['Investigators said the villa belonged to Ana Pell, who had been charged last year with bribing customs officers.', 'ap'],
    ] as const) {
      const c = claimsOf(text, [DORN, PELL, LISBON]).find((x) => x.type === 'accusation');
      expect(c?.targets, text).toEqual([want]);
      if (want === 'ld') expect(c?.reason).toMatch(/fallback:target:relative-antecedent$/);
    }
  });

  it('takes no one when the relative clause hangs on a description', () => {
    const text = 'Lev Dorn said the man who was convicted of the robbery had been released early.';
    const c = claimsOf(text, [DORN]).find((x) => x.type === 'accusation');
    expect(c).toBeDefined();
    expect(c?.targets).toEqual([]);
  });
});
