import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { createRules, extractRules, extractRulesBatch } from '../../src/extract/rules.ts';
import { processArticle, processBatch } from '../../src/pipeline/process.ts';
import type { Doc, ExtractionRecord, Extractor, RawArticle } from '../../src/types/index.ts';

const corpus = fileURLToPath(new URL('../../corpora', import.meta.url));
const articles: RawArticle[] = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 12)
  .map((f) => ({ id: f, format: 'txt', raw: readFileSync(`${corpus}/${f}`, 'utf8'), origin: f }));

const article = (id: string, raw: string): RawArticle => ({ id, format: 'txt', raw, origin: id });

describe('extractRulesBatch', () => {
  it('gives each document of a batch the record extractRules gives it alone', () => {
    const docs = articles.map((a) => ingest(a, { clean: true }));
    const alone = docs.map((d) => extractRules(d, { name: 'rules' }));
    const batch = extractRulesBatch(docs, { name: 'rules' });
    expect(batch.map((r) => r.doc)).toEqual(docs.map((d) => d.id));
    expect(batch).toEqual(alone);
    expect(batch.reduce((n, r) => n + r.claims.length, 0)).toBeGreaterThan(20);
  });

  it('tells the step clock when each document starts and stops, stage by stage', () => {
    const docs = articles.slice(0, 3).map((a) => ingest(a, { clean: true }));
    const log: string[] = [];
    extractRulesBatch(docs, {}, { start: (k) => log.push(`+${k}`), stop: (k) => log.push(`-${k}`) });
    // actors and figures, then claims step by step: every step over the three documents in turn,
    // each document's part of a step between its own start and stop
    expect(log.length % 6).toBe(0);
    expect(log.length / 6).toBeGreaterThan(10);
    expect(log).toEqual(Array.from({ length: log.length / 6 }, () => ['+0', '-0', '+1', '-1', '+2', '-2']).flat());
  });
});

describe('processBatch', () => {
  const rules = createRules();

  it('gives every document, in order, the outcome processArticle gives it, a failed ingest included', () => {
    const batch = [articles[0]!, article('empty', '   \n\n  '), articles[1]!, articles[2]!];
    const got = processBatch(batch, rules);
    const want = batch.map((a) => processArticle(a, rules));
    expect(got.map((o) => o.ok)).toEqual([true, false, true, true]);
    expect(got.map((o) => ('record' in o ? o.record : null))).toEqual(want.map((o) => ('record' in o ? o.record : null)));
    expect(got.map((o) => (o.ok ? null : o.failure))).toEqual(want.map((o) => (o.ok ? null : o.failure)));
    for (const o of got) expect(o.ms).toBeGreaterThanOrEqual(0);
  });

  it('runs a batch that throws again document by document, so only the bad document fails', () => {
    const one = (doc: Doc): ExtractionRecord => {
      if (doc.text.includes('POISON')) throw new Error('poisoned');
      return { doc: doc.id, extractor: 'fragile@1', title: doc.title, text: doc.text, actors: [], figures: [], claims: [], messages: [] };
    };
    let batches = 0;
    const fragile: Extractor = {
      name: 'fragile',
      version: '1',
      description: 'throws on a poisoned document, in a batch as alone',
      extract: one,
      extractBatch: (docs) => {
        batches++;
        return docs.map(one);
      },
    };
    const body = (s: string): string => `A headline\n\n${s} The ministry said on Monday that the talks would go on.`;
    const got = processBatch([article('a', body('First text.')), article('b', body('A POISON text.')), article('c', body('Third text.'))], fragile);
    expect(batches).toBe(1);
    expect(got.map((o) => o.ok)).toEqual([true, false, true]);
    const bad = got[1];
    expect(bad?.ok === false ? bad.failure : null).toMatchObject({ doc: 'b', stage: 'extract', code: 'extractor-crash' });
    expect(got.map((o) => ('record' in o ? o.record?.doc : null))).toEqual(['a', 'b', 'c']);
  });
});
