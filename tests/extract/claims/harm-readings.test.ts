import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/types/index.ts';
import { org, country, p, claimsOf } from './helpers.ts';

/**
 * Harm-verb readings (session 6): the object-gated intrusion verbs of cyber reporting
 * (cues.ts HARM_CYBER_VERBS) and an act done on purpose (HARM_INTENT_VERBS), read by the harm
 * rule in reported speech. Sentences composed for these tests (invented groups and firms, real
 * states); none is from the corpus or the generality sets.
 */

const accusations = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'accusation');

const GREY = org('grey', 'threat_group', 'Granite Heron', 'Heron');
const VALDA = org('valda', 'company', 'Valda Security', 'Valda');
const NORWAY = country('no', 'Norway', 'Oslo', 'Norwegian');
const RUSSIA = country('ru', 'Russia', 'Moscow', 'Russian');
const PHILIPPINES = country('ph', 'Philippines', 'Manila', 'Philippine');
const CHINA = country('cn', 'China', 'Beijing', 'Chinese');
const AALTO = p('aalto', 'Mikko Aalto', 'Aalto');

describe('intrusion verbs of cyber reporting', () => {
  it('reads exploiting a flaw, planting malware, breaking into networks and gaining access to accounts', () => {
    for (const s of [
      'Valda said Granite Heron exploited an unpatched flaw in the mail gateway.',
      'Valda said Granite Heron planted web shells on dozens of servers.',
      'Valda said Granite Heron broke into the shipping line\'s networks last spring.',
      'Valda said Granite Heron gained access to the ministry\'s email accounts.',
      'Valda said Granite Heron installed a backdoor on the routers.',
    ]) {
      const [a, ...rest] = accusations(claimsOf(s, [GREY, VALDA]));
      expect(rest, s).toHaveLength(0);
      expect(a, s).toMatchObject({ claimants: ['valda'], targets: ['grey'] });
      expect(a?.reason, s).toMatch(/^harm-verb:harm\+said/);
    }
  });

  it('reads defacing and attempts to disrupt, with state agents as the doer', () => {
    expect(accusations(claimsOf('Norway said Russian hackers defaced the websites of three municipalities.', [NORWAY, RUSSIA]))[0]).toMatchObject({ claimants: ['no'], targets: ['ru'] });
    expect(accusations(claimsOf('Aalto said Russian hackers had attempted to disrupt the water supply of two towns.', [AALTO, RUSSIA]))[0]).toMatchObject({ claimants: ['aalto'], targets: ['ru'] });
  });

  it('gives nothing without the intrusion object or without a speaker', () => {
    expect(accusations(claimsOf('Aalto said Norway exploited the weakness of the Russian defence in the second half.', [AALTO, NORWAY, RUSSIA]))).toHaveLength(0);
    expect(accusations(claimsOf('Aalto said Norway deployed troops to the northern border.', [AALTO, NORWAY]))).toHaveLength(0);
    expect(accusations(claimsOf('Aalto said Valda gained access to the Norwegian market in 2019.', [AALTO, VALDA, NORWAY]))).toHaveLength(0);
    expect(accusations(claimsOf('Aalto said the crowd broke into song when Norway scored.', [AALTO, NORWAY]))).toHaveLength(0);
    expect(accusations(claimsOf('Granite Heron exploited an unpatched flaw in the mail gateway.', [GREY]))).toHaveLength(0);
  });
});

describe('an act done on purpose', () => {
  it('reads "deliberately / knowingly" before a finite verb in reported speech', () => {
    expect(accusations(claimsOf('Manila said a Chinese coast guard ship deliberately collided with a supply boat.', [PHILIPPINES, CHINA]))[0]).toMatchObject({ claimants: ['ph'], targets: ['cn'] });
    expect(accusations(claimsOf('Aalto said Valda knowingly shipped the parts through a front company.', [AALTO, VALDA]))[0]).toMatchObject({ claimants: ['aalto'], targets: ['valda'] });
  });

  it('gives nothing for an adjective, a negation, narration or the speaker\'s own act', () => {
    expect(accusations(claimsOf('Manila said the Chinese statement was deliberately vague.', [PHILIPPINES, CHINA]))).toHaveLength(0);
    expect(accusations(claimsOf('Manila said the Chinese ship had not deliberately collided with the boat.', [PHILIPPINES, CHINA]))).toHaveLength(0);
    expect(accusations(claimsOf('A Chinese coast guard ship deliberately collided with a supply boat on Monday.', [CHINA]))).toHaveLength(0);
    expect(accusations(claimsOf('Valda said it deliberately delayed the report to warn its clients.', [VALDA]))).toHaveLength(0);
  });

  it('needs a harm or the harmed in reach after "deliberately" (not after "knowingly")', () => {
    expect(accusations(claimsOf('Aalto said Norway deliberately cut gas output to raise prices.', [AALTO, NORWAY]))).toHaveLength(0);
    expect(accusations(claimsOf('Aalto said Russia deliberately damaged two undersea cables.', [AALTO, RUSSIA]))[0]).toMatchObject({ claimants: ['aalto'], targets: ['ru'] });
  });
});

describe('proxy relations', () => {
  it('accuses the proxy and its principal when a threat group acts for a state', () => {
    const [a, ...rest] = accusations(claimsOf('Valda said Granite Heron had been operating on behalf of the Russian government for years.', [GREY, VALDA, RUSSIA]));
    expect(rest).toHaveLength(0);
    expect(a).toMatchObject({ claimants: ['valda'] });
    expect([...(a?.targets ?? [])].sort()).toEqual(['grey', 'ru']);
  });

  it('reads the principal of unnamed covert doers and of a cue claim\'s act', () => {
    expect(accusations(claimsOf('Valda said hackers acting on instructions from Moscow stole the turbine designs.', [VALDA, RUSSIA]))[0]).toMatchObject({ claimants: ['valda'], targets: ['ru'] });
    const [c] = accusations(claimsOf('Norway accused Aalto of photographing naval bases on the orders of Russia.', [NORWAY, AALTO, RUSSIA]));
    expect(c?.claimants).toEqual(['no']);
    expect([...(c?.targets ?? [])].sort()).toEqual(['aalto', 'ru']);
  });

  it('gives nothing for a principal that is no state, a lawful errand or narration', () => {
    expect(accusations(claimsOf('Aalto said Valda was operating on behalf of its clients in Oslo.', [AALTO, VALDA, NORWAY]))).toHaveLength(0);
    expect(accusations(claimsOf('Aalto said Valda was acting on the instructions of Norway in the tariff talks.', [AALTO, VALDA, NORWAY]))).toHaveLength(0);
    expect(accusations(claimsOf('Granite Heron operated on behalf of Russia for years.', [GREY, RUSSIA]))).toHaveLength(0);
  });
});

describe('harm nouns with their doer', () => {
  it('reads "<harm noun> by <actor>", also past an "of" phrase', () => {
    const [a] = accusations(claimsOf('Aalto said the outage fit a pattern of sabotage by Russia against Nordic cables.', [AALTO, RUSSIA]));
    expect(a).toMatchObject({ claimants: ['aalto'], targets: ['ru'] });
    expect(a?.reason).toMatch(/^evaluative-wrong-by:noun-by/);
    expect(accusations(claimsOf('"This was a massacre of fishermen by the navy of China," Manila said.', [CHINA, PHILIPPINES]))[0]).toMatchObject({ claimants: ['ph'], targets: ['cn'] });
  });

  it('reads a country adjective on a state\'s wrong under a speaker', () => {
    expect(accusations(claimsOf('Norway said Russian espionage against its energy sector had doubled.', [NORWAY, RUSSIA]))[0]).toMatchObject({ claimants: ['no'], targets: ['ru'] });
    expect(accusations(claimsOf('Aalto said Russian interference in Norway was growing.', [AALTO, RUSSIA, NORWAY]))[0]).toMatchObject({ claimants: ['aalto'], targets: ['ru'] });
  });

  it('gives nothing for background, a danger, a fight against it, or narration', () => {
    expect(accusations(claimsOf('Amid Russian aggression, Norway raised its defence budget.', [RUSSIA, NORWAY]))).toHaveLength(0);
    expect(accusations(claimsOf('Aalto said that amid Russian aggression Norway had to rearm.', [AALTO, RUSSIA, NORWAY]))).toHaveLength(0);
    expect(accusations(claimsOf('Aalto said the threat of Chinese espionage was overstated.', [AALTO, CHINA]))).toHaveLength(0);
    expect(accusations(claimsOf('Countering Chinese espionage is a priority, Aalto said.', [AALTO, CHINA]))).toHaveLength(0);
    expect(accusations(claimsOf('The attacks by Russian drones on Kharkiv continued overnight.', [RUSSIA]))).toHaveLength(0);
  });
});
