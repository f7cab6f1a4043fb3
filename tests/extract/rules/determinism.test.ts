import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDocs, loadPool } from '../../../src/bench/corpus.ts';
import { ingest } from '../../../src/ingest/index.ts';
import { extractRules } from '../../../src/extract/rules.ts';
import type { RawArticle } from '../../../src/types/index.ts';

/**
 * A record must depend on its document alone, not on the documents a worker happened to
 * process before it: with N workers each thread sees a different subset of the stream.
 * (A shared global regex whose lastIndex survived one document changed the claimants of
 * a later one; found by comparing a 1-worker and a 2-worker run of the same input.)
 */
const articles: RawArticle[] = [
  ...readdirSync('corpora')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, origin: f, format: 'txt' as const, raw: readFileSync(`corpora/${f}`, 'utf8') })),
  // Mixed paragraphs of the corpus, as the benchmark makes them: new neighbours for every sentence.
  ...generateDocs(loadPool('corpora'), 120, 11),
];

const run = (a: RawArticle): string => JSON.stringify(extractRules(ingest(a, { clean: true })));

describe('rules extractor: no state carried between documents', () => {
  it('gives every document the same record in forward order, reverse order and alone', () => {
    const forward = articles.map(run);
    const reverse = [...articles].reverse().map(run).reverse();
    const changed = articles.filter((_, i) => forward[i] !== reverse[i]).map((a) => a.id);
    expect(changed).toEqual([]);
    // Alone: each document of an interleaved half run right after a fresh one of the other half.
    for (let i = 1; i < articles.length; i += 7) {
      run(articles[i - 1] as RawArticle);
      expect(run(articles[i] as RawArticle)).toBe(forward[i]);
    }
  }, 60_000);
});
