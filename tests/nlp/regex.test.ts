import { describe, expect, it } from 'vitest';
import { allMatches, escapeRegExp, gatherByFirstLetter, splitAlternatives } from '../../src/nlp/regex.ts';
import { HARM_VERBS } from '../../src/lexicons/cues.ts';

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

describe('splitAlternatives', () => {
  it('splits at the top level only, not inside groups, classes or escapes', () => {
    expect(splitAlternatives('ab|c(?:d|e)|[|x]|f\\|g|(?<=h|i)j')).toEqual(['ab', 'c(?:d|e)', '[|x]', 'f\\|g', '(?<=h|i)j']);
    expect(splitAlternatives('[\\]|]x|y')).toEqual(['[\\]|]x', 'y']);
  });
});

describe('gatherByFirstLetter', () => {
  /** Every match of the source as given and as gathered, with the same flags, as plain data. */
  function both(source: string, flags: string, s: string): [unknown, unknown] {
    const old = new RegExp(source, flags);
    const gathered = new RegExp(gatherByFirstLetter(source), flags);
    return [allMatches(old, s).map((m) => [m.index, [...m]]), allMatches(gathered, s).map((m) => [m.index, [...m]])];
  }

  it('gathers the words of one letter and keeps the order of those that may start alike', () => {
    expect(gatherByFirstLetter('(?:stole|hacked|steal|(?:spied|kept)|held)')).toBe('(?:s(?:tole|teal|pied)|h(?:acked|eld)|kept)');
    // (an alternative that may start with "s" stands between: the later "s" words start a new gathering)
    expect(gatherByFirstLetter('stole|steal|(?:slept|ran)(?=x)|stolen|sx')).toBe('(?:s(?:tole|teal)|(?:slept|ran)(?=x)|s(?:tolen|x))');
    // (escapes, classes, lookarounds, quantified letters and upper case may start with anything: every gathering closes)
    expect(gatherByFirstLetter('ab|ac|\\bx|ad|ae|[a-z]y|af|s?t|ag|Ah|ai|(?=a)|aj')).toBe('(?:a(?:b|c)|\\bx|a(?:d|e)|[a-z]y|af|s?t|ag|Ah|ai|(?=a)|aj)');
  });

  it('finds the same matches as the alternation it came from', () => {
    // Where leftmost-first order matters: "steal" before "steals" (the word boundary after decides),
    // a group that matches more before a later word, quantified and looked-around alternatives.
    const sources = [
      '\\b(?:steal|stole|steals|(?:stealing|st)(?=\\s+\\w)|stealin|hacked|hack(?:s|ed)?|s\\w+ly|hid)\\b',
      '(?:ab|a|abc|(?:abcd|b)c?|abcde|b+|ba|(?<=x)a|a(?=b)b|c|(?:c)*d|cd)',
      '\\b(?:(?:killed|kills)(?=\\s+(?:\\w+\\s+){0,2}?people)|killed|killing|(?:paid|pays)\\s+(\\w+)|paid|p(ai)d\\s+off|used|use(?<=\\bto\\suse))\\b',
    ];
    const texts = [
      'Ana steals; they stole, he was stealing bikes and stealin. Stealing twice, st op. He hacked and hacks, hack-ed. Sadly slowly hid.',
      'abcde abcd abc ab a b ba bbb xa xab cd ccd d c abcdc ab-c',
      'They killed three people, killed it, killing time. Bo paid Ana, paid off, paid, pays Tom; hoped to use it, used to use, to use.',
      'STOLE Steals KILLED people PAID Off Use',
    ];
    for (const source of sources) {
      for (const flags of ['g', 'gi', 'gu']) {
        for (const t of texts) {
          const [old, gathered] = both(source, flags, t);
          expect(gathered).toEqual(old);
        }
      }
    }
    // (the inputs do match: a comparison of two empty lists would prove nothing)
    expect(both(sources[0] as string, 'g', texts[0] as string)[0]).toHaveLength(10);
    // (and order matters: gathering "abc" with "a\\b" past the group that may start with "a" would find "abc", not "ab")
    expect(both('(?:a\\b|(?:ab|x)(?=c)|abc)', 'g', 'abc')).toEqual([[[0, ['ab']]], [[0, ['ab']]]]);
    expect('abc'.match(/(?:a(?:\b|bc)|(?:ab|x)(?=c))/)?.[0]).toBe('abc');
  });

  it('finds the harm verbs the lexicon finds, over composed sentences', () => {
    const source = `\\b${HARM_VERBS}\\b`;
    const words = ['stole', 'steals', 'stealing', 'hacking into', 'carried out', 'illegally exported', 'detained', 'arbitrarily', 'fired on', 'civilians', 'were', 'killing', 'protesters', 'paid', 'rioters', 'to', 'attack', 'tried', 'the', 'a', 'shot down', 'airliner', 'forged', 'documents', 'used', 'as', 'human shields', 'crossed', 'into', 'airspace', 'Vestia', 'it', 'then', ',', '.'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    let found = 0;
    for (let n = 0; n < 400; n++) {
      const len = 3 + (next() % 12);
      const t = Array.from({ length: len }, () => words[next() % words.length]).join(' ');
      for (const flags of ['g', 'gi']) {
        const [old, gathered] = both(source, flags, t);
        expect(gathered).toEqual(old);
        found += (old as unknown[]).length;
      }
    }
    expect(found).toBeGreaterThan(300);
  });
});

describe('escapeRegExp', () => {
  it('gives a pattern that matches the string literally, and only it', () => {
    for (const s of ['U.S.', 'a+b', '(x)|[y]', '{2}', '^$', 'back\\slash', '?*', 'C.F.R']) {
      const re = new RegExp(`^${escapeRegExp(s)}$`);
      expect(re.test(s)).toBe(true);
      expect(new RegExp(`^${escapeRegExp(s)}$`, 'u').test(s)).toBe(true);
    }
    expect(new RegExp(`^${escapeRegExp('U.S.')}$`).test('UxSx')).toBe(false);
    expect(new RegExp(escapeRegExp('a+b')).test('aab')).toBe(false);
  });
});
