import { describe, expect, it } from 'vitest';
import { assign } from '../../src/eval/assign.ts';

describe('assign (one-to-one)', () => {
  it('prefers more pairs over a better single pair (greedy would find one)', () => {
    // p0 may take g0 (quality 3) or g1 (2); p1 only g0 (1). Best: p0-g1, p1-g0.
    const pairs = assign(2, 2, [
      { pred: 0, gold: 0, quality: 3 },
      { pred: 0, gold: 1, quality: 2 },
      { pred: 1, gold: 0, quality: 1 },
    ]);
    expect(pairs).toEqual([
      { pred: 1, gold: 0 },
      { pred: 0, gold: 1 },
    ]);
  });

  it('among assignments of equal size takes the highest total quality', () => {
    // Two preds both fit one gold: the better one wins.
    expect(assign(2, 1, [
      { pred: 0, gold: 0, quality: 1 },
      { pred: 1, gold: 0, quality: 5 },
    ])).toEqual([{ pred: 1, gold: 0 }]);
    // 2x2 with both diagonals complete: quality 1+1 < 0+5 -> anti-diagonal.
    expect(assign(2, 2, [
      { pred: 0, gold: 0, quality: 1 },
      { pred: 1, gold: 1, quality: 1 },
      { pred: 0, gold: 1, quality: 0 },
      { pred: 1, gold: 0, quality: 5 },
    ])).toEqual([
      { pred: 1, gold: 0 },
      { pred: 0, gold: 1 },
    ]);
  });

  it('never pairs items that are not candidates', () => {
    expect(assign(3, 3, [{ pred: 2, gold: 0, quality: 0 }])).toEqual([{ pred: 2, gold: 0 }]);
    expect(assign(3, 3, [])).toEqual([]);
  });

  it('handles more predictions than gold and the reverse', () => {
    const cands = [
      { pred: 0, gold: 0, quality: 0 },
      { pred: 1, gold: 0, quality: 0 },
      { pred: 2, gold: 0, quality: 0 },
      { pred: 3, gold: 1, quality: 0 },
    ];
    expect(assign(4, 2, cands)).toHaveLength(2);
    const flipped = cands.map((c) => ({ pred: c.gold, gold: c.pred, quality: c.quality }));
    expect(assign(2, 4, flipped)).toHaveLength(2);
  });

  it('finds the maximum matching on a chain where greedy-by-index fails', () => {
    // p0: g0,g1; p1: g0; p2: g1,g2; p3: g2 -> maximum is 3? p1-g0, p0-g1, p2-g2 (p3 left) or p3-g2, p2-g1, ... = 3
    const pairs = assign(4, 3, [
      { pred: 0, gold: 0, quality: 0 },
      { pred: 0, gold: 1, quality: 0 },
      { pred: 1, gold: 0, quality: 0 },
      { pred: 2, gold: 1, quality: 0 },
      { pred: 2, gold: 2, quality: 0 },
      { pred: 3, gold: 2, quality: 0 },
    ]);
    expect(pairs).toHaveLength(3);
    expect(new Set(pairs.map((p) => p.pred)).size).toBe(3);
  });

  it('rejects non-integer qualities', () => {
    expect(() => assign(1, 1, [{ pred: 0, gold: 0, quality: 0.5 }])).toThrow(RangeError);
  });
});
