/**
 * The library API: the same pipeline the CLI runs, for embedding.
 *
 *   import { ingest, extract } from 'claims';
 */
export type * from './types/index.ts';
export { getExtractor, extractorNames, registerExtractor } from './pipeline/registry.ts';
