import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/types/index.ts';
import { org, country, p, claimsOf } from './helpers.ts';

/**
 * Accusations in reported speech and quotes stated by a wrongful act without a cue verb
 * ("X said Y carried out …", '"Y ordered the poisoning," X said'), and responsibility
 * wording ("the blame lies with Y"). Sentences composed for these tests; none is from the
 * corpus or the generality set.
 */

const accusations = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'accusation');

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

describe('responsibility wording', () => {
  const CONTRACTOR = org('aquaserv', 'company', 'Aquaserv');
  const TALLIN = org('tallin', 'threat_group', 'Grey Lynx');

  it('reads "the blame lies with" and "responsibility for … rests with"', () => {
    const [c] = accusations(claimsOf('Okonjo said the blame lay squarely with the operator, Aquaserv, which skipped the inspections.', [OKONJO, CONTRACTOR]));
    expect(c).toMatchObject({ claimants: ['okonjo'], targets: ['aquaserv'], certainty: 'asserted' });
    expect(c?.reason).toMatch(/^evaluative-responsibility:/);
    const [d] = accusations(claimsOf('Prison Watch said responsibility for the deaths in custody rests with the Korvian government.', [WATCHDOG, KORVIA]));
    expect(d).toMatchObject({ claimants: ['watch'], targets: ['korvia'] });
  });

  it('reads "those responsible for … were", with the speaker after an apposition', () => {
    const text = "Those responsible for the ambush were officers of the Dravenian border police, the victims' lawyer, Tunde Okonjo, said.";
    const [c] = accusations(claimsOf(text, [OKONJO, DRAVENIA]));
    expect(c).toMatchObject({ claimants: ['okonjo'], targets: ['dravenia'] });
  });

  it('hedges "bore the hallmarks of" and needs a harmful act before it', () => {
    const [c] = accusations(claimsOf('Halvorsen said the intrusion bore the hallmarks of Grey Lynx, a crew she has tracked since 2019.', [HALVORSEN, TALLIN]));
    expect(c).toMatchObject({ claimants: ['halvorsen'], targets: ['tallin'], certainty: 'hedged' });
    expect(accusations(claimsOf('Halvorsen said the new opera bore the hallmarks of Grey Lynx.', [HALVORSEN, TALLIN]))).toHaveLength(0);
  });

  it('gives nothing without a speaker or with a negation', () => {
    expect(accusations(claimsOf('The blame lay with Aquaserv.', [CONTRACTOR]))).toHaveLength(0);
    expect(accusations(claimsOf('Okonjo said no blame lay with Aquaserv.', [OKONJO, CONTRACTOR]))).toHaveLength(0);
  });

  it('reads "pointed to X as the culprit" but not a problem pointed to', () => {
    const [c] = accusations(claimsOf('Velasco pointed to Korvia as the likely culprit of the blackout.', [VELASCO, KORVIA]));
    expect(c).toMatchObject({ claimants: ['velasco'], targets: ['korvia'] });
    expect(accusations(claimsOf('Velasco pointed to Korvia as a model for the region.', [VELASCO, KORVIA]))).toHaveLength(0);
  });

  it('reads a part of a body after "attributed to" and "carried out by"', () => {
    const [c] = accusations(claimsOf('The kidnapping has been attributed to a cell of the Red Hand Brigade.', [RED_HAND]));
    expect(c).toMatchObject({ claimants: [], targets: ['redhand'] });
    const [d] = accusations(claimsOf("Halvorsen said the raid was carried out by a unit of Korvia's State Security Bureau.", [HALVORSEN, KORVIA, SECURITY_BUREAU]));
    expect(d).toMatchObject({ claimants: ['halvorsen'], targets: ['bureau'] });
  });

  it('hedges "almost certain"', () => {
    const [c] = accusations(claimsOf('Halvorsen said it was "almost certain" that the raid was carried out by the Red Hand Brigade.', [HALVORSEN, RED_HAND]));
    expect(c).toMatchObject({ targets: ['redhand'], certainty: 'hedged' });
  });
});

describe('backers and speakers of unnamed doers', () => {
  const LOOKOUT = org('lookout', 'company', 'Lookout Labs');
  const LIBERATION = org('lib', 'threat_group', 'Popular Liberation Front of Arvania');

  it('accuses the backer of unnamed doers in a passive: "by hackers working for X"', () => {
    const [c] = accusations(claimsOf('Halvorsen said the breaches were carried out by operatives working for the Korvian government.', [HALVORSEN, KORVIA]));
    expect(c).toMatchObject({ claimants: ['halvorsen'], targets: ['korvia'] });
  });

  it('accuses the backer of an unnamed subject of "was behind"', () => {
    const [c] = accusations(claimsOf('Lookout Labs said a spyware vendor backed by Dravenia was behind the phishing wave.', [LOOKOUT, DRAVENIA]));
    expect(c).toMatchObject({ claimants: ['lookout'], targets: ['dravenia'] });
  });

  it('does not take a backer for a doer where no wrong is told', () => {
    expect(accusations(claimsOf('Lookout Labs said a startup backed by Dravenia was behind the new browser.', [LOOKOUT, DRAVENIA]))).toHaveLength(0);
  });

  it('makes researchers at a firm speak for it', () => {
    const [c] = accusations(claimsOf('Analysts at Lookout Labs said the breach bore the hallmarks of the Red Hand Brigade.', [LOOKOUT, RED_HAND]));
    expect(c).toMatchObject({ claimants: ['lookout'], targets: ['redhand'] });
  });

  it('reads a name with "of" inside after "attributed to"', () => {
    const [c] = accusations(claimsOf('The bombing was attributed to the Popular Liberation Front of Arvania.', [LIBERATION]));
    expect(c).toMatchObject({ targets: ['lib'] });
  });
});

describe('findings, beliefs and suspects', () => {
  const TRIBUNAL = org('tribunal', 'intl_org', 'Regional Court of Justice');
  const INSPECTORS = org('insp', 'intl_org', 'International Atomic Energy Agency');
  const POLICE = org('police', 'agency', 'Korvian Police');

  it('reads a court that ruled that X violated …', () => {
    const [c] = accusations(claimsOf('The Regional Court of Justice ruled that Dravenia had violated the fishing treaty.', [TRIBUNAL, DRAVENIA]));
    expect(c).toMatchObject({ claimants: ['tribunal'], targets: ['dravenia'] });
    expect(accusations(claimsOf('The Regional Court of Justice ruled that the appeal was filed too late.', [TRIBUNAL]))).toHaveLength(0);
  });

  it('credits a finding to the named issuer of the document: "a report by X concluded that"', () => {
    const [c] = accusations(claimsOf('A report by the International Atomic Energy Agency concluded that Korvian troops used chemical weapons near the border.', [INSPECTORS, KORVIA]));
    expect(c).toMatchObject({ claimants: ['insp'], targets: ['korvia'] });
  });

  it('takes the named agent of a passive inside a belief: "believes the gunman was recruited by X"', () => {
    const [c] = accusations(claimsOf('Halvorsen believes the bomber was recruited by the Red Hand Brigade.', [HALVORSEN, RED_HAND]));
    expect(c).toMatchObject({ claimants: ['halvorsen'], targets: ['redhand'], certainty: 'hedged' });
  });

  it('accuses the state arrested suspects are said to serve', () => {
    const [c] = accusations(claimsOf('The Korvian Police have detained six people suspected of spying for Dravenia.', [POLICE, DRAVENIA]));
    expect(c).toMatchObject({ claimants: ['police'], targets: ['dravenia'], certainty: 'hedged' });
    expect(accusations(claimsOf('The Korvian Police have detained six people suspected of shoplifting.', [POLICE]))).toHaveLength(0);
    expect(accusations(claimsOf('Anyone suspected of spying for Dravenia should call the hotline.', [DRAVENIA]))).toHaveLength(0);
  });

  it('reads repression of its usual victims, not a punishment of wrongdoers', () => {
    const [c] = accusations(claimsOf('"Korvia is muzzling independent media," Velasco said.', [VELASCO, KORVIA]));
    expect(c).toMatchObject({ claimants: ['velasco'], targets: ['korvia'] });
    expect(accusations(claimsOf('"Korvia is punishing the smugglers," Velasco said.', [VELASCO, KORVIA]))).toHaveLength(0);
  });
});

describe('a counter-accusation after a denial', () => {
  const MINISTRY = org('mod', 'agency', 'Interior Ministry');

  it('reads the wrongful act told in ", saying …" after a denial, and keeps the denier', () => {
    const claims = claimsOf('The Interior Ministry rejected the accusations in a statement, saying Dravenian agents had staged the bombings themselves.', [MINISTRY, DRAVENIA]);
    expect(claims.find((c) => c.type === 'denial')).toMatchObject({ claimants: ['mod'] });
    expect(accusations(claims)[0]).toMatchObject({ claimants: ['mod'], targets: ['dravenia'] });
  });

  it('does not read the denied act as an accusation', () => {
    const claims = claimsOf('The Interior Ministry denied that Dravenian troops had shelled the village.', [MINISTRY, DRAVENIA]);
    expect(accusations(claims)).toHaveLength(0);
  });
});

describe('unnamed doers of a grave act', () => {
  it('records the accusation with no target when a named speaker blames unnamed gunmen', () => {
    const [c] = accusations(claimsOf('Halvorsen said the two aid workers were killed by unidentified gunmen.', [HALVORSEN]));
    expect(c).toMatchObject({ claimants: ['halvorsen'], targets: [] });
  });

  it('needs a named speaker and a grave act', () => {
    expect(accusations(claimsOf('Officials said the two aid workers were killed by unidentified gunmen.', []))).toHaveLength(0);
    expect(accusations(claimsOf('Halvorsen said the convoy was stopped by government troops.', [HALVORSEN]))).toHaveLength(0);
  });
});

describe('quotes introduced by the sentence before, and cue verbs that report a quote', () => {
  it('gives a quote of its own sentence to the person the sentence before introduces', () => {
    const [c] = accusations(claimsOf('Velasco did not mince her words. "Korvia ordered the assassination of our consul."', [VELASCO, KORVIA]));
    expect(c).toMatchObject({ claimants: ['velasco'], targets: ['korvia'] });
    const [d] = accusations(claimsOf('Okonjo addressed the assembly on Friday:\n\n"Dravenian agents planned the bombings in the capital."', [OKONJO, DRAVENIA]));
    expect(d).toMatchObject({ claimants: ['okonjo'], targets: ['dravenia'] });
  });

  it('does not give it to a name in a sentence that introduces no speech', () => {
    expect(accusations(claimsOf('Velasco visited the port. "Korvia ordered the assassination of our consul."', [VELASCO, KORVIA]))).toHaveLength(0);
  });

  it('reads "charged" after a quote as reporting it, not as charging the quote\'s subject', () => {
    const [c, ...rest] = accusations(claimsOf('"Korvia masterminded the bombings," Velasco charged.', [VELASCO, KORVIA]));
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ claimants: ['velasco'], targets: ['korvia'] });
    expect(c?.reason).toMatch(/^harm-verb:/);
  });
});

describe('more wrongful acts of reported speech', () => {
  const said = (act: string): Claim[] => accusations(claimsOf(`Okonjo said Korvia ${act}.`, [OKONJO, KORVIA, DRAVENIA]));

  it.each([
    'looted shops in the border towns',
    'abducted three fishermen',
    'annexed the islands',
    'shot down the cargo plane',
    'lied to the inspectors about the shipments',
    'covered up the deaths of conscripts',
    'forged the export licences',
    'siphoned off the reconstruction funds',
    'harboured militants in the hills',
    'supplied drones to the rebels',
    'detained the reporters arbitrarily',
    'was responsible for the deaths of eleven miners',
  ])('accuses the subject of "%s"', (act) => {
    expect(said(act)[0]).toMatchObject({ claimants: ['okonjo'], targets: ['korvia'] });
  });

  it.each([
    'forged a new partnership with Dravenia',
    'shot down the proposal',
    'supported the peace plan',
    'supplied grain to the region',
    'crossed the border at dawn',
    'was responsible for the organisation of the summit',
  ])('does not accuse on "%s"', (act) => {
    expect(said(act)).toHaveLength(0);
  });
});

describe('hedged beliefs and attributed acts', () => {
  it('reads "suspects that X planned …" with the clause subject as the suspected', () => {
    const [c] = accusations(claimsOf('Halvorsen suspects that Dravenian agents planned the bombings.', [HALVORSEN, DRAVENIA]));
    expect(c).toMatchObject({ claimants: ['halvorsen'], targets: ['dravenia'], certainty: 'hedged' });
  });

  it('hedges a modal inside a belief: "thinks X may have ordered"', () => {
    const [c] = accusations(claimsOf('Okonjo thinks Korvia may have ordered the ambush.', [OKONJO, KORVIA]));
    expect(c).toMatchObject({ claimants: ['okonjo'], targets: ['korvia'], certainty: 'hedged' });
  });

  it('reads "was (likely) the work of X" after a wrong, hedging "likely"', () => {
    const [c] = accusations(claimsOf('Okonjo said the massacre was the work of the Red Hand Brigade.', [OKONJO, RED_HAND]));
    expect(c).toMatchObject({ claimants: ['okonjo'], targets: ['redhand'], certainty: 'asserted' });
    const [d] = accusations(claimsOf('Okonjo said the ambush was likely the work of the Red Hand Brigade.', [OKONJO, RED_HAND]));
    expect(d).toMatchObject({ targets: ['redhand'], certainty: 'hedged' });
    expect(accusations(claimsOf('Okonjo said the new bridge was the work of the Red Hand Brigade.', [OKONJO, RED_HAND]))).toHaveLength(0);
  });

  it('reads "pointed to X\'s involvement in" as a hedged accusation', () => {
    const [c] = accusations(claimsOf('Velasco said the evidence pointed to Korvian involvement in the sabotage.', [VELASCO, KORVIA]));
    expect(c).toMatchObject({ claimants: ['velasco'], targets: ['korvia'], certainty: 'hedged' });
    expect(accusations(claimsOf('Velasco pointed to Korvia as an example.', [VELASCO, KORVIA]))).toHaveLength(0);
  });
});

describe('doers behind appositions and backers, and named after the predicate', () => {
  it('reads the subject before an apposition: "X, Korvia\'s spy agency, hacked …"', () => {
    const [c] = accusations(claimsOf("Halvorsen said the State Security Bureau, Korvia's spy agency, hacked the election commission.", [HALVORSEN, KORVIA, SECURITY_BUREAU]));
    expect(c).toMatchObject({ claimants: ['halvorsen'], targets: ['bureau'] });
  });

  it('accuses the backer of unnamed doers who act: "troops loyal to X shelled …"', () => {
    const [c] = accusations(claimsOf('Okonjo said militias loyal to Dravenia shelled the refugee camp.', [OKONJO, DRAVENIA]));
    expect(c).toMatchObject({ claimants: ['okonjo'], targets: ['dravenia'] });
    expect(accusations(claimsOf('Okonjo said voters loyal to Dravenia visited the refugee camp.', [OKONJO, DRAVENIA]))).toHaveLength(0);
  });

  it('reads "committing genocide" and "torturing", but not "committed to"', () => {
    expect(accusations(claimsOf('"Dravenia is committing war crimes in the valley," Okonjo said.', [OKONJO, DRAVENIA]))[0]).toMatchObject({ claimants: ['okonjo'], targets: ['dravenia'] });
    expect(accusations(claimsOf('Okonjo said the Korvian police were torturing detainees.', [OKONJO, KORVIA]))[0]).toMatchObject({ targets: ['korvia'] });
    expect(accusations(claimsOf('"Dravenia is committing more money to the schools," Okonjo said.', [OKONJO, DRAVENIA]))).toHaveLength(0);
  });

  it('takes the doer named after a wrongful predicate: "a crime committed by X"', () => {
    const [c] = accusations(claimsOf('"This was a crime committed by the Red Hand Brigade," Velasco said.', [VELASCO, RED_HAND]));
    expect(c).toMatchObject({ claimants: ['velasco'], targets: ['redhand'] });
  });
});

