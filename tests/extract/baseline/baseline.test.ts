import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBaseline } from '../../../src/extract/baseline/index.ts';
import { splitSentencesRegex } from '../../../src/extract/baseline/sentences.ts';
import { findFiguresBaseline } from '../../../src/extract/baseline/figures.ts';
import { makeDoc } from '../claims/helpers.ts';

const TEXT =
  'US accuses China of hacking\n\nThe United States accused China of hacking at least 30,000 servers. ' +
  'Mr. Smith said the U.S. Department of Justice charged four men. China denied the accusations.';

describe('baseline extractor', () => {
  const record = createBaseline().extract(makeDoc(TEXT));

  it('names itself with its version', () => {
    expect(record.extractor).toMatch(/^baseline@\d+\.\d+\.\d+$/);
  });

  it('keeps every offset exact', () => {
    for (const a of record.actors) for (const m of a.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    for (const f of record.figures) expect(TEXT.slice(f.start, f.end)).toBe(f.text);
    for (const c of record.claims) expect(TEXT.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });

  it('takes the nearest actors around the cue as claimant and target', () => {
    const names = new Map(record.actors.map((a) => [a.id, a.name]));
    const first = record.claims.find((c) => c.evidence.text.startsWith('The United States'));
    expect(first?.type).toBe('accusation');
    expect(first?.claimants.map((id) => names.get(id))).toEqual(['United States']);
    expect(first?.targets.map((id) => names.get(id))).toEqual(['China']);
    expect(record.claims.some((c) => c.type === 'denial')).toBe(true);
  });

  it('carries source and reason on everything', () => {
    for (const x of [...record.actors, ...record.figures, ...record.claims]) {
      expect(x.source).toMatch(/^baseline:/);
      expect(x.reason.length).toBeGreaterThan(0);
    }
  });

  it('uses no NLP library', () => {
    const dir = 'src/extract/baseline';
    for (const f of readdirSync(dir)) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src).not.toMatch(/from ['"](?:wink-nlp|compromise|natural)|nlp\/|extract\/actors|extract\/claims/);
    }
  });
});

describe('baseline pieces', () => {
  it('splits sentences but not at abbreviations', () => {
    const spans = splitSentencesRegex('Mr. Smith met U.S. officials. They left.\nNext line');
    expect(spans).toHaveLength(3);
  });

  it('skips years and numbers inside names', () => {
    const figs = findFiguresBaseline('In 2021 APT 40 hit 30,000 servers and COVID-19 spread; $2.5 million was lost.');
    expect(figs.map((f) => [f.text, f.value, f.kind])).toEqual([
      ['30,000', 30000, 'count'],
      ['$2.5 million', 2500000, 'money'],
    ]);
  });
});
