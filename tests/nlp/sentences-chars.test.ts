import { describe, expect, it } from 'vitest';
import { isWordOrDotCode } from '../../src/nlp/sentences.ts';
import { isSpaceCode } from '../../src/nlp/strings.ts';

// The character tests replace regexes in the sentence post-rules: each must answer as its regex does
// for every UTF-16 code unit.
describe('sentence post-rule character tests (speed session 10)', () => {
  it('isSpaceCode is /\\s/ on every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
    expect(isSpaceCode(0x2009)).toBe(true);
    expect(isSpaceCode(0x200b)).toBe(false);
    expect(isSpaceCode(Number.NaN)).toBe(false);
  });
  it('isWordOrDotCode is /[\\p{L}\\p{N}.’\']/u on every code unit', () => {
    const re = /[\p{L}\p{N}.’']/u;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isWordOrDotCode(`x${ch}`, 1) !== re.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(isWordOrDotCode("U.S.'", 4)).toBe(true);
    expect(isWordOrDotCode('a-b', 1)).toBe(false);
  });
});
