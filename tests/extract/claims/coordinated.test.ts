import { describe, expect, it } from 'vitest';
import { claimsOf, country, org, p } from './helpers.ts';

/** Session 4 slot rules: coordinated accused with ages, nationalities of private people. */

describe('two accused joined by ", and" with their ages', () => {
  it('keeps both persons of "A, 52, and B, 47, are charged"', () => {
    const text = 'Tomas Lindqvist, 52, and Marta Okonjo, 47, both of Bergen, are charged with wire fraud.';
    const [c] = claimsOf(text, [p('tl', 'Tomas Lindqvist'), p('mo', 'Marta Okonjo')]);
    expect(c?.targets).toEqual(['tl', 'mo']);
  });

  it('reads past a home town after the age', () => {
    const text = 'Ivo Brandt, 29, of Duluth, Minnesota, and Selma Haq, 33, of Reno, Nevada, were indicted on money laundering charges.';
    const [c] = claimsOf(text, [p('ib', 'Ivo Brandt'), p('sh', 'Selma Haq')]);
    expect(c?.targets).toEqual(['ib', 'sh']);
  });

  it('lets "the defendants" stand for both afterwards', () => {
    const text = 'Ivo Brandt, 29, and Selma Haq, 33, were charged with fraud on Monday. According to the indictment, the defendants stole payroll data from a hospital.';
    const claims = claimsOf(text, [p('ib', 'Ivo Brandt'), p('sh', 'Selma Haq')]);
    expect(claims.at(-1)?.targets).toEqual(['ib', 'sh']);
  });

  it('does not join the accuser of an earlier clause without an age', () => {
    const text = 'Lena Ferris accused Omar Daley of forging invoices, and Piet Mol denied it.';
    const denial = claimsOf(text, [p('lf', 'Lena Ferris'), p('od', 'Omar Daley'), p('pm', 'Piet Mol')]).find((c) => c.type === 'denial');
    expect(denial?.claimants).toEqual(['pm']);
  });

  it('does not join a country with an age-like number before ", and"', () => {
    const text = 'Vestia lost 12, and Norland was accused of shelling the border posts.';
    const claims = claimsOf(text, [country('ve', 'Vestia'), country('no', 'Norland')]);
    expect(claims[0]?.targets).toEqual(['no']);
  });
});

describe('a country adjective on private people is a nationality', () => {
  it('resolves "a U.S. citizen" to the person introduced with an age, not the state', () => {
    const text = 'Norland charges U.S. engineer with spying\n\nNorland authorities have charged a U.S. citizen with espionage, officials said. The security service said that Paul Garvey, 51, photographed a naval base.';
    const claims = claimsOf(text, [country('no', 'Norland'), country('us', 'U.S.'), p('pg', 'Paul Garvey')]);
    const charged = claims.filter((c) => c.cue === 'charged' || c.cue === 'charges');
    expect(charged.length).toBeGreaterThan(0);
    for (const c of charged) expect(c.targets).toEqual(['pg']);
  });

  it('takes the headline\'s "Vestian teacher" for the person too', () => {
    const text = 'Norland charges Vestian teacher with treason\n\nThe prosecutor said Anna Kovic, 38, passed maps to a foreign agent.';
    const [c] = claimsOf(text, [country('no', 'Norland'), country('ve', 'Vestian'), p('ak', 'Anna Kovic')]);
    expect(c).toMatchObject({ claimants: ['no'], targets: ['ak'] });
  });

  it('never makes "two Vestian nationals" the state', () => {
    const text = 'Prosecutors indicted two Vestian nationals for smuggling rifles.';
    const [c] = claimsOf(text, [country('ve', 'Vestian')]);
    expect(c?.targets).toEqual([]);
  });

  it('keeps state agents as the state: "Vestian officers"', () => {
    const text = 'Norland accused Vestian intelligence officers of the poisoning.';
    const [c] = claimsOf(text, [country('no', 'Norland'), country('ve', 'Vestian')]);
    expect(c?.targets).toEqual(['ve']);
  });

  it('leaves a nationality unresolved when nobody is introduced with an age', () => {
    const text = 'Police arrested a Vestian businessman on charges of bribery.';
    const [c] = claimsOf(text, [country('ve', 'Vestian'), org('pol', 'agency', 'Police')]);
    expect(c?.targets ?? []).not.toContain('ve');
  });
});

describe('a lead description of the person a story is about', () => {
  it('reads "A Denver woman was charged" as the person introduced with an age', () => {
    const text = 'Denver woman charged over pension scam\n\nA Denver woman was charged today with defrauding retirees of their pensions. According to the complaint, Alma Reyes, 61, of Denver, opened accounts in the names of dead pensioners.';
    const claims = claimsOf(text, [p('ar', 'Alma Reyes', 'Reyes')]);
    const charged = claims.find((c) => c.cue === 'charged');
    expect(charged?.targets).toEqual(['ar']);
  });

  it('drops the employer inside "a former Navy logistics engineer"', () => {
    const text = 'NORFOLK – A jury convicted a former Navy logistics engineer of selling ship plans. Evidence at trial showed that Owen Pratt, 45, of Norfolk, sold the plans for cash.';
    const claims = claimsOf(text, [org('navy', 'agency', 'Navy'), p('op', 'Owen Pratt', 'Pratt')]);
    expect(claims.find((c) => c.cue === 'convicted')?.targets).toEqual(['op']);
  });

  it('takes the person named with the same role word: "opposition leader X"', () => {
    const text = 'Opposition leader arrested, accused of treason\n\nPolice on Monday detained opposition leader Rasa Lind at her home.';
    const [c] = claimsOf(text, [p('rl', 'Rasa Lind', 'Lind')]);
    expect(c?.targets).toEqual(['rl']);
  });

  it('resolves "the 52-year-old" to the person given that age', () => {
    const text = 'Piet Mol, 52, and Anna Berg, 30, were arrested. Prosecutors accused the 52-year-old of running the scheme.';
    const claims = claimsOf(text, [p('pm', 'Piet Mol'), p('ab', 'Anna Berg')]);
    expect(claims.find((c) => c.cue === 'accused')?.targets).toEqual(['pm']);
  });

  it('leaves a description alone when nobody is introduced', () => {
    const text = 'A Denver woman was charged today with defrauding retirees, the Justice Department said.';
    const [c] = claimsOf(text, [org('doj', 'agency', 'Justice Department')]);
    expect(c?.targets).toEqual([]);
  });

  it('does not read "a leader of the group" as a person description', () => {
    const text = 'Police charged a leader of the Red Wolves with extortion. Sam Ode, 40, was also detained.';
    const [c] = claimsOf(text, [org('rw', 'threat_group', 'Red Wolves'), p('so', 'Sam Ode')]);
    expect(c?.targets).not.toContain('so');
  });
});

describe('the doer of "the strike" from earlier in the article', () => {
  const actors = [country('no', 'Norland', 'Norlandic'), country('ve', 'Vestia', 'Vestian'), p('ik', 'Ilse Kamp', 'Kamp')];

  it('takes the doer named before the same act noun ("a Vestian missile strike")', () => {
    const text = 'Norland summons envoy after Vestian missile strike on port\n\nA strike on the port of Elm killed four dock workers on Sunday. Norlandic foreign minister Ilse Kamp condemned the strike as "a war crime."';
    const c = claimsOf(text, actors).find((x) => x.evidence.text.includes('war crime'));
    expect(c).toMatchObject({ claimants: ['ik'], targets: ['ve'] });
    expect(c?.reason).toContain('act-doer');
  });

  it('takes the accused of an earlier accusation about the same act', () => {
    const text = 'Norland accused Vestia of launching the raid on a border village. Ilse Kamp condemned the raid as "a war crime."';
    const c = claimsOf(text, actors).find((x) => x.evidence.text.includes('war crime'));
    expect(c?.targets).toEqual(['ve']);
  });

  it('leaves the target empty when the article names no doer', () => {
    const text = 'A strike on the port of Elm killed four dock workers on Sunday. Ilse Kamp condemned the strike as "a war crime."';
    const c = claimsOf(text, actors).find((x) => x.evidence.text.includes('war crime'));
    expect(c?.targets).toEqual([]);
  });

  it('never makes the speaker\'s own side the doer', () => {
    const text = 'Norlandic artillery shelled the town after a Norlandic raid failed. Norland condemned the raid as "a war crime."';
    const c = claimsOf(text, actors).find((x) => x.evidence.text.includes('war crime'));
    expect(c?.targets ?? []).not.toContain('no');
  });
});

describe('a lead description before a pronoun, and "a federal judge"', () => {
  const actors = [org('ac', 'company', 'Acme'), org('vx', 'company', 'Vextron'), p('mh', 'Mara Holt', 'Holt'), p('tq', 'Tobias Quill', 'Quill')];

  it('resolves "him" to the person a lead\'s "former Acme and Vextron engineer" stands for', () => {
    const text = 'A former Acme and Vextron engineer from Fresno was jailed today after a federal judge convicted him of stealing chip designs. Mr. Quill, 58, was found guilty by U.S. District Judge Mara Holt after a bench trial.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'convicted');
    expect(c).toMatchObject({ claimants: ['mh'], targets: ['tq'] });
  });

  it('never takes the person of the story for "a federal judge"', () => {
    const text = 'A federal judge convicted a Fresno engineer of stealing chip designs. Tobias Quill, 58, faces ten years in prison.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'convicted');
    expect(c?.claimants).toEqual([]);
    expect(c?.targets).toEqual(['tq']);
  });
});

describe('subjects after a time phrase, and "his company"', () => {
  const actors = [p('fk', 'Farid Kane', 'Kane'), org('gs', 'company', 'Gulfway Supply LLC', 'Gulfway')];

  it('keeps both subjects after "between 2019 and 2023"', () => {
    const text = 'Farid Kane, 58, was arrested. According to the complaint, between 2019 and 2023 Kane and Gulfway shipped stolen equipment to customers abroad.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'shipped');
    expect(c?.targets).toEqual(['fk', 'gs']);
  });

  it('still reads "from Kane" after a year as a preposition object when no time phrase ends there', () => {
    const text = 'Prosecutors said the 2021 shipments from Kane were illegal.';
    const c = claimsOf(text, actors)[0];
    expect(c?.claimants ?? []).not.toContain('fk');
  });

  it('resolves "his company" to the company named in apposition elsewhere', () => {
    const text = 'A Tampa businessman and his company were charged today with exporting rifles. Farid Kane, 58, was arrested at the airport. His company, Gulfway Supply LLC, is also named as a defendant.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'charged');
    expect(c?.targets).toEqual(['fk', 'gs']);
  });

  it('leaves "his company" alone when no company is named in apposition', () => {
    const text = 'A Tampa businessman and his company were charged today with exporting rifles. Farid Kane, 58, runs Gulfway Supply LLC.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'charged');
    expect(c?.targets).toEqual(['fk']);
  });
});

describe('helping a firm of a nationality', () => {
  const actors = [p('lw', 'Li Wen'), country('cn', 'Chinese'), org('doj', 'agency', 'Justice Department')];

  it('does not make the state a target for "on behalf of a Chinese state-owned enterprise"', () => {
    const text = 'The Justice Department charged Li Wen with stealing turbine designs on behalf of a Chinese state-owned enterprise.';
    const [c] = claimsOf(text, actors);
    expect(c?.targets).toEqual(['lw']);
  });

  it('keeps the state for "on behalf of the Chinese government"', () => {
    const text = 'The Justice Department charged Li Wen with stealing turbine designs on behalf of the Chinese government.';
    const [c] = claimsOf(text, actors);
    expect(c?.targets).toEqual(['lw', 'cn']);
  });
});

describe('the subject of a document claim ends at an irregular verb', () => {
  const actors = [p('dh', 'Dara Holm', 'Holm'), org('gru', 'agency', 'Main Intelligence Directorate'), country('ru', 'Russia')];

  it('does not take the counterparty after "met with an officer of X"', () => {
    const text = "According to court documents, Dara Holm, 41, of Dayton, met with an officer of Russia's Main Intelligence Directorate in Vienna and sold him secret files.";
    const [c] = claimsOf(text, actors);
    expect(c?.targets).toEqual(['dh']);
  });

  it('still takes both persons of a subject list before the irregular verb', () => {
    const text = 'According to court documents, Dara Holm and Ivo Lenz met a buyer in Vienna and sold him secret files.';
    const [c] = claimsOf(text, [...actors, p('il', 'Ivo Lenz')]);
    expect(c?.targets).toEqual(['dh', 'il']);
  });
});

describe('plural descriptions of two or more named', () => {
  const actors = [p('lk', 'Lars Kovac', 'Kovac'), p('mh', 'Mara Holt', 'Holt'), org('ac', 'company', 'Acme'), org('vx', 'company', 'Vextron'), org('zt', 'company', 'Zentra')];

  it('reads "Both companies" as the two companies named together before', () => {
    const text = 'Acme and Vextron paid a fine on Monday. Both companies were accused of fixing prices.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'accused');
    expect(c?.targets).toEqual(['ac', 'vx']);
  });

  it('reads "The companies" as a list of three', () => {
    const text = 'Acme, Vextron and Zentra were accused of fixing prices. The companies denied the charges.';
    const d = claimsOf(text, actors).find((x) => x.type === 'denial');
    expect(d?.claimants).toEqual(['ac', 'vx', 'zt']);
  });

  it('does not read "both companies" as a list of three', () => {
    const text = 'Acme, Vextron and Zentra paid a fine. Both companies were accused of fixing prices.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'accused');
    expect(c?.targets).toEqual([]);
  });

  it('reads "accused the pair of smuggling" and a bare "Both were charged"', () => {
    const text = 'Lars Kovac and Mara Holt were arrested on Monday. Prosecutors accused the pair of smuggling. Both were charged with fraud.';
    const claims = claimsOf(text, actors);
    expect(claims.find((x) => x.cue === 'accused')?.targets).toEqual(['lk', 'mh']);
    expect(claims.find((x) => x.cue === 'charged')?.targets).toEqual(['lk', 'mh']);
  });

  it('leaves "the pair of shoes" alone', () => {
    const text = 'Lars Kovac and Mara Holt were arrested on Monday. Prosecutors accused Acme of selling the pair of shoes.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'accused');
    expect(c?.targets).toEqual(['ac']);
  });
});

describe('an alias inside an object list', () => {
  const actors = [p('lk', 'Lars Kovac', 'Kovac'), p('mh', 'Mara Holt', 'Holt')];

  it('keeps the item after \'also known as "Lux,"\'', () => {
    const text = 'The indictment charges Lars Kovac, also known as "Lux," and Mara Holt with wire fraud.';
    const [c] = claimsOf(text, actors);
    expect(c?.targets).toEqual(['lk', 'mh']);
  });

  it('still stops at "as" that starts the content', () => {
    const text = 'Prosecutors described Lars Kovac as the leader of the ring that defrauded Mara Holt.';
    const claims = claimsOf(text, actors);
    expect(claims.every((c) => !c.targets.includes('mh'))).toBe(true);
  });
});

