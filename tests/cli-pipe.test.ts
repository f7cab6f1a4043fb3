import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/claims.js', import.meta.url));
const CORPUS = fileURLToPath(new URL('../corpora', import.meta.url));

/** Runs `claims …`, reads its first chunk of stdout, closes the pipe as `head` does, and waits for the exit. */
function closedEarly(args: readonly string[]): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let first = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString();
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, first }));
  });
}

describe('claims writing to a pipe its reader closes', () => {
  // (the corpus gives ~0.5 MB of JSONL: far more than a pipe holds, so writes go on after the close)
  it('stops quietly with code 0, no EPIPE stack trace (claims ingest … | head)', async () => {
    const r = await closedEarly(['ingest', CORPUS]);
    expect(r.first).toMatch(/^\{"/);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at .*\.js:\d+/);
    expect(r.code).toBe(0);
  }, 60_000);
});
