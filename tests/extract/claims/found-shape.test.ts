import { describe, expect, it } from 'vitest';
import { withSlots, type Found } from '../../../src/extract/claims/analyse.ts';
import { reattributed, type Attribution } from '../../../src/extract/claims/evaluative.ts';
import { CUES } from '../../../src/lexicons/cues.ts';

/**
 * `withSlots` (src/extract/claims/analyse.ts): the copy-with-changes every rule uses instead of a
 * spread, so that a Found record always has one field order and is never written after it is built.
 */

const CUE = CUES[0]!;
const BASE: Found = {
  type: 'accusation',
  cue: CUE,
  cueSpan: { start: 10, end: 18 },
  claimants: ['a1'],
  targets: ['t1'],
  contentSpan: { start: 19, end: 40 },
  certainty: 'asserted',
  reportedBy: [],
  confidence: 0.7,
  how: 'verb-object',
  claimantViaAnaphor: false,
};

describe('withSlots', () => {
  it('replaces the given slots and keeps every other one', () => {
    const out = withSlots(BASE, { targets: ['t2', 't3'], how: 'verb-object+done-by' });
    expect(out).toEqual({ ...BASE, targets: ['t2', 't3'], how: 'verb-object+done-by' });
    expect(out).not.toBe(BASE);
    expect(BASE.targets).toEqual(['t1']);
  });

  it('gives the fields in the order of a Found built by the rules', () => {
    expect(Object.keys(withSlots(BASE, { claimantViaAnaphor: true, type: 'denial' }))).toEqual(Object.keys(BASE));
  });

  it('takes null as a content span ("no content"), and leaves the span alone when not given', () => {
    expect(withSlots(BASE, { contentSpan: null }).contentSpan).toBeNull();
    expect(withSlots({ ...BASE, contentSpan: null }, { how: 'x' }).contentSpan).toBeNull();
    expect(withSlots(BASE, { how: 'x' }).contentSpan).toEqual({ start: 19, end: 40 });
  });

  it('takes falsy values as given: an empty claimant list, no anaphor, confidence 0', () => {
    const out = withSlots({ ...BASE, claimantViaAnaphor: true }, { claimants: [], claimantViaAnaphor: false, confidence: 0 });
    expect(out.claimants).toEqual([]);
    expect(out.claimantViaAnaphor).toBe(false);
    expect(out.confidence).toBe(0);
  });
});

describe('reattributed (evaluative.ts)', () => {
  const SPEAKER: Attribution = { ids: ['s1', 's2'], reportedBy: ['m1'], how: 'reporting-verb', viaAnaphor: true };

  it('replaces the ids and sets the hedge, keeping the rest of the speaker', () => {
    expect(reattributed(SPEAKER, ['s2'], false)).toEqual({ ids: ['s2'], reportedBy: ['m1'], how: 'reporting-verb', viaAnaphor: true, hedged: false });
    expect(reattributed(SPEAKER, SPEAKER.ids, true).hedged).toBe(true);
    expect(SPEAKER.ids).toEqual(['s1', 's2']);
    expect(SPEAKER).not.toHaveProperty('hedged');
  });
});
