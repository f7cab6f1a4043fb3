import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/types/index.ts';
import { org, country, p, claimsOf } from './helpers.ts';

/**
 * Denials without a deny verb, deny/dismiss verbs with an adverb, gerund or group subject,
 * and the claimants of documents and groups. Sentences composed for these tests (names
 * invented or generic); none is from the corpus or the generality set.
 */

const denials = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'denial');
const accusations = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'accusation');

const VENEZUELA = country('ve', 'Venezuela', 'Caracas');
const COLOMBIA = country('co', 'Colombia', 'Bogota');
const SERBIA = country('rs', 'Serbia', 'Belgrade', 'Serbian');
const KOSOVO = country('xk', 'Kosovo', 'Pristina');
const EU = org('eu', 'intl_org', 'European Union');
const ORTIZ = p('ortiz', 'Lucia Ortiz', 'Ortiz');
const BRANKO = p('branko', 'Branko Vidic', 'Vidic');
const NORDFIN = org('nordfin', 'company', 'Nordfin Bank', 'Nordfin');

describe('deny verbs with an adverb and a gerund object', () => {
  it('reads "has repeatedly denied arming …" as a denial by the subject', () => {
    const [d, ...rest] = denials(claimsOf('Caracas has repeatedly denied arming rebel groups along the border.', [VENEZUELA]));
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ claimants: ['ve'], targets: [], cue: 'denied', content: 'arming rebel groups along the border' });
  });

  it('reads "routinely denies hacking …"', () => {
    expect(denials(claimsOf('Belgrade routinely denies hacking foreign ministries.', [SERBIA]))[0]).toMatchObject({ claimants: ['rs'] });
  });

  it('does not read a refusal of a thing as a denial ("denied funding", "denied reporters access")', () => {
    expect(denials(claimsOf('Serbia denied funding for the new stadium.', [SERBIA]))).toHaveLength(0);
    expect(denials(claimsOf('Serbia denied reporters access to the border crossing.', [SERBIA]))).toHaveLength(0);
    expect(denials(claimsOf('Serbia denied visiting rights to the family of Ortiz.', [SERBIA, ORTIZ]))).toHaveLength(0);
    expect(denials(claimsOf('Ortiz denied visiting Serbia that year.', [SERBIA, ORTIZ]))).toHaveLength(1);
  });
});

describe('group subjects: "both countries", "the two sides"', () => {
  it('credits the two countries named just before', () => {
    const text = 'Serbia and Kosovo exchanged accusations over the border incident. Both countries deny sending troops into the zone.';
    const [d] = denials(claimsOf(text, [SERBIA, KOSOVO]));
    expect(d?.claimants.slice().sort()).toEqual(['rs', 'xk']);
  });

  it('reads "the two governments have denied"', () => {
    const text = 'Venezuela and Colombia met in Bogota on Friday. The two governments have denied smuggling fuel.';
    expect(denials(claimsOf(text, [VENEZUELA, COLOMBIA]))[0]?.claimants.slice().sort()).toEqual(['co', 've']);
  });

  it('credits nobody when only one party is named', () => {
    const text = 'Serbia held talks on Friday. Both countries deny sending troops into the zone.';
    expect(denials(claimsOf(text, [SERBIA]))[0]?.claimants).toEqual([]);
  });
});

describe('dismiss and reject with a label', () => {
  it('reads "dismissed the case as political persecution" as a denial', () => {
    const text = 'Vidic, a former mayor, was charged with bribery in March. He dismissed the case as a political vendetta.';
    const [d] = denials(claimsOf(text, [BRANKO]));
    expect(d).toMatchObject({ claimants: ['branko'], cue: 'dismissed' });
  });

  it('does not read a dismissal of a person as a denial', () => {
    expect(denials(claimsOf('Nordfin dismissed its chief financial officer in June.', [NORDFIN]))).toHaveLength(0);
  });

  it('targets the accuser whose report is dismissed as a smear, without a second denial', () => {
    const [d, ...rest] = denials(claimsOf("Serbia's government dismissed the European Union's report as a smear campaign.", [SERBIA, EU]));
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ claimants: ['rs'], targets: ['eu'], cue: 'dismissed' });
  });

  it('reads "rejected these lies" and "rejected X\'s version of events" with the accuser as target', () => {
    expect(denials(claimsOf('"We firmly reject these lies," Ortiz said.', [ORTIZ]))[0]).toMatchObject({ claimants: ['ortiz'], cue: 'reject' });
    const [d, ...rest] = denials(claimsOf('Ortiz rejected Bogota\'s version of events as "complete fiction."', [ORTIZ, COLOMBIA]));
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ claimants: ['ortiz'], targets: ['co'] });
  });

  it('takes all coordinated accusers after "by"', () => {
    const [d] = denials(claimsOf('Nordfin denied accusations by Serbia and the European Union that it laundered funds.', [NORDFIN, SERBIA, EU]));
    expect(d?.targets).toEqual(['rs', 'eu']);
  });

  it('does not make a plain rejection of a proposal a denial', () => {
    expect(denials(claimsOf('Serbia rejected the proposal for a new customs union.', [SERBIA]))).toHaveLength(0);
  });
});

describe('accusations and measures called false (no deny verb)', () => {
  it('reads sanctions called "based on lies" as a denial, not an accusation', () => {
    const claims = claimsOf('Caracas called the sanctions "based on fabrications and lies" and recalled its ambassador.', [VENEZUELA]);
    expect(accusations(claims)).toHaveLength(0);
    expect(denials(claims)[0]).toMatchObject({ claimants: ['ve'], targets: [] });
  });

  it('reads allegations described as hysteria', () => {
    const [d] = denials(claimsOf('The Serbian foreign ministry described the allegations as "anti-Serb hysteria".', [SERBIA]));
    expect(d).toMatchObject({ claimants: ['rs'] });
  });

  it('reads a report that "relied on unverified sources" and a lawsuit called meritless', () => {
    expect(denials(claimsOf('Serbia said the report relied on anonymous sources and ignored recent reforms.', [SERBIA]))[0]).toMatchObject({ claimants: ['rs'] });
    expect(denials(claimsOf('"This lawsuit is meritless and we will fight it," Ortiz said.', [ORTIZ]))[0]).toMatchObject({ claimants: ['ortiz'] });
  });

  it('keeps a case called politically motivated an accusation (GUIDELINES) and leaves a report on facts alone', () => {
    const claims = claimsOf('Ortiz said the case against her was politically motivated.', [ORTIZ]);
    expect(denials(claims)).toHaveLength(0);
    expect(claimsOf('Serbia said the report relied on data from the central bank.', [SERBIA])).toHaveLength(0);
  });

  it('still reads a person called a liar as an accusation', () => {
    const [a] = accusations(claimsOf('Ortiz called Vidic a liar and a fraud.', [ORTIZ, BRANKO]));
    expect(a).toMatchObject({ claimants: ['ortiz'], targets: ['branko'] });
  });
});

describe('denials of wrongdoing without a deny verb (innocence, compliance, "we have never")', () => {
  it('reads "says she is innocent" and "maintains her innocence"', () => {
    expect(denials(claimsOf('Ortiz, who was arrested in May, says she is innocent.', [ORTIZ]))[0]).toMatchObject({ claimants: ['ortiz'], targets: [] });
    expect(denials(claimsOf('Ortiz has maintained her innocence throughout the trial.', [ORTIZ]))[0]).toMatchObject({ claimants: ['ortiz'] });
  });

  it('does not read innocent victims as a denial', () => {
    expect(claimsOf('Ortiz said the victims were innocent.', [ORTIZ])).toHaveLength(0);
    expect(claimsOf('Ortiz said innocent bystanders had been hurt.', [ORTIZ])).toHaveLength(0);
  });

  it('reads a company saying it complies with all laws, or acted in accordance with the law', () => {
    expect(denials(claimsOf('Nordfin said in a statement that it "complies with all applicable regulations."', [NORDFIN]))[0]).toMatchObject({ claimants: ['nordfin'] });
    expect(denials(claimsOf('Serbia said its border police had acted in full accordance with the law.', [SERBIA]))[0]).toMatchObject({ claimants: ['rs'] });
  });

  it('does not read a demand or a rule to comply as a denial', () => {
    expect(claimsOf('Serbia urged Nordfin to comply with all sanctions.', [SERBIA, NORDFIN])).toHaveLength(0);
    expect(claimsOf('Ortiz said banks must comply with all reporting rules.', [ORTIZ])).toHaveLength(0);
  });

  it('reads "we have never supplied …" by the speaker, not "I have never visited"', () => {
    expect(denials(claimsOf('"We have never shipped arms to the rebels," Ortiz said.', [ORTIZ]))[0]).toMatchObject({ claimants: ['ortiz'] });
    expect(claimsOf('"I have never visited Caracas," Ortiz said.', [ORTIZ, VENEZUELA])).toHaveLength(0);
  });

  it('reads a case "built on speculation" told by an unnamed lawyer as a denial with no claimant', () => {
    expect(denials(claimsOf('Vidic was charged in March. His lawyer said the case was built on "rumours and guesswork."', [BRANKO]))[0]).toMatchObject({ claimants: [], targets: [] });
  });
});

describe('the object of a denial is no accusation', () => {
  it('reads "refuted claims that X armed …" as one denial', () => {
    const claims = claimsOf('Ortiz refuted claims that Caracas had armed the gunmen.', [ORTIZ, VENEZUELA]);
    expect(accusations(claims)).toHaveLength(0);
    expect(denials(claims)).toHaveLength(1);
  });

  it('keeps "claims X armed …" an accusation', () => {
    expect(accusations(claimsOf('Ortiz claims Caracas armed the gunmen.', [ORTIZ, VENEZUELA]))[0]).toMatchObject({ claimants: ['ortiz'], targets: ['ve'] });
  });
});

describe('"a department spokesperson" speaks for the body named before', () => {
  const MINISTRY = org('moi', 'agency', 'Interior Ministry');
  it('credits the ministry named in the sentence before', () => {
    const text = 'The Interior Ministry declined to comment on the arrests. "These accusations are false," a ministry spokesman said.';
    expect(denials(claimsOf(text, [MINISTRY]))[0]).toMatchObject({ claimants: ['moi'] });
  });

  it('credits nobody when no body of that kind was named', () => {
    const text = 'Ortiz was arrested on Monday. "These accusations are false," a ministry spokesman said.';
    expect(denials(claimsOf(text, [ORTIZ]))[0]).toMatchObject({ claimants: [] });
  });
});

describe('claimants of documents and gatherings', () => {
  const AMNESTY = org('ai', 'other_org', 'Amnesty International');
  const AU = org('au', 'intl_org', 'African Union');
  const CHAD = country('td', 'Chad');
  const SUDAN = country('sd', 'Sudan');

  it('credits "a report by X" that accuses', () => {
    const [a] = accusations(claimsOf('A report by Amnesty International accused Chad of torturing detainees.', [AMNESTY, CHAD]));
    expect(a).toMatchObject({ claimants: ['ai'], targets: ['td'] });
  });

  it('does not credit the subject of the report ("a report on Sudan")', () => {
    const [a] = accusations(claimsOf('A report on Sudan by unnamed researchers accused Chad of arming militias.', [SUDAN, CHAD]));
    expect(a?.claimants).toEqual([]);
  });

  it('credits "The report also accused" to the issuer named in the sentence before', () => {
    const text = 'Amnesty International said in a report on Tuesday that Chad had jailed dozens of reporters. The report also accused Sudan of torturing refugees.';
    const a = accusations(claimsOf(text, [AMNESTY, CHAD, SUDAN])).find((c) => c.cue === 'accused');
    expect(a).toMatchObject({ claimants: ['ai'], targets: ['sd'] });
  });

  it('credits nobody for "The report also accused" when no issuer was named', () => {
    const text = 'Chad was criticised on Tuesday. The report also accused Sudan of torturing refugees.';
    expect(accusations(claimsOf(text, [CHAD, SUDAN])).find((c) => c.cue === 'accused')?.claimants).toEqual([]);
  });

  it('credits the body whose summit the leaders attend', () => {
    const [a] = accusations(claimsOf('Leaders at the African Union summit in Addis Ababa condemned Sudan\'s attacks on civilians.', [AU, SUDAN]));
    expect(a).toMatchObject({ claimants: ['au'], targets: ['sd'] });
  });

  it('does not credit a body whose building, not meeting, is named ("protesters at the African Union headquarters")', () => {
    const [a] = accusations(claimsOf('Protesters at the African Union headquarters condemned Sudan\'s attacks on civilians.', [AU, SUDAN]));
    expect(a?.claimants ?? []).toEqual([]);
  });
});

describe('"alleged" on a possessed role and the speaker of a reporting tail', () => {
  const INDIA = country('in', 'India');
  const CANADA = country('ca', 'Canada');
  it('makes the possessor of "X\'s alleged role" a target, not a claimant', () => {
    const claims = accusations(claimsOf("Canada recalled its envoy over India's alleged role in the bombing.", [CANADA, INDIA]));
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.claimants).not.toContain('in');
    expect(claims.some((c) => c.targets.includes('in'))).toBe(true);
  });

  it('takes the person of a "…, U.S. Attorney X said" tail, not the country of the title', () => {
    const US = country('us', 'U.S.');
    const DOE = p('doe', 'Karl Doe', 'Doe');
    const ROE = p('roe', 'Ann Roe', 'Roe');
    const text = 'As alleged, Doe stole millions from retirees, U.S. Attorney Ann Roe said.';
    const [a] = accusations(claimsOf(text, [US, DOE, ROE]));
    expect(a).toMatchObject({ claimants: ['roe'], targets: ['doe'] });
  });
});

describe('mutual accusations, second allegations, penalties for an act', () => {
  const ARMENIA = country('am', 'Armenia');
  const AZERBAIJAN = country('az', 'Azerbaijan');
  it('splits "A and B accused each other" into two claims, each side the other\'s target', () => {
    const claims = accusations(claimsOf('Armenia and Azerbaijan accused each other of shelling villages overnight.', [ARMENIA, AZERBAIJAN]));
    expect(claims.map((c) => `${c.claimants}>${c.targets}`).sort()).toEqual(['am>az', 'az>am']);
  });

  it('splits "traded blame"', () => {
    const claims = accusations(claimsOf('Armenia and Azerbaijan traded blame for the collapse of the truce.', [ARMENIA, AZERBAIJAN]));
    expect(claims.map((c) => `${c.claimants}>${c.targets}`).sort()).toEqual(['am>az', 'az>am']);
  });

  it('keeps a joint accusation of a third party one claim', () => {
    const claims = accusations(claimsOf('Armenia and Azerbaijan accused Serbia of arming militias.', [ARMENIA, AZERBAIJAN, SERBIA]));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.targets).toEqual(['rs']);
  });

  it('gives "alleged that X did A and did B" two claims', () => {
    const claims = accusations(claimsOf('Prosecutors alleged that Ortiz forged customs papers for the shipments and bribed two port officials.', [ORTIZ]));
    expect(claims).toHaveLength(2);
    expect(claims.map((c) => c.content)).toEqual(['Ortiz forged customs papers for the shipments', 'bribed two port officials']);
  });

  it('keeps "stole and sold the data" one allegation', () => {
    expect(accusations(claimsOf('Prosecutors alleged that Ortiz stole and sold the data.', [ORTIZ]))).toHaveLength(1);
  });

  it('reads "sentenced … for running a scheme" and "fined … for misleading customers"', () => {
    expect(accusations(claimsOf('Ortiz was sentenced to six years in prison for running a fake charity.', [ORTIZ]))[0]).toMatchObject({ targets: ['ortiz'], content: 'running a fake charity' });
    const [a] = accusations(claimsOf('Serbia fined Nordfin Bank 2 million euros for misleading customers.', [SERBIA, NORDFIN]));
    expect(a).toMatchObject({ claimants: ['rs'], targets: ['nordfin'] });
  });

  it('does not read a sentence date or a bare fine as an accusation', () => {
    expect(claimsOf('Ortiz was sentenced on Monday for the second time.', [ORTIZ])).toHaveLength(0);
    expect(claimsOf('Nordfin was fined last year.', [NORDFIN])).toHaveLength(0);
  });

  it('gives an indictment "on charges of …" one claim, not a second one for the charges', () => {
    const claims = accusations(claimsOf('A grand jury indicted Ortiz, 44, and Vidic, 51, on charges of smuggling cigarettes into Serbia.', [ORTIZ, BRANKO, SERBIA]));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.targets).toEqual(['ortiz', 'branko']);
  });
});

describe('targets by pronoun after a participle, bare "authorities", "blamed on"', () => {
  const TREASURY = org('treasury', 'agency', 'Treasury Department');
  const UAE = country('ae', 'United Arab Emirates');
  const BOLIVIA = country('bo', 'Bolivia', 'Bolivian');
  const CPJ = org('rsf', 'other_org', 'Reporters Without Borders');
  it('reads ", accusing it of" as the main clause\'s object, not the place of its apposition', () => {
    const text = 'The Treasury Department sanctioned Nordfin Bank, a lender based in the United Arab Emirates, accusing it of moving funds for smugglers.';
    const a = accusations(claimsOf(text, [TREASURY, NORDFIN, UAE])).find((c) => c.cue === 'accusing');
    expect(a).toMatchObject({ claimants: ['treasury'], targets: ['nordfin'] });
  });

  it('reads ", accusing them of" after "A, a firm based in X, and B," as both objects, the subject as claimant', () => {
    const VENTA = org('venta', 'company', 'Venta Freight', 'Venta');
    const text = 'The Treasury Department sanctioned Nordfin Bank, a lender based in the United Arab Emirates, and Venta Freight, accusing them of moving funds for smugglers.';
    const a = accusations(claimsOf(text, [TREASURY, NORDFIN, UAE, VENTA])).find((c) => c.cue === 'accusing');
    expect(a).toMatchObject({ claimants: ['treasury'], targets: ['nordfin', 'venta'] });
    // a coordinated clause with its own verb still starts after ", and"
    const two = 'The Treasury Department sanctioned Nordfin Bank, and Venta Freight denied moving funds for smugglers.';
    expect(denials(claimsOf(two, [TREASURY, NORDFIN, VENTA]))[0]?.claimants).toEqual(['venta']);
  });

  it('reads ", accusing them of" as the group named as object', () => {
    const text = 'Serbia imposed travel bans on nine Bolivian officials on Monday, accusing them of rigging the vote.';
    expect(accusations(claimsOf(text, [SERBIA, BOLIVIA])).find((c) => c.cue === 'accusing')?.targets).toEqual(['bo']);
  });

  it('keeps a named object after the participle', () => {
    const text = 'Serbia recalled its ambassador on Monday, accusing Bolivia of meddling.';
    expect(accusations(claimsOf(text, [SERBIA, BOLIVIA])).find((c) => c.cue === 'accusing')?.targets).toEqual(['bo']);
  });

  it('reads "accused authorities of" as the state named before in the sentence', () => {
    const text = 'Reporters Without Borders urged Bolivia to free the editor and accused authorities of harassing the press.';
    expect(accusations(claimsOf(text, [CPJ, BOLIVIA])).find((c) => c.cue === 'accused')).toMatchObject({ claimants: ['rsf'], targets: ['bo'] });
  });

  it('leaves "accused authorities of" without a state when none is named', () => {
    const PFC = org('pfc', 'other_org', 'Press Freedom Council');
    const text = 'The Press Freedom Council accused authorities of harassing the press.';
    expect(accusations(claimsOf(text, [PFC]))[0]).toMatchObject({ claimants: ['pfc'], targets: [] });
  });

  it('reads "was blamed on X by Y" with X the target and the subject as content', () => {
    const [a] = accusations(claimsOf('The blackout was blamed on Bolivian saboteurs by Serbia.', [BOLIVIA, SERBIA]));
    expect(a).toMatchObject({ claimants: ['rs'], targets: ['bo'], content: 'The blackout' });
  });
});

describe('warrants, spying for a state, expletive "it is suspected that", findings of a report', () => {
  const TRIBUNAL = org('stl', 'intl_org', 'Special Tribunal for Lebanon');
  const LAZARO = p('lazaro', 'Tomas Lazaro', 'Lazaro');
  const NEMO = p('nemo', 'Ivo Nemo', 'Nemo');
  const GROUP = org('cobalt', 'threat_group', 'Cobalt Spider');
  const IRAN = country('ir', 'Iran');
  const WATCHDOG = org('iaea', 'intl_org', 'International Atomic Energy Agency');
  it('reads "issued arrest warrants for A and B on charges of …" as one accusation by the issuer', () => {
    const claims = accusations(claimsOf('The Special Tribunal for Lebanon issued arrest warrants for Tomas Lazaro and Ivo Nemo on charges of terrorism.', [TRIBUNAL, LAZARO, NEMO]));
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ claimants: ['stl'], targets: ['lazaro', 'nemo'] });
  });

  it('does not read a warrant without a stated crime as an accusation', () => {
    expect(claimsOf('The Special Tribunal for Lebanon issued warrants for the arrest of two men.', [TRIBUNAL])).toHaveLength(0);
  });

  it('makes the state spied for a target ("accused of spying on X for Iran")', () => {
    const [a] = accusations(claimsOf('Two sailors were accused of spying on naval bases for Iran.', [IRAN]));
    expect(a?.targets).toEqual(['ir']);
  });

  it('reads "It is suspected that X, linked to Y, is behind …" against X and Y', () => {
    const [a] = accusations(claimsOf('It is suspected that the group Cobalt Spider, linked to Iran, is behind the theft of the funds.', [GROUP, IRAN]));
    expect(a).toMatchObject({ claimants: [], targets: ['cobalt', 'ir'], certainty: 'hedged' });
  });

  it('leaves a named subject alone ("Lazaro is suspected of …")', () => {
    expect(accusations(claimsOf('Lazaro is suspected of hacking the bank.', [LAZARO]))[0]?.targets).toEqual(['lazaro']);
  });

  it('credits the issuer of "a report by X concluded that …"', () => {
    const [a] = accusations(claimsOf('A report by the International Atomic Energy Agency concluded that Iran concealed nuclear material from inspectors.', [WATCHDOG, IRAN]));
    expect(a).toMatchObject({ claimants: ['iaea'], targets: ['ir'] });
  });
});

describe('an appositive "X, linked to Y," is no accusation by X', () => {
  const GROUP = org('cobalt', 'threat_group', 'Cobalt Spider');
  const IRAN = country('ir', 'Iran');
  const US = country('us', 'Washington');
  it('accuses X and Y, claimed by nobody named', () => {
    const text = 'Researchers said on Monday that Cobalt Spider, tied to Iran, stole the funds.';
    for (const c of accusations(claimsOf(text, [GROUP, IRAN]))) expect(c.claimants).not.toContain('cobalt');
  });

  it('keeps an active "X linked the hack to Y"', () => {
    expect(accusations(claimsOf('Washington linked the hack to Iran.', [US, IRAN]))[0]).toMatchObject({ claimants: ['us'], targets: ['ir'] });
  });
});

describe('more deny verbs and phrases (dispute, push back, brush off, never involved, no knowledge)', () => {
  it('reads "disputed the findings", "pushed back against the accusations", "brushed off the allegations"', () => {
    expect(denials(claimsOf('Nordfin disputed the findings of the audit.', [NORDFIN]))[0]).toMatchObject({ claimants: ['nordfin'], cue: 'disputed' });
    expect(denials(claimsOf('Serbia pushed back against the accusations on Monday.', [SERBIA]))[0]).toMatchObject({ claimants: ['rs'] });
    expect(denials(claimsOf('Ortiz brushed off the allegations.', [ORTIZ]))[0]).toMatchObject({ claimants: ['ortiz'] });
  });

  it('does not read a dispute or a brush-off of something else as a denial', () => {
    expect(claimsOf('Nordfin disputed the bill with its supplier.', [NORDFIN])).toHaveLength(0);
    expect(claimsOf('Ortiz brushed off the snow and went inside.', [ORTIZ])).toHaveLength(0);
  });

  it('targets the accuser of "rebuffed claims by X that …" without an accusation by the denier', () => {
    const claims = claimsOf('Serbia rebuffed claims by the European Union that it had rigged the vote.', [SERBIA, EU]);
    expect(accusations(claims)).toHaveLength(0);
    expect(denials(claims)[0]).toMatchObject({ claimants: ['rs'], targets: ['eu'] });
  });

  it('reads "had never been involved", "her client was innocent", "had no knowledge of"', () => {
    expect(denials(claimsOf('Ortiz said she had never been involved in the scheme.', [ORTIZ]))).toHaveLength(1);
    expect(denials(claimsOf('Ortiz said her client was innocent.', [ORTIZ]))[0]).toMatchObject({ claimants: ['ortiz'] });
    expect(denials(claimsOf('Nordfin said it had no knowledge of the transfers.', [NORDFIN]))[0]).toMatchObject({ claimants: ['nordfin'] });
  });
});

describe('a ", saying …" participle tail is no inverted speaker', () => {
  const MOD = org('mod', 'agency', 'Defence Ministry');
  const BOLIVIA = country('bo', 'Bolivia', 'Bolivian');
  it('keeps the subject of the main verb as the denier', () => {
    const text = 'The Defence Ministry denied the accusation on Friday, saying Bolivian troops had fired first.';
    expect(denials(claimsOf(text, [MOD, BOLIVIA]))[0]).toMatchObject({ claimants: ['mod'] });
  });

  it('still reads an inverted "…, said X" tail', () => {
    const text = 'The accusations are false, said Ortiz.';
    expect(denials(claimsOf(text, [ORTIZ]))[0]).toMatchObject({ claimants: ['ortiz'] });
  });
});

describe('accused with a that-clause; bare police and prosecutors', () => {
  const BOLIVIA = country('bo', 'Bolivia');
  const PFC = org('pfc', 'other_org', 'Press Freedom Council');
  it('reads "charged that X had …" against the clause subject', () => {
    expect(accusations(claimsOf('Prosecutors charged that Ortiz had hidden the money abroad.', [ORTIZ]))[0]).toMatchObject({ targets: ['ortiz'] });
  });

  it('reads "accuses that the hackers of X …" (machine translation) against X', () => {
    expect(accusations(claimsOf('Serbia accuses that the hackers of Bolivia stole the plans.', [SERBIA, BOLIVIA]))[0]).toMatchObject({ claimants: ['rs'], targets: ['bo'] });
  });

  it('reads "accused police of" as the state named in the sentence before', () => {
    const text = 'Bolivia jailed three reporters last year. The Press Freedom Council accused police of beating them.';
    expect(accusations(claimsOf(text, [BOLIVIA, PFC])).find((c) => c.cue === 'accused')).toMatchObject({ claimants: ['pfc'], targets: ['bo'] });
  });

  it('leaves "accused police in Caracas" to the named place reading', () => {
    const text = 'Bolivia jailed three reporters last year. The Press Freedom Council accused police in Caracas of beating them.';
    expect(accusations(claimsOf(text, [BOLIVIA, PFC, VENEZUELA])).find((c) => c.cue === 'accused')?.targets).not.toContain('bo');
  });
});

describe('"X, a group Y has tied to Z": the relative clause object', () => {
  const GROUP = org('cobalt', 'threat_group', 'Cobalt Spider');
  const IRAN = country('ir', 'Iran');
  const US = country('us', 'Washington');
  it('makes X a target beside Z', () => {
    const text = 'Analysts traced the breach to Cobalt Spider, a group Washington has tied to Iran.';
    const c = accusations(claimsOf(text, [GROUP, IRAN, US])).find((x) => x.cue === 'tied');
    expect(c).toMatchObject({ claimants: ['us'], targets: ['cobalt', 'ir'] });
  });

  it('does not read the main verb after an apposition as an appositive participle', () => {
    const text = 'Washington, a city on the Potomac, linked the hack to Iran.';
    expect(accusations(claimsOf(text, [US, IRAN]))[0]).toMatchObject({ claimants: ['us'], targets: ['ir'] });
  });
});

describe('"it is not true", negated wrongful acts, "have no basis in fact"', () => {
  it('reads "It is simply not true that we …" by the quote\'s speaker', () => {
    expect(denials(claimsOf('"It is simply not true that we armed the rebels," Ortiz said.', [ORTIZ]))[0]).toMatchObject({ claimants: ['ortiz'] });
  });

  it('reads "said it does not target civilians" and "did not fund" as denials', () => {
    expect(denials(claimsOf('Serbia said it does not target civilians.', [SERBIA]))[0]).toMatchObject({ claimants: ['rs'] });
    expect(denials(claimsOf('Ortiz said Nordfin had not funded the militia.', [ORTIZ, NORDFIN]))[0]).toMatchObject({ claimants: ['ortiz'] });
  });

  it('does not read a negated ordinary act, or a question, as a denial', () => {
    expect(claimsOf('Ortiz said police did not arrest anyone.', [ORTIZ])).toHaveLength(0);
    expect(claimsOf('If Serbia did not fund the group, who did?', [SERBIA])).toHaveLength(0);
  });

  it('reads accusations that "have no basis in fact" or are "not true"', () => {
    expect(denials(claimsOf('Nordfin said the allegations have no basis in fact.', [NORDFIN]))[0]).toMatchObject({ claimants: ['nordfin'] });
    expect(denials(claimsOf('Serbia said the reports were not true.', [SERBIA]))[0]).toMatchObject({ claimants: ['rs'] });
  });

  it('does not read "the claims are not false" or a plan with "no basis" as a denial', () => {
    expect(denials(claimsOf('Serbia said the reports were not false.', [SERBIA]))).toHaveLength(0);
    expect(claimsOf('Nordfin said the merger plan had no basis in law yet.', [NORDFIN])).toHaveLength(0);
  });
});

describe('"arrested X on charges of <act>ing": the arrest states the crime, "of" is no accused', () => {
  const BOLIVIA = country('bo', 'Bolivia', 'Bolivian');
  it('accuses the arrested, not the countries inside the charge', () => {
    const claims = accusations(claimsOf('Police arrested Lucia Ortiz, 52, a Serbian trader, on charges of selling Bolivian drones to a Serbian militia.', [ORTIZ, BOLIVIA, SERBIA]));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.targets).toEqual(['ortiz']);
  });

  it('keeps "allegations of Serbian interference" against the doer', () => {
    const [a] = accusations(claimsOf('Ortiz repeated allegations of Serbian interference in the vote.', [ORTIZ, SERBIA]));
    expect(a?.targets).toContain('rs');
  });
});

describe('"charged with helping him": the helped pronoun is not the accused himself', () => {
  const LUKA = p('luka', 'Luka Petrov', 'Petrov');
  const IVAN = p('ivan', 'Ivan Horvat', 'Horvat');
  it('resolves "him" to the other person named before', () => {
    const text = 'Luka Petrov admitted the fraud in March. His cousin, Ivan Horvat, was charged on Friday with helping him hide the proceeds.';
    const a = accusations(claimsOf(text, [LUKA, IVAN])).find((c) => c.cue === 'charged');
    expect(a?.targets).toEqual(['ivan', 'luka']);
  });

  it('keeps a single accused when no other person is named', () => {
    const text = 'Ivan Horvat was charged on Friday with helping smugglers hide the proceeds.';
    expect(accusations(claimsOf(text, [IVAN]))[0]?.targets).toEqual(['ivan']);
  });
});

describe('headline verbs of condemning: "X slams Y over Z"', () => {
  it('reads "slams … over" and "blasted … for" against the named actor', () => {
    expect(accusations(claimsOf('Serbia slams Nordfin over money laundering failures', [SERBIA, NORDFIN]))[0]).toMatchObject({ claimants: ['rs'], targets: ['nordfin'] });
    expect(accusations(claimsOf('Ortiz blasted Serbia for jailing reporters.', [ORTIZ, SERBIA]))[0]).toMatchObject({ claimants: ['ortiz'], targets: ['rs'] });
  });

  it('does not read a physical blast or slam as an accusation', () => {
    expect(claimsOf('The explosion blasted a hole in the wall for all to see.', [])).toHaveLength(0);
    expect(claimsOf('Ortiz slammed the door for effect.', [ORTIZ])).toHaveLength(0);
  });
});
