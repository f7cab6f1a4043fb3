/**
 * The worker-thread side of the batch runner (piscina): each task is one raw article
 * and the name of the extractor to run on it. Plugins (modules that register more
 * extractors) are imported once per worker.
 */
import './extractors.ts';
import { getExtractor } from './registry.ts';
import { processArticle, type Outcome } from './process.ts';
import type { RawArticle } from '../types/index.ts';

export interface WorkerTask {
  readonly article: RawArticle;
  readonly extractor: string;
  readonly plugins: readonly string[];
  /**
   * Shared with the main thread: the worker writes the time it starts on the document
   * (after its modules are loaded), so a per-document time limit counts processing
   * only, not the start-up of a thread that replaced a stopped one.
   */
  readonly started?: SharedArrayBuffer;
}

/** Sent once per thread before the documents: loads plugins and modules, does no work. */
export interface WarmupTask {
  readonly warmup: true;
  readonly plugins: readonly string[];
}

const loaded = new Set<string>();

export default async function run(task: WorkerTask | WarmupTask): Promise<Outcome | null> {
  for (const p of task.plugins) {
    if (!loaded.has(p)) {
      loaded.add(p);
      await import(p);
    }
  }
  if ('warmup' in task) return null;
  if (task.started) new Float64Array(task.started)[0] = Date.now();
  return processArticle(task.article, getExtractor(task.extractor));
}
