import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/claims/index.ts';
import type { ActorType, Claim } from '../../../src/types/index.ts';
import { claimsOf, makeActors, makeDoc, type ActorSpec } from './helpers.ts';

/**
 * Claim slots (claimants and targets) on sentences composed for these tests: each case
 * is a general pattern of news writing, with a negative case where the rule could overreach.
 */

const a = (id: string, type: ActorType, ...forms: string[]): ActorSpec => ({ id, type, forms });
const slots = (claims: readonly Claim[]): [string, readonly string[], readonly string[]][] => claims.map((c) => [c.cue, c.claimants, c.targets]);

describe('clause boundaries that are not', () => {
  it('keeps the subject across "since" before a date', () => {
    const [c] = claimsOf('Tomas Brandt, a reporter with the Daily Post, has been detained since March 3 over accusations of espionage.', [
      a('tb', 'person', 'Tomas Brandt'),
      a('dp', 'media', 'Daily Post'),
    ]);
    expect(c).toMatchObject({ cue: 'accusations', targets: ['tb'] });
  });

  it('still opens a clause at "since" before a verb clause', () => {
    const claims = claimsOf('Talks have stalled since Norland accused Vestia of the hack.', [a('n', 'country', 'Norland'), a('v', 'country', 'Vestia')]);
    expect(slots(claims)).toEqual([['accused', ['n'], ['v']]]);
  });

  it('reads a subject after a noun that a relative clause without "that" follows', () => {
    const text = 'Petra Kaur and Ivan Lenz were indicted for fraud. Among the drones the defendants are alleged to have sold to Ruritania were two cargo models.';
    const claims = claimsOf(text, [a('pk', 'person', 'Petra Kaur'), a('il', 'person', 'Ivan Lenz'), a('ru', 'country', 'Ruritania')]);
    expect(claims.find((c) => c.cue === 'alleged')?.targets).toEqual(['pk', 'il']);
  });

  it('keeps a preposition over a coordinated object with its own determiner', () => {
    const claims = claimsOf('Officials from the Ministry of Trade and the Customs Office accused Gorev of smuggling.', [
      a('mt', 'agency', 'Ministry of Trade'),
      a('co', 'agency', 'Customs Office'),
      a('g', 'person', 'Gorev'),
    ]);
    expect(claims[0]?.targets).toEqual(['g']);
  });
});

describe('passive subjects', () => {
  it('takes the antecedent of "who" as the target of a passive in a relative clause', () => {
    const [c] = claimsOf('The office is run by Director Sofia Lund, who was sanctioned by the United States in 2021 for abusing detainees.', [
      a('l', 'person', 'Sofia Lund'),
      a('us', 'country', 'United States'),
    ]);
    expect(c).toMatchObject({ cue: 'sanctioned', claimants: ['us'], targets: ['l'] });
  });

  it('takes the head before a relative clause that runs up to the passive', () => {
    const [c] = claimsOf('Marek Novak, 55, who worked for Alpha Corp from 1990 until 2004, was found guilty by Judge Ana Ruiz of theft.', [
      a('n', 'person', 'Marek Novak'),
      a('ac', 'company', 'Alpha Corp'),
      a('r', 'person', 'Ana Ruiz'),
    ]);
    expect(c).toMatchObject({ claimants: ['r'], targets: ['n'] });
  });

  it('does not take the main subject for the relative clause of its object', () => {
    const [c] = claimsOf('Alpha Corp hired Marek Novak, who was later charged with fraud.', [a('n', 'person', 'Marek Novak'), a('ac', 'company', 'Alpha Corp')]);
    expect(c).toMatchObject({ cue: 'charged', targets: ['n'] });
  });
});

describe('subjects across asides and coordination', () => {
  it('keeps a named subject before ", however,"', () => {
    const [c] = claimsOf('The Justice Ministry, however, has filed an indictment against Lars Berg for bribery.', [a('jm', 'agency', 'Justice Ministry'), a('lb', 'person', 'Lars Berg')]);
    expect(c).toMatchObject({ claimants: ['jm'], targets: ['lb'] });
  });

  it('still splits two clauses at ", however,"', () => {
    const claims = claimsOf('Norland accused Vestia of the attack, however, Vestia denied it.', [a('n', 'country', 'Norland'), a('v', 'country', 'Vestia')]);
    expect(claims.map((c) => [c.type, c.claimants])).toEqual([
      ['accusation', ['n']],
      ['denial', ['v']],
    ]);
  });

  it('gives a coordinated verb the subject of the first verb, not its object', () => {
    const [c] = claimsOf('The regulator fined Alpha Corp and accused it of fraud.', [a('ac', 'company', 'Alpha Corp')]);
    expect(c).toMatchObject({ cue: 'accused', claimants: [], targets: ['ac'] });
    const [d] = claimsOf("Norland's officials fined Alpha Corp and accused it of fraud.", [a('n', 'country', 'Norland'), a('ac', 'company', 'Alpha Corp')]);
    expect(d).toMatchObject({ claimants: ['n'], targets: ['ac'] });
  });

  it('keeps a coordinated subject ("A and B accused")', () => {
    const [c] = claimsOf('Norland and Vestia accused Alpha Corp of fraud.', [a('n', 'country', 'Norland'), a('v', 'country', 'Vestia'), a('ac', 'company', 'Alpha Corp')]);
    expect(c).toMatchObject({ claimants: ['n', 'v'], targets: ['ac'] });
  });
});

describe('modifiers of a named body', () => {
  it('drops a country written right before an agency name', () => {
    const [c] = claimsOf('The Norland Ministry of Defence accused Alpha Corp of fraud.', [a('n', 'country', 'Norland'), a('md', 'agency', 'Ministry of Defence'), a('ac', 'company', 'Alpha Corp')]);
    expect(c).toMatchObject({ claimants: ['md'], targets: ['ac'] });
  });

  it('keeps a country that is its own item of the subject', () => {
    const [c] = claimsOf('Norland and the Vestia Ministry of Defence accused Alpha Corp of fraud.', [a('n', 'country', 'Norland'), a('md', 'agency', 'Ministry of Defence'), a('ac', 'company', 'Alpha Corp')]);
    expect(c?.claimants).toEqual(['n', 'md']);
  });

  it('takes the longer of two nested mentions', () => {
    const text = 'The Norland Ministry of Defence accused Alpha Corp of fraud.';
    const actors = makeActors(text, [a('md', 'agency', 'Norland Ministry of Defence'), a('ac', 'company', 'Alpha Corp')]);
    // A country mention nested inside the agency's (as an actor list may give it).
    actors.push({ id: 'n', name: 'Norland', type: 'country', affiliation: null, aliases: [], mentions: [{ start: 4, end: 11, text: 'Norland' }], source: 'test', reason: 'fixture' });
    const [c] = extractClaims(makeDoc(text), actors, []).claims;
    expect(c).toMatchObject({ claimants: ['md'], targets: ['ac'] });
  });
});

describe('officials who announce', () => {
  const people = [
    a('lw', 'person', 'Lin Wei'),
    a('ah', 'person', 'Anna Holt'),
    a('jo', 'person', 'Jan Ode'),
    a('bp', 'agency', 'Border Police'),
    a('co', 'agency', 'Customs Office'),
    a('n', 'country', 'Norland'),
  ];

  it('credits every official of a "Name, Title, Office, and Name, Title" subject, not the offices', () => {
    const [c] = claimsOf('Anna Holt, Chief Prosecutor, Border Police, and Jan Ode, Director, Customs Office, announced that Lin Wei was arrested on charges of smuggling rifles.', people);
    expect(c).toMatchObject({ claimants: ['ah', 'jo'], targets: ['lw'] });
  });

  it('keeps a body that is its own item of the subject', () => {
    const [c] = claimsOf('Anna Holt, Jan Ode and the Customs Office said Lin Wei was arrested on charges of smuggling rifles.', people);
    expect(c?.claimants).toEqual(['ah', 'jo', 'co']);
  });

  it('reads an apposition after an alias and an age as an aside, not a target', () => {
    const [c] = claimsOf('Police said that Lin Wei, aka "Tony Lin," 41, a Norland passport holder, was arrested on charges of smuggling rifles.', people);
    expect(c?.targets).toEqual(['lw']);
  });

  it('keeps an "and" inside a title when semicolons separate the announcers', () => {
    const text = 'Mira Holt and Dan Ode were indicted for fraud. The charges were announced by Attorney General Ana Ruiz; Under Secretary for Trade and Customs Enforcement Tom Sand; and Director Eva Lind of the Border Agency.';
    const claims = claimsOf(text, [a('mh', 'person', 'Mira Holt'), a('do', 'person', 'Dan Ode'), a('ar', 'person', 'Ana Ruiz'), a('ts', 'person', 'Tom Sand'), a('el', 'person', 'Eva Lind'), a('ba', 'agency', 'Border Agency'), a('tr', 'agency', 'Trade')]);
    expect(claims.find((c) => c.cue === 'charges')).toMatchObject({ claimants: ['ar', 'ts', 'el'], targets: ['mh', 'do'] });
  });
});

describe('a second reporting verb shares its subject', () => {
  it('gives "X said …, but said …" to X', () => {
    const [c] = claimsOf('Governor Ivan Petrov said police were present at the scene, but said the fire was unrelated to the earlier blast.', [a('ip', 'person', 'Ivan Petrov')]);
    expect(c).toMatchObject({ type: 'denial', claimants: ['ip'] });
  });

  it('does not lend a subject across a clause with its own speaker', () => {
    const [c] = claimsOf('Governor Ivan Petrov left early, but Mayor Olga Sand said the fire was unrelated to the earlier blast.', [a('ip', 'person', 'Ivan Petrov'), a('os', 'person', 'Olga Sand')]);
    expect(c?.claimants).toEqual(['os']);
  });
});

describe('helped bodies and asides in allegations', () => {
  const specs = [a('md', 'agency', 'Defence Ministry'), a('n', 'country', 'Norland'), a('do', 'person', 'Dan Ode'), a('ac', 'company', 'Alpha Corp'), a('v', 'country', 'Vestia')];

  it('targets the body an "as alleged" act was done for', () => {
    const [c] = claimsOf("As alleged, the campaign was conducted on behalf of Norland's Defence Ministry.", specs);
    expect(c).toMatchObject({ cue: 'alleged', claimants: [], targets: ['md'] });
  });

  it('reads the allegation past an aside after the verb', () => {
    const [c] = claimsOf('Dan Ode alleged, in a letter to the court, that Alpha Corp had smuggled arms.', specs);
    expect(c).toMatchObject({ claimants: ['do'], targets: ['ac'] });
    expect(c?.content).toBe('Alpha Corp had smuggled arms');
  });

  it('adds the helped to the accused of an alleged clause', () => {
    const [c] = claimsOf('Dan Ode alleged that Alpha Corp smuggled arms on behalf of Vestia.', specs);
    expect(c?.targets).toEqual(['ac', 'v']);
  });

  it('does not add a body the act only mentions', () => {
    const [c] = claimsOf('Dan Ode alleged that Alpha Corp smuggled arms from Vestia.', specs);
    expect(c?.targets).toEqual(['ac']);
  });
});

describe('objects that name a doer or a victim', () => {
  const specs = [a('bc', 'agency', 'Broadcast Commission'), a('n', 'country', 'Norland'), a('do', 'person', 'Dan Ode'), a('ac', 'company', 'Alpha Corp'), a('v', 'country', 'Vestia')];

  it('targets the doer of a condemned act ("the act of X", "the attacks by X")', () => {
    expect(claimsOf('Several lawmakers condemned the act of the Broadcast Commission as an abuse of power.', specs)[0]?.targets).toEqual(['bc']);
    expect(claimsOf('Norland condemned the attacks by Alpha Corp on civilians.', specs)[0]).toMatchObject({ claimants: ['n'], targets: ['ac'] });
  });

  it('does not target the victim of a condemned act', () => {
    expect(claimsOf('Norland condemned the attacks against Alpha Corp.', specs)[0]?.targets).toEqual([]);
    expect(claimsOf('Dan Ode denounced the raids against Vestia as an attack on the constitution.', specs)[0]?.targets).toEqual([]);
    expect(claimsOf("Norland condemned Dan Ode's arrest.", specs)[0]?.targets).toEqual([]);
  });

  it('keeps the accused of "accused X of attacks against Y"', () => {
    expect(claimsOf('Norland accused Vestia of attacks against Alpha Corp.', specs)[0]?.targets).toEqual(['v']);
  });
});

describe('collective descriptions of the accused', () => {
  const crew = [a('il', 'person', 'Ivan Lenz'), a('pk', 'person', 'Petra Kaur'), a('ob', 'person', 'Olaf Brun'), a('ac', 'company', 'Alpha Corp'), a('lab', 'other_org', 'Delta Lab')];

  it('reads names in apposition with "the defendants" as the subject, not every defendant', () => {
    const text = 'Ivan Lenz, Petra Kaur and Olaf Brun were indicted for fraud. According to the indictment, Ivan Lenz and Petra Kaur, the defendants, founded Alpha Corp to launder stolen funds.';
    const claims = claimsOf(text, crew);
    expect(claims.at(-1)?.targets).toEqual(['il', 'pk']);
    expect(claims.at(-1)?.content).toBe('founded Alpha Corp to launder stolen funds');
  });

  it('lets "the hackers" stand for the persons charged, not an organisation charged with them', () => {
    const text = 'Delta Lab, Ivan Lenz and Petra Kaur were charged with hacking. "The hackers stole research from our universities," said Olaf Brun.';
    const claims = claimsOf(text, crew);
    expect(claims[0]?.targets).toEqual(['lab', 'il', 'pk']);
    expect(claims.find((c) => c.cue === 'stole')).toMatchObject({ claimants: ['ob'], targets: ['il', 'pk'] });
  });

  it('lets "the defendants" stand for everyone charged', () => {
    const text = 'Delta Lab, Ivan Lenz and Petra Kaur were charged with hacking. "The defendants stole research from our universities," said Olaf Brun.';
    expect(claimsOf(text, crew).find((c) => c.cue === 'stole')?.targets).toEqual(['lab', 'il', 'pk']);
  });
});

describe('co-defendants', () => {
  const crew = [a('il', 'person', 'Ivan Lenz'), a('pk', 'person', 'Petra Kaur'), a('ob', 'person', 'Olaf Brun'), a('ac', 'company', 'Alpha Corp')];

  it('adds the companions of "charged, along with …"', () => {
    const [c] = claimsOf('Olaf Brun has been arrested and charged, along with Ivan Lenz, with smuggling rifles.', crew);
    expect(c).toMatchObject({ targets: ['ob', 'il'], content: 'smuggling rifles' });
    expect(claimsOf('Olaf Brun, together with Petra Kaur, was indicted for fraud.', crew)[0]?.targets).toEqual(['ob', 'pk']);
  });

  it('does not add what a charge comes along with', () => {
    expect(claimsOf('Olaf Brun was charged with fraud along with other crimes.', crew)[0]?.targets).toEqual(['ob']);
  });

  it('counts the one charged first among "the defendants" after "other defendants"', () => {
    const text = 'Olaf Brun was arrested and charged with smuggling. The other defendants charged in the case are Alpha Corp, Ivan Lenz and Petra Kaur. According to the indictment, the defendants shipped rifles to rebels.';
    const claims = claimsOf(text, crew);
    expect(claims.find((c) => c.cue === 'charged' && c.targets.length > 1)?.targets).toEqual(['ac', 'il', 'pk']);
    expect([...(claims.at(-1)?.targets ?? [])].sort()).toEqual(['ac', 'il', 'ob', 'pk']);
  });
});

describe('pronouns and adjectives', () => {
  const specs = [a('va', 'company', 'Vestia Air'), a('do', 'person', 'Dan Ode'), a('n', 'country', 'Norland'), a('v', 'country', 'Vestia'), a('ac', 'company', 'Alpha Corp', 'Alpha'), a('ar', 'person', 'Ana Ruiz')];

  it('resolves "he" before "called" as the speaker', () => {
    const claims = claimsOf('Dan Ode attended the hearing on Monday. He called the ruling "arbitrary."', specs);
    expect(claims[0]?.claimants).toEqual(['do']);
  });

  it('still reads "the group called X" as introducing a name', () => {
    const claims = claimsOf('Norland blamed the group called Alpha for the attack.', specs);
    expect(claims[0]).toMatchObject({ claimants: ['n'], targets: ['ac'] });
  });

  it('reads "has alleged ties to" as the hedged adjective on its subject', () => {
    const [c] = claimsOf("Vestia Air's director, Dan Ode, has alleged ties to the Norland army.", specs);
    expect(c).toMatchObject({ claimants: [], targets: ['do'], certainty: 'hedged' });
  });

  it('keeps "have alleged involvement" a verb of its subject', () => {
    const [c] = claimsOf('Norland and Vestia have alleged Alpha involvement in the attack.', specs);
    expect(c).toMatchObject({ claimants: ['n', 'v'], targets: ['ac'] });
  });

  it('stops the accused of a that-less clause at its present-tense verb', () => {
    const [c] = claimsOf('The Norland government claims Alpha flies weapons to Vestia in support of Dan Ode.', specs);
    expect(c).toMatchObject({ claimants: ['n'], targets: ['ac', 'do'] });
  });

  it('finds names that a capture glued to "and"', () => {
    const [c] = claimsOf('According to court documents, in May 2019, Ode, RuizandVestia Air allegedly stole card data.', specs);
    expect(c?.targets).toEqual(['do', 'ar', 'va']);
  });
});

describe('bodies that accuse by acting', () => {
  const specs = [a('n', 'country', 'Norland'), a('v', 'country', 'Vestia'), a('ac', 'company', 'Alpha Corp'), a('do', 'person', 'Dan Ode'), a('ar', 'person', 'Ana Ruiz'), a('os', 'person', 'Olga Sand'), a('ap', 'other_org', 'Alpha Party')];

  it('gives "sanctioned X over alleged Y" to the sanctioner, against X and Y', () => {
    const claims = claimsOf('The move comes after Norland sanctioned Vestia last month over alleged Alpha Corp bribery schemes.', specs);
    expect(claims.find((c) => c.cue === 'alleged')).toMatchObject({ claimants: ['n'], targets: ['v', 'ac'], certainty: 'hedged' });
  });

  it('leaves an "alleged" of another sentence to nobody', () => {
    const claims = claimsOf('Norland sanctioned Vestia last month. The alleged Alpha Corp bribery scheme was exposed.', specs);
    expect(claims.find((c) => c.cue === 'alleged')).toMatchObject({ claimants: [], targets: ['ac'] });
  });

  it('credits an expulsion to the body expelled from', () => {
    const [c] = claimsOf('On Friday, Dan Ode was expelled from the Alpha Party for violating its rules.', specs);
    expect(c).toMatchObject({ claimants: ['ap'], targets: ['do'] });
    expect(claimsOf('Dan Ode was expelled from Norland for spying.', specs)[0]?.claimants).toEqual([]);
  });

  it('lets a charging document accuse the defendants its allegation names', () => {
    const text = 'Dan Ode and Ana Ruiz were indicted for fraud. The indictment alleges that the couriers kept part of the stolen funds but sent the rest back to Ode and Ruiz.';
    expect(claimsOf(text, specs).at(-1)?.targets).toEqual(['do', 'ar']);
  });

  it('does not make a named person accused who is not charged', () => {
    const text = 'Dan Ode and Ana Ruiz were indicted for fraud. The indictment alleges that the couriers kept part of the stolen funds but sent the rest to Olga Sand.';
    expect(claimsOf(text, specs).at(-1)?.targets).toEqual([]);
  });
});

describe('common attributions', () => {
  const specs = [a('ru', 'country', 'Russia', 'Moscow'), a('us', 'country', 'United States', 'Washington'), a('svr', 'agency', 'SVR'), a('ncsc', 'agency', 'NCSC'), a('apt', 'threat_group', 'APT29'), a('jd', 'person', 'John Doe'), a('jr', 'person', 'Jane Roe')];

  it('links to the body, not its possessor ("linked to Russia\'s SVR")', () => {
    const [c] = claimsOf("The cyber attack has been linked to Russia's SVR, the NCSC said.", specs);
    expect(c).toMatchObject({ claimants: ['ncsc'], targets: ['svr'] });
  });

  it('never resolves an object pronoun to the subject of its own clause', () => {
    const [c] = claimsOf('John Doe met Jane Roe on Monday. She accused him of fraud.', specs);
    expect(c).toMatchObject({ claimants: ['jr'], targets: ['jd'] });
  });
});

describe('descriptions with a modifier, and groups of the accused', () => {
  const specs = [a('hz', 'threat_group', 'Hezbollah'), a('il', 'country', 'Israel'), a('doj', 'agency', 'Justice Department'), a('jd', 'person', 'John Doe'), a('jr', 'person', 'Jane Roe'), a('ob', 'person', 'Olaf Brun'), a('us', 'country', 'United States'), a('fc', 'person', 'Fu Cong')];

  it('resolves "the militant group" like "the group"', () => {
    const claims = claimsOf('Israel blamed Hezbollah for the attack. The militant group denied any involvement.', specs);
    expect(claims[1]).toMatchObject({ type: 'denial', claimants: ['hz'] });
  });

  it('does not resolve "the rival group" to the group named before', () => {
    const claims = claimsOf('Israel blamed Hezbollah for the attack. The rival group denied any involvement.', specs);
    expect(claims[1]?.claimants).toEqual([]);
  });

  it('does not read a capitalised name as a modifier ("the Trump administration")', () => {
    const claims = claimsOf('Israel blamed Hezbollah. Fu Cong blamed the Trump administration for disrupting the deal.', specs);
    expect(claims[1]?.targets).toEqual([]);
  });

  it('reads "both defendants", "the pair" and "all three" as the accused', () => {
    const two = 'The Justice Department charged John Doe and Jane Roe with fraud.';
    expect(claimsOf(`${two} Both defendants deny the charges.`, specs)[1]?.claimants).toEqual(['jd', 'jr']);
    expect(claimsOf(`${two} The pair denied wrongdoing.`, specs)[1]?.claimants).toEqual(['jd', 'jr']);
    const three = 'The Justice Department charged John Doe, Jane Roe and Olaf Brun with fraud.';
    expect(claimsOf(`${three} All three deny the charges.`, specs)[1]?.claimants).toEqual(['jd', 'jr', 'ob']);
  });

  it('does not read "all three" before a noun as the accused', () => {
    const three = 'The Justice Department charged John Doe, Jane Roe and Olaf Brun with fraud.';
    expect(claimsOf(`${three} All three banks denied the charges.`, specs)[1]?.claimants).toEqual([]);
  });

  it('does not take the subject after "say" for an inverted speaker', () => {
    const people = [a('doj', 'agency', 'Justice Department'), a('jd', 'person', 'John Doe', 'Doe'), a('jr', 'person', 'Jane Roe', 'Roe')];
    const harm = claimsOf('The Justice Department charged John Doe and Jane Roe with fraud. Prosecutors say Doe and Roe hacked the servers.', people).find((x) => x.cue === 'hacked');
    expect(harm).toMatchObject({ claimants: [], targets: ['jd', 'jr'] });
  });
});

describe('gendered pronouns', () => {
  const specs = [a('jd', 'person', 'John Doe', 'Doe'), a('jr', 'person', 'Jane Roe', 'Roe')];

  it('resolves "she" past a man to a woman the text marks as such', () => {
    expect(claimsOf('Jane Roe met her lawyer on Monday. Police later arrested John Doe. She accused him of fraud.', specs)[0]).toMatchObject({ claimants: ['jr'], targets: ['jd'] });
    expect(claimsOf('Ms. Roe met John Doe on Monday. He said police had arrested her. She accused him of fraud.', specs)[0]).toMatchObject({ claimants: ['jr'], targets: ['jd'] });
  });

  it('keeps the nearest person when nothing tells the genders', () => {
    expect(claimsOf('Jane Roe spoke on Monday. Police later arrested John Doe. She accused the police of abuse.', specs)[0]?.claimants).toEqual(['jd']);
  });
});

describe('denials in reported speech', () => {
  const specs = [a('ru', 'country', 'Russia', 'Moscow'), a('dp', 'person', 'Dmitry Pavlov', 'Pavlov'), a('jr', 'person', 'Jane Roe', 'Roe'), a('do', 'person', 'Dan Ode')];

  it('reads a nominative pronoun after a prepositional phrase as a subject', () => {
    const claims = claimsOf('Dan Ode denied any contact, but upon learning his prints were on the door of Ms. Roe he claimed the visit had been consensual.', specs);
    expect(claims.find((c) => c.cue === 'had been consensual')?.claimants).toEqual(['do']);
  });
});

describe('persons who speak for a body', () => {
  const specs = [a('mfa', 'agency', 'Foreign Ministry'), a('ww', 'person', 'Lena Wirth'), a('us', 'country', 'United States'), a('fbi', 'agency', 'FBI')];

  it('credits the person in apposition after "a spokesman for X"', () => {
    expect(claimsOf('A spokesman for the Foreign Ministry, Lena Wirth, accused the United States of hypocrisy.', specs)[0]).toMatchObject({ claimants: ['ww'], targets: ['us'] });
  });

  it('keeps a body that is its own item of a list', () => {
    expect(claimsOf('The Foreign Ministry, Lena Wirth and the FBI accused the United States of hypocrisy.', specs)[0]?.claimants).toEqual(['mfa', 'ww', 'fbi']);
  });
});

describe('charges that frame a clause', () => {
  const specs = [a('do', 'person', 'Dan Ode'), a('ac', 'company', 'Alpha Corp'), a('jr', 'person', 'Jane Roe'), a('ob', 'person', 'Olaf Brun'), a('gd', 'person', 'Greta Dahl')];

  it('accuses the subject of the clause an introductory "counts charged in the indictment" frames', () => {
    const [c] = claimsOf('In connection with the theft counts charged in the indictment, Dan Ode copied the source code to benefit Alpha Corp.', specs);
    expect(c).toMatchObject({ cue: 'charged', targets: ['do'] });
  });

  it('does not reach past a charge phrase that is the subject itself', () => {
    const [c] = claimsOf('The counts charged in the indictment carry up to ten years, Dan Ode said.', specs);
    expect(c).toBeDefined();
    expect(c?.reason).not.toMatch(/framed-clause/);
  });

  it('reads "his co-defendants" as everyone charged, not only his group', () => {
    const text = 'Dan Ode and Jane Roe were charged with hacking. The indictment also charged Olaf Brun and Greta Dahl with fraud. The indictment charging Ode and his co-defendants seeks forfeiture of the proceeds.';
    const last = claimsOf(text, specs).at(-1);
    expect([...(last?.targets ?? [])].sort()).toEqual(['do', 'gd', 'jr', 'ob']);
  });
});

describe('documents and their issuers', () => {
  const specs = [a('do', 'person', 'Dan Ode'), a('ac', 'company', 'Alpha Corp'), a('sec', 'agency', 'Securities Commission', 'SEC')];

  it('credits a document subject to the issuer named in its aside', () => {
    expect(claimsOf('The lawsuit, filed by the SEC on Monday, accuses Dan Ode of defrauding investors.', specs)[0]).toMatchObject({ claimants: ['sec'], targets: ['do'] });
  });

  it('leaves a document with no named issuer to nobody', () => {
    expect(claimsOf('The lawsuit accuses Dan Ode of defrauding Alpha Corp.', specs)[0]).toMatchObject({ claimants: [], targets: ['do'] });
  });
});

describe('lists of the accused', () => {
  const specs = [a('doj', 'agency', 'Justice Department'), a('do', 'person', 'Dan Ode'), a('jr', 'person', 'Jane Roe'), a('ob', 'person', 'Olaf Brun'), a('ac', 'company', 'Alpha Corp'), a('n', 'country', 'Norland'), a('v', 'country', 'Vestia')];

  it('reads an object list with ages and home towns up to its charge', () => {
    const [c] = claimsOf('The Justice Department charged Dan Ode, 34, of Springfield, Jane Roe, 29, and Olaf Brun with wire fraud.', specs);
    expect(c).toMatchObject({ claimants: ['doj'], targets: ['do', 'jr', 'ob'], content: 'wire fraud' });
  });

  it('does not run an object into the next clause', () => {
    const claims = claimsOf('Norland accused Vestia, and Olaf Brun accused Alpha Corp of fraud.', specs);
    expect(slots(claims)).toEqual([
      ['accused', ['n'], ['v']],
      ['accused', ['ob'], ['ac']],
    ]);
  });

  it('reads "were among those charged" and "one of five people charged"', () => {
    expect(claimsOf('Dan Ode and Jane Roe were among those charged with fraud.', specs)[0]).toMatchObject({ claimants: [], targets: ['do', 'jr'] });
    expect(claimsOf('Dan Ode was one of five people charged with fraud.', specs)[0]?.targets).toEqual(['do']);
  });

  it('takes no claim from "those charged" with nobody named', () => {
    expect(claimsOf('Officials said those charged with fraud would be tried.', specs)).toHaveLength(0);
  });

  it('reads the subject that faces charges as accused, not as their author', () => {
    expect(claimsOf('Dan Ode, Jane Roe and Olaf Brun each face charges of fraud.', specs)[0]).toMatchObject({ claimants: [], targets: ['do', 'jr', 'ob'] });
  });

  it('does not read "The Justice Department accused" as a description of the accused', () => {
    const claims = claimsOf('The Justice Department charged Dan Ode with fraud. The Justice Department accused Ode of bribery.', [...specs, a('do2', 'person', 'Ode')]);
    expect(claims[1]?.claimants).toEqual(['doj']);
  });
});

describe('quote speakers after the quote', () => {
  it('takes the subject before the verb, not the addressee after it', () => {
    const text = '"Acme stole our designs," the Trade Ministry said in a letter to Wei Lee.';
    const [c] = claimsOf(text, [a('tm', 'agency', 'Trade Ministry'), a('lee', 'person', 'Wei Lee'), a('acme', 'company', 'Acme')]);
    expect(c).toMatchObject({ claimants: ['tm'], targets: ['acme'] });
  });

  it('still takes the speaker after a verb that comes first', () => {
    const text = '"Acme stole our designs," said Wei Lee in a letter to the Trade Ministry.';
    const [c] = claimsOf(text, [a('tm', 'agency', 'Trade Ministry'), a('lee', 'person', 'Wei Lee'), a('acme', 'company', 'Acme')]);
    expect(c).toMatchObject({ claimants: ['lee'], targets: ['acme'] });
  });

  it('reads a subject with a dotted abbreviation ("the U.K. statement said")', () => {
    const text = 'Vestia seized the tanker. "The seizure of the tanker was illegal," the U.K. statement said.';
    const claims = claimsOf(text, [a('uk', 'country', 'U.K.'), a('v', 'country', 'Vestia')]);
    expect(claims.find((c) => c.cue.includes('illegal'))?.claimants).toEqual(['uk']);
  });

  it('takes the speaker of "according to a post by X" after the quote', () => {
    const text = '"Acme smuggles arms for the rebels," according to a post on Friday by Senator Dara Kim.';
    const [c] = claimsOf(text, [a('kim', 'person', 'Dara Kim'), a('acme', 'company', 'Acme')]);
    expect(c?.claimants).toEqual(['kim']);
  });
});

describe('a plural "they" speaking after a list of persons', () => {
  const specs = [a('ak', 'person', 'Ana Kolar'), a('bm', 'person', 'Ben Moss'), a('cr', 'person', 'Cy Reyes'), a('pm', 'person', 'Paul Mertens'), a('ru', 'country', 'Ruritania'), a('dv', 'person', 'Dan Varga')];

  it('gives the quote, and its follow-on, to every person of the list', () => {
    const text = 'Three senators, Ana Kolar, Ben Moss and Cy Reyes, wrote to Foreign Minister Paul Mertens about Ruritania. "We are alarmed," they wrote in the letter to Mertens. "For a decade, Dan Varga has engaged in corruption."';
    const claims = claimsOf(text, specs);
    expect(claims.find((c) => c.targets.includes('dv'))?.claimants).toEqual(['ak', 'bm', 'cr']);
  });

  it('takes no list of persons that is the object of the sentence before', () => {
    const text = 'Ruritanian officials met Ana Kolar and Ben Moss. "Dan Varga stole the funds," they said.';
    const c = claimsOf(text, specs).find((x) => x.targets.includes('dv'));
    expect(c?.claimants ?? []).not.toEqual(['ak', 'bm']);
  });
});

describe('"the spokesperson" of a body introduced without a name', () => {
  const specs = [a('td', 'agency', 'Treasury Department'), a('ov', 'person', 'Osric Vale'), a('ru', 'country', 'Ruritania'), a('lw', 'person', 'Lin Wen')];

  it('speaks for the body ("a Treasury Department spokesperson … the spokesperson added")', () => {
    const text = 'Osric Vale remains in custody. A Treasury Department spokesperson repeated calls for his release. "Ruritania uses vague laws to silence critics like Osric Vale," the spokesperson added.';
    const c = claimsOf(text, specs).find((x) => x.targets.includes('ru'));
    expect(c?.claimants).toEqual(['td']);
  });

  it('reads "a spokesman for the X" the same way', () => {
    const text = 'Osric Vale remains in custody, a spokesman for the Treasury Department said. "Ruritania uses vague laws to silence critics," the spokesman added.';
    const c = claimsOf(text, specs).find((x) => x.targets.includes('ru'));
    expect(c?.claimants).toEqual(['td']);
  });

  it('keeps the person when the spokesperson was introduced by name', () => {
    const text = 'Treasury Department spokesperson Lin Wen spoke on Monday about Osric Vale. "Ruritania uses vague laws to silence critics," the spokesperson added.';
    const c = claimsOf(text, specs).find((x) => x.targets.includes('ru'));
    expect(c?.claimants).toEqual(['lw']);
  });
});

describe('an accusation stated as the complement of a denial', () => {
  const specs = [a('ru', 'country', 'Ruritania'), a('fr', 'country', 'Fredonia'), a('mk', 'person', 'Mila Korr')];

  it('is what is denied, not a claim of its own', () => {
    const claims = claimsOf('Ruritanian President Mila Korr denied that Ruritania was behind the cyberattack on the grid.', specs);
    expect(slots(claims)).toEqual([['denied', ['mk'], []]]);
  });

  it('keeps an accusation coordinated after the denial', () => {
    const claims = claimsOf('Mila Korr denied the charges and said Fredonia was behind the cyberattack on the grid.', specs);
    expect(claims.map((c) => [c.type, c.targets])).toEqual([['denial', []], ['accusation', ['fr']]]);
  });
});

describe('two cue verbs coordinated by "and"', () => {
  const specs = [a('fr', 'country', 'Fredonia'), a('ru', 'country', 'Ruritania'), a('sy', 'country', 'Sylvania'), a('hs', 'company', 'Halvard Shipping')];

  it('gives two statements with their own targets', () => {
    const claims = claimsOf('Fredonia blamed Ruritania for the cyberattack and accused Sylvania of helping it.', specs);
    expect(slots(claims)).toEqual([
      ['blamed', ['fr'], ['ru']],
      ['accused', ['fr'], ['sy']],
    ]);
  });

  it('keeps an object the two verbs share', () => {
    const claims = claimsOf('Fredonia condemned and sanctioned Halvard Shipping for smuggling arms.', specs);
    expect(claims[0]).toMatchObject({ claimants: ['fr'], targets: ['hs'] });
  });
});

describe('a court named by a capital city', () => {
  const specs = [a('at', 'country', 'Austria', 'Austrian', 'Vienna'), a('gh', 'person', 'Greta Holm')];

  it('is no state claimant ("a Vienna court")', () => {
    const [c] = claimsOf('A Vienna court sentenced Greta Holm to six years for fraud.', specs);
    expect(c).toMatchObject({ claimants: [], targets: ['gh'] });
  });

  it('keeps the state for a court marked by the country adjective', () => {
    const [c] = claimsOf('An Austrian court sentenced Greta Holm to six years for fraud.', specs);
    expect(c).toMatchObject({ claimants: ['at'], targets: ['gh'] });
  });

  it('keeps the capital as the state elsewhere ("Vienna accused …")', () => {
    const text = 'Vienna accused Greta Holm of spying.';
    const [c] = claimsOf(text, specs);
    expect(c).toMatchObject({ claimants: ['at'], targets: ['gh'] });
  });
});

describe('person descriptions by occupation', () => {
  const specs = [a('gh', 'person', 'Greta Holm'), a('ov', 'person', 'Osric Vale'), a('fr', 'country', 'Fredonia')];

  it('resolves "the businessman" to the person named before', () => {
    const claims = claimsOf('Greta Holm met Fredonian bankers in May. Osric Vale, 52, was detained on Tuesday. The businessman is charged with fraud.', specs);
    expect(claims.find((c) => c.cue === 'charged')?.targets).toEqual(['ov']);
  });

  it('resolves "the publisher" as the subject of a charge', () => {
    const claims = claimsOf('Osric Vale founded the Daily Ledger in 1990. The publisher is accused of tax evasion.', specs);
    expect(claims[0]?.targets).toEqual(['ov']);
  });
});

describe('the speaker of a relative clause ("a case that X say is …")', () => {
  const specs = [a('ov', 'person', 'Osric Vale'), a('rw', 'other_org', 'Reporters Watch')];

  it('leaves unnamed speakers of the relative clause unnamed, not the main subject', () => {
    const [c] = claimsOf('Osric Vale faces a tax case that media groups say is politically motivated.', specs);
    expect(c?.claimants).toEqual([]);
  });

  it('takes a named speaker of the relative clause', () => {
    const claims = claimsOf('Osric Vale faces a tax case that Reporters Watch says is politically motivated.', specs);
    expect(claims.find((c) => c.cue.includes('motivated'))?.claimants).toEqual(['rw']);
  });
});

describe('a clause opened by "where"', () => {
  const specs = [a('ov', 'person', 'Osric Vale'), a('fr', 'country', 'Fredonia')];

  it('has its own subject ("…, where a jury found him guilty")', () => {
    const [c] = claimsOf('Osric Vale returned to court on Monday, where a jury found him guilty of bribery.', specs);
    expect(c).toMatchObject({ claimants: [], targets: ['ov'] });
  });

  it('leaves a closed "where" aside inside the subject alone', () => {
    const [c] = claimsOf('Fredonia, where Osric Vale lives, accused him of bribery.', specs);
    expect(c?.claimants).toEqual(['fr']);
  });

  it('still reads a named subject inside it', () => {
    const [c] = claimsOf('Osric Vale flew home in May, where Fredonia charged him with bribery.', specs);
    expect(c).toMatchObject({ claimants: ['fr'], targets: ['ov'] });
  });
});

describe('a quote speaker named in apposition after the quote', () => {
  it('takes the named person of "the ministry\'s spokesperson, X, said"', () => {
    const text = '"Halvard Shipping bribed the port officials," the Trade Ministry\'s spokesperson, Lin Wen, said.';
    const [c] = claimsOf(text, [a('tm', 'agency', 'Trade Ministry'), a('lw', 'person', 'Lin Wen'), a('hs', 'company', 'Halvard Shipping')]);
    expect(c).toMatchObject({ claimants: ['lw'], targets: ['hs'] });
  });
});

describe('a country\'s unnamed and named officials as claimants', () => {
  const specs = [a('fr', 'country', 'Fredonia'), a('ru', 'country', 'Ruritania'), a('hs', 'company', 'Halvard Shipping'), a('lw', 'person', 'Lin Wen')];

  it('reads "Fredonia\'s ambassador" as Fredonia', () => {
    const [c] = claimsOf("Fredonia's ambassador to Ruritania accused Halvard Shipping of smuggling arms.", specs);
    expect(c).toMatchObject({ claimants: ['fr'], targets: ['hs'] });
  });

  it('reads "Fredonia\'s top diplomat" as Fredonia', () => {
    const [c] = claimsOf("Fredonia's top diplomat accused Ruritania of sabotage.", specs);
    expect(c).toMatchObject({ claimants: ['fr'], targets: ['ru'] });
  });

  it('gives the named official in apposition, not also the country', () => {
    const [c] = claimsOf("Fredonia's president, Lin Wen, accused Ruritania of sabotage.", specs);
    expect(c).toMatchObject({ claimants: ['lw'], targets: ['ru'] });
  });

  it('keeps the country of a possessed body with no name after it', () => {
    const [c] = claimsOf("Fredonia's ministry accused Ruritania of sabotage.", specs);
    expect(c).toMatchObject({ claimants: ['fr'], targets: ['ru'] });
  });
});

describe('a quote that follows a sentence of reported speech', () => {
  const specs = [a('gh', 'person', 'Greta Holm'), a('hs', 'company', 'Halvard Shipping'), a('fr', 'country', 'Fredonia'), a('ov', 'person', 'Osric Vale')];

  it('goes on with the speaker of that sentence', () => {
    const text = 'Greta Holm said the audit had found gaps.\n\n"Halvard Shipping stole from the port and from Fredonia."';
    const c = claimsOf(text, specs).find((x) => x.targets.includes('hs'));
    expect(c?.claimants).toEqual(['gh']);
  });

  it('takes the inverted speaker of "…, said X."', () => {
    const text = 'The audit had found gaps, said Osric Vale. "Halvard Shipping stole from the port and from Fredonia."';
    const c = claimsOf(text, specs).find((x) => x.targets.includes('hs'));
    expect(c?.claimants).toEqual(['ov']);
  });

  it('does not carry a speaker over a sentence that reports nothing', () => {
    const text = 'Greta Holm visited the port on Monday. "Halvard Shipping stole from the port and from Fredonia."';
    const c = claimsOf(text, specs).find((x) => x.targets.includes('hs'));
    expect(c?.claimants ?? []).not.toContain('gh');
  });
});

describe('outlets relaying their sources', () => {
  const specs = [a('dl', 'media', 'Daily Ledger'), a('fr', 'country', 'Fredonia', 'Fredonian'), a('ru', 'country', 'Ruritania'), a('ss', 'agency', 'Security Service')];

  it('credits the officials an outlet cites ("reported, citing Fredonian officials, that …")', () => {
    const [c] = claimsOf('The Daily Ledger reported, citing Fredonian officials, that Ruritania was behind the attack.', specs);
    expect(c).toMatchObject({ claimants: ['fr'], targets: ['ru'], reported_by: ['dl'] });
  });

  it('names nobody for anonymous sources cited', () => {
    const [c] = claimsOf('Citing anonymous sources, the Daily Ledger reported that Ruritania was behind the attack.', specs);
    expect(c).toMatchObject({ claimants: [], targets: ['ru'], reported_by: ['dl'] });
  });

  it('gives a relayed statement of "X sources" to X, hedged', () => {
    const [c] = claimsOf('The Daily Ledger claims Security Service sources have ascribed the explosion to terrorism.', specs);
    expect(c).toMatchObject({ claimants: ['ss'], targets: [], reported_by: ['dl'], certainty: 'hedged' });
  });

  it('leaves the claim to the sources\' own cue verb', () => {
    const claims = claimsOf('The Daily Ledger claims Security Service sources have blamed Ruritania for the attack.', specs);
    expect(slots(claims)).toEqual([['blamed', ['ss'], ['ru']]]);
  });

  it('keeps an outlet that alleges itself as claimant', () => {
    const [c] = claimsOf('The Daily Ledger claims Ruritania was behind the bombing.', specs);
    expect(c?.claimants).toEqual(['dl']);
  });
});

describe('a country adjective naming a language', () => {
  const specs = [a('fr', 'country', 'Fredonia', 'Fredonian'), a('gh', 'person', 'Greta Holm'), a('ov', 'person', 'Osric Vale')];

  it('is no actor a pronoun may resolve to ("in Fredonian and English")', () => {
    const claims = claimsOf('Osric Vale and his men came at night. Greta Holm told a guard, in Fredonian and English, "they stole my passport".', specs);
    expect(claims.flatMap((c) => c.targets)).not.toContain('fr');
  });

  it('stays the state where it qualifies a noun ("in Fredonian custody")', () => {
    const claims = claimsOf('Greta Holm said Osric Vale was tortured in Fredonian custody by Fredonian agents.', specs);
    expect(claims.some((c) => c.targets.includes('fr'))).toBe(true);
  });
});

describe('"blamed on" and denied accusations', () => {
  const specs = [a('fr', 'country', 'Fredonia'), a('ru', 'country', 'Ruritania')];

  it('accuses the one an act is blamed on, with the passive agent as accuser', () => {
    const [c] = claimsOf('The blackout was blamed on Ruritania by Fredonia.', specs);
    expect(c).toMatchObject({ claimants: ['fr'], targets: ['ru'] });
  });

  it('gives no accusation of the denier against its accuser inside the denied claim', () => {
    const claims = claimsOf("Ruritania rejected Fredonia's claims that it was behind the cyberattack.", specs);
    expect(slots(claims)).toEqual([['rejected', ['ru'], ['fr']]]);
  });
});

describe('the accuser of a dismissed accusation', () => {
  const specs = [a('fr', 'country', 'Fredonia', 'Fredonian'), a('ru', 'country', 'Ruritania')];

  it('is not the subject that calls the accusations baseless', () => {
    const [c] = claimsOf('Ruritania called the accusations baseless.', specs);
    expect(c).toMatchObject({ type: 'denial', claimants: ['ru'], targets: [] });
  });

  it('is the owner of the accusations', () => {
    const [c] = claimsOf("Ruritania called Fredonia's accusations baseless.", specs);
    expect(c).toMatchObject({ type: 'denial', claimants: ['ru'], targets: ['fr'] });
  });
});

describe('claimant lists', () => {
  const specs = [a('fr', 'country', 'Fredonia'), a('ru', 'country', 'Ruritania'), a('sy', 'country', 'Sylvania'), a('hs', 'company', 'Halvard Shipping')];

  it('keeps every country of "the foreign ministers of A, B and C"', () => {
    const [c] = claimsOf('The foreign ministers of Fredonia, Ruritania and Sylvania accused Halvard Shipping of smuggling.', specs);
    expect(c?.claimants).toEqual(['fr', 'ru', 'sy']);
  });

  it('keeps both of "leaders of A and B"', () => {
    const [c] = claimsOf('Leaders of Fredonia and Ruritania accused Sylvania of aggression.', specs);
    expect(c).toMatchObject({ claimants: ['fr', 'ru'], targets: ['sy'] });
  });

  it('adds a companion of ", along with B,"', () => {
    const [c] = claimsOf('Fredonia, along with Ruritania, accused Sylvania of aggression.', specs);
    expect(c).toMatchObject({ claimants: ['fr', 'ru'], targets: ['sy'] });
  });

  it('still leaves out a place after a preposition ("officials in A and B")', () => {
    const [c] = claimsOf('Halvard Shipping, with offices in Fredonia and Ruritania, accused Sylvania of piracy.', specs);
    expect(c?.claimants).toEqual(['hs']);
  });
});
