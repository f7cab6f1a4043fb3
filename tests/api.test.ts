import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, ingest } from '../src/index.ts';

describe('library API', () => {
  it('extracts a raw article and an ingested Doc alike, with valid offsets', () => {
    const raw = readFileSync(new URL('../corpora/seed-hafnium-exchange.txt', import.meta.url), 'utf8');
    const article = { id: 'seed', format: 'txt' as const, raw, origin: 'memory' };
    const a = extract(article);
    const b = extract(ingest(article));
    expect(a).toEqual(b);
    expect(a.extractor).toMatch(/^rules@/);
    expect(a.claims.length).toBeGreaterThan(0);
    for (const c of a.claims) expect(a.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    expect(() => extract(article, 'nope')).toThrow(/unknown extractor "nope"/);
  });
});
