import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDocs, loadPool } from '../../src/bench/corpus.ts';
import type { PhaseResult } from '../../src/bench/phases.ts';
import type { ThreadSplit } from '../../src/bench/threads.ts';
import { cacheLine, crashWarnings } from '../../src/cli/commands/bench.ts';

const CORPUS = fileURLToPath(new URL('../../corpora', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/claims.js', import.meta.url));

describe('bench corpus', () => {
  const pool = loadPool(CORPUS);

  it('is the same for the same seed and different for another', () => {
    const a = [...generateDocs(pool, 20, 1)].map((d) => d.raw);
    const b = [...generateDocs(pool, 20, 1)].map((d) => d.raw);
    const c = [...generateDocs(pool, 20, 2)].map((d) => d.raw);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('never repeats a document, so no cache can help', () => {
    const texts = [...generateDocs(pool, 2000, 3)].map((d) => d.raw);
    expect(new Set(texts).size).toBe(texts.length);
    expect(new Set([...generateDocs(pool, 2000, 3)].map((d) => d.id)).size).toBe(2000);
  });
});

describe('claims bench', () => {
  it('reports every phase side by side with the ratio to wink-nlp, as a table and JSON', () => {
    const json = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bench.json');
    const r = spawnSync(
      process.execPath,
      [BIN, 'bench', '--docs', '30', '--compromise-docs', '3', '-e', 'baseline', '--workers', '2', '--json', json],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/wink-nlp readDoc/);
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      rows: { label: string; docs: number; failed: number; stageCrashes: number; mbPerSec: number; rssMB: number[]; cpuSeconds: number; startupSeconds: number; seconds: number }[];
      ratios: Record<string, number>;
    };
    expect(report.rows.map((x) => x.label)).toEqual([
      'wink-nlp readDoc+sentences+entities', 'compromise nlp().json()', 'baseline (1 worker)',
      'baseline (1 worker, in turn with wink-nlp on 1 worker)', 'baseline (2 workers)',
    ]);
    for (const row of report.rows) {
      expect(row.failed).toBe(0);
      expect(row.stageCrashes).toBe(0);
      expect(row.mbPerSec).toBeGreaterThan(0);
      expect(row.rssMB).toHaveLength(3);
      // CPU time of the timed part (every thread), and the untimed start-up beside it.
      expect(row.cpuSeconds).toBeGreaterThan(0);
      expect(row.startupSeconds).toBeGreaterThanOrEqual(0);
    }
    // Worker phases start (and warm) their threads before the clock starts.
    const multi = report.rows.find((x) => x.label === 'baseline (2 workers)');
    expect(multi?.startupSeconds).toBeGreaterThan(0.05);
    expect(Object.keys(report.ratios)).toEqual([
      'baseline (1 worker) / wink-nlp alone, MB/s',
      'baseline (1 worker) / wink-nlp alone, by CPU time per document',
      'baseline (1 worker) / wink-nlp alone (1 worker), in turn over blocks of 240 documents, MB/s, median of runs',
      'baseline 2 workers / 1 worker, docs/s',
      'baseline 2 workers / 1 worker, ceiling: cores for them / cores busy at 1 worker',
    ]);
    // The ceiling: the cores 2 workers can have here over the cores one worker kept busy.
    const one = report.rows.find((x) => x.label === 'baseline (1 worker)');
    const busy = (one?.cpuSeconds ?? 0) / (one?.seconds ?? 1);
    expect(report.ratios['baseline 2 workers / 1 worker, ceiling: cores for them / cores busy at 1 worker']).toBeCloseTo(Math.min(2, availableParallelism()) / busy, 6);
    expect(r.stdout).toMatch(/CPU ms\/doc.*cores busy.*per worker/);
    // CPU by thread (Linux): the extractor's work on the worker threads, not on the main thread
    // that only reads and writes; in-thread phases have no workers; paired phases no split.
    if (process.platform === 'linux') {
      const split = (label: string): ThreadSplit | undefined => (report.rows.find((x) => x.label === label) as { threadMsPerDoc?: ThreadSplit } | undefined)?.threadMsPerDoc;
      const wink = split('wink-nlp readDoc+sentences+entities');
      expect(wink?.workers).toBe(0);
      expect(wink?.main).toBeGreaterThan(0);
      for (const label of ['baseline (1 worker)', 'baseline (2 workers)']) {
        const t = split(label);
        expect(t?.workers).toBeGreaterThan(t?.main ?? Infinity);
        expect(t?.helpers).toBeGreaterThanOrEqual(0);
      }
      expect(split('baseline (1 worker, in turn with wink-nlp on 1 worker)')).toBeUndefined();
      expect(r.stdout).toMatch(/baseline \(2 workers\): CPU by thread, ms per document: main [\d.]+, workers [\d.]+, other threads/);
    }
  }, 120_000);

  it('runs repeated phases in rounds and reports the median run of each, and the ratio paired by round', () => {
    const json = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bench.json');
    const r = spawnSync(process.execPath, [BIN, 'bench', '--docs', '5', '--phases', 'wink', 'single', '-e', 'baseline', '--repeat', '3', '--json', json], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const order = [...r.stderr.matchAll(/claims bench: (.+), run (\d)\/3/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(order).toEqual([
      'wink-nlp readDoc+sentences+entities 1', 'baseline (1 worker) 1',
      'wink-nlp readDoc+sentences+entities 2', 'baseline (1 worker) 2',
      'wink-nlp readDoc+sentences+entities 3', 'baseline (1 worker) 3',
    ]);
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      rows: { label: string; mbPerSec: number; mbPerSecByRound: number[] }[];
      ratios: Record<string, number>;
    };
    const [wink, one] = report.rows;
    expect(wink?.mbPerSecByRound).toHaveLength(3);
    expect(one?.mbPerSecByRound).toHaveLength(3);
    // The reported row is the median run of its three.
    expect([...(one?.mbPerSecByRound ?? [])].sort((a, b) => a - b)[1]).toBe(one?.mbPerSec);
    const own = (one?.mbPerSecByRound ?? []).map((v, i) => v / (wink?.mbPerSecByRound[i] ?? 0)).sort((a, b) => a - b);
    expect(report.ratios["baseline (1 worker) / wink-nlp alone, MB/s, median of each round's own ratio"]).toBeCloseTo(own[1] ?? -1, 9);
  }, 120_000);

  it('runs the extractor at 1 worker in turn with wink-nlp alone on a worker of its own, over the same documents, each outside the other\'s clock', () => {
    const json = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bench.json');
    const r = spawnSync(process.execPath, [BIN, 'bench', '--docs', '260', '--phases', 'paired', '-e', 'baseline', '--repeat', '2', '--json', json], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      rows: { label: string; docs: number; bytes: number; failed: number; seconds: number; mbPerSec: number; mbPerSecByRound: number[]; inTurnMbPerSecByRound?: number[]; inTurn?: { label: string; docs: number; bytes: number; seconds: number; mbPerSec: number; p50ms: number; cpuSeconds: number; blockDocs: number } }[];
      ratios: Record<string, number>;
    };
    expect(report.rows.map((x) => x.label)).toEqual(['baseline (1 worker, in turn with wink-nlp on 1 worker)']);
    const [row] = report.rows;
    const turn = row?.inTurn;
    // wink-nlp read the same documents (two turns here: 240, then the last 20), timed apart from the extractor
    expect(turn).toMatchObject({ label: 'wink-nlp readDoc+sentences+entities (1 worker, in turn)', docs: 260, bytes: row?.bytes, blockDocs: 240 });
    expect(row?.failed).toBe(0);
    expect(turn?.seconds).toBeGreaterThan(0);
    expect(turn?.p50ms).toBeGreaterThan(0);
    expect(turn?.cpuSeconds).toBeGreaterThan(0);
    expect(turn?.mbPerSec).toBeCloseTo((turn?.bytes ?? 0) / 1024 / 1024 / (turn?.seconds ?? 1), 6);
    // the extractor's clock leaves wink-nlp's turns out: its MB/s is its bytes over its own seconds
    expect(row?.mbPerSec).toBeCloseTo((row?.bytes ?? 0) / 1024 / 1024 / (row?.seconds ?? 1), 6);
    expect(Object.keys(report.ratios)).toEqual(['baseline (1 worker) / wink-nlp alone (1 worker), in turn over blocks of 240 documents, MB/s, median of runs']);
    // two runs: the median of the runs' own ratios (each run's extractor over its own wink-nlp turns) is their mean
    const own = (row?.mbPerSecByRound ?? []).map((v, i) => v / (row?.inTurnMbPerSecByRound?.[i] ?? 0));
    expect(own).toHaveLength(2);
    expect(report.ratios['baseline (1 worker) / wink-nlp alone (1 worker), in turn over blocks of 240 documents, MB/s, median of runs']).toBeCloseTo(((own[0] ?? 0) + (own[1] ?? 0)) / 2, 9);
    expect(r.stdout).toMatch(/its turns of wink-nlp alone on a worker of its own, 260 docs: [\d.]+ docs\/s/);
  }, 120_000);

  it('times rules stage by stage when asked (--phases stages), beside wink-nlp alone', () => {
    const json = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bench.json');
    const r = spawnSync(process.execPath, [BIN, 'bench', '--docs', '20', '--phases', 'wink', 'stages', '-e', 'rules', '--json', json], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      rows: { label: string; docs: number; bytes: number; failed: number; stageCrashes: number; p50ms: number; seconds: number; stageMsPerDoc?: Record<string, number> }[];
      ratios: Record<string, number>;
    };
    expect(report.rows.map((x) => x.label)).toEqual(['wink-nlp readDoc+sentences+entities', 'rules by stage (one thread, no worker)']);
    const [wink, staged] = report.rows;
    expect(wink?.stageMsPerDoc).toBeUndefined();
    // every stage of every document ran (a crashed stage would make its time look short)
    expect(staged?.stageCrashes).toBe(0);
    expect(r.stderr).not.toMatch(/WARNING/);
    // The timed documents only (the warm-up's are not counted): the same texts as wink-nlp's.
    expect(staged?.docs).toBe(20);
    expect(staged?.bytes).toBe(wink?.bytes);
    expect(Object.keys(staged?.stageMsPerDoc ?? {})).toEqual(['ingest', 'wink sentence boundaries', 'actors', 'figures', 'claims', 'format', 'wink-nlp alone, interleaved']);
    for (const ms of Object.values(staged?.stageMsPerDoc ?? {})) expect(ms).toBeGreaterThan(0);
    // wink-nlp alone ran in turn with the pipeline, outside the phase's clock: the phase's time per
    // document is the pipeline's stages, and the ratio is wink-nlp's time over theirs.
    const ms = staged?.stageMsPerDoc ?? {};
    const total = ['ingest', 'actors', 'figures', 'claims', 'format'].reduce((sum, k) => sum + (ms[k] ?? 0), 0);
    const winkMs = ms['wink-nlp alone, interleaved'] ?? 0;
    expect((1000 * (staged?.seconds ?? 0)) / 20).toBeLessThan(total + winkMs / 2);
    const ratio = Object.entries(report.ratios).find(([k]) => k.includes('interleaved'))?.[1];
    expect(ratio).toBeCloseTo(winkMs / total, 9);
    expect(r.stdout).toMatch(/rules by stage \(one thread, no worker\), ms per document: ingest [\d.]+, wink sentence boundaries [\d.]+, actors/);
  }, 120_000);

  it('refuses an unknown extractor or phase with a clear message', () => {
    const r = spawnSync(process.execPath, [BIN, 'bench', '-e', 'nope'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown extractor\(s\) nope/);
    const p = spawnSync(process.execPath, [BIN, 'bench', '--phases', 'warp'], { encoding: 'utf8' });
    expect(p.status).toBe(2);
    expect(p.stderr).toMatch(/unknown phase\(s\) warp/);
    const c = spawnSync(process.execPath, [BIN, 'bench', '--phases', 'instructions', '--count-docs', '0'], { encoding: 'utf8' });
    expect(c.status).toBe(2);
    expect(c.stderr).toMatch(/--count-docs must be at least 1/);
  });

  it('refuses the instructions phase with a clear message where valgrind is missing', () => {
    const r = spawnSync(process.execPath, [BIN, 'bench', '--phases', 'instructions', '-e', 'rules'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: '/nonexistent' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/instructions phase needs valgrind/);
  });

  it('warns of each phase where a stage crashed, since its speed is not the full pipeline\'s', () => {
    const row = (label: string, stageCrashes: number): PhaseResult & { label: string } => ({
      phase: 'rules', label, docs: 10, bytes: 100, seconds: 1, docsPerSec: 10, mbPerSec: 0.1, p50ms: 1, p99ms: 2, peakRssMB: 100,
      rssMB: [1, 2, 3], failed: 0, stageCrashes, workers: 1, cpuSeconds: 1, startupSeconds: 0,
    });
    expect(crashWarnings([row('rules (1 worker)', 0), row('rules (2 workers)', 3)])).toEqual([
      'claims bench: WARNING: rules (2 workers): 3 documents had a stage crash (extractor-crash): its speed measures less than the full pipeline',
    ]);
    expect(crashWarnings([row('rules (1 worker)', 0)])).toEqual([]);
  });

  it('says the simulated misses of an instruction count per document, in thousands', () => {
    expect(cacheLine({ i1Misses: 158_743, d1Misses: 127_180, llMisses: 8_557, branches: 4_711_934, mispredicts: 266_781, indirectMispredicts: 40_554 })).toBe(
      'per document, simulated: L1 instruction misses 158.7 k, L1 data misses 127.2 k, last-level (1 MB) misses 8.6 k, ' +
        'mispredicted branches 266.8 k of 4711.9 k (indirect 40.6 k)',
    );
  });
});
