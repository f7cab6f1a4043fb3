import { describe, expect, it } from 'vitest';
import { allMatches, literalAlternation } from '../../src/nlp/regex.ts';

/** What `[...s.matchAll(re)]` gives, as plain data: index and groups of every match. */
function viaMatchAll(re: RegExp, s: string): [number, string[]][] {
  return [...s.matchAll(re)].map((m) => [m.index, [...m]]);
}

function viaHelper(re: RegExp, s: string): [number, string[]][] {
  return allMatches(re, s).map((m) => [m.index, [...m]]);
}

describe('allMatches', () => {
  it('gives the matches matchAll gives, groups included', () => {
    const re = /\b(?:said|says)\s+(\w+)/gi;
    const s = 'Ana Ruiz said Tuesday that Bo says nothing; they SAYS twice.';
    expect(viaHelper(re, s)).toEqual(viaMatchAll(re, s));
    expect(viaHelper(re, s).length).toBe(3);
  });

  it('steps over empty matches as matchAll does, by code point with the u flag', () => {
    const plain = /x*/g;
    expect(viaHelper(plain, 'axxb')).toEqual(viaMatchAll(plain, 'axxb'));
    const uni = /(?:)/gu;
    const s = 'a\u{1F600}b';
    expect(viaHelper(uni, s)).toEqual(viaMatchAll(uni, s));
    expect(viaHelper(uni, s).map(([i]) => i)).toEqual([0, 1, 3, 4]);
    const nonUni = /(?:)/g;
    expect(viaHelper(nonUni, s)).toEqual(viaMatchAll(nonUni, s));
  });

  it('starts at lastIndex and leaves it as it was', () => {
    const re = /o/g;
    re.lastIndex = 5;
    const expected = viaMatchAll(re, 'foo boo zoo');
    expect(viaHelper(re, 'foo boo zoo')).toEqual(expected);
    expect(re.lastIndex).toBe(5);
    expect(expected.map(([i]) => i)).toEqual([5, 6, 9, 10]);
  });

  it('refuses a regex without the global flag, like matchAll', () => {
    expect(() => allMatches(/a/, 'aaa')).toThrow(TypeError);
  });
});

describe('literalAlternation', () => {
  const cases: [string[], string][] = [
    [[' v. ', 'Ct.', "App'x"], 'Smith v. Jones, 585 U.S. 296'],
    [[' v. ', 'Ct.', "App'x"], 'Smith vs. Jones in the Ct of appeal'],
    [['C.F.R', 'Fed. Reg'], '15 CxFxR 764.2'],
    [['a+b', '(x)', '[y]', '{z}', 'p|q', '^s$', 'a/b', 'k-9', 'back\\slash', '?*'], 'one (x) two'],
    [['a+b', '(x)', '[y]', '{z}', 'p|q', '^s$', 'a/b', 'k-9', 'back\\slash', '?*'], 'aab x p q s a-b k9 backslash'],
    [['a+b', '(x)', '[y]', '{z}', 'p|q', '^s$', 'a/b', 'k-9', 'back\\slash', '?*'], 'ends with ?*'],
    [['a+b', '(x)', '[y]', '{z}', 'p|q', '^s$', 'a/b', 'k-9', 'back\\slash', '?*'], 'a path back\\slash here'],
    [[], 'anything'],
  ];
  it('finds a text iff one of the literals occurs in it (special characters taken literally)', () => {
    for (const [xs, s] of cases) expect(literalAlternation(xs).test(s)).toBe(xs.some((x) => s.includes(x)));
    expect(cases.filter(([xs, s]) => literalAlternation(xs).test(s)).length).toBe(4);
  });
});
