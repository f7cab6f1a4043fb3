import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import type { ExtractionRecord, InputFailure, RawArticle } from '../types/index.ts';
import { processArticle, type DocFailure, type Outcome } from './process.ts';
import { getExtractor } from './registry.ts';
import type { WarmupTask, WorkerTask } from './worker.ts';

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
  /** Documents already done (resume): skipped without being processed. */
  readonly skip?: ReadonlySet<string>;
  /** Documents between read and written at most; default 4 per worker (min 8). */
  readonly window?: number;
  onRecord(record: ExtractionRecord): Promise<void> | void;
  onFailure(failure: DocFailure): Promise<void> | void;
  onProgress?(progress: BatchProgress): void;
  /** Per-document latency, for the benchmark. */
  onLatency?(ms: number): void;
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

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

const WORKER_ENTRY = fileURLToPath(new URL('./worker-entry.js', import.meta.url));

function isFailure(x: RawArticle | InputFailure): x is InputFailure {
  return (x as InputFailure).failed === true;
}

/** Runs the batch; resolves when every document read has been written or reported. */
export async function runBatch(
  inputs: AsyncIterable<RawArticle | InputFailure>,
  opts: BatchOptions,
): Promise<BatchSummary> {
  const t0 = performance.now();
  // Fail fast on an unknown extractor name, before any thread starts.
  const extractor = getExtractor(opts.extractor);
  const window = Math.max(8, opts.window ?? opts.workers * 4);
  const pool =
    opts.workers > 0
      ? new Piscina<WorkerTask | WarmupTask, Outcome | null>({
          filename: WORKER_ENTRY,
          minThreads: opts.workers,
          maxThreads: opts.workers,
          idleTimeout: 60_000,
        })
      : null;
  // One task per worker at a time: a task handed to piscina starts at once, so its time
  // limit (which starts at pool.run) never counts time spent waiting behind another.
  const queue = new PQueue({ concurrency: Math.max(1, opts.workers) });
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

  const outcomeEmitter = (outcome: Outcome) => async (): Promise<void> => {
    opts.onLatency?.(outcome.ms);
    if (outcome.record) await opts.onRecord(outcome.record);
    if (outcome.ok) progress.ok++;
    else {
      progress.failed++;
      await opts.onFailure(outcome.failure);
    }
  };

  const runOne = async (article: RawArticle): Promise<Outcome> => {
    if (!pool) return processArticle(article, extractor);
    const started = opts.docTimeoutMs !== null ? new SharedArrayBuffer(8) : undefined;
    const task: WorkerTask = { article, extractor: opts.extractor, plugins: opts.plugins, ...(started ? { started } : {}) };
    const t = performance.now();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    if (started && opts.docTimeoutMs !== null) {
      const limit = opts.docTimeoutMs;
      const stamp = new Float64Array(started);
      // The clock starts when the worker starts on the document (see WorkerTask.started).
      const check = (): void => {
        const s0 = stamp[0] ?? 0;
        if (s0 === 0) timer = setTimeout(check, Math.min(limit, 100));
        else if (Date.now() - s0 >= limit) abort.abort();
        else timer = setTimeout(check, limit - (Date.now() - s0) + 1);
      };
      timer = setTimeout(check, limit);
    }
    const signal = started ? abort.signal : undefined;
    try {
      const outcome = await pool.run(task, signal ? { signal } : {});
      if (!outcome) throw new Error('the worker returned nothing');
      return outcome;
    } catch (err) {
      const timedOut = signal?.aborted === true;
      const failure: DocFailure = {
        doc: article.id,
        origin: article.origin,
        stage: timedOut ? 'timeout' : 'worker',
        code: timedOut ? 'doc-timeout' : 'worker-crash',
        message: timedOut
          ? `took longer than ${opts.docTimeoutMs} ms; the worker was stopped`
          : `the worker failed: ${err instanceof Error ? err.message : String(err)}`,
      };
      return { ok: false, failure, ms: performance.now() - t };
    } finally {
      clearTimeout(timer);
    }
  };

  let seq = 0;
  try {
    // Start every worker and load its modules before the first timed document, so a
    // document's time limit measures its own processing, not a thread's start-up.
    if (pool) await Promise.all(Array.from({ length: opts.workers }, () => pool.run({ warmup: true, plugins: opts.plugins })));
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
        void queue.add(async () => settle(mySeq, outcomeEmitter(await runOne(item))));
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
