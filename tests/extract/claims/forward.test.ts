import { describe, expect, it } from 'vitest';
import { claimsOf, country, org, p } from './helpers.ts';

/** Descriptions in a headline or lead resolved FORWARD to the actor named in the next sentences. */

const KENYA = country('ke', 'Kenya');
const SOMALIA = country('so', 'Somalia');
const MWANGI = p('mw', 'Joseph Mwangi', 'Mwangi');

describe('a titled official described before being named', () => {
  it('reads "Kenya\'s interior minister blamed …" as the interior minister named next, not the state', () => {
    const text = 'NAIROBI, May 4 - Kenya\'s interior minister on Monday blamed a rebel faction for a grenade attack on a market in Garissa. Interior Minister Joseph Mwangi told reporters the attackers had crossed from Somalia.';
    const [c] = claimsOf(text, [KENYA, MWANGI, SOMALIA]);
    expect(c).toMatchObject({ type: 'accusation', claimants: ['mw'] });
  });

  it('keeps the state when the person named next carries another title', () => {
    const text = 'NAIROBI, May 4 - Kenya\'s interior minister on Monday blamed a rebel faction for a grenade attack on a market in Garissa. Defence Minister Joseph Mwangi told reporters the attackers had crossed from Somalia.';
    const [c] = claimsOf(text, [KENYA, MWANGI, SOMALIA]);
    expect(c?.claimants).toEqual(['ke']);
  });

  it('keeps the state when the minister is named only far later (beyond the lead)', () => {
    const text = 'NAIROBI, May 4 - Kenya\'s interior minister on Monday blamed a rebel faction for a grenade attack on a market in Garissa. Somalia rejected that. Kenya closed a crossing. Somalia recalled its envoy. Interior Minister Joseph Mwangi spoke later.';
    const [c] = claimsOf(text, [KENYA, MWANGI, SOMALIA]);
    expect(c?.claimants).toEqual(['ke']);
  });

  it('reads a headline\'s bare "Prime Minister accuses …" as the prime minister the lead names', () => {
    const text = 'Arson at fuel depot: Prime Minister accuses Russian GRU\n\nThe fire at the depot near Vilnius was sabotage ordered by the GRU. This said on Monday in parliament Prime Minister Ruta Kaleckiene.';
    const claims = claimsOf(text, [p('rk', 'Ruta Kaleckiene'), org('gru', 'agency', 'GRU'), country('ru', 'Russia', 'Russian')]);
    expect(claims.find((c) => c.cue === 'accuses')?.claimants).toEqual(['rk']);
  });

  it('leaves a headline title with its own name alone ("President Okafor accuses …")', () => {
    const text = 'President Okafor accuses Chad of arming rebels\n\nPresident Musa Okafor said on Monday that Chad had armed the rebels. Prime Minister Ada Bello agreed.';
    const claims = claimsOf(text, [p('mo', 'Musa Okafor', 'Okafor'), p('ab', 'Ada Bello'), country('td', 'Chad')]);
    expect(claims.find((c) => c.cue === 'accuses')?.claimants).toEqual(['mo']);
  });
});

describe('a hostile group described before being named', () => {
  const NORD = org('ns', 'company', 'Nordshield Labs', 'Nordshield');
  const WOLF = org('aw', 'threat_group', 'Ashen Wolf');

  it('reads "A Russia-linked hacking group" as the group the next sentence names', () => {
    const text = 'A Russia-linked hacking group hacked two Latvian banks, cybersecurity firm Nordshield Labs said on Monday. Nordshield, which tracks the group as Ashen Wolf, said records of 40,000 customers were taken.';
    const claims = claimsOf(text, [country('ru', 'Russia'), NORD, WOLF]);
    expect(claims[0]).toMatchObject({ claimants: ['ns'], targets: ['aw'] });
  });

  it('does not resolve "a Russian government-backed hacking group" (the state\'s own arm)', () => {
    const text = 'Nordshield Labs said a Russian government-backed hacking group hacked two banks in Riga. Nordshield, which tracks the group as Ashen Wolf, said records were taken.';
    const claims = claimsOf(text, [country('ru', 'Russia', 'Russian'), NORD, WOLF]);
    // (without the guard the lead's group reads as Ashen Wolf and the hacking claim names it)
    expect(claims.flatMap((c) => c.targets)).not.toContain('aw');
  });

  it('leaves a group with no hostile modifier ("a consumer group") unresolved', () => {
    const text = 'A consumer group sued Nordshield Labs on Monday. Ashen Wolf was not mentioned in the suit.';
    const claims = claimsOf(text, [NORD, WOLF]);
    expect(claims.flatMap((c) => [...c.claimants, ...c.targets])).not.toContain('aw');
  });
});

describe('a counted plural of states named in the next sentence', () => {
  const STATES = [country('dk', 'Denmark'), country('ee', 'Estonia'), country('fi', 'Finland'), country('by', 'Belarus'), country('se', 'Sweden', 'STOCKHOLM')];

  it('reads a headline\'s "Three Nordic and Baltic states accuse …" as the three states the lead lists', () => {
    const text = 'Three Nordic and Baltic states accuse Belarus of pushing migrants across borders\n\nSTOCKHOLM — The foreign ministers of Denmark, Estonia and Finland on Tuesday issued a joint statement on the border.';
    const claims = claimsOf(text, STATES);
    expect(claims.find((c) => c.cue === 'accuse')).toMatchObject({ claimants: ['dk', 'ee', 'fi'], targets: ['by'] });
  });

  it('leaves the count unresolved when the lead lists a different number of states', () => {
    const text = 'Four Nordic and Baltic states accuse Belarus of pushing migrants across borders\n\nThe foreign ministers of Denmark, Estonia and Finland on Tuesday issued a joint statement on the border.';
    const claims = claimsOf(text, STATES);
    expect(claims.find((c) => c.cue === 'accuse')?.claimants).toEqual([]);
  });
});

describe('a counted plural of persons in a Title Case headline', () => {
  const PERSONS = [p('ar', 'Ali Rezaei', 'Rezaei'), p('ok', 'Omid Karimi', 'Karimi'), p('rt', 'Reza Tavana', 'Tavana'), country('ir', 'Iran')];

  it('reads "Jury Convicts Three Men of …" as the men convicted in the body (not "Jury Convicts …" as their description)', () => {
    const text = 'Jury Convicts Three Men of Spying for Iran\n\nA federal jury in Chicago today convicted three men of acting as agents of Iran. Ali Rezaei, 51, Omid Karimi, 44, and Reza Tavana, 39, were found guilty on all counts.';
    const claims = claimsOf(text, PERSONS);
    expect(claims.find((c) => c.cue === 'Convicts')?.targets).toEqual(expect.arrayContaining(['ar', 'ok', 'rt']));
  });
});

describe('a headline\'s bare "embassy"', () => {
  const STATES = [country('no', 'Norway'), country('ir', 'Iran', 'Iranian'), country('cn', 'China', 'Chinese')];

  it('reads "…; embassy denies" as the state whose embassy the body quotes', () => {
    const text = 'Norway blames Iran for drone flights over oil field; embassy denies\n\nNorway on Friday blamed Iran for drone flights over an oil field. The Iranian embassy in Oslo rejected the accusation as "baseless".';
    const claims = claimsOf(text, STATES);
    expect(claims.find((c) => c.cue === 'denies')).toMatchObject({ type: 'denial', claimants: ['ir'] });
  });

  it('leaves it unresolved when the body quotes two states\' embassies', () => {
    const text = 'Norway blames Iran for drone flights over oil field; embassy denies\n\nNorway on Friday blamed Iran for drone flights over an oil field. The Iranian embassy in Oslo rejected the accusation. The Chinese embassy declined to comment.';
    const claims = claimsOf(text, STATES);
    expect(claims.find((c) => c.cue === 'denies')?.claimants ?? []).toEqual([]);
  });
});

describe('a counted plural of persons named in a list after it', () => {
  const SUSPECTS = [p('ad', 'Arslan Dudayev'), p('tb', 'Timur Basayev'), p('rg', 'Ruslan Gakayev')];

  it('reads a headline\'s "Three men charged over …" as the three persons the lead lists (ages between)', () => {
    const text = 'Three men charged over plot to attack exiled blogger\n\nBERLIN, June 2 - Federal prosecutors on Tuesday charged three men with plotting to attack an exiled blogger. Prosecutors named the suspects as Arslan Dudayev, 34, Timur Basayev, 29, and Ruslan Gakayev, 41.';
    const claims = claimsOf(text, SUSPECTS);
    expect(claims.find((c) => c.cue === 'charged' && c.evidence.start === 0)?.targets).toEqual(['ad', 'tb', 'rg']);
  });

  it('leaves the count unresolved when the list that follows has another size', () => {
    const text = 'Three men charged over plot to attack exiled blogger\n\nBERLIN, June 2 - Federal prosecutors on Tuesday charged three men with plotting to attack an exiled blogger. Prosecutors named two of the suspects as Arslan Dudayev, 34, and Timur Basayev, 29.';
    const claims = claimsOf(text, SUSPECTS.slice(0, 2));
    expect(claims.find((c) => c.cue === 'charged' && c.evidence.start === 0)?.targets ?? []).toEqual([]);
  });
});

describe('a state\'s adjective before a title', () => {
  const CZ = country('cz', 'Czech Republic', 'Czech');
  const RU = country('ru', 'Russia');

  it('reads "The Czech president accused …" as the president named next', () => {
    const text = 'PRAGUE, May 3 - The Czech president on Friday accused Russia of organising an arson attack on a depot near Brno. President Karel Novotny told reporters that two suspects had fled.';
    const [c] = claimsOf(text, [CZ, RU, p('kn', 'Karel Novotny')]);
    expect(c).toMatchObject({ claimants: ['kn'], targets: ['ru'] });
  });

  it('does not take a vice president for "the president"', () => {
    const text = 'PRAGUE, May 3 - The Czech president on Friday accused Russia of organising an arson attack on a depot near Brno. Vice President Karel Novotny told reporters that two suspects had fled.';
    const [c] = claimsOf(text, [CZ, RU, p('kn', 'Karel Novotny')]);
    expect(c?.claimants).toEqual(['cz']);
  });
});
