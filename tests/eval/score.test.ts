import { describe, expect, it } from 'vitest';
import { goldToRecord } from '../../src/eval/gold-record.ts';
import { microAverage } from '../../src/eval/metrics.ts';
import { evaluateDocument } from '../../src/eval/score.ts';
import { toStableJSON } from '../../src/eval/summary.ts';
import { METRIC_ROWS } from '../../src/eval/table.ts';
import type { Gold } from '../../src/types/index.ts';
import { actor, claim, figure, fixtureGold, fixtureText, gold, record, shuffled, spanOf } from './helpers.ts';

// The cleaned text of the fixture: the byline and share line gone, as ingest should do.
const RAW = fixtureText('ruritania-hack');
const TEXT = RAW.replace('By Staff Reporter\nShare this article\n\n', '');
const GOLD = fixtureGold('ruritania-hack');
const VEKLA_TEXT = fixtureText('vekla-fine');
const VEKLA = fixtureGold('vekla-fine');

describe('gold scored against itself', () => {
  it.each([
    ['ruritania-hack', GOLD, TEXT],
    ['vekla-fine', VEKLA, VEKLA_TEXT],
  ] as const)('%s: 1.0 on every figure of the table', (_id, g, text) => {
    const d = evaluateDocument(g, goldToRecord(g, text));
    for (const row of METRIC_ROWS) {
      const v = row.get(d.scores);
      if (v !== null) expect([row.label, v]).toEqual([row.label, 1]);
    }
    expect(d.scores.claims.strict.f1).toBe(1);
    expect(d.scores.figures.strict.f1).toBe(1);
    expect(d.scores.actors.detection.f1).toBe(1);
    expect(d.scores.claims.claimantsLenient.accuracy).toBe(1);
    expect(d.errors).toEqual([]);
  });
});

describe('an empty prediction', () => {
  it('has recall 0 everywhere, precision undefined (null), F1 0', () => {
    const d = evaluateDocument(GOLD, record('ruritania-hack', TEXT));
    for (const layer of [d.scores.actors.detection, d.scores.figures.detection, d.scores.figures.strict, d.scores.claims.detection, d.scores.claims.strict]) {
      expect(layer.recall).toBe(0);
      expect(layer.precision).toBeNull();
      expect(layer.f1).toBe(0);
      expect(layer.tp).toBe(0);
    }
    expect(d.scores.actors.detection.fn).toBe(6);
    expect(d.scores.figures.detection.fn).toBe(4);
    expect(d.scores.claims.detection.fn).toBe(4);
    expect(d.scores.claims.claimants.accuracy).toBeNull();
    expect(d.errors.filter((e) => e.kind === 'missed')).toHaveLength(14);
  });
});

describe('prediction order', () => {
  it('changes nothing: shuffled items give byte-identical JSON', () => {
    const base = goldToRecord(GOLD, TEXT, 'perturbed@1');
    // Perturb so that the alignment has real choices: a duplicate claim, a wrong claimant, a lost actor.
    const dup = base.claims[0];
    if (!dup) throw new Error('fixture has claims');
    const rec = {
      ...base,
      actors: base.actors.filter((a) => a.id !== 'lynx'),
      claims: [...base.claims, { ...dup, id: 'c9', claimants: ['borduria'] }],
    };
    const reference = toStableJSON(evaluateDocument(GOLD, rec));
    for (const seed of [1, 2, 3, 4, 5]) {
      const s = { ...rec, actors: shuffled(rec.actors, seed), figures: shuffled(rec.figures, seed + 10), claims: shuffled(rec.claims, seed + 20) };
      expect(toStableJSON(evaluateDocument(GOLD, s))).toBe(reference);
    }
  });
});

describe('actors', () => {
  it('match by name or alias under normalisation and "the" dropping, one-to-one (worked example)', () => {
    const d = evaluateDocument(
      GOLD,
      record('ruritania-hack', TEXT, {
        actors: [
          actor('p1', 'The Ruritania'), // = ruritania ("the" dropped)
          actor('p2', 'Bordurian', { type: 'person' }), // alias of borduria, but p5 takes borduria
          actor('p3', 'Kolar', { type: 'person' }), // not a name or alias of anyone: spurious
          actor('p4', 'ministry  of DEFENCE', { type: 'agency' }), // = mod (case, spaces)
          actor('p5', 'Borduria'), // = borduria, same name and type: preferred over p2
        ],
      }),
    );
    // tp 3 (p1, p4, p5), fp 2 (p2, p3), fn 3 (kolar, herald, lynx)
    expect(d.scores.actors.detection).toMatchObject({ tp: 3, fp: 2, fn: 3, precision: 3 / 5, recall: 3 / 6, f1: 6 / 11 });
    expect(d.scores.actors.type).toEqual({ correct: 3, total: 3, accuracy: 1 });
    const matchedIds = d.actors.pairs.map((p) => d.pred.actors[p.pred]?.id).sort();
    expect(matchedIds).toEqual(['p1', 'p4', 'p5']);
  });

  it('counts a wrong type in type accuracy only', () => {
    const d = evaluateDocument(GOLD, record('ruritania-hack', TEXT, { actors: [actor('x', 'Grey Lynx', { type: 'company' }), actor('y', 'Anna Kolar', { type: 'person' })] }));
    expect(d.scores.actors.detection).toMatchObject({ tp: 2, fp: 0, fn: 4 });
    expect(d.scores.actors.type).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(d.errors.filter((e) => e.kind === 'wrong-slot').map((e) => e.detail)).toEqual(['type: gold threat_group / predicted company']);
  });

  it('assigns to maximise matches, not greedily by best pair', () => {
    // X ("Borduria", alias "Ruritania") fits borduria best, but Y ("Bordurian") fits only
    // borduria: the assignment takes X-ruritania and Y-borduria, 2 matches, not 1.
    const d = evaluateDocument(GOLD, record('ruritania-hack', TEXT, { actors: [actor('X', 'Borduria', { aliases: ['Ruritania'] }), actor('Y', 'Bordurian')] }));
    expect(d.scores.actors.detection).toMatchObject({ tp: 2, fp: 0, fn: 4 });
  });
});

describe('figures', () => {
  it('match on span overlap, one-to-one; accuracies and strict F1 (worked example)', () => {
    const d = evaluateDocument(
      GOLD,
      record('ruritania-hack', TEXT, {
        figures: [
          figure(TEXT, 'f1', '40', { value: 40 }), // in "at least 40": value, kind, unit right; qualifier wrong
          figure(TEXT, 'f2', '3,000 files', { value: 3000, kind: 'quantity', unit: 'file' }), // in "about 3,000": kind, unit, qualifier wrong
          figure(TEXT, 'f3', 'over '), // ends exactly where "four months" starts: no overlap -> spurious
          figure(TEXT, 'f4', '$2.5', { value: 2.5, kind: 'money', unit: 'USD' }), // overlaps "$2.5 million" but f5 overlaps more
          figure(TEXT, 'f5', '2.5 million', { value: 2_500_000, kind: 'money', unit: 'usd' }), // unit compared case-insensitively
        ],
      }),
    );
    // tp 3 (f1, f2, f5), fp 2 (f3, f4), fn 1 ("four months")
    expect(d.scores.figures.detection).toMatchObject({ tp: 3, fp: 2, fn: 1, precision: 3 / 5, recall: 3 / 4 });
    expect(d.scores.figures.value).toEqual({ correct: 3, total: 3, accuracy: 1 });
    expect(d.scores.figures.kind).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    expect(d.scores.figures.qualifier).toEqual({ correct: 1, total: 3, accuracy: 1 / 3 });
    expect(d.scores.figures.unit).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    // strict: f1 and f5 -> tp 2, fp 5 - 2, fn 4 - 2, F1 = 4 / 9
    expect(d.scores.figures.strict).toMatchObject({ tp: 2, fp: 3, fn: 2, f1: 4 / 9 });
    expect(d.figures.spurious.map((i) => d.pred.figures[i]?.id).sort()).toEqual(['f3', 'f4']);
  });

  it('locates a figure text inside its context, not at an earlier occurrence', () => {
    const text = 'Four agencies said four men were held.';
    const g = gold('x', { figures: [{ text: 'four', context: 'four men', value: 4, value_max: null, kind: 'count', qualifier: 'exact', unit: null, counted: 'men' }] });
    const early = evaluateDocument(g, record('x', text, { figures: [figure(text, 'a', 'Four', { value: 4 })] }));
    expect(early.scores.figures.detection).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    const right = evaluateDocument(g, record('x', text, { figures: [figure(text, 'a', 'four', { value: 4 })] }));
    expect(right.scores.figures.strict).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a figure whose text is not inside its context as missed', () => {
    const text = 'Some 12 ships sailed.';
    const g = gold('x', { figures: [{ text: '13', context: 'Some 12 ships', value: 13, value_max: null, kind: 'count', qualifier: 'approx', unit: null, counted: null }] });
    const d = evaluateDocument(g, record('x', text, { figures: [figure(text, 'a', '12')] }));
    expect(d.scores.figures.detection).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(d.errors.map((e) => [e.layer, e.kind])).toContainEqual(['figure', 'unlocated']);
  });
});

describe('claims: evidence overlap threshold', () => {
  const text = 'abcdefghijklmnopqrstuvwxyz';
  const g = gold('x', { claims: [{ type: 'accusation', claimants: [], targets: [], cue: 'c', content: 'd', evidence: 'abcdefgh', certainty: 'asserted', reported_by: [] }] });
  const score = (evidence: string) => evaluateDocument(g, record('x', text, { claims: [claim(text, 'c1', evidence)] })).scores.claims.detection;

  it.each([
    // gold [0,8); shorter span decides; match when overlap >= half of it
    ['efghijklmnop', 1], // [4,16): overlap 4, shorter 8 -> 4 >= 4 match
    ['fghijklmnop', 0], // [5,16): overlap 3 < 4
    ['ghij', 1], // [6,10): overlap 2, shorter 4 -> match
    ['hij', 0], // [7,10): overlap 1, shorter 3 -> 1 < 1.5
    ['ijkl', 0], // [8,12): touching, no overlap
    ['abcdefghijklmnopqrstuvwxyz', 1], // contains the gold: overlap 8 = shorter
  ] as const)('pred %s -> tp %i', (evidence, tp) => {
    expect(score(evidence)).toMatchObject({ tp, fp: 1 - tp, fn: 1 - tp });
  });

  it('needs the same type', () => {
    const d = evaluateDocument(g, record('x', text, { claims: [claim(text, 'c1', 'abcdefgh', { type: 'denial' })] }));
    expect(d.scores.claims.detection).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});

// Gold with just the first claim of the fixture and its actors.
const ONE_CLAIM: Gold = { ...GOLD, figures: [], claims: GOLD.claims.slice(0, 1) };
const SENT1 = 'Officials in Ruritania on Monday accused the Bordurian intelligence service of breaking into at least 40 government computers.';

describe('claims: one-to-one, best slot agreement first', () => {
  it('pairs the better of two predictions with the gold claim; the other is a false positive', () => {
    const actors = [actor('r', 'Ruritania'), actor('b', 'Borduria')];
    const d = evaluateDocument(
      ONE_CLAIM,
      record('ruritania-hack', TEXT, {
        actors,
        claims: [
          claim(TEXT, 'wrong', SENT1, { claimants: ['b'], targets: ['r'] }),
          claim(TEXT, 'right', SENT1, { claimants: ['r'], targets: ['b'] }),
        ],
      }),
    );
    expect(d.scores.claims.detection).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(d.claims.pairs.map((p) => d.pred.claims[p.pred]?.id)).toEqual(['right']);
    // strict: tp 1, fp 2 - 1, fn 1 - 1
    expect(d.scores.claims.strict).toMatchObject({ tp: 1, fp: 1, fn: 0, f1: 2 / 3 });
    expect(d.scores.claims.claimants).toEqual({ correct: 1, total: 1, accuracy: 1 });
  });

  it('counts a match in strict F1 only when claimants and targets are both exact', () => {
    const actors = [actor('r', 'Ruritania'), actor('b', 'Borduria')];
    const d = evaluateDocument(ONE_CLAIM, record('ruritania-hack', TEXT, { actors, claims: [claim(TEXT, 'c', SENT1, { claimants: ['r'], targets: [] })] }));
    expect(d.scores.claims.detection).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(d.scores.claims.strict).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(d.scores.claims.claimants.accuracy).toBe(1);
    expect(d.scores.claims.targets.accuracy).toBe(0);
  });

  it('maps predicted actors through the actor alignment: an unaligned actor is never right', () => {
    const d = evaluateDocument(ONE_CLAIM, record('ruritania-hack', TEXT, {
      actors: [actor('r', 'Officials'), actor('b', 'Borduria')],
      claims: [claim(TEXT, 'c', SENT1, { claimants: ['r'], targets: ['b'] })],
    }));
    expect(d.scores.claims.claimants.accuracy).toBe(0);
    expect(d.scores.claims.targets.accuracy).toBe(1);
    expect(d.claims.pairs[0]?.claimantsMapped).toEqual(['?r']);
  });
});

describe('claims: lenient claimant/target (affiliation, either way)', () => {
  const ev = {
    denialKolar: 'These claims are baseless,\u201D said foreign minister Anna Kolar.',
    denialBorduria: 'Borduria denied any involvement.',
    believe: 'investigators believe the group Grey Lynx carried out the attack for Borduria, which paid it $2.5 million.',
  };
  const actors = [
    actor('r', 'Ruritania'),
    actor('b', 'Borduria'),
    actor('m', 'Ministry of Defence', { type: 'agency' }),
    actor('k', 'Anna Kolar', { type: 'person' }),
    actor('g', 'Grey Lynx', { type: 'threat_group' }),
    actor('fo', 'Foreign Office', { type: 'agency', affiliation: 'b' }), // not in gold; the prediction says it is Borduria's
  ];
  const run = (claims: ReturnType<typeof claim>[]) => evaluateDocument(GOLD, record('ruritania-hack', TEXT, { actors, claims }));

  it('accepts the body a gold person speaks for (gold affiliation, gold -> predicted)', () => {
    const d = run([claim(TEXT, 'c', ev.denialKolar, { type: 'denial', claimants: ['b'] })]);
    expect(d.scores.claims.claimants).toMatchObject({ correct: 0, total: 1 });
    expect(d.scores.claims.claimantsLenient).toMatchObject({ correct: 1, total: 1 });
  });

  it('accepts an agency for the country it belongs to (gold affiliation, predicted -> gold)', () => {
    const d = run([claim(TEXT, 'c', SENT1, { claimants: ['m'], targets: ['b'] })]);
    expect(d.scores.claims.claimants).toMatchObject({ correct: 0, total: 1 });
    expect(d.scores.claims.claimantsLenient).toMatchObject({ correct: 1, total: 1 });
    expect(d.scores.claims.strict.tp).toBe(0);
  });

  it("accepts an actor the prediction itself affiliates with the gold one", () => {
    const d = run([claim(TEXT, 'c', ev.denialBorduria, { type: 'denial', claimants: ['fo'] })]);
    expect(d.scores.claims.claimantsLenient).toMatchObject({ correct: 1, total: 1 });
  });

  it('rejects an unrelated actor, and needs every gold target covered', () => {
    const d = run([
      claim(TEXT, 'c1', ev.denialKolar, { type: 'denial', claimants: ['r'] }),
      // gold targets [lynx, borduria]: kolar stands for borduria leniently; lynx exact
      claim(TEXT, 'c2', ev.believe, { targets: ['g', 'k'], certainty: 'hedged' }),
      // only one of the two gold targets
      claim(TEXT, 'c3', SENT1, { claimants: ['r'], targets: ['b', 'g'] }),
    ]);
    expect(d.scores.claims.detection).toMatchObject({ tp: 3, fp: 0, fn: 1 });
    const byId = new Map(d.claims.pairs.map((p) => [d.pred.claims[p.pred]?.id, p]));
    expect(byId.get('c1')).toMatchObject({ claimantsOk: false, claimantsLenientOk: false });
    expect(byId.get('c2')).toMatchObject({ claimantsOk: true, targetsOk: false, targetsLenientOk: true, certaintyOk: true });
    expect(byId.get('c3')).toMatchObject({ claimantsOk: true, targetsOk: false, targetsLenientOk: false });
    // c1: gold and predicted targets both empty -> right; c2 lenient right; c3 wrong
    expect(d.scores.claims.targetsLenient).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    expect(d.scores.claims.certainty).toEqual({ correct: 3, total: 3, accuracy: 1 });
  });
});

describe('claims: content and certainty', () => {
  it('averages the content token F1 over matched pairs', () => {
    const d = evaluateDocument(ONE_CLAIM, record('ruritania-hack', TEXT, {
      claims: [claim(TEXT, 'c', SENT1, { content: 'breaking into computers', certainty: 'hedged' })],
    }));
    // pred 3 tokens, gold 7 ("breaking into at least 40 government computers"), common 3: P 1, R 3/7, F1 0.6
    expect(d.scores.claims.content.mean).toBeCloseTo(0.6, 10);
    expect(d.scores.claims.certainty.accuracy).toBe(0);
  });
});

describe('locating gold snippets', () => {
  it('normalises quotes, dashes, whitespace and case on both sides', () => {
    const text = 'He said: "It was them - clearly."\n\nTHE  end.';
    const g = gold('x', {
      ingest: { keep: ['the end.'], drop: [] },
      claims: [{ type: 'accusation', claimants: [], targets: [], cue: 'said', content: 'It was them', evidence: '\u201CIt  was THEM \u2014 clearly.\u201D', certainty: 'asserted', reported_by: [] }],
    });
    const d = evaluateDocument(g, record('x', text, { claims: [claim(text, 'c', '"It was them - clearly."')] }));
    expect(d.located.claims[0]?.span).toEqual({ start: 9, end: 33 });
    expect(d.scores.claims.detection).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(d.scores.ingest.keepRecall).toBe(1);
  });

  it('counts a gold claim whose evidence cannot be found as missed, even under a prediction', () => {
    const g: Gold = { ...ONE_CLAIM, claims: [{ ...GOLD.claims[1]!, evidence: 'Borduria flatly denied any involvement.' }] };
    const d = evaluateDocument(g, record('ruritania-hack', TEXT, { claims: [claim(TEXT, 'c', 'Borduria denied any involvement.', { type: 'denial' })] }));
    expect(d.located.claims[0]?.span).toBeNull();
    expect(d.scores.claims.detection).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(d.errors.filter((e) => e.layer === 'claim').map((e) => e.kind).sort()).toEqual(['spurious', 'unlocated']);
  });
});

describe('ingest', () => {
  it('keep-recall, drop-precision and their F1 (worked example)', () => {
    // raw text: both keep snippets there (2/2), both drop snippets there too (0/2 absent)
    expect(evaluateDocument(GOLD, record('ruritania-hack', RAW)).scores.ingest).toMatchObject({ keepRecall: 1, dropPrecision: 0, f1: 0 });
    // cleaned, but the last sentence lost: keep 1/2, drop 2/2 -> F1 = 2 * 0.5 * 1 / 1.5 = 2/3
    const cut = TEXT.slice(0, TEXT.indexOf('The Ruritanian Herald'));
    const s = evaluateDocument(GOLD, record('ruritania-hack', cut)).scores.ingest;
    expect(s).toMatchObject({ keepFound: 1, keepTotal: 2, dropAbsent: 2, dropTotal: 2, keepRecall: 0.5, dropPrecision: 1 });
    expect(s.f1).toBeCloseTo(2 / 3, 10);
  });
});

describe('micro-average', () => {
  it('sums counts over documents and recomputes the ratios', () => {
    const a = evaluateDocument(GOLD, record('ruritania-hack', TEXT, { actors: [actor('p1', 'Ruritania'), actor('p2', 'Nobody')] }));
    const b = evaluateDocument(VEKLA, goldToRecord(VEKLA, VEKLA_TEXT));
    // actors: a tp 1 fp 1 fn 5; b tp 3 fp 0 fn 0 -> tp 4 fp 1 fn 5
    const m = microAverage([a.scores, b.scores]);
    expect(m.actors.detection).toMatchObject({ tp: 4, fp: 1, fn: 5, precision: 4 / 5, recall: 4 / 9 });
    // claims: a 0/4 found, b 3/3 -> recall 3/7
    expect(m.claims.detection.recall).toBeCloseTo(3 / 7, 10);
    expect(m.claims.content).toMatchObject({ n: 3, mean: 1 });
  });
});

describe('spanOf helper', () => {
  it('throws on a snippet that is not in the text, so fixtures cannot drift silently', () => {
    expect(() => spanOf('abc', 'x')).toThrow();
  });
});
