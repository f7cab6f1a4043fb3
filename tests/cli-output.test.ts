import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openOutput, prepareOutputFile, UsageError } from '../src/cli/io.ts';
import { main } from '../src/cli/main.ts';

/** Output paths (--out, --errors, --json, --html): a bad one fails up front, clearly; a missing folder is made. */
describe('output files', () => {
  let dir: string;
  let stderr: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'claims-out-'));
    stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('creates the missing folders of a path, and not the file itself', () => {
    const path = join(dir, 'a', 'b', 'out.jsonl');
    prepareOutputFile(path, '--out');
    expect(statSync(join(dir, 'a', 'b')).isDirectory()).toBe(true);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a folder, and a path under a file, naming the option', () => {
    expect(() => prepareOutputFile(dir, '--json')).toThrow(UsageError);
    expect(() => prepareOutputFile(dir, '--json')).toThrow(/--json .*is a folder/);
    const file = join(dir, 'plain');
    writeFileSync(file, 'x');
    expect(() => prepareOutputFile(join(file, 'out.jsonl'), '--errors')).toThrow(/--errors .*a part of its path is a file/);
    // stdout
    expect(() => prepareOutputFile('-', '--out')).not.toThrow();
    expect(() => prepareOutputFile(undefined, '--out')).not.toThrow();
  });

  it('openOutput fails at once with a UsageError, not later on the stream', async () => {
    expect(() => openOutput(dir, 'w', '--out')).toThrow(/cannot write --out/);
    const path = join(dir, 'new', 'docs.jsonl');
    const out = openOutput(path, 'w', '--out');
    await out.write('{"a":1}\n');
    await out.close();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
  });

  it('extract, eval and bench exit 2 before any work when their output cannot be written', async () => {
    const file = join(dir, 'plain');
    writeFileSync(file, 'x');
    expect(await main(['node', 'claims', 'extract', 'corpora/seed-hafnium-exchange.txt', '--out', dir, '-q'])).toBe(2);
    expect(stderr).toMatch(/cannot write --out .*is a folder/);
    expect(await main(['node', 'claims', 'extract', 'corpora/seed-hafnium-exchange.txt', '--errors', join(file, 'e.jsonl'), '-q'])).toBe(2);
    expect(stderr).toMatch(/cannot write --errors/);
    expect(await main(['node', 'claims', 'eval', '--html', join(file, 'r.html')])).toBe(2);
    expect(stderr).toMatch(/cannot write --html/);
    expect(await main(['node', 'claims', 'bench', '--docs', '5', '--phases', 'wink', '--json', dir])).toBe(2);
    expect(stderr).toMatch(/cannot write --json .*is a folder/);
    expect(stderr).not.toMatch(/internal error/);
  });

  it('claims ingest writes into a folder it had to create', async () => {
    const path = join(dir, 'made', 'docs.jsonl');
    expect(await main(['node', 'claims', 'ingest', 'corpora/seed-hafnium-exchange.txt', '--out', path])).toBe(0);
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});
