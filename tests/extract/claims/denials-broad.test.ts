import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/types/index.ts';
import { org, country, p, claimsOf } from './helpers.ts';
import { evaluativeHitsBySentence } from '../../../src/extract/claims/evaluative.ts';
import { EVALUATIVE } from '../../../src/lexicons/wrongdoing.ts';

/**
 * The broad denial vocabulary of session 5: denial verbs beyond deny/reject/refute/dismiss
 * (`DENIAL_CUES_BROAD` in src/lexicons/cues.ts), falsity and discredit said of an accusation
 * and asserted innocence (`falsity`, `discredit`, `innocence` in src/lexicons/wrongdoing.ts).
 * Sentences composed for these tests from general news English (invented names); none is
 * from the corpus or the generality sets. Every group has negatives: the same words used
 * of something that is no accusation.
 */

const denials = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'denial');
const accusations = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.type === 'accusation');

const VESTIA = country('vestia', 'Vestia', 'Vestian');
const NORLAND = country('norland', 'Norland', 'Norlandic');
const KESSLER = p('kessler', 'Anna Kessler', 'Kessler');
const BRANDT = p('brandt', 'Tomas Brandt', 'Brandt');
const ORVIK = org('orvik', 'company', 'Orvik Mining', 'Orvik');
const WATCH = org('watch', 'other_org', 'Clearwater Watch');
const ALL = [VESTIA, NORLAND, KESSLER, BRANDT, ORVIK, WATCH];

const denialsOf = (text: string): Claim[] => denials(claimsOf(text, ALL));
const one = (text: string): Claim => {
  const found = denialsOf(text);
  expect(found, text).toHaveLength(1);
  return found[0] as Claim;
};
const none = (text: string): void => {
  expect(denialsOf(text), text).toHaveLength(0);
};

describe('denial verbs beyond deny, reject, refute and dismiss', () => {
  it('reads rebut and repudiate, with the owner of the accusation as target', () => {
    expect(one('Kessler rebutted the claims in a statement on Friday.')).toMatchObject({ claimants: ['kessler'], targets: [], cue: 'rebutted' });
    expect(one("Brandt rebutted Norland's accusations point by point.")).toMatchObject({ claimants: ['brandt'], targets: ['norland'] });
    expect(one('Orvik repudiated the allegations.')).toMatchObject({ claimants: ['orvik'] });
  });

  it('reads contest, challenge, disagree with, take issue with and counter with an accusation or report as object', () => {
    expect(one('Orvik contested the charges in court.')).toMatchObject({ claimants: ['orvik'], cue: 'contested' });
    expect(one('Kessler is contesting the allegations.')).toMatchObject({ claimants: ['kessler'] });
    expect(one('Orvik challenged the accuracy of the report.')).toMatchObject({ claimants: ['orvik'], cue: 'challenged' });
    expect(one('Kessler strongly disagreed with the allegations made by Clearwater Watch.')).toMatchObject({ claimants: ['kessler'], targets: ['watch'] });
    expect(one('Brandt took issue with the findings of the report.')).toMatchObject({ claimants: ['brandt'], cue: 'took issue with' });
    expect(one('Vestia countered the accusations on Tuesday.')).toMatchObject({ claimants: ['vestia'] });
    expect(one('Kessler refused to accept the verdict.')).toMatchObject({ claimants: ['kessler'] });
  });

  it('does not read the same verbs with another object', () => {
    none('The company challenged the new tax rules in court.');
    none('Kessler challenged the results of the election.');
    none('Brandt challenged Kessler to a debate.');
    none('The minister challenged reporters to find any evidence of wrongdoing.');
    none('Kessler contested the seat in 2019.');
    none('The hotly contested charges were dropped.');
    none('Kessler disagreed with Brandt on tax policy.');
    none('Kessler took issue with the proposal.');
    none('The striker countered the attack with a goal.');
    none('Brandt countered that the budget was balanced.');
  });

  it('reads question and cast doubt only on an accusation or the accuracy of a report', () => {
    expect(one('Orvik questioned the credibility of the testimony.')).toMatchObject({ claimants: ['orvik'] });
    expect(one('Vestia cast doubt on the allegations.')).toMatchObject({ claimants: ['vestia'] });
    none("Reporters questioned the minister's claims about the economy.");
    none('Police questioned the suspects about the charges.');
    none('Police questioned Kessler about the allegations.');
  });

  it('reads "hit back at", targeting an accuser named right after', () => {
    expect(one('Brandt hit back at the allegations on Monday.')).toMatchObject({ claimants: ['brandt'], cue: 'hit back at' });
    none('Brandt hit back at critics of his budget plan.');
  });

  it('reads appeals and fights against a penalty or charge, the modal in the cue', () => {
    expect(one('Kessler vowed to appeal the conviction.')).toMatchObject({ claimants: ['kessler'], cue: 'vowed to appeal' });
    expect(one('Orvik said it would appeal the fine.')).toMatchObject({ claimants: ['orvik'], cue: 'would appeal' });
    expect(one('Brandt has vowed to fight the charges.')).toMatchObject({ claimants: ['brandt'] });
    none('Brandt vowed to fight corruption.');
    none('Orvik will appeal to investors next week.');
    none('Prosecutors said they would appeal the acquittal.');
    none('The club will appeal the red card.');
    none('Orvik is expected to appeal the fine.');
  });

  it('reads "denounced the accusations" as a denial, not an accusation', () => {
    const claims = claimsOf('Vestia denounced the accusations.', ALL);
    expect(denials(claims)[0]).toMatchObject({ claimants: ['vestia'] });
    expect(accusations(claims)).toHaveLength(0);
    // what is condemned is a wrong: an accusation, no denial
    const abuse = claimsOf('Vestia denounced the allegations of torture in Norland.', ALL);
    expect(denials(abuse)).toHaveLength(0);
    none('The ministry decried the killings.');
  });

  it('reads wild accusations and so-called evidence', () => {
    expect(one('Vestia dismissed what it called wild accusations.')).toMatchObject({ claimants: ['vestia'] });
    expect(one('Brandt said the so-called evidence had been planted.')).toMatchObject({ claimants: ['brandt'] });
    none('Kessler accused Orvik of spreading false claims.');
    none('Orvik was fined for making false claims about its products.');
  });
});

describe('refusals and questions are no denials', () => {
  it('does not read a refusal of a thing to a person', () => {
    none('Norland denied Kessler a visa.');
    none('Officials denied Kessler entry at the border.');
    none("Vestia denied Norland's fishermen access to the port.");
    expect(one('Vestia denied a role in the attack.')).toMatchObject({ claimants: ['vestia'] });
  });

  it('does not read a question as a denial', () => {
    none('Did Kessler deny the allegations?');
    none('"Do you deny the allegations?" the judge asked Brandt.');
    none('Kessler asked whether the charges were politically motivated.');
    expect(one('Kessler denied the charges and asked: why would I steal from my own company?')).toMatchObject({ claimants: ['kessler'] });
  });

  it('keeps the old guards', () => {
    none('Kessler did not deny the allegations.');
    none('Brandt refused to deny the report.');
    none('Orvik declined to comment on the allegations.');
    none('The parliament rejected the proposal.');
    none('The court dismissed the appeal.');
  });
});

describe('falsity and discredit said of an accusation (evaluative `falsity`, `discredit`)', () => {
  it('reads words of falsity after a copula or a labelling verb', () => {
    expect(one('Kessler said the allegations were not supported by the evidence.')).toMatchObject({ claimants: ['kessler'] });
    expect(one('The report is pure speculation, Brandt said.')).toMatchObject({ claimants: ['brandt'] });
    expect(one('Kessler called the report inaccurate.')).toMatchObject({ claimants: ['kessler'] });
    expect(one('Norland said the article was misleading.')).toMatchObject({ claimants: ['norland'] });
    expect(one('"This report is a work of fiction," Brandt said.')).toMatchObject({ claimants: ['brandt'] });
    expect(one('Kessler said the charges were trumped up.')).toMatchObject({ claimants: ['kessler'] });
    expect(one('Orvik said the report was riddled with factual errors.')).toMatchObject({ claimants: ['orvik'] });
    expect(one('Orvik said the report contained numerous factual errors.')).toMatchObject({ claimants: ['orvik'] });
    expect(one("Orvik said the report misrepresented the company's record.")).toMatchObject({ claimants: ['orvik'] });
    expect(one('Norland said the allegations are a conspiracy theory.')).toMatchObject({ claimants: ['norland'] });
    expect(one('"These accusations are nothing but lies," Kessler said.')).toMatchObject({ claimants: ['kessler'] });
    expect(one('Kessler said the allegations were "categorically false."')).toMatchObject({ claimants: ['kessler'] });
  });

  it('targets the owner of the report, who is no denier', () => {
    expect(one("Orvik said Clearwater Watch's report was misleading.")).toMatchObject({ claimants: ['orvik'], targets: ['watch'] });
    expect(one('Orvik said the report by Clearwater Watch was biased.')).toMatchObject({ claimants: ['orvik'], targets: ['watch'] });
  });

  it('reads discredit only of an accusation or report, not of a case, a measure or a figure', () => {
    expect(one('Kessler said the claims were exaggerated.')).toMatchObject({ claimants: ['kessler'] });
    expect(one('Brandt said the allegations were simply wrong.')).toMatchObject({ claimants: ['brandt'] });
    expect(one('Vestia said the report was an attempt to discredit the country.')).toMatchObject({ claimants: ['vestia'] });
    none('Kessler said the sanctions were wrong.');
    none('Brandt said the new tax was unfair.');
    none("Kessler said the government's figures were exaggerated.");
    none('Kessler said the investigation was biased.');
  });

  it('does not read the words without an accusation, negated, or said of no one', () => {
    none('Brandt said the report by Clearwater Watch was accurate.');
    none('Kessler said the allegations against Brandt were serious.');
    none('Kessler said the claims were not misleading.');
    none('The new figures are misleading.');
  });
});

describe('innocence asserted (evaluative `innocence`)', () => {
  it('reads broken no laws, no wrongdoing, nothing improper', () => {
    expect(one('Brandt insisted he had broken no laws.')).toMatchObject({ claimants: ['brandt'] });
    expect(one('Kessler said there was no wrongdoing on her part.')).toMatchObject({ claimants: ['kessler'] });
    expect(one('Orvik said its managers did nothing improper.')).toMatchObject({ claimants: ['orvik'] });
  });

  it('reads unawareness of a wrong by the speaker, not of an investigation or by a third party', () => {
    expect(one('"We were not aware of any wrongdoing," Orvik said.')).toMatchObject({ claimants: ['orvik'] });
    expect(one('Orvik said it was not aware of any irregularities in the accounts.')).toMatchObject({ claimants: ['orvik'] });
    expect(one('Brandt said he did not know about the kickbacks.')).toMatchObject({ claimants: ['brandt'] });
    none('Kessler said she was not aware of the criminal investigation.');
    none('Kessler said the public is unaware of the corruption in the port.');
    none('Intelligence officials said they did not know about the attack until Monday.');
  });

  it('reads framed, scapegoated and the victim of a smear', () => {
    expect(one('Brandt said he had been framed by political rivals.')).toMatchObject({ claimants: ['brandt'] });
    expect(one('Kessler said she was being made a scapegoat.')).toMatchObject({ claimants: ['kessler'] });
    expect(one('Kessler said she was the victim of a witch hunt.')).toMatchObject({ claimants: ['kessler'] });
    none('Orvik said the subsidiary was set up in 2010.');
  });

  it('reads negated wrongful acts and never-done acts', () => {
    expect(one('Vestia said its navy did not fire on the fishing boats.')).toMatchObject({ claimants: ['vestia'] });
    expect(one('Kessler said she did not take any bribes.')).toMatchObject({ claimants: ['kessler'] });
    expect(one("Vestia said it has never interfered in Norland's elections.")).toMatchObject({ claimants: ['vestia'] });
    expect(one("The tanker did not enter Norland's territorial waters, Vestia said.")).toMatchObject({ claimants: ['vestia'] });
    expect(one('Vestia said its troops never crossed the border.')).toMatchObject({ claimants: ['vestia'] });
    none('The bomb did not explode.');
    none('The team did not cross the finish line.');
    none('Vestia has never hosted the games.');
    none('Clearwater Watch said Vestia had never investigated the killings.');
  });

  it('reads no ties to a named body, not to a place or a thing', () => {
    expect(one('Brandt said he had no ties to the Kremlin.')).toMatchObject({ claimants: ['brandt'] });
    expect(one('Kessler said Orvik had no ties to Norland.')).toMatchObject({ claimants: ['kessler'] });
    none('Kessler said the village had no links to the railway.');
  });

  it('reads acts called lawful, not a state of the law', () => {
    expect(one('Brandt said the payments were legal.')).toMatchObject({ claimants: ['brandt'] });
    expect(one('Orvik insisted the transactions were lawful.')).toMatchObject({ claimants: ['orvik'] });
    none('Loans were legal until 2019.');
    none('Kessler said the vote was legal.');
  });
});

describe('rebuttals of conduct in hostilities, staged evidence, reality and motive', () => {
  it('reads restraint and respect of the laws of war', () => {
    expect(one('Vestia said its aircraft struck only military targets.')).toMatchObject({ claimants: ['vestia'] });
    expect(one('Vestia said civilians were not targeted.')).toMatchObject({ claimants: ['vestia'] });
    expect(one('Vestia said its forces respect international humanitarian law.')).toMatchObject({ claimants: ['vestia'] });
    expect(one('Vestia said it took every precaution to avoid civilian casualties.')).toMatchObject({ claimants: ['vestia'] });
    expect(one('Kessler said the officers "acted with restraint" during the protest.')).toMatchObject({ claimants: ['kessler'] });
    expect(one('Vestia said its police used only proportionate force.')).toMatchObject({ claimants: ['vestia'] });
    expect(one('Orvik said the report contained "serious factual errors."')).toMatchObject({ claimants: ['orvik'] });
    none('Clearwater Watch urged both sides to show restraint.');
    none('Clearwater Watch urged Vestia to respect international law.');
    none('Orvik said it had taken steps to improve safety.');
    none('Brandt said the attack targeted only one building.');
  });

  it('reads staged footage, false flags and clearing a name', () => {
    expect(one('Vestia said the footage circulating online was doctored.')).toMatchObject({ claimants: ['vestia'] });
    expect(one('Norland called the attack a false flag operation.')).toMatchObject({ claimants: ['norland'] });
    expect(one('Brandt vowed to clear his name.')).toMatchObject({ claimants: ['brandt'] });
    none('The video was filmed in 2020.');
    none('Prosecutors said the documents were forged.');
  });

  it('reads an accusation said to miss reality', () => {
    expect(one('Kessler said the report does not reflect reality.')).toMatchObject({ claimants: ['kessler'] });
    expect(one('Orvik said the allegations bear no relation to the facts.')).toMatchObject({ claimants: ['orvik'] });
    expect(one('Brandt said the claims were not based on facts.')).toMatchObject({ claimants: ['brandt'] });
  });

  it('reads a vendetta said of the charges, not of the case or of a killing', () => {
    expect(one('Kessler said the charges were a political vendetta.')).toMatchObject({ claimants: ['kessler'] });
    none('Kessler said the killing was revenge for the raid.');
    none('Brandt was jailed on charges of fraud in a case that Kessler says is revenge for his reporting.');
  });

  it('reads debunk, dispel, firmly oppose and fight back against an accusation', () => {
    expect(one('Orvik debunked the claims in a detailed statement.')).toMatchObject({ claimants: ['orvik'] });
    expect(one('Vestia firmly opposes the accusations.')).toMatchObject({ claimants: ['vestia'] });
    expect(one('Brandt fought back against the allegations.')).toMatchObject({ claimants: ['brandt'] });
    none('Kessler opposed the bill.');
  });
});

describe('court and sports denials', () => {
  it('reads counts and offences denied in court reports, and liability', () => {
    expect(one('Kessler, 45, denies three counts of fraud.')).toMatchObject({ claimants: ['kessler'], cue: 'denies' });
    expect(one('Brandt denies two charges of bribery.')).toMatchObject({ claimants: ['brandt'] });
    expect(one('Orvik denied liability for the spill.')).toMatchObject({ claimants: ['orvik'] });
    none("Orvik denied the workers' request for higher pay.");
    none('The court denied bail to Brandt.');
    none('The judge denied the motion.');
  });

  it('reads pleas of innocence, defending oneself against charges, expecting to be cleared', () => {
    expect(one('Brandt entered a not-guilty plea.')).toMatchObject({ claimants: ['brandt'] });
    expect(one('Brandt pleaded innocent to all charges.')).toMatchObject({ claimants: ['brandt'] });
    expect(one('Orvik said it would defend itself vigorously against the allegations.')).toMatchObject({ claimants: ['orvik'] });
    expect(one('Brandt said he was confident he would be cleared.')).toMatchObject({ claimants: ['brandt'] });
    expect(one('Kessler said the positive test was caused by a contaminated supplement.')).toMatchObject({ claimants: ['kessler'] });
    none('Kessler said she would defend her title next year.');
    none('Brandt said the roads would be cleared by Monday.');
  });
});

describe('doping, trade and void verdicts', () => {
  it('reads a banned substance never taken, rules complied with, a verdict called void', () => {
    expect(one('Kessler said she had never knowingly taken a banned substance.')).toMatchObject({ claimants: ['kessler'] });
    expect(one('Vestia said the tariffs were consistent with WTO rules.')).toMatchObject({ claimants: ['vestia'] });
    expect(one('Orvik said its operations were fully compliant with all applicable regulations.')).toMatchObject({ claimants: ['orvik'] });
    expect(one('Brandt said the verdict was null and void.')).toMatchObject({ claimants: ['brandt'] });
    none("The plan is in line with the ministry's budget.");
    none('Kessler said the new law was consistent with the constitution.');
    none('Brandt said he had never used a computer.');
  });
});

describe('denial slots', () => {
  it('credits "an accusation X rejected" to X and targets the accuser of the main clause', () => {
    const text = 'Norland accused Vestia of shelling the villages, an accusation the Vestian government quickly rejected.';
    expect(one(text)).toMatchObject({ claimants: ['vestia'], targets: ['norland'], cue: 'rejected' });
  });

  it('targets the accuser of the relative clause when "the accusation" is called a fabrication', () => {
    const text = 'Vestia, which Norland has accused of funding the riots, called the accusation "another shameless fabrication."';
    expect(one(text)).toMatchObject({ claimants: ['vestia'], targets: ['norland'] });
  });

  it('reads a rejected characterisation and lawful conduct in quotes', () => {
    expect(one('Vestia "categorically rejects" the characterisation of its patrols as aggressive.')).toMatchObject({ claimants: ['vestia'] });
    expect(one('Kessler insisted that the guards had acted "lawfully and professionally."')).toMatchObject({ claimants: ['kessler'] });
  });

  it('credits a lawyer who says a client was unaware, and a speaker whose findings rest on a misreading', () => {
    expect(one('His lawyer, Tomas Brandt, said his client "was not aware of any irregularities" at the time.')).toMatchObject({ claimants: ['brandt'] });
    expect(one('Kessler said the findings were "based on a misreading of our records".')).toMatchObject({ claimants: ['kessler'] });
    expect(one('Kessler said the claims were "not supported by a single piece of evidence".')).toMatchObject({ claimants: ['kessler'] });
  });
});

describe('the keys of the new entries', () => {
  it('finds every form through its keys (a form without a key would be lost)', () => {
    const forms: Record<string, readonly string[]> = {
      falsity: ['The claims are unsubstantiated.', 'The claims are nothing but lies.', 'The report is a set-up.', 'The report contained glaring errors.', 'The claims had "no basis".', 'The report distorts the facts.', 'The story is fictitious.'],
      discredit: ['The report is biased.', 'The report is a bid to tarnish us.', 'The claims are scaremongering.', 'The report is overblown.'],
      innocence: ['He has broken no laws.', 'He did nothing untoward.', 'He was framed.', 'They never colluded.', "They didn't collude with anyone.", 'He had no known ties to Norland.', 'She never knew about the bribes.'],
      restraint: ['Civilians were never targeted.', 'It complies with the laws of war.', 'It took all feasible measures to spare civilians.'],
      vindication: ['The photos were doctored.', 'It was a false-flag attack.', 'She is sure she will be vindicated.'],
      'lawful-act': ['The payments were above board.', 'The transfers were proper.'],
    };
    for (const [id, texts] of Object.entries(forms)) {
      for (const text of texts) {
        const hits = evaluativeHitsBySentence(text, [{ start: 0, end: text.length }])[0] ?? [];
        expect(hits.map((h) => EVALUATIVE[h.entry]?.id), text).toContain(id);
      }
    }
  });
});
