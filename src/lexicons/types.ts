import type { ActorType } from '../types/index.ts';

/**
 * Shapes of the gazetteers and word lists (data only; the code that applies them lives
 * in src/extract/). Alias strings are written as they appear in running text
 * ("U.S.", "Department of Justice"); matching is token-wise, see src/extract/actors/gazetteer.ts.
 */

/** One country (or self-governing territory) and every name-like form that stands for it. */
export interface CountryEntry {
  /** The common English short name: "United States", "China", "North Korea". */
  readonly name: string;
  /** Other names and short forms: "United States of America", "US", "U.S.", "America". */
  readonly aliases: readonly string[];
  /** Adjectives ("American"); they stand for the country when it acts ("Chinese hackers"). */
  readonly adjectives: readonly string[];
  /** Plural demonyms ("Americans"); weaker evidence, see the actors extractor. */
  readonly demonyms: readonly string[];
  /** Capitals, used as metonyms ("Beijing said"); not when a locative preposition precedes. */
  readonly capitals: readonly string[];
  /** Head-of-government seats and similar metonyms ("White House", "Kremlin"). */
  readonly offices: readonly string[];
}

/** A named body: agency, international organisation, media outlet, company, group. */
export interface OrgEntry {
  /** The fullest canonical name. */
  readonly name: string;
  readonly type: ActorType;
  /** Other forms, acronyms included ("FBI", "Federal Bureau of Investigation's" is NOT listed: possessives are handled by the matcher). */
  readonly aliases: readonly string[];
  /** The canonical name of the country it belongs to, if any (must be a CountryEntry name). */
  readonly country?: string;
  /** The canonical name of a parent body, if any ("Federal Bureau of Investigation" -> "Department of Justice"). */
  readonly parent?: string;
  /** Aliases that must match with exact case (short acronyms that are also words: "WHO", "AP"). */
  readonly exactCase?: readonly string[];
  /** Generic forms ("Senate", "Treasury") accepted only where the document also names `country`. */
  readonly weak?: readonly string[];
}

/** A person title that precedes a name ("Secretary of State Antony Blinken"). */
export interface TitleEntry {
  readonly title: string;
  /**
   * The country whose office this is when the title names no country itself
   * ("Attorney General" is national in many countries: leave undefined). Set only where
   * the title is unambiguous ("Chancellor" is not; "Taoiseach" -> Ireland).
   */
  readonly country?: string;
}

/** A word that, ending a capitalised name, says which kind of body it is ("Inc" -> company). */
export interface OrgSuffixEntry {
  readonly word: string;
  readonly type: ActorType;
}
