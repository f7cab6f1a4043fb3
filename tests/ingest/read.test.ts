import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { InputFailure, RawArticle } from '../../src/types/index.ts';
import { ingest, isFailure, readInputs } from '../../src/ingest/index.ts';
import type { ReadOptions } from '../../src/ingest/read.ts';

const dir = mkdtempSync(join(tmpdir(), 'claims-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BODY =
  'The ministry said on Monday that hackers working for a foreign government had broken into its servers. ' +
  'Investigators believe the attack began in March and lasted at least four months.';

async function all(inputs: string[], opts: ReadOptions = {}): Promise<(RawArticle | InputFailure)[]> {
  const out: (RawArticle | InputFailure)[] = [];
  for await (const x of readInputs(inputs, opts)) out.push(x);
  return out;
}

function put(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

describe('readInputs: files and folders', () => {
  it('walks a folder recursively, reads <id>.meta.json as meta, never as an article, and skips documentation', async () => {
    const root = join(dir, 'walk');
    put('walk/a.txt', `Hackers hit ministry\n\n${BODY}`);
    put('walk/a.meta.json', JSON.stringify({ id: 'a', title: 'Hackers hit ministry', source: 'test' }));
    put('walk/sub/b.md', `# Hackers hit bank\n\n${BODY}`);
    put('walk/sub/c.html', `<html><body><article><h1>Hackers hit port</h1><p>${BODY}</p></article></body></html>`);
    put('walk/README.md', '# About this folder');
    put('walk/notes.pdf', '%PDF-1.4');
    const skipped: string[] = [];
    const items = await all([root], { onSkip: (p) => skipped.push(p) });
    expect(items.map((x) => (isFailure(x) ? `fail:${x.origin}` : `${x.id}:${x.format}`))).toEqual(['a:txt', 'b:md', 'c:html']);
    const a = items[0] as RawArticle;
    expect(a.meta?.source).toBe('test');
    expect(skipped.map((p) => p.split('/').pop()).sort()).toEqual(['README.md', 'notes.pdf']);
  });

  it('reports a missing input and goes on with the rest', async () => {
    const ok = put('ok.txt', `Title\n\n${BODY}`);
    const items = await all([join(dir, 'missing.txt'), ok]);
    expect(isFailure(items[0] as RawArticle | InputFailure) && (items[0] as InputFailure).message.code).toBe('not-found');
    expect((items[1] as RawArticle).id).toBe('ok');
  });

  it('reports a bad meta file as a warning and still reads the article', async () => {
    put('badmeta/x.txt', `Title\n\n${BODY}`);
    put('badmeta/x.meta.json', '{ not json');
    const items = await all([join(dir, 'badmeta')]);
    expect(items).toHaveLength(2);
    const f = items[0] as InputFailure;
    expect(f.message).toMatchObject({ level: 'warning', code: 'bad-meta' });
    expect((items[1] as RawArticle).id).toBe('x');
  });

  it('takes the format from --format over the extension', async () => {
    const p = put('page.txt', `<html><body><article><h1>Hackers hit port</h1><p>${BODY}</p></article></body></html>`);
    const [a] = await all([p], { format: 'html' });
    expect((a as RawArticle).format).toBe('html');
  });
});

describe('readInputs: JSON and JSONL records', () => {
  it('reads JSONL line by line; a malformed line becomes a failure naming file:line, the rest go on', async () => {
    const p = put(
      'records.jsonl',
      [
        JSON.stringify({ id: 'r1', title: 'Hackers hit ministry', text: BODY }),
        '{"id": "r2", "title": "broken", "text": ',
        JSON.stringify({ id: 'r3', html: `<html><body><article><h1>Port hacked</h1><p>${BODY}</p></article></body></html>` }),
        JSON.stringify({ id: 'r4', markdown: `# Bank hacked\n\n${BODY}` }),
        JSON.stringify({ id: 'r5', title: 'no text' }),
      ].join('\n'),
    );
    const items = await all([p]);
    expect(items.map((x) => (isFailure(x) ? `${x.message.code}@${x.origin}` : `${x.id}:${x.format}`))).toEqual([
      'r1:txt',
      `bad-jsonl-line@${p}:2`,
      'r3:html',
      'r4:md',
      `no-text@${p}:5`,
    ]);
  });

  it('uses a record title as headline when the text does not start with it', async () => {
    const p = put('one.jsonl', JSON.stringify({ id: 'r1', title: 'Hackers hit ministry', text: BODY }));
    const [a] = await all([p]);
    const doc = ingest(a as RawArticle);
    expect(doc.text).toBe(`Hackers hit ministry\n\n${BODY}`);
    expect(doc.paragraphs.map((x) => x.kind)).toEqual(['headline', 'body']);
  });

  it('does not take a short record title for the first body line just because its letters occur there', async () => {
    const p = put('short.jsonl', JSON.stringify({ id: 'r1', title: 'T', text: BODY }));
    const [a] = await all([p]);
    const doc = ingest(a as RawArticle);
    expect(doc.messages.filter((m) => m.level === 'error')).toEqual([]);
    expect(doc.text).toBe(`T\n\n${BODY}`);
  });

  it('reads a JSON file holding one record or an array of records', async () => {
    const one = put('one.json', JSON.stringify({ id: 'j1', text: `T\n\n${BODY}` }, null, 2));
    const many = put('many.json', JSON.stringify([{ id: 'j2', text: `T\n\n${BODY}` }, { id: 'j3', markdown: `# T\n\n${BODY}` }]));
    const items = await all([one, many]);
    expect(items.map((x) => (isFailure(x) ? 'fail' : x.id))).toEqual(['j1', 'j2', 'j3']);
  });
});

describe('readInputs: stdin', () => {
  it('reads "-" from the given stream and guesses the format', async () => {
    const items = await all(['-'], { stdin: Readable.from([Buffer.from(`# Hackers hit bank\n\n${BODY}`)]) });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: 'stdin', format: 'md', origin: 'stdin' });
  });

  it('reads JSONL records from stdin', async () => {
    const text = `${JSON.stringify({ id: 's1', text: `T\n\n${BODY}` })}\n${JSON.stringify({ id: 's2', text: `T\n\n${BODY}` })}\n`;
    const items = await all(['-'], { stdin: Readable.from([Buffer.from(text)]) });
    expect(items.map((x) => (isFailure(x) ? 'fail' : x.id))).toEqual(['s1', 's2']);
  });
});
