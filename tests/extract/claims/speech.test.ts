import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/extract/claims/index.ts';
import type { Claim } from '../../../src/types/index.ts';
import { makeActors, makeDoc, type ActorSpec } from './helpers.ts';

/**
 * Accusations in reported speech and quotes stated by a wrongful act without a cue verb
 * ("X said Y carried out …", '"Y ordered the poisoning," X said'), and responsibility
 * wording ("the blame lies with Y"). Sentences composed for these tests; none is from the
 * corpus or the generality set.
 */
function claimsOf(text: string, specs: readonly ActorSpec[]): Claim[] {
  const { claims } = extractClaims(makeDoc(text), makeActors(text, specs), [], { compromise: false });
  for (const c of claims) {
    expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    if (c.cue_span) expect(text.slice(c.cue_span.start, c.cue_span.end)).toBe(c.cue);
    if (c.content_span) expect(text.slice(c.content_span.start, c.content_span.end)).toBe(c.content);
  }
  return claims;
}

const accusations = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'accusation');
const p = (id: string, ...forms: string[]): ActorSpec => ({ id, type: 'person', forms });
const country = (id: string, ...forms: string[]): ActorSpec => ({ id, type: 'country', forms });
const org = (id: string, type: ActorSpec['type'], ...forms: string[]): ActorSpec => ({ id, type, forms });

const HALVORSEN = p('halvorsen', 'Ingrid Halvorsen', 'Halvorsen');
const OKONJO = p('okonjo', 'Tunde Okonjo', 'Okonjo');
const VELASCO = p('velasco', 'Marta Velasco', 'Velasco');
const KORVIA = country('korvia', 'Korvia', 'Korvian');
const DRAVENIA = country('dravenia', 'Dravenia', 'Dravenian');
const RED_HAND = org('redhand', 'threat_group', 'Red Hand Brigade');
const SECURITY_BUREAU = org('bureau', 'agency', 'State Security Bureau');
const WATCHDOG = org('watch', 'other_org', 'Prison Watch');

describe('wrongful acts in reported speech (harm verbs)', () => {
  it('reads a passive with a particle: "were carried out by"', () => {
    const [c] = accusations(claimsOf('Halvorsen said the explosions were carried out by the Red Hand Brigade.', [HALVORSEN, RED_HAND]));
    expect(c).toMatchObject({ claimants: ['halvorsen'], targets: ['redhand'], cue: 'carried out' });
  });

  it('reads a passive with coordinated participles: "was planned and financed by"', () => {
    const [c] = accusations(claimsOf('"The ambush was planned and financed by the Red Hand Brigade," Okonjo said.', [OKONJO, RED_HAND]));
    expect(c).toMatchObject({ claimants: ['okonjo'], targets: ['redhand'] });
  });

  it('reads command verbs with a harmful act as object', () => {
    const [c] = accusations(claimsOf('Velasco told the senate: "Korvia ordered the assassination of our consul."', [VELASCO, KORVIA]));
    expect(c).toMatchObject({ claimants: ['velasco'], targets: ['korvia'], cue: 'ordered' });
    const [d] = accusations(claimsOf('Halvorsen said Dravenia ran a network of fake charities to move the money.', [HALVORSEN, DRAVENIA]));
    expect(d).toMatchObject({ claimants: ['halvorsen'], targets: ['dravenia'], cue: 'ran' });
  });

  it('does not read a command verb whose act sits behind a preposition', () => {
    expect(accusations(claimsOf('Halvorsen said Dravenia ordered an inquiry into the bombings.', [HALVORSEN, DRAVENIA]))).toHaveLength(0);
    expect(accusations(claimsOf('Halvorsen said Dravenia ordered new uniforms for the police.', [HALVORSEN, DRAVENIA]))).toHaveLength(0);
  });

  it('reads executions of people, ramming, forcible disappearance and firing on ships', () => {
    expect(accusations(claimsOf('Prison Watch said Korvia had executed more than 40 prisoners last year.', [WATCHDOG, KORVIA]))[0]).toMatchObject({ claimants: ['watch'], targets: ['korvia'] });
    expect(accusations(claimsOf('Okonjo said a Dravenian frigate rammed the fishing boat.', [OKONJO, DRAVENIA]))[0]).toMatchObject({ claimants: ['okonjo'], targets: ['dravenia'] });
    expect(accusations(claimsOf('Prison Watch said Korvian police had forcibly disappeared dozens of students.', [WATCHDOG, KORVIA]))[0]).toMatchObject({ targets: ['korvia'] });
    expect(accusations(claimsOf('Okonjo said Dravenian patrol boats fired rubber bullets at the fishermen.', [OKONJO, DRAVENIA]))[0]).toMatchObject({ targets: ['dravenia'] });
  });

  it('does not read "executed" without people, nor a plain "fired"', () => {
    expect(accusations(claimsOf('Okonjo said Korvia executed the trade agreement on time.', [OKONJO, KORVIA]))).toHaveLength(0);
    expect(accusations(claimsOf('Okonjo said Korvia fired its finance minister on Monday.', [OKONJO, KORVIA]))).toHaveLength(0);
  });

  it('accuses the body unnamed doers served: "worked at the direction of X to steal"', () => {
    const [c] = accusations(claimsOf('Velasco said the two engineers worked on behalf of the State Security Bureau to steal turbine designs.', [VELASCO, SECURITY_BUREAU]));
    expect(c).toMatchObject({ claimants: ['velasco'], targets: ['bureau'] });
  });

  it('arming militias is a wrong, arming oneself no claim without a speaker', () => {
    const [c] = accusations(claimsOf('"Korvia is arming rebels along the border," Okonjo said.', [OKONJO, KORVIA]));
    expect(c).toMatchObject({ claimants: ['okonjo'], targets: ['korvia'] });
    expect(accusations(claimsOf('Korvia is arming rebels along the border.', [KORVIA]))).toHaveLength(0);
  });

  it('reads "behind" and "responsible for" a bomb or a massacre', () => {
    expect(accusations(claimsOf('Halvorsen said the Red Hand Brigade was behind the car bomb.', [HALVORSEN, RED_HAND]))[0]).toMatchObject({ claimants: ['halvorsen'], targets: ['redhand'] });
    expect(accusations(claimsOf('Okonjo said Dravenia was responsible for the massacre in the valley.', [OKONJO, DRAVENIA]))[0]).toMatchObject({ claimants: ['okonjo'], targets: ['dravenia'] });
  });

  it('does not take a claim to be something for an accusation', () => {
    expect(accusations(claimsOf('Witnesses said the men claimed to be searching for a bomb.', []))).toHaveLength(0);
  });
});

describe('who says it', () => {
  it('finds a speaker named after a quote through a dotted title and an apposition', () => {
    const text = '"Korvia is shelling the grain port," the U.N. coordinator, Marta Velasco, said, "and it has to end."';
    const [c] = accusations(claimsOf(text, [VELASCO, KORVIA]));
    expect(c).toMatchObject({ claimants: ['velasco'], targets: ['korvia'] });
  });

  it('gives a wrongful act told by an unnamed speaker no claimant', () => {
    const [c] = accusations(claimsOf('"Dravenian military intelligence planned the bombings," a senior police official told reporters.', [DRAVENIA]));
    expect(c).toMatchObject({ claimants: [], targets: ['dravenia'] });
    const [d] = accusations(claimsOf('Investigators say Korvia hacked the port authority in March.', [KORVIA]));
    expect(d).toMatchObject({ claimants: [], targets: ['korvia'] });
  });

  it('still needs someone to say it', () => {
    expect(accusations(claimsOf('Dravenian military intelligence planned the bombings in March.', [DRAVENIA]))).toHaveLength(0);
    expect(accusations(claimsOf('The report on the bombings was published in March by Korvia.', [KORVIA]))).toHaveLength(0);
  });

  it('hedges "may have been involved in"', () => {
    const [c] = accusations(claimsOf('Halvorsen said Korvian agents may have been involved in the sabotage of the pipeline.', [HALVORSEN, KORVIA]));
    expect(c).toMatchObject({ claimants: ['halvorsen'], targets: ['korvia'], certainty: 'hedged' });
  });
});

