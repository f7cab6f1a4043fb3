/**
 * Registers every extractor. Import this module (for its side effect) before looking
 * an extractor up by name. Add a new extractor with one `registerExtractor` line.
 *
 * The modules are imported when an extractor is first loaded (`loadExtractor`), not
 * here: registering costs nothing, so the main thread of a batch run, which only reads
 * and writes, never holds the extractors' gazetteers and models (issue 6: memory).
 */
import type { RulesOptions } from '../extract/rules.ts';
import { registerExtractor } from './registry.ts';

const rules = (options: RulesOptions = {}) => async () => (await import('../extract/rules.ts')).createRules(options);

registerExtractor('baseline', async () => (await import('../extract/baseline/index.ts')).createBaseline());
registerExtractor('rules', rules());
registerExtractor(
  'rules-no-coref',
  rules({ name: 'rules-no-coref', coref: false, description: 'rules without pronoun/description resolution in claims' }),
);
registerExtractor(
  'rules-no-clean',
  rules({ name: 'rules-no-clean', clean: false, description: 'rules on the raw article text (no ingest cleaning)' }),
);
// compromise is off in `rules` (no dev gain at ~0.9x a wink readDoc of CPU, see
// src/extract/rules.ts), so the ablation that shows its worth is the one that turns it on.
registerExtractor(
  'rules-compromise',
  rules({
    name: 'rules-compromise',
    compromise: true,
    description: 'rules plus compromise: POS tags for unclassified names (actors) and ambiguous cue words (claims)',
  }),
);
// An experiment (issue 5): `rules` plus a learned sentence classifier as a recall booster (a
// claim for a body sentence with no rule claim that the model scores above its threshold).
registerExtractor(
  'rules-learned',
  rules({ name: 'rules-learned', learned: true, description: 'rules plus a logistic sentence detector adding a claim (with a claimant and a target) where no rule fired (experiment)' }),
);
export { registerExtractor };
