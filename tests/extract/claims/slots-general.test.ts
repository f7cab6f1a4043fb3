import { describe, expect, it } from 'vitest';
import { claimsOf, country, org, p } from './helpers.ts';

/**
 * Session 5 slot rules: general patterns of news English for who accuses and who is
 * accused (coordinated parties, officials and missions of states, headline descriptions,
 * subject pronouns in relative clauses). Sentences composed for these tests.
 */

const NO = country('no', 'Norland', 'Norlandic');
const VE = country('ve', 'Vestia', 'Vestian');
const RU = country('ru', 'Ruritania');
const RED = org('rh', 'threat_group', 'Red Hand');

describe('coordinated parties', () => {
  it('keeps the subject of "X accused both A and B" ("the accused" is no description there)', () => {
    const text = 'The Norlandic Ministry accused both Vestia and the Red Hand of plotting attacks on its diplomats.';
    const [c] = claimsOf(text, [org('min', 'agency', 'Norlandic Ministry'), VE, RED]);
    expect(c).toMatchObject({ claimants: ['min'], targets: ['ve', 'rh'] });
  });

  it('still reads "the two accused" as the accused persons named before', () => {
    const text = 'Norland charged Ivo Rant and Hal Zee with fraud. The two accused denied the charges.';
    const den = claimsOf(text, [NO, p('ir', 'Ivo Rant'), p('hz', 'Hal Zee')]).find((c) => c.type === 'denial');
    expect(den?.claimants).toEqual(['ir', 'hz']);
  });

  it('gives a subject joined by "as well as" or "along with" (with or without commas) both claimants', () => {
    for (const text of [
      'Norland, as well as Vestia, accused Ruritania of conducting a dangerous naval maneuver.',
      'Norland along with Vestia accused Ruritania of conducting a dangerous naval maneuver.',
      'Norland as well as Vestia accused Ruritania of conducting a dangerous naval maneuver.',
    ]) {
      const [c] = claimsOf(text, [NO, VE, RU]);
      expect(c?.claimants, text).toEqual(['no', 've']);
      expect(c?.targets, text).toEqual(['ru']);
    }
  });

  it('gives an object joined by "as well as" or "along with" both targets', () => {
    for (const text of [
      'Norland accused Vestia, as well as the Red Hand, of plotting attacks.',
      'Norland accused Vestia as well as the Red Hand of plotting attacks.',
      'Norland accused Vestia along with the Red Hand of plotting attacks.',
    ]) {
      const [c] = claimsOf(text, [NO, VE, RED]);
      expect(c?.targets, text).toEqual(['ve', 'rh']);
    }
  });

  it('does not add a thing coordinated inside the content ("shelling towns as well as villages")', () => {
    const [c] = claimsOf('Norland accused Vestia of shelling towns as well as villages near Ruritania.', [NO, VE, RU]);
    expect(c?.targets).toEqual(['ve']);
  });

  it('gives every state of "the foreign ministries of A, B and C"', () => {
    const text = 'The foreign ministries of Norland, Vestia and Ruritania issued a joint statement condemning the Red Hand for the bombing.';
    const [c] = claimsOf(text, [NO, VE, RU, RED]);
    expect(c).toMatchObject({ claimants: ['no', 've', 'ru'], targets: ['rh'] });
  });
});

describe('who speaks for a state', () => {
  it('reads "Norland\'s foreign minister said" as the state', () => {
    const [c] = claimsOf('Norland\'s foreign minister said Vestia was behind the attack on the pipeline.', [NO, VE]);
    expect(c).toMatchObject({ claimants: ['no'], targets: ['ve'] });
  });

  it('reads a minister with two modifiers ("Norland\'s digital affairs minister") as the state', () => {
    const [c] = claimsOf('Norland\'s digital affairs minister said Vestia was behind the attack on the rail network.', [NO, VE]);
    expect(c?.claimants).toEqual(['no']);
  });

  it('does not let a possessed noun run into the verb ("Lund\'s widow accused President Berg")', () => {
    const text = 'Lund\'s widow accused President Carl Berg of ignoring repeated threats against her husband.';
    const [c] = claimsOf(text, [p('lu', 'Lund'), p('cb', 'Carl Berg')]);
    expect(c).toMatchObject({ claimants: [], targets: ['cb'] });
  });

  it('credits a quote to the state of "X\'s mission to the United Nations", not to the UN', () => {
    const text = 'Vestia\'s mission to the United Nations called the charges "baseless and politically motivated".';
    const [c] = claimsOf(text, [VE, org('un', 'intl_org', 'United Nations')]);
    expect(c).toMatchObject({ type: 'denial', claimants: ['ve'] });
  });

  it('keeps the subject of a denial when the next sentence reports a clause after an apposition', () => {
    const text = 'The Vestian army denied responsibility. Its spokesman, Dan Hart, said the blast was caused by a rocket launched by the Red Hand.';
    const den = claimsOf(text, [VE, RED, p('dh', 'Dan Hart')]).find((c) => c.type === 'denial');
    expect(den?.claimants).toEqual(['ve']);
  });

  it('still reads an inverted tail after speech without quote marks (", said Dan Hart.")', () => {
    const text = 'The Red Hand ordered the poisoning of the mayor, said Dan Hart.';
    const [c] = claimsOf(text, [RED, p('dh', 'Dan Hart')]);
    expect(c).toMatchObject({ claimants: ['dh'], targets: ['rh'] });
  });

  it('reads the subject pronoun of "…, which it blamed on Vestia" as the one who blames', () => {
    const text = 'The Arctic Council condemned the jamming of GPS signals, which it blamed on Vestia.';
    const c = claimsOf(text, [org('ac', 'intl_org', 'Arctic Council'), VE]).find((x) => x.cue === 'blamed');
    expect(c).toMatchObject({ claimants: ['ac'], targets: ['ve'] });
  });
});

describe('headline descriptions', () => {
  const AMNESTY = org('am', 'other_org', 'Amnesty International');
  const KELMAR = org('km', 'company', 'Kelmar Energy');

  it('reads a headline\'s opening "Rights group accuses" as the body the lead names', () => {
    const text = 'Rights group accuses Norland of burning villages\n\nAmnesty International said on Monday that Norland\'s army had destroyed homes in the north.';
    const c = claimsOf(text, [AMNESTY, NO]).find((x) => x.cue === 'accuses');
    expect(c).toMatchObject({ claimants: ['am'], targets: ['no'] });
  });

  it('reads "Energy firm fined" as the company the lead names, not its nationality', () => {
    const text = 'Vestian energy firm fined over bribery scheme\n\nNorland\'s fraud office said Kelmar Energy had paid bribes to win drilling contracts.';
    const c = claimsOf(text, [VE, NO, KELMAR]).find((x) => x.cue === 'fined');
    expect(c?.targets).toEqual(['km']);
  });

  it('leaves the description alone when the lead names no body of that kind', () => {
    const text = 'Rights group accuses Norland of burning villages\n\nVillagers in the north said soldiers had destroyed their homes.';
    const c = claimsOf(text, [AMNESTY, NO]).find((x) => x.cue === 'accuses');
    expect(c?.claimants).toEqual([]);
  });

  it('still reads a bare "group" after a separator as the group the headline named before it', () => {
    const text = 'Norland blames Red Hand for bombing; group denies\n\nThe Red Hand said it had nothing to do with the attack.';
    const den = claimsOf(text, [NO, RED]).find((x) => x.type === 'denial' && x.evidence.text.includes('group denies'));
    expect(den).toMatchObject({ claimants: ['rh'] });
  });
});

describe('the doer of the condemned act', () => {
  it('takes the agent of "which officials said was carried out by …" after the condemned act', () => {
    const text = 'Norland condemned the cyberattack on its port authority, which officials said was carried out by hackers working for Vestia.';
    const c = claimsOf(text, [NO, VE]).find((x) => x.cue === 'condemned');
    expect(c?.targets).toEqual(['ve']);
  });

  it('takes the agent of "as a war crime committed by …"', () => {
    const text = 'Norland denounced the missile strike on a children\'s hospital as a war crime committed by Vestia.';
    const [c] = claimsOf(text, [NO, VE]);
    expect(c).toMatchObject({ claimants: ['no'], targets: ['ve'] });
  });

  it('takes the agent of "were ordered by" in a relative clause', () => {
    const text = 'Norland condemned the arson attacks on shopping centres, which prosecutors said were ordered by the Red Hand.';
    const c = claimsOf(text, [NO, RED]).find((x) => x.cue === 'condemned');
    expect(c?.targets).toEqual(['rh']);
  });

  it('never takes the claimant\'s own side as the doer', () => {
    const text = 'Norland condemned the attack on the convoy, which was carried out by Norland\'s enemies according to Vestia.';
    const c = claimsOf(text, [NO, VE]).find((x) => x.cue === 'condemned');
    expect(c?.targets).toEqual([]);
  });

  it('takes no "by" that is not the agent of a harmful act ("condemned the attack, reported by Vestia")', () => {
    const text = 'Norland condemned the attack on the convoy, which was first reported by Vestia.';
    const c = claimsOf(text, [NO, VE]).find((x) => x.cue === 'condemned');
    expect(c?.targets).toEqual([]);
  });

  it('reads the "by" agent of a condemned execution as the accused', () => {
    const text = 'Norland condemned the execution of the protester by Vestian authorities.';
    const [c] = claimsOf(text, [NO, VE]);
    expect(c?.targets).toEqual(['ve']);
  });
});

describe('bodies and persons described, then named', () => {
  it('reads "a ransomware group known as Black Falcon was behind …" as Black Falcon', () => {
    const text = 'Mandiant said on Thursday that a ransomware group known as Black Falcon was behind the attack on forty hospitals.';
    const [c] = claimsOf(text, [org('md', 'company', 'Mandiant'), org('bf', 'threat_group', 'Black Falcon')]);
    expect(c).toMatchObject({ claimants: ['md'], targets: ['bf'] });
  });

  it('does not make the object of "which has called X …" a subject', () => {
    const text = 'Norland, which has called Vestia a rogue state, accused the Red Hand of hacking hospitals.';
    const c = claimsOf(text, [NO, VE, RED]).find((x) => x.cue === 'accused');
    expect(c).toMatchObject({ claimants: ['no'], targets: ['rh'] });
  });

  it('reads a lead\'s "a former executive at <bank> was charged" as the person introduced with an age', () => {
    const text = 'Banker charged over cartel money\n\nA former executive at Harbor Trust Bank was charged on Tuesday with laundering money for a drug cartel. Prosecutors said Daniel Ruiz, 52, opened dozens of accounts for shell companies.';
    const c = claimsOf(text, [org('hb', 'company', 'Harbor Trust Bank'), p('dr', 'Daniel Ruiz')]).find((x) => x.evidence.text.startsWith('A former executive'));
    expect(c?.targets).toEqual(['dr']);
  });

  it('leaves "a man at the border" without a named employer alone', () => {
    const text = 'Border incident\n\nA man at the checkpoint was charged on Tuesday with smuggling. Officials said Daniel Ruiz, 52, was a witness.';
    const c = claimsOf(text, [p('dr', 'Daniel Ruiz')]).find((x) => x.evidence.text.startsWith('A man at'));
    expect(c?.targets).toEqual([]);
  });
});

describe('descriptions whose head names a body of another type', () => {
  const AGENCY = org('iaea', 'intl_org', 'International Atomic Energy Agency');

  it('reads "the agency" as the international organisation named "… Agency" before it', () => {
    const text = 'The International Atomic Energy Agency released its quarterly report on Monday. The agency said Vestia had barred inspectors from two sites.';
    const c = claimsOf(text, [AGENCY, VE]).find((x) => x.evidence.text.startsWith('The agency'));
    expect(c).toMatchObject({ claimants: ['iaea'], targets: ['ve'] });
  });

  it('keeps the nearest body of the description\'s own type when it comes after the carrier', () => {
    const text = 'The International Atomic Energy Agency met in Vienna. Norland\'s Nuclear Safety Authority, a national agency, later reviewed the data. The agency said Vestia had barred inspectors from two sites.';
    const c = claimsOf(text, [AGENCY, org('nsa', 'agency', 'Nuclear Safety Authority'), VE]).find((x) => x.evidence.text.startsWith('The agency'));
    expect(c?.claimants).toEqual(['nsa']);
  });
});

describe('quotes and titles in apposition', () => {
  it('does not credit a quote closed by a full stop to the speaker of the next sentence', () => {
    const text = 'Vestia\'s embassy in Lund called the accusations "absurd and unfounded." The ambassador, Ivo Kral, said Norland was inventing enemies.';
    const den = claimsOf(text, [NO, VE, p('ik', 'Ivo Kral')]).find((c) => c.type === 'denial');
    expect(den?.claimants).toEqual(['ve']);
  });

  it('still credits a quote ending in a comma to the speaker after it', () => {
    const text = 'Norland called the accusations "absurd and unfounded," the ambassador, Ivo Kral, said.';
    const den = claimsOf(text, [NO, p('ik', 'Ivo Kral')]).find((c) => c.type === 'denial');
    expect(den?.claimants).toEqual(['ik']);
  });

  it('reads a title in apposition to a name ("The ambassador, Ivo Kral,") as that person, not an earlier one', () => {
    const text = 'Minister Ana Berg accused Vestia of sabotage. The ambassador, Ivo Kral, rejected the accusation.';
    const den = claimsOf(text, [VE, p('ab', 'Ana Berg'), p('ik', 'Ivo Kral')]).find((c) => c.type === 'denial');
    expect(den?.claimants).toEqual(['ik']);
  });
});

describe('plural role descriptions of the accused', () => {
  it('reads "charged two executives of a distributor" as the accused named together after', () => {
    const text = 'Prosecutors in Lund charged two executives of an electronics distributor with shipping chips to Vestia. The defendants, Arthur Pell and Lena Sorn, are accused of using front companies.';
    const c = claimsOf(text, [VE, p('ap', 'Arthur Pell'), p('ls', 'Lena Sorn')]).find((x) => x.cue === 'charged');
    expect(c?.targets).toEqual(['ap', 'ls']);
  });
});

describe('parties and unnamed ministries', () => {
  const PARTY = org('np', 'other_org', 'National Unity Party');

  it('reads "The party rejected the criticism" as the party named before', () => {
    const text = 'The European Union criticised the National Unity Party for the crackdown. The party rejected the criticism.';
    const den = claimsOf(text, [org('eu', 'intl_org', 'European Union'), PARTY]).find((c) => c.type === 'denial');
    expect(den?.claimants).toEqual(['np']);
  });

  it('reads "accused the interior ministry of" as the state named before', () => {
    const text = 'Rights groups in Norland documented dozens of beatings. Ombudsman Lea Varga accused the interior ministry of covering up the abuse.';
    const c = claimsOf(text, [NO, p('lv', 'Lea Varga')]).find((x) => x.cue === 'accused');
    expect(c).toMatchObject({ claimants: ['lv'], targets: ['no'] });
  });

  it('does not give a state for a ministry named with its own country after it', () => {
    const text = 'Vestia was mentioned in the report. Ombudsman Lea Varga accused the interior ministry of Norland of covering up the abuse.';
    const c = claimsOf(text, [NO, VE, p('lv', 'Lea Varga')]).find((x) => x.cue === 'accused');
    expect(c?.targets).not.toContain('ve');
  });
});

describe('lead descriptions of officials', () => {
  const COSTA = p('rc', 'Rui Costa', 'Costa');
  const ZULU = p('zz', 'Zeca Zulu');

  it('reads "A former minister was charged" as the person named later with the title "minister"', () => {
    const text = 'Minister charged\n\nA former minister was charged with fraud on Monday. Prosecutors said former economy minister Rui Costa had accepted bribes.';
    const c = claimsOf(text, [COSTA]).find((x) => x.evidence.text.startsWith('A former minister'));
    expect(c?.targets).toEqual(['rc']);
  });

  it('never reads "a minister" as the person the story introduces with an age', () => {
    const text = 'Fraud case\n\nA minister accused Zeca Zulu, 45, of fraud on Monday.';
    const [c] = claimsOf(text, [ZULU]);
    expect(c).toMatchObject({ claimants: [], targets: ['zz'] });
  });
});

describe('quotes introduced by a colon in the paragraph before', () => {
  const actors = [NO, VE, p('tl', 'Tomas Lind'), p('mh', 'Mira Holt')];

  it('credits the quote to the speaker of "X said:" rather than to the previous quote\'s speaker', () => {
    const text = 'Opposition leader Tomas Lind spoke first. "Vestia stole our data," he said.\n\nVestia\'s foreign ministry answered the next day. Its spokeswoman, Mira Holt, said:\n\n"We have never interfered in Norland\'s affairs."';
    const den = claimsOf(text, actors).find((c) => c.type === 'denial');
    expect(den?.claimants).toEqual(['mh']);
  });

  it('keeps a follow-on paragraph with the speaker of the quote before it', () => {
    const text = '"Vestia stole our data," opposition leader Tomas Lind said.\n\n"We have never interfered in Vestia\'s affairs, and we never will."';
    const den = claimsOf(text, actors).find((c) => c.type === 'denial');
    expect(den?.claimants).toEqual(['tl']);
  });
});

describe('speakers between quotes, and demonstrative labels', () => {
  const actors = [NO, VE, p('ab', 'Ana Berg', 'Berg'), p('tl', 'Tomas Lind'), org('ac', 'company', 'Acme Mining')];

  it('gives a quote after a reported statement of another speaker to that speaker, not to the quote before', () => {
    const text = 'Minister Ana Berg said Vestian troops had shelled a hospital. "This is a war crime," she said.\n\nRights lawyer Tomas Lind said Acme Mining had poisoned the river. "That is a crime against the people of the valley."';
    const c = claimsOf(text, actors).find((x) => x.evidence.text.includes('people of the valley'));
    expect(c?.claimants).toEqual(['tl']);
  });

  it('gives a quote with an unnamed attribution no earlier speaker', () => {
    const text = '"Vestia shelled the hospital," Ana Berg said. "These accusations are lies," a spokesman said.';
    const den = claimsOf(text, actors).find((x) => x.type === 'denial');
    expect(den?.claimants).toEqual([]);
  });

  it('gives "This is a war crime" the accused of the act told just before', () => {
    const text = 'Minister Ana Berg said Vestian troops had shelled a hospital. "This is a war crime," she said.';
    const c = claimsOf(text, actors).find((x) => x.evidence.text.includes('war crime'));
    expect(c).toMatchObject({ claimants: ['ab'], targets: ['ve'] });
  });

  it('takes no accused from an act told more than two sentences before', () => {
    const text = 'Minister Ana Berg said Vestian troops had shelled a hospital. The minister spoke in Lund. She met reporters. Aid arrived on Tuesday. "This is a war crime," Ana Berg said.';
    const c = claimsOf(text, actors).find((x) => x.evidence.text.includes('war crime'));
    expect(c?.targets).toEqual([]);
  });
});

describe('DOJ and threat-intel styles', () => {
  const DOJ = org('doj', 'agency', 'Justice Department');
  const MATVEEV = p('mm', 'Mikhail Matveev', 'Matveev');

  it('does not read a headline verb as a modifier of "Russian national" ("Justice Department charges Russian national")', () => {
    const text = 'Justice Department charges Russian national over ransomware attacks\n\nMikhail Matveev, 31, is charged with fraud.';
    const c = claimsOf(text, [DOJ, country('ru', 'Russia', 'Russian'), MATVEEV]).find((x) => x.cue === 'charges');
    expect(c).toMatchObject({ claimants: ['doj'], targets: ['mm'] });
  });

  it('still reads a lead\'s "A Russian national was charged" as the person introduced with an age', () => {
    const text = 'Ransomware case\n\nA Russian national was charged on Tuesday with fraud. Mikhail Matveev, 31, remains at large.';
    const c = claimsOf(text, [country('ru', 'Russia', 'Russian'), MATVEEV]).find((x) => x.cue === 'charged');
    expect(c?.targets).toEqual(['mm']);
  });

  it('takes no claimant from where an indictment was filed ("according to indictments filed in X")', () => {
    const text = 'Mikhail Matveev is charged with conspiring to damage protected computers, according to indictments filed in New Jersey and the District of Columbia.';
    const [c] = claimsOf(text, [MATVEEV, org('dc', 'agency', 'District of Columbia')]);
    expect(c).toMatchObject({ claimants: [], targets: ['mm'] });
  });

  it('keeps the issuer of "an affidavit filed by the FBI"', () => {
    const text = 'Mikhail Matveev is charged with fraud, according to an affidavit filed by the FBI.';
    const [c] = claimsOf(text, [MATVEEV, org('fbi', 'agency', 'FBI')]);
    expect(c?.claimants).toEqual(['fbi']);
  });

  it('reads "linked to China\'s Ministry of State Security" as the ministry named whole', () => {
    const text = 'Norland linked the attack to Vestia\'s Ministry of State Security.';
    const [c] = claimsOf(text, [NO, VE, org('mss', 'agency', 'Ministry of State Security')]);
    expect(c?.targets).toEqual(['mss']);
  });
});

describe('counted lists of the accused', () => {
  const A3 = [NO, VE, RU, org('a', 'company', 'Acme'), org('b', 'company', 'Vextron'), org('c', 'company', 'Boreal Shipping')];

  it('reads "sanctioned three companies: A, B and C, accusing them of" with the colon list as the object', () => {
    const [c] = claimsOf('Norland sanctioned three companies: Acme, Vextron and Boreal Shipping, accusing them of smuggling oil.', A3);
    expect(c).toMatchObject({ claimants: ['no'], targets: ['a', 'b', 'c'] });
  });

  it('reads "The three companies" as the three named together before', () => {
    const text = 'Acme, Vextron and Boreal Shipping were fined. The three companies were accused of smuggling oil.';
    const c = claimsOf(text, A3).find((x) => x.cue === 'accused');
    expect(c?.targets).toEqual(['a', 'b', 'c']);
  });

  it('reads an object "both countries" as the two countries named together before, not the subject', () => {
    const text = 'Vestia and Ruritania held talks on Monday. Norland accused both countries of smuggling oil.';
    const c = claimsOf(text, A3).find((x) => x.cue === 'accused');
    expect(c).toMatchObject({ claimants: ['no'], targets: ['ve', 'ru'] });
  });

  it('leaves "both countries" unresolved when the list before names three', () => {
    const text = 'Vestia, Ruritania and Norland held talks on Monday. Norland accused both countries of smuggling oil.';
    const c = claimsOf(text, A3).find((x) => x.cue === 'accused');
    expect(c?.targets).toEqual([]);
  });

  it('keeps "the three companies" unresolved when two are named', () => {
    const text = 'Acme and Vextron were fined. The three companies were accused of smuggling oil.';
    const c = claimsOf(text, A3).find((x) => x.cue === 'accused');
    expect(c?.targets).toEqual([]);
  });
});

describe('pronouns and descriptions across sentences', () => {
  const A = org('a', 'company', 'Acme');
  const B = org('b', 'company', 'Vextron');
  const REG = org('reg', 'agency', 'Financial Conduct Authority');

  it('reads an object "it" as the body named before, never the clause\'s own subject', () => {
    const text = 'Acme reported record profits last year. The Financial Conduct Authority accused it of misleading investors.';
    const c = claimsOf(text, [A, REG]).find((x) => x.cue === 'accused');
    expect(c).toMatchObject({ claimants: ['reg'], targets: ['a'] });
  });

  it('reads "them" after a subject list of companies as those companies', () => {
    const text = 'Acme and Vextron signed the deal in May. Norland later accused them of bribing officials.';
    const c = claimsOf(text, [NO, A, B]).find((x) => x.cue === 'accused');
    expect(c).toMatchObject({ claimants: ['no'], targets: ['a', 'b'] });
  });

  it('reads "They" after a subject list of states as those states', () => {
    const text = 'Norland and Vestia signed the deal in May. They later accused Acme of bribing officials.';
    const c = claimsOf(text, [NO, VE, A]).find((x) => x.cue === 'accused');
    expect(c).toMatchObject({ claimants: ['no', 've'], targets: ['a'] });
  });

  it('does not read "them" after a list of states as those states', () => {
    const text = 'Norland and Vestia signed the deal in May. Acme later accused them of bribing officials.';
    const c = claimsOf(text, [NO, VE, A]).find((x) => x.cue === 'accused');
    expect(c?.targets).toEqual([]);
  });

  it('reads "the militants" as the armed group named before', () => {
    const text = 'The Red Hand has grown in recent years. Norland said the militants had killed twelve soldiers.';
    const [c] = claimsOf(text, [NO, RED]);
    expect(c).toMatchObject({ claimants: ['no'], targets: ['rh'] });
  });

  it('does not let the organisation of "his U.N. mission" speak', () => {
    const text = 'Vestia\'s envoy attended the meeting, but his United Nations mission criticized it, saying that Norland openly seeks to weaponize the council.';
    const c = claimsOf(text, [NO, VE, org('un', 'intl_org', 'United Nations')]).find((x) => x.type === 'accusation');
    expect(c).toMatchObject({ claimants: ['ve'], targets: ['no'] });
  });
});

describe('collectives of private persons', () => {
  it('never reads "three men" as a group or state accused elsewhere in the article', () => {
    const text = 'Norland accused the Red Hand of bombing a bridge. Vestian prosecutors charged three men with spying for Norland.';
    const c = claimsOf(text, [NO, country('ve', 'Vestia', 'Vestian'), RED]).find((x) => x.cue === 'charged');
    expect(c?.targets).toEqual(['no']);
  });

  it('still reads "the hackers" as the hacking group accused', () => {
    const text = 'Norland accused the Red Hand of hacking its banks. The hackers stole two million dollars, Norland said.';
    const c = claimsOf(text, [NO, RED]).find((x) => x.cue === 'stole');
    expect(c?.targets).toEqual(['rh']);
  });
});

describe('whom a denial answers', () => {
  it('reads the owner of "Norland\'s claims" in "called Norland\'s claims baseless" as the accuser rebutted', () => {
    const [c] = claimsOf('Vestia called Norland\'s claims baseless.', [NO, VE]);
    expect(c).toMatchObject({ type: 'denial', claimants: ['ve'], targets: ['no'] });
  });

  it('names no accuser for "called the claims baseless"', () => {
    const [c] = claimsOf('Vestia called the claims baseless.', [NO, VE]);
    expect(c).toMatchObject({ type: 'denial', claimants: ['ve'], targets: [] });
  });

  it('takes the accuser a denial answers ("Responding to Norland, …", "In response to Norland\'s accusations, …")', () => {
    for (const text of ['Responding to Norland, Vestia denied any involvement.', 'In response to Norland\'s accusations, Vestia denied any involvement.']) {
      const [c] = claimsOf(text, [NO, VE]);
      expect(c, text).toMatchObject({ type: 'denial', claimants: ['ve'], targets: ['no'] });
    }
  });

  it('takes no outlet that asked the question as the accuser', () => {
    const [c] = claimsOf('Responding to Reuters, Vestia denied any involvement.', [VE, org('rt', 'media', 'Reuters')]);
    expect(c?.targets).toEqual([]);
  });
});

describe('subjects after an introductory phrase', () => {
  it('keeps the subject after "Responding to a question from Reuters,"', () => {
    const [c] = claimsOf('Responding to a question from Reuters, Vestia denied any involvement.', [VE, org('rt', 'media', 'Reuters')]);
    expect(c).toMatchObject({ type: 'denial', claimants: ['ve'] });
  });

  it('still reads a country closing a home-town phrase as no subject ("X, 25, of Tallinn, Vestia,")', () => {
    const [c] = claimsOf('Ivo Rant, 25, of Tallinn, Vestia, denied any involvement.', [VE, p('ir', 'Ivo Rant')]);
    expect(c?.claimants).toEqual(['ir']);
  });
});

describe('lists in dashes', () => {
  const A3 = [NO, VE, org('a', 'company', 'Acme'), org('b', 'company', 'Vextron'), org('c', 'company', 'Boreal Shipping')];

  it('reads a list of names between dashes as the object\'s apposition ("three companies — A, B and C — of")', () => {
    const [c] = claimsOf('Norland accused three companies — Acme, Vextron and Boreal Shipping — of smuggling oil.', A3);
    expect(c).toMatchObject({ claimants: ['no'], targets: ['a', 'b', 'c'] });
  });

  it('keeps a dash before a new clause a boundary', () => {
    const claims = claimsOf('Norland accused Vestia of smuggling oil — Acme and Vextron denied it.', A3);
    expect(claims.find((c) => c.type === 'accusation')?.targets).toEqual(['ve']);
  });
});

describe('counted collectives opening a sentence or headline', () => {
  it('reads a headline\'s "Two executives charged" as the accused persons of the article', () => {
    const text = 'Two executives charged in scheme to export chips\n\nProsecutors charged Arthur Pell and Lena Sorn with shipping chips to Vestia.';
    const c = claimsOf(text, [VE, p('ap', 'Arthur Pell'), p('ls', 'Lena Sorn')]).find((x) => x.evidence.text.startsWith('Two executives'));
    expect(c?.targets).toEqual(['ap', 'ls']);
  });

  it('never reads "Two men" as a group accused elsewhere', () => {
    const text = 'Norland accused the Red Hand of bombing a bridge. Two men were charged with helping the Red Hand.';
    const c = claimsOf(text, [NO, RED]).find((x) => x.cue === 'charged');
    expect(c?.targets).toEqual(['rh']);
  });
});

describe('the speaker\'s own case', () => {
  it('"as his trial on X charges opened": the charges accuse the speaker, who is no claimant of them', () => {
    const text = 'Tomas Brell told a court in Velmar on Monday that he was innocent as his trial on embezzlement charges opened.';
    const acc = claimsOf(text, [p('tb', 'Tomas Brell')]).find((c) => c.type === 'accusation');
    expect(acc).toMatchObject({ claimants: [], targets: ['tb'] });
  });

  it('someone else\'s trial ("Lind said she … his trial") never makes the speaker the accused', () => {
    const text = 'Ana Lind said she was stunned as his trial on embezzlement charges opened.';
    const all = claimsOf(text, [p('al', 'Ana Lind')]);
    expect(all.flatMap((c) => c.targets)).not.toContain('al');
  });
});
