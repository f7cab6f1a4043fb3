/**
 * Registers every extractor. Import this module (for its side effect) before looking
 * an extractor up by name. Add a new extractor with one `registerExtractor` line.
 */
import { createBaseline } from '../extract/baseline/index.ts';
import { registerExtractor } from './registry.ts';

registerExtractor('baseline', () => createBaseline());
export { registerExtractor };
