import type { ClaimCase } from './generality.cases.ts';
import { HELDOUT_A_CASES, HELDOUT_A_TAGS } from './generality3a.cases.ts';
import { HELDOUT_B_CASES } from './generality3b.cases.ts';

/**
 * Claims generality set 3 (HELD OUT): 24 invented whole articles written blind in session 4 by
 * two writers who read no extractor code and ran no extractor on them (part A: wire,
 * machine-translated European, threat-intelligence; part B: DOJ, VOA, Wikinews). Sets 1 and 2
 * became development material; this set and the test split judge the rules. Rule writers never
 * read it; only aggregate scores leave it. Scorer: `generality.score.ts --set heldout`.
 */
export const HELDOUT_CASES: readonly ClaimCase[] = [...HELDOUT_A_CASES, ...HELDOUT_B_CASES];
export const HELDOUT_TAGS = HELDOUT_A_TAGS;
