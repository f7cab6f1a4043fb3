import type { ClaimCase } from './generality.cases.ts';
import { SET4_A_CASES, SET4_A_TAGS } from './generality4a.cases.ts';
import { SET4_B_CASES, SET4_B_TAGS } from './generality4b.cases.ts';

/**
 * Claims generality set 4 (held out in session 5, DEVELOPMENT MATERIAL since session 6, when the
 * blind set 5 took over as the held-out measure; failure analysis: eval/set4-failure-analysis.md): 24 invented whole articles written blind in session 5 by
 * two writers who read no extractor code and ran no extractor on them (part A: conflict
 * reporting, NGO reports, UN debates, political scandal, election interference, long form;
 * part B: business and regulatory, sports integrity, local court, cyber trade press, state
 * statements). Written so that set 3 can become development material later while one held-out
 * set stays. While held out, rule writers never read it. Scorer:
 * `generality.score.ts --set heldout4`.
 */
export const SET4_CASES: readonly ClaimCase[] = [...SET4_A_CASES, ...SET4_B_CASES];
export const SET4_TAGS: readonly string[] = [...new Set([...SET4_A_TAGS, ...SET4_B_TAGS])];
