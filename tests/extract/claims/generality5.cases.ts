import type { ClaimCase } from './generality.cases.ts';
import { SET5_A_CASES, SET5_A_TAGS } from './generality5a.cases.ts';
import { SET5_B_CASES, SET5_B_TAGS } from './generality5b.cases.ts';

/**
 * Claims generality set 5 (HELD OUT): 24 invented whole articles written blind in session 6 by
 * two writers who read no extractor code and ran no extractor on them, calibrated for realism
 * on the real articles of corpora-src (about half of the sentences claim-free). Part A: wire
 * items, diplomatic spats, corporate litigation and antitrust, health fraud, environment, local
 * crime; part B: espionage, trade disputes, machine-translated news, live blogs, press freedom,
 * academic misconduct. Written so that set 4 can become development material while one held-out
 * set stays. Rule writers never read it; only aggregate scores leave it. Scorer:
 * `generality.score.ts --set heldout5`.
 */
export const SET5_CASES: readonly ClaimCase[] = [...SET5_A_CASES, ...SET5_B_CASES];
export const SET5_TAGS: readonly string[] = [...new Set([...SET5_A_TAGS, ...SET5_B_TAGS])];
