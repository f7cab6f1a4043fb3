import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Doc, RawFormat } from '../../src/types/index.ts';
import { ingest } from '../../src/ingest/index.ts';

/** The format splitters (HTML through readability, Markdown captures) with cleaning on top. */
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');
const run = (name: string, format: RawFormat): Doc => ingest({ id: name, format, raw: fixture(name), origin: name });
const paragraph = (d: Doc, kind: string): string[] => d.paragraphs.filter((p) => p.kind === kind).map((p) => d.text.slice(p.start, p.end));

describe('HTML page (readability over linkedom)', () => {
  const d = run('page-news.html', 'html');

  it('takes the headline from the page and the standfirst, subheads and body from the article', () => {
    expect(d.title).toBe('Bank blames state hackers for outage');
    expect(paragraph(d, 'standfirst')).toEqual(['Nordbank says a foreign intelligence service was behind the attack that shut down its payment systems for two days']);
    expect(paragraph(d, 'subhead')).toEqual(['Government response']);
    expect(d.text).toContain('Nordbank on Tuesday accused a foreign intelligence service');
    expect(d.text).toContain('all systems were working again by Sunday.');
    expect(d.messages).toEqual([]);
  });

  it('drops page chrome, captions, alt text, scripts, related links and the newsletter line', () => {
    for (const gone of ['We use cookies', 'Business', 'Lena', 'Share on Facebook', 'headquarters in Oslo', 'not text', 'color: red', 'wiper malware', 'Sign up', 'All rights reserved']) {
      expect(d.text, gone).not.toContain(gone);
    }
  });

  it('keeps a pull quote printed twice only once, and decodes entities', () => {
    expect(d.text.split('We have clear evidence').length - 1).toBe(1);
    expect(d.text).toContain('“groundless”');
    expect(d.text).toContain('Sentinel Labs');
    expect(d.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['caption-element', 'pull-quote-repeat', 'subscribe-line']));
  });

  it('with clean: false keeps the whole page text (the ablation), markup still stripped', () => {
    const raw = ingest({ id: 'x', format: 'html', raw: fixture('page-news.html'), origin: 'x' }, { clean: false });
    expect(raw.text).toContain('We use cookies');
    expect(raw.text).toContain('Nordbank on Tuesday accused');
    expect(raw.text).not.toContain('<p>');
    expect(raw.text).not.toContain('color: red');
  });
});

describe('Markdown captures', () => {
  it('keeps headline, ### standfirst, link text and subheads; drops URLs, images, captions and promos', () => {
    const d = run('capture-sanctions.md', 'md');
    expect(d.title).toBe('EU sanctions six Russian officers over cyber attack on German parliament');
    expect(paragraph(d, 'standfirst')[0]).toMatch(/^Brussels says the GRU unit/);
    expect(paragraph(d, 'subhead')).toEqual(['Moscow rejects the accusations']);
    expect(d.text).toContain('responsible for the 2015 cyber attack on the German parliament');
    for (const gone of ['https://', '](', '![', '**', 'Home > World', 'Maria Keller and Tom', 'Published:', 'Photo: Reuters', 'Read also', 'Subscribe', 'Information:', 'Source: Reuters', 'Author:', 'Tags:', 'Cyber security']) {
      expect(d.text, gone).not.toContain(gone);
    }
    expect(d.text.split('This is a clear signal').length - 1).toBe(1);
    expect(d.messages).toEqual([]);
  });

  it('records why each piece went', () => {
    const d = run('capture-sanctions.md', 'md');
    const by = (rule: string): string[] => d.removed.filter((r) => r.rule === rule).map((r) => r.text);
    expect(by('before-headline')).toEqual(['Home > World > Europe']);
    expect(by('byline')).toEqual(['By Maria Keller and Tom Ridley']);
    expect(by('caption-element')).toEqual(['The Reichstag building, seat of the Bundestag, in Berlin. Photo: Reuters']);
    expect(by('sources-line')).toEqual(['Source: Reuters, AFP']);
  });

  it('prefers the # headline over a site name set as a title, and repairs a shouted "THE"', () => {
    const d = run('capture-denial.md', 'md');
    expect(d.title).toBe('The Ministry rejects report on phone hacking');
    expect(d.text).toContain('Citizen Lab that linked the government');
    expect(d.text).toContain('journalists\' phones. Spain has been named');
    for (const gone of ['Tech Daily', 'Ana Ruiz', 'Related articles', 'Pegasus', 'Share this article', '* * *']) expect(d.text, gone).not.toContain(gone);
  });
});
