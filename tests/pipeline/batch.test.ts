import { describe, expect, it, vi } from 'vitest';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { BUSY_EARLY_OPT_BYTECODE, BUSY_INTERRUPT_BUDGET, DEFAULT_HEAP_GROWING_PERCENT, runBatch, type BatchOptions } from '../../src/pipeline/batch.ts';
import { toWire, type DocFailure } from '../../src/pipeline/process.ts';
import { threadCpu } from '../../src/bench/threads.ts';
import { formatRecord } from '../../src/pipeline/format.ts';
import type { ExtractionRecord, InputFailure, RawArticle } from '../../src/types/index.ts';
import '../fixtures/pipeline/plugin.ts';

const PLUGIN = new URL('../fixtures/pipeline/plugin.ts', import.meta.url).href;
void fileURLToPath;

/** A realistic short article: ingest treats one-line bodies as teasers, so two full paragraphs. */
const BODY = (i: number): string =>
  `Officials in the capital said on Tuesday that article ${i} describes a long investigation into a series of attacks on public institutions across the region.\n\nThe ministry said the inquiry would continue for several months and that more details would be published when the work is complete.`;

function article(i: number, body = ''): RawArticle {
  return { id: `d${i}`, format: 'txt', raw: `Headline ${i}\n\n${body}${BODY(i)}`, origin: `test:${i}` };
}

async function* from(items: readonly (RawArticle | InputFailure)[]): AsyncGenerator<RawArticle | InputFailure> {
  for (const x of items) yield x;
}

async function run(items: readonly (RawArticle | InputFailure)[], o: Partial<BatchOptions>, wantRecords = true) {
  const records: ExtractionRecord[] = [];
  const failures: DocFailure[] = [];
  const summary = await runBatch(from(items), {
    extractor: 'test-echo',
    workers: 0,
    ordered: true,
    docTimeoutMs: null,
    plugins: [PLUGIN],
    ...(wantRecords ? { onRecord: (r: ExtractionRecord) => void records.push(r) } : {}),
    onFailure: (f) => void failures.push(f),
    ...o,
  });
  return { records, failures, summary };
}

describe('runBatch', () => {
  it("sets V8's GC flags for the process: no parallel scavenger, the old generation's growth asked for (with workers)", async () => {
    const spy = vi.spyOn(v8, 'setFlagsFromString');
    // (the compiler flags, set or not by the number of cores, have a test of their own)
    const gcFlags = (): string[][] => spy.mock.calls.filter((c) => !/^--(?:interrupt-budget|max-bytecode-size-for-early-opt)=/.test(String(c[0]))).map((c) => [String(c[0])]);
    try {
      await run([article(0)], { workers: 1 });
      expect(gcFlags()).toEqual([['--no-parallel-scavenge'], [`--heap-growing-percent=${DEFAULT_HEAP_GROWING_PERCENT}`]]);
      spy.mockClear();
      const { records } = await run([article(1)], { workers: 1, parallelScavenge: true, heapGrowingPercent: 100 });
      expect(gcFlags()).toEqual([['--parallel-scavenge'], ['--heap-growing-percent=100']]);
      expect(records.map((r) => r.doc)).toEqual(['d1']);
      spy.mockClear();
      // in this thread (no worker), V8's own growth: this heap has no cap
      await run([article(2)], { heapGrowingPercent: 100 });
      expect(gcFlags()).toEqual([['--no-parallel-scavenge'], ['--heap-growing-percent=0']]);
    } finally {
      spy.mockRestore();
      v8.setFlagsFromString('--no-parallel-scavenge');
      v8.setFlagsFromString(`--heap-growing-percent=${DEFAULT_HEAP_GROWING_PERCENT}`);
    }
  });

  it('sets a larger interrupt budget and no early optimisation when the workers take every core, or when asked', async () => {
    const spy = vi.spyOn(v8, 'setFlagsFromString');
    const compilerFlags = (): string[] => spy.mock.calls.map((c) => String(c[0])).filter((f) => /^--(?:interrupt-budget|max-bytecode-size-for-early-opt)=/.test(f));
    try {
      await run([article(0)], { workers: availableParallelism() });
      expect(compilerFlags()).toEqual([`--interrupt-budget=${BUSY_INTERRUPT_BUDGET}`, `--max-bytecode-size-for-early-opt=${BUSY_EARLY_OPT_BYTECODE}`]);
      spy.mockClear();
      // a core left free (here: none used, everything in this thread): V8's own
      await run([article(1)], {});
      expect(compilerFlags()).toEqual([]);
      spy.mockClear();
      await run([article(2)], { interruptBudget: 100_000, earlyOptBytecode: 40 });
      expect(compilerFlags()).toEqual(['--interrupt-budget=100000', '--max-bytecode-size-for-early-opt=40']);
    } finally {
      spy.mockRestore();
      v8.setFlagsFromString('--interrupt-budget=67584');
      v8.setFlagsFromString('--max-bytecode-size-for-early-opt=81');
    }
  });

  it('keeps input order, reports unreadable input and goes on', async () => {
    const bad: InputFailure = {
      failed: true, id: null, origin: 'x.jsonl:3',
      message: { level: 'error', code: 'bad-json', message: 'Unexpected token', stage: 'read' },
    };
    const items = [article(0), article(1), bad, article(3)];
    const { records, failures, summary } = await run(items, {});
    expect(records.map((r) => r.doc)).toEqual(['d0', 'd1', 'd3']);
    expect(failures).toEqual([{ doc: null, origin: 'x.jsonl:3', stage: 'read', code: 'bad-json', message: 'Unexpected token' }]);
    expect(summary).toMatchObject({ read: 4, ok: 3, failed: 1, skipped: 0 });
  });

  it('turns an extractor crash into a failure and an error record, and goes on', async () => {
    const { records, failures } = await run([article(0), article(1, 'POISON here. '), article(2)], {});
    expect(records.map((r) => r.doc)).toEqual(['d0', 'd1', 'd2']);
    expect(records[1]?.messages.map((m) => m.code)).toContain('extractor-crash');
    expect(failures.map((f) => [f.doc, f.stage, f.code])).toEqual([['d1', 'extract', 'extractor-crash']]);
  });

  it('skips documents already done (resume)', async () => {
    const { records, summary } = await run([article(0), article(1), article(2)], { skip: new Set(['d1']) });
    expect(records.map((r) => r.doc)).toEqual(['d0', 'd2']);
    expect(summary.skipped).toBe(1);
  });

  it('runs on worker threads in input order, and stops a runaway document at its time limit', async () => {
    const items = [article(0), article(1, 'SPIN forever. '), ...Array.from({ length: 12 }, (_, i) => article(i + 2))];
    const { records, failures, summary } = await run(items, { workers: 2, docTimeoutMs: 3000 });
    expect(records.map((r) => r.doc)).toEqual(items.filter((_, i) => i !== 1).map((a) => a.id));
    expect(failures.map((f) => [f.doc, f.stage, f.code])).toEqual([['d1', 'timeout', 'doc-timeout']]);
    expect(summary).toMatchObject({ ok: 13, failed: 1 });
  });

  it('caps each worker\'s heap: a document that would take all memory fails alone', async () => {
    const items = [article(0), article(1, 'HOG the heap. '), ...Array.from({ length: 6 }, (_, i) => article(i + 2))];
    const { records, failures, summary } = await run(items, { workers: 2, docTimeoutMs: 20_000, workerHeapMb: 64 });
    expect(records.map((r) => r.doc)).toEqual(items.filter((_, i) => i !== 1).map((a) => a.id));
    expect(failures.map((f) => [f.doc, f.stage, f.code])).toEqual([['d1', 'worker', 'worker-crash']]);
    expect(failures[0]?.message).toMatch(/memory/i);
    expect(summary).toMatchObject({ ok: 7, failed: 1 });
  }, 30_000);

  it('bounds the documents in flight by the window (memory stays flat)', async () => {
    let pulled = 0;
    let maxAhead = 0;
    let written = 0;
    async function* gen(): AsyncGenerator<RawArticle> {
      for (let i = 0; i < 200; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - written);
        yield article(i);
      }
    }
    await runBatch(gen(), {
      extractor: 'test-echo', workers: 0, ordered: true, docTimeoutMs: null, plugins: [], window: 8,
      onRecord: () => void written++, onFailure: () => undefined,
    });
    expect(written).toBe(200);
    expect(maxAhead).toBeLessThanOrEqual(9);
  });
  it('runs documents in batches in this thread too (0 workers), each with its own record, in input order', async () => {
    const items = Array.from({ length: 40 }, (_, i) => article(i, i === 21 ? 'POISON here. ' : ''));
    const { records, failures } = await run(items, { extractor: 'test-batch' });
    expect(records.map((r) => r.doc)).toEqual(items.map((a) => a.id));
    const sizes = records.map((r) => Number(/\[batch of (\d+)\]/.exec(r.title)?.[1] ?? 0));
    // the poisoned document's batch threw and was run again one by one: it alone fails
    expect(failures.map((f) => f.doc)).toEqual(['d21']);
    expect(records[21]?.messages.map((m) => m.code)).toContain('extractor-crash');
    const batched = sizes.filter((n, i) => i !== 21 && n > 0);
    expect(Math.max(...batched)).toBeGreaterThan(1);
    expect(Math.max(...batched)).toBeLessThanOrEqual(16);
    // batchDocs 1: one at a time (extract, not extractBatch)
    const one = await run(items.slice(0, 5), { extractor: 'test-batch', batchDocs: 1 });
    expect(one.records.map((r) => r.title).every((t) => !t.includes('[batch'))).toBe(true);
  });

  it('formats records in the worker when only the output text is wanted, in input order', async () => {
    const items = [article(0), article(1, 'POISON here. '), article(2), article(3)];
    for (const workers of [0, 1]) {
      const texts: string[] = [];
      const { records, failures } = await run(items, {
        workers,
        output: 'jsonl',
        onOutput: (t, doc) => void texts.push(`${doc}\t${t}`),
      }, false);
      // No record objects at all: only the text crossed over.
      expect(records).toEqual([]);
      expect(texts.map((t) => t.split('\t')[0])).toEqual(['d0', 'd1', 'd2', 'd3']);
      const parsed = texts.map((t) => JSON.parse(t.split('\t')[1] ?? '') as ExtractionRecord);
      expect(parsed.map((r) => r.doc)).toEqual(['d0', 'd1', 'd2', 'd3']);
      // The crashed document still yields its error record (issue 5), and a failure.
      expect(parsed[1]?.messages.map((m) => m.code)).toContain('extractor-crash');
      expect(failures.map((f) => f.doc)).toEqual(['d1']);
      expect(texts.every((t) => t.endsWith('}\n'))).toBe(true);
    }
  }, 30_000);

  it('gives both the record and its text when both are asked for', async () => {
    const texts: string[] = [];
    const { records } = await run([article(0), article(1)], { output: 'jsonl', onOutput: (t) => void texts.push(t) });
    expect(records.map((r) => r.doc)).toEqual(['d0', 'd1']);
    expect(texts).toEqual(records.map((r) => formatRecord(r, 'jsonl')));
  });

  it('sends again a document that was queued behind a stopped one on the same worker', async () => {
    // One worker takes two documents at once: d1 waits behind the runaway d0, goes down
    // with the stopped worker without having started, and is run again on a fresh one.
    const items = [article(0, 'SPIN forever. '), article(1), article(2)];
    const { records, failures, summary } = await run(items, { workers: 1, docTimeoutMs: 1500 });
    expect(records.map((r) => r.doc)).toEqual(['d1', 'd2']);
    expect(failures.map((f) => [f.doc, f.code])).toEqual([['d0', 'doc-timeout']]);
    expect(summary).toMatchObject({ ok: 2, failed: 1 });
  }, 30_000);
});

describe('runBatch warm-up', () => {
  it('runs the warm-up documents on every worker before onReady, and emits none of them', async () => {
    const events: string[] = [];
    let tids: readonly number[] = [];
    let live: ReadonlySet<number> = new Set();
    const { records } = await run([article(0), article(1), article(2)], {
      workers: 2,
      warmup: [article(90), article(91, 'POISON here. ')],
      onReady: (ready) => {
        events.push('ready');
        tids = ready.workerTids;
        live = new Set(threadCpu()?.keys() ?? []);
      },
      onRecord: (r) => void events.push(r.doc),
    });
    expect(records).toEqual([]);
    expect(events).toEqual(['ready', 'd0', 'd1', 'd2']);
    // (Linux) the kernel's ids of the two worker threads, for the benchmark's CPU by thread:
    // two threads of this process, neither of them this one
    if (process.platform === 'linux') {
      expect(new Set(tids).size).toBe(2);
      for (const t of tids) {
        expect(t).not.toBe(process.pid);
        expect(live.has(t)).toBe(true);
      }
    }
  }, 30_000);

  it('warms this thread too when there are no workers', async () => {
    const events: string[] = [];
    await run([article(0)], { warmup: [article(90)], onReady: (ready) => void events.push(`ready ${ready.workerTids.length}`), onRecord: (r) => void events.push(r.doc) });
    expect(events).toEqual(['ready 0', 'd0']);
  });
});

describe('toWire', () => {
  const record: ExtractionRecord = { doc: 'x', extractor: 'e@1', title: 'T', text: 'T', actors: [], figures: [], claims: [], messages: [] };
  const ok = { ok: true as const, record, ms: 1 };

  it('keeps the record by default and replaces it by its text when only the text is wanted', () => {
    expect(toWire(ok, {})).toBe(ok);
    expect(toWire(ok, { output: 'jsonl', record: false })).toEqual({ ok: true, ms: 1, text: formatRecord(record, 'jsonl') });
    expect(toWire(ok, { output: 'jsonl', record: true })).toEqual({ ok: true, ms: 1, record, text: formatRecord(record, 'jsonl') });
    expect(toWire(ok, { record: false })).toEqual({ ok: true, ms: 1 });
  });

  it('keeps a failure without a record as it is', () => {
    const failed = { ok: false as const, failure: { doc: 'x', origin: 'o', stage: 'ingest', code: 'empty-body', message: 'm' }, ms: 2 };
    expect(toWire(failed, { output: 'jsonl', record: false })).toBe(failed);
  });
});
