/**
 * The worker-thread side of the batch runner (piscina): each task is one raw article
 * and the name of the extractor to run on it. Plugins (modules that register more
 * extractors) are imported once per worker.
 */
import { threadId } from 'node:worker_threads';
import './extractors.ts';
import { loadExtractor } from './registry.ts';
import { processArticle, toWire, type WireOutcome, type WireRequest } from './process.ts';
import type { RawArticle } from '../types/index.ts';

export interface WorkerTask {
  readonly article: RawArticle;
  readonly extractor: string;
  readonly plugins: readonly string[];
  /**
   * Shared with the main thread (two float64): [0] the time the worker starts on the
   * document (after its modules are loaded; -1 once it is done), [1] the worker's thread
   * id. A per-document time limit so counts processing only (not waiting behind another
   * document, nor the start-up of a thread that replaced a stopped one), and the main
   * thread knows which thread to stop.
   */
  readonly started?: SharedArrayBuffer;
  /** Format the record here and/or send it back (see WireOutcome). */
  readonly want: WireRequest;
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
}

// Plugin imports by module, shared by the tasks: a second task that arrives while the
// first is still importing waits for the same import (a fresh worker gets two at once).
const loading = new Map<string, Promise<unknown>>();

/** A warm-up's answer: the thread it ran on, and whether it did the work (false: warm already). */
export interface WarmupDone {
  readonly warm: number;
  readonly fresh: boolean;
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
    if (warmed) return { warm: threadId, fresh: false };
    warmed = true;
    if (task.extractor !== undefined) {
      const extractor = await loadExtractor(task.extractor);
      for (const a of task.articles ?? []) processArticle(a, extractor);
    }
    return { warm: threadId, fresh: true };
  }
  const extractor = await loadExtractor(task.extractor);
  const stamp = task.started ? new Float64Array(task.started) : null;
  if (stamp) {
    stamp[1] = threadId;
    stamp[0] = Date.now();
  }
  const out = toWire(processArticle(task.article, extractor), task.want);
  if (stamp) stamp[0] = -1;
  return out;
}
