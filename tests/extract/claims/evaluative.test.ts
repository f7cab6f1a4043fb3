import { describe, expect, it } from 'vitest';
import { evaluativeHitsBySentence } from '../../../src/extract/claims/evaluative.ts';
import { EVALUATIVE } from '../../../src/lexicons/wrongdoing.ts';
import type { Claim } from '../../../src/types/index.ts';
import { org, country, p, claimsOf } from './helpers.ts';

/**
 * The evaluative rule (src/extract/claims/evaluative.ts): accusations and denials stated
 * without a cue verb. Sentences composed for these tests; none is from the corpus.
 */

const evaluative = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.reason.startsWith('evaluative-'));

const OKAFOR = p('okafor', 'Ngozi Okafor', 'Okafor');
const VANCE = p('vance', 'Miriam Vance', 'Vance');
const LUND = p('lund', 'Erik Lund', 'Lund');
const RUSSIA = country('ru', 'Russia', 'Moscow');
const MYANMAR = country('mm', 'Myanmar');
const VELORIA = org('veloria', 'company', 'Veloria Trading');
const ARMSCO = org('armsco', 'agency', 'Defence Industries Group');

describe('reported speech with a wrongful predicate', () => {
  it('makes the speaker of a quote the accuser of an arbitrary act', () => {
    const text = '"The detention of my client is arbitrary and cruel," Okafor told reporters.';
    const [c, ...rest] = evaluative(claimsOf(text, [OKAFOR]));
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ type: 'accusation', claimants: ['okafor'], targets: [], cue: 'arbitrary', certainty: 'asserted' });
    expect(c?.reason).toMatch(/^evaluative-predicate:/);
  });

  it('accuses an actor the evaluation is predicated of', () => {
    const [c] = evaluative(claimsOf('Vance said Veloria Trading was a front company for the Defence Industries Group.', [VANCE, VELORIA, ARMSCO]));
    expect(c).toMatchObject({ type: 'accusation', claimants: ['vance'], targets: ['veloria', 'armsco'] });
  });

  it('hedges a modal evaluation', () => {
    const [c] = evaluative(claimsOf('Lund said the raid on the newspaper might be unconstitutional.', [LUND]));
    expect(c).toMatchObject({ claimants: ['lund'], certainty: 'hedged' });
  });

  it('hedges a belief but not a disbelief', () => {
    expect(evaluative(claimsOf('Lund believes the detention was arbitrary.', [LUND]))[0]?.certainty).toBe('hedged');
    expect(evaluative(claimsOf('"I don\'t believe a word of it, the count was fake," Lund said.', [LUND]))[0]?.certainty).toBe('asserted');
  });

  it('credits nobody for "is widely seen as" and hedges it', () => {
    const [c] = evaluative(claimsOf('The trial of the opposition leader is widely seen as politically motivated.', []));
    expect(c).toMatchObject({ type: 'accusation', claimants: [], targets: [], certainty: 'hedged' });
  });

  it('gives unnamed speakers no claimants', () => {
    const [c] = evaluative(claimsOf('Rights groups say the verdict against the editor was politically motivated.', []));
    expect(c).toMatchObject({ type: 'accusation', claimants: [] });
  });

  it('reads a negated evaluation as a denial by the speaker', () => {
    const [c] = evaluative(claimsOf('Okafor insisted that the transfer was not illegal.', [OKAFOR]));
    expect(c).toMatchObject({ type: 'denial', claimants: ['okafor'], targets: [] });
  });

  it('needs someone to say it: narration is no claim', () => {
    expect(evaluative(claimsOf('The border crossing was illegal under the old rules.', []))).toHaveLength(0);
  });

  it('does not fire on a condition or a prediction', () => {
    expect(evaluative(claimsOf('Lund said that if the search was illegal, the evidence would be thrown out.', [LUND]))).toHaveLength(0);
    expect(evaluative(claimsOf('Vance said such a ban would be unconstitutional.', [VANCE]))).toHaveLength(0);
  });

  it('reads a long quotation whose speaker is not found as said by someone unnamed', () => {
    const [c] = evaluative(claimsOf('"For a decade, Myanmar\'s regime has been corrupt to its core and everyone knows it."', [MYANMAR]));
    expect(c).toMatchObject({ type: 'accusation', claimants: [], targets: ['mm'] });
  });

  it('does not read a possibility about a class', () => {
    expect(evaluative(claimsOf('Acme said in a statement, "We remove content that might be illegal in any country, as the law requires of every platform."', []))).toHaveLength(0);
  });

  it('reads the speaker before a headline colon', () => {
    const text = "Vance: Myanmar's crackdown on protesters was illegal\n\nThe lawyer spoke in Geneva.";
    const [c] = evaluative(claimsOf(text, [VANCE, MYANMAR]));
    expect(c).toMatchObject({ type: 'accusation', claimants: ['vance'], targets: ['mm'] });
    expect(c?.reason).toMatch(/headline-colon$/);
  });

  it('does not fire on a question', () => {
    expect(evaluative(claimsOf('"Was the arrest arbitrary?" Okafor asked the panel.', [OKAFOR]))).toHaveLength(0);
  });

  it('reads an attributive evaluation of an act with its possessor as doer', () => {
    const [c] = evaluative(claimsOf('Lund said Russia\'s illegal annexation of the island had to end.', [LUND, RUSSIA]));
    expect(c).toMatchObject({ type: 'accusation', claimants: ['lund'], targets: ['ru'] });
  });

  it('leaves a legal category alone ("the criminal case")', () => {
    expect(evaluative(claimsOf('Vance said the criminal case against the mayor would resume in May.', [VANCE]))).toHaveLength(0);
  });
});

describe('nouns of wrongdoing', () => {
  it('takes the doer of a "by" phrase', () => {
    const [c] = evaluative(claimsOf('Human rights monitors say villagers suffer harassment by the army of Myanmar.', [MYANMAR]));
    expect(c).toMatchObject({ type: 'accusation', claimants: [], targets: ['mm'] });
  });

  it('takes a possessor as doer', () => {
    const [c] = evaluative(claimsOf('"Moscow\'s persecution of independent reporters has to stop," Vance said.', [VANCE, RUSSIA]));
    expect(c).toMatchObject({ claimants: ['vance'], targets: ['ru'] });
  });

  it('reads acts that amount to war crimes, and not a museum of a genocide', () => {
    const [c] = evaluative(claimsOf('"Moscow\'s actions in the region amount to war crimes," Vance said.', [VANCE, RUSSIA]));
    expect(c).toMatchObject({ type: 'accusation', claimants: ['vance'], targets: ['ru'] });
    expect(evaluative(claimsOf('Vance said the museum documents the genocide of 1915.', [VANCE]))).toHaveLength(0);
  });

  it('accepts a wrong suffered with no doer named', () => {
    const [c] = evaluative(claimsOf('Reporters have faced growing intimidation since the vote, Okafor said.', [OKAFOR]));
    expect(c).toMatchObject({ type: 'accusation', claimants: ['okafor'], targets: [] });
  });

  it('does not read a fight against a wrong as an accusation', () => {
    expect(evaluative(claimsOf('Vance said the new unit would fight corruption by officials.', [VANCE]))).toHaveLength(0);
    expect(evaluative(claimsOf('Lund said the anti-corruption drive in Russia had stalled.', [LUND, RUSSIA]))).toHaveLength(0);
  });

  it('needs a doer or a victim: a generic wrong is no claim', () => {
    expect(evaluative(claimsOf('Okafor said corruption remains a problem for every government.', [OKAFOR]))).toHaveLength(0);
    expect(evaluative(claimsOf('Vance said violations by any party would be reported.', [VANCE]))).toHaveLength(0);
  });
});

describe('wrongs suffered in the passive', () => {
  it('makes the speaker the accuser of an unnamed doer', () => {
    const [c] = evaluative(claimsOf('Okafor said her staff had been harassed and threatened for weeks.', [OKAFOR]));
    expect(c).toMatchObject({ type: 'accusation', claimants: ['okafor'], targets: [], cue: 'harassed' });
  });

  it('accepts an unnamed human doer but not a thing', () => {
    expect(evaluative(claimsOf('Lund said he was threatened by masked men outside the court.', [LUND]))).toHaveLength(1);
    expect(evaluative(claimsOf('Lund said the coastal towns were threatened by rising seas.', [LUND]))).toHaveLength(0);
  });

  it('needs the passive and an attribution', () => {
    expect(evaluative(claimsOf('Vance threatened to resign on Monday.', [VANCE]))).toHaveLength(0);
    expect(evaluative(claimsOf('The villagers were harassed for years.', []))).toHaveLength(0);
  });
});

describe('wrongful acts without a cue verb', () => {
  it('reads "used his office for his own benefit"', () => {
    const [c] = evaluative(claimsOf('Vance said Lund had used his office for his own benefit.', [VANCE, LUND]));
    expect(c).toMatchObject({ claimants: ['vance'], targets: ['lund'] });
  });

  it('reads "uses X to silence" with the subject after a wh-word', () => {
    const [c] = evaluative(claimsOf('"This shows how Myanmar uses broad emergency decrees to silence critics," Okafor said.', [OKAFOR, MYANMAR]));
    expect(c).toMatchObject({ claimants: ['okafor'], targets: ['mm'] });
  });

  it('reads defiance of obligations, also in a headline after the speaker\'s colon', () => {
    const [c] = evaluative(claimsOf("Vance: Myanmar ignoring UN calls for a ceasefire\n\nThe envoy spoke on Monday.", [VANCE, MYANMAR]));
    expect(c).toMatchObject({ claimants: ['vance'], targets: ['mm'] });
    expect(evaluative(claimsOf('Lund ignored the weather warnings and sailed on.', [LUND]))).toHaveLength(0);
  });

  it('gives an unnamed minister no claimants (not an inverted "said Myanmar")', () => {
    // Either rule may make it (the cue rule's harm verb does since the slot fixes); one claim, no speaker.
    const claims = claimsOf('The minister said Myanmar had repeatedly violated the truce.', [MYANMAR]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ type: 'accusation', claimants: [], targets: ['mm'] });
  });

  it('does not read a neutral use of power as abuse', () => {
    expect(evaluative(claimsOf('Lund said the plant used nuclear power to generate electricity.', [LUND]))).toHaveLength(0);
  });
});

describe('findings, links, penalties and contempt', () => {
  it('makes the finder the accuser of the complement\'s subject', () => {
    const [c] = evaluative(claimsOf('At trial, the Justice Department proved that Lund concealed the payments from auditors.', [org('doj', 'agency', 'Justice Department'), LUND]));
    expect(c).toMatchObject({ type: 'accusation', claimants: ['doj'], targets: ['lund'], cue: 'proved' });
  });

  it('credits nobody for an unnamed investigation', () => {
    const [c] = evaluative(claimsOf('The investigation revealed that Veloria Trading falsified its export papers.', [VELORIA]));
    expect(c).toMatchObject({ claimants: [], targets: ['veloria'] });
  });

  it('ignores findings without a wrong, and admissions', () => {
    expect(evaluative(claimsOf('The inquiry found that Lund had left the company in 2019.', [LUND]))).toHaveLength(0);
    expect(evaluative(claimsOf('The review found that Vance accepted responsibility for the fraud.', [VANCE]))).toHaveLength(0);
  });

  it('reads "has been linked to" a weapons programme, with a shared subject', () => {
    const claims = evaluative(claimsOf('According to Vance, Veloria Trading is a front company for the Defence Industries Group and has been linked to nuclear weapons programs.', [VANCE, VELORIA, ARMSCO]));
    expect(claims.map((c) => c.targets)).toEqual([['veloria', 'armsco'], ['veloria']]);
  });

  it('does not read an innocent link', () => {
    expect(evaluative(claimsOf('Vance said Veloria Trading has been linked to the port project since 2015.', [VANCE, VELORIA]))).toHaveLength(0);
  });

  it('accuses the payer of a penalty in connection with violations', () => {
    const [c] = evaluative(claimsOf('Veloria Trading has agreed to pay $40 million in connection with violations of export controls.', [VELORIA]));
    expect(c).toMatchObject({ type: 'accusation', claimants: [], targets: ['veloria'] });
  });

  it('skips a payment for no wrong, and a guilty plea', () => {
    expect(evaluative(claimsOf('Veloria Trading agreed to pay $40 million in connection with the merger.', [VELORIA]))).toHaveLength(0);
    expect(evaluative(claimsOf('Veloria Trading pleaded guilty and will pay $4 million in connection with violations of export law.', [VELORIA]))).toHaveLength(0);
  });

  it('reads a vote to hold someone in contempt', () => {
    const [c] = evaluative(claimsOf('The Senate of Freedonia voted to hold Erik Lund in contempt of parliament.', [org('senate', 'agency', 'Senate of Freedonia'), LUND]));
    expect(c).toMatchObject({ claimants: ['senate'], targets: ['lund'] });
  });

  it('does not read a threat to hold someone in contempt', () => {
    expect(evaluative(claimsOf('The Senate of Freedonia threatened to hold Erik Lund in contempt.', [org('senate', 'agency', 'Senate of Freedonia'), LUND]))).toHaveLength(0);
  });
});

describe('wrongful labels', () => {
  it('reads a long label on a decision, with no target', () => {
    const [c] = evaluative(claimsOf('Erik Lund, head of the Nordic office of Lawyers Without Frontiers, called the court\'s move to extend the detention of the three editors a "textbook case of judicial persecution."', [LUND]));
    expect(c).toMatchObject({ type: 'accusation', claimants: ['lund'], targets: [] });
    expect(c?.content).toMatch(/^a "textbook case of judicial persecution/);
  });

  it('reads "what he called" with the possessor inside the label as target', () => {
    const [c] = evaluative(claimsOf('Vance resigned in May, citing what she called Lund\'s mismanagement of the fund.', [VANCE, LUND]));
    expect(c).toMatchObject({ claimants: ['vance'], targets: ['lund'] });
  });

  it('does not read "called for" or "called on" as a label', () => {
    expect(claimsOf('Vance called for an end to the persecution of journalists.', [VANCE])).toHaveLength(0);
    expect(claimsOf('Lund called on the police to stop the harassment of reporters.', [LUND])).toHaveLength(0);
  });

  it('leaves a label in a relative clause alone (what it labels lies outside)', () => {
    expect(evaluative(claimsOf('The vote, which Lund has referred to as a witch hunt and a stunt, passed.', [LUND]))).toHaveLength(0);
  });
});

describe('criminal cases named by their crime', () => {
  it('accuses the defendant after "against"', () => {
    const [c] = evaluative(claimsOf('The bribery trial against Erik Lund opened in Oslo on Tuesday.', [LUND]));
    expect(c).toMatchObject({ type: 'accusation', claimants: [], targets: ['lund'], content: 'The bribery trial' });
  });

  it('accuses a possessor; the one who speaks of the case is not its accuser', () => {
    const [c] = evaluative(claimsOf("Vance said Lund's embezzlement case had been delayed twice.", [VANCE, LUND]));
    expect(c).toMatchObject({ claimants: [], targets: ['lund'] });
  });

  it('keeps a case and a speaker\'s evaluation of it apart', () => {
    const claims = evaluative(claimsOf('Lund said the fraud case against Vance was politically motivated.', [VANCE, LUND]));
    expect(claims.map((c) => [c.claimants, c.targets])).toEqual([[[], ['vance']], [['lund'], []]]);
  });

  it('accepts a described defendant awaiting trial, with no target', () => {
    const [c] = evaluative(claimsOf('The banker is awaiting trial in a fraud case in Zurich.', []));
    expect(c).toMatchObject({ type: 'accusation', claimants: [], targets: [] });
  });

  it('does not accuse after an acquittal or a dropped case', () => {
    expect(evaluative(claimsOf('Lund was acquitted in the bribery case last year.', [LUND]))).toHaveLength(0);
    expect(evaluative(claimsOf('Prosecutors dropped the fraud charges against Lund.', [LUND]))).toHaveLength(0);
  });
});

describe('more predicate and link forms', () => {
  it('reads "not only a crime" as an affirmation', () => {
    const [c] = evaluative(claimsOf('"What Lund did was not only a serious crime but a betrayal," Vance said.', [VANCE, LUND]));
    expect(c).toMatchObject({ type: 'accusation', claimants: ['vance'], targets: ['lund'] });
  });

  it('reads "isn\'t illegal" as a denial', () => {
    const [c] = evaluative(claimsOf("Lund said the payment isn't illegal.", [LUND]));
    expect(c).toMatchObject({ type: 'denial', claimants: ['lund'] });
  });

  it('reads a wrong associated with named groups', () => {
    const hackers = org('fancy', 'threat_group', 'Cobalt Crane');
    const [c] = evaluative(claimsOf('The ministry of Freedonia stated that the attacks are associated with groups such as Cobalt Crane.', [org('mof', 'agency', 'ministry of Freedonia'), hackers]));
    expect(c).toMatchObject({ claimants: ['mof'], targets: ['fancy'] });
  });

  it('reads the possessor of a wrongful act as its doer, not the one an act was done to', () => {
    expect(evaluative(claimsOf('"Acme\'s conduct was criminal," Lund said.', [LUND, VELORIA, org('acme', 'company', 'Acme')]))[0]?.targets).toEqual(['acme']);
    expect(evaluative(claimsOf('"Vance\'s arrest was arbitrary," Lund said.', [LUND, VANCE]))[0]?.targets).toEqual([]);
  });

  it('reads a victim speaking of itself', () => {
    const [c] = evaluative(claimsOf('"I was harassed online for weeks," Vance said.', [VANCE]));
    expect(c).toMatchObject({ type: 'accusation', claimants: ['vance'], targets: [] });
  });

  it('does not read a class of victims in a relative clause', () => {
    expect(evaluative(claimsOf('"Children who have been abducted need care," Okafor said.', [OKAFOR]))).toHaveLength(0);
  });

  it('reads a victim\'s own account of an assault', () => {
    const [c] = evaluative(claimsOf('Okafor told the court she was beaten and then abducted.', [OKAFOR]));
    expect(c).toMatchObject({ type: 'accusation', claimants: ['okafor'], targets: [] });
  });
});

describe('denials of wrongdoing', () => {
  it('reads "did not lie" said by a lawyer as a denial', () => {
    const claims = evaluative(claimsOf('Her lawyer Miriam Vance said: "My client did not lie, she did not lie to anyone."', [VANCE]));
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ type: 'denial', claimants: ['vance'] });
  });

  it('reads "a legitimate business" as a denial', () => {
    const [c] = evaluative(claimsOf('"Veloria Trading is a legitimate business with lawful customers," Lund said.', [LUND, VELORIA]));
    expect(c).toMatchObject({ type: 'denial', claimants: ['lund'] });
  });

  it('reads an accusation called false as a denial of its accusers', () => {
    const [c] = evaluative(claimsOf('Moscow said the US accusations were false and absurd.', [RUSSIA, country('us', 'US')]));
    expect(c).toMatchObject({ type: 'denial', claimants: ['ru'], targets: ['us'], cue: 'false' });
  });

  it('reads "the charges are politically motivated" as a denial, a case called so as an accusation', () => {
    expect(evaluative(claimsOf('Lund said the charges were politically motivated.', [LUND]))[0]?.type).toBe('denial');
    expect(evaluative(claimsOf('Lund said the trial was politically motivated.', [LUND]))[0]?.type).toBe('accusation');
  });

  it('reads "a pack of lies" and "propaganda" said of an accusation, naming the accuser after "by"', () => {
    const [c] = evaluative(claimsOf('Lund said the accusations by Vance were a pack of lies.', [LUND, VANCE]));
    expect(c).toMatchObject({ type: 'denial', claimants: ['lund'], targets: ['vance'] });
    expect(evaluative(claimsOf('Lund said the stunt drew large crowds.', [LUND]))).toHaveLength(0);
  });

  it('reads a labelling verb on an accusation', () => {
    const [c] = evaluative(claimsOf('Vance called the allegations ridiculous.', [VANCE]));
    expect(c).toMatchObject({ type: 'denial', claimants: ['vance'] });
  });

  it('does not read "not false", nor a false thing that is no accusation', () => {
    expect(evaluative(claimsOf('Vance said the claims were not false.', [VANCE]))).toHaveLength(0);
    expect(evaluative(claimsOf('Vance said the alarm was false.', [VANCE]))).toHaveLength(0);
  });

  it('reads a denied role in a wrong as a denial, never as an accusation', () => {
    for (const text of ['Myanmar said it was not behind the bombing.', 'Myanmar said it was not responsible for the attack.', 'Myanmar said it had no role in the killings.', 'Myanmar said it bears no responsibility for the attack.']) {
      const claims = claimsOf(text, [MYANMAR]);
      expect(claims.map((c) => [c.type, c.claimants]), text).toEqual([['denial', ['mm']]]);
    }
  });

  it('does not read a denied role in something harmless', () => {
    expect(claimsOf('Lund said the agency was not responsible for issuing visas.', [LUND])).toHaveLength(0);
    expect(claimsOf('Lund said he had no role in the merger talks.', [LUND])).toHaveLength(0);
  });

  it('still reads the affirmed role as an accusation', () => {
    const [c] = claimsOf('Vance said Myanmar was behind the attack.', [VANCE, MYANMAR]);
    expect(c).toMatchObject({ type: 'accusation', claimants: ['vance'], targets: ['mm'] });
  });

  it('does not read a conditional as a denial', () => {
    expect(evaluative(claimsOf('Lund said that if he did nothing wrong he had nothing to fear.', [LUND]))).toHaveLength(0);
  });
});

describe('no duplicate claims for one statement', () => {
  it('leaves a sentence with a cue claim of the same type alone', () => {
    const claims = claimsOf('Vance accused Lund of fraud, calling the scheme illegal and abusive.', [VANCE, LUND]);
    expect(claims.filter((c) => c.type === 'accusation')).toHaveLength(1);
    expect(evaluative(claims)).toHaveLength(0);
  });

  it('does not accuse inside a denied claim', () => {
    expect(claimsOf('Myanmar denied reports that the prisoners were tortured.', [MYANMAR]).map((c) => c.type)).toEqual(['denial']);
  });

  it('merges two triggers of one clause into one claim', () => {
    const claims = evaluative(claimsOf('"The arbitrary deportation of refugees shows a complete disregard for human rights," Okafor said.', [OKAFOR]));
    expect(claims).toHaveLength(1);
  });
});

describe('the document scan', () => {
  it('finds the triggers of each sentence and names their entry', () => {
    const text = 'Nothing here. The arrest was arbitrary. He was harassed.';
    const hits = evaluativeHitsBySentence(text, [{ start: 0, end: 13 }, { start: 14, end: 39 }, { start: 40, end: 56 }]);
    expect(hits[0]).toEqual([]);
    expect(hits[1]?.map((h) => [text.slice(h.start, h.end), EVALUATIVE[h.entry]?.id])).toEqual([['arbitrary', 'predicate']]);
    expect(hits[2]?.map((h) => EVALUATIVE[h.entry]?.id)).toEqual(['victim']);
  });

  it('finds every entry through its keys (a pattern match without a key would be lost)', () => {
    const examples: Record<string, string> = {
      case: 'She faces an embezzlement trial.',
      label: 'He branded the move an act of persecution.',
      defiance: 'The regime keeps flouting UN resolutions.',
      predicate: 'The firm is a known front company for the army.',
      'deliberate-act': 'It was a premeditated massacre.',
      dismissal: 'The accusations are a blatant lie.',
      noun: 'They face persecution by the state.',
      victim: 'He was tortured in custody.',
      'abuse-of-position': 'He abused his office.',
      'engaged-in': 'She engaged in illicit trade.',
      instrument: 'It uses tax audits to punish critics.',
      finding: 'The panel concluded that funds were diverted.',
      linked: 'The bank has been linked to cartels.',
      'in-connection': 'It paid a fine in connection with bribery.',
      contempt: 'They voted to hold him in contempt.',
      innocent: 'He has done nothing wrong.',
      rebuttal: 'He was a courier, not a spy.',
      'state-campaign': 'It was part of a Russian campaign to intimidate exiles.',
      responsibility: 'The fault lies with the operator.',
      falsity: 'The allegations are riddled with errors.',
      discredit: 'The report is one-sided.',
      innocence: 'She said she had broken no rules.',
      restraint: 'The army struck only military targets.',
      vindication: 'He vowed to clear his name.',
      'lawful-act': 'The payments were legal.',
      'never-done': 'She said the unit had at no time fired on the crowd.',
      'lawful-conduct': 'He said the exports comply with the sanctions.',
      'no-idea': 'She said he had no idea the cars were stolen.',
      'wrong-by': 'She spoke of attacks by the militia.',
      'state-wrong': 'He warned of Vestian espionage.',
    };
    for (const e of EVALUATIVE) {
      const text = examples[e.id];
      expect(text, e.id).toBeDefined();
      const hits = evaluativeHitsBySentence(text as string, [{ start: 0, end: (text as string).length }])[0] ?? [];
      expect(hits.map((h) => EVALUATIVE[h.entry]?.id), e.id).toContain(e.id);
    }
  });
});
