import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/claims/index.ts';
import type { Doc } from '../../../src/types/index.ts';
import { country, p, claimsOf, makeActors, makeDoc, type ActorSpec } from './helpers.ts';

/** Slot rules added by error analysis: list subjects, rebutted accusers, helpers, announcers. */

describe('list subjects cut by ", and"', () => {
  it('keeps every item of a list with ages before the passive', () => {
    const text = 'Igor Grudijev, 31, Ronald Tsoi, 31, Evelin Tsoi, 20, and Mihhail Jevgenov, 33, each of Tallinn, have been indicted for access device fraud.';
    const [c] = claimsOf(text, [p('g', 'Igor Grudijev'), p('r', 'Ronald Tsoi'), p('e', 'Evelin Tsoi'), p('m', 'Mihhail Jevgenov')]);
    expect(c?.targets).toEqual(['g', 'r', 'e', 'm']);
  });

  it('works for an active subject list too', () => {
    const text = 'Canada, Japan, and Australia accused Russia of the attack.';
    const [c] = claimsOf(text, [country('ca', 'Canada'), country('jp', 'Japan'), country('au', 'Australia'), country('ru', 'Russia')]);
    expect(c?.claimants).toEqual(['ca', 'jp', 'au']);
    expect(c?.targets).toEqual(['ru']);
  });

  it('does not take the end of an earlier clause for a list', () => {
    const text = 'Britain accused Russia of hacking Ukraine, and China denied any role.';
    const claims = claimsOf(text, [country('uk', 'Britain'), country('ru', 'Russia'), country('ua', 'Ukraine'), country('cn', 'China')]);
    const denial = claims.find((c) => c.type === 'denial');
    expect(denial?.claimants).toEqual(['cn']);
  });
});

describe('denials that point back at an accusation of the same sentence', () => {
  it('targets the accuser of "a charge X rejected"', () => {
    const text = 'Pakistani officials blamed India, accusing it of supporting militants, a charge New Delhi quickly rejected.';
    const claims = claimsOf(text, [country('pk', 'Pakistani'), country('in', 'India', 'New Delhi')]);
    expect(claims.filter((c) => c.cue === 'charge')).toHaveLength(0);
    const denial = claims.find((c) => c.type === 'denial');
    expect(denial).toMatchObject({ claimants: ['in'], targets: ['pk'] });
  });

  it('targets the accuser when the denial says "rejected the claim"', () => {
    const text = 'Iran accused Israel of the bombing, but Israel rejected the claim.';
    const denial = claimsOf(text, [country('ir', 'Iran'), country('il', 'Israel')]).find((c) => c.type === 'denial');
    expect(denial).toMatchObject({ claimants: ['il'], targets: ['ir'] });
  });

  it('leaves a denial of another sentence\'s accusation without targets', () => {
    const text = 'Iran accused Israel of the bombing. Israel rejected the claim.';
    const denial = claimsOf(text, [country('ir', 'Iran'), country('il', 'Israel')]).find((c) => c.type === 'denial');
    expect(denial?.targets).toEqual([]);
  });
});

describe('claim nouns, helpers and announcers', () => {
  it('reads "reiterated the claim that …" as an accusation by the subject', () => {
    const text = 'Bugti and Chaudhry reiterated the claim that the attack was orchestrated by militants.';
    const [c] = claimsOf(text, [p('b', 'Bugti'), p('c', 'Chaudhry')]);
    expect(c).toMatchObject({ type: 'accusation', claimants: ['b', 'c'], cue: 'claim' });
  });

  it('does not read "claimed that" as the noun', () => {
    const text = 'Bugti claimed that the attack was orchestrated by India.';
    const claims = claimsOf(text, [p('b', 'Bugti'), country('in', 'India')]);
    expect(claims.every((c) => c.reason.startsWith('claim-verb'))).toBe(true);
  });

  it('makes every coordinated helped body a target', () => {
    const text = '"The defendants acted at the behest of the Iranian government and, specifically, the Revolutionary Guard," said Rosenstein.';
    const actors: ActorSpec[] = [p('ros', 'Rosenstein'), country('ir', 'Iranian'), { id: 'irgc', type: 'agency', forms: ['Revolutionary Guard'] }, p('x', 'Xu')];
    const text2 = `Xu was charged with hacking. ${text}`;
    const harm = claimsOf(text2, actors).find((c) => c.reason.startsWith('harm'));
    expect(harm?.targets).toEqual(expect.arrayContaining(['ir', 'irgc']));
  });

  it('credits every official of an "announced A and B" tail', () => {
    const text = 'Sergei Turikov has been extradited to face charges of hacking into a network, announced Assistant Attorney General Lanny Breuer of the Criminal Division and U.S. Attorney Sally Yates of the Northern District.';
    const [c] = claimsOf(text, [p('t', 'Sergei Turikov'), p('lb', 'Lanny Breuer'), p('sy', 'Sally Yates'), { id: 'cd', type: 'agency', forms: ['Criminal Division'] }]);
    expect(c).toMatchObject({ claimants: ['lb', 'sy'], targets: ['t'] });
  });

  it('takes no claim from the penalty that charges carry', () => {
    const text = 'The charges against Grudijev carry a maximum of 15 years in prison.';
    expect(claimsOf(text, [p('g', 'Grudijev')])).toHaveLength(0);
  });
});

describe('appositive designations and administrations', () => {
  it('reads "X (ACR), a designated terror group," as an accusation of X by nobody named', () => {
    const text = 'Militants from Baloch Liberation Army (BLA), a designated terror group, took over the train.';
    const [c] = claimsOf(text, [{ id: 'bla', type: 'threat_group', forms: ['Baloch Liberation Army', 'BLA'] }]);
    expect(c).toMatchObject({ type: 'accusation', claimants: [], targets: ['bla'], content: 'a designated terror group' });
  });

  it('takes "the Trump administration" for the country of its leader', () => {
    const text = 'Fu Cong blamed the Trump administration for disrupting the deal.';
    const doc = text;
    const actors = [
      { id: 'fu', name: 'Fu Cong', type: 'person' as const, affiliation: null, aliases: [], mentions: [{ start: 0, end: 7, text: 'Fu Cong' }], source: 't', reason: 't' },
      { id: 'usa', name: 'United States', type: 'country' as const, affiliation: null, aliases: [], mentions: [], source: 't', reason: 't' },
      { id: 'trump', name: 'Donald Trump', type: 'person' as const, affiliation: 'usa', aliases: ['Trump'], mentions: [{ start: 19, end: 24, text: 'Trump' }], source: 't', reason: 't' },
    ];
    const { claims } = extractClaims(makeDoc(doc), actors, []);
    expect(claims[0]).toMatchObject({ claimants: ['fu'], targets: ['usa'] });
  });
});

describe('clause boundaries and relative clauses', () => {
  it('keeps a semicolon list whose last item follows "; and"', () => {
    const text = 'Anna Berg, 30, of Oslo, Norway; Piet Smit, 41, of Riga, Latvia; and Mark Toll, 29, of Kyiv, Ukraine were charged with wire fraud.';
    const [c] = claimsOf(text, [p('a', 'Anna Berg'), p('s', 'Piet Smit'), p('t', 'Mark Toll'), country('no', 'Norway'), country('lv', 'Latvia'), country('ua', 'Ukraine')]);
    expect(c?.targets).toEqual(['a', 's', 't']);
  });

  it('does not take a subject from an earlier sentence kept inside the same quote', () => {
    const text = 'Lena Fox and Omar Haddad were indicted for fraud.\n\n"Last May, a Canadian bank was hacked in a brazen attack. Today, the leaders of this attack have been charged," said prosecutor Jan Wolf.';
    // ingest keeps a quotation of several sentences as one sentence
    const q = text.indexOf('"Last');
    const doc: Doc = { ...makeDoc(text), sentences: [{ start: 0, end: q - 2, paragraph: 0, kind: 'body' }, { start: q, end: text.length, paragraph: 1, kind: 'body' }] };
    const claims = extractClaims(doc, makeActors(text, [p('f', 'Lena Fox'), p('h', 'Omar Haddad'), p('w', 'Jan Wolf'), country('ca', 'Canadian')]), []).claims;
    const c = claims.find((x) => x.cue === 'charged');
    expect(c?.claimants).toEqual(['w']);
    expect(c?.targets).toEqual(['f', 'h']);
  });

  it('keeps abbreviations inside one clause ("Mrs. X was charged")', () => {
    const text = 'Mrs. Lena Fox was charged with fraud.';
    const [c] = claimsOf(text, [p('f', 'Lena Fox')]);
    expect(c?.targets).toEqual(['f']);
  });

  it('accuses the antecedent of "who ... allegedly", not the main subject', () => {
    const text = 'Ivan Petrov gave the card numbers to Oleg Sidorov, who, in turn, allegedly sold the stolen data. Petrov paid Ada Lin, who allegedly laundered the proceeds.';
    const claims = claimsOf(text, [p('i', 'Ivan Petrov', 'Petrov'), p('o', 'Oleg Sidorov'), p('a', 'Ada Lin')]);
    expect(claims.map((c) => c.targets)).toEqual([['o'], ['a']]);
  });
});

describe('claimants behind titles', () => {
  const specs = [country('us', 'US', 'U.S.'), p('mp', 'Mike Pompeo'), country('ir', 'Iran'), country('de', 'Germany'), p('rg', 'Richard Grenell'), country('ru', 'Russia'), country('au', 'Australia'), p('pw', 'Penny Wong'), country('cn', 'China')];
  it('gives the person, not the country of the title ("Secretary of State X posted ... blaming")', () => {
    const text = 'US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks.';
    expect(claimsOf(text, specs)[0]?.claimants).toEqual(['mp']);
  });
  it('reads through a country inside the title ("Ambassador to Germany X alleged")', () => {
    const text = 'US Ambassador to Germany Richard Grenell alleged that Iran had supplied the militias.';
    expect(claimsOf(text, specs)[0]?.claimants).toEqual(['rg']);
    const text2 = 'Australia\'s Minister for Foreign Affairs Penny Wong accused China of a cyber campaign.';
    expect(claimsOf(text2, specs)[0]?.claimants).toEqual(['pw']);
  });
  it('still drops a person inside a prepositional phrase ("protesters against Secretary of State X")', () => {
    const text = 'Protesters against Secretary of State Mike Pompeo blamed Russia for the hack.';
    expect(claimsOf(text, specs)[0]?.claimants).toEqual([]);
  });
});

describe('wrongs stated without a cue verb, by a named speaker', () => {
  const specs = [country('us', 'United States', 'Washington'), country('ir', 'Iran'), country('ru', 'Russia', 'Moscow'), p('gz', 'Albert Gonzalez', 'Gonzalez'), p('lb', 'Lanny Breuer'), p('ch', 'Dongfan Chung', 'Chung'), p('sh', 'Salvador Hernandez'), p('kb', 'Karim Baratov'), p('bs', 'Brian Stretch'), p('jm', 'Jane Moss')];
  it('reads defying / weaponize / suppress after an auxiliary, an adverb or "seeks to"', () => {
    const a = claimsOf('The United States said Iran is "flagrantly" defying the Security Council.', specs);
    expect(a.map((c) => [c.claimants, c.targets])).toEqual([[['us'], ['ir']]]);
    const b = claimsOf('"Washington openly seeks to weaponize the council," Iran said.', specs);
    expect(b.map((c) => [c.claimants, c.targets])).toEqual([[['ir'], ['us']]]);
    const c = claimsOf('Jane Moss said Moscow continues to suppress independent media.', specs);
    expect(c.map((x) => [x.claimants, x.targets])).toEqual([[['jm'], ['ru']]]);
  });
  it('reads a wrongdoer label on a named actor ("criminals like X", "X\'s traitorous actions")', () => {
    const a = claimsOf('"Criminals like Albert Gonzalez will be caught," said Lanny Breuer.', specs);
    expect(a.map((c) => [c.claimants, c.targets])).toEqual([[['lb'], ['gz']]]);
    const b = claimsOf('"Mr. Chung\'s traitorous actions cannot be quantified," said Salvador Hernandez.', specs);
    expect(b.map((c) => [c.claimants, c.targets])).toEqual([[['sh'], ['ch']]]);
    const c = claimsOf('Threats grow when hackers such as Karim Baratov work for spies, said Brian Stretch.', specs);
    expect(c.map((x) => [x.claimants, x.targets])).toEqual([[['bs'], ['kb']]]);
  });
  it('needs a speaker: narration and unlabelled mentions give no claim', () => {
    expect(claimsOf('Criminals like Albert Gonzalez often operate in the shadows.', specs)).toEqual([]);
    expect(claimsOf('"Hackers like to talk," said Lanny Breuer.', specs)).toEqual([]);
    expect(claimsOf('"Mr. Chung\'s actions were generous," said Salvador Hernandez.', specs)).toEqual([]);
  });
});

describe('denials without a denial verb', () => {
  const specs = [country('cn', 'China'), country('ru', 'Russia'), country('ir', 'Iran'), p('aq', 'Antoine Quirin'), p('hr', 'Hassan Rouhani'), p('mk', 'Mark Kline'), p('ip', 'Ivan Petrov')];
  it('reads "should not be made without evidence" as a denial, not a demand', () => {
    const [c] = claimsOf('China said the accusations should not be made without concrete evidence.', specs);
    expect([c?.type, c?.claimants]).toEqual(['denial', ['cn']]);
    const [d] = claimsOf('Russia said such claims must not be levelled without proof.', specs);
    expect([d?.type, d?.claimants]).toEqual(['denial', ['ru']]);
  });
  it('reads "was consensual" as a denial of assault, with the clause as content', () => {
    const [c] = claimsOf('Antoine Quirin claimed sex had been consensual.', specs);
    expect([c?.type, c?.claimants, c?.content]).toEqual(['denial', ['aq'], 'sex had been consensual']);
    const [d] = claimsOf('Mark Kline told the jury the encounter was entirely consensual.', specs);
    expect([d?.type, d?.claimants]).toEqual(['denial', ['mk']]);
  });
  it('reads "those who accuse ... are lying" as the speaker\'s denial', () => {
    const claims = claimsOf('"Those who want to link the incidents to Iran are lying," said Hassan Rouhani.', specs);
    expect(claims.map((c) => [c.type, c.claimants])).toEqual([['denial', ['hr']]]);
    // no accusation in the sentence: "lying" alone is no denial
    expect(claimsOf('Ivan Petrov said the children are lying on the floor.', specs)).toEqual([]);
    expect(claimsOf('Ivan Petrov said the wounded who were blamed were lying on the floor.', specs).filter((c) => c.type === 'denial')).toEqual([]);
  });
});

describe('spurious claims removed by error analysis', () => {
  it('gives no claim for "according to the plea agreement" (an admission)', () => {
    const text = 'According to information in the plea agreement, Omar Haddad leased servers used to steal card data.';
    expect(claimsOf(text, [p('oh', 'Omar Haddad')])).toEqual([]);
    // the indictment still frames a claim
    const text2 = 'According to the indictment, Omar Haddad leased servers used to steal card data.';
    expect(claimsOf(text2, [p('oh', 'Omar Haddad')]).map((c) => c.targets)).toEqual([['oh']]);
  });
  it('reads "denied all claims that X" as the noun, not an accusation by the denier', () => {
    const text = 'Egypt initially denied all claims that Omar Haddad was tortured.';
    const claims = claimsOf(text, [country('eg', 'Egypt'), p('oh', 'Omar Haddad')]);
    expect(claims.map((c) => c.type)).toEqual(['denial']);
  });
});

describe('a second statement after "and" with its own subject', () => {
  it('splits "X is held responsible ... and the US authorities believe that ..."', () => {
    const text = 'The group called Ember is held responsible for the attack and the French authorities strongly believe that the crime was ordered by foreign rulers.';
    const claims = claimsOf(text, [{ id: 'em', type: 'threat_group', forms: ['Ember'] }, country('fr', 'French')]);
    expect(claims.map((c) => [c.cue, c.claimants, c.targets])).toEqual([['is held responsible for', [], ['em']], ['believe', ['fr'], []]]);
  });
  it('keeps a subject list joined by "and" whole', () => {
    const [c] = claimsOf('Russia and China accused Japan of hacking.', [country('ru', 'Russia'), country('cn', 'China'), country('jp', 'Japan')]);
    expect(c?.claimants).toEqual(['ru', 'cn']);
  });
});

describe('speech and relative clauses in press releases', () => {
  it('accuses the antecedent of "the hackers who committed ..." in a quote', () => {
    const text = 'Ivan Petrov and Omar Haddad were charged with hacking. "Today we are publicly identifying the foreign hackers who committed these malicious cyber intrusions," said Director Chris Wray. Jane Roe, who stole the data, fled, said prosecutor Ann Lee.';
    const claims = claimsOf(text, [p('ip', 'Ivan Petrov'), p('oh', 'Omar Haddad'), p('cw', 'Chris Wray'), p('jr', 'Jane Roe'), p('al', 'Ann Lee')]);
    expect(claims.filter((c) => c.cue !== 'charged').map((c) => [c.cue, c.claimants, c.targets])).toEqual([
      ['committed', ['cw'], ['ip', 'oh']],
      ['stole', ['al'], ['jr']],
    ]);
  });
  it('lets an unquoted speaker go on past "As alleged, ..." in the same paragraph', () => {
    const text = 'Report\n\nIvan Petrov was charged with fraud.\n\nWe have exposed a brazen scheme, said U.S. Attorney Ann Lee. As alleged, the scheme was run on behalf of a foreign ministry. The defendant stole data from hospitals.';
    const claims = claimsOf(text, [p('ip', 'Ivan Petrov'), p('al', 'Ann Lee')]);
    expect(claims.find((c) => c.cue === 'stole')?.claimants).toEqual(['al']);
  });
});

describe('"the network" for a broadcaster', () => {
  const co = (id: string, ...forms: string[]): ActorSpec => ({ id, type: 'company', forms });
  it('resolves "accused the network of" to the broadcaster named before', () => {
    const text = 'Manila Broadcasting Corporation aired the debate. Later, President Rodrigo Duterte accused the network of "swindling".';
    const [c] = claimsOf(text, [co('mbc', 'Manila Broadcasting Corporation'), p('rd', 'Rodrigo Duterte')]);
    expect([c?.claimants, c?.targets]).toEqual([['rd'], ['mbc']]);
  });
  it('does not make a hacked computer network a target', () => {
    const text = 'Payline Systems processes card payments. Ivan Petrov was charged with hacking into the network of Payline Systems.';
    const [c] = claimsOf(text, [co('ps', 'Payline Systems'), p('ip', 'Ivan Petrov')]);
    expect(c?.targets).toEqual(['ip']);
  });
});

describe('testimony as attribution', () => {
  it('credits "she testified" for a harm told in the passive with its doers', () => {
    const text = 'Mara Holt spoke first. On the stand, she testified, she was beaten by Karl Ries and Tom Ebb in the cell.';
    const [c] = claimsOf(text, [p('mh', 'Mara Holt'), p('kr', 'Karl Ries'), p('te', 'Tom Ebb')]);
    expect([c?.claimants, c?.targets]).toEqual([['mh'], ['kr', 'te']]);
  });
});

describe('a subject before a long relative clause', () => {
  it('finds the denier of "X, who ... after being defeated ..., rejected the allegations"', () => {
    const text = 'Milo Varga, who resigned as party leader but stayed in parliament after being defeated in 2013, rejected the allegations on Thursday.';
    const [c] = claimsOf(text, [p('mv', 'Milo Varga')]);
    expect([c?.type, c?.claimants]).toEqual(['denial', ['mv']]);
  });
  it('does not take a place inside a prepositional phrase for the subject', () => {
    const text = 'Officials in Tirana, which hosted the talks, denied the report.';
    const [c] = claimsOf(text, [country('al', 'Tirana')]);
    expect(c?.claimants).toEqual([]);
  });
});

describe('a quote that opens after "X said Y"', () => {
  it('gives the quote to the subject of the verb, not to the name before the quote', () => {
    const text = 'Sanctions on Ilir Bako were announced. Foreign Minister Anna Kreis said Bako "was involved in corrupt acts" while in office.';
    const [c] = claimsOf(text, [p('ib', 'Ilir Bako', 'Bako'), p('ak', 'Anna Kreis')]);
    expect([c?.claimants, c?.targets]).toEqual([['ak'], ['ib']]);
  });
  it('keeps the inverted "said X:" speaker', () => {
    const text = 'The talks failed, said Anna Kreis: "Ilir Bako stole the funds."';
    const [c] = claimsOf(text, [p('ib', 'Ilir Bako'), p('ak', 'Anna Kreis')]);
    expect([c?.claimants, c?.targets]).toEqual([['ak'], ['ib']]);
  });
});

describe('nationality adjectives and titled descriptions', () => {
  const co = (id: string, ...forms: string[]): ActorSpec => ({ id, type: 'company', forms });
  it('reads "Iranian airline Mahan Air" as the company only', () => {
    const text = 'Germany banned Iranian airline Mahan Air from flying, citing security reasons.';
    const [c] = claimsOf(text, [country('de', 'Germany'), country('ir', 'Iranian'), co('ma', 'Mahan Air')]);
    expect(c?.targets).toEqual(['ma']);
  });
  it('keeps the state for "Chinese government" and "Russian hackers"', () => {
    const [c] = claimsOf('Britain accused the Chinese government and Huawei of spying.', [country('uk', 'Britain'), country('cn', 'Chinese'), co('hw', 'Huawei')]);
    expect(c?.targets).toEqual(['cn', 'hw']);
  });
  it('resolves "the crown prince" to the person named with that title, not the nearest person', () => {
    const text = 'Crown Prince Ali Karim met envoys. Reporter Lena Fox asked questions. The CIA believes the crown prince ordered the killing.';
    const [c] = claimsOf(text, [p('ak', 'Ali Karim'), p('lf', 'Lena Fox'), { id: 'cia', type: 'agency', forms: ['CIA'] }]);
    expect([c?.claimants, c?.targets]).toEqual([['cia'], ['ak']]);
  });
});

describe('a ruling stands for its judge', () => {
  it('targets the judge named before for "called the ruling arbitrary"', () => {
    const text = 'Judge Erik Vann ordered the publisher back to prison. Later, Tom Reyes called the ruling "arbitrary."';
    const [c] = claimsOf(text, [p('ev', 'Erik Vann'), p('tr', 'Tom Reyes')]);
    expect([c?.claimants, c?.targets]).toEqual([['tr'], ['ev']]);
  });
  it('takes a court when no judge is named', () => {
    const text = 'The Supreme Court of Ruritania upheld the ban. Anna Lind called the verdict "unjust".';
    const [c] = claimsOf(text, [{ id: 'sc', type: 'agency', forms: ['Supreme Court of Ruritania'] }, p('al', 'Anna Lind')]);
    expect(c?.targets).toEqual(['sc']);
  });
});

describe('lists and passives in press releases', () => {
  const specs = [p('ig', 'Igor Grudijev'), p('rt', 'Ronald Tsoi'), p('et', 'Evelin Tsoi'), p('mj', 'Mihhail Jevgenov', 'Jevgenov'), country('ir', 'Iranian'), country('us', 'U.S.')];
  it('keeps every item of "Grudijev, the Tsois and Jevgenov" and reads "X and Y were charged." as no speech', () => {
    const text = 'Igor Grudijev, Ronald Tsoi, Evelin Tsoi and Mihhail Jevgenov were charged. Grudijev, the Tsois and Jevgenov have been convicted of fraud.';
    const claims = claimsOf(text, specs);
    expect(claims.map((c) => [c.cue, c.claimants, c.targets])).toEqual([
      ['charged', [], ['ig', 'rt', 'et', 'mj']],
      ['convicted', [], ['ig', 'rt', 'et', 'mj']],
    ]);
  });
  it('still drops an aside that opens with a description ("X, an Iranian national and U.S. resident, was arrested")', () => {
    const text = 'Defendant Igor Grudijev, an Iranian national and legal U.S. resident, was arrested on charges of conspiring to export parts.';
    const [c] = claimsOf(text, specs);
    expect(c?.targets).toEqual(['ig']);
  });
});

describe('longer descriptions of the accused group', () => {
  const specs = [p('ak', 'Anna Kral'), p('bm', 'Boris Merz'), p('jw', 'Jan Wolf')];
  it('resolves "this highly organised international hacking ring" and "the leaders of a ... scheme"', () => {
    const text = 'Anna Kral and Boris Merz were charged with fraud. "The charges brought against this highly organised international hacking ring show our resolve," said Jan Wolf. "The leaders of a sophisticated laundering scheme were identified and indicted," Wolf added.';
    const claims = claimsOf(text, [specs[0]!, specs[1]!, p('jw', 'Jan Wolf', 'Wolf')]);
    expect(claims.slice(1).map((c) => [c.claimants, c.targets])).toEqual([[['jw'], ['ak', 'bm']], [['jw'], ['ak', 'bm']]]);
  });
});

describe('more denials without a denial verb', () => {
  it('reads "found no trace/evidence of ... despite X claiming" as a denial rebutting X', () => {
    const text = 'The fire service says it has found no trace of arson despite Daily Post claiming an insider saw the blaze set.';
    const [c] = claimsOf(text, [{ id: 'fs', type: 'agency', forms: ['fire service'] }, { id: 'dp', type: 'media', forms: ['Daily Post'] }]);
    expect([c?.type, c?.targets]).toEqual(['denial', ['dp']]);
    // no accusation in the sentence: a plain finding
    expect(claimsOf('Inspectors found no trace of damage after the storm.', [])).toEqual([]);
  });
  it('reads "no one can say that I am implicated" as the speaker\'s denial', () => {
    const text = '"Nobody in this country can say that I was involved in any bribery," Milo Varga said.';
    const [c] = claimsOf(text, [p('mv', 'Milo Varga')]);
    expect([c?.type, c?.claimants]).toEqual(['denial', ['mv']]);
  });
});

describe('"claiming" and countries used as modifiers', () => {
  const specs = [country('us', 'U.S.'), country('ru', 'Russia'), country('cn', 'Chinese'), p('jd', 'Jane Doe')];
  it('reads "claiming X was stolen" as an accusation, with no target for "U.S. elections"', () => {
    const [c] = claimsOf('Protest groups rallied on Saturday claiming U.S. elections were stolen from the incumbent.', specs);
    expect([c?.cue, c?.claimants, c?.targets]).toEqual(['claiming', [], []]);
  });
  it('keeps a country that is the subject of the complement', () => {
    const [c] = claimsOf('Jane Doe claimed Russia has interfered in the vote.', specs);
    expect(c?.targets).toEqual(['ru']);
    const [d] = claimsOf('Jane Doe claimed Chinese hackers were behind the breach.', specs);
    expect(d?.targets).toEqual(['cn']);
  });
});

describe('cue words that are not cues here', () => {
  it('ignores "Agent-in-Charge" and "a suspected gas leak"', () => {
    expect(claimsOf('The leaders were identified, said Special Agent-in-Charge Greg Jones.', [p('gj', 'Greg Jones')])).toEqual([]);
    expect(claimsOf('A suspected gas leak led to an explosion that destroyed the building.', [])).toEqual([]);
  });
  it('still reads the verb "suspected" and charges', () => {
    const [c] = claimsOf('Police suspected Omar Haddad of the bombing.', [p('oh', 'Omar Haddad')]);
    expect(c?.targets).toEqual(['oh']);
  });
});

describe('a surname two persons share, repeated in a list', () => {
  it('stands for each bearer in turn ("Karim, Rahimi, Rahimi and Lotfi")', () => {
    const text = 'Reza Rahimi, Omid Rahimi, Ali Karim and Sara Lotfi were named. Karim, Rahimi, Rahimi and Lotfi were each charged with fraud.';
    const claims = claimsOf(text, [p('rr', 'Reza Rahimi'), p('or', 'Omid Rahimi'), p('ak', 'Ali Karim'), p('sl', 'Sara Lotfi')]);
    expect(claims.find((c) => c.cue === 'charged')?.targets).toEqual(['ak', 'rr', 'or', 'sl']);
  });
  it('leaves a lone shared surname unresolved', () => {
    const text = 'Reza Rahimi and Omid Rahimi were named. Rahimi was charged with fraud.';
    const claims = claimsOf(text, [p('rr', 'Reza Rahimi'), p('or', 'Omid Rahimi')]);
    expect(claims.find((c) => c.cue === 'charged')?.targets).toEqual([]);
  });
});

describe('suggestions of a wrong', () => {
  it('reads "reports suggest a deliberate criminal act" as a hedged accusation with no parties', () => {
    const [c] = claimsOf('Some reports suggest a deliberate criminal act.', []);
    expect([c?.type, c?.certainty, c?.claimants, c?.targets]).toEqual(['accusation', 'hedged', [], []]);
    const [d] = claimsOf('Investigators suggested that sabotage caused the blackout.', []);
    expect(d?.type).toBe('accusation');
  });
  it('gives nothing for a suggestion with no wrong in it', () => {
    expect(claimsOf('Analysts suggest the economy will grow next year.', [])).toEqual([]);
  });
});

describe('wrongful conditions placed in a state, and speakers with an aside', () => {
  const specs = [country('gt', 'Guatemala'), country('ir', 'Iran'), country('es', 'Spain'), p('ar', 'Ana Ruiz'), p('jd', 'Jane Doe')];
  it('reads "a total breakdown of rule of law in X" and "human rights abuses in X" from a named speaker', () => {
    const a = claimsOf('"What we see is a total breakdown of rule of law in Guatemala," Ana Ruiz, who leads the legal team, told reporters.', specs);
    expect(a.map((c) => [c.claimants, c.targets])).toEqual([[['ar'], ['gt']]]);
    const b = claimsOf('Human rights abuses in Iran continue, said Jane Doe.', specs);
    expect(b.map((c) => [c.claimants, c.targets])).toEqual([[['jd'], ['ir']]]);
  });
  it('gives nothing for a neutral condition or without a speaker', () => {
    expect(claimsOf('Tourism in Spain grew, said Jane Doe.', specs)).toEqual([]);
    expect(claimsOf('Repression in Iran was the topic of the film.', specs)).toEqual([]);
  });
});

describe('an announcer at the end of the sentence', () => {
  it('credits "…, the Justice Ministry announced today." for the charge', () => {
    const text = 'Lena Fox has been arrested and charged with exporting rifles, the Justice Ministry announced today.';
    const [c] = claimsOf(text, [p('lf', 'Lena Fox'), { id: 'jm', type: 'agency', forms: ['Justice Ministry'] }]);
    expect([c?.claimants, c?.targets]).toEqual([['jm'], ['lf']]);
  });
});

describe('a named subject joined by ", and" to an unnamed one', () => {
  const org = (id: string, ...forms: string[]): ActorSpec => ({ id, type: 'company', forms });

  it('keeps the named person of an apposition before ", and his relatives"', () => {
    const text = 'The trader, Ilse Marden, and several of her relatives were convicted of smuggling gold to Ruritania.';
    const [c] = claimsOf(text, [p('im', 'Ilse Marden'), country('ru', 'Ruritania')]);
    expect(c?.targets).toEqual(['im']);
  });

  it('keeps a named company before ", and two of its managers"', () => {
    const text = 'Halvard Shipping, and two of its managers were charged with sanctions evasion.';
    const [c] = claimsOf(text, [org('hs', 'Halvard Shipping')]);
    expect(c?.targets).toEqual(['hs']);
  });

  it('does not reach back across a clause with its own verb', () => {
    const text = 'Osric Vale accused Halvard Shipping of fraud, and several of its managers were charged with bribery.';
    const claims = claimsOf(text, [p('ov', 'Osric Vale'), org('hs', 'Halvard Shipping')]);
    expect(claims.find((c) => c.cue === 'charged')?.targets).toEqual([]);
  });
});

describe('helped actors of a document-framed sentence', () => {
  it('adds the state the subject acted on behalf of', () => {
    const text = 'According to the indictment, Dravo Logistics shipped drone engines on behalf of the Ruritanian government.';
    const [c] = claimsOf(text, [{ id: 'dl', type: 'company', forms: ['Dravo Logistics'] }, country('ru', 'Ruritanian')]);
    expect(c?.targets).toEqual(['dl', 'ru']);
  });

  it('does not add a nationality on the people or firms helped', () => {
    const text = 'According to the indictment, Pim Oster set up a front company to assist Ruritanian universities in stealing research.';
    const [c] = claimsOf(text, [p('po', 'Pim Oster'), country('ru', 'Ruritanian')]);
    expect(c?.targets).toEqual(['po']);
  });

  it('still adds the state behind "helping Ruritanian intelligence officers"', () => {
    const text = 'Osric Vale accused Pim Oster of helping Ruritanian intelligence officers.';
    const [c] = claimsOf(text, [p('ov', 'Osric Vale'), p('po', 'Pim Oster'), country('ru', 'Ruritanian')]);
    expect(c?.targets).toEqual(['po', 'ru']);
  });
});

describe('relative clauses whose antecedent is the accused', () => {
  const org = (id: string, ...forms: string[]): ActorSpec => ({ id, type: 'company', forms });
  const specs = [country('ru', 'Ruritania'), country('fr', 'Fredonia'), org('hs', 'Halvard Shipping'), p('po', 'Pim Oster'), p('ov', 'Osric Vale')];

  it('reads "X, which Y accuses of …": Y accuses X', () => {
    const text = 'Halvard Shipping, which Ruritania accuses of carrying weapons, denied the charges.';
    const c = claimsOf(text, specs).find((x) => x.type === 'accusation');
    expect(c).toMatchObject({ claimants: ['ru'], targets: ['hs'] });
  });

  it('reads "X, whom it accused of …" after a main clause', () => {
    const text = 'Fredonia expelled Pim Oster, whom it had accused of spying for Ruritania.';
    const c = claimsOf(text, specs).find((x) => x.cue === 'accused');
    expect(c?.claimants).toEqual(['fr']);
    expect(c?.targets).toContain('po');
  });

  it('leaves the subject relative alone ("X, who accused Y of …")', () => {
    const text = 'Osric Vale, who accused Pim Oster of fraud, resigned.';
    const c = claimsOf(text, specs).find((x) => x.cue === 'accused');
    expect(c).toMatchObject({ claimants: ['ov'], targets: ['po'] });
  });

  it('reads "X, who Y says stole …": Y accuses X', () => {
    const text = 'Pim Oster, who Osric Vale says stole the ledgers, left for Fredonia.';
    const c = claimsOf(text, specs).find((x) => x.type === 'accusation');
    expect(c).toMatchObject({ claimants: ['ov'], targets: ['po'] });
  });

  it('gives "X, who prosecutors say …" no claimant (unnamed speakers)', () => {
    const text = 'Police detained Pim Oster, who prosecutors say smuggled gold for Halvard Shipping.';
    const c = claimsOf(text, specs).find((x) => x.type === 'accusation');
    expect(c).toMatchObject({ claimants: [], targets: ['po'] });
  });
});

describe('agents a document-framed subject acted through', () => {
  const org = (id: string, ...forms: string[]): ActorSpec => ({ id, type: 'company', forms });

  it('adds the persons of ", through the activities of A and B,"', () => {
    const text = 'According to the complaint, Dravo Logistics, through the activities of Pim Oster and Osric Vale, shipped drone engines to Ruritania.';
    const [c] = claimsOf(text, [org('dl', 'Dravo Logistics'), p('po', 'Pim Oster'), p('ov', 'Osric Vale'), country('ru', 'Ruritania')]);
    expect(c?.targets).toEqual(['dl', 'po', 'ov']);
  });

  it('does not add the persons of another aside', () => {
    const text = 'According to the complaint, Dravo Logistics, whose owner met Pim Oster in 2019, shipped drone engines to Ruritania.';
    const [c] = claimsOf(text, [org('dl', 'Dravo Logistics'), p('po', 'Pim Oster'), country('ru', 'Ruritania')]);
    expect(c?.targets).toEqual(['dl']);
  });
});

describe('the helped named after the clause or with a title', () => {
  const org = (id: string, ...forms: string[]): ActorSpec => ({ id, type: 'company', forms });
  const specs = [p('ov', 'Osric Vale'), org('ha', 'Halvard Air'), country('ru', 'Ruritanian', 'Ruritania'), p('mk', 'Mila Korr')];

  it('reads a closing "by supporting X" after a quoted allegation', () => {
    const text = 'Senator Osric Vale alleged Halvard Air had "fuelled bloodshed, chaos, and ruin across the region," by supporting Ruritanian General Mila Korr.';
    const c = claimsOf(text, specs).find((x) => x.cue === 'alleged');
    expect(c?.targets).toEqual(['ha', 'mk']);
  });

  it('does not take a closing "by" phrase that is no help', () => {
    const text = 'Senator Osric Vale alleged Halvard Air had "fuelled bloodshed, chaos, and ruin across the region," by ignoring warnings from Mila Korr.';
    const c = claimsOf(text, specs).find((x) => x.cue === 'alleged');
    expect(c?.targets).toEqual(['ha']);
  });

  it('drops the country adjective of a titled person helped', () => {
    const text = 'Osric Vale accused Halvard Air of helping Ruritanian General Mila Korr move weapons.';
    const c = claimsOf(text, specs).find((x) => x.cue === 'accused');
    expect(c?.targets).toEqual(['ha', 'mk']);
  });
});

describe('"the pair", "the two men" after two persons named together', () => {
  const specs = [p('gh', 'Greta Holm'), p('ov', 'Osric Vale'), p('pm', 'Pim Moss'), country('fr', 'Fredonia')];

  it('stands for both persons', () => {
    const claims = claimsOf('Greta Holm and Osric Vale were detained in Fredonia on Sunday. The pair are accused of smuggling antiquities.', specs);
    expect(claims.find((c) => c.cue === 'accused')?.targets).toEqual(['gh', 'ov']);
  });

  it('reads "the two men" too', () => {
    const claims = claimsOf('Osric Vale and Pim Moss left the firm in 2019. Fredonia later accused the two men of fraud.', specs);
    expect(claims.find((c) => c.cue === 'accused')).toMatchObject({ claimants: ['fr'], targets: ['ov', 'pm'] });
  });

  it('does not take two of a list of three', () => {
    const claims = claimsOf('Greta Holm, Osric Vale and Pim Moss were detained on Sunday. The pair are accused of smuggling antiquities.', specs);
    expect(claims.find((c) => c.cue === 'accused')?.targets).toEqual([]);
  });
});

describe('the owner of a list or resolution a party is listed in', () => {
  const org = (id: string, type: 'intl_org' | 'agency' | 'company', ...forms: string[]): ActorSpec => ({ id, type, forms });
  const specs = [org('hs', 'company', 'Halvard Shipping'), org('au', 'intl_org', 'African Union'), org('td', 'agency', 'Treasury Department')];

  it('reads "listed in annex II of X Resolution 12"', () => {
    const [c] = claimsOf('Halvard Shipping is listed in annex II of African Union Resolution 12 for links to arms trafficking.', specs);
    expect(c).toMatchObject({ claimants: ['au'], targets: ['hs'] });
  });

  it('reads "listed on the X sanctions list"', () => {
    const [c] = claimsOf('Halvard Shipping is listed on the Treasury Department sanctions list.', specs);
    expect(c).toMatchObject({ claimants: ['td'], targets: ['hs'] });
  });

  it('names nobody for "listed as a terrorist group"', () => {
    const [c] = claimsOf('Halvard Shipping is listed as a terrorist group.', specs);
    expect(c).toMatchObject({ claimants: [], targets: ['hs'] });
  });
});

describe('the doer of an act named in an allegation clause', () => {
  const specs = [p('gh', 'Greta Holm'), p('ov', 'Osric Vale'), country('fr', 'Fredonian', 'Fredonia'), { id: 'hs', type: 'company' as const, forms: ['Halvard Shipping'] }];

  it('takes the "by" agent of a harmful act when the clause names no subject actor', () => {
    const [c] = claimsOf('An inquiry by Greta Holm concluded that evidence supported the murder of Osric Vale by Fredonian agents.', specs);
    expect(c?.targets).toEqual(['fr']);
  });

  it('does not take the agent of a participle ("servers run by X")', () => {
    const [c] = claimsOf('Greta Holm concluded that evidence supported the theft of data from servers operated by Halvard Shipping.', specs);
    expect(c?.targets ?? []).toEqual([]);
  });
});

describe('subjects of an allegation clause with commas', () => {
  const org = (id: string, ...forms: string[]): ActorSpec => ({ id, type: 'company', forms });
  const specs = [p('gh', 'Greta Holm'), p('ov', 'Osric Vale'), p('pm', 'Pim Moss'), org('hs', 'Halvard Shipping'), country('fr', 'Fredonia')];

  it('reads past a leading time phrase ("alleged that, in 2019, X had …")', () => {
    const [c] = claimsOf('Greta Holm alleged that, in 2019, Halvard Shipping had bribed port officials.', specs);
    expect(c).toMatchObject({ claimants: ['gh'], targets: ['hs'] });
  });

  it('keeps every item of a comma list ("that A, B and C conspired")', () => {
    const [c] = claimsOf('The complaint alleges that Greta Holm, Osric Vale and Pim Moss conspired to ship drones to Fredonia.', specs);
    expect(c?.targets).toEqual(['gh', 'ov', 'pm']);
  });

  it('takes the person named after a possessed role, not the possessor', () => {
    const [c] = claimsOf("The lawsuit alleges that Halvard Shipping's chief executive, Osric Vale, defrauded investors.", specs);
    expect(c?.targets).toEqual(['ov']);
  });

  it('keeps an aside out of the subject', () => {
    const [c] = claimsOf('Greta Holm alleged that Osric Vale, a former adviser to Pim Moss, had taken bribes.', specs);
    expect(c?.targets).toEqual(['ov']);
  });
});

describe('objects and subjects with a relation in apposition', () => {
  const org = (id: string, ...forms: string[]): ActorSpec => ({ id, type: 'company', forms });
  const specs = [p('gh', 'Greta Holm'), p('ov', 'Osric Vale'), p('tv', 'Tam Vale'), org('hs', 'Halvard Shipping')];

  it('accuses the person named after "X\'s owner,", not X', () => {
    const [c] = claimsOf("Greta Holm accused Halvard Shipping's owner, Osric Vale, of fraud.", specs);
    expect(c?.targets).toEqual(['ov']);
  });

  it('keeps both in "X and its owner, Y,"', () => {
    const [c] = claimsOf('Greta Holm accused Halvard Shipping and its owner, Osric Vale, of fraud.', specs);
    expect(c?.targets).toEqual(['hs', 'ov']);
  });

  it('keeps both doers of "X and his son, Y, stole …"', () => {
    const claims = claimsOf('Greta Holm said Osric Vale and his son, Tam Vale, stole the ledgers.', specs);
    expect(claims.find((c) => c.type === 'accusation')?.targets).toEqual(['ov', 'tv']);
  });
});

describe('an inverted passive listing the accused after the copula', () => {
  const specs = [p('gh', 'Greta Holm'), p('ov', 'Osric Vale'), p('pm', 'Pim Moss'), { id: 'td', type: 'agency' as const, forms: ['Treasury Department'] }, country('fr', 'Fredonia')];

  it('reads "Charged in the indictment are A, B and C"', () => {
    const [c] = claimsOf('Charged in the indictment are Greta Holm, Osric Vale and Pim Moss.', specs);
    expect(c?.targets).toEqual(['gh', 'ov', 'pm']);
  });

  it('reads "Also indicted by X were A and B, both of Fredonia" with X as claimant', () => {
    const [c] = claimsOf('Also indicted by the Treasury Department were Greta Holm and Osric Vale, both of Fredonia.', specs);
    expect(c).toMatchObject({ claimants: ['td'], targets: ['gh', 'ov'] });
  });

  it('leaves a participle that does not open the sentence alone', () => {
    const [c] = claimsOf('The men charged in the case are Greta Holm and Osric Vale.', specs);
    expect(c?.reason ?? '').not.toContain('inverted-passive');
  });
});

describe('"they"/"them" after a sentence whose subject lists persons', () => {
  const specs = [p('gh', 'Greta Holm'), p('ov', 'Osric Vale'), country('fr', 'Fredonia')];

  it('stands for all of them as the subject of a passive', () => {
    const claims = claimsOf('Greta Holm and Osric Vale were detained in Fredonia on Monday. They are accused of smuggling antiquities.', specs);
    expect(claims.find((c) => c.cue === 'accused')?.targets).toEqual(['gh', 'ov']);
  });

  it('stands for all of them as an object', () => {
    const claims = claimsOf('Greta Holm and Osric Vale were detained on Monday. Prosecutors accused them of smuggling antiquities.', specs);
    expect(claims.find((c) => c.cue === 'accused')?.targets).toEqual(['gh', 'ov']);
  });

  it('does not apply when the persons are the object of the sentence before', () => {
    const claims = claimsOf('Fredonia detained Greta Holm and Osric Vale. They accused Fredonia of torture.', specs);
    expect(claims.find((c) => c.cue === 'accused')?.claimants).not.toEqual(['gh', 'ov']);
  });
});

describe('an apposition after an accused object', () => {
  const specs = [p('ov', 'Osric Vale'), p('gh', 'Greta Holm'), p('pm', 'Pim Moss'), country('fr', 'Fredonian', 'Fredonia'), { id: 'hs', type: 'company' as const, forms: ['Halvard Shipping'] }];

  it('does not accuse the nationality in "X, a Fredonian firm,"', () => {
    const [c] = claimsOf('Greta Holm accused Halvard Shipping, a Fredonian firm, of smuggling arms.', specs);
    expect(c?.targets).toEqual(['hs']);
  });

  it('does not accuse the person an apposition names ("X, an adviser to Y,")', () => {
    const [c] = claimsOf('Prosecutors charged Osric Vale, an adviser to Pim Moss, with fraud.', specs);
    expect(c?.targets).toEqual(['ov']);
  });

  it('keeps every item of an object list with ages', () => {
    const [c] = claimsOf('Prosecutors charged Osric Vale, 45, Greta Holm, 39, and Pim Moss with fraud.', specs);
    expect(c?.targets).toEqual(['ov', 'gh', 'pm']);
  });
});

describe('the doer of an act done to someone', () => {
  const specs = [p('gh', 'Greta Holm'), p('ov', 'Osric Vale'), country('fr', 'Fredonian', 'Fredonia')];

  it('accuses the "by" agent of "condemned the arrest of X by Y", not X', () => {
    const [c] = claimsOf('Greta Holm condemned the arrest of Osric Vale by Fredonia.', specs);
    expect(c).toMatchObject({ claimants: ['gh'], targets: ['fr'] });
  });

  it('accuses the possessor of "condemned Y\'s arrest of X"', () => {
    const [c] = claimsOf("Greta Holm condemned Fredonia's arrest of Osric Vale.", specs);
    expect(c).toMatchObject({ claimants: ['gh'], targets: ['fr'] });
  });

  it('still accuses nobody for "condemned X\'s arrest"', () => {
    const [c] = claimsOf("Greta Holm condemned Osric Vale's arrest.", specs);
    expect(c?.targets ?? []).toEqual([]);
  });

  it('reads the "by" agent of an act called illegal', () => {
    const claims = claimsOf('Greta Holm said the detention of Osric Vale by Fredonian police was illegal.', specs);
    expect(claims.find((c) => c.type === 'accusation')?.targets).toEqual(['fr']);
  });
});

describe('attributed to unnamed doers working for a state', () => {
  const specs = [country('fr', 'Fredonia'), country('ru', 'Ruritanian', 'Ruritania')];

  it('accuses the state they work for', () => {
    const [c] = claimsOf('Fredonia attributed the intrusion to hackers working for the Ruritanian government.', specs);
    expect(c).toMatchObject({ claimants: ['fr'], targets: ['ru'] });
  });

  it('gives no claim for a cause that is no doer', () => {
    const claims = claimsOf('Fredonia attributed the delay to bad weather in Ruritania.', specs);
    expect(claims).toEqual([]);
  });
});

describe('a companion of the accused object', () => {
  const specs = [country('fr', 'Fredonia'), country('ru', 'Ruritania'), country('sy', 'Sylvania')];

  it('accuses B in "accused A, along with B, of …"', () => {
    const [c] = claimsOf('Fredonia accused Ruritania, along with Sylvania, of sabotage.', specs);
    expect(c).toMatchObject({ claimants: ['fr'], targets: ['ru', 'sy'] });
  });

  it('does not take a "with" that states the charge', () => {
    const [c] = claimsOf('Fredonia charged Ruritania with sabotage together with the theft of data.', specs);
    expect(c?.targets).toEqual(['ru']);
  });
});

describe('"her" as an object', () => {
  const specs = [p('gh', 'Greta Holm'), p('ov', 'Osric Vale'), country('fr', 'Fredonia')];

  it('stands for the woman named before ("accused her of …")', () => {
    const claims = claimsOf('Greta Holm was detained on Monday. Fredonia accused her of spying.', specs);
    expect(claims.find((c) => c.cue === 'accused')).toMatchObject({ claimants: ['fr'], targets: ['gh'] });
  });

  it('skips a man the text marks as such', () => {
    const claims = claimsOf('Greta Holm met Mr. Osric Vale in May. He accused her of lying.', specs);
    expect(claims.find((c) => c.cue === 'accused')).toMatchObject({ claimants: ['ov'], targets: ['gh'] });
  });

  it('leaves a possessive "her" alone ("charged her brother")', () => {
    const claims = claimsOf('Greta Holm was detained on Monday. Fredonia charged her brother with spying.', specs);
    expect(claims.find((c) => c.cue === 'charged')?.targets).toEqual([]);
  });
});

describe('a state\'s authorities named by their place', () => {
  it('reads "accused the authorities in <capital> of" and "the government of <country>" as the state', () => {
    const VESTIA = country('ve', 'Vestia', 'Vestograd');
    const ODE = p('ode', 'Karl Ode', 'Ode');
    expect(claimsOf('Ode accused the authorities in Vestograd of jailing his aides.', [ODE, VESTIA])[0]?.targets).toEqual(['ve']);
    expect(claimsOf('Ode accused the military government of Vestia of torture.', [ODE, VESTIA])[0]?.targets).toEqual(['ve']);
  });

  it('does not take a place after another kind of object for the accused', () => {
    const VESTIA = country('ve', 'Vestia', 'Vestograd');
    const ODE = p('ode', 'Karl Ode', 'Ode');
    expect(claimsOf('Ode accused the bank in Vestograd of fraud.', [ODE, VESTIA])[0]?.targets).toEqual([]);
  });
});
