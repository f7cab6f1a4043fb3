import { createReadStream } from 'node:fs';
import { open, opendir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleMeta, InputFailure, InputFormat, Message, RawArticle, RawFormat } from '../types/index.ts';

/**
 * Reading raw articles from files, folders, JSON(L) records and stdin. Streams: one file
 * at a time from a folder walk, JSONL line by line, so a big folder or record file is
 * never held in memory whole. Every problem becomes an `InputFailure` naming its origin
 * (`file`, `file:line`, `stdin`); the generator never throws for one bad input.
 *
 * This is I/O, used by the CLI and by callers who embed the pipeline; `ingest` itself is
 * pure.
 */
export interface ReadOptions {
  /** Overrides the format taken from each file's extension (and tells stdin's format). */
  readonly format?: InputFormat;
  /** The stream read for the input `-` (default: process.stdin). */
  readonly stdin?: NodeJS.ReadableStream;
  /** Largest article (file, stdin, JSON file or one JSONL line) read, in bytes. Default 10 MB. */
  readonly maxBytes?: number;
  /** Told about files a folder walk passes over (not an article format, meta files excluded). */
  readonly onSkip?: (path: string, reason: string) => void;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

const META_SUFFIX = '.meta.json';
/** A folder's own documentation ("corpora/README.md") is not an article of it. */
const DOC_FILE = /^(?:readme|license|licence|changelog|contributing|notice|copying|authors)(?:\.[a-z]+)?$/i;

export function formatOfPath(path: string): InputFormat | null {
  if (path.endsWith(META_SUFFIX)) return null;
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

function fail(origin: string, id: string | null, code: string, message: string, level: Message['level'] = 'error'): InputFailure {
  return { failed: true, id, origin, message: { level, code, message, stage: 'read', origin } };
}

export function isFailure(x: RawArticle | InputFailure): x is InputFailure {
  return (x as InputFailure).failed === true;
}

/** The document id of a path: the file stem ("corpora/voa-1.txt" -> "voa-1"). */
function stemOf(path: string): string {
  const b = basename(path);
  const e = extname(b);
  return e ? b.slice(0, -e.length) : b;
}

export type Decoded = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; invalid: boolean } | { binary: true };

/**
 * Bytes -> text. UTF-8 (a BOM is dropped) or UTF-16 with a BOM; invalid UTF-8 is decoded
 * with U+FFFD replacements and flagged (ingest then warns `not-utf8`). NUL bytes or many
 * control bytes mean binary data.
 */
export function decodeBytes(buf: Uint8Array): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf), encoding: 'utf-16le', invalid: false };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf), encoding: 'utf-16be', invalid: false };
  const head = buf.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return { binary: true };
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (head.length > 0 && control / head.length > 0.05) return { binary: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', invalid: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(buf), encoding: 'utf-8', invalid: true };
  }
}

async function readMeta(articlePath: string): Promise<{ meta?: ArticleMeta; failure?: InputFailure }> {
  const e = extname(articlePath);
  const metaPath = join(dirname(articlePath), `${basename(articlePath, e)}${META_SUFFIX}`);
  let text: string;
  try {
    text = await readFile(metaPath, 'utf8');
  } catch {
    return {};
  }
  try {
    const meta = JSON.parse(text) as unknown;
    if (meta && typeof meta === 'object' && !Array.isArray(meta)) return { meta: meta as ArticleMeta };
    return { failure: fail(metaPath, stemOf(articlePath), 'bad-meta', 'the meta file is not a JSON object; the article is read without it', 'warning') };
  } catch (err) {
    return { failure: fail(metaPath, stemOf(articlePath), 'bad-meta', `the meta file is not valid JSON (${(err as Error).message}); the article is read without it`, 'warning') };
  }
}

/** Formats of record fields: `{text}` is plain text, `{html}` a page, `{markdown}` a capture. */
function recordToArticle(rec: unknown, origin: string, fallbackId: string, format?: InputFormat): RawArticle | InputFailure {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return fail(origin, null, 'bad-record', 'the record is not a JSON object');
  const r = rec as Record<string, unknown>;
  const id = typeof r.id === 'string' && r.id.trim() ? r.id.trim() : typeof r.id === 'number' ? String(r.id) : fallbackId;
  const title = typeof r.title === 'string' ? r.title : undefined;
  let raw: string | undefined;
  let fmt: RawFormat;
  if (typeof r.html === 'string') {
    raw = r.html;
    fmt = 'html';
  } else if (typeof r.markdown === 'string' || typeof r.md === 'string') {
    raw = (typeof r.markdown === 'string' ? r.markdown : r.md) as string;
    fmt = 'md';
  } else if (typeof r.text === 'string') {
    raw = r.text;
    fmt = 'txt';
  } else {
    return fail(origin, id, 'no-text', 'the record has no "text", "html" or "markdown" field');
  }
  if (format === 'txt' || format === 'md' || format === 'html') fmt = format;
  const meta = r.meta && typeof r.meta === 'object' && !Array.isArray(r.meta) ? (r.meta as ArticleMeta) : undefined;
  return { id, format: fmt, raw, origin, ...(title !== undefined ? { title } : {}), ...(meta ? { meta } : {}) };
}

/** Guesses the format of stdin (or a file of unknown extension) from its first characters. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    // One object per line is JSONL; one object over many lines is JSON.
    const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
    try {
      JSON.parse(firstLine);
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  if (/^<(?:!doctype|html|head|body|article|div|p)\b/i.test(head)) return 'html';
  if (/^#{1,6} |^\[.*\]\(|^!\[/.test(head) || /\n#{1,6} /.test(head)) return 'md';
  return 'txt';
}

function* parseJsonText(text: string, origin: string, stem: string, format?: InputFormat): Generator<RawArticle | InputFailure> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    yield fail(origin, stem, 'bad-json', `not valid JSON: ${(err as Error).message}`);
    return;
  }
  if (Array.isArray(data)) {
    for (let k = 0; k < data.length; k++) yield recordToArticle(data[k], `${origin}#${k}`, `${stem}-${k + 1}`, format);
  } else yield recordToArticle(data, origin, stem, format);
}

function* parseJsonLines(lines: Iterable<string>, origin: string, stem: string, maxBytes: number, format?: InputFormat): Generator<RawArticle | InputFailure> {
  let n = 0;
  for (const line of lines) {
    n++;
    yield* jsonLine(line, n, origin, stem, maxBytes, format);
  }
}

function* jsonLine(line: string, n: number, origin: string, stem: string, maxBytes: number, format?: InputFormat): Generator<RawArticle | InputFailure> {
  const where = `${origin}:${n}`;
  if (line.trim() === '') return;
  if (line.length > maxBytes) {
    yield fail(where, null, 'too-large', `the record is larger than the limit of ${maxBytes} bytes`);
    return;
  }
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (err) {
    yield fail(where, null, 'bad-jsonl-line', `malformed JSON line: ${(err as Error).message}`);
    return;
  }
  yield recordToArticle(rec, where, `${stem}-${n}`, format);
}

async function* readFileInput(path: string, opts: ReadOptions, maxBytes: number): AsyncGenerator<RawArticle | InputFailure> {
  const fmt = opts.format ?? formatOfPath(path) ?? null;
  const id = stemOf(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    yield fail(path, id, 'unreadable', `cannot read: ${(err as Error).message}`);
    return;
  }
  if (fmt === 'jsonl') {
    yield* readJsonlFile(path, id, maxBytes, opts.format);
    return;
  }
  if (size > maxBytes) {
    yield fail(path, id, 'too-large', `the file is ${(size / 1048576).toFixed(1)} MB, over the limit of ${(maxBytes / 1048576).toFixed(1)} MB (raise it with --max-bytes)`);
    return;
  }
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    yield fail(path, id, 'unreadable', `cannot read: ${(err as Error).message}`);
    return;
  }
  const dec = decodeBytes(buf);
  if ('binary' in dec) {
    yield fail(path, id, 'binary', 'the file holds binary data, not text');
    return;
  }
  const format = fmt ?? sniffFormat(dec.text);
  if (format === 'json' || format === 'jsonl') {
    if (format === 'json') yield* parseJsonText(dec.text, path, id, opts.format);
    else yield* parseJsonLines(dec.text.split(/\r?\n/), path, id, maxBytes, opts.format);
    return;
  }
  const { meta, failure } = await readMeta(path);
  if (failure) yield failure;
  yield { id, format, raw: dec.text, origin: path, ...(meta ? { meta } : {}) };
}

async function* readJsonlFile(path: string, id: string, maxBytes: number, format?: InputFormat): AsyncGenerator<RawArticle | InputFailure> {
  // Binary check on the first bytes before streaming lines.
  try {
    const fh = await open(path, 'r');
    const head = Buffer.alloc(8192);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    await fh.close();
    if ('binary' in decodeBytes(head.subarray(0, bytesRead))) {
      yield fail(path, id, 'binary', 'the file holds binary data, not text');
      return;
    }
  } catch (err) {
    yield fail(path, id, 'unreadable', `cannot read: ${(err as Error).message}`);
    return;
  }
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    yield* jsonLine(line, n, path, id, maxBytes, format === 'jsonl' ? undefined : format);
  }
}

async function* walk(dir: string, opts: ReadOptions): AsyncGenerator<string | InputFailure> {
  let handle;
  try {
    handle = await opendir(dir);
  } catch (err) {
    yield fail(dir, null, 'unreadable', `cannot read the folder: ${(err as Error).message}`);
    return;
  }
  // Sorted, so runs are reproducible; names only (not contents) are held.
  const names: { name: string; dir: boolean }[] = [];
  for await (const ent of handle) {
    if (ent.name.startsWith('.') || ent.name === 'node_modules') continue;
    names.push({ name: ent.name, dir: ent.isDirectory() });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of names) {
    const p = join(dir, n.name);
    if (n.dir) yield* walk(p, opts);
    else if (n.name.endsWith(META_SUFFIX)) continue;
    else if (DOC_FILE.test(n.name)) opts.onSkip?.(p, 'a documentation file, not an article');
    else if (formatOfPath(p) !== null) yield p;
    else opts.onSkip?.(p, 'not an article format');
  }
}

async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxBytes) over = true; // keep draining, stop keeping
    else chunks.push(b);
  }
  return over ? null : Buffer.concat(chunks);
}

/**
 * Every article of the inputs, in order: paths to files or folders (walked recursively,
 * `.txt .md .html .json .jsonl`, `<id>.meta.json` beside an article read as its meta),
 * and `-` for stdin.
 */
export async function* readInputs(inputs: readonly string[], opts: ReadOptions = {}): AsyncGenerator<RawArticle | InputFailure> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const input of inputs) {
    if (input === '-') {
      const buf = await readStdin(opts.stdin ?? process.stdin, maxBytes);
      if (buf === null) {
        yield fail('stdin', 'stdin', 'too-large', `stdin is larger than the limit of ${maxBytes} bytes`);
        continue;
      }
      const dec = decodeBytes(buf);
      if ('binary' in dec) {
        yield fail('stdin', 'stdin', 'binary', 'stdin holds binary data, not text');
        continue;
      }
      const format = opts.format ?? sniffFormat(dec.text);
      if (format === 'json') yield* parseJsonText(dec.text, 'stdin', 'stdin');
      else if (format === 'jsonl') yield* parseJsonLines(dec.text.split(/\r?\n/), 'stdin', 'stdin', maxBytes);
      else yield { id: 'stdin', format, raw: dec.text, origin: 'stdin' };
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      yield fail(input, stemOf(input), 'not-found', 'no such file or folder');
      continue;
    }
    if (isDir) {
      for await (const p of walk(input, opts)) {
        if (typeof p === 'string') yield* readFileInput(p, opts, maxBytes);
        else yield p;
      }
    } else {
      if (input.endsWith(META_SUFFIX)) {
        opts.onSkip?.(input, 'a meta file, read with its article');
        continue;
      }
      yield* readFileInput(input, opts, maxBytes);
    }
  }
}
