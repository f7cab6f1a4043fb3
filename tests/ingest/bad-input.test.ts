import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Doc, InputFailure, RawArticle } from '../../src/types/index.ts';
import { ingest, isFailure, readInputs } from '../../src/ingest/index.ts';

/**
 * Each bad-input case gets a clear error or warning with a code and its origin, a batch
 * never stops on one document, and an empty document is reported, not emitted silently.
 */
const dir = mkdtempSync(join(tmpdir(), 'claims-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BODY =
  'The ministry said on Monday that hackers working for a foreign government had broken into its servers. ' +
  'Investigators believe the attack began in March and lasted at least four months, according to a statement.';

async function readOne(path: string, maxBytes?: number): Promise<RawArticle | InputFailure> {
  const items: (RawArticle | InputFailure)[] = [];
  for await (const x of readInputs([path], maxBytes ? { maxBytes } : {})) items.push(x);
  expect(items).toHaveLength(1);
  return items[0] as RawArticle | InputFailure;
}

const codes = (d: Doc): string[] => d.messages.map((m) => `${m.level}:${m.code}`);

describe('bad input', () => {
  it('empty file: the document carries an empty-body error with its origin', async () => {
    const p = join(dir, 'empty.txt');
    writeFileSync(p, '');
    const a = await readOne(p);
    expect(isFailure(a)).toBe(false);
    const d = ingest(a as RawArticle);
    expect(codes(d)).toEqual(['error:empty-body']);
    expect(d.messages[0]?.origin).toBe(p);
    expect(d.text).toBe('');
  });

  it('a headline with no body, or a body that cleaning empties, is an empty-body error too', () => {
    expect(codes(ingest({ id: 'h', format: 'txt', raw: 'Just a headline\n', origin: 'h' }))).toEqual(['error:empty-body']);
    const onlyFurniture = ingest({ id: 'f', format: 'txt', raw: 'Headline\n\nShare\n\nFacebook\n\nTwitter', origin: 'f' });
    expect(codes(onlyFurniture)).toEqual(['error:empty-body']);
    expect(onlyFurniture.messages[0]?.message).toMatch(/after cleaning/);
  });

  it('binary file: a read failure with code binary', async () => {
    const p = join(dir, 'image.txt');
    writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
    const a = await readOne(p);
    expect(isFailure(a) && a.message.code).toBe('binary');
    expect((a as InputFailure).origin).toBe(p);
  });

  it('binary text handed to ingest directly: an error, not a crash', () => {
    const d = ingest({ id: 'b', format: 'txt', raw: '\u0000\u0001\u0002\u0003garbage\u0000'.repeat(50), origin: 'b' });
    expect(codes(d)).toEqual(['error:binary']);
  });

  it('non-UTF-8 bytes: the article is read with U+FFFD and warned about as not-utf8', async () => {
    const p = join(dir, 'latin1.txt');
    writeFileSync(p, Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(` owners hacked\n\nThe caf`), Buffer.from([0xe9]), Buffer.from(` said. ${BODY}`)]));
    const a = await readOne(p);
    expect(isFailure(a)).toBe(false);
    const d = ingest(a as RawArticle);
    expect(codes(d)).toEqual(['warning:not-utf8']);
    expect(d.text).toContain('Caf\uFFFD owners hacked');
  });

  it('HTML with no article in it: no-article and empty-body errors', () => {
    const raw = '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2024</footer></body></html>';
    const d = ingest({ id: 'nav', format: 'html', raw, origin: 'nav.html' });
    expect(codes(d)).toEqual(expect.arrayContaining(['error:no-article', 'error:empty-body']));
  });

  it('a 50 MB file is reported as too-large without being loaded', async () => {
    const p = join(dir, 'huge.txt');
    closeSync(openSync(p, 'w'));
    truncateSync(p, 50 * 1024 * 1024); // sparse: costs no time or disk
    const t = performance.now();
    const a = await readOne(p);
    expect(isFailure(a) && a.message.code).toBe('too-large');
    expect((a as InputFailure).message.message).toMatch(/50\.0 MB/);
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('the size limit is configurable', async () => {
    const p = join(dir, 'medium.txt');
    writeFileSync(p, `Title\n\n${BODY.repeat(40)}`);
    expect(isFailure(await readOne(p, 1024))).toBe(true);
    expect(isFailure(await readOne(p, 1024 * 1024))).toBe(false);
  });

  it('a non-English article: a not-english warning, the document is still produced', () => {
    const raw =
      'Governo acusa hackers estrangeiros de ataque\n\n' +
      'O ministério disse na segunda-feira que hackers que trabalham para um governo estrangeiro invadiram os seus servidores e roubaram ficheiros. ' +
      'Os investigadores acreditam que o ataque começou em março e durou pelo menos quatro meses, segundo um comunicado oficial do governo.';
    const d = ingest({ id: 'pt', format: 'txt', raw, origin: 'pt.txt' });
    expect(codes(d)).toEqual(['warning:not-english']);
    expect(d.sentences.length).toBeGreaterThan(1);
  });

  it('English is not flagged', () => {
    expect(codes(ingest({ id: 'en', format: 'txt', raw: `Title\n\n${BODY} ${BODY}`, origin: 'en' }))).toEqual([]);
  });

  it('a malformed JSONL line is a failure naming file:line; the other lines are read', async () => {
    const p = join(dir, 'batch.jsonl');
    writeFileSync(p, [JSON.stringify({ id: 'a', text: `A\n\n${BODY}` }), '{oops', JSON.stringify({ id: 'c', text: `C\n\n${BODY}` })].join('\n'));
    const items: (RawArticle | InputFailure)[] = [];
    for await (const x of readInputs([p])) items.push(x);
    expect(items.map((x) => (isFailure(x) ? `${x.message.code}@${x.origin}` : x.id))).toEqual(['a', `bad-jsonl-line@${p}:2`, 'c']);
  });

  it('pathological input stays fast (linear rules, no catastrophic backtracking)', () => {
    const lines: string[] = ['Headline of a strange page'];
    for (let i = 0; i < 500; i++) {
      lines.push(`by ${'A '.repeat(30)}`, `${'* '.repeat(200)}x`, `Sources: ${'a|'.repeat(300)}`, '"'.repeat(500), `${BODY} `.repeat(3));
    }
    const raw = lines.join('\n\n');
    const md = `# Title\n\n${'['.repeat(200_000)}\n\n${'![x]('.repeat(20_000)}\n\n${BODY}`;
    const html = `<html><body><article><h1>Title</h1><p>${'<a '.repeat(100_000)}</p><p>${BODY}</p></article></body></html>`;
    const t = performance.now();
    expect(ingest({ id: 'p', format: 'txt', raw, origin: 'p' }).text.length).toBeGreaterThan(0);
    ingest({ id: 'm', format: 'md', raw: md, origin: 'm' });
    ingest({ id: 'h', format: 'html', raw: html, origin: 'h' });
    expect(performance.now() - t).toBeLessThan(10_000);
  });
});
