/**
 * The worker-thread side of the batch runner (piscina): each task is one raw article
 * and the name of the extractor to run on it. Plugins (modules that register more
 * extractors) are imported once per worker.
 */
import { threadId } from 'node:worker_threads';
import { ownTid } from '../bench/threads.ts';
import './extractors.ts';
import { loadExtractor } from './registry.ts';
import { processBatch, toWire, type WireOutcome, type WireRequest } from './process.ts';
import type { Extractor, RawArticle, StepClock } from '../types/index.ts';

export interface WorkerTask {
  readonly article: RawArticle;
  readonly extractor: string;
  readonly plugins: readonly string[];
  /**
   * Shared with the main thread (four float64), written by the worker: [0] when its current
   * step on the document started (0: not started, -2: paused while the other documents of its
   * batch have their turn, -1: done), [1] the worker's thread id, [2] milliseconds of the
   * document's earlier steps, [3] the number of documents of the batch it runs in. A
   * per-document time limit so counts this document's own processing (not waiting behind
   * others, nor the start-up of a thread that replaced a stopped one), and the main thread
   * knows which thread to stop and which documents only went down with it.
   */
  readonly started?: SharedArrayBuffer;
  /** Format the record here and/or send it back (see WireOutcome). */
  readonly want: WireRequest;
  /** Documents the worker may run together, stage by stage (default 1); 1: this one alone. */
  readonly batch?: number;
}

/**
 * Sent once per thread before the documents: loads plugins and modules, and runs the
 * extractor over `articles` (results dropped) so the JIT has compiled the hot code.
 */
export interface WarmupTask {
  readonly warmup: true;
  readonly plugins: readonly string[];
  readonly extractor?: string;
  readonly articles?: readonly RawArticle[];
  /** The batch size the documents will come in (see WorkerTask.batch). */
  readonly batch?: number;
}

// Plugin imports by module, shared by the tasks: a second task that arrives while the
// first is still importing waits for the same import (a fresh worker gets two at once).
const loading = new Map<string, Promise<unknown>>();

/** A warm-up's answer: the thread it ran on, and whether it did the work (false: warm already). */
export interface WarmupDone {
  readonly warm: number;
  readonly fresh: boolean;
  /** The kernel's id of the thread (Linux), for the benchmark's CPU by thread; null elsewhere. */
  readonly tid: number | null;
}

let warmed = false;

export default async function run(task: WorkerTask | WarmupTask): Promise<WireOutcome | WarmupDone> {
  for (const p of task.plugins) {
    let done = loading.get(p);
    if (!done) {
      done = import(p);
      loading.set(p, done);
    }
    await done;
  }
  if ('warmup' in task) {
    if (warmed) return { warm: threadId, fresh: false, tid: ownTid() };
    warmed = true;
    if (task.extractor !== undefined) {
      const extractor = await loadExtractor(task.extractor);
      // in batches as the documents will come, so the batch path is compiled too
      const articles = task.articles ?? [];
      const size = Math.max(1, task.batch ?? 1);
      for (let i = 0; i < articles.length; i += size) processBatch(articles.slice(i, i + size), extractor);
    }
    return { warm: threadId, fresh: true, tid: ownTid() };
  }
  const extractor = await loadExtractor(task.extractor);
  return new Promise<WireOutcome>((resolve, reject) => {
    waiting.push({ task, extractor, resolve, reject });
    if (!flushing) {
      flushing = true;
      setImmediate(flush);
    }
  });
}

interface Waiting {
  readonly task: WorkerTask;
  readonly extractor: Extractor;
  readonly resolve: (out: WireOutcome) => void;
  readonly reject: (err: unknown) => void;
}

/** Documents that have arrived and wait for their turn (in arrival order). */
const waiting: Waiting[] = [];
let flushing = false;

/**
 * Runs the documents that arrived while the last batch ran (or since the port was last read),
 * up to the batch size the first one allows, as one batch (processBatch: stage by stage), then
 * schedules the rest. The main thread keeps about two batches' worth on each worker, so the
 * next batch is waiting when one ends.
 */
function flush(): void {
  flushing = false;
  const first = waiting[0];
  if (!first) return;
  const limit = Math.max(1, first.task.batch ?? 1);
  let n = 1;
  while (n < limit && n < waiting.length && waiting[n]!.extractor === first.extractor && (waiting[n]!.task.batch ?? 1) > 1) n++;
  const batch = waiting.splice(0, n);
  try {
    const stamps = batch.map((w) => (w.task.started ? new Float64Array(w.task.started) : null));
    for (const s of stamps) {
      if (!s) continue;
      s[1] = threadId;
      s[3] = batch.length;
    }
    const steps = new StampClock(stamps);
    const outcomes = processBatch(
      batch.map((w) => w.task.article),
      first.extractor,
      steps,
    );
    outcomes.forEach((o, k) => {
      const w = batch[k]!;
      let out: WireOutcome;
      try {
        out = toWire(o, w.task.want);
      } catch (err) {
        w.reject(err);
        return;
      } finally {
        const s = stamps[k];
        if (s) s[0] = -1;
      }
      w.resolve(out);
    });
  } catch (err) {
    for (const w of batch) w.reject(err);
  }
  if (waiting.length > 0 && !flushing) {
    flushing = true;
    setImmediate(flush);
  }
}

/**
 * The per-document clock of a batch: each document's time stamps (see WorkerTask.started). A
 * class, not an object literal made per batch (why: see stepOver in extract/claims/index.ts).
 */
class StampClock implements StepClock {
  constructor(private readonly stamps: readonly (Float64Array | null)[]) {}
  start(k: number): void {
    const s = this.stamps[k];
    if (s) s[0] = Date.now();
  }
  stop(k: number): void {
    const s = this.stamps[k];
    if (!s) return;
    s[2] = (s[2] ?? 0) + Date.now() - (s[0] ?? 0);
    s[0] = -2;
  }
}
