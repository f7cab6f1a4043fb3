import type { ClaimCase } from './generality.cases.ts';
import { SET6_A_CASES, SET6_A_TAGS } from './generality6a.cases.ts';
import { SET6_B_CASES, SET6_B_TAGS } from './generality6b.cases.ts';

/**
 * Claims generality set 6 (HELD OUT): 24 invented whole articles written blind in session 7 by
 * two writers who read no extractor code and ran no extractor on them, mimicking the sources of
 * the real corpus this time. Part A: Justice-Department-style press releases (indictments,
 * pleas, sentencing, forfeiture and deferred-prosecution agreements) and Wikinews-style reports;
 * part B: Voice-of-America-style international news (state accusations, briefings, NGO and UN
 * reports, analysts) and machine-translated news in the manner of the seed article. Written so
 * that set 5 can become development material while one held-out set stays. Rule writers never
 * read it; only aggregate scores leave it. Scorer: `generality.score.ts --set heldout6`.
 * (Both writers read the raw text of three test-split articles each while calibrating layout;
 * they reused no story, name or sentence from them.)
 */
export const SET6_CASES: readonly ClaimCase[] = [...SET6_A_CASES, ...SET6_B_CASES];
export const SET6_TAGS: readonly string[] = [...new Set([...SET6_A_TAGS, ...SET6_B_TAGS])];
