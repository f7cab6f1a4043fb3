import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';

/**
 * Issue 6 (memory): every worker thread imports ingest, but linkedom and readability are
 * needed by HTML pages only; they are loaded on the first one (a file of its own: the
 * module cache is per thread, and another test ingesting HTML first would load them).
 */
const loaded = (): string[] =>
  Object.keys(createRequire(import.meta.url).cache).filter((k) => /[\\/]node_modules[\\/](?:linkedom|@mozilla[\\/]readability)[\\/]/.test(k));

describe('HTML libraries load on the first HTML page', () => {
  it('are not loaded by plain-text documents, and are loaded by an HTML page', () => {
    const text = ingest({ id: 't', format: 'txt', raw: 'Minister accuses rival\n\nThe minister said on Monday that the rival party had lied about the budget.', origin: 't' });
    expect(text.text).toContain('the rival party had lied');
    expect(loaded()).toEqual([]);
    const html = '<html><head><title>Port closed</title></head><body><h1>Port closed</h1><p>The harbour authority closed the port on Friday after a storm damaged two cranes and a pier, officials said in a statement to reporters.</p></body></html>';
    const page = ingest({ id: 'h', format: 'html', raw: html, origin: 'h' });
    expect(page.title).toBe('Port closed');
    const after = loaded();
    expect(after.some((k) => k.includes('linkedom'))).toBe(true);
    expect(after.some((k) => k.includes('readability'))).toBe(true);
  });
});
