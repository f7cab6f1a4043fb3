import type { ClaimCase } from './generality.cases.ts';
import { HELDOUT_A_CASES, HELDOUT_A_TAGS } from './generality3a.cases.ts';
import { HELDOUT_B_CASES } from './generality3b.cases.ts';

/**
 * Claims generality set 3: 24 invented whole articles written blind in session 4 by two writers
 * who read no extractor code and ran no extractor on them (part A: wire, machine-translated
 * European, threat-intelligence; part B: DOJ, VOA, Wikinews). Held out through session 4 (it
 * scored session 3's rules like the test split); DEVELOPMENT MATERIAL since session 5, when the
 * blind set 4 (generality4.cases.ts) took over as the held-out measure. Its failure analysis:
 * eval/set3-failure-analysis.md. Scorer: `generality.score.ts --set heldout` (historical name).
 */
export const HELDOUT_CASES: readonly ClaimCase[] = [...HELDOUT_A_CASES, ...HELDOUT_B_CASES];
export const HELDOUT_TAGS = HELDOUT_A_TAGS;
