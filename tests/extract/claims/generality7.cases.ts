import type { ClaimCase } from './generality.cases.ts';
import { SET7_A, SET7_A_TAGS } from './generality7a.cases.ts';
import { SET7_B, SET7_B_TAGS } from './generality7b.cases.ts';

/**
 * Claims generality set 7 (HELD OUT): 24 invented whole articles written blind in session 8 by
 * two writers who read no extractor code, ran no extractor on them and read neither sets 3-6 nor
 * any test-split article (their brief listed the 16 test ids as forbidden). Like set 6, they
 * mimic the real corpus's sources. Part A: Voice-of-America-style stories (four with the body
 * squashed into one paragraph and subheads inline, as the real VOA captures are) and
 * Wikinews-style reports with "Sources" lists; part B: Justice-Department-style releases (page
 * furniture, scraping damage, a headline printed twice) and machine-translated news in the
 * manner of the seed article ("See too" teasers, translation artefacts). Written so that set 6
 * can become development material while one held-out set stays. Rule writers never read it;
 * only aggregate scores leave it. Scorer: `generality.score.ts --set heldout7`.
 */
export const SET7_CASES: readonly ClaimCase[] = [...SET7_A, ...SET7_B];
export const SET7_TAGS: readonly string[] = [...new Set([...SET7_A_TAGS, ...SET7_B_TAGS])];
