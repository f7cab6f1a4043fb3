import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/types/index.ts';
import { org, country, p, claimsOf } from './helpers.ts';
import { evaluativeHitsBySentence } from '../../../src/extract/claims/evaluative.ts';
import { EVALUATIVE } from '../../../src/lexicons/wrongdoing.ts';

/**
 * Short and indirect denials (session 4): rebuttals with no denial verb (the `rebuttal`
 * entry of src/lexicons/wrongdoing.ts), "rejected the criticism", "called the report
 * politically motivated", "charges she says are fabricated". Sentences composed for these
 * tests (invented names); none is from the corpus or the generality sets.
 */

const denials = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'denial');

const LATVIA = country('lv', 'Latvia', 'Riga', 'Latvian');
const MOLDOVA = country('md', 'Moldova', 'Chisinau');
const OZOLS = p('ozols', 'Janis Ozols', 'Ozols');
const BERZINA = p('berzina', 'Ilze Berzina', 'Berzina');
const VENTA = org('venta', 'company', 'Venta Logistics', 'Venta');

describe('rebuttals without a denial verb', () => {
  it('reads "X, not a criminal" as the speaker\'s denial', () => {
    const [d, ...rest] = denials(claimsOf('Ozols told the court that he was "a bookkeeper, not a criminal."', [OZOLS]));
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ claimants: ['ozols'], targets: [] });
  });

  it('reads "had no links to any foreign government"', () => {
    expect(denials(claimsOf('Berzina said her husband had no links to any foreign government.', [BERZINA]))[0]).toMatchObject({ claimants: ['berzina'] });
  });

  it('does not read a link to a person or place as a denial', () => {
    expect(denials(claimsOf('Berzina said the village had no links to the railway.', [BERZINA]))).toHaveLength(0);
  });

  it('reads an entrapment defence', () => {
    expect(denials(claimsOf('Berzina argued that Ozols had been entrapped by an informant.', [BERZINA, OZOLS]))[0]).toMatchObject({ claimants: ['berzina'] });
  });

  it('reads "had only told the truth" but not "punished for doing her job"', () => {
    expect(denials(claimsOf('Berzina said Ozols had simply told the truth about the port.', [BERZINA, OZOLS]))).toHaveLength(1);
    expect(denials(claimsOf('Berzina said Ozols was being punished for doing his job.', [BERZINA, OZOLS]))).toHaveLength(0);
  });

  it('reads "no one is jailed for their views" and "there are no political prisoners"', () => {
    expect(denials(claimsOf('Latvia said that no one in the country is jailed for their political views.', [LATVIA]))).toHaveLength(1);
    expect(denials(claimsOf('Ozols insisted there are no political prisoners in Moldova.', [OZOLS, MOLDOVA]))).toHaveLength(1);
  });

  it('reads "only targets military positions"', () => {
    expect(denials(claimsOf('Ozols said the air force only targets military depots.', [OZOLS]))[0]).toMatchObject({ claimants: ['ozols'] });
    expect(denials(claimsOf('Ozols said the air force targets military depots.', [OZOLS]))).toHaveLength(0);
  });

  it('reads compliance asserted with an adverb', () => {
    expect(denials(claimsOf('Moldova said it had always strictly complied with the arms embargo.', [MOLDOVA]))[0]).toMatchObject({ claimants: ['md'] });
    expect(denials(claimsOf('Venta said the shipments were made in full compliance with export rules.', [VENTA]))[0]).toMatchObject({ claimants: ['venta'] });
  });

  it('does not read a bare report of implementation or a future compliance as a denial', () => {
    expect(denials(claimsOf('Moldova said it implemented the new customs rules in March.', [MOLDOVA]))).toHaveLength(0);
    expect(denials(claimsOf('Moldova said it would comply with the ruling.', [MOLDOVA]))).toHaveLength(0);
    expect(denials(claimsOf('Moldova said it had always respected its budget rules.', [MOLDOVA]))).toHaveLength(0);
    expect(denials(claimsOf('Moldova said it had always faithfully implemented UN resolutions.', [MOLDOVA]))).toHaveLength(1);
  });

  it('reads "fully transparent and lawful", not "legal to own"', () => {
    expect(denials(claimsOf('Ozols said the contract was "entirely transparent and legal."', [OZOLS]))).toHaveLength(1);
    expect(denials(claimsOf('Ozols said the rifle is perfectly legal to own in Latvia.', [OZOLS, LATVIA]))).toHaveLength(0);
    expect(denials(claimsOf('Ozols said the budget was fully transparent and would be published online.', [OZOLS]))).toHaveLength(0);
  });

  it('reads a programme called peaceful, not a peaceful march', () => {
    expect(denials(claimsOf('Moldova said its missile programme is purely peaceful.', [MOLDOVA]))).toHaveLength(1);
    expect(denials(claimsOf('The rally in Riga was entirely peaceful, Ozols said.', [OZOLS, LATVIA]))).toHaveLength(0);
  });

  it('reads self-defence claims', () => {
    expect(denials(claimsOf('Latvia said its guards had acted in self-defence.', [LATVIA]))).toHaveLength(1);
    expect(denials(claimsOf('Ozols called the shelling a legitimate exercise of its sovereign right.', [OZOLS]))).toHaveLength(1);
  });

  it('reads "has never knowingly sold weapons", not "has never visited"', () => {
    expect(denials(claimsOf('Venta said it has never knowingly shipped weapons to the region.', [VENTA]))).toHaveLength(1);
    expect(denials(claimsOf('Venta said it has never shipped goods to Riga before.', [VENTA, LATVIA]))).toHaveLength(0);
  });

  it('gives nothing for neutral reported speech', () => {
    expect(claimsOf('Ozols said the talks with Moldova were useful and Venta would expand.', [OZOLS, MOLDOVA, VENTA])).toHaveLength(0);
    expect(claimsOf('Berzina said the company had always paid its staff on time.', [BERZINA])).toHaveLength(0);
  });
});

describe('short rejections of what another actor said', () => {
  it('reads "<capital> rejected the criticism" and "dismissed the statement" as a denial by the state', () => {
    const text = 'The European Union criticised the vote count in Moldova. Chisinau rejected the criticism.';
    const [d] = denials(claimsOf(text, [MOLDOVA, org('eu', 'intl_org', 'European Union')]));
    expect(d).toMatchObject({ claimants: ['md'], targets: [], cue: 'rejected' });
    expect(denials(claimsOf('Latvia dismissed the statement as interference.', [LATVIA]))).toHaveLength(1);
  });

  it('does not read the rejection of a proposal or the dismissal of a minister as a denial', () => {
    expect(denials(claimsOf('Latvia rejected the proposal to widen the port, the ministry said in a statement.', [LATVIA]))).toHaveLength(0);
    expect(denials(claimsOf('Ozols dismissed the finance minister, according to a statement.', [OZOLS]))).toHaveLength(0);
    expect(denials(claimsOf('Latvia rejected the statement of accounts for 2022.', [LATVIA]))).toHaveLength(0);
    expect(denials(claimsOf('Ozols dismissed the comments section of the website as a distraction.', [OZOLS]))).toHaveLength(0);
  });

  it('reads "nothing to do with" inside a quote, but not "nothing to do with justice"', () => {
    expect(denials(claimsOf('Ozols said the raid had "nothing to do with politics."', [OZOLS]))).toHaveLength(1);
    expect(denials(claimsOf('"The sentence has nothing to do with justice," Berzina said.', [BERZINA]))).toHaveLength(0);
  });
});

describe('the rebuttal keys', () => {
  it('finds every rebuttal form through its keys (a form without a key would be lost)', () => {
    const forms = [
      'He was a courier, not a spy.',
      'She has no direct ties to any militia.',
      'They had been entrapped.',
      'He was just doing his job.',
      'No one here is arrested for political speech.',
      'The navy only struck enemy boats.',
      'It has scrupulously observed the truce.',
      'The raid was carried out within international law.',
      'The sale was completely above board.',
      'Its intentions are peaceful.',
      'They fired in self-defense.',
      'The firm had never sold arms to them.',
    ];
    for (const text of forms) {
      const hits = evaluativeHitsBySentence(text, [{ start: 0, end: text.length }])[0] ?? [];
      expect(hits.map((h) => EVALUATIVE[h.entry]?.id), text).toContain('rebuttal');
    }
  });
});

describe('accusations called politically motivated or false by the accused side', () => {
  const IAEA = org('iaea', 'intl_org', 'International Atomic Energy Agency', 'IAEA');

  it('reads \'called the IAEA report "politically motivated"\' as a denial targeting the report\'s author', () => {
    const [d, ...rest] = denials(claimsOf('Ozols called the IAEA report "politically motivated" and left the hall.', [OZOLS, IAEA]));
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ claimants: ['ozols'], targets: ['iaea'] });
    expect(claimsOf('Ozols called the IAEA report "politically motivated" and left the hall.', [OZOLS, IAEA]).filter((c) => c.type === 'accusation')).toHaveLength(0);
  });

  it('keeps "called the trial politically motivated" an accusation (an act of the state)', () => {
    const claims = claimsOf('Ozols called the trial of the reporters in Riga "politically motivated."', [OZOLS, LATVIA]);
    expect(denials(claims)).toHaveLength(0);
    expect(claims.filter((c) => c.type === 'accusation')).toHaveLength(1);
  });

  it('reads a relative clause "on charges he said were politically motivated" as his denial', () => {
    const text = 'Ozols was jailed in 2018 on tax charges he said were politically motivated.';
    expect(denials(claimsOf(text, [OZOLS]))[0]).toMatchObject({ claimants: ['ozols'], targets: [] });
    const text2 = 'The allegations, which Venta has described as false, were first published in May.';
    expect(denials(claimsOf(text2, [VENTA]))[0]).toMatchObject({ claimants: ['venta'] });
  });

  it('does not read a relative clause by unnamed accusers or without a motive as a denial', () => {
    expect(denials(claimsOf('Ozols faces charges prosecutors say were carefully prepared.', [OZOLS]))).toHaveLength(0);
    expect(denials(claimsOf('Ozols faces tax charges he said were filed in March.', [OZOLS]))).toHaveLength(0);
  });
});

describe('falsity said of a charge or an idea', () => {
  it('reads "the idea that he is a spy is absurd" as a denial, not "the idea of a tax is absurd"', () => {
    expect(denials(claimsOf('"The idea that my son is a traitor is absurd," Berzina told reporters.', [BERZINA]))[0]).toMatchObject({ claimants: ['berzina'] });
    expect(denials(claimsOf('Berzina said the idea of a new port tax is absurd.', [BERZINA]))).toHaveLength(0);
  });

  it('reads "jailed on fabricated charges" as a denial only when told of oneself in the passive', () => {
    expect(denials(claimsOf('Ozols said he was jailed on fabricated charges.', [OZOLS]))).toHaveLength(1);
    expect(denials(claimsOf('Berzina said Latvian authorities "continue to jail bloggers on fabricated charges."', [BERZINA, LATVIA]))).toHaveLength(0);
  });

  it('does not read "fabricated" as a dismissal when it is the finite verb of a named or pronoun subject', () => {
    expect(denials(claimsOf('Venta fabricated customs reports for two years, prosecutors said.', [VENTA]))).toHaveLength(0);
    expect(denials(claimsOf('Berzina said they had fabricated the audit report.', [BERZINA]))).toHaveLength(0);
    // the adjective before an accusation noun is still a dismissal
    expect(denials(claimsOf('Ozols dismissed the fabricated reports as a smear.', [OZOLS]))).toHaveLength(1);
    expect(denials(claimsOf('"These fabricated charges will collapse in court," Ozols said.', [OZOLS]))).toHaveLength(1);
  });
});

describe('a rebuttal beside a denial verb', () => {
  it('gives two denials for "said the raid was lawful and rejected the accusations"', () => {
    const text = 'Latvia said the raid was carried out in full accordance with the law and rejected the accusations of abuse.';
    expect(denials(claimsOf(text, [LATVIA]))).toHaveLength(2);
  });

  it('gives one denial when the rebuttal is what the denial verb denies', () => {
    const text = 'Ozols rejected claims that the permits were issued in full compliance with the rules.';
    expect(denials(claimsOf(text, [OZOLS]))).toHaveLength(1);
  });
});

describe('the denier of a rebuttal', () => {
  it('is nobody named for "Ozols\'s family said he had no links to any government", not Ozols', () => {
    expect(denials(claimsOf("Ozols's family said he had no links to any foreign government.", [OZOLS]))[0]).toMatchObject({ claimants: [] });
    expect(denials(claimsOf("Ozols's defense argued at trial that he had been entrapped.", [OZOLS]))[0]).toMatchObject({ claimants: [] });
  });

  it('is the named relative when the text names her', () => {
    expect(denials(claimsOf("Ozols's sister, Ilze Berzina, said he had no links to any foreign government.", [OZOLS, BERZINA]))[0]).toMatchObject({ claimants: ['berzina'] });
  });
});

describe('more rebuttals', () => {
  it('reads "no targets in Latvia had been planned" and "were not aimed at Latvia"', () => {
    expect(denials(claimsOf('Moldova said no targets in Latvia had been planned.', [MOLDOVA, LATVIA]))[0]).toMatchObject({ claimants: ['md'] });
    expect(denials(claimsOf('Moldova said the missiles were not aimed at Latvia.', [MOLDOVA, LATVIA]))).toHaveLength(1);
  });

  it('credits nobody named for "officials in Riga have repeatedly said …"', () => {
    const d = denials(claimsOf('Officials in Riga have repeatedly said that no one in Latvia is prosecuted for journalism.', [LATVIA]))[0];
    expect(d?.claimants).toEqual([]);
  });
});

describe('treatment in compliance, brushing off a condemnation', () => {
  it('reads "the detainees were treated in full compliance with the Geneva Conventions", not "held in a camp"', () => {
    expect(denials(claimsOf('Moldova said the detainees were treated in full compliance with the Geneva Conventions.', [MOLDOVA]))).toHaveLength(1);
    expect(denials(claimsOf('Moldova said the detainees were held in a camp near the border.', [MOLDOVA]))).toHaveLength(0);
  });

  it('reads "Chisinau brushed off the condemnation"', () => {
    expect(denials(claimsOf('The European Union condemned the vote. Chisinau brushed off the condemnation.', [MOLDOVA, org('eu', 'intl_org', 'European Union')]))[0]).toMatchObject({ claimants: ['md'] });
  });
});

describe('"X has presented no evidence": X is the accuser answered', () => {
  it('targets the one who presented no evidence and credits the speaker', () => {
    const text = 'Ozols said the accusations were "unfounded" and that Latvia had presented "no evidence whatsoever" that the trucks were his.';
    const ds = denials(claimsOf(text, [OZOLS, LATVIA]));
    expect(ds).toHaveLength(2);
    expect(ds.find((d) => d.targets.includes('lv'))).toMatchObject({ claimants: ['ozols'], targets: ['lv'] });
  });

  it('leaves "without evidence" with no accuser named as it was', () => {
    const ds = denials(claimsOf('Ozols said the accusations against him were made without any evidence.', [OZOLS]));
    expect(ds[0]).toMatchObject({ claimants: ['ozols'], targets: [] });
  });
});

describe('the accuser named in a rejected criticism', () => {
  const EU = org('eu', 'intl_org', 'European Union', 'EU');

  it('targets the EU for "rejected the EU\'s criticism", "dismissed the statement by the European Union", "brushed off the EU\'s condemnation"', () => {
    expect(denials(claimsOf("The vote was criticised. Moldova rejected the EU's criticism on Tuesday.", [MOLDOVA, EU]))[0]).toMatchObject({ claimants: ['md'], targets: ['eu'] });
    expect(denials(claimsOf('The vote was criticised. Moldova dismissed the statement by the European Union.', [MOLDOVA, EU]))[0]).toMatchObject({ claimants: ['md'], targets: ['eu'] });
    expect(denials(claimsOf("The vote was criticised. Moldova brushed off the EU's condemnation.", [MOLDOVA, EU]))[0]).toMatchObject({ claimants: ['md'], targets: ['eu'] });
  });
});

describe('"had never <done the wrong>" in reported speech (session 5)', () => {
  it('is a denial like "had not <done>"', () => {
    const [c] = claimsOf('Rojas said Chile had never funded the militia in the north.', [p('rojas', 'Elena Rojas', 'Rojas'), country('cl', 'Chile', 'Santiago', 'Chilean')]);
    expect(c).toMatchObject({ type: 'denial', claimants: ['rojas'] });
  });

  it('"never" on an act that is no wrong gives nothing', () => {
    expect(claimsOf('Rojas said Chile had never hosted the summit before.', [p('rojas', 'Elena Rojas', 'Rojas'), country('cl', 'Chile', 'Santiago', 'Chilean')])).toEqual([]);
  });
});

describe('blame the speaker disowns (session 5)', () => {
  const ROJAS = p('rojas', 'Elena Rojas', 'Rojas');
  const CL = country('cl', 'Chile', 'Santiago', 'Chilean');
  it('"strange to blame X", "instead of blaming X" accuse nobody', () => {
    expect(claimsOf('Rojas said it was strange to blame Chile for the blackout.', [ROJAS, CL]).filter((c) => c.type === 'accusation')).toEqual([]);
    expect(claimsOf('Instead of blaming Chile for the outage, the grid operator should fix its lines, Rojas said.', [ROJAS, CL]).filter((c) => c.type === 'accusation')).toEqual([]);
  });

  it('plain blame and blame "rather than" something else still accuse', () => {
    expect(claimsOf('Rojas blamed Chile for the blackout.', [ROJAS, CL])[0]).toMatchObject({ type: 'accusation', claimants: ['rojas'], targets: ['cl'] });
    expect(claimsOf('Rojas blamed Chile for the blackout rather than the storm.', [ROJAS, CL])[0]).toMatchObject({ type: 'accusation', claimants: ['rojas'], targets: ['cl'] });
  });
});

describe('an accusation noun that a dismissal calls false (session 5)', () => {
  const CL = country('cl', 'Chile', 'Santiago', 'Chilean');
  it('"called the accusations of espionage a provocation" is one denial, no accusation by the labeller', () => {
    const out = claimsOf('Santiago called the accusations of espionage a provocation.', [CL]);
    expect(out.map((c) => c.type)).toEqual(['denial']);
    expect(out[0]?.claimants).toEqual(['cl']);
  });

  it('an accusation made in the same sentence as a label of something else stays', () => {
    const out = claimsOf('Chile accused Peru of espionage, calling the operation a provocation.', [CL, country('pe', 'Peru', 'Lima', 'Peruvian')]);
    expect(out.find((c) => c.type === 'accusation')).toMatchObject({ claimants: ['cl'], targets: ['pe'] });
  });
});

describe('indirect questions put no claim (session 5)', () => {
  const CL = country('cl', 'Chile', 'Santiago', 'Chilean');
  const ROJAS = p('rojas', 'Elena Rojas', 'Rojas');
  it('"asked whether X was behind", "asked Y if X had been behind" accuse nobody', () => {
    expect(claimsOf('Reporters asked whether Chile was behind the sabotage of the pipeline.', [CL])).toEqual([]);
    expect(claimsOf('Reporters asked Rojas if Chile had been behind the sabotage.', [CL, ROJAS])).toEqual([]);
  });

  it('a statement before the question in the same sentence still accuses', () => {
    const out = claimsOf('Rojas said Chile was behind the sabotage, and asked whether Santiago would pay.', [CL, ROJAS]);
    expect(out[0]).toMatchObject({ type: 'accusation', claimants: ['rojas'], targets: ['cl'] });
  });
});
