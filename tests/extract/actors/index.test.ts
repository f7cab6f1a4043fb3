import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index.ts';
import { extractActors } from '../../../src/extract/actors/index.ts';
import { actors, find, names } from './helpers.ts';

/** A cleaned document built directly (ingest's cleaning is not under test here). */

describe('extractActors: the seed article', () => {
  const raw = readFileSync(new URL('../../../corpora/seed-hafnium-exchange.txt', import.meta.url), 'utf8');
  const doc = ingest({ id: 'seed-hafnium-exchange', format: 'txt', raw, origin: 'seed' });
  const out = extractActors(doc);

  it('finds the states, bodies, groups and people with types', () => {
    expect(find(out, 'United States')?.type).toBe('country');
    expect(find(out, 'China')?.type).toBe('country');
    expect(find(out, 'Hafnium')?.type).toBe('threat_group');
    expect(find(out, 'Ministry of State Security')?.type).toBe('agency');
    expect(find(out, 'Antony Blinken')?.type).toBe('person');
    expect(find(out, 'Bloomberg')?.type).toBe('media');
    expect(find(out, 'Associated Press')?.type).toBe('media');
    expect(out.some((a) => a.aliases.includes('APT 40') && a.type === 'threat_group')).toBe(true);
  });

  it('merges aliases of the US, including its government and office metonyms', () => {
    const us = find(out, 'United States')!;
    expect(us.aliases).toEqual(expect.arrayContaining(['US', 'White House', 'United States', 'US authorities']));
  });

  it('resolves the acronym and the affiliation of the NCSC and the MSS', () => {
    const ncsc = out.find((a) => a.aliases.includes('NCSC'))!;
    expect(ncsc.aliases).toContain('National Cyber Security Center');
    expect(ncsc.affiliation).toBe(find(out, 'United Kingdom')!.id);
    expect(find(out, 'Ministry of State Security')!.affiliation).toBe(find(out, 'China')!.id);
  });

  it('lists no product, region, disease or boilerplate as an actor', () => {
    const all = out.flatMap((a) => a.aliases);
    for (const bad of ['Microsoft Exchange', 'East', 'COVID-19', 'Covid', 'Kelvin', 'Joe Biden']) expect(all).not.toContain(bad);
  });

  it('numbers actors a1.. by first mention, each with source and reason', () => {
    out.forEach((a, i) => {
      expect(a.id).toBe(`a${i + 1}`);
      expect(a.source).toMatch(/^actors:/);
      expect(a.reason.length).toBeGreaterThan(0);
      if (i > 0) expect(a.mentions[0]!.start).toBeGreaterThan(out[i - 1]!.mentions[0]!.start);
    });
  });
});

describe('extractActors: countries', () => {
  it('maps names, short forms, adjectives with state nouns and government phrases to the country', () => {
    const out = actors('The U.S. government said Chinese hackers attacked. The government of Iran denied it.');
    expect(find(out, 'United States')!.aliases).toContain('U.S. government');
    expect(find(out, 'China')!.aliases).toContain('Chinese');
    expect(find(out, 'Iran')!.aliases).toContain('government of Iran');
  });
  it('does not list a country from a bare nationality of a private person', () => {
    expect(names(actors('A Chinese national was arrested by police.'))).not.toContain('China');
  });
  it('takes capitals as metonyms except after a locative preposition', () => {
    expect(names(actors('Beijing rejected the claims.'))).toContain('China');
    expect(names(actors('The talks were held in Beijing last week.'))).not.toContain('China');
  });
  it('takes leaders\' offices as the country', () => {
    expect(find(actors('The Kremlin denied the report.'), 'Russia')!.aliases).toContain('Kremlin');
    expect(find(actors('A statement from Downing Street followed.'), 'United Kingdom')).toBeDefined();
  });
  it('does not read "us" the pronoun as the US, nor regions as countries', () => {
    const out = names(actors('They told us about the South China Sea and the Persian Gulf.'));
    expect(out).not.toContain('United States');
    expect(out).not.toContain('China');
    expect(out).not.toContain('Iran');
  });
  it('reads a possessive without its apostrophe ("Irans")', () => {
    const out = actors('It acted for the Islamic Republic of Irans Revolutionary Guard.');
    expect(find(out, 'Iran')!.mentions[0]!.text).toBe('Islamic Republic of Iran');
  });
});

describe('extractActors: organisations', () => {
  it('finds gazetteer bodies with their parent as affiliation', () => {
    const out = actors('The FBI and the Department of Justice in the United States acted.');
    expect(find(out, 'Federal Bureau of Investigation')!.affiliation).toBe(find(out, 'Department of Justice')!.id);
  });
  it('classifies names by their organisation suffix', () => {
    const out = actors('Investors in Falcon Trading Ltd and the Kestrel Institute lost money, and the Provincial High Court ruled.');
    expect(find(out, 'Falcon Trading Ltd')?.type).toBe('company');
    expect(find(out, 'Kestrel Institute')?.type).toBe('other_org');
    expect(find(out, 'Provincial High Court')?.type).toBe('agency');
  });
  it('affiliates "China\'s Ministry of X" and "Chinese Foreign Ministry" with China', () => {
    const out = actors("China's Ministry of Water Resources and the Chinese Foreign Ministry spoke.");
    const china = find(out, 'China')!.id;
    expect(find(out, 'Ministry of Water Resources')!.affiliation).toBe(china);
    expect(find(out, 'Chinese Foreign Ministry')!.affiliation).toBe(china);
  });
  it('merges an acronym given in brackets with its expansion', () => {
    const out = actors('The Northern Data Protection Agency (NDPA) warned. Later the NDPA fined them.');
    const a = find(out, 'Northern Data Protection Agency')!;
    expect(a.aliases).toContain('NDPA');
    expect(a.mentions).toHaveLength(3);
  });
  it('treats weak generic forms as the body only when its country is named', () => {
    expect(names(actors('The Senate voted on the bill.'))).not.toContain('United States Senate');
    expect(names(actors('In the United States, the Senate voted.'))).toContain('United States Senate');
  });
  it('lists no products or platforms', () => {
    const out = names(actors('Hackers used Microsoft Exchange and Windows 10 servers.'));
    expect(out).not.toContain('Microsoft');
  });
});

describe('extractActors: threat groups', () => {
  it('finds naming patterns', () => {
    const out = actors('APT 40, APT31, Advanced Persistent Threat 31, Wicked Spider and Crimson Typhoon were named.');
    expect(out.filter((a) => a.type === 'threat_group').map((a) => a.aliases).flat()).toEqual(
      expect.arrayContaining(['APT 40', 'APT31', 'Advanced Persistent Threat 31', 'Wicked Spider', 'Crimson Typhoon']),
    );
    // APT31 and Advanced Persistent Threat 31 are one group
    expect(out.filter((a) => a.type === 'threat_group')).toHaveLength(4);
  });
  it('finds groups introduced by a head word or by "called"', () => {
    const out = actors('The attack was claimed by the Brightwing ransomware gang, and later by a group called Nightjar.');
    expect(find(out, 'Brightwing')?.type).toBe('threat_group');
    expect(find(out, 'Nightjar')?.type).toBe('threat_group');
  });
});

describe('extractActors: persons', () => {
  it('finds a person after a title and gives the title\'s body as affiliation', () => {
    const out = actors('In Washington, the Department of State said Secretary of State Antony Blinken would travel.');
    const p = find(out, 'Antony Blinken')!;
    expect(p.type).toBe('person');
    expect(p.affiliation).toBe(find(out, 'Department of State')!.id);
  });
  it('finds persons by role word, age apposition and known first name', () => {
    const out = actors('The journalist Tafadzwa Moyo, 41, and lawyer Kudzai Dube met Robert Smith.');
    expect(names(out)).toEqual(expect.arrayContaining(['Tafadzwa Moyo', 'Kudzai Dube', 'Robert Smith']));
  });
  it('finds a judge by title', () => {
    expect(find(actors('Judge Erick Garcia ruled on Monday.'), 'Erick Garcia')?.type).toBe('person');
  });
  it('merges surname-only mentions and aka names into the full name', () => {
    const out = actors('Prosecutor Anna Kowalczyk spoke. Later Kowalczyk added more. Ivan Petrenko, aka Vanya Petrenko, 39, fled.');
    expect(find(out, 'Anna Kowalczyk')!.aliases).toContain('Kowalczyk');
    expect(find(out, 'Ivan Petrenko')!.aliases).toContain('Vanya Petrenko');
    expect(out.filter((a) => a.type === 'person')).toHaveLength(2);
  });
  it('affiliates a spokesperson with the body named in the apposition', () => {
    const out = actors('"No," said Zhao Lijian, spokesperson for the Ministry of State Security.');
    expect(find(out, 'Zhao Lijian')!.affiliation).toBe(find(out, 'Ministry of State Security')!.id);
  });
  it('does not make sentence-initial words or title-case headlines into actors', () => {
    const out = actors('Officials said nothing. Speaking later, officials left.');
    expect(out).toEqual([]);
  });
});

describe('extractActors: bodies named by pattern', () => {
  it('names US prosecutors\' offices and courts by district, with the district as alias', () => {
    const out = actors('The case was brought by the U.S. Attorney’s Office for the Southern District of Ohio and heard in the District of Maine.');
    const office = out.find((a) => a.name.startsWith('U.S. Attorney'))!;
    expect(office.type).toBe('agency');
    expect(office.aliases).toContain('Southern District of Ohio');
    expect(names(out)).toContain('District of Maine');
  });
  it('does not list a district that only qualifies a prosecutor\'s title', () => {
    const out = actors('The charges were announced by U.S. Attorney Dana Whitlock of the Northern District of Iowa.');
    expect(names(out)).not.toContain('Northern District of Iowa');
    expect(find(out, 'Dana Whitlock')?.type).toBe('person');
  });
  it('keeps a country, city or parent body that opens a body\'s name', () => {
    const out = actors('The Netherlands Police Agency helped the FBI Washington Field Office and the United Nations Working Group on Enforced Disappearances.');
    expect(find(out, 'Netherlands Police Agency')?.affiliation).toBe(find(out, 'Netherlands')!.id);
    expect(find(out, 'FBI Washington Field Office')?.affiliation).toBe(find(out, 'Federal Bureau of Investigation')!.id);
    expect(find(out, 'United Nations Working Group on Enforced Disappearances')?.type).toBe('intl_org');
  });
  it('reads a country inside a body\'s name', () => {
    const out = actors('The Constitutional Court of Bosnia and Herzegovina and the University of Sarajevo objected.');
    expect(names(out)).toEqual(expect.arrayContaining(['Constitutional Court of Bosnia and Herzegovina', 'University of Sarajevo']));
  });
  it('merges a short form into the longer name', () => {
    const out = actors('The European Court of Justice ruled. Later the Court of Justice added a note.');
    expect(out.filter((a) => a.aliases.includes('Court of Justice'))).toHaveLength(1);
  });
  it('names an institution by its kind and a lowercase ministry by its country', () => {
    const out = actors('In Albania, Parliament voted. The Indian foreign ministry objected.');
    expect(find(out, 'Parliament')?.type).toBe('agency');
    expect(find(out, 'Indian foreign ministry')?.affiliation).toBe(find(out, 'India')!.id);
  });
  it('calls an ampersand name a firm and drops descriptions made of ordinary words', () => {
    const out = actors('Thieves hit Harlow & Finch stores. The victim company said the Victim Company lost data.');
    expect(find(out, 'Harlow & Finch')?.type).toBe('company');
    expect(names(out)).not.toContain('Victim Company');
  });
});

describe('extractActors: forms that are not the actor', () => {
  it('needs a second form before "Georgia" is the country', () => {
    expect(names(actors('He was arrested in Atlanta, Georgia, on Monday.'))).not.toContain('Georgia');
    expect(names(actors('Georgia protested, and Tbilisi recalled its envoy.'))).toContain('Georgia');
  });
  it('skips platforms used as such, buildings, "-based" and wars', () => {
    expect(names(actors('The minister posted on Twitter about it.'))).not.toContain('Twitter');
    expect(names(actors('Twitter suspended the accounts.'))).toContain('Twitter');
    expect(names(actors('Crowds gathered outside the Legislative Council Complex in Hong Kong.'))).not.toContain('Legislative Council');
    expect(names(actors('A Luxembourg-based court ruled on the Iran–Iraq War.'))).toEqual([]);
  });
  it('does not take a city for a person', () => {
    expect(actors('Reporters in San Francisco said nothing.')).toEqual([]);
  });
  it('reads a shared acronym as the wire service unless the other body\'s country is named', () => {
    expect(find(actors('AFP reported the strike.'), 'Agence France-Presse')).toBeDefined();
    expect(find(actors('In Australia, the AFP arrested two men.'), 'Australian Federal Police')).toBeDefined();
  });
  it('keeps the written form of a possessive that lost its apostrophe as an alias', () => {
    const out = actors('The Treasury Departments Office of Foreign Assets Controls list grew.');
    expect(find(out, 'Office of Foreign Assets Control')!.aliases).toContain('Office of Foreign Assets Controls');
  });
});

describe('extractActors: persons by context', () => {
  it('finds a person after any title word, and after a title with its domain', () => {
    const out = actors('Deputy Emergency Situations Minister Alexander Chupriyan spoke. Assistant Attorney General for National Security Marta Quill agreed.');
    expect(find(out, 'Alexander Chupriyan')?.type).toBe('person');
    expect(find(out, 'Marta Quill')?.type).toBe('person');
    expect(names(out)).not.toContain('National Security');
  });
  it('finds a person next to a verb of saying or after "role, "', () => {
    const out = actors('Tovo Rakotomalala blamed the rebels, said Anto Nobilo. His spokesperson, Steffen Seibert, agreed.');
    expect(names(out)).toEqual(expect.arrayContaining(['Tovo Rakotomalala', 'Anto Nobilo', 'Steffen Seibert']));
  });
  it('joins an alias given in quotes after "aka"', () => {
    const out = actors('Defendant Yi-Lan Chen, aka "Kevin Chen," was arrested.');
    expect(find(out, 'Yi-Lan Chen')!.aliases).toContain('Kevin Chen');
    expect(out.filter((a) => a.type === 'person')).toHaveLength(1);
  });
});

describe('extractActors: family name first', () => {
  it('reads "Zhao Lijian" and "Ma Zhaoxu" as persons', () => {
    const out = actors('The remarks by Ma Zhaoxu drew a reply from Zhao Lijian.');
    expect(out.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Ma Zhaoxu', 'Zhao Lijian']);
  });
  it('does not read ordinary words after a family name as a person', () => {
    expect(actors('The Song Festival and the Park Avenue shops opened; the festival and the avenue were busy.').filter((a) => a.type === 'person')).toEqual([]);
  });
});

describe('extractActors: outlets and roles from context (no list)', () => {
  it('types an unlisted outlet by how it is used, but not a thing named after a medium', () => {
    const out = actors('Kestrel reported the raid. He told Velmora on Monday that it was legal. It owns five AM radio stations.');
    expect(find(out, 'Kestrel')?.type).toBe('media');
    expect(find(out, 'Velmora')?.type).toBe('media');
    expect(names(out)).not.toContain('AM');
  });
  it('takes a web address as an outlet only in a reporting context', () => {
    expect(find(actors('The news site kestrel.news reported the raid.'), 'kestrel.news')?.type).toBe('media');
    expect(names(actors('Download the file from kestrel.news today.'))).not.toContain('kestrel.news');
  });
  it('does not read a one-word outlet name inside a longer name of another kind', () => {
    const out = actors('The Baloch Liberation Army claimed the attack.');
    expect(names(out)).not.toContain('Libération');
  });
  it('affiliates a person with the body before a role of office, not with a nationality before a personal role', () => {
    const out = actors('Kenyan police spokesman Tafadzwa Moyo said so. The Kenyan fiancée Marta Quill said nothing.');
    expect(find(out, 'Tafadzwa Moyo')?.affiliation).toBe(find(out, 'Kenya')!.id);
    expect(find(out, 'Marta Quill')?.affiliation ?? null).toBeNull();
  });
  it('takes a bare "High Representative" as the Bosnian office only where Bosnia is named', () => {
    expect(names(actors('EU High Representative Josep Borrell said the talks failed.'))).not.toContain('Office of the High Representative');
    expect(names(actors('In Bosnia and Herzegovina, the High Representative imposed the law.'))).toContain('Office of the High Representative');
  });
});

describe('extractActors: persons named by an alias or a nickname', () => {
  it('lists a person known only by an alias, with its later uses as mentions', () => {
    const out = actors('Oleg Marek of Riga and a person known only as "Hacker 7;" were indicted. The indictment charges Marek and "Hacker 7" with fraud.');
    const h = find(out, 'Hacker 7');
    expect(h?.type).toBe('person');
    expect(h?.mentions).toHaveLength(2);
  });
  it('reads other intros: "identified only as", "referred to as", "an unidentified man known as"', () => {
    expect(find(actors('A toddler, a girl identified only as Masha, was rescued alive.'), 'Masha')?.type).toBe('person');
    expect(find(actors('The plan was approved by a co-conspirator referred to as CC-1 in the complaint.'), 'CC-1')?.type).toBe('person');
    expect(find(actors('Police sought an unidentified man known as "Big Tony" over the robbery.'), 'Big Tony')?.type).toBe('person');
  });
  it('does not take a group introduced the same way as a person', () => {
    expect(find(actors('A hacking group known as Kimsuky stole data.'), 'Kimsuky')?.type).not.toBe('person');
  });
  it('keeps a quoted nickname inside the name: one person, not two', () => {
    const out = actors('Dongfan "Greg" Chung, 73, was found guilty. Later Chung was sentenced. Engineer Whitney "Kit" Harlow testified.');
    const persons = out.filter((a) => a.type === 'person');
    expect(persons.map((a) => a.name)).toEqual(['Dongfan Chung', 'Whitney Harlow']);
    expect(find(out, 'Dongfan Chung')!.aliases).toContain('Chung');
  });
});

describe('extractActors: one firm under two suffixes', () => {
  it('merges "X Industries" and "X Company" when the stem has two words or more', () => {
    const out = actors('Nova Tek Industries is a front company. In addition, Nova Tek Company is listed in an annex.');
    const firms = out.filter((a) => a.type === 'company');
    expect(firms).toHaveLength(1);
    expect(firms[0]!.aliases).toEqual(expect.arrayContaining(['Nova Tek Industries', 'Nova Tek Company']));
  });
  it('keeps firms apart whose stems differ or are one word', () => {
    const out = actors('Acme Trading Co and Acme Shipping Co were named, as were Zeta Corp and Zeta Group.');
    expect(out.filter((a) => a.type === 'company').length).toBeGreaterThanOrEqual(3);
  });
});

describe('extractActors: a title word is no name', () => {
  it('reads "the Office of the Prosecutor General" as a body and "Prosecutor General X" as X', () => {
    const out = actors('Work was coordinated with the Latvian Office of the Prosecutor General. Prosecutor General Lauri Tamm agreed, and Director General Ana Sousa of the agency too.');
    expect(names(out)).not.toContain('General');
    expect(names(out)).toEqual(expect.arrayContaining(['Lauri Tamm', 'Ana Sousa']));
  });
});
