import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/claims.js', import.meta.url));
const PLUGIN = fileURLToPath(new URL('../fixtures/pipeline/plugin.ts', import.meta.url));

/** Body text long enough that ingest keeps it as an article body. */
const FILLER =
  'Officials in the capital said on Tuesday that the investigation into a series of attacks on public institutions across the region would continue for several months.';

function corpus(n: number, body: (i: number) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'claims-cli-'));
  const articles = join(dir, 'in');
  mkdirSync(articles);
  for (let i = 0; i < n; i++) {
    writeFileSync(join(articles, `doc-${String(i).padStart(3, '0')}.txt`), `Headline ${i}\n\n${body(i)} ${FILLER}\n\n${FILLER}\n`);
  }
  return dir;
}

/** Complete lines only: a kill -9 may leave a partial last line behind. */
function lines(path: string): string[] {
  if (!existsSync(path)) return [];
  const all = readFileSync(path, 'utf8').split('\n');
  all.pop(); // after the last newline: '' or a partial line
  return all.filter(Boolean);
}

const docIds = (path: string): string[] => lines(path).map((l) => (JSON.parse(l) as { doc: string }).doc);

describe('claims extract (CLI)', () => {
  it('resumes after kill -9 without losing or duplicating a document', async () => {
    const dir = corpus(24, (i) => `SLEEPY article number ${i}. It says that somebody did something.`);
    const out = join(dir, 'out.jsonl');
    const args = [BIN, 'extract', join(dir, 'in'), '--out', out, '--workers', '1', '-e', 'test-echo', '--plugin', PLUGIN, '-q'];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    // Kill it hard once a few records are out, mid-run.
    await new Promise<void>((resolve, reject) => {
      const t = setInterval(() => {
        if (lines(out).length >= 4) {
          clearInterval(t);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(t);
        reject(new Error('the run finished before it could be killed'));
      });
    });
    await new Promise((r) => child.on('close', r));
    const before = docIds(out).length;
    expect(before).toBeGreaterThanOrEqual(4);
    expect(before).toBeLessThan(24);
    // Simulate a write cut off mid-line by the kill.
    writeFileSync(out, `${readFileSync(out, 'utf8')}{"doc":"doc-0`, { flag: 'w' });
    const again = spawnSync(process.execPath, [...args, '--resume'], { encoding: 'utf8' });
    expect(again.status).toBe(0);
    const ids = docIds(out);
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
  }, 60_000);

  it('reports a poisoned document, a binary file and an unreadable record, and completes the rest', () => {
    const dir = corpus(6, (i) => (i === 2 ? 'POISON in this one.' : `Article ${i} says a thing.`));
    writeFileSync(join(dir, 'in', 'binary.txt'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0, 7, 8, 0]));
    writeFileSync(join(dir, 'in', 'records.jsonl'), `{"id":"r1","title":"T","text":"${FILLER}"}\n{not json\n`);
    const out = join(dir, 'out.jsonl');
    const errors = join(dir, 'errors.jsonl');
    const r = spawnSync(
      process.execPath,
      [BIN, 'extract', join(dir, 'in'), '--out', out, '--errors', errors, '--workers', '1', '-e', 'test-echo', '--plugin', PLUGIN],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(1); // some failed, the rest written
    const failed = lines(errors).map((l) => JSON.parse(l) as { doc: string | null; origin: string; stage: string; code: string });
    // The binary file and the malformed line fail at reading; the poisoned article in its extractor.
    expect(failed.map((f) => f.stage).sort()).toEqual(['extract', 'read', 'read']);
    expect(failed.find((f) => f.stage === 'extract')?.doc).toBe('doc-002');
    expect(failed.some((f) => f.origin.endsWith('records.jsonl:2'))).toBe(true);
    expect(failed.some((f) => f.origin.endsWith('binary.txt'))).toBe(true);
    // 6 articles (the poisoned one as an error record) + 1 good JSONL record.
    expect(docIds(out).sort()).toEqual(['doc-000', 'doc-001', 'doc-002', 'doc-003', 'doc-004', 'doc-005', 'r1']);
    expect(r.stderr).toMatch(/9 documents: 6 ok, 3 failed/);
  }, 60_000);

  it('says what is wrong with a bad call', () => {
    const r = spawnSync(process.execPath, [BIN, 'extract', 'corpora', '-e', 'no-such-extractor'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown extractor "no-such-extractor"/);
    const r2 = spawnSync(process.execPath, [BIN, 'extract', 'corpora', '--resume'], { encoding: 'utf8' });
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/--resume needs --out/);
  });
});
