import { describe, expect, it } from 'vitest';
import { claimsOf, country, org, p } from './helpers.ts';

/**
 * Session 9 slot rules (issue 5): who accuses and who is accused in general patterns of news
 * English. Sentences composed for these tests (invented names), positive and negative.
 */

const NO = country('no', 'Norland', 'Norlandic');
const VE = country('ve', 'Vestia', 'Vestian');
const RU = country('ru', 'Ruritania');
const LENK = p('lenk', 'Ari Lenk', 'Lenk');
const RANT = p('ir', 'Ivo Rant', 'Rant');
const UNION = org('gru', 'intl_org', 'Global Rowing Union');
const TEAM = org('aq', 'company', 'Team Aquila');
const EUU = org('eu', 'intl_org', 'European Union');
const HEAD = 'Court and trade news\n';

describe('the agent of a passive past a thousands comma', () => {
  it('reads "was fined 40,000 euros by X" with X as the claimant', () => {
    const [c] = claimsOf(`${HEAD}Last year Team Aquila was fined 40,000 euros by the Global Rowing Union for breaching its rules.`, [TEAM, UNION]);
    expect(c).toMatchObject({ claimants: ['gru'], targets: ['aq'] });
  });

  it('still stops at a comma that is no thousands separator', () => {
    const cs = claimsOf(`${HEAD}Last year Team Aquila was fined heavily, a penalty the Global Rowing Union announced by letter.`, [TEAM, UNION]);
    expect(cs.filter((c) => c.claimants.includes('gru'))).toEqual([]);
  });
});

describe('"charge" after a plural body of officials is their verb', () => {
  it('reads "Norlandic prosecutors charge teacher Ivo Rant with fraud" as a charge of Rant', () => {
    const cs = claimsOf(`${HEAD}Norlandic prosecutors charge teacher Ivo Rant with fraud over missing school funds.`, [NO, RANT]);
    const c = cs.find((x) => x.reason.startsWith('charge-verb'));
    expect(c?.targets).toEqual(['ir']);
  });

  it('leaves "the prosecutors charge sheet" a noun', () => {
    const cs = claimsOf(`${HEAD}The prosecutors charge sheet ran to forty pages, a clerk said of Ivo Rant.`, [RANT]);
    expect(cs.filter((x) => x.reason.startsWith('charge-verb'))).toEqual([]);
  });
});

describe('a lead\'s verb is no modifier of the person described after it', () => {
  it('keeps the subject of "Norland charged businessman Ivo Rant with …" as the claimant', () => {
    for (const text of [`${HEAD}Norland charged businessman Ivo Rant with fraud on Monday.`, `${HEAD}Norlandic prosecutors charged businessman Ivo Rant with fraud on Monday.`]) {
      const [c] = claimsOf(text, [NO, RANT]);
      expect(c, text).toMatchObject({ claimants: ['no'], targets: ['ir'] });
    }
  });

  it('still reads "A convicted businessman" (a participle right after the article) as the person described', () => {
    const cs = claimsOf(`${HEAD}A convicted businessman was charged again on Monday. Ivo Rant, 51, denied the charges.`, [RANT]);
    expect(cs[0]).toMatchObject({ claimants: [], targets: ['ir'] });
  });

  it('still reads "Vestian businessman Ivo Rant" as a nationality (the state is not accused)', () => {
    const [c] = claimsOf(`${HEAD}Norland charged Vestian businessman Ivo Rant with fraud on Monday.`, [NO, VE, RANT]);
    expect(c).toMatchObject({ claimants: ['no'], targets: ['ir'] });
  });
});

describe('a claim verb coordinated after reported speech', () => {
  it('gives "X said Y had … and accused Y\'s officials of …" to X (Y does not accuse itself)', () => {
    const [c] = claimsOf(`${HEAD}Trade Secretary Ari Lenk said Vestia had become a back door for cheap steel and accused Vestian customs officials of looking the other way.`, [LENK, VE]);
    expect(c).toMatchObject({ claimants: ['lenk'], targets: ['ve'], reason: 'accuse-verb:verb-object+reporting-subject' });
  });

  it('gives "X said Y had … and accused Z of …" to X as well', () => {
    const [c] = claimsOf(`${HEAD}Lenk said Vestia had been patient for years and accused Norland of stalling the talks.`, [LENK, VE, NO]);
    expect(c).toMatchObject({ claimants: ['lenk'], targets: ['no'] });
  });

  it('keeps the subject of a clause with no reporting verb ("Vestia thanked its partners and accused Norland")', () => {
    const [c] = claimsOf(`${HEAD}Vestia thanked its partners and accused Norland of stalling the talks.`, [VE, NO]);
    expect(c).toMatchObject({ claimants: ['ve'], targets: ['no'] });
  });
});

describe('"its government" is a state\'s', () => {
  it('resolves "Its government" to the country named before, not the bloc named after it', () => {
    const [c] = claimsOf(`${HEAD}Ruritania hopes to join the European Union by 2030. Its government has accused Vestia of trying to derail the vote.`, [RU, EUU, VE]);
    expect(c).toMatchObject({ claimants: ['ru'], targets: ['ve'] });
  });

  it('still resolves "its spokesman" to a body of any kind', () => {
    const [c] = claimsOf(`${HEAD}Vestia asked the European Union to act. Its spokesman accused Ruritania of blocking the aid convoys.`, [VE, EUU, RU]);
    expect(c?.claimants).toEqual(['eu']);
  });
});

describe('a reduced passive after a verb of seizing', () => {
  const FP = org('fp', 'agency', 'Federal Police of Norland', 'Federal Police');

  it('gives "Norlandic police arrested two men suspected of …" to the arresting state, not as its target', () => {
    const [c] = claimsOf(`${HEAD}Norlandic police arrested two men suspected of photographing military sites.`, [NO]);
    expect(c).toMatchObject({ claimants: ['no'], targets: [] });
  });

  it('reads the suspect named after the seizure verb as the target', () => {
    const [c] = claimsOf(`${HEAD}The Federal Police arrested on Tuesday a retired colonel, Ivo Rant, suspected of selling arms to smugglers.`, [FP, RANT]);
    expect(c).toMatchObject({ claimants: ['fp'], targets: ['ir'] });
  });

  it('reads a headline "Police arrests colonel accused of …" the same way', () => {
    const [c] = claimsOf('Federal Police arrests retired colonel Ivo Rant accused of smuggling arms\nThe Federal Police arrested Ivo Rant on Tuesday.', [FP, RANT]);
    expect(c).toMatchObject({ claimants: ['fp'], targets: ['ir'] });
  });

  it('leaves a passive seizure alone ("leader detained, accused of …": the detained is the suspect)', () => {
    const [c] = claimsOf('Opposition leader Ivo Rant detained, accused of plotting unrest\nNorland detained Ivo Rant on Friday.', [NO, RANT]);
    expect(c?.claimants).toEqual([]);
    expect(c?.targets).toEqual(['ir']);
  });
});

describe('a headline description resolved from the lead past byline lines', () => {
  const RADIO = org('vr', 'media', 'Vestia Radio');

  it('skips "By …" and "Posted on …" lines when the headline\'s "Government" is read from the lead', () => {
    const text = 'Government accuses Vestia Radio of biased protest coverage\n\nBy Jane Roe\n\nPosted on Thursday\n\nThe Norlandic government has accused privately owned Vestia Radio of inflaming last week\'s protests with its coverage.';
    const c = claimsOf(text, [NO, RADIO]).find((x) => x.evidence.text.startsWith('Government'));
    expect(c).toMatchObject({ claimants: ['no'], targets: ['vr'] });
  });

  it('still reads only the first two full sentences (a state named later is not the headline\'s government)', () => {
    const text = 'Government accuses Vestia Radio of biased protest coverage\n\nBy Jane Roe\n\nThe letter arrived at the station on Monday morning, staff said. It ran to four pages and was signed by an official. Later, Norland confirmed it had sent the letter to Vestia Radio.';
    const c = claimsOf(text, [NO, RADIO]).find((x) => x.evidence.text.startsWith('Government'));
    expect(c?.claimants).toEqual([]);
  });
});

describe('an indefinite rights group speaking in the lead, named after it', () => {
  const HRW = org('hw', 'other_org', 'Harbour Rights Watch');
  const lead = (speaker: string): string =>
    `Army news today\n\nNorlandic troops shelled three villages in the north last month, killing at least nine civilians, ${speaker} said on Tuesday. Harbour Rights Watch said it had interviewed forty witnesses in the area.`;

  it('gives "…, a human rights group said" to the rights group the next sentence names', () => {
    const c = claimsOf(lead('a human rights group'), [NO, HRW]).find((x) => x.evidence.text.startsWith('Norlandic troops'));
    expect(c).toMatchObject({ claimants: ['hw'], targets: ['no'] });
  });

  it('leaves a group with no rights-group modifier unnamed ("a local group said")', () => {
    const c = claimsOf(lead('a local group'), [NO, HRW]).find((x) => x.evidence.text.startsWith('Norlandic troops'));
    expect(c?.claimants).toEqual([]);
  });
});

describe('a headline object described by its trade', () => {
  const OC = org('oc', 'company', 'Ostrava Chemical Co.');
  const A = org('a', 'company', 'Alder Potash');
  const B = org('b', 'company', 'Birch Minerals');
  const C = org('c', 'company', 'Cedar Agri');
  const FIRMS = 'A group of farmers sued Alder Potash, Birch Minerals and Cedar Agri on Monday in a federal court in the capital.';

  it('reads "blames Vestian chemical plant" as the company the lead names, not the state of its adjective', () => {
    const text = 'Norland blames Vestian chemical plant for fish die-off in border river\n\nNorland\'s ecology ministry said on Friday that a plant run by Ostrava Chemical Co. across the border had discharged untreated wastewater.';
    const [c] = claimsOf(text, [NO, VE, OC]);
    expect(c).toMatchObject({ claimants: ['no'], targets: ['oc'] });
  });

  it('reads "three fertilizer makers" as the three companies of one lead sentence', () => {
    const [c] = claimsOf(`Lawsuit accuses three fertilizer makers of fixing prices\n\n${FIRMS}`, [A, B, C]);
    expect(c?.targets).toEqual(['a', 'b', 'c']);
  });

  it('leaves an uncounted plural ("fertilizer makers") and a wrong count alone', () => {
    for (const head of ['Norland blames fertilizer makers for fixing prices', 'Norland blames two fertilizer makers for fixing prices']) {
      const [c] = claimsOf(`${head}\n\n${FIRMS}`, [NO, A, B, C]);
      expect(c?.targets, head).toEqual([]);
    }
  });
});

describe('"claims attack" is taking credit, not accusing', () => {
  const K9 = org('k9', 'threat_group', 'Kraken Nine');

  it('gives no accusation for "X claims attack on Y" or "claimed responsibility for"', () => {
    for (const text of ['Kraken Nine crew claims attack on Norlandic hospital group\n\nThe crew posted files on its site.', 'Ransom news\n\nKraken Nine claimed responsibility for the outage in Norland.']) {
      expect(claimsOf(text, [K9, NO]).filter((c) => c.reason.startsWith('claim-verb')), text).toEqual([]);
    }
  });

  it('still reads "claimed the attack on the port was ordered by X" as a claim', () => {
    const [c] = claimsOf('Port news\n\nNorland claimed the attack on the port was ordered by Vestia.', [NO, VE]);
    expect(c).toMatchObject({ claimants: ['no'], targets: ['ve'] });
  });
});

describe('"state" before the noun it modifies is no verb of saying', () => {
  it('reads "police said that Vestian state hackers were behind …" with the police\'s state as the claimant', () => {
    const [c] = claimsOf('News today\n\nNorlandic police said that Vestian state hackers were behind the theft of millions from an exchange.', [NO, VE]);
    expect(c).toMatchObject({ claimants: ['no'], targets: ['ve'] });
  });

  it('still reads "the report states that …" as reported speech', () => {
    const [c] = claimsOf('News today\n\nNorland\'s report states that Vestian hackers were behind the theft of millions from an exchange.', [NO, VE]);
    expect(c).toMatchObject({ claimants: ['no'], targets: ['ve'] });
  });
});

describe('a person named after a body\'s role speaks, not also the body', () => {
  const KELL = p('ck', 'Cass Kell', 'Kell');
  const FM = org('fm', 'agency', 'Norlandic Foreign Ministry');
  const den = (text: string) => claimsOf(`News today\n\nVestia accused Norland of spying. ${text}`, [NO, VE, KELL, FM]).find((c) => c.type === 'denial');

  it('"Its spokesperson, Lieutenant General X, rejected …": title words open the apposition', () => {
    expect(den('Its spokesperson, Lieutenant General Cass Kell, rejected the accusations.')?.claimants).toEqual(['ck']);
  });

  it('"The representative of Norland, Deputy Permanent Representative X, rejected …"', () => {
    expect(den('The representative of Norland, Deputy Permanent Representative Cass Kell, rejected the accusations.')?.claimants).toEqual(['ck']);
  });

  it('"<body> spokesperson X dismissed …": the body\'s role, then its holder', () => {
    expect(den('Norlandic Foreign Ministry spokesperson Cass Kell dismissed the accusations.')?.claimants).toEqual(['ck']);
  });

  it('keeps both where the body and the person are listed ("Norland and Cass Kell rejected …")', () => {
    expect(den('Norland and Cass Kell rejected the accusations.')?.claimants).toEqual(['no', 'ck']);
  });
});

describe('"under X sanctions": the noun, imposed by its modifier\'s body on the subject', () => {
  const LM = org('lm', 'company', 'Lumen Media Group', 'Lumen');
  const US2 = country('us', 'United States', 'U.S.');

  it('reads "The company is already under European sanctions for …" and "faces new U.S. sanctions over …"', () => {
    const text = 'News today\n\nLumen Media Group runs three channels. The company is already under European sanctions since 2023 for spreading propaganda. Lumen also faces new U.S. sanctions over election interference.';
    const cs = claimsOf(text, [org('eu', 'intl_org', 'European Union', 'European'), LM, US2]);
    expect(cs.map((c) => [c.claimants, c.targets])).toEqual([[['eu'], ['lm']], [['us'], ['lm']]]);
  });

  it('leaves the verb "The United States sanctions Lumen for …" as it was', () => {
    const [c] = claimsOf('News today\n\nThe United States sanctions Lumen for election interference.', [LM, US2]);
    expect(c).toMatchObject({ claimants: ['us'], targets: ['lm'] });
    expect(c?.reason).not.toContain('under-sanctions');
  });
});

describe('a lead\'s titled description keeps its modifier', () => {
  const ALB = p('ra', 'Rui Alban', 'Alban');
  const FAL = p('df', 'Dario Falk', 'Falk');
  const body = 'Norland\'s defence minister, Rui Alban, resigned on Friday over a helicopter contract. Opposition leaders accused Prime Minister Dario Falk of shielding him for weeks.';

  it('reads a headline\'s "Norlandic defence minister … denies wrongdoing" as the defence minister, not the prime minister', () => {
    const den = claimsOf(`Norlandic defence minister resigns over helicopter deal, denies wrongdoing\n\n${body}`, [NO, ALB, FAL]).find((c) => c.type === 'denial');
    expect(den?.claimants).toEqual(['ra']);
  });

  it('still falls back to the bare role ("a federal judge" is "District Judge X")', () => {
    const text = 'Engineer convicted of spying\n\nA former engineer was remanded into custody after a federal judge convicted him of espionage. U.S. District Judge Dario Falk found Rui Alban guilty of six counts.';
    const c = claimsOf(text, [ALB, FAL]).find((x) => x.evidence.text.startsWith('A former engineer'));
    expect(c?.claimants).toEqual(['df']);
  });
});
