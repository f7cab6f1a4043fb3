import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Doc } from '../../src/types/index.ts';
import { main } from '../../src/cli/main.ts';

/** `claims ingest` end to end, in process: output file, stderr lines, exit codes. */
const dir = mkdtempSync(join(tmpdir(), 'claims-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

const BODY = 'The ministry said on Monday that hackers working for a foreign government had broken into its servers.';

async function run(...args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(['node', 'claims', 'ingest', ...args]);
  vi.restoreAllMocks();
  return { code, stderr };
}

describe('claims ingest', () => {
  it('writes one Doc per line and exits 0 when every document is fine', async () => {
    const out = join(dir, 'ok.jsonl');
    const { code } = await run('corpora/seed-hafnium-exchange.txt', 'corpora/doj-release-02279.html', '--out', out);
    expect(code).toBe(0);
    const docs = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Doc);
    expect(docs.map((d) => d.id)).toEqual(['seed-hafnium-exchange', 'doj-release-02279']);
    expect(docs[0]?.sentences.length).toBeGreaterThan(10);
    expect(docs[0]?.meta?.title).toBe(docs[0]?.title);
  });

  it('exits 1 when some documents fail, still writes the rest, and names each problem with its origin', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const good = join(dir, 'good.txt');
    writeFileSync(good, `Hackers hit ministry\n\n${BODY}`);
    const out = join(dir, 'mixed.jsonl');
    const errors = join(dir, 'errors.jsonl');
    const { code, stderr } = await run(empty, join(dir, 'missing.txt'), good, '--out', out, '--errors', errors);
    expect(code).toBe(1);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${empty}: error empty-body`);
    expect(stderr).toContain(`${join(dir, 'missing.txt')}: error not-found`);
    const problems = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { code: string });
    expect(problems.map((p) => p.code)).toEqual(['empty-body', 'not-found']);
  });

  it('--text prints only the cleaned texts separated by a form-feed line', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, `Headline A\n\nby Kelvin\n\n${BODY}`);
    writeFileSync(b, `Headline B\n\n${BODY}`);
    const out = join(dir, 'texts.txt');
    expect((await run(a, b, '--text', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(`Headline A\n\n${BODY}\n\f\nHeadline B\n\n${BODY}\n`);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run('--format', 'pdf', 'corpora/')).code).toBe(2);
    expect((await run('--max-bytes', 'lots', 'corpora/')).code).toBe(2);
  });

  it('--no-clean keeps the boilerplate (the ablation)', async () => {
    const out = join(dir, 'noclean.txt');
    await run('corpora/seed-hafnium-exchange.txt', '--no-clean', '--text', '--out', out);
    expect(readFileSync(out, 'utf8')).toContain('by Kelvin');
  });
});
