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
// compromise is off in `rules` (no dev gain at ~0.9x a wink readDoc of CPU, see
// src/extract/rules.ts), so the ablation that shows its worth is the one that turns it on.
registerExtractor('rules-compromise', () =>
  createRules({
    name: 'rules-compromise',
    compromise: true,
    description: 'rules plus compromise: POS tags for unclassified names (actors) and ambiguous cue words (claims)',
  }),
);
export { registerExtractor };
