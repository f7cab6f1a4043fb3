import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiteralScan, escapeRegExp } from '../../src/nlp/regex.ts';
import { EVALUATIVE } from '../../src/lexicons/wrongdoing.ts';
import { CUE_KEYS } from '../../src/extract/claims/analyse.ts';

/** Every key start as the global alternation finds them, searching again one past each: [index, key]. */
function viaRegex(keys: readonly string[], text: string): [number, string][] {
  const re = new RegExp(keys.map(escapeRegExp).join('|'), 'g');
  const out: [number, string][] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    re.lastIndex = m.index + 1;
  }
  return out;
}

function viaScan(keys: readonly string[], text: string): [number, string][] {
  const scan = new LiteralScan(keys);
  const out: [number, string][] = [];
  for (let m = scan.next(text, 0); m !== null; m = scan.next(text, m.index + 1)) out.push([m.index, m[0]]);
  return out;
}

const ROOT = join(import.meta.dirname, '..', '..');

describe('LiteralScan', () => {
  it('finds what the alternation finds: the cue and evaluative keys over the bundled corpus', () => {
    // the keys as the evaluative scan builds them: longest first
    const own = EVALUATIVE.flatMap((e) => e.keys.map((k) => k.toLowerCase()));
    const keys = [...new Set([...CUE_KEYS, ...own])].sort((a, b) => b.length - a.length);
    expect(keys.length).toBeGreaterThan(500);
    const dir = join(ROOT, 'corpora');
    let found = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8').toLowerCase();
      const want = viaRegex(keys, text);
      found += want.length;
      expect(viaScan(keys, text), f).toEqual(want);
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('takes the first key in order where several start at one place, and finds keys at the very end', () => {
    const keys = ['accused', 'accuse', 'acc', 'abc', 'zzzz'];
    for (const text of ['accused', 'accuse', 'acc', 'xacc', 'xabc', 'zzzz', 'xzzzz', 'ac', 'a', '', 'the accuser accused abc zzzzz']) {
      expect(viaScan(keys, text), text).toEqual(viaRegex(keys, text));
    }
    expect(viaScan(keys, 'the accuser accused abc')).toEqual([[4, 'accuse'], [12, 'accused'], [20, 'abc']]);
  });

  it('handles keys outside ASCII, characters above the BMP, and keys too short to gate', () => {
    const keys = ['n\u2019t lie', '\u201cno ', '\u{1F600}ok', 'ab', 'x'];
    const text = 'he didn\u2019t lie, \u201cno comment\u201d, \u{1F600}ok abx';
    expect(viaScan(keys, text)).toEqual(viaRegex(keys, text));
    expect(viaScan(keys, text).map(([, k]) => k)).toEqual(['n\u2019t lie', '\u201cno ', '\u{1F600}ok', 'ab', 'x']);
    expect(viaScan(['none'], text)).toEqual([]);
  });

  it('starts from the position given', () => {
    const scan = new LiteralScan(['cats', 'cat']);
    expect(scan.next('cats and cats', 1)?.index).toBe(9);
    expect(scan.next('cats and cats', 1)?.[0]).toBe('cats');
    expect(scan.next('cats and cats', 11)).toBeNull();
  });
});
