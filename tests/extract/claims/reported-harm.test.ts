import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/types/index.ts';
import { org, country, p, claimsOf } from './helpers.ts';

/**
 * "X said Y did Z" with no cue word (session 4): reported speech whose clause states a
 * wrongful act of a named actor, read by the harm rule of src/extract/claims/analyse.ts with
 * the harm verbs of src/lexicons/cues.ts. Sentences composed for these tests (invented
 * names, real countries); none is from the corpus or the generality sets.
 */

const accusations = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'accusation');

const CHILE = country('cl', 'Chile', 'Santiago', 'Chilean');
const PERU = country('pe', 'Peru', 'Lima', 'Peruvian');
const ROJAS = p('rojas', 'Elena Rojas', 'Rojas');
const ANDINA = org('andina', 'company', 'Andina Freight', 'Andina');

describe('acts of armed force told by a speaker', () => {
  it('reads units and gunboats named by a country adjective as the country', () => {
    const [a] = accusations(claimsOf('Rojas said Peruvian units opened fire on a Chilean border post.', [ROJAS, PERU, CHILE]));
    expect(a).toMatchObject({ claimants: ['rojas'], targets: ['pe'] });
    expect(accusations(claimsOf('Rojas said Peruvian gunboats had fired first.', [ROJAS, PERU]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['pe'] });
  });

  it('reads "fired on civilians" and "was killing civilians"', () => {
    expect(accusations(claimsOf('Chile said Peru had fired on protesters near the bridge.', [CHILE, PERU]))[0]).toMatchObject({ claimants: ['cl'], targets: ['pe'] });
    expect(accusations(claimsOf('Rojas said the Peruvian army was systematically killing farmers.', [ROJAS, PERU]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['pe'] });
  });

  it('reads an airspace incursion, also after "said that at least three"', () => {
    const [a] = accusations(claimsOf('Chile said on Friday that at least two Peruvian jets crossed into Chilean airspace.', [CHILE, PERU]));
    expect(a).toMatchObject({ claimants: ['cl'], targets: ['pe'] });
  });

  it('does not read sport, dismissals or idioms as attacks', () => {
    expect(accusations(claimsOf('Peru fired first in the penalty shootout, Rojas said.', [ROJAS, PERU]))).toHaveLength(0);
    expect(accusations(claimsOf('Rojas said Andina fired its chief executive on Monday.', [ROJAS, ANDINA]))).toHaveLength(0);
    expect(accusations(claimsOf('Rojas said the Peruvian team was killing time before the final.', [ROJAS, PERU]))).toHaveLength(0);
    expect(accusations(claimsOf('Rojas said Peruvian jets flew over Lima for the parade.', [ROJAS, PERU]))).toHaveLength(0);
  });
});

describe('deceit and obstruction told by a speaker', () => {
  it('reads "appears to have misled" as a hedged accusation', () => {
    const [a] = accusations(claimsOf('Rojas said Andina "appears to have misled regulators" about its cargo.', [ROJAS, ANDINA]));
    expect(a).toMatchObject({ claimants: ['rojas'], targets: ['andina'], certainty: 'hedged' });
  });

  it('reads barring inspectors, not barring a road', () => {
    expect(accusations(claimsOf('Chile said Peru had barred international inspectors from the mine.', [CHILE, PERU]))[0]).toMatchObject({ claimants: ['cl'], targets: ['pe'] });
    expect(accusations(claimsOf('Chile said Peru had blocked the road for repairs.', [CHILE, PERU]))).toHaveLength(0);
  });

  it('gives nothing for neutral reported speech', () => {
    expect(claimsOf('Rojas said the talks with Peru were useful and Andina would expand.', [ROJAS, PERU, ANDINA])).toHaveLength(0);
    expect(claimsOf('Chile said Peruvian troops had arrived for the joint exercise.', [CHILE, PERU])).toHaveLength(0);
  });
});

describe('more wrongful acts told by a speaker', () => {
  const BOLIVIA = country('bo', 'Bolivia', 'La Paz', 'Bolivian');
  const CONDOR = org('condor', 'threat_group', 'Condor Spider');
  const MENDEZ = p('mendez', 'Raul Mendez', 'Mendez');

  it('reads betrayal of a country and breaking the law, not a betrayed feeling', () => {
    expect(accusations(claimsOf('Rojas said Mendez betrayed his country for money.', [ROJAS, MENDEZ]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['mendez'] });
    expect(accusations(claimsOf('Rojas said Andina broke export laws for years.', [ROJAS, ANDINA]))[0]).toMatchObject({ targets: ['andina'] });
    expect(accusations(claimsOf('Rojas said Mendez felt betrayed by the result.', [ROJAS, MENDEZ]))).toHaveLength(0);
  });

  it('reads "continue to target" and "using X as a weapon"', () => {
    expect(accusations(claimsOf('Rojas said Bolivian spies continue to target exiled journalists.', [ROJAS, BOLIVIA]))[0]).toMatchObject({ targets: ['bo'] });
    expect(accusations(claimsOf('"La Paz is using water as a weapon," Rojas said.', [ROJAS, BOLIVIA]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['bo'] });
    expect(accusations(claimsOf('Rojas said Bolivia used the stadium as a venue for the summit.', [ROJAS, BOLIVIA]))).toHaveLength(0);
  });

  it('reads coercion into labour, not "forces" as a noun', () => {
    expect(accusations(claimsOf('Rojas said Bolivia was forcing farmers into labour camps.', [ROJAS, BOLIVIA]))[0]).toMatchObject({ targets: ['bo'] });
    expect(accusations(claimsOf('Rojas urged Bolivian forces to leave the valley.', [ROJAS, BOLIVIA]))).toHaveLength(0);
  });

  it('reads a cover for operations, acting on behalf of a state body, an unexplained failure', () => {
    expect(accusations(claimsOf('Rojas said Andina had served as a front for Bolivian intelligence.', [ROJAS, ANDINA, BOLIVIA]))[0]?.targets).toContain('andina');
    expect(accusations(claimsOf('Rojas said Condor Spider was probably acting on behalf of Bolivia.', [ROJAS, CONDOR, BOLIVIA]))[0]?.targets).toContain('condor');
    expect(accusations(claimsOf('The inspectors said Bolivia had failed to explain the missing uranium.', [BOLIVIA]))[0]).toMatchObject({ targets: ['bo'] });
  });

  it('reads a group organised to seize power and money received to fund riots', () => {
    expect(accusations(claimsOf('Rojas said Mendez had organised a group intending to seize power by force.', [ROJAS, MENDEZ]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['mendez'] });
    expect(accusations(claimsOf('Rojas said Mendez had received money from abroad to fund mass riots.', [ROJAS, MENDEZ]))[0]).toMatchObject({ targets: ['mendez'] });
    expect(accusations(claimsOf('Rojas said Mendez had organised a group of volunteers for the clean-up.', [ROJAS, MENDEZ]))).toHaveLength(0);
  });

  it('reads "the same group" as the group named before', () => {
    const text = 'Bolivia blamed Condor Spider for the outage. Rojas said the same group had hacked the tax office.';
    const hacked = accusations(claimsOf(text, [BOLIVIA, CONDOR, ROJAS])).find((c) => c.claimants.includes('rojas'));
    expect(hacked?.targets).toEqual(['condor']);
  });

  it('reads "Prosecutors said he laundered" as an accusation, "Mendez said he had fired the shots" as none', () => {
    const text = 'Mendez was arrested in La Paz. Prosecutors said he laundered the proceeds through shell companies.';
    expect(accusations(claimsOf(text, [MENDEZ, BOLIVIA])).find((c) => c.cue === 'laundered')).toMatchObject({ claimants: [], targets: ['mendez'] });
    expect(accusations(claimsOf('Mendez spoke on Monday. Mendez said he had attacked the convoy.', [MENDEZ]))).toHaveLength(0);
  });

  it('reads a relative clause of estimate: "a gang which the police estimate extorted $5 million"', () => {
    const text = 'Mendez led Condor Spider, which Bolivian police estimate extorted $5 million from hospitals.';
    expect(accusations(claimsOf(text, [MENDEZ, CONDOR, BOLIVIA])).find((c) => c.targets.includes('condor'))).toBeDefined();
  });
});

describe('coordinated predicates, long speaker tails, state services', () => {
  const BOLIVIA = country('bo', 'Bolivia', 'La Paz', 'Bolivian');
  const WATCH = org('watch', 'other_org', 'Andes Rights Watch');

  it('gives the clause subject to a harm verb that is the second of two predicates', () => {
    const text = 'Bolivia has enlarged its uranium stockpile and has barred international inspectors from two sites, Rojas said in a statement.';
    expect(accusations(claimsOf(text, [BOLIVIA, ROJAS]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['bo'] });
  });

  it('does not give it across a new subject or without a harm verb', () => {
    expect(accusations(claimsOf('Bolivia has closed the border, and smugglers attacked a police post, Rojas said.', [BOLIVIA, ROJAS]))).toHaveLength(0);
    expect(accusations(claimsOf('Bolivia has opened a consulate and has hired forty staff, Rojas said.', [BOLIVIA, ROJAS]))).toHaveLength(0);
  });

  it('finds the speaker of "…, X said in a report released Tuesday"', () => {
    const text = 'Bolivian authorities are forcing miners into labour camps, Andes Rights Watch said in a report released Tuesday.';
    expect(accusations(claimsOf(text, [BOLIVIA, WATCH]))[0]).toMatchObject({ claimants: ['watch'], targets: ['bo'] });
  });

  it('reads "continues to use X as bargaining chips" and "intelligence services continue to target"', () => {
    expect(accusations(claimsOf('Rojas said the Bolivian government continues to use detained tourists as bargaining chips.', [ROJAS, BOLIVIA]))[0]).toMatchObject({ targets: ['bo'] });
    expect(accusations(claimsOf("Rojas said Bolivia's intelligence services continue to target exiled reporters.", [ROJAS, BOLIVIA]))[0]).toMatchObject({ targets: ['bo'] });
  });
});

describe('evaluations of wrongs without a cue verb (lexicon additions)', () => {
  const BOLIVIA = country('bo', 'Bolivia', 'La Paz', 'Bolivian');

  it('reads a violated sovereignty and an instrument used to interfere', () => {
    expect(accusations(claimsOf('Rojas said Bolivia had violated the sovereignty of its neighbours.', [ROJAS, BOLIVIA]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['bo'] });
    expect(accusations(claimsOf('Rojas said La Paz was using trade talks to derail the peace process.', [ROJAS, BOLIVIA]))[0]).toMatchObject({ targets: ['bo'] });
    expect(accusations(claimsOf('Rojas said Bolivia was using trade talks to boost exports.', [ROJAS, BOLIVIA]))).toHaveLength(0);
  });

  it('reads a victim punished for his reporting or wrongfully detained, not one killed in a crash or killed for his country', () => {
    expect(accusations(claimsOf('"Mendez was murdered for what he wrote," Rojas said.', [ROJAS, p('mendez', 'Raul Mendez', 'Mendez')]))).toHaveLength(1);
    expect(accusations(claimsOf('Rojas said the reporter is being punished for doing her job.', [ROJAS]))).toHaveLength(1);
    expect(accusations(claimsOf('Rojas said the tourist was wrongfully detained.', [ROJAS]))).toHaveLength(1);
    expect(accusations(claimsOf('Rojas said the driver was killed in a crash on Sunday.', [ROJAS]))).toHaveLength(0);
    expect(accusations(claimsOf('Rojas said the pilot was shot down and killed for his country in 1982.', [ROJAS]))).toHaveLength(0);
  });

  it('reads malicious activity by a state', () => {
    expect(accusations(claimsOf('"This is malicious cyber activity by Bolivia," Rojas said.', [ROJAS, BOLIVIA]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['bo'] });
  });

  it('reads a headline "groups call trial a sham", not "call for calm"', () => {
    expect(accusations(claimsOf('Rights groups call Bolivian trial a sham', [BOLIVIA]))).toHaveLength(1);
    expect(accusations(claimsOf('Rights groups call for calm in Bolivia', [BOLIVIA]))).toHaveLength(0);
  });

  it('reads courts turned into an instrument of repression', () => {
    expect(accusations(claimsOf('Rojas said Bolivia had turned the courts into an instrument of repression.', [ROJAS, BOLIVIA]))[0]).toMatchObject({ targets: ['bo'] });
  });
});

describe('a neutral article full of reported speech', () => {
  it('gives no claim', () => {
    const BRAZIL = country('br', 'Brazil', 'Brasilia', 'Brazilian');
    const ARGENTINA = country('ar', 'Argentina', 'Buenos Aires', 'Argentine');
    const SOUZA = p('souza', 'Ana Souza', 'Souza');
    const text = [
      "Brazil's trade minister, Ana Souza, said the talks were useful and that Brasilia would expand its exports of soybeans.",
      'Argentina said it had fully implemented the new customs code in March.',
      'Souza said Brazilian firms had targeted new markets in Asia and had opened offices in Tokyo.',
      'She added that the government was killing two birds with one stone by cutting red tape.',
      'Argentine officials said the country had always respected the schedule agreed with its creditors.',
      'Souza said the marathon in Brasilia was entirely peaceful and that no one was hurt.',
      'Argentina said its jets flew over Buenos Aires for the national day parade.',
      "Argentina's central bank said it had fired its chief economist, who had served as an adviser for ten years.",
      'Souza said Brazil would use the summit as a platform to promote biofuels.',
      'Souza said the budget was fully transparent and would be published online.',
      'Brazil said its troops had crossed into the stadium area to secure the event.',
      'Souza said the company had received funds from investors to finance new factories.',
      'The mayor said Brasilia had turned the old port into a hub of innovation.',
      'Analysts said Argentina was forcing the pace of reform.',
    ].join(' ');
    expect(claimsOf(text, [BRAZIL, ARGENTINA, SOUZA])).toEqual([]);
  });
});

describe('labels, strategies and shielding (lexicon additions)', () => {
  const BOLIVIA = country('bo', 'Bolivia', 'La Paz', 'Bolivian');
  const CUBA = country('cu', 'Cuba', 'Havana');

  it('reads \'La Paz\'s "reckless actions"\' with a quote mark after the possessive', () => {
    expect(accusations(claimsOf('Rojas said La Paz\'s "reckless actions threaten the region."', [ROJAS, BOLIVIA]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['bo'] });
  });

  it('reads shielding from accountability, hiding the truth, not shielding from the rain', () => {
    expect(accusations(claimsOf('Rojas said Cuba had repeatedly shielded Bolivia from accountability.', [ROJAS, CUBA, BOLIVIA]))[0]?.targets).toContain('cu');
    expect(accusations(claimsOf('Rojas said Andina hid the truth from its investors.', [ROJAS, ANDINA]))[0]).toMatchObject({ targets: ['andina'] });
    expect(accusations(claimsOf('Rojas said Andina shielded its staff from the rain.', [ROJAS, ANDINA]))).toHaveLength(0);
  });

  it('reads "a gang of war-mongers" said of an actor, a strategy of theft by a possessor', () => {
    expect(accusations(claimsOf('Rojas said Bolivia was "a gang of war-mongers."', [ROJAS, BOLIVIA]))[0]).toMatchObject({ targets: ['bo'] });
    expect(accusations(claimsOf('"This case shows Bolivia\'s strategy of stealing technology," Rojas said.', [ROJAS, BOLIVIA]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['bo'] });
    expect(accusations(claimsOf('Rojas said Bolivia had a strategy of growth for the next decade.', [ROJAS, BOLIVIA]))).toHaveLength(0);
  });

  it('reads "called the incursion a deliberate provocation"', () => {
    expect(accusations(claimsOf('Rojas called the incursion by Bolivia "a deliberate provocation."', [ROJAS, BOLIVIA]))).toHaveLength(1);
  });
});

describe('group members, raids, campaigns, evidence pointing to an actor', () => {
  const BOLIVIA = country('bo', 'Bolivia', 'La Paz', 'Bolivian');
  const FRONT = org('front', 'threat_group', 'Andean Liberation Front', 'ALF');

  it('reads "ALF fighters went house to house, killing …" as an accusation of the group', () => {
    const text = 'Rojas said ALF fighters went house to house in the village, killing farmers and burning homes.';
    expect(accusations(claimsOf(text, [ROJAS, FRONT]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['front'] });
    expect(accusations(claimsOf('Rojas said ALF members went house to house collecting donations.', [ROJAS, FRONT]))).toHaveLength(0);
  });

  it('reads "a deliberate campaign to drive people from their land"', () => {
    expect(accusations(claimsOf('"It was a deliberate campaign to drive farmers from their land," Rojas said.', [ROJAS]))).toHaveLength(1);
    expect(accusations(claimsOf('"It was a deliberate campaign to win young voters," Rojas said.', [ROJAS]))).toHaveLength(0);
  });

  it('reads "the evidence points to X" as placing responsibility, not "points to a need"', () => {
    expect(accusations(claimsOf('"The evidence points to the ALF leadership," Rojas said.', [ROJAS, FRONT]))[0]).toMatchObject({ claimants: ['rojas'], targets: ['front'] });
    expect(accusations(claimsOf('"The evidence points to a need for reform," Rojas said.', [ROJAS]))).toHaveLength(0);
  });

  it('finds a speaker after a long tail: "…, the watchdog said in a report seen by reporters on Monday"', () => {
    const WATCH = org('watch', 'intl_org', 'Andean Nuclear Agency');
    const text = 'Bolivia has barred international inspectors from two sites, the Andean Nuclear Agency said in a confidential report seen by reporters on Monday.';
    expect(accusations(claimsOf(text, [BOLIVIA, WATCH]))[0]).toMatchObject({ claimants: ['watch'], targets: ['bo'] });
  });
});

describe("a country's generic body speaks for the country", () => {
  it('credits Chile for "Chile\'s defence ministry said", a named agency for itself', () => {
    const MINISTRY = org('dm', 'agency', 'defence ministry');
    const text = "Chile's defence ministry said Peruvian units opened fire on a border post.";
    expect(accusations(claimsOf(text, [CHILE, PERU, MINISTRY]))[0]).toMatchObject({ claimants: ['cl'], targets: ['pe'] });
    const NCSA = org('ncsa', 'agency', 'National Cyber Security Agency', 'NCSA');
    const text2 = "Chile's NCSA said Peruvian hackers had targeted the tax office.";
    expect(accusations(claimsOf(text2, [CHILE, PERU, NCSA]))[0]).toMatchObject({ claimants: ['ncsa'], targets: ['pe'] });
  });
});

describe('a role in apposition after a country adjective; restraint', () => {
  it('credits the named spokesperson alone for "A Peruvian army spokesperson, Colonel X, said"', () => {
    const LUNA = p('luna', 'Marco Luna', 'Luna');
    const text = 'A Peruvian army spokesperson, Colonel Marco Luna, said Chilean troops had fired on a patrol.';
    expect(accusations(claimsOf(text, [PERU, CHILE, LUNA]))[0]).toMatchObject({ claimants: ['luna'], targets: ['cl'] });
  });

  it('reads "only targets military positions" as no accusation', () => {
    const FRONT = org('front', 'threat_group', 'Andean Liberation Front');
    expect(accusations(claimsOf('Rojas said the army only targets positions of the Andean Liberation Front.', [ROJAS, FRONT]))).toHaveLength(0);
  });
});

describe('officials\' assessments of where an attack came from', () => {
  const ECUADOR = country('ec', 'Ecuador', 'Quito', 'Ecuadorian');

  it('reads "officials believe the drones were launched from Peru" (hedged) and "fired from the territory of"', () => {
    const [a] = accusations(claimsOf('Chilean officials believe the drones were launched from Peru.', [CHILE, PERU]));
    expect(a).toMatchObject({ claimants: ['cl'], targets: ['pe'], certainty: 'hedged' });
    expect(accusations(claimsOf("Ecuador's army said the rockets were fired from the territory of Peru.", [ECUADOR, PERU]))[0]).toMatchObject({ claimants: ['ec'], targets: ['pe'] });
  });

  it('does not accuse a place named after "near", a Peru-based firm, or a state when the doers are named by "by"', () => {
    expect(accusations(claimsOf('Officials said the drones were launched from a field near Quito for a film.', [ECUADOR]))).toHaveLength(0);
    expect(accusations(claimsOf('Chile said the parcels were sent from Peru by a courier firm.', [CHILE, PERU]))).toHaveLength(0);
    expect(accusations(claimsOf('Chile said the rocket was launched from Peru-based facilities for a weather study.', [CHILE, PERU]))).toHaveLength(0);
  });
});

describe('violent and fraudulent acts told by a speaker', () => {
  it('reads stabbing, torching, hijacking, swindling and jamming', () => {
    const MENDEZ = p('mendez', 'Raul Mendez', 'Mendez');
    expect(accusations(claimsOf('Police said Mendez stabbed two guards during the escape.', [MENDEZ]))[0]).toMatchObject({ targets: ['mendez'] });
    expect(accusations(claimsOf('Rojas said Peruvian soldiers torched three villages.', [ROJAS, PERU]))[0]).toMatchObject({ targets: ['pe'] });
    expect(accusations(claimsOf('Rojas said Andina swindled pensioners out of their savings.', [ROJAS, ANDINA]))[0]).toMatchObject({ targets: ['andina'] });
    expect(accusations(claimsOf('Chile said Peru had jammed GPS signals over the border.', [CHILE, PERU]))[0]).toMatchObject({ claimants: ['cl'], targets: ['pe'] });
  });

  it('does not read a jam of traffic as jamming', () => {
    expect(accusations(claimsOf('Chile said Peru had jammed the highway with trucks for the festival.', [CHILE, PERU]))).toHaveLength(0);
  });
});

describe('a bare "Prosecutors said" after "<country adjective> prosecutors"', () => {
  const MENDEZ = p('mendez', 'Raul Mendez', 'Mendez');

  it('credits the country named with the same body just before', () => {
    const text = 'Mendez was detained in Lima. According to Peruvian prosecutors, he ran the site for years. Prosecutors said he laundered the profits through shell companies.';
    expect(accusations(claimsOf(text, [MENDEZ, PERU])).find((c) => c.cue === 'laundered')).toMatchObject({ claimants: ['pe'], targets: ['mendez'] });
  });

  it('credits nobody when no such body was named, or another body was', () => {
    const text = 'Mendez was detained in Lima. Prosecutors said he laundered the profits through shell companies.';
    expect(accusations(claimsOf(text, [MENDEZ, PERU])).find((c) => c.cue === 'laundered')).toMatchObject({ claimants: [] });
    const text2 = 'Mendez was detained in Lima by Peruvian police. Prosecutors said he laundered the profits through shell companies.';
    expect(accusations(claimsOf(text2, [MENDEZ, PERU])).find((c) => c.cue === 'laundered')).toMatchObject({ claimants: [] });
  });
});

describe('paying others to do harm', () => {
  it('reads "paid protesters to storm buildings" and "paid bribes", not "paid workers to build"', () => {
    expect(accusations(claimsOf('Rojas said Peruvian agents had paid young men to storm the parliament.', [ROJAS, PERU]))[0]).toMatchObject({ targets: ['pe'] });
    expect(accusations(claimsOf('Rojas said Andina paid bribes to customs officers.', [ROJAS, ANDINA]))[0]).toMatchObject({ targets: ['andina'] });
    expect(accusations(claimsOf('Rojas said Andina paid local workers to build the new depot.', [ROJAS, ANDINA]))).toHaveLength(0);
  });
});

describe('a neutral military and police report', () => {
  it('gives no claim', () => {
    const JAPAN = country('jp', 'Japan', 'Tokyo', 'Japanese');
    const AUSTRALIA = country('au', 'Australia', 'Canberra', 'Australian');
    const SATO = p('sato', 'Kenji Sato', 'Sato');
    const text = [
      'The Japanese navy said its ships fired at target drones during a joint exercise with Australia on Tuesday.',
      'Australian officials said the exercise was conducted in line with the schedule.',
      'A Japanese defence ministry spokesman, Kenji Sato, said the ships had only targeted floating decoys.',
      'Sato said Japanese helicopters flew into the exercise area from the carrier.',
      'Police said a man stabbed himself in a kitchen accident and was treated in hospital.',
      'Sato said the navy had paid contractors to build a new pier.',
      'Officials said the drones were launched from a base in Okinawa.',
      'Sato said Japan had always respected its budget rules.',
      'The minister said a fire had burned down a warehouse near the port.',
    ].join(' ');
    expect(claimsOf(text, [JAPAN, AUSTRALIA, SATO])).toEqual([]);
  });
});

describe('a time adverb between the auxiliary and the act (session 5)', () => {
  it('reads "had earlier/already/again <verb>" like "had <verb>"', () => {
    for (const adv of ['earlier', 'already', 'again', 'still']) {
      const text = `Rojas said Peru had ${adv} shelled the border villages near the river.`;
      const [c] = accusations(claimsOf(text, [ROJAS, PERU]));
      expect(c, adv).toMatchObject({ claimants: ['rojas'], targets: ['pe'] });
    }
  });

  it('still gives nothing for the same act in narration or negated', () => {
    expect(accusations(claimsOf('Peru had earlier shelled the border villages near the river.', [PERU]))).toEqual([]);
    expect(accusations(claimsOf('Rojas said Peru had not earlier shelled the border villages.', [ROJAS, PERU]))).toEqual([]);
  });
});

describe('a threat group named with its own head noun (session 5)', () => {
  const KB = org('kb', 'threat_group', 'Kestrel Bear');
  const VENDOR = org('vx', 'company', 'Vextra');
  it('"the Kestrel Bear group / ransomware gang hacked …" is the group\'s act', () => {
    for (const text of [
      'Vextra said the Kestrel Bear group compromised dozens of routers last year.',
      'Vextra said the Kestrel Bear ransomware gang hacked the hospital servers.',
    ]) {
      expect(accusations(claimsOf(text, [KB, VENDOR]))[0], text).toMatchObject({ claimants: ['vx'], targets: ['kb'] });
    }
  });

  it('a group that is the object of someone else\'s act is no doer', () => {
    expect(accusations(claimsOf('Vextra said the Kestrel Bear group was tracked by its analysts for months.', [KB, VENDOR]))).toEqual([]);
  });
});

describe('"linked <actor> to <the wrong>", the headline order (session 5)', () => {
  const KB = org('kb', 'threat_group', 'Kestrel Bear');
  const VENDOR = org('vx', 'company', 'Vextra');
  it('the object is the accused when "to" leads to the wrong', () => {
    expect(accusations(claimsOf('Vextra researchers linked Kestrel Bear to the intrusions at the ministry.', [KB, VENDOR]))[0]).toMatchObject({ claimants: ['vx'], targets: ['kb'] });
    expect(accusations(claimsOf("Vextra ties Kestrel Bear to breaches at three telecoms", [KB, VENDOR]))[0]).toMatchObject({ claimants: ['vx'], targets: ['kb'] });
  });

  it('"linked <actor> to" something that is no wrong accuses nobody', () => {
    expect(accusations(claimsOf('Vextra linked Kestrel Bear to a new naming convention.', [KB, VENDOR]))).toEqual([]);
  });
});
