import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/types/index.ts';
import { actors, find, typed } from './helpers.ts';

// Actor recall on names no gazetteer or name lexicon knows: the text's own use says what
// they are. Sentences and names composed for these tests (not from the corpus).


describe('persons known by use', () => {
  it('a full name whose surname recurs alone is a person, the surname its alias', () => {
    const out = actors('From 2019 to 2022, Kelvar Ostrum shipped drone engines to a buyer abroad.\n\nOstrum hid the payments in shell accounts.');
    const p = find(out, 'Kelvar Ostrum');
    expect(p?.type).toBe('person');
    expect(p?.reason).toContain('name-then-surname');
    expect(p?.aliases).toContain('Ostrum');
  });

  it('a place whose last word recurs alone stays no person', () => {
    const out = actors('Crews in New Jersey worked through the night. Jersey was calm by morning.');
    expect(out.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('one word followed by "and his/her" is a person', () => {
    const out = actors('Investigators believe Dravik and his associates laundered the money through casinos.');
    expect(find(out, 'Dravik')?.type).toBe('person');
  });

  it('a common word or a month before "and his" is no person', () => {
    const out = actors('He spent Christmas and his birthday in custody. In March and his first weeks there, nothing happened.');
    expect(out).toEqual([]);
  });

  it('the last of a comma list of persons after "and" is a person', () => {
    const out = actors('The complaint charges David Orloff, Trindo Malek and Wessa Korvald with fraud.');
    expect(find(out, 'Wessa Korvald')?.type).toBe('person');
    expect(find(out, 'Wessa Korvald')?.reason).toContain('list-of-persons:and');
  });

  it('a place closing the list after "and" stays no person', () => {
    const out = actors('The complaint charges David Orloff, Trindo Malek and Puerto Rico as parties.');
    expect(out.find((a) => a.name === 'Puerto Rico' && a.type === 'person')).toBeUndefined();
  });
});

describe('persons by a verb of legal action', () => {
  it('a short unknown name after a charging or reporting verb is a person', () => {
    expect(find(actors('The indictment charges Oskel Varran with wire fraud.'), 'Oskel Varran')?.type).toBe('person');
    expect(find(actors('Prosecutors say Oskel Varran wired the money abroad.'), 'Oskel Varran')?.type).toBe('person');
  });

  it('a short unknown name before "pleaded" or "was sentenced" is a person', () => {
    expect(find(actors('Trindo Malek pleaded guilty on Monday.'), 'Trindo Malek')?.type).toBe('person');
    expect(find(actors('Trindo Malek was sentenced to five years.'), 'Trindo Malek')?.type).toBe('person');
  });

  it('places and ordinary words next to those verbs stay non-actors', () => {
    expect(actors('Prosecutors say Silicon Valley firms lost money. Officials say Red Square was closed.')).toEqual([]);
  });

  it('a possessed body word in an apposition describes a person\'s role', () => {
    expect(find(actors("Oskel Varran, the firm's founder, denied wrongdoing."), 'Oskel Varran')?.type).toBe('person');
  });
});

describe('bodies known by a kind word', () => {
  it('a two-word group head before a name makes a threat group', () => {
    const out = actors('The clinic said the ransomware group Noctis Vane encrypted its servers.');
    expect(find(out, 'Noctis Vane')?.type).toBe('threat_group');
  });

  it('a kind of firm, a comma and a name closed by a comma makes that kind of body', () => {
    const out = actors('The mayor blamed the cleaning contractor, Voltara, for the delays.');
    expect(find(out, 'Voltara')?.type).toBe('company');
  });

  it('an outlet whose name holds a dot is not cut at the dot', () => {
    const out = actors('One news site, Pravdix.net, reported the raid.');
    expect(find(out, 'Pravdix')).toBeUndefined();
  });

  it('coined words before an industry word make a firm', () => {
    const out = actors('Executives of Norbridge Logistics were charged. Quellix AI said it would appeal.');
    expect(find(out, 'Norbridge Logistics')?.type).toBe('company');
    expect(find(out, 'Quellix AI')?.type).toBe('company');
  });

  it('ordinary words before an industry word name no firm', () => {
    const out = actors('Generative AI is changing newsrooms. Supply Logistics were hit by the strike. Advanced Robotics is a growing field.');
    expect(out).toEqual([]);
  });

  it('an unknown name that claims responsibility is a group', () => {
    expect(find(actors('Noctis Vane claimed responsibility for the attack on the pipeline.'), 'Noctis Vane')?.type).toBe('threat_group');
  });

  it('a well-known ransomware gang is in the gazetteer', () => {
    const out = actors('On its leak site, Rhysida denied it had stolen patient records.');
    expect(find(out, 'Rhysida')?.type).toBe('threat_group');
  });
});

describe('the state named by its rulers or its vessels', () => {
  it('"the junta in <capital>" is the country', () => {
    const out = actors('The junta in Bamako denied that its soldiers had killed villagers.');
    const mali = find(out, 'Mali');
    expect(mali?.type).toBe('country');
    expect(mali?.mentions.map((m) => m.text)).toEqual(['junta in Bamako']);
  });

  it('a capital after "in" without a ruling body stays a place', () => {
    const out = actors('Tourists in Bamako said the market was quiet.');
    expect(find(out, 'Mali')).toBeUndefined();
  });

  it('a country adjective on a state vessel or a junta stands for the country', () => {
    expect(typed(actors('Officials said the Vietnamese vessel had entered the disputed waters.'))).toContain('country:Vietnam');
    expect(typed(actors('The Malian junta expelled the envoy.'))).toContain('country:Mali');
  });

  it('a country adjective on the state\'s own act stands for the country', () => {
    expect(typed(actors('The minister said the cable cut bore the hallmarks of a Hungarian operation.'))).toContain('country:Hungary');
  });

  it('a country adjective on a private business stays a nationality', () => {
    expect(find(actors('The town depends on a Hungarian mining operation.'), 'Hungary')).toBeUndefined();
  });

  it('a bare nationality of a private person still lists no country', () => {
    expect(find(actors('A Vietnamese national was detained at the port.'), 'Vietnam')).toBeUndefined();
  });
});

describe('the two Congos', () => {
  it('bare "Congo" is the DRC (wire style); "Republic of Congo" and "Congo-Brazzaville" stay the other state', () => {
    const drc = actors('Congo accused its neighbour of backing the rebels, the foreign ministry said.');
    expect(find(drc, 'Democratic Republic of the Congo')?.type).toBe('country');
    expect(find(drc, 'Republic of the Congo')).toBeUndefined();
    const roc = actors('The Republic of Congo signed the deal. Officials in Congo-Brazzaville welcomed it.');
    expect(find(roc, 'Republic of the Congo')?.type).toBe('country');
    expect(find(roc, 'Democratic Republic of the Congo')).toBeUndefined();
  });
});
