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
}

const loaded = new Set<string>();

export default async function run(task: WorkerTask): Promise<Outcome> {
  for (const p of task.plugins) {
    if (!loaded.has(p)) {
      loaded.add(p);
      await import(p);
    }
  }
  return processArticle(task.article, getExtractor(task.extractor));
}
