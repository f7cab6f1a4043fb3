import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/claims/index.ts';
import { claimsOf, BLINKEN, BLOOMBERG, CHEN, CHINA, DOJ, EU, FBI, HAFNIUM, LEE, UK, US, ZHAO, makeActors, makeDoc } from './helpers.ts';

describe('accusation cues', () => {
  it('reads subject and object of an active accusation verb', () => {
    const [c, ...rest] = claimsOf('The United States accused China of hacking Microsoft servers.', [US, CHINA]);
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ type: 'accusation', claimants: ['usa'], targets: ['china'], cue: 'accused', certainty: 'asserted' });
    expect(c?.content).toBe('hacking Microsoft servers');
  });

  it('gives every actor of a multi-actor subject', () => {
    const [c] = claimsOf('The United States, Britain and the European Union accused China of espionage.', [US, UK, EU, CHINA]);
    expect(c?.claimants).toEqual(['usa', 'uk', 'eu']);
    expect(c?.targets).toEqual(['china']);
  });

  it('reads the agent of a passive as claimant and its subject as target', () => {
    const [c] = claimsOf('China was accused by the United States of hacking.', [US, CHINA]);
    expect(c).toMatchObject({ claimants: ['usa'], targets: ['china'] });
  });

  it('leaves an agentless passive without claimants', () => {
    const [c] = claimsOf('At first, Hafnium is held responsible for the attack.', [HAFNIUM]);
    expect(c).toMatchObject({ type: 'accusation', claimants: [], targets: ['hafnium'] });
  });

  it('credits a charge to the named body that brings it', () => {
    const [c] = claimsOf('The Justice Department charged Chen with exporting missile parts to Iran.', [DOJ, CHEN]);
    expect(c).toMatchObject({ claimants: ['doj'], targets: ['chen'], cue: 'charged' });
  });

  it('makes both helper and helped targets', () => {
    const [c] = claimsOf('The FBI accused Chen of helping Lee steal secrets.', [FBI, CHEN, LEE]);
    expect(c?.targets).toEqual(['chen', 'lee']);
  });

  it('splits two statements in one sentence into two claims', () => {
    const claims = claimsOf('The United States accused China of hacking, while Britain blamed Hafnium for the breach.', [US, CHINA, UK, HAFNIUM]);
    expect(claims.map((c) => [c.claimants, c.targets])).toEqual([
      [['usa'], ['china']],
      [['uk'], ['hafnium']],
    ]);
  });
});

describe('negation, cancelling and non-claims', () => {
  it('"did not accuse" is no accusation', () => {
    expect(claimsOf('The United States did not accuse China of hacking.', [US, CHINA])).toHaveLength(0);
  });

  it('"refused to deny" is no denial', () => {
    expect(claimsOf('China refused to deny the accusations.', [CHINA]).filter((c) => c.type === 'denial')).toHaveLength(0);
  });

  it('predictions, demands and guilty pleas are not claims', () => {
    expect(claimsOf('The United States is expected to accuse China of hacking.', [US, CHINA])).toHaveLength(0);
    expect(claimsOf('Britain urged the United States to condemn China.', [UK, US, CHINA])).toHaveLength(0);
    expect(claimsOf('Chen pleaded guilty to charges of fraud.', [CHEN])).toHaveLength(0);
    expect(claimsOf('If convicted, Chen faces ten years in prison.', [CHEN])).toHaveLength(0);
  });

  it('"denied bail" is no denial', () => {
    expect(claimsOf('Chen was denied bail on Monday.', [CHEN])).toHaveLength(0);
  });
});

describe('certainty', () => {
  it('hedges modal and belief framings', () => {
    const [c] = claimsOf('The FBI said China may be behind the attack.', [FBI, CHINA]);
    expect(c).toMatchObject({ type: 'accusation', claimants: ['fbi'], targets: ['china'], certainty: 'hedged' });
  });

  it('keeps a plain accusation asserted', () => {
    const [c] = claimsOf('Britain blamed China for the attack.', [UK, CHINA]);
    expect(c?.certainty).toBe('asserted');
  });

  it('hedges "allegedly" told by the article', () => {
    const [c] = claimsOf('Chen allegedly stole trade secrets from the company.', [CHEN]);
    expect(c).toMatchObject({ targets: ['chen'], claimants: [], certainty: 'hedged', cue: 'allegedly' });
  });
});

describe('denials and counter-accusations', () => {
  it('finds a denial and its accuser', () => {
    const [c] = claimsOf('Beijing rejected US accusations of hacking.', [CHINA, US]);
    expect(c).toMatchObject({ type: 'denial', claimants: ['china'], targets: ['usa'] });
  });

  it('leaves the targets of a denial empty when no accuser is named', () => {
    const [c] = claimsOf('China denies authorship of the cyber attacks.', [CHINA]);
    expect(c).toMatchObject({ type: 'denial', claimants: ['china'], targets: [], content: 'authorship of the cyber attacks' });
  });

  it('gives a denial and a counter-accusation in one sentence', () => {
    const claims = claimsOf('China denied the accusations, and accused the United States of hacking its networks.', [CHINA, US]);
    expect(claims.map((c) => [c.type, c.claimants, c.targets])).toEqual([
      ['denial', ['china'], []],
      ['accusation', ['china'], ['usa']],
    ]);
  });

  it('reads "had nothing to do with" as a denial of the speaker', () => {
    const [c] = claimsOf('Zhao said China had nothing to do with the attack.', [ZHAO, CHINA]);
    expect(c?.type).toBe('denial');
    expect(c?.claimants).toEqual(['china']);
  });
});

describe('quotes and attribution', () => {
  it('attributes a quote to the speaker named after it', () => {
    const [c] = claimsOf('\u201cChina is behind the attacks on our networks,\u201d said Antony Blinken.', [BLINKEN, CHINA]);
    expect(c).toMatchObject({ type: 'accusation', claimants: ['blinken'], targets: ['china'] });
  });

  it('carries the speaker into a follow-on quote paragraph', () => {
    const text = '\u201cWe know who did this,\u201d Blinken said.\n\n\u201cChina is to blame for the breach.\u201d';
    const [c] = claimsOf(text, [BLINKEN, CHINA]);
    expect(c).toMatchObject({ claimants: ['blinken'], targets: ['china'], cue: 'is to blame' });
  });

  it('credits media from "according to" without making them claimants', () => {
    const [c] = claimsOf('According to Bloomberg, the European Union accused China of espionage.', [BLOOMBERG, EU, CHINA]);
    expect(c).toMatchObject({ claimants: ['eu'], targets: ['china'], reported_by: ['bloomberg'] });
  });
});

describe('coreference', () => {
  const text = 'China rejected the accusations on Monday. The country said it had nothing to do with the attack.';

  it('resolves "the country" to the last country named', () => {
    const claims = claimsOf(text, [CHINA]);
    expect(claims.map((c) => [c.type, c.claimants])).toEqual([
      ['denial', ['china']],
      ['denial', ['china']],
    ]);
  });

  it('does not resolve when coreference is off', () => {
    const claims = claimsOf(text, [CHINA], { compromise: false, coref: false });
    expect(claims[1]?.claimants).toEqual([]);
  });

  it('resolves "he" to the last person', () => {
    const [c] = claimsOf('Blinken spoke on Monday. He accused China of hacking.', [BLINKEN, CHINA]);
    expect(c).toMatchObject({ claimants: ['blinken'], targets: ['china'] });
  });

  it('resolves "the defendants" to the accused of a charging document', () => {
    const text2 = 'Chen and Lee were charged with fraud. According to the indictment, the defendants stole data from the bank.';
    const claims = claimsOf(text2, [CHEN, LEE]);
    expect(claims.map((c) => [c.claimants, c.targets])).toEqual([
      [[], ['chen', 'lee']],
      [[], ['chen', 'lee']],
    ]);
  });

  it('leaves the article\'s own narration of the crime alone', () => {
    const claims = claimsOf('Chen and Lee were charged with fraud. The defendants stole data from the bank.', [CHEN, LEE]);
    expect(claims).toHaveLength(1);
  });
});

describe('compromise', () => {
  it('asks the tagger only about ambiguous cue words, and follows its answer', () => {
    const asked: string[] = [];
    const tagger = {
      partOfSpeech(text: string, start: number, end: number) {
        asked.push(text.slice(start, end));
        return 'noun' as const;
      },
    };
    const text = 'The United States accused China. Chen claims Beijing stole secrets in the attack.';
    const claims = extractClaims(makeDoc(text), makeActors(text, [US, CHINA, CHEN]), [], { tagger }).claims;
    expect(asked).toEqual([]); // "claims" before a capitalised name is decided by rule; "accused" is never ambiguous
    expect(claims.some((c) => c.cue === 'claims')).toBe(true);
  });
});

describe('press releases and documents', () => {
  it('credits a sentence framed by court documents to nobody and accuses its subject', () => {
    const [c] = claimsOf('According to court documents, Chen exported missile parts to Iran.', [CHEN]);
    expect(c).toMatchObject({ type: 'accusation', claimants: [], targets: ['chen'] });
    expect(c?.reason).toMatch(/document/);
  });

  it('does not make a claim of a plea agreement', () => {
    expect(claimsOf('According to the plea agreement, Chen exported missile parts.', [CHEN])).toHaveLength(0);
  });

  it('attributes speech without quote marks to the speaker named at its end', () => {
    const text = 'Chen stole trade secrets for a foreign government, said Wei Lee. He added nothing else.';
    const [c] = claimsOf(text, [CHEN, LEE]);
    expect(c).toMatchObject({ claimants: ['lee'], targets: ['chen'], cue: 'stole' });
  });

  it('reads a Title Case headline as passive and hedges an adjectival "alleged"', () => {
    const text = 'Alleged Hacker Lee Charged With Fraud\n\nWei Lee was charged with fraud on Monday.';
    const claims = claimsOf(text, [LEE]);
    expect(claims[0]).toMatchObject({ type: 'accusation', claimants: [], targets: ['lee'] });
    expect(claims[0]?.certainty).toBe('hedged');
  });

  it('reads sanctions as accusations only where a reason is given', () => {
    expect(claimsOf('The United States sanctioned China for hacking.', [US, CHINA])[0]).toMatchObject({ claimants: ['usa'], targets: ['china'] });
    expect(claimsOf('The United States sanctioned China on Monday.', [US, CHINA])).toHaveLength(0);
  });

  it('counts an accusing label put on an actor', () => {
    const [c] = claimsOf('Blinken called the Beijing regime corrupt.', [BLINKEN, CHINA]);
    expect(c).toMatchObject({ claimants: ['blinken'], targets: ['china'] });
  });

  it('does not take the speaker\'s own side for an accusation ("said it had carried out")', () => {
    expect(claimsOf('Hafnium said it had carried out the attack.', [HAFNIUM]).filter((c) => c.type === 'accusation')).toHaveLength(0);
  });
});
