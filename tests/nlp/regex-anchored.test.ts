import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMatches, anchoredMatches, TextScan, type Anchor } from '../../src/nlp/regex.ts';
import { AGENCY_PATTERNS } from '../../src/lexicons/org-patterns.ts';
import { THREAT_PATTERNS } from '../../src/lexicons/threat-groups.ts';

/** Index, text and groups of every match, as plain data. */
const plain = (ms: readonly RegExpExecArray[]): [number, string[], Record<string, string | undefined> | undefined][] =>
  ms.map((m) => [m.index, [...m], m.groups ? { ...m.groups } : undefined]);

const viaGlobal = (source: string, flags: string, s: string) => plain(allMatches(new RegExp(source, `g${flags}`), s));
const viaAnchor = (source: string, flags: string, s: string, anchor: Anchor) => plain(anchoredMatches(new RegExp(source, `y${flags}`), s, anchor));

const ROOT = join(import.meta.dirname, '..', '..');
const corpusTexts = (): string[] => {
  const dir = join(ROOT, 'corpora');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
};

/** Deterministic texts built from the patterns' own words, odd whitespace and punctuation. */
function adversarialTexts(n: number, seed: number): string[] {
  const words = ['U.S.', 'US', 'United', 'States', 'Attorney', "Attorney's", 'Attorneys', 'Office', 'Offices', 'for', 'of', 'in', 'the', 'District', 'Court',
    'Bankruptcy', 'Appeals', 'Northern', 'Southern', 'Eastern', 'Western', 'Middle', 'Central', 'New', 'York', 'Texas', 'Columbia', 'Virgin', 'Islands',
    'USA', 'XUS', 'Districts', 'DistrictCourt', 'NorthernDistrict', 'said', 'a', 'S.', 'U.',
    'UNC2452', 'TA505', 'xTA505', 'TA1', 'FIN7', 'FIN11', 'FIN12345', 'UNC1151', 'DEV-1084', 'TAG-53', 'DEV-0537', 'Storm-0558', 'TAG-22', 'TAG-', 'TATA', 'STATA12', '2021', 'UNC'];
  const gaps = [' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '', ',', '. ', '-', ' \n '];
  // mulberry32 (a plain LCG's low bits cycle too soon for `% k` and leave words out)
  let x = seed >>> 0;
  const rand = (k: number): number => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * k | 0;
  };
  // whole names, their words joined by a random gap (mostly one space)
  const phrases = [
    "U.S. Attorney's Office for the Southern District of New York", 'United States District Court for the District of Columbia',
    'Eastern District of Virginia', 'US Bankruptcy Court in the Middle District of Florida', 'District of the Virgin Islands',
    'the Northern Mariana Islands', 'U.S. Attorneys Offices of the Western District of Texas', 'US Appeals Court',
  ].map((p) => p.split(' '));
  const gap = (): string => (rand(3) === 0 ? gaps[rand(gaps.length)]! : ' ');
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const len = 1 + rand(14);
    for (let j = 0; j < len; j++) s += (rand(4) === 0 ? phrases[rand(phrases.length)]!.join(gap()) : words[rand(words.length)]!) + gaps[rand(gaps.length)]!;
    out.push(s);
  }
  return out;
}

describe('anchoredMatches', () => {
  const anchored = [...AGENCY_PATTERNS, ...THREAT_PATTERNS].filter((p) => p.anchor !== undefined);

  it('gives the agency and threat-group patterns the matches a global search gives, over the bundled corpus and built texts', () => {
    expect(anchored.map((p) => p.id).sort()).toEqual(['district', 'us-attorney-office', 'us-attorney-office-district', 'us-court', 'us-court-district', 'vendor-number']);
    const texts = [...corpusTexts(), ...adversarialTexts(4000, 7)];
    const unmatched: string[] = [];
    for (const p of anchored) {
      const seen = new Set<string>();
      for (const t of texts) {
        const want = viaGlobal(p.source, '', t);
        for (const [, m] of want) for (const l of p.anchor!.literals) if (m[0]!.includes(l)) seen.add(l);
        expect(viaAnchor(p.source, '', t, p.anchor!), `${p.id} on ${JSON.stringify(t.slice(0, 120))}`).toEqual(want);
      }
      // the texts really exercise the pattern: a match holding each of its literals
      for (const l of p.anchor!.literals) if (!seen.has(l)) unmatched.push(`${p.id}: ${l}`);
    }
    expect(unmatched).toEqual([]);
  });

  it('finds matches that open on the words before the anchor, across any whitespace', () => {
    const p = AGENCY_PATTERNS.find((x) => x.id === 'us-court')!;
    const s = 'Filed in the United \n States\u00a0District  Court, then the US Appeals Court and U.S. Bankruptcy Court.';
    const got = viaAnchor(p.source, '', s, p.anchor!);
    expect(got.map(([, m]) => m[0])).toEqual(['United \n States\u00a0District  Court', 'US Appeals Court', 'U.S. Bankruptcy Court']);
    expect(got).toEqual(viaGlobal(p.source, '', s));
  });

  it('takes the earlier start where words before the anchor may open the match, and none inside an earlier match', () => {
    const anchor: Anchor = { literals: ['District'], before: [['Southern']], atLiteral: true };
    const source = String.raw`\b(?:Southern\s+)?District(?:\s+District)?`;
    const s = 'Southern District District and District, Southern  District';
    expect(viaAnchor(source, '', s, anchor)).toEqual(viaGlobal(source, '', s));
    expect(viaAnchor(source, '', s, anchor).map(([i, m]) => [i, m[0]])).toEqual([[0, 'Southern District District'], [31, 'District'], [41, 'Southern  District']]);
  });

  it('misses matches an anchor does not account for (what the corpus check guards)', () => {
    const p = AGENCY_PATTERNS.find((x) => x.id === 'us-attorney-office')!;
    const s = 'the US Attorney Office and the U.S. Attorneys Offices';
    expect(viaGlobal(p.source, '', s).length).toBe(2);
    const incomplete: Anchor = { literals: ['Attorney'], before: [['U.S.']], atLiteral: false };
    expect(viaAnchor(p.source, '', s, incomplete)).not.toEqual(viaGlobal(p.source, '', s));
  });

  it('handles several literals, a text without any, empty matches, and keeps lastIndex', () => {
    const anchor: Anchor = { literals: ['TA', 'FIN'], before: [], atLiteral: true };
    const source = String.raw`\b(?:TA|FIN)\d{2,4}\b`;
    const s = 'FIN7, TA505 and FIN11; not TA1 nor xTA505';
    expect(viaAnchor(source, '', s, anchor)).toEqual(viaGlobal(source, '', s));
    expect(viaAnchor(source, '', s, anchor).map(([, m]) => m[0])).toEqual(['TA505', 'FIN11']);
    expect(viaAnchor(source, '', 'nothing here', anchor)).toEqual([]);
    const empty: Anchor = { literals: ['a'], before: [], atLiteral: true };
    expect(viaAnchor('a*?', '', 'baab', empty)).toEqual(viaGlobal('a*?', '', 'baab').filter(([i]) => 'baab'[i] === 'a'));
    const re = /\bTA\d+/y;
    re.lastIndex = 3;
    anchoredMatches(re, 'TA12 TA13', anchor);
    expect(re.lastIndex).toBe(3);
  });

  it('refuses a regex that is not sticky', () => {
    expect(() => anchoredMatches(/District/g, 'District', { literals: ['District'], before: [], atLiteral: true })).toThrow(TypeError);
  });
});

describe('TextScan', () => {
  it("gives the global search's matches, through the anchor when there is one, and skips a text without `requires`", () => {
    const s = 'the U.S. Attorney Office; US Attorneys Office, and the us attorney office';
    const source = String.raw`\b(?:U\.S\.|US)\s+Attorneys?\s+Office`;
    const want = viaGlobal(source, '', s);
    expect(want.length).toBe(2);
    expect(plain(new TextScan(source, { anchor: { literals: ['Attorney'], before: [['U.S.'], ['US']], atLiteral: false } }).all(s))).toEqual(want);
    expect(plain(new TextScan(new RegExp(source, 'g')).all(s))).toEqual(want);
    // flags of a RegExp are kept (here `i`: the lower-case one too)
    expect(new TextScan(new RegExp(source, 'gi')).all(s).length).toBe(3);
    expect(new TextScan(source, { requires: 'Office' }).all(s).length).toBe(2);
    expect(new TextScan(source, { requires: 'Bureau' }).all(s)).toEqual([]);
  });
});
