import { describe, expect, it } from 'vitest';
import { claimsOf, country, org, p } from './helpers.ts';

/** Session 4 slot rules: parts of bodies, role appositions, possessor states, description heads, document issuers. */

describe('who speaks', () => {
  it('gives no claimant for a qualified part of a body ("Western members of the council")', () => {
    const text = 'Several members of the Arctic Council accused Norland of polluting the fjord.';
    const [c] = claimsOf(text, [org('ac', 'intl_org', 'Arctic Council'), country('no', 'Norland')]);
    expect(c).toMatchObject({ claimants: [], targets: ['no'] });
  });

  it('keeps the body for unqualified members ("members of the council")', () => {
    const text = 'Members of the Arctic Council accused Norland of polluting the fjord.';
    const [c] = claimsOf(text, [org('ac', 'intl_org', 'Arctic Council'), country('no', 'Norland')]);
    expect(c?.claimants).toEqual(['ac']);
  });

  it('credits the named envoy, not the body in his title ("Vestia\'s EU envoy, Ana Ruiz,")', () => {
    const text = 'Vestia\'s EU envoy, Ana Ruiz, denied that Vestian troops had shelled the town.';
    const [c] = claimsOf(text, [country('ve', 'Vestia', 'Vestian'), org('eu', 'intl_org', 'EU'), p('ar', 'Ana Ruiz')]);
    expect(c).toMatchObject({ type: 'denial', claimants: ['ar'] });
  });

  it('credits the issuer of "a statement" named before to "The statement accused …"', () => {
    const text = 'The Delta Front dismissed the report in a statement on Sunday. The statement accused Norland of arming the militias.';
    const claims = claimsOf(text, [org('df', 'threat_group', 'Delta Front'), country('no', 'Norland')]);
    expect(claims.find((c) => c.cue === 'accused')).toMatchObject({ claimants: ['df'], targets: ['no'] });
  });
});

describe('who is accused', () => {
  it('drops a state that only possesses the accused body ("Vestia\'s Border Guard")', () => {
    const text = 'Norland accused Vestia\'s Border Guard of firing on fishermen.';
    const [c] = claimsOf(text, [country('no', 'Norland'), country('ve', 'Vestia'), org('bg', 'agency', 'Border Guard')]);
    expect(c?.targets).toEqual(['bg']);
  });

  it('keeps a state accused in its own right beside its body', () => {
    const text = 'Norland accused Vestia and Vestia\'s Border Guard of firing on fishermen.';
    const [c] = claimsOf(text, [country('no', 'Norland'), country('ve', 'Vestia'), org('bg', 'agency', 'Border Guard')]);
    expect(c?.targets).toEqual(expect.arrayContaining(['ve', 'bg']));
  });

  it('reads "the army" as the body named as an army, not the nearest agency', () => {
    const text = 'The Vestian Armed Forces and the Delta Militia clashed near Orl. The Delta Militia said in a statement that the army shelled a market.';
    const actors = [org('vaf', 'agency', 'Vestian Armed Forces'), org('dm', 'agency', 'Delta Militia')];
    const c = claimsOf(text, actors).find((x) => x.evidence.text.includes('shelled'));
    expect(c?.targets).toEqual(['vaf']);
  });

  it('takes no accusation from an army spokesperson describing the army\'s own strikes', () => {
    const text = 'The Vestian Armed Forces denied the report. A Vestian army spokesman, Colonel Ivo Hart, said the army only targets rebel militias.';
    const actors = [org('vaf', 'agency', 'Vestian Armed Forces'), p('ih', 'Colonel Ivo Hart')];
    expect(claimsOf(text, actors).filter((c) => c.type === 'accusation' && c.evidence.text.includes('targets'))).toEqual([]);
  });
});

describe('charges announced in a closing tail', () => {
  const actors = [p('lk', 'Lars Kovac', 'Kovac'), p('ht', 'Helen Toft'), p('rb', 'Raj Bose')];

  it('credits the announcers and accuses the subject of "to face charges for his alleged role"', () => {
    const text = 'A Latvian man was extradited to face charges for his alleged role in a phishing ring, announced U.S. Attorney Helen Toft and FBI Special Agent Raj Bose. Lars Kovac, 33, appeared in court on Monday.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'alleged');
    expect(c).toMatchObject({ claimants: ['ht', 'rb'], targets: ['lk'], certainty: 'hedged' });
  });

  it('leaves an agentless "He is charged …" without the previous sentence\'s speakers', () => {
    const text = 'Mr. Kovac was extradited on Friday, announced U.S. Attorney Helen Toft. He is charged in a six-count indictment with wire fraud.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'charged');
    expect(c).toMatchObject({ claimants: [], targets: ['lk'] });
  });

  it('still carries the speaker to an active "He also accused …"', () => {
    const text = 'Helen Toft said the ring stole millions. He also accused Kovac of laundering the proceeds.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'accused');
    expect(c?.claimants).toEqual(['ht']);
  });
});

describe('denials that name the accuser as the one without evidence', () => {
  const actors = [country('no', 'Norland', 'Oslen'), country('ve', 'Vestia'), p('ak', 'Arno Kell')];

  it('makes "X had presented no evidence" a denial by the speaker against X', () => {
    const text = 'Vestian spokesman Arno Kell said Oslen had presented no evidence for its claim that the vessel was Vestian.';
    const c = claimsOf(text, actors).find((x) => x.type === 'denial');
    expect(c).toMatchObject({ claimants: ['ak'], targets: ['no'] });
  });

  it('gives the accuser to a second denial of the same statement, kept as its own claim', () => {
    const text = 'Arno Kell said the accusations were "unfounded" and that Oslen had presented "no evidence whatsoever" of an incursion.';
    const denials = claimsOf(text, actors).filter((x) => x.type === 'denial');
    expect(denials).toHaveLength(2);
    for (const d of denials) expect(d).toMatchObject({ claimants: ['ak'], targets: ['no'] });
  });

  it('keeps the subject as the denier when nobody else speaks', () => {
    const text = 'Vestia rejected the charges, saying there was no evidence of any wrongdoing.';
    const denials = claimsOf(text, actors).filter((x) => x.type === 'denial');
    expect(denials.every((d) => d.claimants.includes('ve') && !d.targets.includes('ve'))).toBe(true);
  });
});

describe('"the same group"', () => {
  it('refers back to the group named before', () => {
    const text = 'Norland blamed the Red Wolves for the attack on the port. Vestia said separately that the same group was behind a bombing in its capital.';
    const c = claimsOf(text, [country('no', 'Norland'), country('ve', 'Vestia'), org('rw', 'threat_group', 'Red Wolves')]).find((x) => x.claimants.includes('ve'));
    expect(c?.targets).toEqual(['rw']);
  });

  it('does not read "the other group" as the one named before', () => {
    const text = 'Norland blamed the Red Wolves for the attack on the port. Vestia said separately that the other group was behind a bombing in its capital.';
    const c = claimsOf(text, [country('no', 'Norland'), country('ve', 'Vestia'), org('rw', 'threat_group', 'Red Wolves')]).find((x) => x.claimants.includes('ve'));
    expect(c?.targets ?? []).toEqual([]);
  });
});

describe('summits and deals', () => {
  const actors = [org('ol', 'intl_org', 'Ocean League'), country('ve', 'Vestia'), country('ru', 'Russian', 'Russia'), org('kc', 'company', 'Korvex'), p('ib', 'Ines Bauer')];

  it('credits leaders meeting at a body\'s summit to the body, and accuses the parties of a deal', () => {
    const text = 'Leaders meeting at an Ocean League summit on Friday condemned a fishing agreement signed in May between the government of Vestia and a Russian state-owned company, Korvex, calling it illegal.';
    const [c] = claimsOf(text, actors);
    expect(c?.claimants).toEqual(['ol']);
    expect(c?.targets).toEqual(['ve', 'kc']);
  });

  it('reads "the summit" as the body that held it', () => {
    const text = 'Leaders gathered at an Ocean League summit in Lisbon. Vestian minister Ines Bauer accused the summit of meddling in Vestian affairs.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'accused');
    expect(c).toMatchObject({ claimants: ['ib'], targets: ['ol'] });
  });

  it('leaves "the summit" alone when no body held one before', () => {
    const text = 'Leaders gathered in Lisbon. Vestian minister Ines Bauer accused the summit of meddling in Vestian affairs.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'accused');
    expect(c?.targets).toEqual([]);
  });

  it('keeps a state that is a party of a deal condemned without a named company', () => {
    const text = 'The Ocean League condemned the arms deal struck between Vestia and Russia, citing the embargo.';
    const [c] = claimsOf(text, actors);
    expect(c?.targets).toEqual(['ve', 'ru']);
  });
});

describe('the accused of a condemnation given in ", saying that …"', () => {
  const actors = [org('fo', 'agency', 'Foreign Office'), country('ve', 'Vestian', 'Vestia'), p('lm', 'Lia Marr')];

  it('takes the subject of the saying-clause', () => {
    const text = 'The Foreign Office condemned the verdict, saying that Vestian authorities "keep jailing critics on invented charges."';
    const c = claimsOf(text, actors).find((x) => x.cue === 'condemned');
    expect(c).toMatchObject({ claimants: ['fo'], targets: ['ve'] });
  });

  it('does not take a name deeper in the saying-clause', () => {
    const text = 'The Foreign Office condemned the verdict, saying that the trial of Lia Marr was a farce.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'condemned');
    expect(c?.targets).toEqual([]);
  });
});

describe('bare nouns in a headline', () => {
  const actors = [org('ol', 'intl_org', 'Ocean League'), org('df', 'threat_group', 'Delta Front'), org('ac', 'company', 'Acme')];

  it('reads "; group denies" as the group named before in the headline', () => {
    const text = 'Ocean League accuses Delta Front of piracy; group denies\n\nThe league said the Delta Front seized three ships.';
    const d = claimsOf(text, actors).find((x) => x.type === 'denial');
    expect(d?.claimants).toEqual(['df']);
  });

  it('reads "firm rejects" after a comma as the company named before', () => {
    const text = 'Regulator accuses Acme of fraud, firm rejects claims\n\nThe regulator said Acme hid losses.';
    const d = claimsOf(text, actors).find((x) => x.type === 'denial');
    expect(d?.claimants).toEqual(['ac']);
  });

  it('leaves a modified noun alone ("rights group says")', () => {
    const text = 'Delta Front blamed for piracy, rights group says\n\nThe group said the Delta Front seized three ships.';
    const claims = claimsOf(text, actors);
    expect(claims[0]?.claimants ?? []).not.toContain('df');
  });
});

describe("a body's staff", () => {
  const actors = [org('ac', 'company', 'Acme Trading'), org('pv', 'company', 'Petrovia', 'PVX')];

  it("accuses the company for \"the company's traders used …\"", () => {
    const text = "Acme Trading was charged on Monday. According to the criminal information, the company's traders used code names for Petrovia (PVX) in emails.";
    const c = claimsOf(text, actors).find((x) => x.cue.startsWith('According'));
    expect(c?.targets).toEqual(['ac']);
  });

  it("does not accuse the company for \"the company's customers used …\" (victims or counterparties)", () => {
    const text = "Acme Trading was charged on Monday. According to the criminal information, the company's customers used code names for Petrovia (PVX) in emails.";
    const c = claimsOf(text, actors).find((x) => x.cue.startsWith('According'));
    expect(c?.targets ?? []).not.toContain('ac');
  });
});

describe('"According to the complaint" after a named filer', () => {
  const actors = [country('us', 'United States'), p('ov', 'Olek Varga', 'Varga'), org('doj', 'agency', 'Justice Department')];

  it('credits the body that filed the complaint', () => {
    const text = 'The United States today filed a civil forfeiture complaint against a yacht owned by Olek Varga. According to the complaint, Varga hid his ownership behind shell companies to evade sanctions.';
    const c = claimsOf(text, actors).find((x) => x.cue.startsWith('According'));
    expect(c).toMatchObject({ claimants: ['us'], targets: ['ov'] });
  });

  it('leaves an unnamed grand jury\'s indictment without claimants', () => {
    const text = 'A federal grand jury returned an indictment against Olek Varga, the Justice Department announced. According to the indictment, Varga hid his ownership behind shell companies to evade sanctions.';
    const c = claimsOf(text, actors).find((x) => x.cue.startsWith('According'));
    expect(c?.claimants).toEqual([]);
  });
});

describe('a quoted label with its doer after "by"', () => {
  const actors = [country('no', 'Norland'), p('ov', 'Olek Varga', 'Varga')];

  it('takes the agent after the closing quote', () => {
    const text = 'Varga called the confiscation of his plane "an act of theft" by Norland.';
    const c = claimsOf(text, actors).find((x) => x.type === 'accusation');
    expect(c).toMatchObject({ claimants: ['ov'], targets: ['no'] });
  });

  it('does not take a "by" inside ordinary words after the label', () => {
    const text = 'Varga called the confiscation of his plane "an act of theft" and said he would stand by his lawyers in Norland.';
    const c = claimsOf(text, actors).find((x) => x.type === 'accusation');
    expect(c?.targets ?? []).not.toContain('no');
  });
});

describe('an outlet relaying an accusation', () => {
  const actors = [country('no', 'Norland'), country('ve', 'Vestia'), org('lg', 'media', 'Ledger')];

  it('only reports "X accused Y of …, the Ledger reported"', () => {
    const text = 'Norland accused Vestia of arming the rebels, the Ledger reported.';
    const [c] = claimsOf(text, actors);
    expect(c).toMatchObject({ claimants: ['no'], targets: ['ve'], reported_by: ['lg'] });
  });

  it('claims what it alleges itself: "Vestia is arming the rebels, the Ledger reported"', () => {
    const text = 'Vestia is arming the rebels, the Ledger reported.';
    const [c] = claimsOf(text, actors);
    expect(c?.claimants).toEqual(['lg']);
  });
});

describe('possessors that speak, officials in a state, authors of falsehoods', () => {
  const actors = [country('no', 'Norland'), country('ve', 'Vestia')];

  it('resolves "Its foreign ministry" to the state named before and targets the author of the "smear campaign"', () => {
    const text = 'Vestia denied the allegations. Its foreign ministry called them a smear campaign by Norland.';
    const d = claimsOf(text, actors).find((x) => x.cue === 'smear');
    expect(d).toMatchObject({ type: 'denial', claimants: ['ve'], targets: ['no'] });
  });

  it('takes the author of "baseless lies spread by X"', () => {
    const text = 'Vestia called the report "baseless lies spread by Norland."';
    const d = claimsOf(text, actors).find((x) => x.type === 'denial');
    expect(d?.targets).toEqual(['no']);
  });

  it('takes no author from "baseless by any standard"', () => {
    const text = 'Vestia called the report from Norland baseless by any standard.';
    const d = claimsOf(text, actors).find((x) => x.type === 'denial');
    expect(d?.claimants).toEqual(['ve']);
  });

  it('reads "Officials in Norland" as the state, not "Protesters in Norland"', () => {
    expect(claimsOf('Officials in Norland accused Vestia of the attack.', actors)[0]?.claimants).toEqual(['no']);
    expect(claimsOf('Protesters in Norland accused Vestia of the attack.', actors)[0]?.claimants).toEqual([]);
  });

  it('leaves a possessive "its" before a plain noun unresolved', () => {
    const text = 'Vestia denied the allegations. Its neighbours accused Norland of the attack.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'accused');
    expect(c?.claimants).toEqual([]);
  });
});

describe('"Its president, X," speaks as X', () => {
  it('credits the person in apposition, not the possessor', () => {
    const text = 'Norland has repeatedly denied involvement. Its president, Lars Kovac, called the claims absurd.';
    const d = claimsOf(text, [country('no', 'Norland'), p('lk', 'Lars Kovac')]).find((x) => x.cue === 'absurd');
    expect(d?.claimants).toEqual(['lk']);
  });

  it('credits the possessor when no name follows', () => {
    const text = 'Norland has repeatedly denied involvement. Its president called the claims absurd.';
    const d = claimsOf(text, [country('no', 'Norland'), p('lk', 'Lars Kovac')]).find((x) => x.cue === 'absurd');
    expect(d?.claimants).toEqual(['no']);
  });
});

describe('"They" after states governed by a head noun, and "the North"', () => {
  const actors = [country('ca', 'Canada'), country('fr', 'France'), country('jp', 'Japan'), country('nk', 'North Korea', 'North Korean'), country('sk', 'South Korea')];

  it('reads a sentence-opening "They" as the states of "the ministers of A, B and C"', () => {
    const text = 'In a statement issued after talks in Oslo, the ministers of Canada, France and Japan said North Korean launches threaten peace. They also accused the North of evading sanctions.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'accused');
    expect(c).toMatchObject({ claimants: ['ca', 'fr', 'jp'], targets: ['nk'] });
  });

  it('does not read a later "them" as those states', () => {
    const text = 'In a statement issued after talks in Oslo, the ministers of Canada, France and Japan met. North Korea accused them of hostility.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'accused');
    expect(c?.claimants).toEqual(['nk']);
  });

  it('reads "the South" as South Korea, and leaves "the North Atlantic" alone', () => {
    const text = 'South Korea held drills on Monday. North Korea accused the South of preparing an invasion in the North Atlantic.';
    const c = claimsOf(text, actors).find((x) => x.cue === 'accused');
    expect(c).toMatchObject({ claimants: ['nk'], targets: ['sk'] });
  });
});

