import { describe, expect, it } from 'vitest';
import { ownCopy } from '../../src/nlp/strings.ts';

describe('ownCopy', () => {
  it('gives the same text, for slices short and long, empty and not ASCII', () => {
    const doc = `The Kyiv-based company said “Zażółć gęślą jaźń” ${'and more text '.repeat(50)}`;
    for (const [a, b] of [[0, 0], [4, 8], [4, 26], [30, 48], [0, doc.length]] as const) {
      const s = doc.slice(a, b);
      expect(ownCopy(s)).toBe(s);
      expect(ownCopy(s).length).toBe(b - a);
    }
  });
});
