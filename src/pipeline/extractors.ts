/**
 * Registers every extractor. Import this module (for its side effect) before looking
 * an extractor up by name. Add a new extractor with one `registerExtractor` line.
 */
import { createBaseline } from '../extract/baseline/index.ts';
import { createRules } from '../extract/rules.ts';
import { registerExtractor } from './registry.ts';

registerExtractor('baseline', () => createBaseline());
registerExtractor('rules', () => createRules());
registerExtractor('rules-no-coref', () =>
  createRules({ name: 'rules-no-coref', coref: false, description: 'rules without pronoun/description resolution in claims' }),
);
registerExtractor('rules-no-clean', () =>
  createRules({ name: 'rules-no-clean', clean: false, description: 'rules on the raw article text (no ingest cleaning)' }),
);
registerExtractor('rules-no-compromise', () =>
  createRules({ name: 'rules-no-compromise', compromise: false, description: 'rules without compromise (regex-only cue disambiguation and actors)' }),
);
export { registerExtractor };
