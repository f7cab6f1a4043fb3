import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/types/index.ts';
import { country, org, p, claimsOf } from './helpers.ts';

/**
 * Patterns of real news and press-release writing found on blind real-style articles (session 8,
 * rec8): the classes of missed claims, fixed as general patterns. Sentences composed for these
 * tests (invented people and firms); none is from the corpus or the generality sets.
 */

const accusations = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'accusation');

const ODELL = p('odell', 'Brannock Odell', 'Odell');
const VARGA = p('varga', 'Ilse Varga', 'Varga');
const TERNA = org('terna', 'company', 'Ternavia Logistics', 'Ternavia');

describe('"allegedly" before a plain verb, said of a person or company', () => {
  it('reads the conduct a release tells with "allegedly" as an accusation, hedged', () => {
    for (const s of [
      'Odell allegedly received at least $48,000 in cash for the shipments.',
      'Between 2019 and 2021, Odell allegedly opened a dozen accounts in the names of relatives.',
      '"Ternavia allegedly built its fleet on money it never declared," the prosecutor said.',
    ]) {
      const [a, ...rest] = accusations(claimsOf(s, [ODELL, TERNA]));
      expect(rest, s).toHaveLength(0);
      expect(a?.reason, s).toMatch(/^allegedly-adverb:/);
      expect(a?.targets, s).toEqual(s.includes('Ternavia') ? ['terna'] : ['odell']);
      expect(a?.certainty, s).toBe('hedged');
    }
  });

  it('gives nothing for a verb of speech, a passive participle, or a subject that is no actor', () => {
    expect(accusations(claimsOf('Odell allegedly replied in a short letter that he wished to help the ministry.', [ODELL]))).toHaveLength(0);
    expect(accusations(claimsOf('Varga allegedly told a colleague that the audit would start in May.', [VARGA]))).toHaveLength(0);
    expect(accusations(claimsOf('The old warehouse allegedly opened in 1952 as a grain store.', [ODELL]))).toHaveLength(0);
  });
});

const NORLAND = country('no', 'Norland', 'Norvik', 'Norlandic');
const VESTIA = country('ve', 'Vestia', 'Vestburg', 'Vestian');
const WATCH = org('watch', 'other_org', 'Lantern Rights Watch', 'Lantern');
const HALE = p('hale', 'Orsolya Hale', 'Hale');

describe('when and where a closing attribution was said', () => {
  it('reads "…, X said Friday", "said in a report released Monday", "said at a news conference"', () => {
    for (const s of [
      'Norlandic troops shelled two villages near the river, Lantern Rights Watch said Friday.',
      'Norlandic troops shelled two villages near the river, Lantern Rights Watch said in a report released Monday.',
      'Norlandic troops shelled two villages near the river, Lantern Rights Watch said at a news conference in Vestburg.',
    ]) {
      const [a, ...rest] = accusations(claimsOf(s, [NORLAND, WATCH]));
      expect(rest, s).toHaveLength(0);
      expect(a, s).toMatchObject({ claimants: ['watch'], targets: ['no'] });
    }
  });

  it('reads an unnamed speaker with the place of the statement, and an unnamed office', () => {
    expect(accusations(claimsOf('Norlandic troops shelled two villages near the river, a rights group said in a report published on Tuesday.', [NORLAND]))[0]).toMatchObject({ claimants: [], targets: ['no'] });
    expect(accusations(claimsOf('Norlandic troops shelled two villages near the river, the regional rights office said.', [NORLAND]))[0]).toMatchObject({ claimants: [], targets: ['no'] });
  });

  it('gives nothing when the closing clause is no attribution', () => {
    expect(accusations(claimsOf('Norlandic troops shelled two villages near the river, the worst attack since Friday.', [NORLAND]))).toHaveLength(0);
    expect(accusations(claimsOf('Norlandic troops shelled two villages near the river, and the office closed on Friday.', [NORLAND]))).toHaveLength(0);
  });
});

describe('border incursions and fire on outposts', () => {
  it('reads crossing into territory, intruding into waters and firing on outposts or checkpoints', () => {
    for (const s of [
      'Hale said Norlandic soldiers had crossed some 300 meters into Vestian territory.',
      'Hale said a Norlandic patrol boat had "intruded" into waters near the atoll.',
      'Hale said Norlandic soldiers fired at a Vestian outpost before dawn.',
      'Hale said Norlandic soldiers fired on a Vestian checkpoint.',
    ]) {
      const [a, ...rest] = accusations(claimsOf(s, [HALE, NORLAND, VESTIA]));
      expect(rest, s).toHaveLength(0);
      expect(a, s).toMatchObject({ claimants: ['hale'], targets: ['no'] });
    }
  });

  it('gives nothing for crossing a border lawfully told, waters without an intrusion, or narration', () => {
    expect(accusations(claimsOf('Hale said the Norlandic ferry crossed into Vestian waters at noon.', [HALE, NORLAND, VESTIA]))).toHaveLength(0);
    expect(accusations(claimsOf('Hale said Norlandic fans crossed the bridge to watch the final.', [HALE, NORLAND]))).toHaveLength(0);
    expect(accusations(claimsOf('Norlandic soldiers fired at a Vestian outpost before dawn.', [NORLAND, VESTIA]))).toHaveLength(0);
  });
});

describe('a wrong told as part of a state\'s pattern or campaign', () => {
  it('reads a campaign named by a country adjective, and a pattern of sabotage organised by an agent', () => {
    const a = accusations(claimsOf('Hale said the leak was part of a wider Norlandic government effort to discredit the Vestian courts.', [HALE, NORLAND, VESTIA]));
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ claimants: ['hale'], targets: ['no'] });
    const b = accusations(claimsOf('Hale told reporters the fires were "part of a pattern of sabotage directed by Norlandic intelligence".', [HALE, NORLAND]));
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ claimants: ['hale'], targets: ['no'] });
  });

  it('gives nothing for a campaign with no doer, a lawful effort, or narration', () => {
    expect(accusations(claimsOf('Hale said efforts to discredit the Vestian courts were growing.', [HALE, VESTIA]))).toHaveLength(0);
    expect(accusations(claimsOf('Hale said the Norlandic government effort to expand trade with Vestia was welcome.', [HALE, NORLAND, VESTIA]))).toHaveLength(0);
    expect(accusations(claimsOf('The leak came amid a Norlandic campaign to discredit the Vestian courts.', [NORLAND, VESTIA]))).toHaveLength(0);
  });
});

const denials = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'denial');

describe('the defence\'s answers', () => {
  it('reads "his client was a farmer, not a smuggler" and "without any relation with the case" as the speaker\'s denial', () => {
    for (const s of [
      'Varga said her client was "a dairy farmer, not a smuggler".',
      'Varga told the court that Odell is a translator, not a spy.',
      'Varga said her client is "an accountant without any connection to the scheme".',
    ]) {
      const [d, ...rest] = denials(claimsOf(s, [VARGA, ODELL]));
      expect(rest, s).toHaveLength(0);
      expect(d, s).toMatchObject({ claimants: ['varga'] });
    }
  });

  it('reads charges resting on the word of disgruntled or unverified witnesses as a dismissal', () => {
    for (const s of [
      'Varga argued that the charges rested on the testimony of "disgruntled former clerks".',
      'Varga said the report relied on unverified testimonies from exiles.',
    ]) {
      const [d, ...rest] = denials(claimsOf(s, [VARGA]));
      expect(rest, s).toHaveLength(0);
      expect(d, s).toMatchObject({ claimants: ['varga'] });
    }
  });

  it('reads measures taken in accordance with the law, answering an accusation', () => {
    const d = denials(claimsOf('Norland accused Vestia of ramming the boat. Hale said the Vestian crew took necessary measures in accordance with the law.', [NORLAND, VESTIA, HALE]));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ claimants: ['hale'] });
  });

  it('gives nothing for a contrast that names no wrongdoer, or testimony of ordinary witnesses', () => {
    expect(denials(claimsOf('Varga said the result was a draw, not a defeat.', [VARGA]))).toHaveLength(0);
    expect(denials(claimsOf('Varga said the ferry was a cargo ship, not a liner.', [VARGA]))).toHaveLength(0);
    expect(denials(claimsOf('Varga said the charges rested on the testimony of three bank clerks.', [VARGA]))).toHaveLength(0);
    expect(denials(claimsOf('Hale said the crew took necessary measures in accordance with the law before the storm.', [HALE]))).toHaveLength(0);
  });
});

const OFFICE = org('office', 'agency', 'Office of Trade Enforcement', 'Trade Enforcement Office');
const KORVEL = org('korvel', 'company', 'Korvel Marine', 'Korvel');

describe('designations with their reason, and contact clauses', () => {
  it('reads a designation that states the role or act it is for', () => {
    const a = accusations(claimsOf('The Office of Trade Enforcement designated Korvel Marine and Ternavia Logistics for their role in the smuggling route.', [OFFICE, KORVEL, TERNA]));
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ claimants: ['office'], targets: ['korvel', 'terna'] });
  });

  it('reads "X, a company the office designated in 2022 for …": the office accuses X', () => {
    const a = accusations(claimsOf('The cargo was sold through Korvel Marine, a company the Trade Enforcement Office designated in 2022 for shipping fuel to Norland.', [OFFICE, KORVEL, NORLAND]));
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ claimants: ['office'], targets: ['korvel'] });
    expect(a[0]?.reason).toMatch(/contact-clause/);
  });

  it('gives nothing for a designation with no wrong or reason', () => {
    expect(accusations(claimsOf('The Office of Trade Enforcement designated Korvel Marine as its preferred carrier for the year.', [OFFICE, KORVEL]))).toHaveLength(0);
    expect(accusations(claimsOf('The council designated the old harbour for housing, Korvel Marine said.', [KORVEL]))).toHaveLength(0);
  });
});

describe('headline habits: single quotes and provocations', () => {
  it('reads a dismissal quoted with straight single quotes, as headlines quote', () => {
    const d = denials(claimsOf("Vestburg calls charges 'absurd'", [VESTIA]));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ claimants: ['ve'] });
  });

  it('reads provoking a clash or an incident as the provoker\'s wrong', () => {
    for (const s of ['Norvik says Vestburg provoked clash', 'Hale said Vestia had provoked the deadly border incident.']) {
      const a = accusations(claimsOf(s, [HALE, NORLAND, VESTIA]));
      expect(a, s).toHaveLength(1);
      expect(a[0]?.targets, s).toEqual(['ve']);
    }
  });

  it('gives nothing for provoking a reaction that is no clash, or a single-quoted word that is no dismissal', () => {
    expect(accusations(claimsOf('Hale said Vestia had provoked a lively debate in parliament.', [HALE, VESTIA]))).toHaveLength(0);
    expect(denials(claimsOf("Vestburg calls plan 'ambitious'", [VESTIA]))).toHaveLength(0);
  });
});

describe('an estimate as a report', () => {
  it('reads "X estimated that Y stole …" as X\'s accusation', () => {
    const a = accusations(claimsOf('Lantern Rights Watch estimated that Norland stole about $2 billion in aid between 2019 and 2022.', [WATCH, NORLAND]));
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ claimants: ['watch'], targets: ['no'] });
  });

  it('gives nothing for an estimate of a quantity with no harm, or without "that"', () => {
    expect(accusations(claimsOf('Lantern Rights Watch estimated that Norland spent about $2 billion on roads.', [WATCH, NORLAND]))).toHaveLength(0);
    expect(accusations(claimsOf('Lantern Rights Watch estimated the losses at $2 billion after Norland stole the aid.', [WATCH, NORLAND]))).toHaveLength(0);
  });
});
