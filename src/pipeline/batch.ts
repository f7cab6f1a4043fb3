import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import type { ExtractionRecord, InputFailure, RawArticle } from '../types/index.ts';
import type { OutputFormat } from './format.ts';
import type { DocFailure, WireOutcome, WireRequest } from './process.ts';
import { hasExtractor, loadExtractor } from './registry.ts';
import type { WarmupDone, WarmupTask, WorkerTask } from './worker.ts';

/**
 * The batch runner: streams raw articles through ingest + one extractor, on worker
 * threads (piscina) with p-queue bounding the work in flight, and hands results back
 * in input order (or as they finish, with `ordered: false`).
 *
 * Memory stays flat however long the stream: at most `window` documents are between
 * "read" and "written" at any time, and the input is pulled only as the window frees.
 */

export interface BatchOptions {
  readonly extractor: string;
  /** Worker threads; 0 runs in this thread (no per-document timeout then). */
  readonly workers: number;
  /** Results in input order (default) or as they finish. */
  readonly ordered: boolean;
  /** Per-document time limit in ms; null for none. Needs workers >= 1. */
  readonly docTimeoutMs: number | null;
  /** Modules that register more extractors, imported in every worker. */
  readonly plugins: readonly string[];
  /**
   * Old-generation heap limit per worker in MB (V8 resourceLimits); default
   * DEFAULT_WORKER_HEAP_MB, 0 for V8's own. A document that needs more fails with
   * `worker-crash` and the run goes on.
   */
  readonly workerHeapMb?: number;
  /**
   * Young-generation size per worker in MB (V8 resourceLimits); default
   * DEFAULT_WORKER_YOUNG_MB, 0 for V8's own. The extractors allocate many short-lived
   * objects per document.
   */
  readonly workerYoungMb?: number;
  /**
   * V8's parallel scavenger (young-generation collections shared out to V8's helper threads).
   * Default false: runBatch turns it off for the whole process (V8 flags are per process, so
   * this thread, every worker, and whatever runs after), and each worker collects its young
   * generation alone. The extractors keep a batch of documents alive across several
   * collections (~1-2 MB survives each), and with the cores already taken by workers the
   * helper threads' share costs more than it saves: measured in session 20, documents
   * taking turns in one run (blocks of 250, the flag switched between blocks), 3% less time per
   * document at 2 workers and 8% at 1, where the same run with no switch differs by 1-4%;
   * wink-nlp alone runs at the same speed either way. true keeps V8's default.
   */
  readonly parallelScavenge?: boolean;
  /**
   * How far V8 lets the old generation grow past what the last full collection found alive
   * before it starts the next one, in percent (V8's `--heap-growing-percent`, set for the whole
   * process like parallelScavenge). Default DEFAULT_HEAP_GROWING_PERCENT (0: V8's own factor,
   * ~1.45x under the workers' 256 MB cap). A run with no worker always gets V8's own: this
   * thread's heap has no cap, and V8 grows it by up to 4x. More growth means fewer full
   * collections and more memory (see DEFAULT_HEAP_GROWING_PERCENT).
   */
  readonly heapGrowingPercent?: number;
  /**
   * V8's `--interrupt-budget` for the process: how much bytecode a function runs between two
   * looks at whether to optimise it (again). Default: BUSY_INTERRUPT_BUDGET when the workers
   * take every core (workers >= the cores Node reports), else V8's own (no flag is set).
   */
  readonly interruptBudget?: number;
  /**
   * V8's `--max-bytecode-size-for-early-opt` for the process: the largest function (bytes of
   * bytecode) V8 optimises on its first look rather than once it has run hot. Default:
   * BUSY_EARLY_OPT_BYTECODE when the workers take every core, else V8's own (no flag is set).
   */
  readonly earlyOptBytecode?: number;
  /** Documents already done (resume): skipped without being processed. */
  readonly skip?: ReadonlySet<string>;
  /** Documents a worker runs together, stage by stage (default BATCH_DOCS; 1: one at a time). */
  readonly batchDocs?: number;
  /** Documents between read and written at most; default four batches per worker. */
  readonly window?: number;
  /**
   * Each record, in the main thread. Leave it out when only the output text is needed
   * (`output` + `onOutput`): then the record object never crosses threads.
   */
  onRecord?(record: ExtractionRecord): Promise<void> | void;
  /** Records formatted in the worker (`formatRecord(record, output)`), for `onOutput`. */
  readonly output?: OutputFormat;
  /** The formatted text of each record (complete lines, possibly ''), in the main thread. */
  onOutput?(text: string, doc: string): Promise<void> | void;
  onFailure(failure: DocFailure): Promise<void> | void;
  onProgress?(progress: BatchProgress): void;
  /** Per-document latency, for the benchmark. */
  onLatency?(ms: number): void;
  /**
   * Documents every worker (or this thread, with 0 workers) runs through the extractor
   * before the first real one, results dropped: the JIT compiles the hot code first. V8
   * keeps optimising the extractors for the first ~2,500 news articles (measured: 11 ms of
   * background compilation per document over the first 500, under 0.3 ms after 2,500), on
   * the same cores the other workers need. For measurements; a long run amortises it.
   */
  readonly warmup?: readonly RawArticle[];
  /**
   * Called once the workers are started and warm, right before the first document is read,
   * with the kernel's ids of the worker threads (Linux; empty elsewhere and with 0 workers).
   */
  onReady?(ready: { readonly workerTids: readonly number[] }): void;
}

export interface BatchProgress {
  readonly read: number;
  readonly ok: number;
  readonly failed: number;
  readonly skipped: number;
}

export interface BatchSummary extends BatchProgress {
  readonly seconds: number;
}

/**
 * The default old-generation heap cap per worker (MB). Measured on 20,000 generated news
 * documents at 2 workers: peak RSS 484 MB with the cap, flat (466/464/475 MB at
 * 10/50/100%); a worker holds ~60 MB live. A 2 MB article still completes; a 5 MB one
 * exhausts it and is reported.
 */
export const DEFAULT_WORKER_HEAP_MB = 256;

/**
 * The default young generation per worker (MB). A larger nursery means fewer scavenges
 * and fewer short-lived objects promoted. Measured with `claims bench` (shared, noisy
 * machine): 64 MB gave 108 and 97 docs/s (1 worker) where V8's default gave 82, 89 and
 * 99, but cost ~55 MB RSS per worker (297 MB per worker at 2 workers over 20,000 docs);
 * 32 MB costs ~12 MB (255 MB per worker) and its one 3-round run was within the noise
 * (0.35x wink-nlp against 0.37-0.40x for the default). Kept at 32 for the memory budget
 * (see DEFAULT_HEAP_GROWING_PERCENT for 16 MB with a larger old generation).
 */
export const DEFAULT_WORKER_YOUNG_MB = 32;

/**
 * The default for BatchOptions.heapGrowingPercent: 0, V8's own factor. A worker's batches
 * promote ~130 KB per document into the old generation, and its ~70 MB live heap (the wink-nlp
 * model, the regexes' machine code, the gazetteers) is marked again at each full collection,
 * mostly by V8's helper threads, on the cores the other workers need. With V8's own factor
 * (~1.45x under the 256 MB cap) a worker starts one every ~200 documents (at ~100 MB, back to
 * ~70); at 100% it waits until ~145 MB, half as often.
 *
 * Measured in session 21 (2 vCPUs, after 1,000 documents of warm-up), and not made the default
 * because it costs the memory it saves in time:
 * - 100%, 2 workers, the flag switched every 1,000 documents in one run of 16,000: 6.8% less
 *   time per document (the same run with no switch: 4% apart); 60%: 0.7%.
 * - 100% with the young generation cut from 32 to 16 MB (to pay for the larger old one), three
 *   alternating pairs of 4,000-document runs at 2 workers: 376/383/382 docs/s against
 *   349/365/358, helper threads 1.00-1.08 ms per document against 1.37-1.38; at 1 worker within
 *   the noise. But `claims bench --docs 100000` peaked at 617 MB at 2 workers, 309 per worker,
 *   over issue 6's 300 MB budget (session 20, V8's own factor: 557), and its 2 workers came to
 *   1.32x of 1 (session 20: 1.48x).
 * - 50% with a 16 MB young generation: 30 MB less RSS than the defaults over 16,000 documents
 *   at 2 workers, the same speed (403/405 docs/s against 380/423).
 */
export const DEFAULT_HEAP_GROWING_PERCENT = 0;

/**
 * The interrupt budget a run sets when its workers take every core: 4x V8's (67,584 in
 * Node 20). V8 goes on compiling the extractors for thousands of documents after warm-up, much
 * of it code compiled again after a deoptimisation (big functions at 10-90 ms a compile), on
 * helper threads that take CPU from the other workers. With a larger budget a function must
 * run longer before V8 compiles it, and compiles it again, so less of that happens.
 *
 * Measured in session 21 (2 vCPUs, after 1,000 documents of warm-up): at 2 workers, the flag
 * switched every 500 documents in runs of 12,000, 8% and 11.5% less time per document (the
 * same runs with no switch: 4% and 5% apart; 1,000,000: 4.9%); three alternating pairs of
 * 4,000-document runs gave 354/375/383 docs/s against 320/321/362, helper threads 0.91-0.95 ms
 * per document against 1.36-1.54. At 1 worker, where the helpers have a core of their own,
 * three pairs of 3,000 documents were 1-2% slower and two pairs of 10,000 gave 236/243 docs/s
 * against 254/248 (the worker 3-5% more CPU per document: its code is optimised later), so a
 * run with a free core keeps V8's budget.
 */
export const BUSY_INTERRUPT_BUDGET = 270_000;

/**
 * The `--max-bytecode-size-for-early-opt` a run sets when its workers take every core: 0, no
 * function optimised on its first look (Node 20's V8 optimises a function of up to 81 bytes of
 * bytecode there). The extractors make many small closures per document or per batch (a
 * `filter` callback, a claims step `(k) => f(text[k], ...)`); V8 optimised each new one on its
 * first look, inlining what it calls (a step took the whole step function with it), and, as it
 * holds a closure's optimised code only while a closure of it lives, did so again after every
 * full collection. Those compiles run on helper threads that take CPU from the other workers.
 *
 * Measured in session 22 (2 vCPUs, after 3,000-4,000 documents of warm-up): TurboFan compiled
 * 289,000 characters of source per 3,000 documents at 1 worker against 396,000 (389 compiles
 * against 1,008; their main-thread finish 0.20 against 0.32 ms per document); at 2 workers,
 * samples of every thread in compiler code 6.2% against 9.4% (perf, 15 s), helper threads
 * 0.65 against 0.81 ms per document, and 0.70-0.75 against 0.76-0.88 in three alternating pairs
 * of 4,000-document runs. Throughput differences stayed inside this host's noise (the flag
 * switched every 1,000 documents in runs of 20,000: 8.6% and 0.2% less time per document). Over
 * 100,000 documents at 2 workers helper threads took 0.50 ms per document (session 21: 0.75). At
 * 1 worker, whose helpers have a core of their own, nothing showed outside the noise (switched
 * every 1,000 documents in runs of 16,000: 4% more and 4.7% less time per document; four
 * alternating pairs of 3,000 documents: a median of 233 docs/s against 248), so a run with a
 * free core keeps V8's own size, as it keeps V8's interrupt budget.
 */
export const BUSY_EARLY_OPT_BYTECODE = 0;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

const WORKER_ENTRY = fileURLToPath(new URL('./worker-entry.js', import.meta.url));

/**
 * Documents a worker runs together, stage by stage (processBatch), when the extractor can
 * (`extractBatch`). One document at a time through every stage keeps evicting each stage's
 * code and lexicons from the CPU caches (and wink-nlp's lexicon); in batches of 16 the same
 * work took ~0.85x the time. A worker crash or time limit in a batch sends its other documents
 * again, each alone.
 */
export const BATCH_DOCS = 16;

/**
 * Documents handed to each worker at once: two batches, so that when a worker ends one the
 * next is already waiting in its port (with one document per task and one task per worker,
 * the round trip to the main thread measured ~2 ms per ~6 ms document on a busy machine).
 */
const BATCHES_PER_WORKER = 2;

/** Attempts per document when its worker dies before the document started (see runOne). */
const MAX_TRIES = 3;

type Attempt =
  | { readonly outcome: WireOutcome }
  | { readonly error: unknown; readonly timedOut: boolean; readonly neverStarted: boolean; readonly batched: boolean; readonly thread: number | null };

/**
 * Warms every thread once. piscina gives a worker up to two batches of tasks, so the
 * first thread to be ready may take two warm-ups while another is still starting; a
 * warm-up that lands on a warm thread returns at once and is sent again.
 */
async function warmUp(pool: Piscina<WorkerTask | WarmupTask, WireOutcome | WarmupDone | null>, workers: number, task: WarmupTask): Promise<number[]> {
  const warm = new Map<number, number | null>();
  while (warm.size < workers) {
    const before = warm.size;
    const done = await Promise.all(Array.from({ length: workers - warm.size }, () => pool.run(task)));
    for (const d of done) if (d && 'warm' in d) warm.set(d.warm, d.tid);
    if (warm.size === before) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return [...warm.values()].filter((t): t is number => t !== null);
}

function isFailure(x: RawArticle | InputFailure): x is InputFailure {
  return (x as InputFailure).failed === true;
}

/** Runs the batch; resolves when every document read has been written or reported. */
export async function runBatch(
  inputs: AsyncIterable<RawArticle | InputFailure>,
  opts: BatchOptions,
): Promise<BatchSummary> {
  const t0 = performance.now();
  v8.setFlagsFromString(opts.parallelScavenge === true ? '--parallel-scavenge' : '--no-parallel-scavenge');
  // (with no worker the documents run in this thread, whose heap has no cap: V8's own factor, up to 4x there)
  const growth = opts.workers > 0 ? Math.max(0, Math.floor(opts.heapGrowingPercent ?? DEFAULT_HEAP_GROWING_PERCENT)) : 0;
  v8.setFlagsFromString(`--heap-growing-percent=${growth}`);
  // (the compiler flags for a run whose workers take every core; one with a core free keeps V8's own)
  const busy = opts.workers >= defaultWorkers();
  const budget = opts.interruptBudget ?? (busy ? BUSY_INTERRUPT_BUDGET : undefined);
  if (budget !== undefined) v8.setFlagsFromString(`--interrupt-budget=${Math.max(1, Math.floor(budget))}`);
  const earlyOpt = opts.earlyOptBytecode ?? (busy ? BUSY_EARLY_OPT_BYTECODE : undefined);
  if (earlyOpt !== undefined) v8.setFlagsFromString(`--max-bytecode-size-for-early-opt=${Math.max(0, Math.floor(earlyOpt))}`);
  // Fail fast on an unknown extractor name, before any thread starts. With workers, this
  // thread only reads and writes: the extractor and the ingest modules (gazetteers, the
  // wink-nlp model) are loaded in the workers alone.
  if (!hasExtractor(opts.extractor)) await loadExtractor(opts.extractor);
  const inThread =
    opts.workers > 0
      ? null
      : await Promise.all([import('./process.ts'), loadExtractor(opts.extractor)]).then(([proc, extractor]) => ({ proc, extractor }));
  if (opts.onOutput && opts.output === undefined) throw new Error('runBatch: onOutput needs an output format');
  const want: WireRequest = {
    ...(opts.onOutput && opts.output !== undefined ? { output: opts.output } : {}),
    record: opts.onRecord !== undefined,
  };
  const batchDocs = Math.max(1, opts.batchDocs ?? BATCH_DOCS);
  const tasksPerWorker = BATCHES_PER_WORKER * batchDocs;
  // (in this thread, with 0 workers, as one worker: two batches in flight)
  const threads = Math.max(1, opts.workers);
  const window = Math.max(8, opts.window ?? threads * tasksPerWorker * 2);
  const heapMb = opts.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB;
  const youngMb = opts.workerYoungMb ?? DEFAULT_WORKER_YOUNG_MB;
  const pool =
    opts.workers > 0
      ? new Piscina<WorkerTask | WarmupTask, WireOutcome | WarmupDone | null>({
          filename: WORKER_ENTRY,
          minThreads: opts.workers,
          maxThreads: opts.workers,
          concurrentTasksPerWorker: tasksPerWorker,
          idleTimeout: 60_000,
          // V8 lets an idle-looking heap grow far past what it holds live (measured: ~60 MB
          // live, 150-300 MB held per worker); a cap makes it collect instead. A document
          // that needs more than the cap fails alone, as an out-of-memory worker crash.
          resourceLimits: {
            ...(heapMb ? { maxOldGenerationSizeMb: heapMb } : {}),
            ...(youngMb ? { maxYoungGenerationSizeMb: youngMb } : {}),
          },
        })
      : null;
  // Exactly as many tasks as the workers take (tasksPerWorker each): none waits in
  // piscina's own queue, and the rest of the input waits unread (back-pressure).
  const queue = new PQueue({ concurrency: threads * tasksPerWorker });
  const progress = { read: 0, ok: 0, failed: 0, skipped: 0 };

  // Ordered delivery: results wait in `pending` until every earlier one is written.
  const pending = new Map<number, () => Promise<void>>();
  let nextToWrite = 0;
  let writing: Promise<void> = Promise.resolve();
  let windowFreed: (() => void) | null = null;

  const deliver = async (emit: () => Promise<void>): Promise<void> => {
    await emit();
    opts.onProgress?.({ ...progress });
  };

  const settle = (seq: number, emit: () => Promise<void>): void => {
    if (!opts.ordered) {
      writing = writing.then(() => deliver(emit));
      nextToWrite++;
      windowFreed?.();
      return;
    }
    pending.set(seq, emit);
    writing = writing.then(async () => {
      let next = pending.get(nextToWrite);
      while (next) {
        pending.delete(nextToWrite);
        await deliver(next);
        nextToWrite++;
        next = pending.get(nextToWrite);
      }
      windowFreed?.();
    });
  };

  const outcomeEmitter = (doc: string, outcome: WireOutcome) => async (): Promise<void> => {
    opts.onLatency?.(outcome.ms);
    if (outcome.record && opts.onRecord) await opts.onRecord(outcome.record);
    if (outcome.text !== undefined && opts.onOutput) await opts.onOutput(outcome.text, doc);
    if (outcome.ok) progress.ok++;
    else {
      progress.failed++;
      await opts.onFailure(outcome.failure);
    }
  };

  // Threads stopped for a time limit: a document that ran on one of them failed for
  // another document's sake and is sent again.
  const stopped = new Set<number>();

  /** One attempt on a worker (see WorkerTask.started for the stamp it leaves). */
  const attempt = async (article: RawArticle, alone: boolean): Promise<Attempt> => {
    if (!pool) throw new Error('no pool');
    const started = new SharedArrayBuffer(32);
    const stamp = new Float64Array(started);
    const task: WorkerTask = { article, extractor: opts.extractor, plugins: opts.plugins, want, started, batch: alone ? 1 : batchDocs };
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    if (opts.docTimeoutMs !== null) {
      const limit = opts.docTimeoutMs;
      // The clock starts when the worker starts on the document, so waiting behind the
      // other document queued on the same worker does not count. The thread is stopped
      // here rather than through piscina's abort signal: piscina runs an abortable task
      // alone on its worker, which would undo the batches.
      const check = (): void => {
        const s0 = stamp[0] ?? 0;
        if (s0 === -1) return; // finished; the result is on its way
        // not started, or paused while the other documents of its batch have their turn
        const spent = (stamp[2] ?? 0) + (s0 > 0 ? Date.now() - s0 : 0);
        if (s0 <= 0) timer = setTimeout(check, Math.min(limit - spent + 1, 100));
        else if (spent < limit) timer = setTimeout(check, limit - spent + 1);
        else {
          timedOut = true;
          const thread = stamp[1] ?? -1;
          stopped.add(thread);
          void pool.threads.find((w) => w.threadId === thread)?.terminate();
        }
      };
      timer = setTimeout(check, limit);
    }
    try {
      const outcome = await pool.run(task);
      if (!outcome || 'warm' in outcome) throw new Error('the worker returned nothing');
      return { outcome };
    } catch (error) {
      const s0 = stamp[0] ?? 0;
      const neverStarted = s0 === 0 && (stamp[2] ?? 0) === 0 && (stamp[3] ?? 0) === 0;
      return { error, timedOut, neverStarted, batched: (stamp[3] ?? 0) > 1, thread: neverStarted ? null : (stamp[1] ?? null) };
    } finally {
      clearTimeout(timer);
    }
  };

  // In this thread (0 workers), documents are gathered into batches as the workers do (worker.ts):
  // what is waiting when the thread is next free runs together, up to batchDocs.
  const gathered: { article: RawArticle; resolve(o: WireOutcome): void; reject(e: unknown): void }[] = [];
  let flushQueued = false;
  const flushInThread = (): void => {
    flushQueued = false;
    if (!inThread) return;
    const batch = gathered.splice(0, batchDocs);
    try {
      const outcomes = inThread.proc.processBatch(batch.map((g) => g.article), inThread.extractor);
      batch.forEach((g, k) => {
        try {
          g.resolve(inThread.proc.toWire(outcomes[k]!, want));
        } catch (err) {
          g.reject(err);
        }
      });
    } catch (err) {
      for (const g of batch) g.reject(err);
    }
    if (gathered.length > 0 && !flushQueued) {
      flushQueued = true;
      setImmediate(flushInThread);
    }
  };
  const runInThread = (article: RawArticle): Promise<WireOutcome> =>
    new Promise((resolve, reject) => {
      gathered.push({ article, resolve, reject });
      if (!flushQueued) {
        flushQueued = true;
        setImmediate(flushInThread);
      }
    });

  const runOne = async (article: RawArticle): Promise<WireOutcome> => {
    if (inThread) return runInThread(article);
    if (!pool) throw new Error('no pool');
    const t = performance.now();
    for (let tries = 1; ; tries++) {
      // a document sent again goes alone: if its batch's worker crashed, the crash may be another's
      const r = await attempt(article, tries > 1);
      if ('outcome' in r) return r.outcome;
      // A document queued behind one that was stopped went down with that worker without
      // ever starting (or it ran on a thread stopped for the other's sake, or in a batch whose
      // worker crashed): send it again.
      const innocent = !r.timedOut && (r.neverStarted || r.batched || (r.thread !== null && stopped.has(r.thread)));
      if (innocent && tries < MAX_TRIES) continue;
      const failure: DocFailure = {
        doc: article.id,
        origin: article.origin,
        stage: r.timedOut ? 'timeout' : 'worker',
        code: r.timedOut ? 'doc-timeout' : 'worker-crash',
        message: r.timedOut
          ? `took longer than ${opts.docTimeoutMs} ms; the worker was stopped`
          : `the worker failed: ${r.error instanceof Error ? r.error.message : String(r.error)}`,
      };
      return { ok: false, failure, ms: performance.now() - t };
    }
  };

  let seq = 0;
  try {
    // Start every worker and load its modules before the first timed document, so a
    // document's time limit measures its own processing, not a thread's start-up, and an
    // extractor that cannot load stops the run here, once, instead of failing every document.
    const warm = opts.warmup ?? [];
    let workerTids: number[] = [];
    if (pool) workerTids = await warmUp(pool, opts.workers, { warmup: true, plugins: opts.plugins, extractor: opts.extractor, articles: warm, batch: batchDocs });
    else if (inThread) for (let i = 0; i < warm.length; i += batchDocs) inThread.proc.processBatch(warm.slice(i, i + batchDocs), inThread.extractor);
    opts.onReady?.({ workerTids });
    for await (const item of inputs) {
      const mySeq = seq++;
      progress.read++;
      if (isFailure(item)) {
        const f: DocFailure = { doc: item.id, origin: item.origin, stage: item.message.stage || 'read', code: item.message.code, message: item.message.message };
        settle(mySeq, async () => {
          progress.failed++;
          await opts.onFailure(f);
        });
      } else if (opts.skip?.has(item.id)) {
        settle(mySeq, async () => {
          progress.skipped++;
        });
      } else {
        void queue.add(async () => settle(mySeq, outcomeEmitter(item.id, await runOne(item))));
      }
      // Back-pressure: do not read further ahead than the window.
      while (mySeq + 1 - nextToWrite >= window) {
        await new Promise<void>((resolve) => {
          windowFreed = resolve;
        });
        windowFreed = null;
      }
    }
    await queue.onIdle();
    // Wait until every settled result has been written (a settle may chain another write).
    let before: Promise<void>;
    do {
      before = writing;
      await before;
    } while (before !== writing);
  } finally {
    if (pool) await pool.destroy();
  }
  return { ...progress, seconds: (performance.now() - t0) / 1000 };
}
