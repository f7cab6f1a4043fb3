/**
 * Typed knowledge of the numbers that name or locate something rather than count it
 * (SPEC §2 "Not figures", GUIDELINES §4): legal citations, docket forms, emergency lines,
 * model names, vote tallies. Applied by src/extract/figures/index.ts.
 */

/**
 * Citation patterns run over the whole text, only where a number is followed by one of their
 * first letters (CITATION_START in src/extract/figures/index.ts), so a document without a
 * court citation pays for one scan.
 */
export interface GatedPattern {
  readonly pattern: RegExp;
  readonly why: string;
}

export const GATED_IDENTIFIER_PATTERNS: readonly GatedPattern[] = [
  {
    // court reporters: "585 U.S. 296", "138 S. Ct. 2206", "900 F.3d 12", "12 F. Supp. 3d 45"
    pattern: /\b\d{1,4}\s+(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?|F\.\s?(?:Supp\.\s?)?(?:2d|3d|4th)?|F\.\s?App'x|(?:A|P|N\.E\.|N\.W\.|S\.E\.|S\.W\.|So\.)\s?[23]d)\s+\d+\b/g,
    why: 'court reporter citation',
  },
  {
    // regulations: "15 C.F.R. § 764.2", "31 CFR Part 560", "88 Fed. Reg. 12345"
    pattern: /\b\d+\s+(?:C\.\s?F\.\s?R\.?|CFR|Fed\.\s?Reg\.)\s*(?:§+\s*|Parts?\s+)?\d+[\w.]*(?:\([\w.]+\))*/g,
    why: 'regulation citation',
  },
  {
    // SDNY-style dockets: "(23 Cr. 156)", "19 Civ. 4567", "21 Mag. 1234"
    pattern: /\b\d{1,2}\s+(?:Cr|Civ|Crim|Mag|CR|CV)\.?\s+\d+\b/g,
    why: 'docket number',
  },
];

/**
 * Emergency and service numbers, not counts, next to a calling word:
 * "called 911", "a 999 call", "dial 112".
 */
export const EMERGENCY_NUMBERS: ReadonlySet<string> = new Set(['911', '999', '112', '000', '110', '119', '100', '101', '102', '103', '108', '1122']);
export const CALL_WORDS_BEFORE: ReadonlySet<string> = new Set(['call', 'called', 'calling', 'calls', 'dial', 'dialed', 'dialled', 'dialing', 'dialling', 'phoned', 'phone', 'text', 'texted']);
export const CALL_WORDS_AFTER: ReadonlySet<string> = new Set(['call', 'calls', 'caller', 'callers', 'dispatcher', 'dispatchers', 'operator', 'operators', 'center', 'centre', 'line', 'hotline', 'system', 'emergency', 'service']);

/**
 * Words right after a number that make it a model name: "the 737 MAX", "a 787 Dreamliner",
 * "the A320neo" (glued forms are caught by the letter-glue rule).
 */
export const MODEL_SUFFIXES: ReadonlySet<string> = new Set(['MAX', 'Max', 'Dreamliner', 'Jumbo', 'Freighter', 'neo', 'NG', 'Starliner']);

/**
 * Capitalised heads of names made of "<Head> of <number>": "Group of 20", "Group of Seven",
 * "Gang of Four", "Class of 2024", "Big Four" is caught by the capital rule.
 */
export const NAME_OF_NUMBER_HEADS: ReadonlySet<string> = new Set(['Group', 'Gang', 'Class', 'Council', 'Club', 'Committee', 'Quad', 'Band']);

/**
 * Words that join a list or a range of identifiers: "Counts 1, 2 and 5", "Sections 1343
 * and 1349", "counts 3 through 7", "21 U.S.C. 841(a)(1) and 846".
 */
export const IDENTIFIER_LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or', 'through', 'thru', 'to', '&', '-', '–', 'and/or']);

/**
 * Tokens that may follow a number continuing such a list: punctuation, "of" ("Sections
 * 1343 and 1349 of Title 18"), another joiner. A word the number could count ("and 12
 * other groups", "and 20 years") ends the list, so that number is a figure.
 */
export const IDENTIFIER_LIST_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', '(', 'of', 'and', 'or', 'through', 'to', 'in', 'are', 'is', 'were', 'was', 'charge', 'charges', 'carry', 'carries', 'each', '"', '”']);

/**
 * Words near a glued tally (three tokens before, five after) that make it a vote (two counts, GUIDELINES §6: a
 * vote tally "230-to-198" is two counts): "voted 232-197", "a 97-0 vote". Without one,
 * "lost 3-1" and "a 5-4 decision" are scores, no figures.
 */
export const VOTE_WORDS: ReadonlySet<string> = new Set([
  'vote', 'voted', 'votes', 'voting', 'tally', 'margin', 'ballot', 'ballots', 'abstentions', 'abstention', 'abstaining',
]);

/** Verbs of a chamber deciding, before a tally only: "the Senate confirmed her 51-49", "adopted the accord 124-0". */
export const VOTE_VERBS: ReadonlySet<string> = new Set(['approved', 'passed', 'adopted', 'rejected', 'confirmed', 'endorsed']);

/** Street words written in lowercase after the number: "36 rue des Martyrs", "12 via Roma". */
export const LOWER_STREET_WORDS: ReadonlySet<string> = new Set(['rue', 'via', 'calle', 'avenida', 'strada', 'strasse', 'straße', 'ulitsa', 'ulica', 'boulevard', 'avenue', 'quai', 'piazza', 'plaza']);

/** File types before a size in a download link: "Indictment (PDF, 1.2 MB)". */
export const FILE_TYPES: ReadonlySet<string> = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'zip', 'mp3', 'mp4', 'jpg', 'png', 'word', 'excel', 'csv']);

/** Ordinal words a tens word is glued to: "twenty-first century", "thirty-second". */
export const ORDINAL_UNIT_WORDS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']);

/**
 * Words before a four-digit time of day written without a colon: "at 1500 hours", and after it
 * "1030 local time" (times with GMT/UTC after them are caught by the time words).
 */
export const CLOCK_BEFORE: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'around', 'about', 'since']);
export const CLOCK_AFTER: ReadonlySet<string> = new Set(['hours', 'hrs', 'h']);

/** Currency words after "per", "to the", "against the": an exchange rate, no figure ("83 per dollar", "150 to the dollar"). */
export const RATE_CURRENCIES: ReadonlySet<string> = new Set(['dollar', 'euro', 'pound', 'yen', 'yuan', 'ruble', 'rouble', 'rupee', 'franc', 'greenback']);

/** "the 4500 block of Elm Street": a number before "block of" is an address. */
export const ADDRESS_AFTER: ReadonlySet<string> = new Set(['block']);

/** Bare digit strings this long without thousands separators are codes: "847411", "20530", "61398". */
export const MIN_CODE_DIGITS = 5;
