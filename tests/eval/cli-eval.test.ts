import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runEval } from '../../src/cli/commands/eval.ts';
import { UsageError } from '../../src/cli/io.ts';
import { registerExtractor } from '../../src/pipeline/registry.ts';
import type { ExtractionRecord } from '../../src/types/index.ts';
import { FIXTURES, shuffled } from './helpers.ts';

const base = { split: 'all', corpus: `${FIXTURES}corpus`, gold: `${FIXTURES}gold` };
const PRED = `${FIXTURES}pred.jsonl`;

let out = '';
beforeEach(() => {
  out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('claims eval --pred', () => {
  it('scores a saved output file, one column per system (worked example)', async () => {
    const [good, thin] = await runEval({ ...base, pred: PRED });
    expect(good?.name).toBe('good');
    // 7 gold claims; good predicts them all plus one spurious: P 7/8, R 1.
    expect(good?.micro.claims.detection).toMatchObject({ tp: 7, fp: 1, fn: 0, precision: 7 / 8, recall: 1 });
    // one claimant wrong: strict tp 6, fp 8 - 6, fn 7 - 6 -> F1 12/15
    expect(good?.micro.claims.strict.f1).toBeCloseTo(0.8, 10);
    expect(good?.micro.claims.claimantsLenient.accuracy).toBe(1); // Anna Kolar speaks for Borduria
    expect(good?.micro.figures.value).toMatchObject({ correct: 5, total: 6 });
    // thin has no record for vekla-fine: an error row, scored as missed
    expect(thin?.docs.find((d) => d.doc === 'vekla-fine')?.failure).toMatch(/no record/);
    expect(thin?.micro.claims.detection).toMatchObject({ tp: 0, fn: 7 });
    expect(out).toMatch(/\| metric \(micro\)\s+\|\s+good \|\s+thin \|/);
    expect(out).toMatch(/\| \*\*strict claim F1\*\*\s+\|\s+0\.800 \|\s+0\.000 \|/);
    expect(out).toContain('## per document');
  });

  it('writes byte-identical JSON on every run, whatever the order of records and items', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-eval-'));
    await runEval({ ...base, pred: PRED, json: join(dir, 'a.json') });
    await runEval({ ...base, pred: PRED, json: join(dir, 'b.json') });
    const a = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(a);

    const records = readFileSync(PRED, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ExtractionRecord);
    const mixed = shuffled(records, 7).map((r, i) => ({ ...r, actors: shuffled(r.actors, i + 1), figures: shuffled(r.figures, i + 2), claims: shuffled(r.claims, i + 3) }));
    writeFileSync(join(dir, 'pred.jsonl'), mixed.map((r) => JSON.stringify(r)).join('\n'));
    await runEval({ ...base, pred: join(dir, 'pred.jsonl'), json: join(dir, 'c.json') });
    const systems = (s: string): string => JSON.stringify((JSON.parse(s) as { systems: unknown }).systems);
    expect(systems(readFileSync(join(dir, 'c.json'), 'utf8'))).toBe(systems(a));
  });

  it('lists errors grouped by cause, most frequent first, with sentences', async () => {
    await runEval({ ...base, pred: PRED, errors: true });
    const good = out.slice(out.indexOf('## errors: good'), out.indexOf('## errors: thin'));
    const groups = [...good.matchAll(/^### (.*) \((\d+)\)$/gm)].map((m) => [m[1], Number(m[2])] as const);
    expect(groups[0]).toEqual(['ingest spurious: drop snippet left in cleaned text', 2]);
    expect(groups.map((g) => g[0])).toContain('claim spurious: said-passive');
    expect(good).toContain('claimants: gold [Borduria] / predicted [Anna Kolar]');
    expect(good).toContain('"Borduria denied any involvement."');
    const counts = groups.map((g) => g[1]);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });

  it('scores only the documents of a split', async () => {
    const [good] = await runEval({ ...base, pred: PRED, split: 'dev' });
    expect(good?.docs.map((d) => d.doc)).toEqual(['ruritania-hack']);
    await expect(runEval({ ...base, pred: PRED, split: 'train' })).rejects.toThrow(UsageError);
  });
});

describe('claims eval --against-gold', () => {
  it('scores gold against itself as 1.0 (the agreement path: cleaned text from ingest, goldToRecord)', async () => {
    const [r] = await runEval({ ...base, againstGold: `${FIXTURES}gold` });
    expect(r?.micro.claims.strict.f1).toBe(1);
    expect(r?.micro.figures.strict.f1).toBe(1);
    expect(r?.micro.actors.detection.f1).toBe(1);
    expect(r?.micro.claims.targetsLenient.accuracy).toBe(1);
  });
});

describe('claims eval with extractors', () => {
  registerExtractor('test-crashes-on-vekla', () => ({
    name: 'test-crashes-on-vekla',
    version: '0',
    description: 'throws on one document',
    extract(doc): ExtractionRecord {
      if (doc.id === 'vekla-fine') throw new Error('boom');
      return { doc: doc.id, extractor: 'test-crashes-on-vekla@0', title: doc.title, text: doc.text, actors: [], figures: [], claims: [], messages: [] };
    },
  }));

  it('turns a throw into an error row and goes on', async () => {
    const [r] = await runEval({ ...base, extractor: ['test-crashes-on-vekla'] });
    expect(r?.docs.map((d) => [d.doc, d.failure])).toEqual([
      ['ruritania-hack', null],
      ['vekla-fine', 'test-crashes-on-vekla threw: boom'],
    ]);
    expect(r?.micro.ingest.keepRecall).toBe(1);
    expect(out).toMatch(/\| vekla-fine\s+\|\s+ERR \|/);
  });

  it('names the known extractors when asked for an unknown one', async () => {
    await expect(runEval({ ...base, extractor: ['no-such-extractor'] })).rejects.toThrow(/unknown extractor "no-such-extractor" \(known: .*test-crashes-on-vekla/);
  });
});
