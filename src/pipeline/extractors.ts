/**
 * Registers every extractor. Import this module (for its side effect) before looking
 * an extractor up by name. Add a new extractor with one `registerExtractor` line.
 */
import { registerExtractor } from './registry.ts';

// Filled in by the extractor work (issue 5): baseline, rules, and the rules ablations.
// registerExtractor('baseline', () => createBaseline());
// registerExtractor('rules', () => createRules());
export { registerExtractor };
