/**
 * The library API: the same pipeline the CLI runs, for embedding.
 *
 *   import { ingest, extract } from 'claims';
 *   const record = extract({ id: 'a1', format: 'txt', raw, origin: 'memory' });
 */
import { ingest } from './ingest/index.ts';
import './pipeline/extractors.ts';
import { getExtractor, loadAllExtractors } from './pipeline/registry.ts';
import type { Doc, ExtractionRecord, RawArticle } from './types/index.ts';

export type * from './types/index.ts';
export { ingest, readInputs, toRawOffset, type IngestOptions, type ReadOptions } from './ingest/index.ts';
export { getExtractor, loadExtractor, hasExtractor, extractorNames, registerExtractor, describeExtractors } from './pipeline/registry.ts';
export { processArticle, type DocFailure, type Outcome } from './pipeline/process.ts';
export { runBatch, type BatchOptions, type BatchSummary } from './pipeline/batch.ts';
export { flattenClaims, formatRecord, type FlatClaim, type OutputFormat } from './pipeline/format.ts';
export * as evaluation from './eval/index.ts';

// The built-in extractors load their modules on first use (the CLI's main thread never
// needs them); the library loads them all now, so `extract` and `getExtractor` stay synchronous.
await loadAllExtractors();

/**
 * Extracts one article (raw, or an already ingested Doc) with the named extractor
 * (default `rules`). Throws where the extractor throws; `processArticle` never does.
 */
export function extract(input: RawArticle | Doc, extractor = 'rules'): ExtractionRecord {
  const ex = getExtractor(extractor);
  const doc = 'raw' in input ? ingest(input, { clean: ex.clean !== false }) : input;
  return ex.extract(doc);
}
