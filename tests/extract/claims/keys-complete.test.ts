import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index.ts';
import { CUES } from '../../../src/lexicons/cues.ts';
import { EVALUATIVE } from '../../../src/lexicons/wrongdoing.ts';
import { uncoveredShape } from '../../../src/nlp/regex-literals.ts';

/**
 * The claims stage runs a cue or an evaluative entry only on the sentences that hold one of
 * its keys (a speed prefilter). That loses nothing only if every string the entry's pattern
 * can match holds a key: checked here by reading the patterns (src/nlp/regex-literals.ts), not
 * by the texts at hand, so it holds for articles no one here has seen.
 */

const ENTRIES = [
  ...CUES.map((c) => ({ kind: 'cue', id: c.id, pattern: c.pattern, keys: c.keys })),
  ...EVALUATIVE.map((e) => ({ kind: 'evaluative', id: e.id, pattern: e.pattern, keys: e.keys })),
];

describe('lexicon keys', () => {
  it('cover every string each cue and evaluative pattern can match', () => {
    const open = ENTRIES.map((e) => ({ entry: `${e.kind} ${e.id}`, shape: uncoveredShape(e.pattern, e.keys) })).filter((x) => x.shape !== null);
    expect(open).toEqual([]);
  });

  it('fail the check when a key an entry needs is dropped', () => {
    const innocent = EVALUATIVE.find((e) => e.id === 'innocent');
    expect(innocent).toBeDefined();
    // "It is simply not true": only the bare 'not true' key holds it
    const without = (innocent?.keys ?? []).filter((k) => k !== 'not true');
    expect(uncoveredShape(innocent?.pattern ?? '', without)).not.toBeNull();
    const linkVerb = CUES.find((c) => c.id === 'link-verb');
    expect(uncoveredShape(linkVerb?.pattern ?? '', (linkVerb?.keys ?? []).filter((k) => k !== 'tie'))).not.toBeNull();
  });

  it('are in the sentence of every match of the bundled articles (the check agrees with the texts)', () => {
    const corpus = fileURLToPath(new URL('../../../corpora', import.meta.url));
    const files = readdirSync(corpus).filter((x) => x.endsWith('.txt')).sort();
    expect(files.length).toBeGreaterThan(20);
    const res = ENTRIES.map((e) => ({ ...e, re: new RegExp(`\\b(?:${e.pattern})\\b`, 'gi'), lower: e.keys.map((k) => k.toLowerCase()) }));
    let matches = 0;
    const missing: string[] = [];
    for (const f of files) {
      const doc = ingest({ id: f, format: 'txt', raw: readFileSync(`${corpus}/${f}`, 'utf8'), origin: f }, { clean: true });
      for (const s of doc.sentences) {
        const sentence = doc.text.slice(s.start, s.end);
        const lower = sentence.toLowerCase();
        for (const e of res) {
          for (const m of sentence.matchAll(e.re)) {
            matches++;
            if (!e.lower.some((k) => lower.includes(k))) missing.push(`${e.kind} ${e.id}: ${m[0]}`);
          }
        }
      }
    }
    expect(matches).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
