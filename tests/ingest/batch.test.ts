import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest, ingestBatch } from '../../src/ingest/index.ts';
import type { RawArticle } from '../../src/types/index.ts';

const CORPUS = new URL('../../corpora/', import.meta.url);
const FORMAT: Record<string, RawArticle['format']> = { txt: 'txt', html: 'html', md: 'md' };
const files = readdirSync(CORPUS).sort();
const bundled: RawArticle[] = [...files.filter((f) => f.endsWith('.txt')).slice(0, 6), ...files.filter((f) => f.endsWith('.html'))]
  .map((f) => ({ id: f, format: FORMAT[f.split('.').pop() as string] ?? 'txt', raw: readFileSync(new URL(f, CORPUS), 'utf8'), origin: f }));

describe('ingestBatch (ingest step by step over a batch)', () => {
  it('gives every article the Doc ingest gives it alone, empty and binary ones included', () => {
    const batch: RawArticle[] = [
      ...bundled.slice(0, 3),
      { id: 'empty', format: 'txt', raw: '  \n\n ', origin: 'empty' },
      { id: 'binary', format: 'txt', raw: '\u0000\u0001\u0002'.repeat(50), origin: 'binary' },
      ...bundled.slice(3),
      { id: 'titled', format: 'txt', raw: 'A first line that is body.\n\nAnother paragraph of the story, long enough to be one.', title: 'A given title', origin: 'titled' },
    ];
    expect(batch.some((a) => a.format === 'html')).toBe(true);
    const alone = batch.map((a) => ingest(a));
    expect(alone.filter((d) => d.sentences.length > 5).length).toBeGreaterThanOrEqual(8);
    expect(ingestBatch(batch)).toEqual(alone);
    expect(ingestBatch(batch, { clean: false })).toEqual(batch.map((a) => ingest(a, { clean: false })));
  });

  it('tells the step clock of each article\'s two steps, articles in order, none for an article with no body', () => {
    const batch: RawArticle[] = [bundled[0]!, { id: 'empty', format: 'txt', raw: ' ', origin: 'empty' }, bundled[1]!];
    const log: string[] = [];
    ingestBatch(batch, {}, { start: (k) => log.push(`+${k}`), stop: (k) => log.push(`-${k}`) });
    // the text of each, then the sentences of those that have a body
    expect(log).toEqual(['+0', '-0', '+1', '-1', '+2', '-2', '+0', '-0', '+2', '-2']);
  });
});
