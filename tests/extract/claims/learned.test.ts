import { describe, expect, it } from 'vitest';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import { addLearnedClaims, compileModel, passesGate, sentenceFeatures, sentenceModel, withFallback, wordTokens, type Gate, type LearnedSlots, type SentenceModel, type TargetFallback } from '../../../src/extract/claims/learned.ts';
import { createRules } from '../../../src/extract/rules.ts';
import { processArticle } from '../../../src/pipeline/process.ts';
import type { ExtractionRecord, Extractor } from '../../../src/types/index.ts';

/**
 * The `rules-learned` experiment (a sentence detector adding claims where no rule fired).
 * Sentences composed for these tests (names invented); none is from the corpus or the
 * generality sets.
 */

const ACCUSING = 'Prosecutors said the defendant stole trade secrets and laundered millions of dollars through shell companies.';
const NEUTRAL = 'The festival will open next week with a concert in the old town square.';

function recordOf(ex: Extractor, raw: string): ExtractionRecord {
  const out = processArticle({ id: 'learned-test', format: 'txt', raw, origin: 'test' }, ex);
  if (!out.record) throw new Error('no record');
  return out.record;
}

/** An extractor: `rules`, then the booster with a given model (over no rule claims with `alone`: the booster by itself). */
function boosted(model: SentenceModel, alone = false): Extractor {
  const rules = createRules();
  return {
    name: 't', version: '0', description: '',
    extract: (d) => {
      const r = rules.extract(d);
      return { ...r, claims: addLearnedClaims(d, r.actors, r.figures, alone ? [] : r.claims, model) };
    },
  };
}

/** A model that calls every sentence a claim of one type at probability 1 (gate and target fallback as given). */
const always = (type: 'accusation' | 'denial', gate: Gate = 'either', fallback: TargetFallback = 'none'): SentenceModel => ({
  threshold: 0.5,
  gate,
  position: false,
  fallback,
  slotFeatures: false,
  slotBoost: 0,
  claimProbability: () => 1,
  typeOf: () => type,
  topFeature: () => 'stole',
});

describe('the committed sentence model', () => {
  it('loads: logistic, threshold in [0.5, 1), learned claims need a claimant and a target', () => {
    const m = sentenceModel();
    expect(m.threshold).toBeGreaterThanOrEqual(0.5);
    expect(m.threshold).toBeLessThan(1);
    expect(m.gate).toBe('both');
    expect(m.slotFeatures).toBe(true);
  });

  it('scores a composed accusation with a speaker and a doer above the threshold, a neutral sentence and a guilty plea far below', () => {
    const m = sentenceModel();
    const slots = ['_hasC', '_hasT', '_cspk'];
    expect(m.claimProbability([...sentenceFeatures(ACCUSING, 1), '_s1', ...slots])).toBeGreaterThan(m.threshold);
    expect(m.typeOf(sentenceFeatures(ACCUSING, 1))).toBe('accusation');
    expect(m.claimProbability([...sentenceFeatures(NEUTRAL, 0), '_s1', ...slots])).toBeLessThan(0.2);
    // background about wrongdoing that gold leaves out (a plea, a statutory maximum), even with both slots
    const plea = 'The former treasurer admitted the charges in a district court and faces up to ten years in prison.';
    expect(m.claimProbability([...sentenceFeatures(plea, 1), ...slots])).toBeLessThan(0.2);
  });

  it('types a composed denial as a denial', () => {
    const m = sentenceModel();
    expect(m.typeOf(sentenceFeatures('The company denied the allegations and said it had always obeyed the law.', 1))).toBe('denial');
  });

  it('computes logistic log-odds and the slot boost (the most the slot features can add) on a tiny hand-made state', () => {
    const nb = { prior: 0.5, nPos: 4, nNeg: 4, counts: {} };
    const m = compileModel({ kind: 'logistic', threshold: 0.5, trainedOn: 'test', slotFeatures: true, logistic: { bias: -1, weights: { stole: 2, _hasC: 0.5, _hasT: 0.25, _cspk: -0.3 } }, denial: nb });
    expect(m.claimProbability([])).toBeCloseTo(1 / (1 + Math.exp(1)), 9);
    expect(m.claimProbability(['stole', '_hasC', 'unseen'])).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 9);
    expect(m.slotBoost).toBeCloseTo(0.75, 9);
    expect(m.topFeature(['_hasC', 'stole'])).toBe('stole');
    expect(m.gate).toBe('either');
    expect(m.fallback).toBe('none');
  });
});

describe('the negation shape feature (_neg)', () => {
  // Review finding (session 7, issue 5): NEGATION's n't sits inside a \b-bounded group, and no \b
  // precedes n't inside a word, so _neg never fires on "didn't", "wasn\u2019t", "won't" (training and
  // prediction share the pattern: consistent, but blind to contractions). The fix
  // (/\b(?:not|no|never|nothing|without)\b|n['\u2019]t\b/i) with a retrained model TIED the choice rule
  // (summed real-dev 5-fold CV at the chosen threshold 0.5: claim F1 .871, strict .725, 16 spurious,
  // both patterns; sets 3-5 identical at 0.5), so the committed model keeps the pattern it was
  // trained with. A note, not a pending test: when the model is next retrained for another reason,
  // switch to the fixed pattern and add a test that it marks these composed sentences:
  //   "The harbour authority didn't inspect the cranes before the storm."
  //   "The mayor wasn\u2019t told about the overdue invoices, an aide said."
  //   "Residents say the landlord won't repair the boilers."

  it('fires on "never" and "not"', () => {
    for (const s of [
      'The contractor never delivered the promised ambulances.',
      'The ferry operator did not file its safety reports on time.',
    ]) expect(sentenceFeatures(s, 0), s).toContain('_neg');
  });

  it('stays off without a negation, even on words holding "nt" or "not" inside them', () => {
    for (const s of [
      'The council printed its annual accounts in April.',
      'The notary signed the contract on Tuesday.',
      "The tenants' union met the mayor's deputy.",
    ]) expect(sentenceFeatures(s, 0), s).not.toContain('_neg');
  });
});

describe('gate and target fallback', () => {
  const slots = (c: number, t: number, named: string[] = [], main: string[] = []): LearnedSlots => ({
    claimants: Array.from({ length: c }, (_, i) => `c${i}`), reportedBy: [], targets: Array.from({ length: t }, (_, i) => `t${i}`),
    claimantHow: c > 0 ? 'speaker' : '', accusedNamed: named, mainAccused: main,
  });
  it('either: a claimant or a target; claimant: a claimant; both: a claimant and (accusations) a target', () => {
    expect(passesGate('either', 'accusation', slots(0, 1))).toBe(true);
    expect(passesGate('either', 'accusation', slots(0, 0))).toBe(false);
    expect(passesGate('claimant', 'accusation', slots(0, 1))).toBe(false);
    expect(passesGate('both', 'accusation', slots(1, 0))).toBe(false);
    expect(passesGate('both', 'accusation', slots(1, 1))).toBe(true);
    expect(passesGate('both', 'denial', slots(1, 0))).toBe(true);
    expect(passesGate('both', 'denial', slots(0, 1))).toBe(false);
  });
  it('fills an empty target from the accused named in the sentence (named), else the main accused (main), never over a found one', () => {
    expect(withFallback(slots(1, 0, ['x', 'y']), 'named').targets).toEqual(['x']);
    expect(withFallback(slots(1, 0, [], ['z']), 'named').targets).toEqual([]);
    expect(withFallback(slots(1, 0, [], ['z']), 'main').targets).toEqual(['z']);
    expect(withFallback(slots(1, 0, ['x']), 'none').targets).toEqual([]);
    expect(withFallback(slots(1, 1, ['x']), 'named').targets).toEqual(['t0']);
  });
});

describe('the naive Bayes detector (session 6 models)', () => {
  it('computes Bernoulli naive Bayes log-odds on a tiny hand-made state', () => {
    // one feature "stole": in 3 of 4 positives, 0 of 4 negatives; prior 0.5; Laplace 1
    const saved = { prior: 0.5, nPos: 4, nNeg: 4, counts: { stole: [3, 0] as const } };
    const m = compileModel({ kind: 'bernoulli-nb', threshold: 0.9, trainedOn: 'test', detect: saved, denial: { ...saved, prior: 0.01 } });
    // present: (4/6)/(1/6) = 4; absent: (2/6)/(5/6) = 0.4
    expect(m.claimProbability(['stole'])).toBeCloseTo(0.8, 6);
    expect(m.claimProbability([])).toBeCloseTo(0.4 / 1.4, 6);
    expect(m.claimProbability(['unseen'])).toBeCloseTo(0.4 / 1.4, 6);
    expect(m.typeOf(['stole'])).toBe('accusation');
    expect(m.topFeature(['_q', 'stole', 'unseen'])).toBe('stole');
  });
});

describe('rules-learned', () => {
  const rules = createRules();
  const learned = createRules({ name: 'rules-learned', learned: true });
  const raw = [
    'Harbour city officials accuse Vellmar Shipping of fraud',
    '',
    'Officials in the port city of Astrel on Monday accused Vellmar Shipping of falsifying cargo records for three years.',
    '',
    `${ACCUSING}`,
    '',
    `${NEUTRAL}`,
  ].join('\n');

  it('keeps every rule claim and adds none on a sentence a rule claim already covers', () => {
    const a = recordOf(rules, raw);
    const b = recordOf(learned, raw);
    expect(a.claims.length).toBeGreaterThan(0);
    expect(b.claims.slice(0, a.claims.length)).toEqual(a.claims);
    const added = b.claims.slice(a.claims.length);
    for (const c of added) {
      expect(c.reason).toMatch(/^learned:(accusation|denial)/);
      expect(a.claims.some((r) => r.evidence.start < c.evidence.end && c.evidence.start < r.evidence.end)).toBe(false);
      expect(b.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    }
    const neutralAt = b.text.indexOf(NEUTRAL);
    expect(b.claims.some((c) => c.evidence.start <= neutralAt && neutralAt < c.evidence.end)).toBe(false);
  });

  it('adds a claim for an uncovered body sentence naming an actor when the model is sure, none for one naming nobody', () => {
    const a = recordOf(rules, raw);
    const r = recordOf(boosted(always('accusation')), raw);
    const extra = r.claims.slice(a.claims.length);
    // the neutral sentence names no actor: neither slot can be filled, so no claim
    expect(extra.some((c) => c.evidence.text === NEUTRAL)).toBe(false);
    expect(extra.every((c) => c.cue === '' || c.evidence.text.includes(c.cue))).toBe(true);
    // the headline never gets one
    expect(extra.some((c) => c.evidence.text.startsWith('Harbour city'))).toBe(false);
    const text = 'Update\n\nInvestigators at the Corvane Audit Office said the harbour authority had kept two sets of books for a decade.';
    const alone = recordOf(boosted(always('accusation'), true), text).claims;
    expect(alone).toHaveLength(1);
    expect(alone[0]?.certainty).toBe('asserted');
    expect(alone[0]?.reason).toBe('learned:accusation:stole');
  });

  it('takes the claimant from a leading reporting verb and the target from the doer of the harm', () => {
    const text = 'Update\n\nA neutral opening line about the weather in the capital today.\n\nThe Ministry of Justice said Orlan Petrossian stole the funds from a state pension scheme.';
    const r = recordOf(boosted(always('accusation'), true), text);
    const c = r.claims.find((x) => x.reason.startsWith('learned') && x.evidence.text.includes('Petrossian'));
    expect(c).toBeDefined();
    const names = (ids: readonly string[]): string[] => ids.map((id) => r.actors.find((a) => a.id === id)?.name ?? id);
    expect(names(c!.claimants).join()).toMatch(/Ministry of Justice/);
    expect(names(c!.targets).join()).toMatch(/Petrossian/);
  });

  it('leaves the targets empty when no doer is named (a pronoun subject), and a denial without targets', () => {
    const text = 'Update\n\nA neutral opening line about the weather in the capital today.\n\nThe Ministry of Justice said they stole the funds from a state pension scheme.';
    const acc = recordOf(boosted(always('accusation'), true), text).claims.find((x) => x.reason.startsWith('learned') && x.evidence.text.includes('pension'));
    expect(acc?.targets).toEqual([]);
    const text2 = 'Update\n\nOrlan Petrossian, a former deputy minister, said on Tuesday that the Ministry of Justice had the facts of the case entirely wrong and would have to correct its report.';
    const den = recordOf(boosted(always('denial'), true), text2).claims.find((x) => x.reason.startsWith('learned') && x.evidence.text.includes('facts'));
    expect(den?.type).toBe('denial');
    expect(den?.targets).toEqual([]);
  });

  it('gate both drops a learned accusation without a target; fallback named takes the target from an actor the document accuses, named in the sentence', () => {
    const text = [
      'Update',
      '',
      'The Ministry of Justice on Monday accused Orlan Petrossian of fraud.',
      '',
      'Dalia Verhoeven, a ministry auditor, said on Tuesday that the ledgers of the pension fund run by Orlan Petrossian were a work of fiction.',
      '',
      'Dalia Verhoeven said the ledgers were a work of fiction.',
    ].join('\n');
    const learnedOf = (m: SentenceModel): { claimants: string[]; targets: string[]; text: string }[] => {
      const r = recordOf(boosted(m), text);
      const name = (ids: readonly string[]): string[] => ids.map((id) => r.actors.find((a) => a.id === id)?.name ?? id);
      return r.claims.filter((c) => c.reason.startsWith('learned')).map((c) => ({ claimants: name(c.claimants), targets: name(c.targets), text: c.evidence.text }));
    };
    const either = learnedOf(always('accusation', 'either', 'none'));
    expect(either).toHaveLength(2);
    expect(either.every((c) => c.claimants.join() === 'Dalia Verhoeven' && c.targets.length === 0)).toBe(true);
    expect(learnedOf(always('accusation', 'both', 'none'))).toEqual([]);
    const named = learnedOf(always('accusation', 'both', 'named'));
    expect(named).toHaveLength(1);
    expect(named[0]?.targets).toEqual(['Orlan Petrossian']);
    expect(named[0]?.text).toMatch(/^Dalia Verhoeven, a ministry auditor/);
  });
});

describe('the cheap path (prefilter, own tokenizer): same claims as the full scoring', () => {
  const SHAPES = new Set(['_q', '_rv', '_neg', '_a1', '_a2']);
  const sentences = [
    ACCUSING,
    NEUTRAL,
    '"We never took a cent," the mayor\'s spokesman, Ilse Marrow, told reporters on Friday.',
    'Auditors said the Brenlow Trust had hidden $4.2 million in offshore_accounts and bribed two inspectors, according to the report.',
    'Said the minister: "said, SAID, says" — the Tverin Group (Группа Тверин) paid 3 of its 12 directors.',
  ];

  it('tokenises exactly as natural\'s WordTokenizer (apostrophes, underscores, Cyrillic, numbers, dashes)', () => {
    const natural = new WordTokenizer();
    for (const s of sentences) expect(wordTokens(s)).toEqual(natural.tokenize(s));
    expect(wordTokens('  ,;  ')).toEqual([]);
  });

  it('bounds the log-odds from above: word weights (each feature once) plus every raising shape feature', () => {
    const m = sentenceModel();
    const b = m.bound!;
    for (const s of sentences) {
      for (const actors of [0, 1, 2]) {
        const f = sentenceFeatures(s, actors);
        const words = f.filter((x) => !SHAPES.has(x));
        expect(b.wordWeight(s)).toBeCloseTo(words.reduce((z, x) => z + b.weight(x), 0), 9);
        const p = m.claimProbability(f);
        expect(b.base + b.wordWeight(s) + b.shapeBoost).toBeGreaterThanOrEqual(Math.log(p / (1 - p)) - 1e-9);
      }
    }
    // "said" and "Said" share a stem: counted once
    expect(b.wordWeight('said Said SAID')).toBeCloseTo(b.wordWeight('said'), 9);
  });

  it('adds the same claims with the prefilter as without it, at the committed threshold and at a low one that lets many through', () => {
    const text = ['Update', '', ...sentences.flatMap((s) => [s, ''])].join('\n');
    const m = sentenceModel();
    for (const threshold of [m.threshold, 0.02]) {
      const fast: SentenceModel = { ...m, threshold };
      const { bound: _unused, ...full } = fast;
      const a = recordOf(boosted(fast, true), text).claims;
      const b = recordOf(boosted(full, true), text).claims;
      expect(a).toEqual(b);
      if (threshold < 0.5) expect(a.length).toBeGreaterThan(0);
    }
  });
});
