import { Worker } from 'node:worker_threads';
import { BATCH_DOCS, DEFAULT_WORKER_HEAP_MB, DEFAULT_WORKER_YOUNG_MB, runBatch } from '../pipeline/batch.ts';
import type { StageTimes } from '../extract/rules.ts';
import type { wink } from '../nlp/wink.ts';
import { EXTRACTOR_CRASH, type InputFailure, type RawArticle } from '../types/index.ts';
import { generateDocs, loadPool } from './corpus.ts';
import { splitCpu, threadCpu, type ThreadCpu, type ThreadSplit } from './threads.ts';

/**
 * One benchmark phase, run in a process of its own (so its peak RSS is its own): the
 * raw libraries over the same texts, or an extractor through the batch runner.
 */

export interface PhaseSpec {
  readonly phase: string;
  readonly corpus: string;
  readonly docs: number;
  readonly seed: number;
  readonly workers: number;
}

export interface PhaseResult {
  readonly phase: string;
  readonly docs: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly docsPerSec: number;
  readonly mbPerSec: number;
  readonly p50ms: number;
  readonly p99ms: number;
  readonly peakRssMB: number;
  /** RSS (MB) after 10%, 50% and 100% of the documents: flat means streaming works. */
  readonly rssMB: readonly number[];
  readonly failed: number;
  /**
   * Documents whose record carries an `extractor-crash` message: a stage threw, the record
   * went out without it, and its time measures less than the full pipeline. Anything but 0
   * makes the phase's speed meaningless (a missing data file once made a build look 25% faster).
   */
  readonly stageCrashes: number;
  readonly workers: number;
  /** CPU seconds of the whole process (every thread) over the timed part. */
  readonly cpuSeconds: number;
  /** Seconds before the first document (loading the model, starting and warming workers), not timed. */
  readonly startupSeconds: number;
  /**
   * The `stages` phase only: milliseconds per document in each stage of `rules`, in pipeline
   * order (see runStages). `wink sentence boundaries` is a part of `ingest`, not added to the total.
   */
  readonly stageMsPerDoc?: Readonly<Record<string, number>>;
  /**
   * A `paired:<extractor>` phase only: wink-nlp alone on a worker thread of its own, run in
   * turn with the extractor's one worker over the same documents (see PAIR_BLOCK). The phase's
   * own figures are the extractor's, with these turns kept out of its clock.
   */
  readonly inTurn?: InTurnResult;
  /**
   * CPU ms per document by thread (Linux only; not for `stages` and `paired:*`, whose clocks
   * leave out work that other threads would count): the main thread, the worker threads,
   * and the rest (V8's compiler and GC helpers). See threads.ts.
   */
  readonly threadMsPerDoc?: ThreadSplit;
}

/** wink-nlp alone, in turn with the extractor (`PhaseResult.inTurn`). */
export interface InTurnResult {
  readonly label: string;
  readonly docs: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly docsPerSec: number;
  readonly mbPerSec: number;
  readonly p50ms: number;
  readonly p99ms: number;
  /** CPU seconds of the whole process over wink-nlp's turns. */
  readonly cpuSeconds: number;
  /** Documents per turn. */
  readonly blockDocs: number;
}

/** The phase name that runs an extractor at one worker in turn with wink-nlp alone at one worker. */
export const PAIRED_PREFIX = 'paired:';

/**
 * Documents per turn in a paired phase: 15 of the workers' batches, about a second of the
 * pipeline's time. Both sides then run under the same load from the rest of the machine,
 * seconds apart: on this shared host two identical runs a minute apart moved by up to 40%
 * (4.9-7.0 ms per document), which the ratio of two phases cannot tell from a real change.
 * Long enough turns that each runs mostly with its own code and data in the CPU caches, and
 * that the pipeline's pause at each turn (its last batch ends before wink-nlp starts, and its
 * window fills again after) costs it little.
 */
export const PAIR_BLOCK = 15 * BATCH_DOCS;

/** The time limit per document `claims extract` uses by default: the bench runs what users run. */
const DOC_TIMEOUT_MS = 30_000;

/**
 * Documents (another seed) each phase runs before its clock starts, so every phase is timed
 * with its code compiled: V8 goes on optimising the extractors for ~2,500 articles, most of
 * it in the first 1,000 (background compilation 11 ms/doc over the first 500, 0.3 ms/doc
 * after 2,500), and with N workers each compiles on its own, on the cores the others need.
 * The time this takes is in `startupSeconds`, not in the throughput.
 */
const WARMUP_DOCS = 1000;
/** How a stage crash reads in a JSONL record (one record a line: see PhaseResult.stageCrashes). */
export const CRASH_MARK = `"code":${JSON.stringify(EXTRACTOR_CRASH)}`;
export const WARMUP_SEED_OFFSET = 7919;

/**
 * What "wink-nlp alone" runs over one text, in every phase that has it: the full pipe's
 * `readDoc`, with its sentences and entities read out (`wink-worker.js` does the same in plain JS).
 */
export function winkAlone(w: ReturnType<typeof wink>, text: string): void {
  const doc = w.readDoc(text);
  doc.sentences().out();
  doc.entities().out();
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const MB = 1024 * 1024;

/** Latencies kept in a preallocated typed array: no per-document garbage. */
class Recorder {
  private readonly lat: Float64Array;
  private n = 0;
  readonly rss: number[] = [];
  private readonly marks: Set<number>;
  constructor(readonly total: number) {
    this.lat = new Float64Array(total);
    this.marks = new Set([Math.ceil(total * 0.1), Math.ceil(total * 0.5), total]);
  }
  add(ms: number): void {
    if (this.n < this.lat.length) this.lat[this.n] = ms;
    this.n++;
    if (this.marks.has(this.n)) this.rss.push(Math.round(process.memoryUsage.rss() / MB));
  }
  sorted(): Float64Array {
    return this.lat.subarray(0, Math.min(this.n, this.lat.length)).sort();
  }
}

export async function runPhase(spec: PhaseSpec): Promise<PhaseResult> {
  const pool = loadPool(spec.corpus);
  const rec = new Recorder(spec.docs);
  let bytes = 0;
  let failed = 0;
  let stageCrashes = 0;
  let stageMsPerDoc: Record<string, number> | undefined;
  let inTurn: InTurnResult | undefined;
  const docs = (): Generator<RawArticle> => generateDocs(pool, spec.docs, spec.seed);
  const warmup = (n: number): RawArticle[] => [...generateDocs(pool, Math.min(n, spec.docs), spec.seed + WARMUP_SEED_OFFSET)];
  const tStart = performance.now();
  let t0 = tStart;
  let cpu0 = process.cpuUsage();
  let stopped: { t: number; cpu: NodeJS.CpuUsage } | null = null;
  // CPU by thread over the same documents as the clock (threads1: when the last one is done)
  let threads0: ThreadCpu | null = null;
  let threads1: ThreadCpu | null = null;
  let workerTids: readonly number[] = [];
  const startClock = (ready?: { readonly workerTids: readonly number[] }): void => {
    t0 = performance.now();
    cpu0 = process.cpuUsage();
    threads0 = threadCpu();
    workerTids = ready?.workerTids ?? [];
  };
  const stopClock = (): void => {
    stopped = { t: performance.now(), cpu: process.cpuUsage(cpu0) };
  };
  // Time inside the clock that is not the phase's own (the stages phase's interleaved wink-nlp).
  const excluded = { ms: 0, user: 0, system: 0 };
  const exclude = (ms: number, cpu: NodeJS.CpuUsage): void => {
    excluded.ms += ms;
    excluded.user += cpu.user;
    excluded.system += cpu.system;
  };
  // The libraries are imported by the phases that use them only: an extractor phase's
  // main thread holds no model of its own, as in `claims extract`.
  if (spec.phase === 'wink') {
    const w = (await import('../nlp/wink.ts')).wink();
    for (const d of warmup(WARMUP_DOCS)) winkAlone(w, d.raw);
    startClock();
    for (const d of docs()) {
      const t = performance.now();
      winkAlone(w, d.raw);
      bytes += d.raw.length;
      rec.add(performance.now() - t);
    }
    threads1 = threadCpu();
  } else if (spec.phase === 'compromise') {
    const nlp = (await import('../nlp/compromise.ts')).compromise();
    // compromise is ~20x slower per document: a warm-up of the same length in time.
    for (const d of warmup(Math.ceil(WARMUP_DOCS / 20))) nlp(d.raw).json();
    startClock();
    for (const d of docs()) {
      const t = performance.now();
      nlp(d.raw).json();
      bytes += d.raw.length;
      rec.add(performance.now() - t);
    }
    threads1 = threadCpu();
  } else if (spec.phase === 'stages') {
    stageMsPerDoc = await runStages(docs(), warmup(WARMUP_DOCS), { start: startClock, stop: stopClock, exclude }, (d, ms, crashed) => {
      bytes += d.raw.length;
      rec.add(ms);
      if (crashed) stageCrashes++;
    });
  } else {
    const paired = spec.phase.startsWith(PAIRED_PREFIX);
    const extractor = paired ? spec.phase.slice(PAIRED_PREFIX.length) : spec.phase;
    // Paired: wink-nlp alone takes a turn after every PAIR_BLOCK documents (see winkTurns).
    const turns = paired ? await winkTurns(warmup(WARMUP_DOCS), spec.docs, exclude) : null;
    let yielded = 0;
    let settled = 0;
    let drained: (() => void) | null = null;
    const settle = (): void => {
      settled++;
      if (settled === spec.docs && !turns) threads1 = threadCpu();
      if (drained && settled >= yielded) {
        const d = drained;
        drained = null;
        d();
      }
    };
    async function* feed(): AsyncGenerator<RawArticle | InputFailure> {
      const block: RawArticle[] = [];
      for (const d of docs()) {
        bytes += d.raw.length;
        yielded++;
        yield d;
        if (!turns) continue;
        block.push(d);
        if (block.length < PAIR_BLOCK) continue;
        // every document of the block written before wink-nlp's turn starts
        await new Promise<void>((res) => (settled >= yielded ? res() : (drained = res)));
        await turns.run(block);
        block.length = 0;
      }
      if (turns && block.length > 0) {
        await new Promise<void>((res) => (settled >= yielded ? res() : (drained = res)));
        await turns.run(block);
      }
    }
    // As `claims extract` runs: ordered JSONL, formatted in the workers, the default time and
    // heap limits (runBatch's defaults).
    let outBytes = 0;
    const summary = await runBatch(feed(), {
      extractor,
      workers: spec.workers,
      ordered: true,
      docTimeoutMs: spec.workers > 0 ? DOC_TIMEOUT_MS : null,
      plugins: [],
      output: 'jsonl',
      onOutput: (text) => {
        outBytes += text.length;
        if (text.includes(CRASH_MARK)) stageCrashes++;
        settle();
      },
      onFailure: () => {
        failed++;
        settle();
      },
      onLatency: (ms) => rec.add(ms),
      warmup: warmup(WARMUP_DOCS),
      onReady: startClock,
    });
    if (outBytes === 0 && summary.ok > 0) throw new Error('the batch wrote no output');
    failed = summary.failed;
    if (turns) inTurn = await turns.close();
  }
  const end = stopped as { t: number; cpu: NodeJS.CpuUsage } | null;
  const seconds = ((end?.t ?? performance.now()) - t0 - excluded.ms) / 1000;
  const cpuAll = end?.cpu ?? process.cpuUsage(cpu0);
  const cpu = { user: cpuAll.user - excluded.user, system: cpuAll.system - excluded.system };
  const lat = rec.sorted();
  // only with every worker's thread known (a worker whose id is missing would count as a helper)
  const threadMsPerDoc: ThreadSplit | null =
    threads0 && threads1 && workerTids.length === spec.workers ? splitCpu(threads0, threads1, workerTids, spec.docs) : null;
  return {
    phase: spec.phase,
    docs: spec.docs,
    bytes,
    seconds,
    docsPerSec: spec.docs / seconds,
    mbPerSec: bytes / MB / seconds,
    p50ms: quantile(lat, 0.5),
    p99ms: quantile(lat, 0.99),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    rssMB: rec.rss,
    failed,
    stageCrashes,
    workers: spec.workers,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    startupSeconds: (t0 - tStart) / 1000,
    ...(stageMsPerDoc ? { stageMsPerDoc } : {}),
    ...(inTurn ? { inTurn } : {}),
    ...(threadMsPerDoc ? { threadMsPerDoc } : {}),
  };
}

/** The `stageMsPerDoc` entry of wink-nlp alone run between the pipeline's documents (not a stage: not in the total). */
export const WINK_INTERLEAVED = 'wink-nlp alone, interleaved';
/** Documents per block of the interleaved wink-nlp run (see runStages): six of the pipeline's batches, ~100. */
const WINK_BLOCK = 6 * BATCH_DOCS;

/**
 * `rules` over the documents in this thread, stage by stage (ingest, the extractor's own
 * stages, the JSONL line), in batches of BATCH_DOCS as the workers run them, after a warm-up;
 * calls `done` with each document's time. Wink's
 * sentence pass is timed where ingest runs it (`winkClock`), on the instance the pipeline
 * uses. Returns milliseconds per document per stage.
 */
async function runStages(
  docs: Iterable<RawArticle>,
  warm: readonly RawArticle[],
  clock: { start(): void; stop(): void; exclude(ms: number, cpu: NodeJS.CpuUsage): void },
  done: (d: RawArticle, ms: number, crashed: boolean) => void,
): Promise<Record<string, number>> {
  const [{ ingest }, { extractRulesBatch }, { formatRecord }, { winkClock }, { wink }, { stepTimer }] = await Promise.all([
    import('../ingest/index.ts'),
    import('../extract/rules.ts'),
    import('../pipeline/format.ts'),
    import('../nlp/sentences.ts'),
    import('../nlp/wink.ts'),
    import('../pipeline/process.ts'),
  ]);
  const times: StageTimes = { actors: 0, figures: 0, claims: 0 };
  const at = { ingest: 0, format: 0 };
  // As the workers run them (BATCH_DOCS at a time, stage by stage): each document's time is
  // the sum of its own steps (ingest, then its turn in each stage, then its JSONL line).
  const batch = (ds: readonly RawArticle[], timed: boolean): void => {
    const { ms, clock: steps } = stepTimer(ds.length);
    const t0 = performance.now();
    const cleaned = ds.map((d, k) => {
      steps.start(k);
      const doc = ingest(d, { clean: true });
      steps.stop(k);
      return doc;
    });
    const t1 = performance.now();
    const records = extractRulesBatch(cleaned, { name: 'rules' }, steps, times);
    const t2 = performance.now();
    records.forEach((r, k) => {
      steps.start(k);
      formatRecord(r, 'jsonl');
      steps.stop(k);
    });
    at.ingest += t1 - t0;
    at.format += performance.now() - t2;
    if (timed) ds.forEach((d, k) => done(d, ms[k] ?? 0, records[k]?.messages.some((m) => m.code === EXTRACTOR_CRASH) ?? false));
  };
  // wink-nlp alone (its full pipe, as the `wink` phase runs it) over each block of WINK_BLOCK
  // documents right after the pipeline: the two see the same load from the rest of the machine
  // within a second, so their ratio holds still where the `wink` phase, a minute away, sees
  // another load. In blocks, not document by document, so each runs mostly with its own code
  // and data in the CPU caches (one document each in turn: wink-nlp 2.73 ms per document against
  // 2.01 in blocks, 1,500 documents, one run each, which flattered the ratio). Its time is kept
  // out of this phase's clock.
  const w = wink();
  for (let i = 0; i < warm.length; i += BATCH_DOCS) batch(warm.slice(i, i + BATCH_DOCS), false);
  for (const d of warm) winkAlone(w, d.raw);
  let winkMs = 0;
  Object.assign(times, { actors: 0, figures: 0, claims: 0 });
  Object.assign(at, { ingest: 0, format: 0 });
  winkClock.ms = 0;
  let n = 0;
  clock.start();
  const block: RawArticle[] = [];
  const winkBlock = (): void => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const d of block) winkAlone(w, d.raw);
    const ms = performance.now() - t0;
    winkMs += ms;
    clock.exclude(ms, process.cpuUsage(c0));
    block.length = 0;
  };
  const pending: RawArticle[] = [];
  for (const d of docs) {
    pending.push(d);
    if (pending.length < BATCH_DOCS) continue;
    batch(pending, true);
    n += pending.length;
    block.push(...pending);
    pending.length = 0;
    if (block.length >= WINK_BLOCK) winkBlock();
  }
  if (pending.length > 0) {
    batch(pending, true);
    n += pending.length;
    block.push(...pending);
  }
  winkBlock();
  clock.stop();
  const per = (ms: number): number => ms / Math.max(1, n);
  return {
    ingest: per(at.ingest),
    'wink sentence boundaries': per(winkClock.ms),
    actors: per(times.actors),
    figures: per(times.figures),
    claims: per(times.claims),
    format: per(at.format),
    [WINK_INTERLEAVED]: per(winkMs),
  };
}

/** The label of wink-nlp's side of a paired phase. */
export const IN_TURN_LABEL = 'wink-nlp readDoc+sentences+entities (1 worker, in turn)';

/**
 * wink-nlp alone on a worker thread of its own, with the pipeline workers' heap limits, warmed
 * up on `warm` before this returns. `run(block)` sends the block's texts and waits for them,
 * the time (wall clock, as the pipeline's) and the process's CPU over it counted here and
 * `exclude`d from the phase's clock. The pipeline's one worker waits meanwhile (the caller
 * only sends the block once the pipeline has written all it was given).
 */
async function winkTurns(
  warm: readonly RawArticle[],
  total: number,
  exclude: (ms: number, cpu: NodeJS.CpuUsage) => void,
): Promise<{ run(block: readonly RawArticle[]): Promise<void>; close(): Promise<InTurnResult> }> {
  const worker = new Worker(new URL('./wink-worker.js', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: DEFAULT_WORKER_HEAP_MB, maxYoungGenerationSizeMb: DEFAULT_WORKER_YOUNG_MB },
  });
  let failure: Error | null = null;
  let waiting: { resolve(v: Float64Array | 'ready'): void; reject(e: Error): void } | null = null;
  const fail = (err: Error): void => {
    failure = err;
    waiting?.reject(err);
    waiting = null;
  };
  worker.on('message', (m: Float64Array | 'ready') => {
    const w = waiting;
    waiting = null;
    w?.resolve(m);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the wink-nlp worker exited (${code})`)));
  const ask = (texts: string[] | null): Promise<Float64Array | 'ready'> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      waiting = { resolve, reject };
      if (texts) worker.postMessage(texts);
    });
  await ask(null);
  await ask(warm.map((d) => d.raw));
  const rec = new Recorder(total);
  const sum = { ms: 0, bytes: 0, docs: 0, user: 0, system: 0 };
  return {
    async run(block) {
      const texts = block.map((d) => d.raw);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const lat = await ask(texts);
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      exclude(ms, cpu);
      sum.ms += ms;
      sum.user += cpu.user;
      sum.system += cpu.system;
      sum.docs += texts.length;
      for (const t of texts) sum.bytes += t.length;
      if (lat !== 'ready') for (const x of lat) rec.add(x);
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
      const lat = rec.sorted();
      const seconds = sum.ms / 1000;
      return {
        label: IN_TURN_LABEL,
        docs: sum.docs,
        bytes: sum.bytes,
        seconds,
        docsPerSec: sum.docs / Math.max(1e-9, seconds),
        mbPerSec: sum.bytes / MB / Math.max(1e-9, seconds),
        p50ms: quantile(lat, 0.5),
        p99ms: quantile(lat, 0.99),
        cpuSeconds: (sum.user + sum.system) / 1e6,
        blockDocs: PAIR_BLOCK,
      };
    },
  };
}
