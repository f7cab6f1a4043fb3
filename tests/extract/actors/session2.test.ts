import { describe, expect, it } from 'vitest';
import { actors, find, names, forms } from './helpers.ts';

// Sentences written for these tests (not from the corpus): each rule with cases where it
// must fire and cases where it must not.


describe('persons: names with two particles', () => {
  it('keeps "de la", "von der", "van der" inside one name', () => {
    const out = actors('"The claims are false," Lucia Marquez de la Vega, a spokeswoman for the firm, told reporters. Ursula von der Brandt said nothing.');
    expect(find(out, 'Lucia Marquez de la Vega')?.type).toBe('person');
    expect(names(out)).not.toContain('Vega');
    expect(find(out, 'Ursula von der Brandt')?.type).toBe('person');
  });
  it('does not join two names around a lone lowercase word', () => {
    const out = actors('Lucia Marquez met Pedro Alvarez on Monday.');
    expect(names(out)).not.toContain('Lucia Marquez met Pedro Alvarez');
  });
});

describe('bodies: a plural possessive inside a name', () => {
  it('keeps "People\'s" and "Workers\'" inside a party or front', () => {
    const out = actors("The Oromo People's Democratic Front (OPDF) rejected the vote. The Socialist Workers' Party called a strike.");
    expect(find(out, "Oromo People's Democratic Front")?.type).toBe('other_org');
    expect(find(out, "Oromo People's Democratic Front")?.aliases).toContain('OPDF');
    expect(find(out, "Socialist Workers' Party")?.type).toBe('other_org');
    expect(names(out)).not.toContain('Democratic Front');
  });
  it('does not glue an ordinary possessive into a name', () => {
    const out = actors("The Governor's Office said the Mayor's plan was late.");
    expect(names(out)).not.toContain("Governor's Office said the Mayor's");
  });
});

describe('bodies: a country and one body word', () => {
  it('names the body after a country name or adjective', () => {
    const out = actors('The Nepal Army said two soldiers died. The Peruvian Embassy in Lima issued a statement. A former member of the U.S. Cabinet was charged.');
    expect(find(out, 'Nepal Army')?.type).toBe('agency');
    expect(find(out, 'Nepal Army')?.affiliation).toBe(find(out, 'Nepal')?.id);
    expect(find(out, 'Peruvian Embassy')?.type).toBe('agency');
    expect(find(out, 'U.S. Cabinet')?.type).toBe('agency');
  });
  it('types a university named by a country adjective as an organisation, not the state', () => {
    const out = actors('Professor Lena Hart of Canadian University said the data were wrong.');
    expect(find(out, 'Canadian University')?.type).toBe('other_org');
    expect(names(out)).not.toContain('Canada');
  });
  it('does not make a body of a possessive or of a lone word', () => {
    const out = actors("Nepal's Army was deployed. The Army said nothing.");
    expect(names(out)).not.toContain("Nepal's Army");
    expect(names(out)).not.toContain('Army');
  });
});

describe('bodies: "Royal" and "Force" names', () => {
  it('finds air forces and royal forces with their country', () => {
    const out = actors('The Royal Jordanian Air Force struck targets, and the Bangladesh Air Force sent planes.');
    expect(find(out, 'Royal Jordanian Air Force')?.type).toBe('agency');
    expect(find(out, 'Bangladesh Air Force')?.type).toBe('agency');
  });
  it('does not take a lone "Force" for a body', () => {
    expect(names(actors('Force was used against the crowd.'))).toEqual([]);
  });
});

describe('bodies: a city opening a name', () => {
  it('keeps the city inside the name and does not list the state', () => {
    const out = actors('The Oslo Committee on Press Freedom and the Kabul Bank declined to comment.');
    expect(names(out)).toContain('Kabul Bank');
    expect(forms(out)).not.toContain('Oslo');
    expect(names(out)).not.toContain('Afghanistan');
  });
  it('keeps the metonym where no body word follows', () => {
    expect(names(actors('Oslo said the talks would resume.'))).toContain('Norway');
  });
});

describe('bodies: a capitalised body word in a role apposition is no description', () => {
  it('a "former State Department official" is a person', () => {
    const out = actors('Marcus Feld, a former senior State Department official, said the move was illegal.');
    expect(find(out, 'Marcus Feld')?.type).toBe('person');
  });
  it('a lowercase head still describes the body', () => {
    const out = actors('Drenova Holdings, a Cyprus-registered company, denied wrongdoing. Veltra Praxis, a shipping company, said nothing.');
    expect(find(out, 'Veltra Praxis')?.type).toBe('company');
  });
});

describe('outlets: a lone body word is no outlet', () => {
  it('"the Institute published" names nobody', () => {
    const out = actors('The Institute published a report on Monday.');
    expect(names(out)).toEqual([]);
  });
  it('an unknown name before "reported" is still an outlet', () => {
    expect(find(actors('Zerkalo Nedeli reported that the talks failed.'), 'Zerkalo Nedeli')?.type).toBe('media');
  });
});

describe('US states as parties', () => {
  it('finds "the State of X" and "the Commonwealth of X" as agencies, aliased by the state name', () => {
    const out = actors('The deal settles claims by the State of Oregon and the Commonwealth of Kentucky. The firm also paid the state of New Jersey.');
    expect(find(out, 'State of Oregon')?.type).toBe('agency');
    expect(find(out, 'State of Oregon')?.aliases).toContain('Oregon');
    expect(find(out, 'Commonwealth of Kentucky')?.type).toBe('agency');
    expect(find(out, 'State of New Jersey')?.aliases).toContain('state of New Jersey');
  });
  it('does not take a place or a title for the state', () => {
    const out = actors('Voters in the State of Ohio and in the rural state of Idaho went to the polls. Secretary of State of Georgia Linda Cole spoke.');
    expect(names(out).filter((n) => /^State of/.test(n))).toEqual([]);
  });
});

describe('bodies: possessives that lost their apostrophe', () => {
  it('splits "the Criminal Divisions Fraud Section" into the division and its section', () => {
    const out = actors('The case is handled by the Criminal Divisions Narcotics Section and the Offices Public Corruption Unit.');
    expect(find(out, 'Criminal Division')?.type).toBe('agency');
    expect(find(out, 'Narcotics Section')?.type).toBe('agency');
    expect(find(out, 'Public Corruption Unit')?.type).toBe('agency');
    expect(names(out).some((n) => n.startsWith('Offices'))).toBe(false);
  });
  it('leaves a real plural in a name alone', () => {
    const out = actors('The United Nations Offices on Drugs and Crime issued a report.');
    expect(names(out).some((n) => n === 'Drugs and Crime')).toBe(false);
  });
});

describe('bodies: named after a person inside one run', () => {
  it('"Trial Attorney X of the Y Section" gives the person and the section', () => {
    const out = actors('Senior Trial Attorney Helen Voss of the Environmental Crimes Section is prosecuting the case.');
    expect(find(out, 'Helen Voss')?.type).toBe('person');
    expect(find(out, 'Environmental Crimes Section')?.type).toBe('agency');
    expect(find(out, 'Helen Voss')?.affiliation).toBe(find(out, 'Environmental Crimes Section')?.id);
  });
  it('gives nothing for a place after the person', () => {
    const out = actors('Judge Helen Voss of San Diego dismissed the case.');
    expect(names(out)).toEqual(['Helen Voss']);
  });
});

describe('lists after a plural kind', () => {
  it('types the names after "retailers including" as companies', () => {
    const out = actors('The hackers hit retailers including Pine Hollow Outfitters, Family General, Brantley and Corner Aid.');
    for (const n of ['Pine Hollow Outfitters', 'Family General', 'Brantley', 'Corner Aid']) expect(find(out, n)?.type, n).toBe('company');
  });
  it('types outlets after "newspapers such as" as media and keeps gazetteer types', () => {
    const out = actors('Newspapers such as Dagens Kvarter and The Guardian covered the story.');
    expect(find(out, 'Dagens Kvarter')?.type).toBe('media');
    expect(find(out, 'The Guardian')?.type).toBe('media');
  });
  it('does not fire without a list intro, and stops at the end of the list', () => {
    const out = actors('The retailers said Tom Brantley had left. Companies including Orvane Ltd said Lisa Grant, a cashier, was fired.');
    expect(find(out, 'Tom Brantley')?.type).toBe('person');
    expect(find(out, 'Lisa Grant')?.type).toBe('person');
  });
});

describe('bodies: a list of fields inside a name', () => {
  it('keeps "Ministry of A, B and C" and "A, B and C Branch" whole', () => {
    const out = actors('The Ministry of Labour, Welfare and Pensions said wages rose. The Criminal, Cyber and Response Branch helped.');
    expect(find(out, 'Ministry of Labour, Welfare and Pensions')?.type).toBe('agency');
    expect(find(out, 'Criminal, Cyber and Response Branch')?.type).toBe('agency');
  });
  it('does not join a list of bodies or of companies', () => {
    const out = actors('The Ministry of Finance, Foreign Ministry and Interior Ministry met. Google, Microsoft and Apple attended.');
    expect(names(out)).toEqual(expect.arrayContaining(['Foreign Ministry', 'Interior Ministry', 'Google', 'Microsoft', 'Apple']));
  });
});

describe('short forms of a named body', () => {
  it('merges the leading word of a firm\'s name and the initials of a body', () => {
    const out = actors('Korvath Logistics Co., Ltd. shipped the parts. Korvath later denied the charges. The Baltic Media Freedom Institute criticised the ruling, and BMFI\'s director resigned.');
    expect(find(out, 'Korvath Logistics Co., Ltd.')?.aliases).toContain('Korvath');
    expect(find(out, 'Baltic Media Freedom Institute')?.aliases).toContain('BMFI');
    expect(out).toHaveLength(2);
  });
  it('does not merge a word two bodies share, nor two-letter initials', () => {
    const out = actors('Korvath Logistics Ltd and Korvath Mining Ltd merged. Korvath said nothing. The Tana Port Authority said TP was closed.');
    expect(forms(out)).not.toContain('Korvath');
    expect(forms(out)).not.toContain('TP');
  });
});

describe('persons: hyphenated first names; parties after a possessive', () => {
  it('keeps "Jean-Luc" inside the name', () => {
    const out = actors('A lawyer for the family, Jean-Luc Okemba-Ndoye, said the police had lied.');
    expect(find(out, 'Jean-Luc Okemba-Ndoye')?.type).toBe('person');
    expect(names(out)).not.toContain('Luc Okemba-Ndoye');
  });
  it('"Lissu\'s Chadema party" names the party', () => {
    const out = actors('Opposition leader Amani Kitwana said the vote was rigged. Kitwana\'s Uhuru Mpya party boycotted it.');
    expect(find(out, 'Uhuru Mpya')?.type).toBe('other_org');
  });
});

describe('firms named with their country last', () => {
  it('keeps the country inside the firm\'s name where an apposition says it is a firm', () => {
    const out = actors('The charges name Blue Wave UAE, a Dubai business, and Dorn Logistics India, an Indian subsidiary.');
    expect(find(out, 'Blue Wave UAE')?.type).toBe('company');
    expect(find(out, 'Dorn Logistics India')?.type).toBe('company');
  });
  it('does not take the country into a name without such an apposition', () => {
    const out = actors('Officials of Zentra Holdings Iran said nothing. Talks between Norvik Pakistan and others failed.');
    expect(names(out)).not.toContain('Zentra Holdings Iran');
    expect(names(out)).not.toContain('Norvik Pakistan');
  });
});

describe('gazetteer: think tanks, parties, unions; events are no actors', () => {
  it('knows major think tanks, parties and unions of many states', () => {
    const out = actors('Analysts at the Institute for the Study of War and the Lowy Institute disagreed. The AKP and Fidesz condemned the vote, and the AFL-CIO backed the strike. The Proud Boys marched.');
    expect(find(out, 'Institute for the Study of War')?.type).toBe('other_org');
    expect(find(out, 'Lowy Institute')?.type).toBe('other_org');
    expect(find(out, 'Justice and Development Party')?.aliases).toContain('AKP');
    expect(find(out, 'Fidesz')?.type).toBe('other_org');
    expect(find(out, 'AFL-CIO')?.type).toBe('other_org');
    expect(find(out, 'Proud Boys')?.type).toBe('threat_group');
  });
  it('does not take a storm or an operation for a person or a body', () => {
    const out = actors('Hurricane Delia hit the coast before Operation Silver Lance began. Typhoon Mawar weakened.');
    expect(out).toEqual([]);
  });
});

describe('a listed name continued by "and"', () => {
  it('keeps "Ministry of Foreign Affairs and Trade" whole', () => {
    const out = actors('The Department of Agriculture and Fisheries said exports fell.');
    expect(find(out, 'Department of Agriculture and Fisheries')?.type).toBe('agency');
    expect(names(out)).not.toContain('Department of Agriculture');
  });
  it('does not glue a second body onto a listed one', () => {
    const out = actors('The Department of Justice and Federal Trade Commission sued. The Department of Justice and Interpol met.');
    expect(names(out)).toEqual(expect.arrayContaining(['Department of Justice', 'Federal Trade Commission', 'Interpol']));
  });
});

describe('"the Department": the one body of that kind named before', () => {
  it('merges "the Authority" and "the Department" with the body named earlier', () => {
    const out = actors('The Lesotho Revenue Authority seized the goods. The Authority said it would prosecute.');
    expect(find(out, 'Lesotho Revenue Authority')?.aliases).toContain('Authority');
  });
  it('does not merge where two bodies share the head word, nor a people with a group', () => {
    const out = actors('The Department of Energy and the Department of Labor met. The Department said nothing. The Baloch Liberation Army attacked, and Baloch leaders protested.');
    expect(forms(out)).not.toContain('Department');
    expect(find(out, 'Baloch Liberation Army')?.aliases).not.toContain('Baloch');
  });
});

describe('outlets: an adverb between the name and "reported"', () => {
  it('"Kavkaz Uzel also reported" names an outlet', () => {
    expect(find(actors('Kavkaz Uzel also reported the arrests.'), 'Kavkaz Uzel')?.type).toBe('media');
  });
  it('"X also quoted" is not enough', () => {
    expect(find(actors('Lena Orvik also quoted the minister.'), 'Lena Orvik')?.type).not.toBe('media');
  });
});

describe('missions to international organisations', () => {
  it('names a state\'s mission with its country, before or as a possessive', () => {
    const out = actors('The Brazilian Mission to the United Nations issued a statement. Kenya\'s Permanent Mission to the African Union agreed.');
    expect(find(out, 'Brazilian Mission to the United Nations')?.affiliation).toBe(find(out, 'Brazil')?.id);
    expect(find(out, 'Permanent Mission to the African Union')?.affiliation).toBe(find(out, 'Kenya')?.id);
  });
  it('needs the country: "the Mission to the UN" alone names no body', () => {
    const out = actors('The Mission to the UN declined to comment.');
    expect(names(out).some((n) => n.includes('Mission'))).toBe(false);
  });
});

describe('a short form listed with the longer name is another body', () => {
  it('"the Court of X, and the Constitutional Court of X" are two courts', () => {
    const out = actors('He attacked the Court of Montenegro, and the Constitutional Court of Montenegro, calling them illegitimate.');
    expect(names(out)).toEqual(expect.arrayContaining(['Court of Montenegro', 'Constitutional Court of Montenegro']));
  });
  it('a later short form is still the same body', () => {
    const out = actors('The European Court of Human Rights ruled on Tuesday. The Court of Human Rights said the law was unfair.');
    expect(names(out)).not.toContain('Court of Human Rights');
  });
});

describe('a body, a title and a name in one run', () => {
  it('gives the body and the person', () => {
    const out = actors('"The case was complex," said FBI Tulsa Field Office Special Agent-in-Charge Dana Ruiz. Malawi Revenue Authority Commissioner General Peter Banda agreed.');
    expect(find(out, 'FBI Tulsa Field Office')?.type).toBe('agency');
    expect(find(out, 'Dana Ruiz')?.type).toBe('person');
    expect(find(out, 'Malawi Revenue Authority')?.type).toBe('agency');
    expect(find(out, 'Peter Banda')?.type).toBe('person');
  });
  it('does not cut a body out of the title itself', () => {
    const out = actors('Interior Cabinet Secretary Moses Otieno denied the report.');
    expect(names(out)).toEqual(['Moses Otieno']);
  });
});

describe('the kind of body stated in an apposition', () => {
  it('"the X Institute, an Iran-based company" is a firm', () => {
    const out = actors('The hackers worked for the Vanta Institute, an Iran-based company that sold stolen data.');
    expect(find(out, 'Vanta Institute')?.type).toBe('company');
  });
  it('without an apposition the suffix decides', () => {
    expect(find(actors('The Vanta Institute published a study on Monday.'), 'Vanta Institute')?.type).toBe('other_org');
  });
  it('a name in a list of retailers is a firm whatever its suffix', () => {
    expect(find(actors('Thieves hit retailers including Camp Outfitters and Sports Authority.'), 'Sports Authority')?.type).toBe('company');
  });
});

describe('comma lists: fields of one name or several names', () => {
  it('splits a list of retailers read as one name', () => {
    const out = actors('Thieves hit retailers including Camp Outfitters, Dollar Mart and Sports Authority.');
    expect(names(out)).toEqual(['Camp Outfitters', 'Dollar Mart', 'Sports Authority']);
  });
  it('does not join multi-word names around commas without an "X of" head', () => {
    const out = actors('Officials from Camp Outfitters, Dollar Mart and Harbor Port Authority met.');
    expect(names(out).some((n) => n.includes(','))).toBe(false);
  });
});

describe('persons: first names alone, "-elect" titles, "client, X Y,"', () => {
  it('merges a one-word name that opens exactly one longer name', () => {
    const out = actors('Sheikh Hamad bin Jassim Al Sabah called for calm. Later, Sheikh Hamad spoke with reporters.');
    expect(find(out, 'Hamad bin Jassim Al Sabah')?.aliases).toContain('Hamad');
    expect(out.filter((a) => a.type === 'person')).toHaveLength(1);
  });
  it('does not merge a first name two people share', () => {
    const out = actors('Judge Maria Okafor and lawyer Maria Brandt met. Spokesman Maria said nothing.');
    expect(find(out, 'Maria Okafor')?.aliases).not.toContain('Maria');
    expect(find(out, 'Maria Brandt')?.aliases).not.toContain('Maria');
  });
  it('drops "-elect" from the name', () => {
    expect(names(actors('President-elect Lucia Ferrante said she would appeal.'))).toEqual(['Lucia Ferrante']);
  });
  it('takes "her client, X Y," as a person even with ordinary words in the name', () => {
    expect(find(actors('The lawyer said her client, Jean-Marc Ilunga, was innocent.'), 'Jean-Marc Ilunga')?.type).toBe('person');
  });
  it('does not take a place after "client," for a person', () => {
    expect(names(actors('The lawyer met his client, in Geneva, on Monday.'))).toEqual([]);
  });
});

describe('persons: a leader named after the body that is theirs', () => {
  it('"the government of X Y Z" names a person', () => {
    const out = actors('The coalition backed the government of Abdelkader Mansur Traore against the rebels.');
    expect(find(out, 'Abdelkader Mansur Traore')?.type).toBe('person');
  });
  it('not a country, a place or ordinary words', () => {
    const out = actors('The government of North Macedonia and the administration of New Mexico agreed. The release of Green Day albums was delayed.');
    expect(out.filter((a) => a.type === 'person')).toEqual([]);
  });
});

describe('Brussels as the seat of the EU', () => {
  it('stands for the EU where the EU is named and Belgium is not', () => {
    const out = actors('A senior EU official said Brussels would answer the tariffs.');
    expect(find(out, 'European Union')?.aliases).toContain('Brussels');
    expect(names(out)).not.toContain('Belgium');
  });
  it('stands for Belgium otherwise, and for nobody after "in"', () => {
    expect(find(actors('Brussels said the tariffs were illegal.'), 'Belgium')?.aliases).toContain('Brussels');
    expect(forms(actors('The EU summit was held in Brussels on Monday.'))).not.toContain('Brussels');
    expect(find(actors('Belgium and the EU disagreed. Brussels said it would veto the plan.'), 'Belgium')?.aliases).toContain('Brussels');
  });
});

describe('a region word opening a body\'s name', () => {
  it('keeps "Mainland Affairs Council" and "Silicon Valley Bank" whole', () => {
    const out = actors("Taiwan's Mainland Affairs Council urged calm. Silicon Valley Bank collapsed.");
    expect(find(out, 'Mainland Affairs Council')?.type).toBe('agency');
    expect(find(out, 'Silicon Valley Bank')?.type).toBe('company');
    expect(names(out)).not.toContain('Affairs Council');
  });
  it('names nothing where no body word ends the run', () => {
    expect(names(actors('Gulf War veterans and Silicon Valley Investors met.'))).toEqual([]);
  });
});

describe('outlets from how they are used', () => {
  it('"Speaking to X," and "a X reporter" name outlets', () => {
    expect(find(actors('Speaking to Dnevnik, the prosecutor said the case was closed.'), 'Dnevnik')?.type).toBe('media');
    expect(find(actors('A Zerkalo Nedeli reporter asked the minister about the deal.'), 'Zerkalo Nedeli')?.type).toBe('media');
  });
  it('a person keeps being a person there, and a role before "said" is no apposition', () => {
    const out = actors('Speaking to Maria Lopez, the prosecutor said the case was closed. A Harbor Police reporter asked.');
    expect(find(out, 'Maria Lopez')?.type).toBe('person');
    expect(find(out, 'Harbor Police')?.type).not.toBe('media');
  });
});

describe('an office named by its holder, both ways', () => {
  it('"the Prosecutor General\'s Office" and "the Office of the Prosecutor General" are one body', () => {
    const out = actors("Moldova's Prosecutor General's Office said the suspect fled. The Office of the Prosecutor General opened a case.");
    expect(find(out, "Prosecutor General's Office")?.aliases).toContain('Office of the Prosecutor General');
  });
  it('keeps offices of different holders apart', () => {
    const out = actors("The Prosecutor General's Office and the Office of the Ombudsman disagreed.");
    expect(names(out)).toEqual(expect.arrayContaining(["Prosecutor General's Office", 'Office of the Ombudsman']));
  });
});
