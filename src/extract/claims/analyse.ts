import {
  ACCORDING_TO,
  CANCEL_BEFORE_CUE,
  CUES,
  HARM_COMMANDED,
  HARM_COMMAND_VERBS,
  HARM_OBJECT,
  HARM_REPRESSION_VERBS,
  REPRESSED,
  HARM_VERBS,
  HARM_CYBER_VERBS,
  HARM_INTENT_VERBS,
  HARM_PROXY_VERBS,
  PROXY_RELATION,
  INTENT_HARMED,
  HARM_WEAK_VERBS,
  HEDGES,
  NEGATION,
  NOT_A_CLAIM_BEFORE,
  REPORTING_VERBS,
  type CueEntry,
} from '../../lexicons/cues.ts';
import { UNNAMED_SPEAKERS, UNNAMED_SPEECH_TAIL, UNNAMED_SPEECH_VERBS } from '../../lexicons/wrongdoing.ts';
import { CLAIM_VERB_AFTER, type CueFrame, CRIME_WORDS, HARM_WORDS, SECOND_STATEMENT, WRONGDOER_LABELS, WRONGFUL_ACT_ADJECTIVES, WRONGFUL_ACT_NOUNS, WRONGFUL_CONDITIONS } from '../../lexicons/cues.ts';
import { DISMISSED_NOUNS, FALSITY_WORDS } from '../../lexicons/wrongdoing.ts';
import { COUNTRIES } from '../../lexicons/countries.ts';
import type { Certainty, ClaimType, Span } from '../../types/index.ts';
import { refsIn, uniqueIds, type Ref } from './mentions.ts';
import { quoteAt, type Quote } from './quotes.ts';
import { execFromComma } from './sentences.ts';
import { allMatches, escapeRegExp, gatherByFirstLetter } from '../../nlp/regex.ts';
import type { CueTagger } from './tagger.ts';

/**
 * Sentence analysis: find the cues of one sentence, drop the negated, cancelled and
 * non-claim ones, and fill each claim's slots from the actor references around the
 * cue, following the cue's frame (see `CueFrame` in src/lexicons/cues.ts).
 */

/** A claim found in one sentence, before ids and figures are attached. */
export interface Found {
  readonly type: ClaimType;
  readonly cue: CueEntry;
  readonly cueSpan: Span;
  readonly claimants: readonly string[];
  readonly targets: readonly string[];
  readonly contentSpan: Span | null;
  readonly certainty: Certainty;
  readonly reportedBy: readonly string[];
  readonly confidence: number;
  /** The rule path that filled the slots, appended to the cue id in `reason`. */
  readonly how: string;
  /** Whether the claimants came from a resolved pronoun/description (for discourse carry-over). */
  readonly claimantViaAnaphor: boolean;
}

/** Slots of a Found to replace in a copy (`withSlots`). */
export type FoundPatch = { readonly [K in keyof Found]?: Found[K] };

/**
 * A copy of `f` with the slots of `patch` replaced: a new record with the eleven fields of
 * Found always in the same order, never written after it is built. (A spread copy,
 * `{ ...f, targets }`, takes f's hidden class and then overwrites fields in it, which turns
 * those fields from constant to mutable in V8 the first time a rare rule does it and throws
 * away the optimised code that relied on them, e.g. `asSecondStatement` at one generated
 * bench document dropped runPass, accusedOf, evaluativeClaims and two fallbacks at once.)
 */
export function withSlots(f: Found, patch: FoundPatch): Found {
  return {
    type: patch.type ?? f.type,
    cue: patch.cue ?? f.cue,
    cueSpan: patch.cueSpan ?? f.cueSpan,
    claimants: patch.claimants ?? f.claimants,
    targets: patch.targets ?? f.targets,
    // (null is a value here: "no content")
    contentSpan: patch.contentSpan === undefined ? f.contentSpan : patch.contentSpan,
    certainty: patch.certainty ?? f.certainty,
    reportedBy: patch.reportedBy ?? f.reportedBy,
    confidence: patch.confidence ?? f.confidence,
    how: patch.how ?? f.how,
    claimantViaAnaphor: patch.claimantViaAnaphor ?? f.claimantViaAnaphor,
  };
}

export interface SentenceContext {
  readonly text: string;
  readonly sentence: Span;
  readonly refs: readonly Ref[];
  readonly quotes: readonly Quote[];
  readonly tagger: CueTagger | null;
  /** Actors this document accuses (targets of charges, indictments, accusations), for the harm rule. */
  readonly accused: ReadonlySet<string> | null;
  /** The sentence sits under a document lead-in ending in a colon ("According to the indictment:"). */
  readonly leadIn: boolean;
  /** Actor id -> the actor it belongs to or speaks for (admissions: a spokesman on his own group). */
  readonly affiliation: ReadonlyMap<string, string | null>;
  /** The main defendants of a charging document (pass two), for "the charges were announced by …". */
  readonly mainAccused: readonly string[];
  /** Cue matches per sentence start, shared by the two passes (they do not depend on refs). */
  readonly cueCache?: Map<number, CueMatch[]>;
  /** Clause boundaries per sentence start, shared by the passes (they depend on the text only). */
  readonly boundaryCache?: Map<number, Boundaries>;
  /** The sentence is the headline (Title Case, no auxiliaries). */
  readonly headline: boolean;
  /** The harm verbs of this sentence (`harmSpansBySentence`); computed from the sentence when absent. */
  readonly harmSpans?: readonly Span[];
  /** The cue keys in this sentence (`cueKeysBySentence`); computed from the sentence when absent. */
  readonly keys?: ReadonlySet<string>;
  /** Claimants of the previous sentence's claims, for "He also said …" continuations. */
  readonly previous: { readonly claimants: readonly string[]; readonly reportedBy: readonly string[] } | null;
}

const HARM_WORD = new RegExp(`\\b${HARM_WORDS}\\b`, 'i');
const CRIME_WORD = new RegExp(`\\b${CRIME_WORDS}\\b`, 'i');
const HARM_ANY = new RegExp(`\\b(?:${HARM_VERBS}|${HARM_OBJECT})\\b`, 'i');
const ATTRIBUTION_TAIL = new RegExp(`,\\s*(?:[^,]{0,60}?\\s)?(?:${REPORTING_VERBS}|${ACCORDING_TO})\\b[^,]*$`);
const REPORTING_ALL = new RegExp(`\\b${REPORTING_VERBS}\\b`, 'g');
/** "…, Zhao said." / "…, said U.S. Attorney Yates." / "…, the ministry said on Monday." / "…, the family's lawyer, Ana Ruiz, said." */
const SPEAKER_TAIL = /,["\u201d]?\s*(?:(?:said|says|added|stated|noted|explained|told\s+\S+)\s+[^,]{2,90}(?:,[^,]{0,90})?|[^,]{2,60}?\s+(?:said|says|added|stated|noted|explained|told\s+\S+)(?:\s+(?:on|in)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:\S+\s+){0,7}?\S+)?|\s*[A-Z][^,]{1,40},\s*(?:said|says|added|stated|noted|explained|told\s+\S+)(?:\s+(?:on|in)\s+\S+)?)[.!]?["\u201d]?$/;
const ACCORDING_TO_RE = new RegExp(`\\b${ACCORDING_TO}\\s+`);
const MEDIA_CREDIT_BEFORE = new RegExp(`\\b(?:${ACCORDING_TO}|told|tells|telling|interview with|speaking to|said to|reported by|quoted by|cited by)\\s+(?:the\\s+)?$`);

const CUE_RES = CUES.map((cue) => ({
  cue,
  re: new RegExp(`\\b${cue.pattern}\\b`, 'gi'),
  requires: cue.requires ? new RegExp(cue.requires, 'i') : null,
}));

/** Cheap tests per sentence before any analysis: does any cue word occur at all? (Lower case; evaluative.ts scans them with its own keys.) */
export const CUE_KEYS = [...new Set(CUES.flatMap((c) => c.keys))].sort((a, b) => b.length - a.length);
/** One alternation of every key (longest first): the whole document is scanned once, not once per key and sentence. */
const CUE_KEY_RE = new RegExp(CUE_KEYS.map(escapeRegExp).join('|'), 'g');
/** Keys that occur inside another key ("deni" inside "denial"): where the longer one is found, so are they. */
export const KEYS_INSIDE: ReadonlyMap<string, readonly string[]> = new Map(CUE_KEYS.map((k) => [k, CUE_KEYS.filter((o) => o !== k && k.includes(o))]));

/**
 * The cue keys present in each sentence, from one scan of the lower-cased document
 * (overlapping matches allowed, so "tied" and " ties" are both seen). Sentences are
 * sorted by start and do not overlap.
 */
export function cueKeysBySentence(text: string, sentences: readonly Span[]): ReadonlySet<string>[] {
  const out: Set<string>[] = sentences.map(() => new Set<string>());
  if (sentences.length === 0) return out;
  const lower = text.toLowerCase();
  CUE_KEY_RE.lastIndex = 0;
  let si = 0;
  for (let m = CUE_KEY_RE.exec(lower); m !== null; m = CUE_KEY_RE.exec(lower)) {
    const at = m.index;
    const end = at + m[0].length;
    CUE_KEY_RE.lastIndex = at + 1;
    while (si < sentences.length && (sentences[si] as Span).end < end) si++;
    const s = sentences[si];
    if (!s) break;
    if (at < s.start) continue;
    const set = out[si] as Set<string>;
    set.add(m[0]);
    for (const k of KEYS_INSIDE.get(m[0]) ?? []) set.add(k);
  }
  return out;
}
const ATTRIBUTION_HINT = /\b(?:said|says|say|saying|estimat\w*|adding|stating|think|thinks|thought|suspects?|suspected|concluded|argued|warned|noted|wrote|posted|told|tells|according|alleg\w*|stated|states|added|testified|claim\w*|believe\w*|reported|insisted|wrote|tweeted)\b/i;
export const CUE_PREFILTER = new RegExp(`\\b(?:${CUES.map((c) => c.pattern).join('|')})\\b`, 'i');

const NEGATED = new RegExp(`\\b${NEGATION}\\b(?:\\s+\\S+){0,3}\\s*$`, 'i');
const CANCELLED = new RegExp(`\\b${CANCEL_BEFORE_CUE}\\s*(?:\\S+\\s+){0,1}$`, 'i');
const NOT_A_CLAIM = new RegExp(`\\b${NOT_A_CLAIM_BEFORE}\\s+(?:\\S+\\s+){0,3}$`, 'i');
const HEDGE = new RegExp(`\\b${HEDGES}\\b`, 'i');
const ARTICLE_HEDGE = /\b(?:allegedly|reportedly|purportedly|apparently|likely|probably|possibly)\b/i;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:(?:\w+ly|not|also|now|later|then|previously|formally|jointly|each|all|both)\s+)*(?:\w+ed\s*,?\s+(?:and|or)\s+)?$/i;
const REDUCED_PASSIVE_BEFORE = /(?:,\s*|\b(?:who|which|that)\s+(?:\w+\s+)?(?:was|were|is|are|has been|have been|had been)\s+|\w\s+)$/i;
// ("at least three Russian drones" is a number, not a preposition)
const PREPOSITION = /\b(?:of|from|by|against|with|to|in|on|for|at(?!\s+(?:least|most)\b)|after|about|over|into|including|like|as|than|between|among|toward|towards|through|under|within|without|via|during|before|since|near)\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,3}$/i;
/** A lowercase content word, then a determiner right before the ref: "parts the defendants". */
const NEW_NOUN_PHRASE = /\b(?!(?:and|or|nor|but|than|as|of|from|by|against|with|to|in|on|for|at|after|about|over|into|including|like|between|among|toward|towards|through|under|within|without|via|during|before|since|near|is|are|was|were|be|been|that|which|who|whom|all|both|each|of)\b)[a-z]{3,}(?<!ing|ed|ly)\s+(?:the|these|those)\s+$/;
/** Nouns whose "of X" complement is X itself: "the government of X", "officers of the FSB". */
const HEAD_OF = /\b(?:government|governments|authorities|officials?|ministry|ministries|embassies|delegations|parliaments|ministers?|presidents?|prime minister|leaders?|leadership|forces|military|army|regime|administration|embassy|people|hackers|agents|officers|spies|spokes(?:man|woman|person)|secretary|representatives?|members?|director|head|chief|state|department|office|republic|kingdom|foreign ministry)\s+(?:of|for)\s+(?:the\s+)?$/i;
/** Staff who speak for the body they work at: "researchers at Recorded Future said", "analysts with the firm". */
/** A qualified part of a body ("Western members of", "some member states of"): not the body itself. */
const SUBSET_OF = /\b(?:[Ww]estern|[Ee]astern|[Ee]uropean|African|Asian|Arab|Nordic|Gulf|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Oo]ther|[Cc]ertain|[Ii]ndividual|non-permanent|[Dd]issenting|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+(?:[a-z-]+\s+)?(?:members|member\s+(?:states|countries|nations)|countries|states|nations|governments)\s+(?:of|in)\s+(?:the\s+)?$/;
const CAPITAL_NAMES = new Set(COUNTRIES.flatMap((c) => c.capitals));
/** Words that join a companion to a subject: "Norland, along with Vestia,", "Norland as well as Vestia". */
const COMPANION = '(?:(?:along|together)\\s+with|joined\\s+by|as\\s+well\\s+as)';
const COMPANION_OPENS = new RegExp(`^\\s*${COMPANION}\\s`, 'i');
const COMPANION_ENDS = new RegExp(`(?:^|[a-z.]\\s)\\s*${COMPANION}\\s+(?:the\\s+)?$`, 'i');
/** A described body given its name: "a group known as", "a hacking gang dubbed", "a militia calling itself". */
const NAMED_AS_BEFORE = /\b(?:group|gang|crew|ring|network|cell|unit|team|outfit|collective|actor|militia|movement|organi[sz]ation|company|firm|front|operation|campaign)\s+(?:(?:that\s+)?(?:is\s+)?(?:known|tracked|identified)\s+as|called|dubbed|named|nicknamed|calling\s+itself)\s+["\u201c]?$/i;
const OFFICIALS_IN = /\b(?:officials|authorities|police|prosecutors|investigators)\s+in\s+(?:the\s+)?$/i;
const STAFF_AT = /\b(?:researchers|analysts|experts|investigators|scientists|specialists|engineers|officials|spokes(?:man|woman|person))\s+(?:at|with|from)\s+(?:the\s+)?$/i;
/** Names of a list before a ref: "Norland, Vestia and " in "the ministers of Norland, Vestia and Ruritania". */
const LIST_TAIL_NAMES = /(?:(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+))+$/;
/** Members of a body gathered at its meeting: "leaders at the …", "foreign ministers of the … summit". */
const GATHERED_AT = /\b(?:leaders|heads\s+of\s+(?:state|government)|(?:foreign\s+|defen[cs]e\s+|finance\s+)?ministers|delegates|delegations|members|representatives|envoys|participants)\s+(?:at|attending|of|(?:meeting|gathered|gathering|assembled)\s+(?:at|in|for))\s+(?:the|a|an|this|last\s+week's)\s+(?:\w+\s+)?$/i;
const GATHERING_AFTER = /^\s+(?:[\w-]+\s+)?(?:summit|meeting|conference|session|gathering|assembly|ministerial|council\s+meeting)\b/i;
/** Nouns after a possessor that still speak for it: "China's government", "Russia's foreign ministry". */
const POSSESSED_STANDS_FOR = /^(?:(?:(?!(?:accus|blam|charg|condemn|den[iy]|reject|dismiss|call|claim|alleg|sa[iy]|told|tell|warn|insist|add|was|were|is|has|had)\w*\b)\w+\s+){0,2}?(?:government|authorities|officials?|employees|staff|traders|executives|managers|operatives|subsidiar(?:y|ies)|ministry|foreign ministry|military|army|forces?|regime|administration|leadership|embassy|mission|spokes(?:man|woman|person)|state media|intelligence|security services?|police|prosecutors?|president|prime minister|(?:foreign\s+|defen[cs]e\s+|interior\s+|justice\s+|affairs\s+|finance\s+|home\s+)?(?:minister|secretary)|chancellor|premier|leader|ambassador|envoy|diplomats?|delegation|negotiators?|investigators|(?:\w+\s+)?(?:notice|report|statement|indictment|complaint|lawsuit|suit|letter|filing|affidavit|ruling|press release|decision|order))\b)/i;
// (and the proxy relations of cues.ts: "on the orders of", "under the direction of", "in the pay of" …)
const HELPING = new RegExp(`\\b(?:help(?:ing|ed)?|aid(?:ing|ed)?|assist(?:ing|ed)?|support(?:ing|ed)?|${PROXY_RELATION}|working for|work for|acting for|spying for|spy(?:ing)?\\s+on\\s+(?:[\\w.'\u2019-]+\\s+){1,5}?for|spied\\s+on\\s+(?:[\\w.'\u2019-]+\\s+){1,5}?for|conspir(?:ing|ed) with)\\s+(?:(?:the|a|an)\\s+)?`, 'gi');
// A full stop after a lowercase word inside one "sentence" (ingest keeps a quotation of
// several sentences whole): 'was hacked. Today, the leaders of this attack have been charged'
// "X is held responsible for the event and the US authorities believe that …": an "and"
// after a lowercase word that opens a new subject with a verb of saying or thinking.
// (a dash pair around a list of names, "three companies — A, B and C — of", is an apposition, no boundary)
/** A list of capitalised names ("A, B and C", "the Ministry of X and Y"): inside a dash pair it is an apposition. */
const CAP_NAME = `[A-Z][\\w.'\\u2019-]*(?:\\s+(?:of\\s+|the\\s+)?[A-Z][\\w.'\\u2019-]*)*`;
const NAME_LIST = `${CAP_NAME}(?:\\s*,\\s*(?:and\\s+)?${CAP_NAME}|\\s+and\\s+${CAP_NAME})+`;
const STRONG_BOUNDARY = new RegExp(`\\s+and\\s+(?<=\\b[a-z]+\\s+and\\s+)(?=(?:the\\s+)?(?:[A-Z][\\w.'\\u2019-]*\\s+){1,4}(?:[a-z]+\\s+)?(?:\\w+ly\\s+)?(?:believe|believes|believed|say|says|said|think|thinks|suspect|suspects|suspected|accuse|accuses|accused|blame|blames|blamed|claim|claims|claimed|insist|insists|insisted|allege|alleges|alleged)\\b)|[.!?](?<=[a-z]{2}[.!?])(?<!\\b(?:Mrs|Inc|Ltd|Corp|Bros|Gen|Sen|Rep|Gov|Sept|Nov|Dec|Jan|Feb|Apr|Aug|Oct|etc|approx|vs)[.!?])\\s+(?=["\\u201c]?[A-Z])|,\\s*however,|;(?!\\s+(?:and\\s+)?[A-Z][a-z]+\\s+[A-Z])|:(?<!\\b(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|several)\\s+(?:[a-z-]+\\s+)?(?:companies|firms|entities|individuals|people|persons|men|women|defendants|countries|groups|banks|officials|executives)\\s*:)\\s|\\s[\\u2014\\u2013-]\\s(?!${NAME_LIST}\\s[\\u2014\\u2013-]\\s)(?<!\\s[\\u2014\\u2013-]\\s${NAME_LIST}\\s[\\u2014\\u2013-]\\s)|\\u2014(?!\\s?${NAME_LIST}\\s?\\u2014)(?<!\\u2014\\s?${NAME_LIST}\\s?\\u2014)|,\\s*and\\s(?!(?:the\\s+)?${CAP_NAME}\\s*,\\s*[a-z]+ing\\b)|,\\s*(?:but|while|whereas|although|though|yet)\\s|\\s(?:while|whereas|but)\\s`, 'g');
/**
 * The same, without the global flag, for `exec`/`test`: those move a global regex's
 * lastIndex, and `matchAll` starts from the lastIndex it finds, so sharing one regex made
 * a sentence's boundaries depend on the document analysed before it (found as two runs
 * of one input giving different claimants with different worker counts).
 */
const STRONG_BOUNDARY_ONE = new RegExp(STRONG_BOUNDARY.source);
/**
 * A time word before a date is a preposition, not a subordinator: "has been held since
 * Feb. 24 over accusations of …" keeps its subject ("since" opens no clause there).
 */
const DATE_AFTER = '(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last|early|late|mid|\\d)\\b)';
// ("…, where a jury found him guilty" opens a clause; "Norland, where Ode lives, accused …" is an aside)
const REPORTING_BOUNDARY = new RegExp(`\\b${REPORTING_VERBS}\\b(?:\\s+that\\b)?|\\bthat\\b|\\b(?:because|when|whereas|although|unless)\\s|\\bwhere\\s(?![^,;]{0,60},)|\\b(?:after|before|since|until)\\s${DATE_AFTER}`, 'g');
const ACCUSATION_NOUN_ALL = /\b(?:accusations?|allegations?|claims?|charges|blame|reports?|suggestions?|assertions?|criticisms?|condemnation|censure|rebuke|statement|remarks|speculation|indictments?|versions?\s+of\s+(?:the\s+)?events|narratives?)\b/gi;
/** Documents that allege: "according to court documents / the indictment / the complaint affidavit". */
const DOCUMENT_SOURCE = /\b(?:court\s+documents?|(?:the\s+)?(?:superseding\s+)?(?:indictment|complaint|affidavit|information|charging\s+documents?|evidence|allegations|filings?|court\s+(?:records|papers|filings))|prosecutors?)\b/i;
/** What a denial denies: a claim, an involvement, a that-clause, or nothing ("X denied."). */
const DENIED_OBJECT = /^(?:\s*[.,;:\u201d"]|\s*$|\s+(?:(?:for|in|on|over|since)\s+(?:\S+\s+){0,2}?(?=that\b))?(?:(?:strongly|categorically|flatly|repeatedly|vehemently|firmly|again|also|publicly|previously|immediately|quickly)\s+)*(?:a\s+(?:role|part|hand|link|connection)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|numerous)\s+(?:[\w-]+\s+){0,2}?(?:counts?|charges?|offen[cs]es|allegations?)\b|(?:liability|counts?|offen[cs]es?|misconduct|murder|manslaughter|fraud|bribery|corruption|rape|assault|theft|embezzlement|negligence|doping|cheating|espionage|treason|harassment|abuse)\b|(?:that|any|all|the|these|those|this|its|his|her|their|it|having|being|ever|wrongdoing|involvement|responsibility|knowledge|charges?|accusations?|allegations?|claims?|reports?|guilt|culpability|authorship|participation|links?|ties)\b|[A-Z]|(?!(?:funding|housing|boarding|landing|parking|schooling|training|lodging|clothing|bedding|printing|processing|nothing|something|anything|everything)\b|[a-z]+ing\s+(?:rights|licen[cs]es?|permits?|privileges|hours|access|permission)\b)[a-z]{3,}ing\b))/;
/**
 * "Both countries deny targeting civilians", "the two sides denied …", "both governments
 * accused …": a subject of two (or all) parties named just before. Capture: the noun.
 */
const BOTH_SUBJECT = /^\s*(?:[Bb]oth|[Tt]he\s+two|[Aa]ll\s+(?:three|four))\s+(?:of\s+them|(countries|nations|states|governments|sides|parties|capitals|neighbou?rs|rivals|companies|firms|groups|men|women|leaders))\b\s*(?:(?:have|has|had|also|both|each|repeatedly|routinely|strongly|\w+ly)\s+)*$/;
const COGNITION = /\b(?:believ\w*|conclu\w*|think\w*|thought|suspect\w*|convinced|sure|certain|found|determin\w*|assess\w*|argu\w*|insist\w*|evidence|belief|view|position|opinion|verdict|finding)\b/i;
const ACCUSATION_NOUN = /\b(?:accusations?|allegations?|claims?|charges|blame|reports?|suggestions?|assertions?|criticism|speculation|indictments?)\b/i;
/** "denied him bail", "denied entry": the verb of refusing, not of denying a claim (pronouns in lower case: "US accusations" is no "us"). */
/** "denied Kessler a visa", "denied Norland's fishermen access": people refused something (a name, then the thing). */
const DENIED_TO_SOMEONE = /^\s*(?:(?:[A-Z][\w.'\u2019-]*(?<!['\u2019]s)\s+){1,3}|[A-Z][\w.-]*['\u2019]s\s+[a-z]+\s+)(?:a|an|any|the\s+right|the\s+chance|the\s+opportunity|access|entry|permission|bail|passage|visas?|asylum|citizenship|medical|consular|legal\s+counsel)\b/;
const DENIAL_OBJECT_NOT_CLAIM = /^\s*(?:him|her|them|us|me|[Bb]ail|[Aa]ccess|[Ee]ntry|[Ee]ntrance|[Pp]ermission|a\s+visa|visas?|the\s+(?:[\w'\u2019-]+\s+){0,2}?(?:requests?|applications?|appeals?|motions?|petitions?|opportunity|bids?|demands?|permits?|licen[cs]es?|claims?\s+for\s+(?:compensation|damages|asylum|benefits))|any\s+(?:request|access)|service|of\s+service)\b/;
/** Verbs that make their subject the author of an accusation noun: "X made accusations", "X published an indictment". */
const NOUN_GOVERNORS_BEFORE = /\b(?:reiterat(?:ed|es|e)|echo(?:ed|es)|ordered|orders|sought|seeks|requested|requests|made|make|makes|making|level(?:l?ed|s)?|brought|bring|brings|filed|files|file|published|publishes|issued|issues|announced|announces|unsealed|unseals|returned|returns|raised|raises|lodged|lodges|repeated|repeats|renewed|renews)\s+(?:\S+\s+){0,3}$/i;

/** The object of a labelling verb that is an accusation or measure, labelled with a word of falsity. */
const FALSE_LABELLED = new RegExp(`^\\s+(?:(?:the|these|those|such|all|any|his|her|their|its)\\s+)?(?:(?:[\\w.-]+\\s+){0,2}?[\\w.-]+['\u2019]s?\\s+)?(?:[\\w-]+\\s+){0,3}?${DISMISSED_NOUNS}\\b[^;]{0,60}?\\b${FALSITY_WORDS}\\b`, 'i');

/** Pronouns for the labeller's own side as the object of "against" ("the charges against him"); evaluative.ts `label` reads them too. */
export const SELF_PRONOUNS = 'him|her|them|it|us|me|himself|herself|itself|themselves';

/** The object of a labelling verb that is an accusation itself, at most against the labeller's own side ("the charges against him"). */
const LABELLED_ACCUSATION = new RegExp(`^\\s+(?:(?:the|these|those|such|all|any|his|her|their|its|our|my)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:accusations?|allegations?|charges|claims)(?:\\s+against\\s+(?:${SELF_PRONOUNS}|(?:its|his|her|their|our|my)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+))?\\s+(?:as\\s+)?["\u201c\u2018]?(?:an?\\s+)?(?!(?:of|that|by|from|about|against)\\b)`, 'i');

/** Verb cues whose content may be given as "on charges of …". */
const CHARGING_VERBS = new Set(['warrant-for', 'indict-verb', 'charge-verb', 'arrested-for', 'convict-verb', 'accuse-verb', 'sanction-verb', 'sentenced-for']);

/** Analyses one sentence; returns its claims in text order. */
export function analyseSentence(ctx: SentenceContext): Found[] {
  const { text, sentence } = ctx;
  const s = text.slice(sentence.start, sentence.end);
  const keys = ctx.keys ?? keysOf(s);
  const hasCue = keys.size > 0;
  // The harm rule needs someone to say it: look for harm verbs only where there is a hint of attribution.
  const attributed = ctx.leadIn || ctx.quotes.some((q) => q.start < sentence.end && sentence.start < q.end) || ATTRIBUTION_HINT.test(s);
  const harmSpans = ctx.harmSpans ?? harmSpansBySentence(text, [sentence])[0] ?? [];
  const harm = ctx.accused !== null && attributed && harmSpans.length > 0;
  const label = attributed && LABEL_HINT.test(s);
  if (!hasCue && !harm && !label && !ctx.leadIn && !DOCUMENT_LEAD.test(s)) return [];
  const matches = hasCue ? findCues(s, sentence.start, ctx, keys) : [];
  const found: Found[] = [];
  for (const m of matches) {
    const f = analyseCue(ctx, m.cue, m.span, matches);
    if (!f) continue;
    const each = mutual(ctx, f);
    found.push(...(each.length > 1 ? each : secondAllegation(ctx, f)));
  }
  if (harm) {
    for (const f of harmClaims(ctx, found, harmSpans)) found.push(f);
  }
  if (label) {
    for (const f of labelClaims(ctx, found)) found.push(f);
  }
  // ("According to the indictment, X was a member of the Y group, which the FBI estimates extorted …": the relative
  // clause is a statement of its own; the document still accuses the main clause's subject.)
  if (found.every((f) => f.how === 'harm+relative-says')) {
    const d = documentClaim(ctx);
    if (d) found.push(d);
  }
  const own = OWN_FAILURE_HINT.test(s) ? ownFailureBlame(ctx, found) : found;
  const motive0 = MOTIVE_HINT.test(s) ? motiveDismissals(ctx, own) : own;
  const motive = motive0.some((f) => f.cue.id === 'without-evidence') ? evidenceNotShown(ctx, motive0) : motive0;
  return endBeforeSecond(ctx, mergeSameStatement(coordinatedSpeaker(ctx, rebuttedInSentence(ctx, deniedComplement(ctx, reasonOfEarlier(ctx, motive)))), ctx));
}

/** The blamer's own failings as the reason of the blame: "was blaming Vestia for its own failures". */
const OWN_FAILURE = /^\s+(?:\S+\s+){1,4}?for\s+(?:its|their|his|her)\s+own\s+(?:[\w-]+\s+)?(?:failures?|failings|mistakes|errors|problems|unpopularity|incompetence|shortcomings|misdeeds|blunders|weakness(?:es)?|defeats?|losses|mismanagement|woes|troubles|crimes)\b/i;
const OWN_FAILURE_HINT = /\bown\s+(?:[\w-]+\s+)?(?:fail|mistake|error|problem|unpopular|incompeten|shortcoming|misdeed|blunder|weakness|defeat|loss|mismanage|woe|trouble|crime)/i;
// (global, read with matchAll only: matchAll copies the regex, so its lastIndex stays 0)
const OWN_FAILURE_SAID = /\b(?:said|says|say|told|added|insisted|argued)\b/gi;
const OWN_FAILURE_CLAUSE = /\b(?:said|says|say|told|added|insisted|argued|that|and|while|but)\b/gi;
const OWN_FAILURE_CUE: CueEntry = { id: 'blamed-for-own-failures', type: 'denial', frame: 'denial-phrase', pattern: 'for\\s+(?:its|their|his|her)\\s+own', confidence: 0.55, keys: [] };

/**
 * Blame reported by the blamed side: 'Voss said Norland was "blaming Vestia for its own failures"'.
 * The speaker rejects the blame (a denial on behalf of the blamed) and targets the blamer; the
 * blame itself is no accusation by the speaker. Only when a speaker other than the blamer reports
 * it: narration "Norland blamed Vestia for its own failures" is ambiguous ("its" may be Vestia).
 */
function ownFailureBlame(ctx: SentenceContext, found: readonly Found[]): Found[] {
  const { text, sentence } = ctx;
  return found.map((f) => {
    if (f.type !== 'accusation' || (f.cue.id !== 'blame-verb' && f.cue.id !== 'accuse-verb')) return f;
    if (!OWN_FAILURE.test(text.slice(f.cueSpan.end, Math.min(sentence.end, f.cueSpan.end + 120)))) return f;
    const before = text.slice(sentence.start, f.cueSpan.start);
    const said = [...before.matchAll(OWN_FAILURE_SAID)].at(-1);
    if (!said && !quoteAt(ctx.quotes, f.cueSpan.start)) return f;
    // (the blamer is the subject of the blaming clause: after the last "that" or "and", not the speaker's other clauses)
    const clause = [...before.matchAll(OWN_FAILURE_CLAUSE)].at(-1);
    const from = clause ? sentence.start + (clause.index ?? 0) + clause[0].length : sentence.start;
    const blamers = refsIn(ctx.refs, from, f.cueSpan.start).filter((r) => r.type !== 'media');
    const speaker = speakerOrUnnamed(ctx, f.cueSpan.start);
    // ("said the government was blaming Orvik for …": an unnamed blamer, the speaker still rejects the blame)
    if (speaker.how === 'none') return f;
    const blamerIds = uniqueIds(blamers);
    // (actors named in the reported clauses after "said" are its content, not its speakers)
    const content = said ? uniqueIds(refsIn(ctx.refs, sentence.start + (said.index ?? 0) + said[0].length, f.cueSpan.start)) : [];
    const claimants = speaker.ids.filter((id) => !blamerIds.includes(id) && !content.includes(id));
    if (speaker.ids.length > 0 && claimants.length === 0) return f;
    return withSlots(f, { type: 'denial', cue: OWN_FAILURE_CUE, claimants, targets: blamerIds, how: 'speaker-rejects-blame', claimantViaAnaphor: speaker.viaAnaphor });
  });
}

/** Right before "no evidence": the accuser who presented none ("Warsaw had presented \"no evidence\""). */
const PRESENTED_NONE = /\s+(?:has|have|had)\s+(?:(?:yet|still|never|so\s+far)\s+)?(?:presented|provided|offered|produced|shown|given|furnished|submitted|shared)\s+["\u201c]?$/;

/**
 * "Serov said … Warsaw had presented \"no evidence\" that the drones were Russian": the one who
 * presented no evidence is the accuser the denial answers (its target), not the denier; the
 * denier is the speaker of the sentence (GUIDELINES "A denial's targets").
 */
function evidenceNotShown(ctx: SentenceContext, found: readonly Found[]): Found[] {
  const { text, sentence } = ctx;
  return found.map((f) => {
    if (f.cue.id !== 'without-evidence') return f;
    const before = text.slice(sentence.start, f.cueSpan.start);
    const m = PRESENTED_NONE.exec(before);
    if (!m) return f;
    const verbAt = sentence.start + m.index;
    const accuser = refsIn(ctx.refs, Math.max(sentence.start, verbAt - 60), verbAt).filter((r) => r.type !== 'media' && /^(?:['\u2019]s?\s+\w+)?\s*$/.test(text.slice(r.end, verbAt))).at(-1);
    if (!accuser) return f;
    const speaker = speakerOf(ctx, accuser.start);
    const claimants = speaker.ids.filter((id) => id !== accuser.id);
    if (claimants.length === 0) return f;
    return withSlots(f, { claimants, targets: [accuser.id], how: `${f.how}+evidence-not-shown`, claimantViaAnaphor: speaker.viaAnaphor });
  });
}

/** A motive that makes an accusation illegitimate ("politically motivated", "a political vendetta"). */
const MOTIVE = '(?:politically[\\s-]motivated|political(?:ly)?\\s+(?:driven|inspired)|an?\\s+(?:\\w+\\s+)?political\\s+(?:vendetta|revenge|witch[\\s-]?hunt|attack|stunt|hit\\s+job)|fabricated|false|baseless|groundless|absurd|untrue|lies|trumped[\\s-]up)';
const MOTIVE_HINT = /\b(?:politically|political|fabricated|false|baseless|groundless|absurd|untrue|lies|trumped)\b/i;
/** The accusation nouns a motive or falsity can be said of (not "the case / trial / arrest": acts of the state, GUIDELINES). */
const ACCUSED_WORDS = '(?:accusations?|allegations?|claims?|charges|reports?|findings|conclusions|indictment|assertions?)';
/** After a label verb: 'called the report "politically motivated"', "described the charges as a political vendetta". */
const LABELLED_MOTIVE = new RegExp(`^\\s+((?:(?:the|these|those|such|all|any|its|his|her|their|[\\w.-]+['\u2019]s?)\\s+)?(?:[\\w-]+\\s+){0,3}?${ACCUSED_WORDS})\\s+(?:against\\s+(?:him|her|them|it)\\s+)?(?:as\\s+)?["\u201c\u2018]?(?:(?:completely|entirely|totally|purely|clearly)\\s+)?${MOTIVE}\\b`, 'i');
/**
 * A relative clause dismissing its antecedent: "on corruption charges he said were politically
 * motivated", "allegations that the ministry has called absurd", "charges which she describes as
 * fabricated". Group 1: the accusation phrase; group 2: who dismisses it.
 */
const RELATIVE_MOTIVE = new RegExp(`\\b((?:[\\w.-]+['\u2019]s?\\s+)?(?:[\\w-]+\\s+){0,2}?${ACCUSED_WORDS})(?:,?\\s+(?:that|which)\\s+|\\s+)([^,;.:"\u201c]{1,40}?)\\s+(?:(?:has|have|had)\\s+)?(?:(?:repeatedly|always|consistently|long|since|publicly)\\s+)?(?:said|says|say|called|calls|call|described|describes|describe|dismissed|dismisses|termed|terms|insisted|insists|maintained|maintains)\\s+(?:as\\s+)?(?:(?:were|was|are|is|been|had\\s+been|have\\s+been)\\s+)?["\u201c\u2018]?(?:(?:completely|entirely|totally|purely|clearly)\\s+)?${MOTIVE}\\b`, 'gi');
const MOTIVE_DISMISSAL_CUE: CueEntry = { id: 'dismissed-as-motivated', type: 'denial', frame: 'denial-phrase', pattern: MOTIVE, confidence: 0.6, keys: [] };

/**
 * Accusations called politically motivated or false by the accused side are denials
 * (GUIDELINES "Politically motivated"): the label cue's reading of 'X called the report
 * "politically motivated"' as an accusation of the report's author becomes the labeller's
 * denial (targets: the accusers named in the phrase, "the IAEA report" -> IAEA), and a relative
 * clause "on charges he said were politically motivated" adds the denial of the one who says
 * so. "called the trial politically motivated" stays an accusation (an act of the state).
 */
function motiveDismissals(ctx: SentenceContext, found: readonly Found[]): Found[] {
  const { text, sentence } = ctx;
  const out: Found[] = [];
  for (const f of found) {
    const m = f.type === 'accusation' && f.cue.id === 'label-verb' ? LABELLED_MOTIVE.exec(text.slice(f.cueSpan.end, sentence.end)) : null;
    if (!m) {
      out.push(f);
      continue;
    }
    const phrase: Span = { start: f.cueSpan.end + m.index + m[0].indexOf(m[1] as string), end: f.cueSpan.end + m.index + m[0].indexOf(m[1] as string) + (m[1] as string).length };
    out.push(withSlots(f, { type: 'denial', cue: MOTIVE_DISMISSAL_CUE, targets: accusersIn(ctx, phrase.start, phrase.end).map((r) => r.id).filter((id) => !f.claimants.includes(id)), contentSpan: trimSpan(text, phrase.start, f.cueSpan.end + m.index + m[0].length), how: 'label-of-accusation' }));
  }
  RELATIVE_MOTIVE.lastIndex = 0;
  const s = text.slice(sentence.start, sentence.end);
  for (const m of s.matchAll(RELATIVE_MOTIVE)) {
    const at = sentence.start + (m.index ?? 0);
    const subjFrom = at + m[0].indexOf(m[2] as string, (m[1] as string).length);
    const who = refsIn(ctx.refs, subjFrom, subjFrom + (m[2] as string).length).filter((r) => r.type !== 'media');
    // "charges prosecutors say were fabricated" is no dismissal by the accused; only an actor (or a pronoun for one) counts.
    if (who.length === 0) continue;
    const cueFrom = subjFrom + (m[2] as string).length;
    const cueSpan: Span = { start: cueFrom, end: at + m[0].length };
    if (out.some((f) => f.type === 'denial' && f.cueSpan.start < cueSpan.end && cueSpan.start < f.cueSpan.end)) continue;
    const claimants = uniqueIds(who);
    out.push({
      type: 'denial',
      cue: MOTIVE_DISMISSAL_CUE,
      cueSpan,
      claimants,
      targets: uniqueIds(accusersIn(ctx, at, at + (m[1] as string).length)).filter((id) => !claimants.includes(id)),
      contentSpan: trimSpan(text, at, at + m[0].length),
      certainty: 'asserted',
      reportedBy: [],
      confidence: 0.55,
      how: 'relative-dismissal',
      claimantViaAnaphor: who.every((r) => r.via === 'anaphor'),
    });
  }
  return out;
}

/**
 * "Kim denied that Vestia was behind the attack": the accusation a denial's complement
 * states is what is denied, not a claim of its own. A cue inside the content of a
 * denial verb, with no accuser of its own and no coordination between, is dropped.
 */
function deniedComplement(ctx: SentenceContext, found: readonly Found[]): Found[] {
  const denials = found.filter((d) => d.type === 'denial' && d.cue.frame === 'denial-verb' && d.contentSpan);
  if (denials.length === 0) return [...found];
  return found.filter((f) => {
    if (f.type !== 'accusation') return true;
    // (with no accuser of its own, or the denier itself as "accuser": "Vestia rejected Norland's claims that it was behind …")
    const d = denials.find((x) => (f.claimants.length === 0 || f.claimants.every((c) => x.claimants.includes(c))) && (x.contentSpan as Span).start <= f.cueSpan.start && f.cueSpan.end <= (x.contentSpan as Span).end);
    return !d || /\b(?:and|but)\b|[;]/.test(ctx.text.slice(d.cueSpan.end, f.cueSpan.start));
  });
}

/** "accused each other", "blamed one another", "traded blame / accusations": each side accuses the other. */
const MUTUAL_AFTER = /^\s+(?:each\s+other|one\s+another)\b/i;
/** "each party blaming the other", "A and B each accused the other": the same reading as "each other". */
const EACH_BEFORE = /\beach(?:\s+(?:side|party|camp|country|government|army))?\s+(?:(?:has|have|had|was|were|is|are|\w+ly)\s+)?$/i;
// ("each accused the other team's coach" is none: "the other" must end the object)
const THE_OTHER_AFTER = /^\s+the\s+other(?:\s+(?:side|party|camp|country|government|army))?(?=\s+(?:of|for|over|in|on|after|with|to|as)\b|\s*[,;.:!?"\u201d]|\s*$)/i;
const MUTUAL_TRADED = /\b(?:traded|trade|trading|exchanged|exchange|exchanging|swapped)\s+(?:\w+\s+)?$/i;

/**
 * A mutual accusation by two or more claimants (the generality set's reading, GUIDELINES
 * "Clarified later"): one claim per claimant, targeting the others. The claim itself
 * when it is not mutual.
 */
function mutual(ctx: SentenceContext, f: Found): Found[] {
  if (f.type !== 'accusation' || f.claimants.length < 2 || f.targets.length > 0) return [f];
  const { text } = ctx;
  const after = text.slice(f.cueSpan.end, f.cueSpan.end + 20);
  const before = text.slice(Math.max(ctx.sentence.start, f.cueSpan.start - 30), f.cueSpan.start);
  const isMutual = (f.cue.frame === 'verb-object' && (MUTUAL_AFTER.test(after) || (EACH_BEFORE.test(before) && THE_OTHER_AFTER.test(after)))) || ((f.cue.id === 'blame-verb' || f.cue.frame === 'noun') && MUTUAL_TRADED.test(before));
  if (!isMutual) return [f];
  return f.claimants.map((c) => withSlots(f, { claimants: [c], targets: f.claimants.filter((o) => o !== c), how: `${f.how}+mutual` }));
}

/** "alleged that X leaked designs and destroyed evidence": a second verb of the same subject after "and". */
const SECOND_VERB = /,?\s+and\s+(?:(?:then|later|also|subsequently|allegedly)\s+)?(?=[a-z]+ed\b|(?:stole|sold|sent|took|made|gave|paid|ran|hid|fled|lied|bribed)\b)/g;

/**
 * GUIDELINES "alleged A and B": an alleging verb whose clause holds two coordinated
 * predicates of one subject gives two claims, each with its own content.
 */
function secondAllegation(ctx: SentenceContext, f: Found): Found[] {
  if (f.type !== 'accusation' || f.cue.frame !== 'verb-clause' || f.how !== 'verb-clause' || !f.contentSpan || f.targets.length === 0) return [f];
  const { text } = ctx;
  const content = text.slice(f.contentSpan.start, f.contentSpan.end);
  // The first predicate: the subject's verb right after the targets ("Kim leaked …").
  const firstVerb = /^[^,;]*?\b(?:[a-z]+ed|stole|sold|sent|took|made|gave|paid|ran|hid)\b/.exec(content);
  if (!firstVerb) return [f];
  SECOND_VERB.lastIndex = firstVerb[0].length;
  const and = SECOND_VERB.exec(content);
  SECOND_VERB.lastIndex = 0;
  // "stole and sold the data": one act on one object, no second allegation.
  if (!and || and.index - firstVerb[0].length < 12) return [f];
  const cut = f.contentSpan.start + and.index;
  const first = trimSpan(text, f.contentSpan.start, cut);
  const second = trimSpan(text, cut + and[0].length, f.contentSpan.end);
  if (!first || !second) return [f];
  return [withSlots(f, { contentSpan: first }), withSlots(f, { contentSpan: second, how: `${f.how}+second-allegation` })];
}

/**
 * "ordered the arrest of Dodik for ignoring a summons for allegedly trying to undermine
 * …": an "allegedly" that only gives the reason of an earlier claim of the sentence
 * accuses the same people.
 */
function reasonOfEarlier(ctx: SentenceContext, found: readonly Found[]): Found[] {
  return found.map((f, i) => {
    // "sanctioned Iran over alleged Guards plots": the adjective's plot is the sanction's reason,
    // alleged by the sanctioner against the sanctioned and the plotters named.
    const adjective = f.how === 'adjective';
    if ((f.cue.id !== 'allegedly-adverb' && !adjective) || i === 0) return f;
    if (!/\b(?:for|of|over)\s+$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, f.cueSpan.start - 8), f.cueSpan.start))) return f;
    const earlier = found[i - 1] as Found;
    if (earlier.type !== 'accusation' || earlier.targets.length === 0) return f;
    if (adjective && !sameClause(ctx, earlier.cueSpan, f.cueSpan)) return f;
    const claimants = f.claimants.length > 0 ? f.claimants : earlier.claimants;
    const targets = adjective ? [...new Set([...earlier.targets, ...f.targets])] : earlier.targets;
    return withSlots(f, { claimants, targets, how: `${f.how}+reason-of-earlier` });
  });
}

/** An object relative before a denial verb: ", an accusation (that) the Serbian government " (capture: its subject). */
const RELATIVE_DENIER = /,\s*(?:a|an|the|this|that|these|those)\s+(?:\w+\s+)?(?:charges?|accusations?|claims?|allegations?|assertions?)\s+(?:that\s+|which\s+)?((?:(?!that\b|which\b)[^,;])*?\s*(?:(?:has|have|had|quickly|swiftly|promptly|immediately|strongly|flatly|\w+ly)\s+)*)$/i;
/** A denial's object that points back at an accusation: "a charge New Delhi rejected", "denied the claim", "rejected it". */
const DENIED_BACK = /^(?:\s*(?:a|an|the|this|that|these|those|such)\s+(?:\w+\s+)?(?:charges?|accusations?|claims?|allegations?|assertions?|suggestions?)\b|\s*(?:it|them)\b)/i;

/**
 * "Pakistani officials blamed India, accusing it of …, a charge New Delhi quickly
 * rejected": a denial with no accuser of its own whose object points back at an
 * accusation made earlier in the same sentence targets that accusation's claimants
 * (SPEC: the accusers named in that statement; never those of another sentence).
 */
function rebuttedInSentence(ctx: SentenceContext, found: readonly Found[]): Found[] {
  return found.map((f) => {
    if (f.type !== 'denial' || f.targets.length > 0) return f;
    const accusation = found.filter((o) => o.type === 'accusation' && o.cueSpan.start < f.cueSpan.start && o.claimants.length > 0).at(-1);
    if (!accusation) return f;
    const lead = ctx.text.slice(Math.max(accusation.cueSpan.end, f.cueSpan.start - 120), f.cueSpan.start);
    // The object before the cue ("a charge New Delhi rejected") or right after it ("rejected the claim").
    const backBefore = /,\s*(?:a|an|the|this|that|which|these|those)\s+(?:\w+\s+)?(?:charges?|accusations?|claims?|allegations?|assertions?)\b[^,;]*$|,\s*which\b[^,;]*$/i.test(lead);
    const backAfter = DENIED_BACK.test(ctx.text.slice(f.cueSpan.end, f.cueSpan.end + 40));
    if (!backBefore && !backAfter) return f;
    // ("…, an accusation the Serbian government rejected": the denier is the relative clause's subject, not the main one)
    const relative = RELATIVE_DENIER.exec(lead);
    const deniers = relative ? uniqueIds(subjectRefs(ctx, f.cueSpan.start - (relative[1] as string).length, f.cueSpan.start)) : [];
    const claimants = deniers.length > 0 ? deniers : f.claimants;
    const targets = accusation.claimants.filter((id) => !claimants.includes(id));
    return targets.length > 0 ? withSlots(f, { claimants, targets, how: `${f.how}+rebutted-in-sentence` }) : f;
  });
}

/**
 * The harm verbs of each sentence, from one scan of the document. (A weak verb's object
 * test may look past the sentence end, four words at most: accepted for the single scan.)
 */
export function harmSpansBySentence(text: string, sentences: readonly Span[]): Span[][] {
  const out: Span[][] = sentences.map(() => []);
  let si = 0;
  const from = sentences[0]?.start ?? 0;
  const to = sentences.at(-1)?.end ?? 0;
  HARM_RE.lastIndex = from;
  for (let m = HARM_RE.exec(text); m !== null && m.index < to; m = HARM_RE.exec(text)) {
    const end = m.index + m[0].length;
    while (si < sentences.length && (sentences[si] as Span).end < end) si++;
    const s = sentences[si];
    if (!s) break;
    if (m.index >= s.start) (out[si] as Span[]).push({ start: m.index, end });
  }
  return out;
}

// "ordered this poisoning": a command verb only with a harmful act in its object, no preposition before it.
// (The alternatives gathered by first letter: the same matches, ~35% less time for this scan of every document.)
export const HARM_RE = new RegExp(`\\b${gatherByFirstLetter(`(?:${HARM_VERBS}|${HARM_CYBER_VERBS}|${HARM_INTENT_VERBS}|${HARM_PROXY_VERBS}|${HARM_WEAK_VERBS}(?=(?:\\s+\\S+){0,4}?\\s+${HARM_OBJECT}\\b)|${HARM_COMMAND_VERBS}(?=\\s+(?:(?!(?:into|on|to|for|against|after|over|following|from|about|in|with|by)\\b)\\S+\\s+){0,4}?${HARM_COMMANDED}\\b)|${HARM_REPRESSION_VERBS}(?=\\s+(?:\\S+\\s+){0,3}?${REPRESSED}\\b))`)}\\b`, 'g');
const DOCUMENT_CUE: CueEntry = { id: 'according-to-document', type: 'accusation', frame: 'harm', pattern: ACCORDING_TO, confidence: 0.55, keys: [] };
/** "According to court documents, X …", "Specifically, according to the affidavit filed …, X …". */
const DOCUMENT_LEAD = new RegExp(`^(?:\\w+,\\s*)?(${ACCORDING_TO}\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:court\\s+documents?|indictment|complaint|affidavit|information|evidence|allegations|charging\\s+documents?|court\\s+records)\\b[^,]{0,120}),\\s*`);

/**
 * A sentence framed by a document ("According to court documents, Lloyds deliberately
 * removed …") or sitting under a document lead-in ("According to the allegations in
 * the indictment:") accuses the subject of its main clause; the claimant is the
 * issuer where named, else nobody (GUIDELINES "Narration is not a claim").
 */
function documentClaim(ctx: SentenceContext): Found | null {
  const { text, sentence } = ctx;
  const s = text.slice(sentence.start, sentence.end);
  const lead = DOCUMENT_LEAD.exec(s);
  if (!lead && !ctx.leadIn) return null;
  // "According to information in the plea agreement, ...": the accused's own admission (GUIDELINES)
  if (lead && /\bplea\b/i.test(lead[0])) return null;
  // Under a lead-in only sentences that tell a wrong count ("Xu worked as a developer" does not).
  if (!lead && !HARM_WORD.test(s) && !CRIME_WORD.test(s) && !HARM_ANY.test(s)) return null;
  const from = sentence.start + (lead ? lead[0].length : 0);
  // Skip a leading time phrase: "in November 2008, Pleshchuk … obtained …".
  const intro = /^(?:(?:in|on|from|by|between|during|beginning|starting|since|as early as|throughout)\b[^,]{0,80},\s*)+/i.exec(text.slice(from, sentence.end));
  const subjFrom = from + (intro ? intro[0].length : 0);
  const ce = clauseEnd(ctx, subjFrom);
  // "U.S.-based universities", "a Dubai-registered firm": a place that qualifies the subject did nothing
  let targets = clauseSubject(ctx, subjFrom, ce).filter((r) => !/^-\w+ed\b|^-based\b/.test(text.slice(r.end, r.end + 12)));
  if (targets.length === 0) {
    // "the criminal conduct by Lloyds was designed …": the doer inside the subject phrase.
    const verb = /\b(?:[a-z]+ed|was|were|is|are|has|have|had)\b/.exec(text.slice(subjFrom, ce));
    targets = refsIn(ctx.refs, subjFrom, verb ? subjFrom + verb.index : ce).filter((r) => r.type !== 'country');
  }
  // An explicit "According to the indictment, defendants in Iran sent …" accuses even unnamed doers.
  if (targets.length === 0 && !lead) return null;
  const cueSpan: Span = lead
    ? { start: sentence.start + lead.index + (lead[0].indexOf(lead[1] ?? '') >= 0 ? lead[0].indexOf(lead[1] ?? '') : 0), end: sentence.start + lead.index + lead[0].indexOf(lead[1] ?? '') + (lead[1] ?? '').length }
    : firstVerbSpan(ctx, pastAside(text, targets.at(-1)?.end ?? subjFrom), ce) ?? { start: subjFrom, end: targets.at(-1)?.end ?? ce };
  // "The Institute, through the activities of the defendants, targeted …": the agents it acted through did it too.
  const through = targets.length > 0 ? THROUGH_AGENTS.exec(text.slice(targets.at(-1)?.end ?? subjFrom, ce)) : null;
  const throughAt = through ? (targets.at(-1)?.end ?? subjFrom) + through.index : 0;
  const agentsThrough = through ? refsIn(ctx.refs, throughAt, throughAt + through[0].length) : [];
  // "According to the complaint, Acme sold the parts on behalf of X": the helped are targets too (GUIDELINES).
  const helped = targets.length > 0 ? helpedRefs(ctx, pastAside(text, targets.at(-1)?.end ?? subjFrom), ce) : [];
  // "The United States filed a civil forfeiture complaint … According to the complaint, …": the named filer
  const noun = lead ? /\b(complaint|indictment|information|affidavit)\b/i.exec(lead[1] ?? '')?.[1] : undefined;
  const issuer = noun ? earlierIssuer(ctx, noun.toLowerCase(), sentence.start).filter((r) => !targets.some((t) => t.id === r.id)) : [];
  return {
    type: 'accusation',
    cue: DOCUMENT_CUE,
    cueSpan,
    claimants: uniqueIds(issuer),
    targets: uniqueIds([...targets, ...agentsThrough, ...helped]),
    contentSpan: trimSpan(text, pastAside(text, targets.at(-1)?.end ?? subjFrom), ce),
    certainty: certaintyOf(ctx, DOCUMENT_CUE, cueSpan, subjFrom, ce),
    reportedBy: [],
    confidence: 0.5,
    how: lead ? 'according-to-document' : 'document-lead-in',
    claimantViaAnaphor: false,
  };
}

/** An aside naming whom the subject acted through: ", through the activities of the defendants,", ", via its agents A and B,". */
const THROUGH_AGENTS = /^\s*,\s*(?:through|via|by means of|acting through)\s+(?:the\s+|its\s+|their\s+)?(?:(?:activities|actions|work|efforts|agents|employees|officers|members|operatives)\s+(?:of\s+(?:the\s+)?)?)?[^,;]{1,120},/i;

/** Past an apposition right after a subject ("X and Y, the defendants, founded"): where the verb is looked for. */
function pastAside(text: string, pos: number): number {
  const m = /^\s*,\s*(?:the|a|an|an?other|both|all|each|two|three|four|five|[a-z]+)\b[^,]{0,60},/.exec(text.slice(pos, pos + 80));
  return m ? pos + m[0].length : pos;
}

/** The first verb-like word in `[from, end)`. */
function firstVerbSpan(ctx: SentenceContext, from: number, end: number): Span | null {
  const m = /\b(?:[a-z]+ed|[a-z]+s|sold|sent|stole|took|made|gave|paid|ran|had)\b/.exec(ctx.text.slice(from, end));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

/** State agents named by a country adjective before them: "Chinese coast guard ships", "Russian military intelligence officers". */
const STATE_AGENTS_AFTER = /^\s*(?:[a-z-]+\s+){0,2}(?:ships?|vessels?|frigates?|warships?|boats?|gunboats?|jets?|warplanes?|helicopters?|aircraft|drones?|missiles?|rockets?|artillery|tanks?|forces|troops|units|battalions?|brigades?|fighters|commanders|paratroopers|marines|soldiers|police|agents|hackers|spies|operatives|officials|authorities|military|army|navy|coast\s+guard|militias?|intelligence|services|agencies|diplomats|officers|guards|government|regime|leadership)\b/;
// ("the APT28 group compromised …", "the Kestrel ransomware gang encrypted …": the group's own head noun)
const GROUP_MEMBERS_AFTER = /^\s*(?:(?:hacking|hacker|ransomware|cyber(?:crime|criminal)?|espionage|threat|militant|criminal|extortion|state-backed|state-sponsored)\s+)?(?:group|gang|crew|actors?|operators|cell|fighters|members|militants|gunmen|commanders|operatives|hackers|agents|troops|forces|units|soldiers|militiamen|loyalists)\b/;
/** An unnamed speaker before `pos` ("officials said …") or in a closing tail ("…, a senior official told reporters"): shared with evaluative.ts. */
export const UNNAMED_SPEAKER_BEFORE = new RegExp(`\\b${UNNAMED_SPEAKERS}\\s+(?:\\w+ly\\s+|also\\s+)?${UNNAMED_SPEECH_VERBS}\\b`, 'i');
export const UNNAMED_SPEAKER_TAIL = new RegExp(`,["\u201d]?\\s*${UNNAMED_SPEAKERS}\\s+${UNNAMED_SPEECH_VERBS}${UNNAMED_SPEECH_TAIL}[.!]?["\u201d]?$`, 'i');

/**
 * The speaker of `pos`, else an unnamed one: '"…," a senior official told reporters',
 * "investigators say …" (claimants empty, GUIDELINES "Unnamed accusers"); `how` none when
 * nobody is said to say it. (The unnamed speaker is a new record, not a spread copy overwriting
 * `how`: see `withSlots`.)
 */
function speakerOrUnnamed(ctx: SentenceContext, pos: number): ReturnType<typeof speakerOf> {
  const sp = speakerOf(ctx, pos);
  if (sp.how !== 'none') return sp;
  const { text, sentence } = ctx;
  if (UNNAMED_SPEAKER_BEFORE.test(text.slice(sentence.start, pos)) || UNNAMED_SPEAKER_TAIL.test(text.slice(pos, sentence.end))) return { ids: sp.ids, reportedBy: sp.reportedBy, how: 'unnamed-speaker', viaAnaphor: sp.viaAnaphor };
  return sp;
}

/** Plural unnamed speakers right before a complement: "Prosecutors said", "police have said that". */
const PLURAL_SPEAKERS_SAID = /\b(?:prosecutors|police|investigators|officials|authorities|detectives|agents|officers|witnesses|inspectors)\s+(?:(?:have|had|also|\w+ly)\s+)*(?:said|say|says|told\s+\S+|stated|claimed|added)\s+(?:that\s+)?$/i;
/** "… were launched from (the territory of) X": the place right after "from" (see `launchedFrom`). */
const LAUNCHED_FROM = /^\s+(?:\w+ly\s+)?from\s+(?:the\s+(?:territory|direction|soil|airspace)\s+of\s+)?(?:neighbou?ring\s+)?$/;
const LAUNCH_VERB = /^(?:launched|fired|flown|sent)$/;

/** The country a weapon was launched from, named right after "from": "drones were launched from Belarus". */
function launchedFrom(ctx: SentenceContext, verbEnd: number, ce: number): Ref[] {
  const { text } = ctx;
  const verb = /(\w+)$/.exec(text.slice(Math.max(0, verbEnd - 12), verbEnd))?.[1] ?? '';
  if (!LAUNCH_VERB.test(verb)) return [];
  const r = refsIn(ctx.refs, verbEnd, ce).find((o) => o.type === 'country');
  return r && LAUNCHED_FROM.test(text.slice(verbEnd, r.start)) && !/^['\u2019]s?\b|^[- ](?:based|born)\b/.test(text.slice(r.end, r.end + 7)) ? [r] : [];
}

/** A bare plural body speaking at the sentence start: "Prosecutors said", "Police have said that". */
const BARE_BODY_SAYS = /^\s*["\u201c]?(?:The\s+)?(prosecutors|police|investigators|officials|authorities)\s+(?:(?:have|had|also|\w+ly)\s+)*(?:said|say|says|told\s+\S+|alleged|allege|believe|believed|added)\b/i;

/**
 * "According to Dutch prosecutors, the suspect wrote … Prosecutors said he laundered …": a bare
 * "Prosecutors" / "Police" repeats the body named with a country adjective in the two sentences
 * before; that country speaks (GUIDELINES "Country adjectives on officials").
 */
function countryOfBodyBefore(ctx: SentenceContext, verbAt: number): string[] {
  const { text, sentence } = ctx;
  const m = BARE_BODY_SAYS.exec(text.slice(sentence.start, verbAt));
  if (!m) return [];
  const noun = (m[1] as string).toLowerCase();
  const from = Math.max(0, sentence.start - 400);
  const window = text.slice(from, sentence.start);
  const cut = window.lastIndexOf('\n\n');
  const start = cut >= 0 ? from + cut : from;
  const hits = refsIn(ctx.refs, start, sentence.start).filter((r) => r.type === 'country' && new RegExp(`^\\s+${noun}\\b`, 'i').test(text.slice(r.end, r.end + noun.length + 2)));
  const last = hits.at(-1);
  return last ? [last.id] : [];
}

/** After the clause subject: a first predicate, then "and" or a comma before the harm verb. */
const COORDINATED_VP = /^(?:['\u2019]s?)?\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en)\b[^,;"\u201c\u201d]{0,90}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:has|have|had|also|then|later)\s+)*$/;

/** The subject refs opening the clause when the harm verb is the second of coordinated predicates (see harmClaims). */
function coordinatedSubject(ctx: SentenceContext, cs: number, verbAt: number): Ref[] {
  const { text } = ctx;
  const refs = refsIn(ctx.refs, cs, verbAt);
  const first = refs[0];
  if (!first || !/^\s*["\u201c]?\s*(?:[Tt]he\s+)?$/.test(text.slice(cs, first.start))) return [];
  // the subject run: refs joined by "and" / commas right at the clause start ("Iran and Syria have …")
  const run: Ref[] = [first];
  for (const r of refs.slice(1)) {
    if (!/^\s*(?:,\s*|\s+and\s+)(?:the\s+)?$/.test(text.slice((run.at(-1) as Ref).end, r.start))) break;
    run.push(r);
  }
  return COORDINATED_VP.test(text.slice((run.at(-1) as Ref).end, verbAt)) ? run : [];
}

/** A harm span that is an act on purpose with an adverb that needs a harm in reach (HARM_INTENT_VERBS). */
const INTENT_SPAN = /^(?:deliberately|intentionally|purposely|purposefully)\s/i;
const INTENT_HARM_AFTER = new RegExp(`\\b(?:${INTENT_HARMED}|${HARM_WORDS}|${HARM_OBJECT})\\b`, 'i');
/** A harm span that is a proxy relation ("operating on behalf of", "acted on the orders of"). */
const PROXY_SPAN = new RegExp(`^${HARM_PROXY_VERBS}$`, 'i');
const PROXY_PRINCIPAL_TYPES: ReadonlySet<string> = new Set(['country', 'agency', 'threat_group']);
/** Doers whose acting for a state is itself the wrong told: hackers, spies, agents (named or not). */
const COVERT_DOERS = /\b(?:hackers?|hacking|spies|spy|spying|espionage|agents?|operatives?|saboteurs?|sabotage|militants?|militias?|mercenar(?:y|ies)|proxies|proxy|cyber\w*|intrusions?|malware)\b/i;

/**
 * Whether a proxy relation tells a wrong: the principal named after it is a state, agency or armed group,
 * and the doer is a threat group, or the sentence (past the relation itself) names a harm, a crime or
 * covert doers ("the hackers were acting on the orders of the GRU").
 */
function proxyWrong(ctx: SentenceContext, span: Span, doers: readonly Ref[], ce: number): boolean {
  if (!helpedRefs(ctx, span.start, ce).some((r) => PROXY_PRINCIPAL_TYPES.has(r.type))) return false;
  if (doers.some((r) => r.type === 'threat_group')) return true;
  const { text, sentence } = ctx;
  const rest = text.slice(sentence.start, span.start) + ' ' + text.slice(span.end, sentence.end);
  return HARM_WORD.test(rest) || CRIME_WORD.test(rest) || HARM_ANY.test(rest) || COVERT_DOERS.test(rest);
}

const HARM_CUE: CueEntry = { id: 'harm-verb', type: 'accusation', frame: 'harm', pattern: HARM_VERBS, confidence: 0.5, keys: [] };
/** Words allowed between a subject and its verb: "the defendants then allegedly stole". */
// ... and an auxiliary with an adverb or an attempt verb: 'Iran is "flagrantly" defying',
// "Washington openly seeks to weaponize", "the regime continues to suppress"
const SUBJECT_GAP = /^(?:\s*,?\s*["\u201c\u201d]?(?:also|then|later|further|allegedly|successfully|subsequently|repeatedly|knowingly|willfully|deliberately|specifically|together|each|both|all|earlier|again|already|even|still|twice|had|have|has|were|was|would|had\s+been|is|are|has\s+been|have\s+been|(?:may|might|could)(?:\s+have)?(?:\s+been)?|(?:appears?|appeared|seems?|seemed)\s+to(?:\s+have)?|[a-z]+ly|(?:seeks?|sought|tries|tried|trying|attempts?|attempted|continues?|continued|continuing)\s+to)["\u201c\u201d]?\s*,?)*\s*["\u201c]?\s*$/i;

/** A harm claim kept as a second statement of its clause's blockers, or as it is when none block. (A module-level function, not a closure bound to a const: tsx's keepNames wraps such a closure in `__name`, an Object.defineProperty measured at ~0.5 us per creation.) */
function pushSecond(ctx: SentenceContext, blockers: readonly Found[], out: Found[], f: Found): void {
  const second = blockers.length > 0 ? asSecondStatement(ctx, blockers, f) : f;
  if (second) out.push(second);
}

/**
 * The harm rule: "the defendants stole …", "“Mr. X stole secrets,” said Y". A
 * harmful act whose doer is an actor is an accusation when the doer is already
 * accused in this document, or when someone is said to say it (a quote speaker, a
 * reporting verb, "according to"). The doer's own statement is an admission, not a
 * claim; a sentence that already holds a cue claim is left alone.
 */
function harmClaims(ctx: SentenceContext, found: readonly Found[], harmSpans: readonly Span[]): Found[] {
  const { text, sentence } = ctx;
  const out: Found[] = [];
  for (const span of harmSpans) {
    const m = [text.slice(span.start, span.end)] as const;
    // A denial leaves room for the counter-accusation after it ("denied the accusation, saying
    // Ukrainian forces had staged the attack"), not for the act it denies ("denied that its troops killed").
    const blockers = found.filter((f) => sameClause(ctx, f.cueSpan, span) && (f.type === 'accusation' || span.start < f.cueSpan.end || f.contentSpan === null || span.start < f.contentSpan.end));
    // ("condemned the arrests and said Vestian police had tortured …": a second statement of the sentence, checked on the claim below)
    if (blockers.some((f) => f.type !== 'accusation' || !opensSecond(ctx, f.cueSpan, span))) continue;
    if (out.some((f) => sameClause(ctx, f.cueSpan, span))) continue;
    const cs = clauseStart(ctx, span.start, true);
    const ce = clauseEnd(ctx, span.end);
    if (cancelled(ctx, HARM_CUE, span, cs)) continue;
    // "the army only targets military positions": a statement of restraint (a rebuttal), not an attack told.
    if (/\bonly\s+(?:ever\s+)?$/i.test(text.slice(Math.max(cs, span.start - 12), span.start))) continue;
    // "she was gang raped by Quirin, Redouane and a third officer": the passive's agent is the doer.
    const beforeVerb = text.slice(Math.max(sentence.start, span.start - 30), span.start);
    // ("were carried out by", "was planned and financed by": a particle, a coordinated participle)
    if (/\b(?:was|were|is|are|been|being|be)\s+(?:\w+\s+)?(?:\w+ed\s+(?:and|or)\s+)?$/i.test(beforeVerb) && /(?:ed|en)(?:\s+out)?$/.test(m[0])) {
      let agents = agentRefs(ctx, span.end, ce);
      // "carried out by hackers working for the North Korean government": unnamed doers, a named backer
      if (agents.length === 0 && /^\s+by\s/i.test(text.slice(span.end, span.end + 5))) agents = backerRefs(ctx, span.end, ce, 60);
      // "the drones were launched from Belarus", "fired from the territory of X": the state it came from.
      if (agents.length === 0 && !/\bby\s/.test(text.slice(span.end, ce))) agents = launchedFrom(ctx, span.end, ce);
      const speakerP = speakerOrUnnamed(ctx, span.start);
      if (speakerP.how === 'none') continue;
      // "said the villagers had been killed by insurgents": a doer the text does not name (targets []),
      // only for a named speaker, a human doer and a grave act.
      const unnamedDoer = agents.length === 0 && speakerP.ids.length > 0 && UNNAMED_DOER.test(text.slice(span.end, ce)) && GRAVE_ACT.test(m[0]);
      if (agents.length === 0 && !unnamedDoer) continue;
      const claimantsP = speakerP.how === 'according-to-media' || speakerP.how === 'reporting-media' ? [] : speakerP.ids;
      pushSecond(ctx, blockers, out, {
        type: 'accusation',
        cue: HARM_CUE,
        cueSpan: span,
        claimants: claimantsP,
        targets: uniqueIds(agents).filter((id) => !claimantsP.includes(id)),
        contentSpan: trimSpan(text, span.start, ce),
        certainty: certaintyOf(ctx, HARM_CUE, span, cs, ce),
        reportedBy: speakerP.reportedBy,
        confidence: 0.45,
        how: `harm-passive+${speakerP.how}`,
        claimantViaAnaphor: speakerP.viaAnaphor,
      });
      continue;
    }
    // "Ode, who prosecutors say stole the designs": the antecedent did it; the relative
    // clause's subject says so (nobody named: claimants empty).
    const relSays = RELATIVE_SAYS.exec(text.slice(Math.max(sentence.start, span.start - 90), span.start));
    if (relSays) {
      const comma = span.start - relSays[0].length;
      const run = nearestNounPhraseRefs(ctx, clauseStart(ctx, comma, true), comma);
      const lastRef = run.at(-1);
      // ("the Blackmoth ransomware group, which the FBI estimates extorted …": a head noun after the name)
      if (lastRef && /^(?:\s+(?:[\w-]+\s+)?(?:group|gang|ring|network|cartel|crew|company|firm|unit|organi[sz]ation))?(?:\s*,\s*\d{1,3})?\s*$/.test(text.slice(lastRef.end, comma))) {
        const sayers = uniqueIds(refsIn(ctx.refs, comma, span.start).filter((r) => r.type !== 'media'));
        const targetsR = uniqueIds([...run, ...helpedRefs(ctx, span.start, ce)]).filter((id) => !sayers.includes(id));
        if (targetsR.length > 0) {
          pushSecond(ctx, blockers, out, {
            type: 'accusation', cue: HARM_CUE, cueSpan: span, claimants: sayers, targets: targetsR,
            contentSpan: trimSpan(text, span.start, ce), certainty: certaintyOf(ctx, HARM_CUE, span, cs, ce),
            reportedBy: [], confidence: 0.45, how: 'harm+relative-says', claimantViaAnaphor: false,
          });
          continue;
        }
      }
    }
    // The doer: the refs right before the verb, only adverbs, auxiliaries and asides between
    // ("The MSS, Ministry of State Security (from China), uses criminal hackers").
    // "the foreign hackers who committed these intrusions": the relative pronoun's antecedent
    const rel = /\b(?:who|that)\s+(?:(?:also|allegedly|then|later|\w+ly)\s+)*$/i.exec(text.slice(Math.max(cs, span.start - 40), span.start));
    const relAt = rel ? span.start - rel[0].length : -1;
    const subj = rel ? refsIn(ctx.refs, cs, relAt).filter((r) => /^\s*,?\s*$/.test(text.slice(r.end, relAt))) : nearestNounPhraseRefs(ctx, cs, span.start);
    const last = subj.at(-1);
    const gap = last ? text.slice(last.end, rel ? relAt : span.start).replace(/\([^)]*\)/g, ' ').replace(/^['\u2019]s?(?=\s)/, '').replace(/[,\s]+/g, ' ') : '';
    // "a Chinese frigate rammed …", "Egyptian security forces had forcibly disappeared …": a
    // country adjective on its state agents stands for the country (SPEC hard cases).
    // ("RSF fighters went house to house": the members of a named group stand for it)
    const agentGap = last && last.type === 'country' ? STATE_AGENTS_AFTER.exec(gap) : last && (last.type === 'threat_group' || last.type === 'other_org') ? GROUP_MEMBERS_AFTER.exec(gap) : null;
    let doers = last && (SUBJECT_GAP.test(gap) || (agentGap && SUBJECT_GAP.test(gap.slice(agentGap[0].length)))) ? subj : [];
    // "the State Security Bureau, Korvia's spy agency, hacked …": the subject before an apposition
    if (doers.length === 0 && !rel) {
      const app = APPOSITION_BEFORE_VERB.exec(text.slice(cs, span.start));
      const before2 = app ? nearestNounPhraseRefs(ctx, cs, cs + app.index) : [];
      if (before2.length > 0 && /^\s*$/.test(text.slice((before2.at(-1) as Ref).end, cs + app!.index))) doers = before2;
    }
    // "troops loyal to Korvia shelled …": unnamed doers, their named backer
    if (doers.length === 0 && !rel) {
      const backers = backerRefs(ctx, cs, span.start, 80);
      const lastBacker = backers.at(-1);
      if (lastBacker && SUBJECT_GAP.test(text.slice(lastBacker.end, span.start).replace(/^['\u2019]s?(?=\s)/, '').replace(/[,\s]+/g, ' ').replace(/^ (?:(?:[a-z-]+ ){0,2}(?:government|regime|forces|troops|military|army|authorities|intelligence|agents|officials))(?= )/, ''))) doers = backers;
    }
    // "the three men worked at the direction of China's MSS to steal …": with no named doer, the
    // body the unnamed doers served is accused (GUIDELINES "On behalf of").
    if (doers.length === 0 && /\bto\s+(?:\w+ly\s+)?$/.test(text.slice(Math.max(cs, span.start - 14), span.start))) doers = helpedRefs(ctx, cs, span.start);
    // "Iran has expanded its stockpile … and has barred inspectors", headline "Iran expanded enrichment, blocked
    // inspectors": the second of two coordinated predicates shares the clause subject.
    if (doers.length === 0 && !rel) doers = coordinatedSubject(ctx, cs, span.start);
    if (doers.length === 0) continue;
    // "operating on behalf of the Norlandic regime": a proxy relation accuses only with a state, agency or armed
    // group as principal and a wrong in reach ("works on behalf of clients", "acts on the orders of the board" are none).
    if (PROXY_SPAN.test(m[0]) && !proxyWrong(ctx, span, doers, ce)) continue;
    // "deliberately cut output": an act on purpose harms nobody named unless the clause names a harm or the harmed.
    if (INTENT_SPAN.test(m[0]) && !doers.some((r) => ctx.accused?.has(r.id)) && !INTENT_HARM_AFTER.test(text.slice(span.end, ce))) continue;
    const speaker = speakerOrUnnamed(ctx, span.start);
    // Narration is not a claim (GUIDELINES): someone or some document must say it.
    if (speaker.how === 'none') continue;
    const accusedDoer = doers.some((r) => ctx.accused?.has(r.id));
    const named = speaker.how === 'according-to-media' || speaker.how === 'reporting-media' ? [] : speaker.ids;
    // "According to Dutch prosecutors, … Prosecutors said he laundered …": the bare body named with its country just before.
    const claimants = named.length === 0 && speaker.how === 'unnamed-speaker' ? countryOfBodyBefore(ctx, span.start) : named;
    // "Sarea said it had carried out the attack": the speaker's own side, an admission.
    const first = doers[0] as Ref;
    // ("Prosecutors said he laundered …": a singular pronoun after plural unnamed speakers is someone else.)
    const pronoun = text.slice(first.start, first.end);
    const lead = text.slice(Math.max(sentence.start, first.start - 30), first.start);
    const othersSay = /^(?:he|she)$/i.test(pronoun) && named.length === 0 && PLURAL_SPEAKERS_SAID.test(lead);
    if (first.via === 'anaphor' && /^(?:it|we|they|he|she)$/i.test(pronoun) && /\b(?:said|says|stated|claimed|added|told\s+\S+)\s+(?:that\s+)?$/.test(lead) && !othersSay) continue;
    // A spokesman on his own group is an admission too.
    // (A state's prosecutors accusing one of its nationals is no admission: "Dutch prosecutors said he laundered …".)
    if (doers.some((r) => claimants.some((c) => (ctx.affiliation.get(c) === r.id || ctx.affiliation.get(r.id) === c) && !(r.type === 'person' && ctx.refs.some((o) => o.id === c && o.type === 'country'))))) continue;
    // "An army spokesperson, X, said the army only targets …": the body the speaker speaks for, by its description.
    if (first.via === 'anaphor' && speaksForDescribed(text, sentence.start, first)) continue;
    const targetRefs = [...doers, ...helpedRefs(ctx, span.start, ce)];
    const targets = uniqueIds(targetRefs).filter((id) => !claimants.includes(id));
    // "X said it had carried out the attack": the doer speaks of itself, an admission.
    if (targets.length === 0 || doers.every((r) => claimants.includes(r.id))) continue;
    pushSecond(ctx, blockers, out, {
      type: 'accusation',
      cue: HARM_CUE,
      cueSpan: span,
      claimants,
      targets,
      contentSpan: trimSpan(text, span.start, ce),
      certainty: certaintyOf(ctx, HARM_CUE, span, cs, ce),
      reportedBy: speaker.reportedBy,
      confidence: accusedDoer && claimants.length > 0 ? 0.6 : 0.45,
      how: `harm+${accusedDoer ? 'accused' : 'said'}+${speaker.how}`,
      claimantViaAnaphor: speaker.viaAnaphor,
    });
  }
  return out;
}

const LABEL_HINT = new RegExp(`\\b(?:${WRONGDOER_LABELS}\\s+(?:like|such\\s+as)|${WRONGFUL_ACT_ADJECTIVES}\\s+${WRONGFUL_ACT_NOUNS}|${WRONGFUL_CONDITIONS}\\s+(?:in|by))\\b`, 'i');
const CONDITION_BEFORE = new RegExp(`\\b(${WRONGFUL_CONDITIONS})\\s+(?:in|by)\\s+(?:the\\s+)?$`, 'i');
const LABEL_BEFORE = new RegExp(`\\b(${WRONGDOER_LABELS})\\s+(?:like|such\\s+as)\\s+(?:the\\s+)?$`, 'i');
const LABEL_AFTER = new RegExp(`^['\u2019]?s?\\s+["\u201c]?(?:own\\s+|\\w+ly\\s+)?(${WRONGFUL_ACT_ADJECTIVES}\\s+${WRONGFUL_ACT_NOUNS})\\b`, 'i');
const LABEL_CUE: CueEntry = { id: 'wrongdoer-label', type: 'accusation', frame: 'harm', pattern: WRONGDOER_LABELS, confidence: 0.45, keys: [] };

/**
 * The label rule: a speaker names an actor as a wrongdoer without a cue verb:
 * '"Criminals like Albert Gonzalez will be caught," said X', '"Mr. Chung's traitorous
 * actions ...," said Y'. Someone must say it (a quote, a reporting verb); a clause that
 * already holds a claim, and a label on the speaker's own side, give none.
 */
function labelClaims(ctx: SentenceContext, found: readonly Found[]): Found[] {
  const { text, sentence } = ctx;
  const out: Found[] = [];
  for (const r of refsIn(ctx.refs, sentence.start, sentence.end)) {
    const head = text.slice(Math.max(sentence.start, r.start - 60), r.start);
    // "a total breakdown of rule of law in Guatemala": a condition placed in a state
    const before = LABEL_BEFORE.exec(head) ?? (r.type === 'country' ? CONDITION_BEFORE.exec(head) : null);
    const after = before ? null : LABEL_AFTER.exec(text.slice(r.end, Math.min(sentence.end, r.end + 60)));
    if (!before && !after) continue;
    const span: Span = before
      ? { start: r.start - before[0].length, end: r.start - before[0].length + (before[1] as string).length }
      : { start: r.end + (after as RegExpExecArray)[0].length - ((after as RegExpExecArray)[1] as string).length, end: r.end + (after as RegExpExecArray)[0].length };
    if ([...found, ...out].some((f) => sameClause(ctx, f.cueSpan, span) && f.targets.includes(r.id))) continue;
    const cs = clauseStart(ctx, span.start, true);
    if (cancelled(ctx, LABEL_CUE, span, cs)) continue;
    const speaker = speakerOf(ctx, span.start);
    if (speaker.how === 'none') continue;
    const claimants = speaker.how === 'according-to-media' || speaker.how === 'reporting-media' ? [] : speaker.ids;
    if (claimants.includes(r.id) || claimants.some((c) => ctx.affiliation.get(c) === r.id || ctx.affiliation.get(r.id) === c)) continue;
    const ce = clauseEnd(ctx, span.end);
    out.push({
      type: 'accusation',
      cue: LABEL_CUE,
      cueSpan: span,
      claimants,
      targets: [r.id],
      contentSpan: before ? trimSpan(text, span.start, ce) : trimSpan(text, span.start, span.end),
      certainty: certaintyOf(ctx, LABEL_CUE, span, cs, ce),
      reportedBy: speaker.reportedBy,
      confidence: 0.45,
      how: `label+${speaker.how}`,
      claimantViaAnaphor: speaker.viaAnaphor,
    });
  }
  return out;
}

export interface CueMatch {
  readonly cue: CueEntry;
  readonly span: Span;
}

/** Cue indexes (into CUE_RES) per key. */
const CUES_BY_KEY = new Map<string, number[]>();
CUES.forEach((c, i) => {
  for (const k of c.keys) CUES_BY_KEY.set(k, [...(CUES_BY_KEY.get(k) ?? []), i]);
});

/** The cue keys of one sentence, when no document-level scan was given (tests, single sentences). */
function keysOf(s: string): ReadonlySet<string> {
  return cueKeysBySentence(s, [{ start: 0, end: s.length }])[0] ?? new Set<string>();
}

function findCues(s: string, offset: number, ctx: SentenceContext, keys: ReadonlySet<string>): CueMatch[] {
  const cached = ctx.cueCache?.get(offset);
  if (cached) return cached;
  const all: CueMatch[] = [];
  // Only the cues one of whose keys occurs, in lexicon order.
  const wanted = new Set<number>();
  for (const k of keys) for (const i of CUES_BY_KEY.get(k) ?? []) wanted.add(i);
  for (const i of [...wanted].sort((a, b) => a - b)) {
    const { cue, re, requires } = CUE_RES[i] as (typeof CUE_RES)[number];
    if (requires && !requires.test(s)) continue;
    re.lastIndex = 0;
    for (const m of allMatches(re, s)) {
      all.push({ cue, span: { start: offset + m.index, end: offset + m.index + m[0].length } });
    }
  }
  // Longer cues win over the words inside them ("is held responsible" over "held"), among
  // the readings the part of speech allows ("the claim that" is the noun, "claimed that" the verb).
  // ("denounced the accusations": the verb condemns an accusation, a denial by cue `condemn-accusation`, not a wrong)
  const condemnedAt = new Set(all.filter((m) => m.cue.id === 'condemn-accusation').map((m) => m.span.start));
  const possible = all.filter((m) => !isWrongPartOfSpeech(ctx, m) && !(m.cue.type === 'accusation' && condemnedAt.has(m.span.start)));
  possible.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: CueMatch[] = [];
  for (const m of possible) {
    const clash = kept.find((k) => k.span.start < m.span.end && m.span.start < k.span.end);
    if (!clash) {
      kept.push(m);
      continue;
    }
    const mLen = m.span.end - m.span.start;
    const kLen = clash.span.end - clash.span.start;
    if (mLen > kLen) kept.splice(kept.indexOf(clash), 1, m);
  }
  ctx.cueCache?.set(offset, kept);
  return kept;
}

const FINITE_SUBJECT_BEFORE = /\b(?:he|she|they|we|I|who|which|had|has|have|allegedly|deliberately|knowingly|systematically|routinely|repeatedly)\s+$/i;
/** A capitalised word right before (case-sensitive on purpose: a name, not a common noun). */
const NAME_BEFORE = /\b[A-Z][\w'\u2019.&-]*\s+$/;
const DETERMINER_BEFORE = /\b(?:The|A|An|These|Those|This|That|Such|Its|His|Her|Their|Our|Your|My|Any|All|Some|No|What|Other|Several|Many)\s+$/;

/** Ambiguous cue words: "charges" as a noun is the noun cue, as a verb the verb cue. */
function isWrongPartOfSpeech(ctx: SentenceContext, m: CueMatch): boolean {
  const word = ctx.text.slice(m.span.start, m.span.end).toLowerCase();
  const before = ctx.text.slice(Math.max(ctx.sentence.start, m.span.start - 40), m.span.start);
  // "Special Agent-in-Charge Greg Jones": a title
  if ((m.cue.id === 'charge-verb' || m.cue.id === 'charges-noun') && /\bin[\s-]+$/i.test(before) && /^Charge/.test(ctx.text.slice(m.span.start, m.span.end))) return true;
  if ((m.cue.id === 'charge-verb' || m.cue.id === 'charges-noun') && /^charges?$/.test(word)) {
    const isVerb = chargeIsVerb(ctx, m.span, before);
    return m.cue.id === 'charge-verb' ? !isVerb : isVerb;
  }
  // "a suspected gas leak led to an explosion": the adjective on a cause, no one suspected of anything
  if (m.cue.id === 'believe-harm' && word === 'suspected' && /\b(?:a|an)\s+$/i.test(before)) return true;
  if (m.cue.id === 'charge-verb' && word === 'charged' && /\b(?:the|a|an)\s+$/i.test(before)) return true; // "the charged conspiracy"
  if (m.cue.id === 'charge-verb' && word === 'charged') {
    // "politically charged", "a charged atmosphere": the adjective.
    return /\b\w+ly\s+$/i.test(before) && !PASSIVE_BEFORE.test(before.replace(/\b\w+ly\s+$/i, ''));
  }
  if (m.cue.id === 'suspect-verb') {
    // "the suspect", "a suspect in the case": the noun.
    if (/\b(?:the|a|an|one|two|three|four|main|prime|key|other)\s+$/i.test(before)) return true;
    if (ctx.tagger) return ctx.tagger.partOfSpeech(ctx.text, m.span.start, m.span.end) === 'noun';
  }
  // "the accused", "the convicted": participles used as nouns.
  if ((m.cue.id === 'accuse-verb' || m.cue.id === 'convict-verb') && /ed$/.test(word) && /\b(?:the|an?)\s+$/i.test(before) && !/^\s+(?:of|by|in|with)\b/i.test(ctx.text.slice(m.span.end, m.span.end + 5))) return true;
  // "Acme fabricated safety reports", "they had fabricated test data": the finite verb of a named or pronoun subject
  // is the wrong itself; "dismissed the fabricated reports", "These fabricated charges" stay dismissals.
  if (m.cue.id === 'baseless' && word === 'fabricated' && (FINITE_SUBJECT_BEFORE.test(before) || (NAME_BEFORE.test(before) && !DETERMINER_BEFORE.test(before)))) return true;
  if (m.cue.id === 'blame-verb' && word === 'blame') {
    if (/\b(?:the|any|no|some)\s+$/i.test(before)) return true;
  }
  // "reiterated the claim that …": only after a determiner or possessor.
  if (m.cue.id === 'claim-noun') return !/(?:\b(?:the|a|an|his|her|its|their|these|those|this|such|same)|['\u2019]s?)\s+(?:\w+\s+)?$/i.test(before);
  if (m.cue.id === 'claim-verb') {
    // "claimed that …", "claims Mahan flies …" are the verb; "the claim", "his claims" the noun.
    const after = ctx.text.slice(m.span.end, m.span.end + 30);
    // "claimed responsibility / credit", "was claimed by": claiming one's own act is an admission.
    if (/^\s+(?:\w+\s+)?(?:responsibility|credit)\b/i.test(after) || /\b(?:was|were|been|is|are)\s+$/i.test(before)) return true;
    // "refuted claims that …", "rejected claims Belgrade armed …": the object of a denial is the noun.
    if (/\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|contest(?:s|ed|ing)?|rebuff(?:s|ed|ing)?|back\s+(?:against|on|at)|(?:off|aside)|repudiat(?:e|es|ed|ing)|challeng(?:e|es|ed|ing)|disagree(?:s|d|ing)?\s+with|(?:issue|exception)\s+(?:with|to)|counter(?:s|ed|ing)?|question(?:s|ed|ing)|doubt\s+(?:on|upon)|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?)\s+(?:\w+ly\s+)?$/i.test(before)) return true;
    // "denied all claims that Khashoggi was slain": a determiner makes it the noun
    if (/^\s+that\b/i.test(after) || /ed$/i.test(word) || /^\s+[A-Z]/.test(after)) return /\b(?:the|a|an|all|any|these|those|such|his|her|its|their|no|false|similar|other|new)\s+$/i.test(before);
    if (/\b(?:the|a|an|his|her|its|their|these|those|such|any|all|no|false|similar|other|new)\s+$/i.test(before)) return true;
    if (ctx.tagger) return ctx.tagger.partOfSpeech(ctx.text, m.span.start, m.span.end) !== 'verb';
    return false;
  }
  return false;
}

/**
 * "charges" / "charge": the verb when an object follows ("charges Tsurikov with",
 * "charges the defendants"), the noun after a determiner, number or governing verb
 * ("faces two charges", "on charges of", "denied the charges"); else compromise decides.
 */
function chargeIsVerb(ctx: SentenceContext, span: Span, before: string): boolean {
  const after = ctx.text.slice(span.end, span.end + 30);
  // Capitalised mid-sentence ("Special Agent in Charge Brian Lamkin", "Hacking Charges"): part of a name or title.
  if (/^C/.test(ctx.text.slice(span.start, span.end)) && !ctx.headline && /\S\s+$/.test(before)) return false;
  if (/^C/.test(ctx.text.slice(span.start, span.end)) && /[A-Z][\w-]*\s+(?:in\s+)?$/.test(before)) return false;
  // "a charge New Delhi rejected": a determiner makes it the noun whatever follows.
  if (/\b(?:a|an|this|that|such|one)\s+$/i.test(before)) return false;
  if (/^\s+(?:of|against|were|are|was|is|in|and|or|that|for|filed|brought|related|stem|include)\b/i.test(after)) return false;
  // "Vestian prosecutors charge businessman over …" (a headline's present tense): after a plural
  // body of officials the bare word is their verb ("police charges" stays a noun).
  if (/^charge$/i.test(ctx.text.slice(span.start, span.end)) && /\b(?:prosecutors|police|authorities|officials|investigators|regulators|officers|agents)\s+(?:\w+ly\s+)?$/i.test(before) && /^\s+(?!sheets?\b)[a-z]/.test(after)) return true;
  if (/^\s+(?:[A-Z][a-z]|him\b|her\b|them\b|the\s+(?:defendants?|company|bank|men|women|two|three|four)\b|each\b|both\b|all\b|defendants?\b|\w+\s+with\b)/.test(after)) return true;
  if (/\b(?:a|an|one|the|these|those|its|their|his|her|any|all|no|new|similar|related|criminal|federal|additional|separate|multiple|several|pending|two|three|four|five|six|seven|eight|nine|ten|\d+|on|of|face|faces|faced|facing|drop|dropped|deny|denies|denied|reject|rejected|against|over|to|in|with)\s+(?:(?:criminal|federal|new|related|additional|similar|separate|\w+(?:-\w+)+|corruption|terrorism|espionage|fraud|murder|hacking)\s+)?$/i.test(before)) return false;
  if (ctx.tagger) return ctx.tagger.partOfSpeech(ctx.text, span.start, span.end) === 'verb';
  return false;
}

/** The start of the clause that holds `pos`: the last strong boundary before it. */
/** A noun phrase alone (a name, "the ministry"): what precedes an aside such as ", however," inside a clause. */
const BARE_SUBJECT = /^\s*(?:(?:[Tt]he\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w.'\u2019-]*)*|(?:[Tt]he|[Tt]his|[Tt]hat)\s+[a-z]+)\s*$/;

/** Clause boundaries of one sentence (match start and end), scanned once per analysis of it. */
export interface Boundaries {
  readonly strong: readonly (readonly [number, number])[];
  readonly reporting: readonly (readonly [number, number])[];
}
const boundaryCache = new WeakMap<SentenceContext, Boundaries>();

/**
 * A match of a sentence-local regex as text offsets. (A module function, not a closure made
 * per call: tsx's keepNames names every local closure with a defineProperty, ~1.7 us each.)
 */
function matchSpan(m: RegExpMatchArray, offset: number): readonly [number, number] {
  return [offset + (m.index ?? 0), offset + (m.index ?? 0) + m[0].length];
}

function boundariesOf(ctx: SentenceContext): Boundaries {
  // The pass-level Map when the caller gives one, else the WeakMap (a WeakMap insertion is
  // costly, and the Map holds everything it would).
  let b = ctx.boundaryCache ? ctx.boundaryCache.get(ctx.sentence.start) : boundaryCache.get(ctx);
  if (!b) {
    const { text, sentence } = ctx;
    const s = text.slice(sentence.start, sentence.end);
    // "A, 25, of Riga; B, 28, of Kyiv; and C were charged": a "; and" after another
    // semicolon closes a list of items, it does not start a clause
    const all = allMatches(STRONG_BOUNDARY, s).filter((m) => !(m[0] === ';' && /^;\s+(?:and|or)\s/.test(s.slice(m.index ?? 0, (m.index ?? 0) + 6)) && s.lastIndexOf(';', (m.index ?? 0) - 1) >= 0));
    // "The Justice Ministry, however, has filed …": an aside between a bare subject and its verb
    const strong = all.filter((m, k) => {
      if (!/^,\s*however,$/i.test(m[0])) return true;
      const prev = all[k - 1];
      const from = prev ? (prev.index ?? 0) + prev[0].length : 0;
      return !BARE_SUBJECT.test(s.slice(from, m.index ?? 0));
    });
    b = { strong: strong.map((m) => matchSpan(m, sentence.start)), reporting: allMatches(REPORTING_BOUNDARY, s).map((m) => matchSpan(m, sentence.start)) };
    if (ctx.boundaryCache) ctx.boundaryCache.set(ctx.sentence.start, b);
    else boundaryCache.set(ctx, b);
  }
  return b;
}

export function clauseStart(ctx: SentenceContext, pos: number, withReporting: boolean): number {
  const { text, sentence } = ctx;
  let best = sentence.start;
  // Boundaries wholly before `pos` (the sentence is scanned once, not once per question).
  const b = boundariesOf(ctx);
  for (const [, end] of b.strong) if (end <= pos && end > best) best = end;
  if (withReporting) for (const [, end] of b.reporting) if (end <= pos && end > best) best = end;
  const q = quoteAt(ctx.quotes, pos);
  // A quote that opens mid-clause continues it: 'said Berisha "was involved in corrupt acts"'
  // keeps "Berisha" as the subject; after a speech verb, a colon or a comma the quote is a clause.
  if (q && q.start > best && !(q.start - 1 > best && /[A-Za-z)\]]\s+$/.test(text.slice(best, q.start - 1)) && !/\b(?:that|as|:)\s*$/i.test(text.slice(best, q.start - 1)))) best = q.start;
  return best;
}

/** The end of the clause that starts after `pos`. */
export function clauseEnd(ctx: SentenceContext, pos: number): number {
  const { text, sentence } = ctx;
  const s = text.slice(pos, sentence.end);
  const m = STRONG_BOUNDARY_ONE.exec(s);
  let end = m ? pos + m.index : sentence.end;
  const q = quoteAt(ctx.quotes, pos);
  if (q && q.end < end) end = q.end;
  // "…, Zhao said." / "…, according to Reuters.": the attribution tail is not content.
  const tail = execFromComma(ATTRIBUTION_TAIL, text.slice(pos, end), 1);
  if (tail) end = pos + tail.index;
  return end;
}

/**
 * Actors of the subject before the cue: refs in the clause before it that are not
 * inside a prepositional phrase ("the UK's NCSC" yes, "against the US" no), except
 * where the phrase hangs off a head noun that stands for its complement ("the
 * government of United States").
 */
export function subjectRefs(ctx: SentenceContext, start: number, end: number): Ref[] {
  const refs = dropRoleBodies(ctx, dropModifiers(ctx, dropAppositives(ctx, subjectRefsAll(ctx, start, end), start)));
  return [...listBefore(ctx, start, refs), ...refs];
}

const ROLE_OF_BEFORE = /\b(?:spokes(?:man|woman|person)|minister|secretary|director|head|chief|ambassador|envoy|representative|official|officer|lawyer|attorney|adviser|advisor|president|chairman|chairwoman)\s+(?:for|of|at|to)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,3}$/i;

/** After a body's name: its role noun, then the title words before its holder's name ("… Ministry spokesperson Brigadier General "). */
const BODY_ROLE_THEN_NAME = /^\s+(?:[a-z-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|minister|secretary|ambassador|envoy|representative|director|chief|head|adviser|advisor)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,4}$/;

/**
 * "A spokesman for the Foreign Ministry, Wang Wenbin, accused …": the body after a role
 * noun only says whom the person named in apposition speaks for; the person speaks.
 */
function dropRoleBodies(ctx: SentenceContext, refs: readonly Ref[]): Ref[] {
  const { text } = ctx;
  return refs.filter((r, i) => {
    if (r.type === 'person') return true;
    const next = refs.slice(i + 1).find((o) => o.start >= r.end && o.id !== r.id);
    if (!next || next.type !== 'person') return true;
    const between = text.slice(r.end, next.start);
    // "Foreign Ministry spokesperson Nasser Kamalvand dismissed …": the body's role, then its holder's name
    if (BODY_ROLE_THEN_NAME.test(between)) return false;
    // (", Deputy Permanent Representative Grigory Ostapenko,": title words may open the apposition)
    if (!/^\s*,\s*(?:[A-Z][\w.'\u2019-]*\s+){0,4}$/.test(between)) return true;
    return !ROLE_OF_BEFORE.test(text.slice(Math.max(ctx.sentence.start, r.start - 60), r.start));
  });
}

/** A person's age and home town after the name: ", 41, of Leeds, Yorkshire" (the place optional). */
const AGE_PLACE = `(?:\\s*,\\s*(?:age\\s+)?\\d{1,3}(?:\\s*,\\s*(?:of|from)\\s+[A-Z][\\w.'\u2019-]*(?:\\s+[A-Z][\\w.'\u2019-]*){0,3}(?:\\s*,\\s*[A-Z][\\w.'\u2019-]*(?:\\s+[A-Z][\\w.'\u2019-]*){0,2})?)?)`;
/** Between two items of a name list: a comma, "and", an age ("Igor Grudijev, 31, Ronald Tsoi"). */
const LIST_GAP = new RegExp(`^(?:['\u2019]s)?${AGE_PLACE}?\\s*(?:,|,?\\s*and|,?\\s*or|&)?\\s*(?:the\\s+)?$`, 'i');
/** After the last item before ", and": nothing or an age (and home town). */
const LIST_TAIL = new RegExp(`^(?:['\u2019]s)?${AGE_PLACE}?\\s*$`, 'i');
/** The same, with the age required: "Wei Zhantao, 46, and …" is a list of two even with one item before. */
const AGED_TAIL = new RegExp(`^(?:['\u2019]s)?${AGE_PLACE}\\s*$`, 'i');

/**
 * A clause that opens with a name right after ", and " may be the last item of a list the
 * boundary cut: "Igor Grudijev, 31, Ronald Tsoi, 31, Evelin Tsoi, 20, and Mihhail Jevgenov,
 * 33, … have been indicted". The items before it count when there are at least two, the
 * list opens the sentence (or follows punctuation), and only commas, "and" and ages lie
 * between them; "A accused B of hacking C, and D denied it" is no list.
 */
function listBefore(ctx: SentenceContext, start: number, refs: readonly Ref[]): Ref[] {
  const { text, sentence } = ctx;
  const first = refs[0];
  if (!first || start <= sentence.start) return [];
  const boundary = /,\s*(?:and|or)\s+$/i.exec(text.slice(Math.max(sentence.start, start - 8), start));
  if (!boundary || !/^\s*(?:the\s+)?$/i.test(text.slice(start, first.start))) return [];
  let anchor = start - boundary[0].length;
  const before = refsIn(ctx.refs, sentence.start, anchor);
  const items: Ref[] = [];
  let aged = false;
  for (let i = before.length - 1; i >= 0; i--) {
    const r = before[i] as Ref;
    if (r.end > anchor) continue;
    const gap = text.slice(r.end, anchor);
    if (!(items.length === 0 ? LIST_TAIL : LIST_GAP).test(gap)) break;
    if (items.length === 0) aged = AGED_TAIL.test(gap);
    items.unshift(r);
    anchor = r.start;
  }
  // "Wei Zhantao, 46, and Qiao Lin, 39, are charged": one person item with an age is a list too
  // ("A accused B of hacking C, and D denied it" has no age).
  if (items.length < (aged && items[0]?.type === 'person' && first.type === 'person' ? 1 : 2)) return [];
  if (!/(?:^|[,;:(\u2014]\s*|^\W+)$/.test(text.slice(sentence.start, anchor).replace(/\b(?:the|a|an)\s*$/i, ''))) return [];
  return items;
}

/**
 * Refs inside an apposition or aside are not part of the subject: "Baktash Fattahi, an
 * Iranian national and legal U.S. resident, was arrested", "Baratov and three others,
 * including two officers of the FSB, were charged". An aside is a comma segment that
 * follows a ref and opens with a lower-case word, a determiner or a number; list items
 * ("A, B and C") open with a name and stay.
 */
function dropAppositives(ctx: SentenceContext, refs: readonly Ref[], start: number): Ref[] {
  const { text } = ctx;
  return refs.filter((r) => {
    const comma = text.lastIndexOf(',', r.start);
    if (comma < start) return true;
    const segment = text.slice(comma + 1, r.start);
    if (/,/.test(segment)) return true;
    // "Norland, along with Vestia, accused …": a companion shares the subject's act
    if (COMPANION_OPENS.test(segment)) return true;
    // "Grudijev, the Tsois and Jevgenov": the segment opens with another item of the list
    // (a named item: "an Iranian national" after a name is an aside that resolves to it)
    if (refs.some((o) => o.via === 'name' && o.start > comma && o.start < r.start && text.slice(comma + 1, o.start).trim() === '')) return true;
    // A description carries its own determiner ("X and Y, the defendants, founded …": an aside).
    const opener = /^\s*(\S+)/.exec(r.via === 'anaphor' ? segment + text.slice(r.start, r.end) : segment)?.[1] ?? '';
    if (!/^(?:[a-z]|(?:a|an|the|\d)\b)/.test(opener) || /^(?:and|or)$/.test(opener)) return true;
    // The aside must hang off a ref before it ("Fattahi, an Iranian national").
    // ('Lin Wei, aka "Tony Lin," 41, a Norland passport holder': past an alias and an age)
    return !refs.some((o) => o.end <= comma && (o.end >= comma - 2 || NAME_TRAIL.test(text.slice(o.end, comma))));
  });
}

/** What may follow a name before its apposition: an alias in quotes, an age, a bracket. */
const NAME_TRAIL = /^(?:\s*,?\s*(?:(?:aka|a\.k\.a\.|also known as)\s+["\u201c][^"\u201d]{1,40}[,.]?["\u201d]|\(\s*[^)]{1,40}\)|\d{1,3}))+\s*$/;

/**
 * Refs that only modify the head of their noun phrase: "Chinese Ambassador Fu Cong" is
 * Fu Cong, "U.S. Secretary of State Antony Blinken" is Blinken. A ref followed, within
 * the same phrase (no comma, "and", "or"), by a person ref through title words is dropped.
 */
function dropModifiers(ctx: SentenceContext, refs: readonly Ref[]): Ref[] {
  const out: Ref[] = [];
  for (let i = 0; i < refs.length; i++) if (keptAsActor(ctx, refs, i)) out.push(refs[i]!);
  return out;
}

/**
 * Whether `refs[i]` stays (dropModifiers). A module-level function, not a per-call `filter`
 * callback (why: see stepOver in claims/index.ts).
 */
function keptAsActor(ctx: SentenceContext, refs: readonly Ref[], i: number): boolean {
  const r = refs[i]!;
  // "Iranian airline Mahan Air", "Chinese firm Huawei": a country adjective on a named
  // company or person is a nationality, not the state ("Chinese hackers APT41" keeps it)
  const nextRef = refs[i + 1];
  if (r.type === 'country' && nextRef && (nextRef.type === 'company' || nextRef.type === 'person' || nextRef.type === 'other_org' || nextRef.type === 'media')
    && /^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)$/.test(ctx.text.slice(r.start, r.end))
    && /^\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+|\s*,\s*)$/.test(ctx.text.slice(r.end, nextRef.start))
    && !/\b(?:government|state(?!-owned)|officials?|authorities|hackers|agents|spies|intelligence|military|officers|regime|forces|ministry)\b/.test(ctx.text.slice(r.end, nextRef.start))) return false;
  // "the US Department of Justice", "Russian FSB officers": a country right before an agency's
  // name is its modifier; the agency acts (its affiliation keeps the country).
  if (r.type === 'country' && nextRef && nextRef.type === 'agency' && nextRef.via === 'name' && r.via === 'name' && /^\s+$/.test(ctx.text.slice(r.end, nextRef.start))) return false;
  // the next person ref ("US Ambassador to Germany Richard Grenell": past "Germany")
  let next: Ref | undefined;
  for (let k = i + 1; k < refs.length && !next; k++) if ((refs[k] as Ref).start >= r.end && (refs[k] as Ref).type === 'person') next = refs[k];
  if (!next || next.type !== 'person' || r.type === 'person') return true;
  const between = ctx.text.slice(r.end, next.start);
  // "Russia's U.N. envoy, Dmitry Volkov,": the body before a role noun in apposition to a name says whom the role is for
  if (ROLE_APPOSED.test(between)) return false;
  return !/^(?:['\u2019]s)?\s+(?:[A-Za-z.'\u2019-]+\s+){0,6}$/.test(between) || /,|\band\b|\bor\b|\bwith\b|\bby\b/.test(between);
}

const ROLE_APPOSED = /^(?:['\u2019]s)?\s+(?:[a-z-]+\s+){0,2}(?:envoy|ambassador|representative|spokes(?:man|woman|person)|minister|secretary|official|chief|head|director|adviser|advisor|negotiator|delegate|commissioner|coordinator)\s*,\s*$/;

/** A time phrase of years or months right before a name: "between 2019 and 2023 ", "in March 2021, ", "since 2018 ". */
const TIME_PHRASE_END = /\b(?:(?:between|from)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?\d{4}\s+(?:and|to|until|through)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?\d{4}|(?:in|since|during|until|by)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?\d{4})\s*,?\s*(?:(?:and|&)\s+)?$/;

/** Capitalised title words right before a name, with their inner "of"/"for"/"to": "U.S. Secretary of State ". */
const TITLE_TAIL = /(?:\b[A-Z][\w.'\u2019-]*\s+(?:(?:of|for|to|on)\s+(?:the\s+)?)?)+$/;

/** After a country adjective: a role, then a comma ("Sudanese army spokesperson, …"). */
const ROLE_THEN_NAME = /^\s+(?:[a-z-]+\s+){0,3}(?:spokes(?:man|woman|person)|official|minister|ambassador|envoy|general|commander|officer|diplomat|representative|adviser|advisor|aide|negotiator|prosecutor|investigator)\s*,/;

/** A lower-case generic body of a state ("defence ministry", "armed forces", "air force"), not a named agency. */
const GENERIC_STATE_BODY = /^(?:(?:defen[cs]e|foreign|interior|justice|finance|home|foreign\s+affairs|internal\s+affairs)\s+ministry|ministry\s+of\s+(?:defen[cs]e|foreign\s+affairs|the\s+interior|internal\s+affairs)|(?:armed|security|defen[cs]e)\s+forces|air\s+force|navy|army|military|coast\s+guard|border\s+guards?|foreign\s+office|presidency|government)$/;

function genericStateBody(ctx: SentenceContext, r: Ref): boolean {
  return r.type === 'agency' && GENERIC_STATE_BODY.test(ctx.text.slice(r.start, r.end));
}

function subjectRefsAll(ctx: SentenceContext, start: number, end: number): Ref[] {
  const inRegion = refsIn(ctx.refs, start, end);
  const out: Ref[] = [];
  for (const r of inRegion) if (standsAsSubject(ctx, start, inRegion, r)) out.push(r);
  return out;
}

/**
 * Whether `r`, one of the refs `inRegion` of a subject region opening at `start`, is a subject
 * (subjectRefsAll). A module-level function, not a closure made per call (why: see stepOver in
 * claims/index.ts).
 */
function standsAsSubject(ctx: SentenceContext, start: number, inRegion: readonly Ref[], r: Ref): boolean {
  const { text } = ctx;
  const before = text.slice(Math.max(start, r.start - 50), r.start);
  const local = before.slice(before.lastIndexOf(',') + 1);
  // A possessor is not the subject unless its noun stands for it: "the UK's NCSC" is the
  // NCSC, "Berisha's opponents" are not Berisha, "China's foreign ministry" is China's.
  // The possessed noun may lie past the region ("Berisha's opponents" cut before "opponents").
  // (captures that lost the apostrophe glue the "s": "the Department of the Treasurys Office")
  // "Its president, Lars Kovac, called …": the person named in apposition to the possessed role speaks
  if (r.via === 'anaphor' && /^(?:its|their)$/i.test(text.slice(r.start, r.end))) {
    const named = inRegion.find((o) => o.type === 'person' && o.start > r.end && o.start <= r.end + 60);
    // ("Its spokesperson, Lieutenant General Chea Sovannary, said": title words may open the apposition)
    if (named && /^\s+(?:[\w.-]+\s+){0,3}?[\w.-]+\s*,\s*(?:[A-Z][\w.'\u2019-]*\s+){0,4}$/.test(text.slice(r.end, named.start))) return false;
  }
  const poss = /^(?:['\u2019]s?|s(?=\s))\s+((?:\S+\s+){0,2}\S+)/.exec(text.slice(r.end, Math.min(ctx.sentence.end, r.end + 40)));
  if (poss) {
    const nextRef = inRegion.find((o) => o.start > r.end && o.start <= r.end + 4);
    // "Armenia's defence ministry said": an unnamed generic body of a state ("defence ministry",
    // "air force") stands for the state (GUIDELINES "an official of a state is the state").
    if (nextRef && !(r.type === 'country' && genericStateBody(ctx, nextRef))) return false;
    if (!POSSESSED_STANDS_FOR.test(poss[1] ?? '')) return false;
    // "Norland's president, Wei Lee, accused …": the person named in apposition to the role speaks
    const named = inRegion.find((o) => o.type === 'person' && o.start > r.end && o.start <= r.end + 60);
    if (named && /^(?:['\u2019]s?|s(?=\s))\s+(?:(?!(?:and|or|with)\b)[\w.-]+\s+){0,4}?(?!(?:and|or|with)\b)[\w.-]+\s*,?\s*$/.test(text.slice(r.end, named.start))) return false;
  }
  // "Western members of the Security Council", "three member states of the EU": a part speaks, not the body
  if (SUBSET_OF.test(local)) return false;
  // "A Sudanese army spokesperson, Brigadier Tarek Hamza, said": the person named in apposition to
  // the role speaks, not also the country of its adjective (as for "Norland's president, Wei Lee,").
  if (r.type === 'country' && ROLE_THEN_NAME.test(text.slice(r.end, Math.min(ctx.sentence.end, r.end + 40)))) {
    const named = inRegion.find((o) => o.type === 'person' && o.start > r.end && o.start <= r.end + 80);
    if (named && /^\s+(?:[a-z-]+\s+){0,3}[a-z-]+\s*,\s*(?:[A-Z][\w.-]*\s+){0,4}$/.test(text.slice(r.end, named.start))) return false;
  }
  // (the generic body itself after its country's possessive: the country speaks)
  if (genericStateBody(ctx, r) && inRegion.some((o) => o.type === 'country' && o.end < r.start && /^['\u2019]s?\s+$/.test(text.slice(o.end, r.start)))) return false;
  // "Officials in Norland accused …": the state's officials
  // (not a capital: "officials in Tirana" may be the city's)
  if (r.type === 'country' && OFFICIALS_IN.test(local) && !CAPITAL_NAMES.has(text.slice(r.start, r.end))) return true;
  if (HEAD_OF.test(local) || STAFF_AT.test(local)) return true;
  // "Leaders at the Arab League summit condemned …": the members gathered speak for the body.
  if (GATHERED_AT.test(local) && GATHERING_AFTER.test(text.slice(r.end, r.end + 30))) return true;
  // "the foreign ministers of Norland, Vestia and Ruritania", "leaders of A and B": every item of
  // a list that a head noun standing for its complement governs
  if (HEAD_OF.test(before.replace(LIST_TAIL_NAMES, ''))) return true;
  // "Iran's U.N. ambassador", "his U.N. mission": the organisation a post is accredited to does not speak
  if (r.type === 'intl_org' && /^\s+(?:mission|ambassador|envoy|delegation|representative|delegate|permanent\s+representative)s?\b/i.test(text.slice(r.end, r.end + 30))) return false;
  // "a ransomware group known as Black Falcon was behind …": the name a described body goes by is that body
  if (NAMED_AS_BEFORE.test(local)) return true;
  // "Norland, along with Vestia, accused …": the companion is no object of a preposition
  // ("Norland as well as Vestia accused …", "Norland along with Vestia": no commas either)
  if (COMPANION_ENDS.test(local)) return true;
  // "Secretary of State Mike Pompeo", "Ambassador to Germany Richard Grenell": the "of"/"to"
  // of a person's title is no preposition of the clause ("against Secretary of State X" is)
  // "Among the parts the defendants are alleged to have shipped": a determiner right after a
  // noun opens a new noun phrase (a relative clause without "that"), out of the preposition's reach.
  if (NEW_NOUN_PHRASE.test(local + (/^(?:the|these|those)\s+/.exec(text.slice(r.start, r.end))?.[0] ?? ''))) return true;
  // "upon learning his DNA was on her coat he claimed …": a nominative pronoun is never the object of a preposition
  if (r.via === 'anaphor' && /^(?:he|she|they)$/i.test(text.slice(r.start, r.end))) return true;
  // "between 2019 and 2023 Ode and Norvik shipped …": a time phrase ends before the subject
  if (TIME_PHRASE_END.test(local)) return true;
  if (r.type === 'person') return !PREPOSITION.test(local.replace(TITLE_TAIL, ''));
  // "Sergei Tsurikov, 25, of Tallinn, Estonia": the country closes a location phrase.
  // (not when an actor closes the phrase: "a question from Reuters, Vestia denied" has its subject after the comma)
  if (/\b(?:of|from|in|near|based in)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*,\s*$/.test(before) && !inRegion.some((o) => o.end < r.start && /^,\s*$/.test(text.slice(o.end, r.start)))) return false;
  return !PREPOSITION.test(local);
}

/** Refs of the object after the cue, up to the first preposition that starts the content. */
/**
 * Where an object list ends: at the clause end, unless the list goes on past ", and" to
 * a last name and then its preposition ("charged A, 34, B, 29, and C with fraud").
 */
function objectListEnd(ctx: SentenceContext, from: number, ce: number): number {
  const { text } = ctx;
  if (!/^,\s*and\s+(?:the\s+)?[A-Z]/.test(text.slice(ce, ce + 12))) return ce;
  if (/\s(?:of|for|with|over|in connection with|on charges of)\s/i.test(text.slice(from, ce).replace(/,\s*\d{1,3}\s*,\s*(?:of|from|in)\s+[A-Z][^,]*/g, ''))) return ce;
  // the last item is a name (an age may follow), then the preposition of the charge at once
  if (!/^,\s*and\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}(?:\s*,\s*\d{1,3}\s*,?)?\s+(?:of|with|for|over|in connection with|on charges of)\s/.test(text.slice(ce, ctx.sentence.end))) return ce;
  return clauseEnd(ctx, ce + 1);
}

function objectRefs(ctx: SentenceContext, from: number, end: number): { refs: Ref[]; contentFrom: number | null } {
  const { text } = ctx;
  const region = text.slice(from, end);
  // "condemned the act of the NTC", "the attacks by X": an act's doer is the accused.
  const act = ACT_OF.exec(region);
  if (act) {
    const at = from + act[0].length;
    const stop2 = /[,;]|\s(?:against|on|as|for|in|to|that|after|because|with)\s/i.exec(text.slice(at, end));
    const doers = refsIn(ctx.refs, at, stop2 ? at + stop2.index : end);
    if (doers.length > 0) return { refs: doers, contentFrom: null };
  }
  // "denounced a mining agreement signed between the government of X and Y": its parties
  const deal = DEAL_PARTIES.exec(region);
  if (deal) {
    const at = from + deal[0].length;
    const stop2 = /;|,\s*(?:calling|saying|describing|which|who|as|and\s+(?![A-Z]))|\s(?:as|for|because|over)\s/i.exec(text.slice(at, end));
    const parties = dropModifiers(ctx, refsIn(ctx.refs, at, stop2 ? at + stop2.index : end));
    if (parties.length > 0) return { refs: parties, contentFrom: null };
  }
  // "condemned the arrest of X by Vestia": the act's "by" agent is the accused, not the one arrested
  if (ACT_OBJECT.test(region)) {
    const doers = actDoers(ctx, from, end);
    if (doers.length > 0) return { refs: doers, contentFrom: null };
  }
  // "charged Ode, 34, of Springfield, Roe, 29, and Brun with fraud": an "of"/"from"/"in" after an
  // age gives a home town inside the list of accused, not what they are accused of.
  let stop: RegExpExecArray | null = null;
  for (const m of region.matchAll(/\s(?:of|for|from|with|over|in connection with|on charges of|on suspicion of|in|as|that|after|because|by)\s/gi)) {
    if (/^\s(?:of|from|in)\s/i.test(m[0]) && /,\s*\d{1,3}\s*,$/.test(region.slice(0, m.index)) && /^[A-Z]/.test(region.slice(m.index + m[0].length))) continue;
    // "accused A, along with B, of …": the companion is accused too
    // ("accused A along with B of …", "accused A, as well as B, of …", "A as well as B": the same)
    if (/^\swith\s/i.test(m[0]) && /(?:,\s*|\s)(?:along|together)$/i.test(region.slice(0, m.index))) continue;
    if (/^\sas\s/i.test(m[0]) && (/^well\s+as\s/i.test(region.slice(m.index + m[0].length)) || /\sas\s+well$/i.test(region.slice(0, m.index)))) continue;
    // "accused the authorities in Ostrava of …", "the government of Vestia": the place names whose
    // authorities they are, so the object goes on to the next stop
    if (/^\s(?:of|in)\s/i.test(m[0]) && AUTHORITIES_HEAD.test(region.slice(0, m.index)) && /^(?:the\s+)?[A-Z]/.test(region.slice(m.index + m[0].length))) continue;
    // 'charges A, also known as "Lux," and B with …': an alias, not the charge
    if (/^\sas\s/i.test(m[0]) && /\bknown$/i.test(region.slice(0, m.index))) continue;
    stop = m as RegExpExecArray;
    break;
  }
  // "denounced the moves against the republic": who an act is against is its victim, not the accused.
  const against = /\s(?:against|targeting)\s/i.exec(region);
  const objEnd = Math.min(stop ? from + stop.index : end, against && (!stop || against.index < stop.index) && against.index > 0 ? from + against.index : end);
  // "condemned Mhlanga's arrest": the possessor of what was done to him is no accused.
  const inObject = dropModifiers(ctx, refsIn(ctx.refs, from, objEnd));
  // (but "condemned Vestia's arrest of Ode": with its own "of" object the possessor did it)
  const refs = inObject.filter((r) => !/^['\u2019]s?\s+(?:\w+\s+)?(?:arrest|detention|imprisonment|jailing|killing|death|murder|sentenc\w*|conviction|treatment|expulsion|prosecution|trial)\b(?!\s+of\s)/i.test(ctx.text.slice(r.end, r.end + 40)))
    // "accused Acme's owner, Karl Ode, of fraud": the person named after the possessed role is the accused
    .filter((r) => !inObject.some((o) => o.type === 'person' && o.start > r.end && /^['\u2019]s\s+(?:(?!(?:and|or)\b)[\w-]+\s+){0,3}?(?!(?:and|or)\b)[\w-]+\s*,\s*$/.test(ctx.text.slice(r.end, o.start))));
  const contentFrom = stop ? from + stop.index + stop[0].length : null;
  // "accused Acme, a Vestian firm, of …", "charged Ode, an adviser to Lee, with …": an
  // apposition describes the object before it; the refs inside it are not accused
  return { refs: refs.filter((r) => !inAside(ctx.text, refs, from, r)), contentFrom };
}

/** `r` sits in an apposition after the object before it ("Acme, a Vestian firm"). (a module-level function, not a closure bound to a const: tsx's keepNames wraps such a closure in `__name`, an Object.defineProperty measured at ~0.5 us per creation) */
function inAside(text: string, refs: readonly Ref[], from: number, r: Ref): boolean {
  const comma = text.lastIndexOf(',', r.start);
  if (comma < from) return false;
  const head = refs.filter((o) => o.end <= comma).at(-1);
  return head !== undefined && /^\s*$/.test(text.slice(head.end, comma).replace(/^\s*,\s*\d{1,3}\s*(?=,)/, '')) && /^,\s*(?:a|an|the)\s+[^,;]*$/i.test(text.slice(comma, r.start));
}

/** A country naming a thing ("U.S. elections"), not a doer. */
function namesAThing(text: string, r: Ref): boolean {
  return r.type === 'country' && NOUN_MODIFIER_AFTER.test(text.slice(r.end, r.end + 40));
}

/** The ref owns the accusation noun after it: "Norland's accusations", "US claims". */
function ownsAccusation(text: string, r: Ref): boolean {
  return OWNED_ACCUSATION.test(text.slice(r.end, r.end + 40));
}

/**
 * Nouns for a state's authorities as an object: "accused the government of …" (BARE_AUTHORITIES: the
 * state named elsewhere), "accused the authorities in Chisinau of …" (AUTHORITIES_HEAD: the place).
 */
const AUTHORITY_NOUNS = '(?:authorities|government|regime|police|security\\s+forces|army|military|prosecutors|leadership|administration|officials|junta|judiciary|(?:interior|defen[cs]e|foreign|justice|home|security)\\s+ministry)';
/** An object that is a state's authorities, before "in/of <Place>": "the authorities", "the military government", "security forces". */
const AUTHORITIES_HEAD = new RegExp(`^\\s*(?:the\\s+)?(?:[\\w-]+\\s+)?${AUTHORITY_NOUNS}$`, 'i');

/** A deal as an object, up to its parties: "a mining agreement signed last month between", "the contract concluded by". */
const DEAL_PARTIES = /^\s*(?:the|a|an|this|that|its)\s+(?:[\w-]+\s+){0,2}(?:agreement|deal|pact|contract|accord|treaty|memorandum)\s+(?:(?:signed|concluded|struck|reached|agreed)\s+(?:(?:last|this|on|in|earlier)\s+\w+\s+)?)?(?:by|between)\s+/i;

/** An act done to someone, as an object: "the arrest of X (by Y)", "the recent detention of X". */
const ACT_OBJECT = /^\s*(?:the\s+)?(?:[\w-]+\s+)?(?:arrests?|detention|jailing|imprisonment|killing|murder|abduction|kidnapping|torture|expulsion|persecution|harassment|executions?|beating|shooting|deportation|disappearance)\s+of\s/i;

/** An act noun and its doer: "the act of X", "the decision by X", "the attacks carried out by X". */
const ACT_OF = /^\s*(?:the\s+|these\s+|this\s+|recent\s+)?(?:[\w-]+\s+)?(?:acts?|actions?|decisions?|moves?|conduct|behaviou?r|polic(?:y|ies)|attacks?|raids?|crackdown|campaign|handling|treatment|violence|abuses?|measures?|steps?)\s+(?:(?:carried\s+out|taken|made|launched|ordered)\s+)?(?:of|by)\s+(?:the\s+)?/i;

/** Between coordinated helped actors: "X and, specifically, Y", "X or Y", "X, including Y". */
const COORDINATED = /^(?:['\u2019]s?)?\s*(?:(?:\w+\s+)?(?:government|authorities|regime)\s*)?,?\s*(?:and|or|as well as|including|in particular)\s*,?\s*(?:(?:specifically|particularly|notably|especially|in particular)\s*,?\s*)?(?:the\s+)?(?:[A-Z][\w-]*\s+)?$/;

/**
 * 'alleged Mahan had "contributed to suffering, violence, and instability," by supporting
 * X': a closing "by helping/supporting X" after the clause (a quote or a list may have cut
 * it) says whom the accused helped. Only up to the sentence end, with no new statement between.
 */
function helpingTail(ctx: SentenceContext, from: number): Ref[] {
  const rest = ctx.text.slice(from, ctx.sentence.end);
  const m = /[,"\u201d]\s*by\s+(?=(?:help|aid|assist|support)ing\b)/i.exec(rest);
  if (!m || /;/.test(rest.slice(0, m.index)) || REPORTING_BOUNDARY_ONE.test(rest.slice(0, m.index))) return [];
  return helpedRefs(ctx, from + m.index + m[0].length, ctx.sentence.end);
}
const REPORTING_BOUNDARY_ONE = new RegExp(`\\b${REPORTING_VERBS}\\b`);

/** A harmful act named by a noun, then its "by" agent: "his murder … by Saudi agents", "the hacking of X by Y". */
const ACT_BY = /\b(?:murder|killing|executions?|shooting|beating|deportation|disappearance|strikes?|airstrikes?|assassination|abduction|kidnapping|torture|dismemberment|attacks?|hacking|hack|bombing|shelling|poisoning|theft|intrusions?|persecution|harassment|detention|arrests?|jailing|imprisonment|expulsion|crackdown|raids?|seizure)\b(?:\s+(?![a-z]+ed\b)[\w'\u2019-]+){0,8}?\s+by\s+(?:the\s+)?/gi;

export function actDoers(ctx: SentenceContext, from: number, end: number): Ref[] {
  for (const m of ctx.text.slice(from, end).matchAll(ACT_BY)) {
    const at = from + m.index + m[0].length;
    const stop = /[,;]|\s(?:of|for|with|in|on|to|that|who|which|after|before|inside|at)\s/.exec(ctx.text.slice(at, end));
    const doers = dropModifiers(ctx, refsIn(ctx.refs, at, stop ? at + stop.index : end));
    if (doers.length > 0 && /^(?:[\w'\u2019.-]+\s+){0,3}$/.test(ctx.text.slice(at, (doers[0] as Ref).start))) return doers;
  }
  return [];
}

/** After a country adjective: a plain noun phrase that is not the state or its agents ("Iranian universities", "Chinese firms", "a Chinese state-owned enterprise"). */
// (a preposition or conjunction right after the name ends it: "on behalf of North Korea for years" names the state)
const NOT_A_LINK_WORD = '(?!(?:for|in|on|at|to|from|with|by|and|or|of|since|during|over|until|while|through|when|as|before|after)\\b)';
const NATIONALITY_ON_NOUN = new RegExp(`^\\s+(?:${NOT_A_LINK_WORD}[a-z-]+\\s+){0,2}?${NOT_A_LINK_WORD}(?:(?:company|firm|enterprise|business|conglomerate|corporation|university|bank|buyer|customer|client|manufacturer|supplier|entity|institute|individual|national|citizen|businessman|businesswoman)\\b|(?!(?:government|governments|authorities|regime|state|officials|military|forces|army|navy|intelligence|ministry|agents|spies|hackers|officers|operatives|services|leadership|leaders|embassy|diplomats|security)\\b)[a-z]+s\\b(?!\\s+(?:government|authorities|regime|military|forces|intelligence|officials|agents|services)))`);

const SPEAKER_ROLE = /^\s+(?:spokes(?:man|woman|person)|official|officer|commander|chief|general|representative)\b/i;

/** Whether the description `doer` ("the army") names the body a speaker of the sentence speaks for ("an army spokesperson"). */
function speaksForDescribed(text: string, from: number, doer: Ref): boolean {
  const head = /^the\s+(?:[a-z-]+\s+)?([a-z]+)$/i.exec(text.slice(doer.start, doer.end))?.[1];
  if (!head) return false;
  const before = text.slice(from, doer.start);
  for (const m of before.matchAll(new RegExp(`\\b${head}\\b`, 'gi'))) if (SPEAKER_ROLE.test(before.slice(m.index + m[0].length))) return true;
  return false;
}

/** Helping: "accused X of helping Y …": Y is a target too (SPEC hard cases). */
function helpedRefs(ctx: SentenceContext, from: number, end: number): Ref[] {
  const region = ctx.text.slice(from, end);
  const out: Ref[] = [];
  for (const m of allMatches(HELPING, region)) {
    // "evidence supported his murder by X": evidence supports a finding, it helps nobody
    if (/^support/i.test(m[0]) && /\b(?:evidence|findings?|data|facts|analysis|reports?|documents|records|testimony)\s+(?:\w+\s+)?$/i.test(region.slice(Math.max(0, m.index - 30), m.index))) continue;
    const at = from + m.index + m[0].length;
    // The helped one follows at once: "on behalf of the IRGC", "for the benefit of the Government of Iran".
    const inReach = refsIn(ctx.refs, at, end);
    for (const [k, r] of inReach.entries()) {
      const gap = ctx.text.slice(at, r.start);
      // "on behalf of Iran's Revolutionary Guard": the possessor qualifies the body that is helped
      const next = inReach[k + 1];
      if (next && /^(?:['\u2019]s?|s)\s+$/.test(ctx.text.slice(r.end, next.start))) continue;
      const last = out.at(-1);
      // "to assist Iranian universities": a country adjective on whom it names is a nationality, not the state helped
      if (r.type === 'country' && NATIONALITY_ON_NOUN.test(ctx.text.slice(r.end, r.end + 40))) continue;
      if (/^(?:the\s+|a\s+|an\s+)?(?:[A-Za-z'\u2019-]+\s+){0,3}$/.test(gap) && !/[,;]|\b(?:and|or|to|in|with|by)\b/.test(gap)) out.push(r);
      // "at the behest of the Iranian government and, specifically, the Iranian Revolutionary Guard Corps"
      else if (last && last.end > at && COORDINATED.test(ctx.text.slice(last.end, r.start))) out.push(r);
      else if (r.start > at + 40) break;
    }
  }
  // ("helping Vestian President Dara Kim": the adjective only qualifies the person helped)
  return dropModifiers(ctx, out);
}

/**
 * The accusers named in a denial's object: the possessor or adjective of an accusation
 * noun ("rejected US accusations", "China's claims") or its "by"/"from" agent ("the
 * allegations made by Pakistan"); never the people the accusation is about.
 */
function accusersIn(ctx: SentenceContext, start: number, end: number): Ref[] {
  const { text } = ctx;
  const out: Ref[] = [];
  for (const m of text.slice(start, end).matchAll(ACCUSATION_NOUN_ALL)) {
    const at = start + m.index;
    const nounEnd = at + m[0].length;
    for (const r of refsIn(ctx.refs, start, end)) {
      const before = text.slice(r.end, at);
      if (r.end <= at && /^(?:['\u2019]s?)?\s+(?:\w+\s+){0,2}$/.test(before) && !/\b(?:that|of|against|about)\b/i.test(before)) out.push(r);
      const after = text.slice(nounEnd, r.start);
      // ("accusations by Israel and the United States": the coordinated accusers too)
      if (r.start >= nounEnd && /^\s+(?:(?:made|leveled|levelled|raised|brought|issued|published)\s+)?(?:by|from)\s+(?:the\s+)?(?:(?:[A-Z][\w.'\u2019-]*\s*){1,4}(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?){0,3}$/i.test(after)) out.push(r);
    }
  }
  return out;
}

/** Unnamed human doers after a passive: "by insurgents", "by unidentified gunmen", "by government troops". */
const UNNAMED_DOER = /^\s+by\s+(?:(?:the|a|an|some|several|unknown|unidentified|masked|armed|rival|government|security|rebel|militia|islamist|jihadist|separatist|\w+ian|\w+ese)\s+)*(?:insurgents|militants|gunmen|rebels|jihadists|terrorists|soldiers|troops|militias?|fighters|attackers|assailants|separatists|extremists|police|security\s+forces|forces|mercenaries)\b/i;
/** Acts grave enough that telling their unnamed doer is an accusation. */
const GRAVE_ACT = /^(?:killed|murdered|tortured|kidnapped|assassinated|raped|bombed|shelled|attacked|executed|beaten|abducted|carried\s+out|committed|perpetrated|orchestrated)$/i;

/** Cue verbs that also report a quote: '"…," she charged.' */
const REPORTS_QUOTE_VERB = /^(?:charged|charges|alleged|alleges|claimed|claims|accused|accuses)$/i;
/** Nothing after the verb but an adverbial: '…," she charged on Monday.' */
const REPORTS_QUOTE_AFTER = /^(?:\s+(?:on\s+\w+|in\s+a\s+statement|in\s+an\s+interview|yesterday|today|later|again))?\s*[.!]?["\u201d]?\s*$/i;
/** A closed quote, then the speaker: '"…," Halvorsen ', '"…," the minister, Ingrid Halvorsen, '. */
const QUOTE_THEN_SPEAKER = /[,!?]["\u201d]\s+(?:[^"\u201c\u201d]{1,80}?\s)?$/;

/** An apposition between a subject and its verb: ", Korvia's spy agency, ", ", a state-owned firm, ". */
const APPOSITION_BEFORE_VERB = /,\s*(?:(?:a|an|the)\s+|[A-Z][\w.'\u2019-]*['\u2019]s\s+)[^,;]{1,60},\s*(?:(?:also|then|later|allegedly|\w+ly|had|has|have|was|were)\s+)*$/;

/** A body behind unnamed doers: "hackers working for the X government", "a group backed by X". */
const BACKED_BY = new RegExp(`\\b(?:(?:backed|sponsored|funded|financed|supported|directed|controlled|commanded|run|employed|hired|paid)\\s+by|working\\s+for|acting\\s+for|(?:acting\\s+|operating\\s+|working\\s+)?${PROXY_RELATION}|linked\\s+to|tied\\s+to|affiliated\\s+with|loyal\\s+to)\\s+(?:the\\s+)?`, 'i');

/** The backer named within `reach` characters of `from` (see BACKED_BY); a possessor qualifies the body after it. */
function backerRefs(ctx: SentenceContext, from: number, end: number, reach: number): Ref[] {
  const m = BACKED_BY.exec(ctx.text.slice(from, Math.min(end, from + reach)));
  if (!m) return [];
  const at = from + m.index + m[0].length;
  const stop = /[,;]|\s(?:to|that|which|who|in|on|for|with|was|were|is|are|had|has|have)\s/i.exec(ctx.text.slice(at, end));
  const refs = refsIn(ctx.refs, at, stop ? at + stop.index : end);
  return refs.filter((r, k) => {
    const next = refs[k + 1];
    return !(next && /^['\u2019]s\s+$/.test(ctx.text.slice(r.end, next.start)));
  });
}

/** A part of a body before its name: "a cell of", "a unit of", "members of the". */
const PART_OF = /^(?:(?:a|an|the|one|two|three|several)\s+)?(?:[\w-]+\s+)?(?:cells?|units?|factions?|branch|wing|members?|groups?|arm|affiliates?|offshoots?|brigades?|squads?|teams?)\s+(?:of|from|within)\s+(?:the\s+)?(?=[A-Z])/;

/** "by X" after the cue (passive agent), within the clause. */
export function agentRefs(ctx: SentenceContext, from: number, end: number): Ref[] {
  // The agent follows the passive verb closely: "was accused by X of", "is held responsible by X".
  const region = ctx.text.slice(from, Math.min(end, from + 40));
  // (a thousands comma is no clause break: "was fined 40,000 euros by the federation")
  const m = /^(?:[^,;]|,(?=\d{3}\b))*?\bby\s+(?:the\s+)?/i.exec(region);
  if (!m) return [];
  // "carried out by a unit of Russia's GRU": the body the part belongs to
  const at = from + m[0].length + (PART_OF.exec(ctx.text.slice(from + m[0].length, end))?.[0].length ?? 0);
  // A list of agents goes on past commas and "and" ("by Quirin, Redouane, and an unidentified officer").
  const next = /;|,(?!\s*(?:and\s+)?[A-Z])|\s(?:of|for|with|in|on|to|that)\s/.exec(ctx.text.slice(at, end));
  const stop = next ? at + next.index : end;
  // "by U.S. District Judge Cormac J. Carney": the country qualifies the judge; "by Russia's GRU": the possessor the body.
  const agents = refsIn(ctx.refs, at, stop);
  return dropModifiers(ctx, agents.filter((r, k) => {
    const next = agents[k + 1];
    return !(next && /^['\u2019]s\s+$/.test(ctx.text.slice(r.end, next.start)));
  }));
}

/** "as his trial on fraud charges opened", "her case over corruption charges": a case word owned by a pronoun just before an accusation noun. */
const OWN_CASE_BEFORE = /\b(his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:trial|case|hearing|prosecution|sentencing|appeal|extradition)\s+(?:on|over|for)\s+(?:[\w-]+\s+){0,3}$/i;
const SUBJECT_OF_POSSESSIVE: Readonly<Record<string, RegExp>> = { his: /\bhe\b/i, her: /\bshe\b/i, their: /\bthey\b/i };

/**
 * Who says the sentence, when the cue's own frame names no claimant: the speaker of
 * the quote it sits in, the subject of a reporting verb ("X said …", "…, X said"),
 * or "according to X". Media found here go to `reportedBy` (and count as claimant
 * only when nobody else is named: an outlet that itself alleges).
 */
export function speakerOf(ctx: SentenceContext, pos: number): { ids: string[]; reportedBy: string[]; how: string; viaAnaphor: boolean } {
  const { text, sentence } = ctx;
  const reportedBy = mediaCredited(ctx);
  const q = quoteAt(ctx.quotes, pos);
  const s = text.slice(sentence.start, sentence.end);
  if (q && q.speaker.length > 0) {
    // A quote carried over from earlier yields to the sentence's own "…, said X."
    const own = q.how === 'follow-on' || q.how === 'unmarked' ? execFromComma(SPEAKER_TAIL, s, 2) : null;
    const ownSpeaker = own ? refsIn(ctx.refs, sentence.start + own.index, sentence.end).find((r) => r.type === 'person') : undefined;
    if (ownSpeaker && !q.speaker.includes(ownSpeaker.id)) return { ids: [ownSpeaker.id], reportedBy, how: 'quote-own-tail', viaAnaphor: false };
    // "…, announced U.S. Attorney A and Special Agent B." read as unmarked speech: every official of the tail
    if (q.how === 'unmarked' && q.end > sentence.start && q.end < sentence.end && ANNOUNCED_HINT.test(s)) {
      const announced = ANNOUNCED_TAIL.exec(s);
      const ids = announced ? uniqueIds(announcers(ctx, sentence.start + announced.index, sentence.end)) : [];
      if (ids.length > 1) return { ids, reportedBy, how: 'announced-tail', viaAnaphor: false };
    }
    return { ids: [...q.speaker], reportedBy, how: `quote-${q.how}`, viaAnaphor: false };
  }
  // "The Ledger reported, citing Norlandic officials, that …", "Citing anonymous sources, X
  // reported …": an outlet relaying its sources credits them (SPEC "Quotes"); the outlet
  // only reports. Unnamed sources give no claimant.
  const citing = reportedBy.length > 0 || refsIn(ctx.refs, sentence.start, pos).some((r) => r.type === 'media') ? CITING.exec(s) : null;
  if (citing && sentence.start + citing.index < pos) {
    const at = sentence.start + citing.index;
    const cited = refsIn(ctx.refs, at, at + citing[0].length).filter((r) => r.type !== 'media');
    const media = refsIn(ctx.refs, sentence.start, pos).filter((r) => r.type === 'media').map((r) => r.id);
    return { ids: uniqueIds(cited), reportedBy: [...new Set([...reportedBy, ...media])], how: cited.length > 0 ? 'citing' : 'citing-unnamed', viaAnaphor: false };
  }
  // "X said (that) …" before the cue.
  const head = text.slice(sentence.start, pos);
  const rv = REPORTING_ALL;
  let lastVerb: RegExpExecArray | null = null;
  for (const m of allMatches(rv, head)) lastVerb = m;
  // "A national was extradited to face charges for his alleged role …, announced A and B": the
  // noun "charges" has no speaker; the officials of the closing tail announce it.
  if (lastVerb && isReportingNoun(head, lastVerb) && ANNOUNCED_HINT.test(s)) {
    const announced = ANNOUNCED_TAIL.exec(s);
    const ids = announced ? announcers(ctx, sentence.start + announced.index, sentence.end).filter((r) => r.start > pos) : [];
    if (ids.length > 0) return { ids: uniqueIds(ids), reportedBy, how: 'announced-tail', viaAnaphor: false };
  }
  if (lastVerb) {
    const verbAt = sentence.start + lastVerb.index;
    // "a case that rights groups say is politically motivated": the relative clause's own
    // subject says it, not the main clause's subject before it
    const cs0 = clauseStart(ctx, verbAt, false);
    const relative = /\b(?:that|which|whom)\s+(?:[\w'\u2019.-]+\s+){1,5}$/.exec(text.slice(cs0, verbAt));
    const cs = relative && !/\b(?:[a-z]+ed|is|are|was|were|has|have|had)\s/.test(relative[0].replace(/^\w+\s+/, '')) ? cs0 + relative.index + (/^\w+\s+/.exec(relative[0])?.[0].length ?? 0) : cs0;
    const officials = officialsList(ctx, verbAt);
    if (officials.length > 0) return { ids: uniqueIds(officials), reportedBy, how: 'reporting-officials', viaAnaphor: false };
    const subj = subjectRefs(ctx, cs, verbAt).filter((r) => !reportedBy.includes(r.id) || true);
    const nonMedia = subj.filter((r) => r.type !== 'media');
    if (nonMedia.length > 0) return { ids: uniqueIds(nonMedia), reportedBy, how: 'reporting-verb', viaAnaphor: nonMedia.every((r) => r.via === 'anaphor') };
    if (subj.length > 0) return { ids: uniqueIds(subj), reportedBy: [...new Set([...reportedBy, ...uniqueIds(subj)])], how: 'reporting-media', viaAnaphor: false };
    // "X said police were present, but said the fire was unrelated": the second verb shares X.
    if (cs > sentence.start && /^\s*(?:(?:also|then|later|further)\s+)?$/i.test(text.slice(cs, verbAt)) && /(?:,\s*|\s)(?:and|but)\s+$/.test(text.slice(Math.max(sentence.start, cs - 6), cs))) {
      const prevCs = clauseStart(ctx, Math.max(sentence.start, cs - 8), false);
      const firstVerb = new RegExp(`\\b${REPORTING_VERBS}\\b`).exec(text.slice(prevCs, cs));
      const shared = firstVerb ? subjectRefs(ctx, prevCs, prevCs + firstVerb.index).filter((r) => r.type !== 'media') : [];
      if (shared.length > 0) return { ids: uniqueIds(shared), reportedBy, how: 'reporting-shared-subject', viaAnaphor: shared.every((r) => r.via === 'anaphor') };
    }
    // "…, said X": verb first, speaker after.
    const afterVerb = refsIn(ctx.refs, verbAt + lastVerb[0].length, Math.min(sentence.end, verbAt + lastVerb[0].length + 80));
    // (only after a comma or quote: "…, said Doe." is inverted, "Prosecutors say Doe hacked …" is not)
    const nameAfter = /^\s+(?:the\s+)?[A-Z]/.test(text.slice(verbAt + lastVerb[0].length, verbAt + lastVerb[0].length + 8));
    if (nameAfter && afterVerb[0] && /[,"\u201d]\s*$/.test(text.slice(sentence.start, verbAt))) return { ids: [afterVerb[0].id], reportedBy, how: 'reporting-verb-inverted', viaAnaphor: false };
    // "Prosecutors say Doe hacked …": someone unnamed says it; the name after the verb is the clause's subject.
    if (nameAfter && afterVerb[0] && cs < verbAt && /\S/.test(text.slice(cs, verbAt))) return { ids: [], reportedBy, how: 'reporting-unnamed', viaAnaphor: false };
  }
  // "X believes / came to the conclusion that …": the thinker of the main clause.
  const that = [...head.matchAll(/\bthat\b/g)].at(-1);
  if (that && COGNITION.test(head.slice(0, that.index))) {
    const thatAt = sentence.start + that.index;
    const cs = clauseStart(ctx, thatAt, false);
    const subj = subjectRefs(ctx, cs, thatAt).filter((r) => r.type !== 'media');
    if (subj.length > 0) return { ids: uniqueIds(subj), reportedBy, how: 'main-clause', viaAnaphor: subj.every((r) => r.via === 'anaphor') };
  }
  // "…, announced Assistant Attorney General A of the Criminal Division and U.S. Attorney B.": every official named.
  const announced = ANNOUNCED_HINT.test(s) ? ANNOUNCED_TAIL.exec(s) : null;
  if (announced) {
    const ids = announcers(ctx, sentence.start + announced.index, sentence.end).filter((r) => r.start > pos);
    if (ids.length > 0) return { ids: uniqueIds(ids), reportedBy, how: 'announced-tail', viaAnaphor: false };
  }
  // "…, X said." / "…, said X." after the cue.
  const tail = execFromComma(SPEAKER_TAIL, s, 2);
  if (tail) {
    const at = sentence.start + tail.index;
    const speakers = refsIn(ctx.refs, at, sentence.end).filter((r) => r.start > pos);
    // ("…, U.S. Attorney Hannah Pryce said": the person, not the country of her title)
    const persons = [...speakers.filter((r) => r.type === 'person'), ...speakers.filter((r) => r.type !== 'media' && r.type !== 'person')];
    if (persons[0]) return { ids: [persons[0].id], reportedBy, how: 'reporting-tail', viaAnaphor: persons[0].via === 'anaphor' };
  }
  // "according to X"
  const acc = ACCORDING_TO_RE.exec(s);
  if (acc) {
    const at = sentence.start + acc.index + acc[0].length;
    // ("according to indictments filed in New Jersey and the District of Columbia": where a
    // document was filed or unsealed is a place, not who says it; GUIDELINES)
    const stop = /[,;.]|\s(?:filed|unsealed|returned|lodged)\s+(?:on\s+\w+\s+)?(?:in|at|before)\s/.exec(text.slice(at, sentence.end));
    const who = refsIn(ctx.refs, at, stop ? at + stop.index : sentence.end);
    const nonMedia = who.filter((r) => r.type !== 'media');
    if (nonMedia.length > 0) return { ids: uniqueIds(nonMedia), reportedBy, how: 'according-to', viaAnaphor: false };
    if (who.length > 0) return { ids: uniqueIds(who), reportedBy, how: 'according-to-media', viaAnaphor: false };
    // "According to court documents, …": a document says it; its issuer is not named.
    if (DOCUMENT_SOURCE.test(text.slice(at, stop ? at + stop.index : sentence.end))) return { ids: [], reportedBy, how: 'according-to-document', viaAnaphor: false };
  }
  if (ctx.leadIn) return { ids: [], reportedBy, how: 'document-lead-in', viaAnaphor: false };
  return { ids: [], reportedBy, how: 'none', viaAnaphor: false };
}

/** An accusation noun right after its owner: "'s accusations", " claims", "'s recent allegations". */
const OWNED_ACCUSATION = /^(?:['\u2019]s?)?\s+(?:[\w-]+\s+)?(?:accusations?|allegations?|claims?|charges|blame|reports?|suggestions?|assertions?|criticism|speculation|indictments?)\b/i;

/** The sources an outlet relays, then their verb: "FSB sources have ascribed", "an anonymous source described". */
const SOURCES_SAY = /^(?:(?:the|an?|one|two|several|some|unnamed|anonymous|unidentified|senior|security|intelligence|government)\s+)*(?:[A-Z][\w.'\u2019-]*\s+){0,4}(?:sources?|officials?|insiders?)\s+(?:(?:have|has|had|also|reportedly)\s+)*(?:said|say|says|told|ascribed|attributed|blamed|described|claimed|believe[sd]?|suspect(?:s|ed)?|accused|alleged)\b/i;

/** "citing Norlandic officials", "citing unnamed sources familiar with the matter": up to the next comma or "that". */
const CITING = /\b[Cc]iting\s+(?:[^,;"\u201c\u201d](?!\bthat\b)){1,80}/;

/** A comma segment of title and office words only: "Special Agent in Charge", "U.S. Department of State". */
const TITLE_SEGMENT = /^\s*(?:and\s+)?(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:(?:of|for|in|on|to|and|the|at)\s+)*[A-Z][\w.'\u2019-]*)*\s*$/;

/**
 * "A, Assistant Attorney General, B, U.S. Attorney for the District, and C, Special Agent in
 * Charge, FBI, announced …": a subject made of officials each followed by title and office
 * segments. The persons speak (the offices only say who they are); empty unless the
 * subject opens the sentence, every segment is a name or a title, and two persons are named.
 */
function officialsList(ctx: SentenceContext, verbAt: number): Ref[] {
  const { text, sentence } = ctx;
  const region = text.slice(sentence.start, verbAt);
  if (!/,\s*$/.test(region) || !/,\s*and\s/.test(region)) return [];
  const persons: Ref[] = [];
  let from = sentence.start;
  for (const seg of region.replace(/,\s*$/, '').split(',')) {
    const to = from + seg.length;
    if (!TITLE_SEGMENT.test(seg)) return [];
    persons.push(...refsIn(ctx.refs, from, to).filter((r) => r.type === 'person'));
    from = to + 1;
  }
  return persons.length >= 2 && refsIn(ctx.refs, sentence.start, text.indexOf(',', sentence.start)).some((r) => r.type === 'person') ? persons : [];
}

/** After a falsity word, its author: " campaign by ", " spread by the ", " orchestrated by ". */
const AUTHORED_BY = /^["\u201d]?\s*(?:(?:campaign|propaganda|operation|narrative|story|stories|claims?|lies|falsehoods|fabrications?|accusations?|allegations?|slander|smears?)\s+)?(?:(?:spread|orchestrated|invented|fabricated|concocted|peddled|launched|waged)\s+)?by\s+(?:the\s+)?/i;

/** Between an accuser and "no evidence": "had presented", "has not provided", "offered". */
const NO_EVIDENCE_GIVEN = /^\s+(?:(?:has|have|had)\s+)?(?:(?:not|never|yet\s+to)\s+)?(?:presented|provided|offered|shown|produced|given|put\s+forward|made\s+public|present|provide|offer|show|produce|give)\s*["\u201c]?$/i;

/** "to face charges", "federal charges": a noun, no reporting verb with a subject. */
const NOUN_BEFORE = /\b(?:face|faces|facing|faced|the|a|an|new|these|those|his|her|their|its|on|of|federal|criminal|several|\d+)\s+(?:[\w-]+\s+)?$/i;
function isReportingNoun(head: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  return /^charges?$/i.test(m[0]) && NOUN_BEFORE.test(head.slice(Math.max(0, at - 30), at));
}

/** "…, announced A and B." closing a sentence (press releases name the officials bringing a case this way). */
const ANNOUNCED_TAIL = /,["\u201d]?\s*(?:announced|announces|said|stated)\s+(?:today\s+)?(?=[A-Z])[^"\u201c\u201d]{2,320}$/;

/**
 * The officials of an announcer list: persons, each with the title and office words that
 * qualify them dropped ("Assistant Director in Charge William F. Sweeney Jr. of the FBIs
 * New York Field Division" is Sweeney); an item without a person keeps its body.
 */
function announcers(ctx: SentenceContext, start: number, end: number): Ref[] {
  const out: Ref[] = [];
  let from = start;
  // "A; B for Terrorism and Financial Intelligence C; and D": where semicolons separate the
  // items, an "and" inside one belongs to a title.
  const semicolons = ctx.text.slice(start, end).includes(';');
  const separator = semicolons ? /;\s*(?:and\s+)?/ : /;|,?\s+and\s+/;
  const leading = semicolons ? /^;\s*(?:and\s+)?/ : /^(?:;|,?\s+and\s+)/;
  for (const piece of [...ctx.text.slice(start, end).split(separator), '']) {
    const to = Math.min(end, from + piece.length);
    const refs = refsIn(ctx.refs, from, to).filter((r) => r.type === 'person' || r.type === 'agency');
    const persons = refs.filter((r) => r.type === 'person');
    out.push(...(persons.length > 0 ? persons : refs.slice(0, 1)));
    from = to + (ctx.text.slice(to, end).match(leading)?.[0].length ?? 0);
    if (from >= end) break;
  }
  return out;
}

const ANNOUNCED_HINT = /\b(?:announced|announces|said|stated)\s+(?:today\s+)?[A-Z]/;

/** Media credited for the sentence: "according to Bloomberg", "Reuters reported", "told VOA". */
function mediaCredited(ctx: SentenceContext): string[] {
  const { text, sentence } = ctx;
  const media = refsIn(ctx.refs, sentence.start, sentence.end).filter((r) => r.type === 'media');
  const out: string[] = [];
  for (const r of media) {
    const before = text.slice(Math.max(sentence.start, r.start - 30), r.start);
    const after = text.slice(r.end, Math.min(sentence.end, r.end + 30));
    if (
      MEDIA_CREDIT_BEFORE.test(before) ||
      /^\s*(?:,\s*)?(?:reported|reports|reporting|has reported|said|says|quoted|cited|wrote)\b/i.test(after)
    ) {
      out.push(r.id);
    }
  }
  return [...new Set(out)];
}

/** An indirect question open before a cue: "asked whether X was behind", "wondered if X had hacked". */
const INDIRECT_QUESTION_BEFORE = /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|question(?:s|ed|ing)?)\s+(?:[\w'\u2019.-]+\s+){0,3}?(?:whether|if)\s+(?:[^\s,;.]+\s+){0,5}$/i;

/** Whether the words right before the cue cancel it (negation, "refused to", predictions, questions). */
export function cancelled(ctx: SentenceContext, cue: CueEntry, span: Span, clauseFrom: number): string | null {
  const before = ctx.text.slice(Math.max(clauseFrom, span.start - 60), span.start);
  const cueText = ctx.text.slice(span.start, span.end);
  if (!/\b(?:not|never|without)\b/i.test(cueText) && NEGATED.test(before)) {
    // "not only … but also" is no negation; "no evidence … was behind" is hedging, not negation.
    if (!/\bnot\s+only\b/i.test(before)) return 'negated';
  }
  if (CANCELLED.test(before)) return 'cancelled';
  // "If convicted, …", "when convicted": a condition, not a claim.
  const near = ctx.text.slice(Math.max(ctx.sentence.start, span.start - 30), span.start);
  if (/\b(?:if|unless|when|once|until|whether)\s+(?:\w+\s+)?$/i.test(near) && /ed$/i.test(cueText.split(/\s/)[0] ?? '')) return 'condition';
  // "Reporters asked whether Russia was behind the sabotage": a question puts no claim.
  if (INDIRECT_QUESTION_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, span.start - 90), span.start))) return 'question';
  // "I am implicated", "we were accused": the speaker on itself, no accusation by anyone named.
  if (cue.type === 'accusation' && /\b(?:I|we)\s+(?:am|are|was|were|have been|had been|'m|'re)\s+(?:\w+\s+)?$/.test(near)) return 'self';
  // "pleaded guilty to Count One of the Indictment": the plea, not a charge.
  if (cue.type === 'accusation' && /\bplead(?:ed|s)?\s+guilty\b/i.test(ctx.text.slice(clauseFrom, span.start)) && cue.frame === 'noun') return 'guilty-plea';
  // "the accusations should not be made without evidence": a norm that rebuts, a denial (GUIDELINES)
  if (cue.type === 'denial' && /\b(?:should|must|ought\s+to)\s+not\s+be\s+(?:\w+\s+){1,2}$/i.test(before)) return null;
  if (NOT_A_CLAIM.test(before)) return 'not-a-claim';
  return null;
}

export function certaintyOf(ctx: SentenceContext, cue: CueEntry, span: Span, clauseFrom: number, clauseTo: number): Certainty {
  if (cue.hedged) return 'hedged';
  const before = ctx.text.slice(ctx.sentence.start, span.start);
  const lastStrong = [...before.matchAll(/;|,\s*(?:and|but|while)\s/g)].at(-1);
  const from = lastStrong ? ctx.sentence.start + lastStrong.index : ctx.sentence.start;
  const hedgeZone = ctx.text.slice(Math.max(from, clauseFrom - 120), span.start);
  if (HEDGE.test(hedgeZone)) return 'hedged';
  if (ARTICLE_HEDGE.test(ctx.text.slice(span.end, clauseTo))) return 'hedged';
  return 'asserted';
}

export function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:"'\u201c\u201d\u2018\u2019(]/.test(text[s] ?? '')) s++;
  while (e > s && /[\s,;:."'\u201c\u201d\u2018\u2019)]/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}

/** What analyseCue has read before its frame: the input of each frame's own function. */
interface FrameInput {
  readonly ctx: SentenceContext;
  readonly cue: CueEntry;
  readonly span: Span;
  readonly all: readonly CueMatch[];
  readonly text: string;
  /** The clause's start and end around the cue; where a coordination after the cue ends it. */
  readonly cs: number;
  readonly coordinated: number;
  readonly ce: number;
  /** Up to 40 characters before the cue, in its sentence. */
  readonly before: string;
  readonly passive: boolean;
  readonly participle: boolean;
  readonly headlinePassive: boolean;
}

/**
 * What a frame finds, for analyseCue to go on with. Each frame is a function of its own (V8 compiles
 * them apart: one rare path that deoptimises a frame no longer sends the whole analyser, ~28 KB of
 * bytecode and ~0.6 s of TurboFan a time, back to be compiled again).
 */
interface FrameState {
  /** (tells it from a Found: the analysis goes on) */
  readonly goOn: true;
  readonly claimants: Ref[];
  readonly targets: Ref[];
  readonly content: Span | null;
  readonly how: string;
  readonly relayedBy: string[];
}

/** The `verb-object` frame of analyseCue: what it finds goes on from `st`; a Found or null ends the analysis. */
function verbObjectFrame(inp: FrameInput, st: FrameState): Found | FrameState | null {
  const { ctx, cue, span, text, cs, coordinated, ce, before, passive, headlinePassive } = inp;
  let { claimants, targets, content, how } = st;
  frame: {
    // "Baloch Liberation Army (BLA), a designated terror group, took over …": an appositive
    // designation accuses the noun it follows, by nobody named (GUIDELINES).
    if (cue.id === 'designate-verb' && /,\s*(?:a|an|the)\s+(?:\w+\s+)?$/i.test(before)) {
      const comma = text.lastIndexOf(',', span.start);
      // The noun right before the comma (an acronym in brackets may sit between).
      const head = refsIn(ctx.refs, ctx.sentence.start, comma).filter((r) => text.slice(r.end, comma).replace(/\([^)]*\)/g, '').trim() === '');
      if (head.length === 0) return null;
      const close = text.indexOf(',', span.end);
      return {
        type: 'accusation', cue, cueSpan: span, claimants: [], targets: uniqueIds(head),
        contentSpan: trimSpan(text, comma + 1, close > 0 && close < ctx.sentence.end ? close : span.end),
        certainty: 'asserted', reportedBy: [], confidence: cue.confidence, how: 'appositive-designation', claimantViaAnaphor: false,
      };
    }
    // "those accused of crimes", "anyone charged with": nobody in particular.
    // "Ode and Roe were among those charged", "Ode was one of five people charged": the subject is.
    const among = /\b(?:is|are|was|were)\s+(?:among|one\s+of)\s+(?:the\s+)?(?:\w+\s+)?(?:those|people|persons|individuals|defendants|men|women)\s+$/i.exec(text.slice(cs, span.start));
    if (among && !passive) {
      const subject = subjectRefs(ctx, cs, cs + among.index);
      if (subject.length === 0) return null;
      const prep = /\b(?:of|with|for|over|in connection with|in)\s/i.exec(text.slice(span.end, ce));
      return {
        type: 'accusation', cue, cueSpan: span, claimants: uniqueIds(agentRefs(ctx, span.end, ce)), targets: uniqueIds(subject),
        contentSpan: prep ? trimSpan(text, span.end + prep.index + prep[0].length, ce) : trimSpan(text, span.end, ce),
        certainty: certaintyOf(ctx, cue, span, cs, ce), reportedBy: [], confidence: cue.confidence, how: 'among-those', claimantViaAnaphor: false,
      };
    }
    if (/\b(?:those|anyone|anybody|people|persons|individuals|someone|somebody|whoever)\s+$/i.test(before) && !passive) return servedBySuspects(ctx, cue, span, cs, ce);
    // "Acme, which Norland accuses of smuggling", "Ode, whom it accused of fraud": the relative
    // pronoun is the object; its antecedent is the accused, the relative clause's subject accuses.
    const objectRelative = passive ? null : OBJECT_RELATIVE.exec(text.slice(Math.max(ctx.sentence.start, span.start - 90), span.start));
    if (objectRelative && cue.type === 'accusation' && /^\s+(?:of|for|with|over|in connection with|on charges of)\s/i.test(text.slice(span.end, span.end + 30))) {
      const comma = span.start - objectRelative[0].length;
      const run = nearestNounPhraseRefs(ctx, cs, comma);
      const lastRef = run.at(-1);
      // (the antecedent ends at the comma: "Ode, 41, whom …" allows an age)
      const head = lastRef && /^(?:\s*,\s*\d{1,3})?\s*$/.test(text.slice(lastRef.end, comma)) ? run : [];
      if (head.length > 0) {
        how = 'object-relative';
        targets = head;
        claimants = refsIn(ctx.refs, comma, span.start);
        const prep = /\b(?:of|with|for|over|in connection with|in)\s/i.exec(text.slice(span.end, ce));
        content = prep ? trimSpan(text, span.end + prep.index + prep[0].length, ce) : trimSpan(text, span.end, ce);
        break frame;
      }
    }
    // "Arvo Trading, a company the Treasury Department designated in 2023 for …", "Acme, a firm
    // the ministry fined for dumping": a contact clause (an object relative with no pronoun)
    // whose subject is an actor right before the verb; the appositive's antecedent is accused.
    if (!passive && cue.type === 'accusation') {
      const subj = refsIn(ctx.refs, Math.max(cs, span.start - 80), span.start).at(-1);
      const contact = subj && /^\s*$/.test(text.slice(subj.end, span.start)) ? CONTACT_CLAUSE.exec(text.slice(Math.max(ctx.sentence.start, subj.start - 60), subj.start)) : null;
      if (subj && contact) {
        const comma = subj.start - contact[0].length;
        // (the antecedent ends at the comma: "controlled by Arvo Trading, a company the …")
        const head = refsIn(ctx.refs, Math.max(ctx.sentence.start, comma - 120), comma).filter((r) => r.id !== subj.id && /^\s*$/.test(text.slice(r.end, comma))).slice(-1);
        if (head.length > 0) {
          how = 'contact-clause';
          // ("… for selling oil on behalf of X": the helped are accused with it)
          targets = [...head, ...helpedRefs(ctx, span.end, ce)];
          claimants = [subj];
          const prep = /\b(?:of|with|for|over|in connection with)\s/i.exec(text.slice(span.end, ce));
          content = prep ? trimSpan(text, span.end + prep.index + prep[0].length, ce) : trimSpan(text, span.end, ce);
          break frame;
        }
      }
    }
    // "Charged in the indictment are A, B and C", "Also indicted were A and B": an inverted
    // passive at the sentence start lists the accused after the copula.
    const inverted = !passive && cue.type === 'accusation' && /^\W*(?:(?:also|previously|later|separately)\s+)?$/i.test(text.slice(ctx.sentence.start, span.start))
      ? /^[^.;,]{0,60}?\s(?:are|were|was|is)\s/i.exec(text.slice(span.end, ctx.sentence.end)) : null;
    if (inverted) {
      const listed = refsIn(ctx.refs, span.end + inverted[0].length, ctx.sentence.end).filter((r) => r.via === 'name' && r.type !== 'country');
      if (listed.length > 0) {
        how = 'inverted-passive';
        targets = listed;
        claimants = agentRefs(ctx, span.end, span.end + inverted[0].length);
        content = trimSpan(text, span.end + inverted[0].length, ctx.sentence.end);
        break frame;
      }
    }
    if (passive || isReducedPassive(ctx, span, cs)) {
      how = passive ? 'passive' : 'reduced-passive';
      targets = passive ? passiveSubject(ctx, cs, span.start) : nearestNounPhraseRefs(ctx, cs, span.start);
      // "Norlandic police arrested two men suspected of …", "they were seeking a man wanted for …":
      // the suspects are the object of the arrest verb; its subject arrests and suspects them,
      // and is never one of the suspects.
      // (a headline drops the auxiliary: "Police arrest retired colonel accused of …" is read the same way)
      const seized = passive && !headlinePassive ? null : lastSeizure(text.slice(cs, span.start));
      const seizers = seized ? subjectRefs(ctx, cs, cs + seized.index) : [];
      if (seized) targets = nearestNounPhraseRefs(ctx, cs + seized.index + seized[0].length, span.start).filter((r) => !seizers.some((a) => a.id === r.id));
      // "The attack was blamed on Hezbollah (by X)": the one it is blamed on is accused, not the act
      const blamedOn = cue.id === 'blame-verb' ? /^\s+on\s+(?:the\s+)?/i.exec(text.slice(span.end, ce)) : null;
      if (blamedOn) {
        const at = span.end + blamedOn[0].length;
        const stop = /[,;]|\s(?:by|for|after|in|at|over|because|as)\s/i.exec(text.slice(at, ce));
        const on = dropModifiers(ctx, refsIn(ctx.refs, at, stop ? at + stop.index : ce));
        if (on.length > 0) {
          targets = on;
          how = 'blamed-on';
        }
      }
      if (passive) targets = [...targets, ...alongWith(ctx, cs, span)];
      // "A, 25, of Tallinn; B, 28, of Riga; and C have been indicted": a semicolon list subject.
      if (passive && targets.length === 0 && /;\s*(?:and\s+)?[^;]*$/.test(text.slice(ctx.sentence.start, cs))) {
        targets = subjectRefs(ctx, ctx.sentence.start, span.start).filter((r) => r.type !== 'country');
      }
      // "The other defendants charged in the indictment are A, B and C": the list names them.
      const copula = /^[^.;]{0,60}?\s(?:are|were|include|included)\s/.exec(text.slice(span.end, ctx.sentence.end));
      if (!passive && copula) {
        const listed = refsIn(ctx.refs, span.end + copula[0].length, ctx.sentence.end).filter((r) => r.via === 'name' && (r.type === 'person' || r.type === 'company'));
        if (listed.length > 0) targets = listed;
      }
      // "In connection with the counts charged in the indictment, Xu stole …": the charge
      // frames the main clause; its subject is the accused.
      if (!passive && targets.length === 0 && /\b(?:counts?|charges|offen[cs]es|crimes|violations)\s+$/i.test(before) && /^\W*(?:In|Under|For|Regarding|As\s+to|With\s+respect\s+to)\b/.test(text.slice(ctx.sentence.start, span.start))) {
        const comma = text.indexOf(',', span.end);
        if (comma > 0 && comma < ctx.sentence.end) {
          const mainFrom = comma + 1;
          const verb = /\b(?:[a-z]+ed|stole|sold|sent|took|made|gave|paid|ran|had|has|was|were)\b/.exec(text.slice(mainFrom, ctx.sentence.end));
          targets = subjectRefs(ctx, mainFrom, verb ? mainFrom + verb.index : ctx.sentence.end);
          if (targets.length > 0) how += '+framed-clause';
        }
      }
      claimants = agentRefs(ctx, span.end, ce);
      if (claimants.length === 0 && seizers.length > 0) {
        claimants = seizers;
        how += '+seized-by';
      }
      // "is listed in annex IV of U.N. Security Council Resolution 1803", "listed on the EU's
      // sanctions list": the body whose list or resolution it is lists.
      if (claimants.length === 0 && cue.id === 'listed-as' && /\b(?:in|on)$/i.test(text.slice(span.start, span.end))) {
        const list = /^\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:(?:of|by)\s+(?:the\s+)?(?=[A-Z])|(?=[A-Z][^,;]{0,60}?(?:['\u2019]s?\s+)?(?:\w+\s+)?(?:[Rr]esolution|[Ll]ist|[Rr]egister)\b))/.exec(text.slice(span.end, ce));
        if (list) {
          const at = span.end + list[0].length;
          claimants = refsIn(ctx.refs, at, Math.min(ce, at + 60)).filter((r) => r.type === 'intl_org' || r.type === 'agency' || r.type === 'country').slice(0, 1);
          if (claimants.length > 0) how += '+list-owner';
        }
      }
      // "It is suspected that the group Lazarus, linked to North Korea, is behind …"
      if (passive && targets.length === 0) {
        const expletive = expletiveThat(ctx, span, ce);
        if (expletive.length > 0) {
          targets = expletive;
          how += '+expletive-that';
        }
      }
      // "The attack was blamed on Russian hackers by Danish officials": the blamed follow "on".
      const on = cue.id === 'blame-verb' && passive ? /^\s+on\s+/i.exec(text.slice(span.end, ce)) : null;
      if (on) {
        const at = span.end + on[0].length;
        const stop = /[,;]|\s(?:by|for|after|over|in|at)\s/i.exec(text.slice(at, ce));
        const blamed = refsIn(ctx.refs, at, stop ? at + stop.index : ce);
        if (blamed.length > 0) {
          targets = blamed;
          how += '+blamed-on';
        }
      }
      const prepFrom = span.end + (/^\s*,\s*(?:along|together)\s+with\s+[^,;]{1,80},/i.exec(text.slice(span.end, ce))?.[0].length ?? 0);
      const prep0 = /\b(?:of|with|for|over|in connection with|in)\s/i.exec(text.slice(prepFrom, ce));
      if (on && targets.length > 0 && !prep0) {
        // What is blamed is the subject: "The cyberattack on the port".
        const aux = /\s+(?:is|are|was|were|has been|have been|had been|been|being)(?:\s+\w+ly)?\s*$/i.exec(text.slice(cs, span.start));
        content = trimSpan(text, cs, aux ? cs + aux.index : span.start);
      }
      // "was expelled from the Alpha Party for …": the body one is expelled from expels.
      const from0 = /^\s+from\s+(?:the\s+)?/i.exec(text.slice(span.end, ce));
      if (claimants.length === 0 && passive && /^(?:expelled|ousted|suspended|removed|dismissed|barred)$/i.test(text.slice(span.start, span.end)) && from0) {
        const at = span.end + from0[0].length;
        claimants = refsIn(ctx.refs, at, Math.min(ce, at + 40)).filter((r) => r.type !== 'country' && /^[\w\s.'\u2019-]*$/.test(text.slice(at, r.start)));
        if (claimants.length > 0) how += '+expelled-from';
      }
      // (past ", along with ten other defendants," to the charge itself)
      if (!content) content = prep0 ? trimSpan(text, prepFrom + prep0.index + prep0[0].length, ce) : trimSpan(text, prepFrom, ce);
    } else {
      claimants = subjectRefs(ctx, cs, mainSubjectEnd(ctx, cs, span));
      const inner = refsIn(ctx.refs, span.start, span.end); // "held the group responsible"
      const obj = objectRefs(ctx, span.end, objectListEnd(ctx, span.end, ce));
      targets = cue.id === 'hold-responsible' ? inner : [...inner, ...obj.refs];
      // "Lenk said Vestia had become a back door and accused Vestian officials of …", "Varga said
      // Washington "stands with Guyana" and called the incursion …": a claim verb coordinated
      // after a reported clause goes on with the reporting verb's subject (news English reports
      // a speaker's statements one after the other; the reported clause's subject would often
      // accuse itself).
      if (claimants.length > 0 && COORDINATED_BEFORE.test(text.slice(Math.max(cs, span.start - 24), span.start))) {
        const reporter = reportingSubject(ctx, cs).filter((r) => !obj.refs.some((o) => o.id === r.id));
        if (reporter.length > 0) {
          claimants = reporter;
          how += '+reporting-subject';
        }
      }
      // "Lumen is already under European sanctions for …", "faces U.S. sanctions over …": the noun;
      // the body of its modifier imposes them, the clause's subject is sanctioned.
      const under = cue.id === 'sanction-verb' && /^sanctions$/i.test(text.slice(span.start, span.end)) ? SANCTIONS_UNDER.exec(text.slice(Math.max(cs, span.start - 60), span.start)) : null;
      if (under) {
        const imposers = refsIn(ctx.refs, span.start - (under[1] ?? '').length, span.start);
        const sanctioned = subjectRefs(ctx, cs, span.start - under[0].length).filter((r) => !imposers.some((o) => o.id === r.id));
        if (sanctioned.length > 0) {
          claimants = imposers;
          targets = sanctioned;
          how += '+under-sanctions';
        }
      }
      // "prosecutors charged that X …", "the Pentagon accuses that the hackers of China …",
      // "suspects that Korvian agents planned …": a that-clause object, whose subject is the accused.
      const thatClause = targets.length === 0 ? /^\s+that\s+/i.exec(text.slice(span.end, span.end + 8)) : null;
      if (thatClause) {
        const from = span.end + thatClause[0].length;
        const verb = /\b(?:[a-z]+ed|was|were|is|are|had|has|have|would|could|may|might|will|did)\b/.exec(text.slice(from, ce));
        targets = subjectRefs(ctx, from, verb ? from + verb.index : ce);
        if (targets.length > 0) how += '+that-clause';
      }
      // "arrested Chen, 47, a Taiwanese businessman, on charges …": the nationality of an
      // accused person described in apposition is no accused state (SPEC).
      targets = targets.filter((r) => !(r.type === 'country' && targets.some((o) => o.type === 'person' && o.end < r.start) && /,\s*(?:\d{1,3}\s*,\s*)?(?:a|an)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(span.end, r.start - 30), r.start)) && /^\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*[,.]/.test(text.slice(r.end, r.end + 40))));
      // "sanctioned Kestrel, a firm based in Dubai, accusing it of …": the pronoun is the main clause's object.
      const mainObject = participleObject(ctx, span, claimants);
      if (mainObject.length > 0) {
        targets = mainObject;
        how += '+main-object';
      } else if (targets.length === 0 && BARE_AUTHORITIES.test(text.slice(span.end, span.end + 30))) {
        // "accused authorities of using vague laws": the state named before in the sentence.
        // (in the sentence, else the sentence before: "… Egypt had jailed reporters. The report also accused prosecutors of …")
        const state = refsIn(ctx.refs, Math.max(0, ctx.sentence.start - 300), span.start).filter((r) => r.type === 'country' && !claimants.some((c) => c.id === r.id)).at(-1);
        if (state) {
          targets = [state];
          how += '+authorities';
        }
      }
      content = obj.contentFrom !== null ? trimSpan(text, obj.contentFrom, Math.min(coordinated, Math.max(ce, clauseEnd(ctx, obj.contentFrom)))) : trimSpan(text, span.end, ce);
    }
    // "sentenced to eight years in prison for running a botnet": the content is the reason, not the term.
    if (content && cue.id === 'sentenced-for') {
      const reason = /^(?:\S+\s+){0,8}?(?:for|over|on)\s+(?=\S)/i.exec(text.slice(content.start, content.end));
      if (reason && /\bprison\b|\byears?\b|\bmonths?\b|\bjail\b|\blife\b/i.test(reason[0])) content = trimSpan(text, content.start + reason[0].length, content.end) ?? content;
    }
    if (content) targets = [...targets, ...notSelf(ctx, helpedRefs(ctx, content.start, content.end), targets)];
    // "called the ruling arbitrary": a ruling stands for the judge or court that made it
    if (targets.length === 0 && !passive && /^\s+the\s+(?:\w+\s+)?(?:ruling|verdict|judgment|judgement|sentence|decision\s+to\s+(?:re)?(?:imprison|jail|convict|detain|sentence))\b/i.test(text.slice(span.end, span.end + 40))) {
      const judge = judgeBefore(ctx, span.start);
      if (judge) targets = [judge];
    }
    // "hold them accountable", "holding accountable those who …": nobody named, no claim.
    if (cue.id === 'hold-responsible' && targets.length === 0) return null;
    // "the blast slammed the door for …": a verb of criticism only with a named actor criticised.
    if (cue.id === 'slam-verb' && targets.length === 0) return null;
  }
  return { ...st, claimants, targets, content, how };
}

/** The `verb-to` frame of analyseCue: what it finds goes on from `st`; a Found or null ends the analysis. */
function verbToFrame(inp: FrameInput, st: FrameState): Found | FrameState | null {
  const { ctx, cue, span, text, cs, ce, before, passive, participle } = inp;
  let { claimants, targets, content, how } = st;
  frame: {
    const region = text.slice(span.end, ce);
    const to = /\bto\s+/i.exec(region);
    const toEnd = to ? span.end + to.index + to[0].length : null;
    // "attributed to a cell of the FARC": the body the part belongs to
    const toAt = toEnd !== null ? toEnd + (PART_OF.exec(text.slice(toEnd, ce))?.[0].length ?? 0) : null;
    if (toAt !== null) {
      // (a name with "of" inside, "the Revolutionary Armed Forces of Colombia", is read whole)
      let nameEnd = Math.max(toAt, ...refsIn(ctx.refs, toAt, ce).filter((r) => r.start <= toAt + 4).map((r) => r.end));
      // ("linked to China's Ministry of State Security": the possessed body's name is read whole too)
      for (let k = 0; k < 2; k++) {
        const owned = refsIn(ctx.refs, nameEnd, ce).find((r) => /^['\u2019]s?\s+$/.test(text.slice(nameEnd, r.start)));
        if (!owned) break;
        nameEnd = owned.end;
      }
      const stop = /[,;]|\s(?:for|in|on|by|of|that|which|after)\s/i.exec(text.slice(nameEnd, ce));
      const linked = refsIn(ctx.refs, toAt, stop ? nameEnd + stop.index : ce);
      // "linked to Russia's SVR": the possessor qualifies the body named after it
      targets = linked.filter((r, k) => {
        const next = linked[k + 1];
        return !(next && /^(?:['\u2019]s?|s)\s+$/.test(text.slice(r.end, next.start)));
      });
      // "attributed the attack to hackers working for Vestia": unnamed doers, and the state they work for
      if (targets.length === 0) targets = helpedRefs(ctx, toAt, Math.min(ce, toAt + 80)).filter((r) => /^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}(?:working|acting|spying|operating)\s+(?:for|on behalf of|at the behest of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(toAt, r.start)));
    }
    // "the group Cobalt Spider, linked to Iran, is behind …": an appositive participle is a
    // passive of the noun before the comma (told by nobody named), not that noun linking.
    if (!passive && participle && targets.length > 0 && /[a-z]\s*,\s*$/i.test(before) && /^\s+to\s/i.test(text.slice(span.end, span.end + 5))) {
      const comma = text.lastIndexOf(',', span.start);
      const head = nearestNounPhraseRefs(ctx, cs, comma);
      if (head.length > 0) {
        how = 'appositive';
        claimants = agentRefs(ctx, span.end, ce);
        targets = [...head, ...targets];
        content = trimSpan(text, span.start, ce);
        break frame;
      }
    }
    if (passive) {
      how = 'passive';
      claimants = agentRefs(ctx, span.end, ce);
      if (targets.length === 0) targets = subjectRefs(ctx, cs, span.start);
      content = trimSpan(text, cs, span.start);
      content = content ? trimSpan(text, content.start, content.end - (text.slice(content.start, content.end).match(/\s+(?:is|are|was|were|has been|have been|had been|been|being)$/i)?.[0].length ?? 0)) : null;
    } else {
      claimants = subjectRefs(ctx, cs, span.start);
      content = toAt !== null ? trimSpan(text, span.end, toAt - (to?.[0].length ?? 0)) : trimSpan(text, span.end, ce);
      // "APT28, a group the United States has tied to Russia's GRU": the object is the head
      // of the relative clause ("a group") and the name it describes.
      if (toAt !== null && /^\s+to\s+$/i.test(text.slice(span.end, toAt))) {
        const head = relativeObjectHead(ctx, claimants[0]?.start ?? span.start);
        if (head.length > 0) {
          targets = [...head, ...targets];
          how += '+relative-object';
        }
      }
    }
    // "Researchers linked APT28 to the breaches", headline "Researchers tie 'Red Kite' to …": the
    // object is the accused when "to" leads to the wrong, not to an actor.
    if (targets.length === 0 && !passive && cue.id === 'link-verb' && to && toAt !== null) {
      const objEnd = span.end + to.index;
      const obj = refsIn(ctx.refs, span.end, objEnd);
      if (obj.length > 0 && !/[,;]/.test(text.slice(span.end, objEnd)) && HARM_WORD.test(text.slice(toAt, ce))) {
        targets = obj;
        content = trimSpan(text, toAt, ce);
        how += '+object-to-wrong';
      }
    }
    // "attribute their work under a licence": nobody it is attributed to, no accusation.
    if (targets.length === 0) return null;
  }
  return { ...st, claimants, targets, content, how };
}

/** The `verb-clause` frame of analyseCue: what it finds goes on from `st`; a Found or null ends the analysis. */
function verbClauseFrame(inp: FrameInput, st: FrameState): Found | FrameState | null {
  const { ctx, cue, span, all, text, cs, ce, before, passive } = inp;
  let { claimants, targets, content, how, relayedBy } = st;
  frame: {
    // "Alleged International Hacking Ring Caught …", "the alleged plot by X": the adjective
    // hedges an accusation of the noun phrase it opens, told by nobody in particular.
    // ("over India's alleged role in …": the possessor before the adjective is the accused)
    const possessor = /([\w.-]+)['\u2019]s\s+$/.exec(text.slice(Math.max(ctx.sentence.start, span.start - 40), span.start));
    if (cue.id === 'allege-verb' && /^alleged$/i.test(text.slice(span.start, span.end)) && /^\s+(?:[A-Z]|(?:\w+\s+)?(?:plot|scheme|attack|hack|role|involvement|ties|links?|violations?|crimes?|fraud|abuse))/.test(text.slice(span.end, span.end + 30)) && !/\b(?:has|have|had|was|were|is|are)\s+$/i.test(before) && (ctx.headline || /(?:^|\b(?:the|an?|of|over|for|in)\s+)(?:(?:his|her|their)\s+)?$/i.test(text.slice(ctx.sentence.start, possessor ? span.start - possessor[0].length : span.start)))) {
      how = 'adjective';
      const np = /^\s+(?:[\w'\u2019-]+\s+){0,5}?(?=\b(?:[a-z]+ed|in|by|on|at|for|against|was|were|is|are|has|have)\b|[,.;]|$)/.exec(text.slice(span.end, ce));
      const npEnd = np ? span.end + np[0].length : ce;
      targets = [...(possessor ? refsIn(ctx.refs, span.start - possessor[0].length, span.start) : []), ...refsIn(ctx.refs, span.end, npEnd)];
      // "to face charges for his alleged role": the person the possessive pronoun stands for, the clause's subject
      if (targets.length === 0 && /\b(?:his|her)\s+$/i.test(text.slice(span.start - 5, span.start))) targets = subjectRefs(ctx, ctx.sentence.start, span.start).filter((r) => r.type === 'person').slice(0, 1);
      const by = /^\s*by\s+/i.exec(text.slice(npEnd, ce));
      if (by) targets = [...targets, ...refsIn(ctx.refs, npEnd, ce).filter((r) => r.start <= npEnd + by[0].length + 2)];
      claimants = [];
      content = trimSpan(text, span.end, ce);
      break frame;
    }
    // "Mahan's director, X, has alleged ties to the Guards": the adjective on a link the
    // subject has, told by nobody in particular (hedged), not X alleging anything.
    if (cue.id === 'allege-verb' && /^alleged$/i.test(text.slice(span.start, span.end)) && /\b(?:has|have|had|with)\s+$/i.test(before) && /^\s+(?:\w+\s+)?(?:ties|links|connections|associations?)\s+(?:to|with)\b/i.test(text.slice(span.end, span.end + 40))) {
      how = 'adjective';
      targets = /\bwith\s+$/i.test(before) ? nearestNounPhraseRefs(ctx, cs, span.start - 5) : subjectRefs(ctx, cs, span.start);
      claimants = [];
      content = trimSpan(text, span.end, ce);
      break frame;
    }
    if (passive) {
      // "the defendants are alleged to have obtained …": the subject is the accused.
      how = 'passive';
      targets = passiveSubject(ctx, cs, span.start);
      if (targets.length === 0) targets = expletiveThat(ctx, span, ce);
      claimants = agentRefs(ctx, span.end, ce);
      content = trimSpan(text, span.end, ce);
      break frame;
    }
    claimants = subjectRefs(ctx, cs, span.start);
    const comp = text.slice(span.end, ce);
    // "alleged, by way of example, that Mahan …": an aside between the verb and its clause
    const that = /^\s*(?:,\s*[^,"\u201c\u201d;]{1,60},\s*(?=that\b|["\u201c]?[A-Z]))?(?:that\s+)?/i.exec(comp);
    const contentFrom = span.end + (that ? that[0].length : 0);
    // "alleged that, in 2019, Acme had …", "that from 2015 to 2019, A and B smuggled …": past a leading time phrase
    const intro = /^,?\s*(?:(?:in|on|from|between|during|since|around|as early as|beginning in|starting in|until)\s[^,;]{0,60},\s*)+/i.exec(text.slice(contentFrom, ce));
    const from = contentFrom + (intro ? intro[0].length : 0);
    // The accused is the complement's subject: refs before its first verb ("that the group used …").
    // ("claims Mahan flies fighters to Syria": a present-tense verb right after a name)
    const firstVerb = /[,;]|\b(?:[a-z]+ed|was|were|is|are|had|has|have|did|used|stole|sent|sold|made|took|gave|ran|paid|caused)\b|(?<=\b[A-Z][\w.'\u2019-]*\s)(?:[a-z]+(?:[^s\W]s|ies|es))\b/.exec(text.slice(from, ce));
    // "claiming U.S. elections were stolen": a country naming a thing ("U.S. elections") did nothing
    targets = refsIn(ctx.refs, from, firstVerb ? from + firstVerb.index : ce).filter((r) => !namesAThing(text, r));
    // "that A, B and C conspired …", "that Acme's chief executive, Karl Ode, defrauded …": a
    // subject with commas runs to its verb (asides and possessors read as for any subject)
    if (firstVerb?.[0] === ',') {
      const verb = /\b(?:[a-z]+ed|was|were|is|are|had|has|have|did|used|stole|sent|sold|made|took|gave|ran|paid|caused)\b/.exec(text.slice(from, ce));
      const wide = verb ? subjectRefs(ctx, from, from + verb.index).filter((r) => !namesAThing(text, r)) : [];
      if (wide.length > 0) targets = wide;
    }
    content = trimSpan(text, contentFrom, ce);
    // "believes the bomber was trained by the PKK": an unnamed subject, a passive's named agent.
    const passiveAt = targets.length === 0 ? /^[^,;]{0,60}?\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)(?:\s+and\s+[a-z]+(?:ed|en))?(?=\s+by\s)/.exec(text.slice(from, ce)) : null;
    if (passiveAt) {
      targets = agentRefs(ctx, from + passiveAt[0].length, ce);
      // "was caused by saboteurs working for Moscow": the backer of unnamed doers
      if (targets.length === 0) targets = backerRefs(ctx, from + passiveAt[0].length, ce, 60);
    }
    // "Znak.com claims FSB sources have ascribed …", "X claiming an anonymous source described …":
    // an outlet relaying its sources only reports (SPEC "Quotes"); the sources claim (unnamed: nobody).
    // (the outlet is the subject right before the verb: "despite Znak.com claiming …")
    const outlet = claimants.at(-1);
    const relay = outlet && outlet.type === 'media' && /^[\s,]+$/.test(text.slice(outlet.end, span.start)) ? SOURCES_SAY.exec(text.slice(from, ce)) : null;
    if (relay) {
      const relayEnd = from + relay[0].length;
      // a cue verb of the sources ("sources have blamed X") makes the claim itself
      if (all.some((o) => o.cue.type === 'accusation' && o.span.start >= from && o.span.start <= relayEnd && o.span.start !== span.start)) return null;
      relayedBy = [(outlet as Ref).id];
      claimants = refsIn(ctx.refs, from, relayEnd).filter((r) => r.type !== 'media');
      targets = refsIn(ctx.refs, relayEnd, ce).filter((r) => r.type !== 'media');
      how += '+relayed-source';
    }
    // ("has alleged ties" is no "as alleged": the word before must be "as" itself)
    if (/^\s*as\s*$/i.test(text.slice(cs, span.start)) || /\bas\s+$/i.test(before)) {
      // "As alleged in the indictment, X did Y": the document says it, its issuer is not named here.
      how = 'as-alleged';
      claimants = [];
      const comma = /,\s*/.exec(text.slice(span.end, ctx.sentence.end));
      if (comma) {
        const from2 = span.end + comma.index + comma[0].length;
        const end2 = clauseEnd(ctx, from2);
        const verb = /\b[a-z]+(?:ed|ly)\b/.exec(text.slice(from2, end2));
        targets = refsIn(ctx.refs, from2, verb ? from2 + verb.index : end2);
        content = verb ? trimSpan(text, from2 + verb.index, end2) : trimSpan(text, from2, end2);
      }
    }
    // "The indictment alleges that the cashers … sent the funds back to A and B": where the
    // clause's subject is no actor, a charging document accuses the defendants it names.
    if (targets.length === 0 && content && ctx.accused && (how === 'as-alleged' || CHARGING_DOCUMENT.test(text.slice(cs, span.start)))) {
      // (to the sentence end: "… kept part of the funds, but sent the rest back to A and B")
      targets = refsIn(ctx.refs, content.start, ctx.sentence.end).filter((r) => ctx.accused?.has(r.id));
      if (targets.length > 0) how += '+named-defendants';
    }
    // "concluded evidence supported his murder … by Saudi agents": with no actor as the
    // complement's subject, the doer of the harmful act it names is the accused.
    if (targets.length === 0 && content) {
      targets = actDoers(ctx, content.start, content.end);
      if (targets.length > 0) how += '+act-doer';
    }
    // "… that the ring worked on behalf of X", "X was conducted at the behest of Y": the helped are targets too.
    if (content) targets = [...targets, ...helpedRefs(ctx, content.start, content.end), ...helpingTail(ctx, content.end)];
  }
  return { ...st, claimants, targets, content, how, relayedBy };
}

/** The `predicate` frame of analyseCue: what it finds goes on from `st`; a Found or null ends the analysis. */
function predicateFrame(inp: FrameInput, st: FrameState): Found | FrameState | null {
  const { ctx, cue, span, text, cs, ce } = inp;
  let { claimants, targets, content } = st;
  // "X allegedly responded in a letter": "allegedly" alone states no wrong.
  // Unless the one it is said of is a defendant of the document: "Dravec allegedly received
  // $36,000 for his work", "the defendants then allegedly created a website" (a charging
  // document's "allegedly" tells the charged conduct; pass two, where `accused` is known).
  if (cue.id === 'allegedly-adverb' && !HARM_WORD.test(text.slice(span.end, ce)) && !CRIME_WORD.test(text.slice(span.end, ce)) && !HARM_ANY.test(text.slice(span.end, ce)) && !allegedOfAccused(ctx, cs, span)) return null;
  // "responsible for" is an accusation only for a harmful act: "responsible for the attack".
  if (cue.id === 'responsible-for' && !HARM_WORD.test(text.slice(span.end, Math.min(ce, span.end + 60))) && !/^\s+(?:the\s+)?(?:\w+\s+)?(?:deaths?|killings?|casualties)\s+of\b/i.test(text.slice(span.end, ce))) return null;
  targets = cue.id === 'allegedly-adverb' ? nearestNounPhraseRefs(ctx, cs, span.start) : subjectRefs(ctx, cs, span.start);
  // "a hacking group backed by the Iranian government was behind …": the backer of an unnamed subject
  if (targets.length === 0 && cue.id !== 'allegedly-adverb') targets = backerRefs(ctx, cs, span.start, 80);
  // "... to Grudijev, who, in turn, allegedly distributed ...": the relative pronoun's
  // antecedent is the accused, not the main clause's subject (GUIDELINES)
  const rel = /,\s*who\s*(?:,\s*(?:in turn|then|later|also|reportedly)\s*,)?\s*(?:\w+\s+)?$/.exec(text.slice(Math.max(ctx.sentence.start, span.start - 40), span.start));
  if (rel) {
    const comma = span.start - rel[0].length;
    const head = refsIn(ctx.refs, ctx.sentence.start, comma + 1).filter((r) => r.end <= comma && text.slice(r.end, comma).trim() === '');
    if (head.length > 0) targets = head;
  }
  claimants = agentRefs(ctx, span.end, ce);
  content = trimSpan(text, span.end, ce);
  return { ...st, claimants, targets, content };
}

/** The `noun` frame of analyseCue: what it finds goes on from `st`; a Found or null ends the analysis. */
function nounFrame(inp: FrameInput, st: FrameState): Found | FrameState | null {
  const { ctx, cue, span, all, text, cs, ce } = inp;
  let { claimants, targets, content } = st;
  // An accusation noun inside a denial ("rejected the accusations") is that denial's object.
  if (all.some((o) => o.cue.type === 'denial' && o.span.start < span.start && o.span.start >= cs)) return null;
  if (all.some((o) => o.cue.type === 'denial' && o.cue.frame === 'denial-phrase' && o.span.start > span.start && o.span.start < ce + 80)) return null;
  // ("allegedly" is a hedge of its own clause, not a verb that owns the noun.)
  if (all.some((o) => o.cue.type === 'accusation' && o.cue.frame !== 'noun' && o.cue.id !== 'allegedly-adverb' && Math.abs(o.span.start - span.start) < 80 && o.span.start >= cs && o.span.start < ce)) return null;
  // "indicted A, 38, and B, 41, on charges of …": the charges are the charging verb's own
  // content (its object list may cross a clause boundary), not a second claim.
  if (/\b(?:on|over)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(ctx.sentence.start, span.start - 30), span.start)) && all.some((o) => CHARGING_VERBS.has(o.cue.id) && o.span.end <= span.start && span.start - o.span.end < 200)) return null;
  const near = text.slice(Math.max(cs, span.start - 40), span.start);
  const poss = refsIn(ctx.refs, Math.max(cs, span.start - 40), span.start).filter((r) => {
    const between = text.slice(r.end, span.start);
    // ("Ode and Roe each face charges": the subject facing them is no possessor)
    return /^(?:['\u2019]s?)?(?:\s+(?:\w+\s+){0,2})?\s*$/.test(between) && !/\b(?:against|of|on|to|with|face|faces|faced|facing|deny|denies|denied|over|for)\b/i.test(between);
  });
  claimants = poss;
  if (claimants.length === 0) claimants = agentRefs(ctx, span.end, ce);
  if (claimants.length === 0 && NOUN_GOVERNORS_BEFORE.test(near)) claimants = subjectRefs(ctx, cs, span.start);
  const after = text.slice(span.end, ce);
  const against0 = /^\s*(?:\S+\s+){0,2}?(?:against|of|charging|accusing|that)\s+/i.exec(after);
  // "charges of shipping chips to a Chinese institute": a gerund after "of" is the content, not the accused.
  const against = against0 && /\bof\s+$/i.test(against0[0]) && /^[a-z]+ing\b/.test(after.slice(against0[0].length)) ? null : against0;
  if (against0 && !against) content = trimSpan(text, span.end + against0.index + against0[0].length, ce);
  else if (against) {
    const at = span.end + against.index + against[0].length;
    const stop = /[,;]|\s(?:for|of|with|over|in|on|that|which|who|after)\s/i.exec(text.slice(at, ce));
    targets = refsIn(ctx.refs, at, stop ? at + stop.index : ce);
    content = trimSpan(text, stop ? at + stop.index + stop[0].length : at, ce);
  } else {
    content = trimSpan(text, span.end, ce);
  }
  // "X faces two charges", "X, held over accusations of Y": the accused is the clause subject.
  if (targets.length === 0 && /\b(?:faces?|faced|facing|over|on|for|of)\s+(?:\S+\s+){0,3}$/i.test(near)) {
    targets = clauseSubject(ctx, cs, span.start).filter((r) => !claimants.includes(r));
  }
  // "The charges were announced by A; B; C": the case's own charges, against its defendants,
  // brought by the officials who announce them.
  if (targets.length === 0 && /\b[Tt]he\s+(?:\w+\s+)?$/.test(near) && ctx.mainAccused.length > 0 && /^(?:charges|indictments?|complaint)$/i.test(text.slice(span.start, span.end))) {
    const announced = /^\s+(?:\w+\s+)?(?:were|was|have been|has been)\s+(?:\w+\s+)?(?:announced|unsealed|filed|brought)\s+(?:today\s+)?by\s/i.exec(after);
    if (announced) {
      const from = span.end + announced[0].length;
      claimants = announcers(ctx, from, ctx.sentence.end);
      const firstOf = new Map<string, Ref>();
      for (const r of ctx.refs) if (ctx.mainAccused.includes(r.id) && !firstOf.has(r.id)) firstOf.set(r.id, r);
      targets = [...firstOf.values()];
    }
  }
  // A bare mention of the case ("waived indictment", "the arrest and indictment were
  // announced") states no allegation: a noun claim needs an accused, or (for
  // accusations/allegations) a stated content ("accusations of incitement").
  // "the arrest of X for ignoring a summons for allegedly trying …": the first reason only.
  if (cue.id === 'arrest-noun' && content) {
    const second = /\s+for\s+(?:allegedly|reportedly)\b/i.exec(text.slice(content.start, content.end));
    if (second) content = trimSpan(text, content.start, content.start + second.index);
  }
  // "the arrest of two individuals who were responsible for …": the pattern itself demands the reason.
  const statesContent = (/^(?:\s+\S+){0,2}?\s+(?:of|that)\s/i.test(after) && /^(?:accusation|allegation|claim)/i.test(text.slice(span.start, span.end))) || cue.id === 'arrest-noun';
  // "The charges against A carry a maximum of 15 years": the penalty, not the allegation;
  // "will be removed to Miami to face the charges": a step to come.
  if (/^charges$/i.test(text.slice(span.start, span.end)) && (/^[^.;]{0,80}?\bcarr(?:y|ies)\s+(?:a\s+)?(?:maximum|minimum|statutory|possible|penalt)/i.test(after) || /\bwill\b/i.test(text.slice(cs, span.start)))) return null;
  if (targets.length === 0 && !statesContent) return null;
  return { ...st, claimants, targets, content };
}

/** The `denial-verb` frame of analyseCue: what it finds goes on from `st`; a Found or null ends the analysis. */
function denialVerbFrame(inp: FrameInput, st: FrameState): Found | FrameState | null {
  const { ctx, span, text, cs, ce, passive } = inp;
  let { claimants, targets, content } = st;
  if (passive) return null; // "was denied bail", "were denied entry"
  if (DENIAL_OBJECT_NOT_CLAIM.test(text.slice(span.end, span.end + 30)) || DENIED_TO_SOMEONE.test(text.slice(span.end, span.end + 60))) return null;
  // "denying migrants access": a person as object is refused something, no claim is denied.
  if (/^(?:deny|denies|denied|denying)$/i.test(text.slice(span.start, span.end)) && !DENIED_OBJECT.test(text.slice(span.end, span.end + 40))) return null;
  claimants = subjectRefs(ctx, cs, span.start);
  content = trimSpan(text, span.end, ce);
  if (content) {
    // Targets: the accusers named in the object ("rejected US accusations", "the claims by Washington").
    targets = accusersIn(ctx, content.start, content.end);
    const that = /^(?:that\s+)/i.exec(text.slice(content.start, content.end));
    if (that) content = trimSpan(text, content.start + that[0].length, content.end);
  }
  return { ...st, claimants, targets, content };
}

/** Each frame's own function (see FrameState); the harm frame has none here (harmClaims reads it). */
const FRAMES: Readonly<Partial<Record<CueFrame, (inp: FrameInput, st: FrameState) => Found | FrameState | null>>> = {
  'verb-object': verbObjectFrame,
  'verb-to': verbToFrame,
  'verb-clause': verbClauseFrame,
  predicate: predicateFrame,
  noun: nounFrame,
  'denial-verb': denialVerbFrame,
  'denial-phrase': denialPhraseFrame,
};

/** The `denial-phrase` frame of analyseCue: what it finds goes on from `st`; a Found or null ends the analysis. */
function denialPhraseFrame(inp: FrameInput, st: FrameState): Found | FrameState | null {
  const { ctx, cue, span, all, text, cs, ce } = inp;
  let { claimants, targets, content, how } = st;
  // "dismissed the report as a smear", "rejected Manila's version as pure fiction": the
  // verb's denial states it (with its object's accusers); the label is part of it.
  // ("rejected the accusation and said Norland had presented no evidence": a second statement, SECOND_STATEMENT)
  if (all.some((o) => o.cue.frame === 'denial-verb' && o.span.end <= span.start && span.start - o.span.end < 120 && sameClause(ctx, o.span, span) && !opensSecond(ctx, o.span, span))) return null;
  claimants = subjectRefs(ctx, cs, span.start);
  content = trimSpan(text, span.end, ce);
  // "Nobilo said Dodik does not recognize the court": the lawyer speaking makes the denial.
  if (cue.id === 'not-recognise' || cue.id === 'unrelated' || cue.id === 'not-warranted') {
    const speaker = speakerOf(ctx, span.start);
    if (speaker.ids.length > 0 && speaker.how !== 'according-to-media' && speaker.how !== 'reporting-media') {
      claimants = [];
      how += `+speaker`;
    }
    if (cue.id === 'not-recognise' && content) {
      // What is not recognised: up to the end of its clause ("the court or the prosecutor's office, and thus …").
      const stop = /[.;!?]|,\s*(?:and|but)\b/.exec(text.slice(content.start, content.end));
      if (stop) content = trimSpan(text, content.start, content.start + stop.index);
      targets = content ? refsIn(ctx.refs, content.start, content.end).filter((r) => r.via === 'name') : [];
    }
  }
  // "found no trace of explosives despite Znak.com claiming …": the named accuser is rebutted
  if (cue.id === 'found-no-evidence' && content) {
    targets = refsIn(ctx.refs, content.start, ctx.sentence.end).filter((r) => /^\s*(?:['\u2019]s\s+)?(?:claim\w*|alleg\w*|report\w*|accus\w*|suggest\w*)/i.test(text.slice(r.end, r.end + 20)));
  }
  // "he claimed sex had been consensual": what is asserted is the clause itself
  if (cue.id === 'consensual') content = trimSpan(text, cs, span.end);
  // "Those who want to link the incidents to Iran are lying": the speaker rebuts the
  // accusers of the subject clause (unnamed there); the refs inside it are the accused
  if (cue.id === 'accusers-lying') {
    content = trimSpan(text, cs, span.start);
    const speaker = speakerOf(ctx, span.start);
    claimants = [];
    if (speaker.ids.length > 0 && speaker.how !== 'according-to-media' && speaker.how !== 'reporting-media') {
      return { type: 'denial', cue, cueSpan: span, claimants: speaker.ids, targets: [], contentSpan: content, certainty: certaintyOf(ctx, cue, span, cs, ce), reportedBy: speaker.reportedBy, confidence: cue.confidence, how: `denial-phrase+${speaker.how}`, claimantViaAnaphor: speaker.viaAnaphor };
    }
  }
  if (cue.id === 'baseless' || cue.id === 'without-evidence') {
    // "called the accusations baseless": what is denied is the accusation before the cue.
    content = trimSpan(text, cs, span.start) ?? content;
    // (the accuser owns the noun: "Norland's accusations", "US claims"; not "Vestia called the accusations")
    claimants = claimants.filter((r) => !ownsAccusation(text, r));
    // ("called Norland's claims baseless": "claims" reads as a reporting verb there, so the
    // owner is looked for back to the clause start without the reporting boundaries)
    const accusers = refsIn(ctx.refs, Math.min(cs, clauseStart(ctx, span.start, false)), span.start).filter((r) => ownsAccusation(text, r));
    targets = accusers;
    claimants = claimants.filter((r) => !accusers.includes(r));
    // "called them a smear campaign by Norland", "lies spread by X": the author of the falsehood is the accuser rebutted
    const authored = targets.length === 0 ? AUTHORED_BY.exec(text.slice(span.end, Math.min(ce, span.end + 40))) : null;
    if (authored) {
      const at = span.end + authored[0].length;
      targets = refsIn(ctx.refs, at, ce).filter((r) => r.start === at).slice(0, 1);
    }
    // "Serov said that Warsaw had presented no evidence …": the subject who failed to show
    // evidence is the accuser rebutted; the speaker denies.
    if (cue.id === 'without-evidence' && claimants.length > 0 && NO_EVIDENCE_GIVEN.test(text.slice(claimants.at(-1)?.end ?? span.start, span.start))) {
      const speaker = speakerOf(ctx, span.start);
      if (speaker.ids.length > 0 && !speaker.ids.some((id) => claimants.some((r) => r.id === id)) && speaker.how !== 'according-to-media' && speaker.how !== 'reporting-media') {
        targets = claimants;
        claimants = [];
      }
    }
  }
  return { ...st, claimants, targets, content, how };
}

function analyseCue(ctx: SentenceContext, cue: CueEntry, span: Span, all: readonly CueMatch[]): Found | null {
  const { text } = ctx;
  const cs = clauseStart(ctx, span.start, true);
  const coordinated = coordinatedCueEnd(ctx, span, all, ctx.sentence.end);
  const ce = Math.min(coordinated, clauseEnd(ctx, span.end));
  const why = cancelled(ctx, cue, span, cs);
  if (why) return null;
  // '"…," Halvorsen charged.': the cue verb reports the quote (its content is read by the other rules).
  if (REPORTS_QUOTE_VERB.test(text.slice(span.start, span.end)) && REPORTS_QUOTE_AFTER.test(text.slice(span.end, ctx.sentence.end)) && QUOTE_THEN_SPEAKER.test(text.slice(ctx.sentence.start, span.start))) return null;
  const before = text.slice(Math.max(ctx.sentence.start, span.start - 40), span.start);
  const firstWord = /^\S+/.exec(text.slice(span.start, span.end))?.[0] ?? '';
  const participle = /(?:ed|found|held|tied|brought)$/i.test(firstWord);
  // Headlinese drops the auxiliary: "Nine Iranians Charged With …" is passive.
  const headlinePassive = ctx.headline && participle && /^\s+(?:with|of|in|for|on|over|by|after|and|to)\b/i.test(text.slice(span.end, span.end + 8));
  const passive = (participle && PASSIVE_BEFORE.test(before) && !/\b(?:has|have|had)\s+$/i.test(before)) || headlinePassive;
  // "I am implicated", "we were accused": the speaker speaks of itself (a denial frame, not an accusation).
  if (passive && cue.type === 'accusation' && /\b(?:I|we)\s+(?:am|are|was|were|have been|had been)\s+(?:\w+\s+)?$/.test(before)) return null;
  let claimants: Ref[] = [];
  let targets: Ref[] = [];
  let content: Span | null = null;
  let how: string = cue.frame;
  // Outlets that only relay the claim of their sources (they go to reportedBy).
  let relayedBy: string[] = [];

  // "called the sanctions based on lies", "described the allegations as hysteria": an
  // accusation or a measure called false is a denial (the evaluative dismissal reads it).
  if (cue.id === 'label-verb' && FALSE_LABELLED.test(text.slice(span.end, Math.min(ctx.sentence.end, span.end + 160)))) return null;
  // 'called the charges against its managers "a bid to …"', 'described the allegations as a witch hunt': a
  // wrongful label said of an accusation names no wrongdoer; by or for the accused it is a denial (GUIDELINES
  // "Politically motivated"), which the evaluative dismissal reads. "called the charges against Kessler …" stays.
  if (cue.id === 'label-verb' && LABELLED_ACCUSATION.test(text.slice(span.end, Math.min(ctx.sentence.end, span.end + 160)))) return null;
  // "Did Kessler deny the allegations?": a question denies nothing (its clause ends in a question mark).
  // (only the cue's own clause: "denied the charges and asked: why would I steal?" still denies)
  if (cue.type === 'denial' && /^[^.!?;:,\u201c]*\?/.test(text.slice(span.end, ctx.sentence.end))) return null;
  const st: FrameState = { goOn: true, claimants, targets, content, how, relayedBy };
  const inp: FrameInput = { ctx, cue, span, all, text, cs, coordinated, ce, before, passive, participle, headlinePassive };
  const frame = FRAMES[cue.frame];
  const framed = frame ? frame(inp, st) : st;
  if (framed === null || !('goOn' in framed)) return framed;
  ({ claimants, targets, content, how, relayedBy } = framed);

  // "The lawsuit, filed by the SEC on Monday, accuses …": a document is credited to the issuer named in it.
  if (claimants.length === 0 && !passive && cue.type === 'accusation' && (cue.frame === 'verb-object' || cue.frame === 'verb-clause')) {
    const issuer = ISSUED_BY.exec(text.slice(cs, span.start));
    if (issuer) {
      const at = cs + issuer.index + issuer[0].length;
      claimants = refsIn(ctx.refs, at, Math.min(span.start, at + 60)).slice(0, 1);
      if (claimants.length > 0) how += '+document-issuer';
    }
    // "A report by UN experts accused …": the issuer after "by"/"from" in the document subject.
    // (without the reporting boundaries: "report" reads as a reporting verb there)
    const dcs = clauseStart(ctx, span.start, false);
    if (claimants.length === 0) {
      claimants = documentIssuer(ctx, dcs, span.start);
      if (claimants.length > 0) how += '+document-by';
    }
    // "The report also accused …": the issuer of the report named in the sentences before.
    const back = claimants.length === 0 ? DOCUMENT_BACK.exec(text.slice(dcs, span.start)) : null;
    if (back) {
      claimants = earlierIssuer(ctx, (back[1] ?? '').toLowerCase(), dcs);
      if (claimants.length > 0) how += '+earlier-document';
    }
  }
  // "China denied the accusations, and accused the US …": the second verb shares the subject.
  if (claimants.length === 0 && !passive && cue.frame !== 'predicate' && cue.frame !== 'noun' && /^\s*(?:(?:also|then|later|instead|in turn)\s+)*$/i.test(text.slice(cs, span.start)) && cs > ctx.sentence.start) {
    claimants = sharedSubject(ctx, cs);
    if (claimants.length > 0) how += '+shared-subject';
  }
  // "Berisha, who resigned … after being defeated in 2013, rejected the allegations": the
  // subject sits before a relative clause that the clause boundaries cut off
  if (claimants.length === 0 && !passive && cue.frame !== 'predicate' && cue.frame !== 'noun') {
    const head = relativeHead(ctx, span.start);
    if (head.length > 0) {
      claimants = head;
      how += '+relative-head';
    }
  }
  // "India and Pakistan traded blame. Both countries deny …": the parties named just before.
  if (claimants.length === 0 && !passive && cue.frame !== 'predicate' && cue.frame !== 'noun') {
    const parties = bothParties(ctx, cs, span.start);
    if (parties.length > 0) {
      claimants = parties;
      how += '+both-parties';
    }
  }
  let viaAnaphor = claimants.length > 0 && claimants.every((r) => r.via === 'anaphor');
  let reportedBy: string[] = [];
  const speaker = speakerOf(ctx, span.start);
  reportedBy = relayedBy.length > 0 ? [...new Set([...speaker.reportedBy, ...relayedBy])] : speaker.reportedBy;
  // Media credited for the information are not claimants when someone else is named.
  const mediaIds = new Set(reportedBy);
  let claimantIds = uniqueIds(claimants.filter((r) => !(mediaIds.has(r.id) && r.type === 'media')));
  // "Norland accused Vestia of …, Reuters reported." (read as unmarked speech): an outlet that relays the
  // subject's accusation only reports it (SPEC "Quotes"); the subject keeps the claim.
  const relayingOutlet = claimantIds.length > 0 && speaker.how === 'quote-unmarked' && speaker.ids.length > 0 && speaker.ids.every((id) => ctx.refs.some((r) => r.id === id && r.type === 'media'));
  if (relayingOutlet) reportedBy = [...new Set([...reportedBy, ...speaker.ids])];
  if (!relayingOutlet && relayedBy.length === 0 && (claimantIds.length === 0 || (q(ctx, span.start) && speaker.how.startsWith('quote')))) {
    const mediaOnly = speaker.how === 'according-to-media' || speaker.how === 'reporting-media';
    if (speaker.ids.length > 0 && (!mediaOnly || cue.frame === 'predicate')) {
      claimantIds = speaker.ids;
      how += `+${speaker.how}`;
      viaAnaphor = speaker.viaAnaphor;
    }
  }
  // "X told the court he was innocent as his trial on bribery charges opened": the charges of
  // the speaker's own case accuse the speaker (by a prosecution the sentence does not name).
  let ownCase: string[] = [];
  // (only where the speaker is that pronoun's subject too: "he was innocent as his trial …";
  // "Prosecutor Ana Lind said his trial …" is someone else's)
  const own = cue.frame === 'noun' && how.includes('+reporting-verb') ? OWN_CASE_BEFORE.exec(text.slice(Math.max(cs, span.start - 60), span.start)) : null;
  const subjectPronoun = own ? SUBJECT_OF_POSSESSIVE[(own[1] ?? '').toLowerCase()] : undefined;
  if (own && subjectPronoun && subjectPronoun.test(text.slice(ctx.sentence.start, span.start - own[0].length))) {
    ownCase = claimantIds;
    claimantIds = [];
    how += '+own-case';
  }
  // (not a passive: in "He is charged with …" the pronoun is the accused, the charge agentless)
  if (claimantIds.length === 0 && ownCase.length === 0 && !passive && ctx.previous && /^\s*(?:["\u201c]?\s*)(?:he|she|it|they)\s/i.test(text.slice(ctx.sentence.start, span.start))) {
    claimantIds = [...ctx.previous.claimants];
    if (reportedBy.length === 0) reportedBy = [...ctx.previous.reportedBy];
    how += '+previous-speaker';
    viaAnaphor = true;
  }
  let targetIds = [...new Set([...uniqueIds(targets), ...ownCase])].filter((id) => !claimantIds.includes(id));
  // "X claims Y …" is an accusation only with a wrong in it, or with both sides named.
  if (cue.id === 'claim-verb' && !HARM_WORD.test(text.slice(span.end, ce)) && (claimantIds.length === 0 || targetIds.length === 0)) return null;
  // "the officers claimed to be seeking a bomb", "claimed to have hacked …": a claim about oneself, no accusation.
  if (cue.id === 'claim-verb' && /^\s+to\s+(?:be|have)\b/i.test(text.slice(span.end, span.end + 12))) return null;
  // A media outlet in a target slot is almost always the one reporting ("told VOA").
  targetIds = targetIds.filter((id) => !mediaIds.has(id));
  // The article's own adjectival "alleged X" hedges (GUIDELINES: "allegedly" vs "alleges");
  // a noun claim is hedged only by what lies in its own content.
  // (what sources told an outlet is a report: hedged)
  const certainty = how.startsWith('adjective') || relayedBy.length > 0 ? 'hedged' : certaintyOf(ctx, cue, span, cs, cue.frame === 'noun' && content ? Math.min(ce, content.end) : ce);
  const filled = (claimantIds.length > 0 ? 1 : 0) + (targetIds.length > 0 ? 1 : 0);
  const confidence = Math.min(0.99, cue.confidence * (0.7 + 0.15 * filled));
  return {
    type: cue.type,
    cue,
    cueSpan: span,
    claimants: claimantIds,
    targets: targetIds,
    contentSpan: content,
    certainty,
    reportedBy,
    confidence: Math.round(confidence * 100) / 100,
    how,
    claimantViaAnaphor: viaAnaphor,
  };
}

/**
 * "Norland blamed Vestia for the attack and accused Ruritania of helping it": a second cue
 * verb coordinated by "and"/"but" opens a statement of its own (other target, other
 * content); the first one's clause ends before it.
 */
function coordinatedCueEnd(ctx: SentenceContext, span: Span, all: readonly CueMatch[], end: number): number {
  for (const o of all) {
    if (o.span.start <= span.end || o.span.start >= end || o.cue.frame === 'noun' || o.cue.frame === 'predicate') continue;
    const and = /,?\s+(?:and|but)\s+(?:(?:also|then|later|\w+ly)\s+)?$/.exec(ctx.text.slice(Math.max(span.end, o.span.start - 24), o.span.start));
    // (a verb form, "and accused", not "and the accusations"; and only after an object of
    // the first verb: "condemned and sanctioned Acme" share it)
    const cut = and ? o.span.start - and[0].length : -1;
    if (and && refsIn(ctx.refs, span.end, cut).length > 0 && /^\w+(?:ed|s)$/i.test(ctx.text.slice(o.span.start, o.span.end).split(/\s/)[0] ?? '')) return cut;
  }
  return end;
}

/**
 * The parties a "both countries" / "the two sides" subject of `[cs, end)` stands for: the
 * last distinct actors of a fitting type named before it (within the two sentences before
 * at most), as many as the phrase counts; none when fewer are named.
 */
function bothParties(ctx: SentenceContext, cs: number, end: number): Ref[] {
  const m = BOTH_SUBJECT.exec(ctx.text.slice(cs, end));
  if (!m) return [];
  const noun = (m[1] ?? '').toLowerCase();
  const want = /\b(?:three)\b/i.test(m[0]) ? 3 : /\bfour\b/i.test(m[0]) ? 4 : 2;
  const types: readonly string[] = /^(?:countries|nations|states|governments|capitals|neighbou?rs)$/.test(noun)
    ? ['country']
    : /^(?:companies|firms)$/.test(noun) ? ['company'] : /^(?:men|women)$/.test(noun) ? ['person'] : ['country', 'person', 'agency', 'company', 'other_org', 'threat_group', 'intl_org'];
  const seen: Ref[] = [];
  for (const r of refsIn(ctx.refs, Math.max(0, cs - 400), cs).reverse()) {
    if (!types.includes(r.type) || seen.some((o) => o.id === r.id)) continue;
    seen.push(r);
    if (seen.length === want) break;
  }
  return seen.length === want ? seen.reverse() : [];
}

function q(ctx: SentenceContext, pos: number): boolean {
  return quoteAt(ctx.quotes, pos) !== undefined;
}

/** The subject of the clause `[cs, end)`: refs before its first verb ("Turikov … has been extradited to face charges"). */
function clauseSubject(ctx: SentenceContext, cs: number, end: number): Ref[] {
  const region = ctx.text.slice(cs, end);
  const verb = (ctx.headline ? /\b(?!United\b)[A-Z]?[a-z]+ed\b|\b(?:[Hh]as|[Hh]ave|[Ii]s|[Aa]re|[Ff]aces?|[Pp]leads)\b/ : /\b(?:[a-z]+ed|has|have|had|is|are|was|were|faces?|facing|remains?|stands?|met|sent|sold|stole|took|made|gave|paid|ran|led|held|bought|wrote|hid|fled|brought|got|told|said|began|became|went|knew|spent|kept|built)\b/).exec(region);
  const refs = subjectRefs(ctx, cs, verb ? cs + verb.index : end);
  return refs.length > 0 ? refs : nearestNounPhraseRefs(ctx, cs, end);
}

/** The subject of the clause before `cs`: refs before that clause's first verb. */
function sharedSubject(ctx: SentenceContext, cs: number): Ref[] {
  const prevCs = clauseStart(ctx, Math.max(ctx.sentence.start, cs - 8), true);
  const region = ctx.text.slice(prevCs, cs);
  const verb = /\b(?:[a-z]+ed|[a-z]+s|said|has|have|had|is|are|was|were|did|does|made|took|gave)\b/.exec(region);
  return verb ? subjectRefs(ctx, prevCs, prevCs + verb.index) : [];
}

/**
 * Where the subject of a cue ends. Normally at the cue; for a participle after a comma
 * ("Pakistani officials blamed India, accusing it of …") at the main verb, so the
 * main clause's object is not taken for a subject.
 */
function mainSubjectEnd(ctx: SentenceContext, cs: number, span: Span): number {
  const word = ctx.text.slice(span.start, span.end).split(/\s/)[0] ?? '';
  // "a Norlandic court jailed Berg and banned him from office": a verb coordinated with an
  // earlier one shares its subject; the earlier verb's object is no subject.
  const and = /\s(?:and|but)\s+(?:(?:also|then|later|\w+ly)\s+)?$/.exec(ctx.text.slice(Math.max(cs, span.start - 24), span.start));
  if (and) {
    const verb = /\b(?:[a-z]+ed|[a-z]+s|has|have|had|is|are|was|were|made|took|gave|sent|sold|stole|told|said)\b/.exec(ctx.text.slice(cs, span.start - and[0].length));
    if (verb) return cs + verb.index;
  }
  if (!/ing$/i.test(word) || !/,\s*$/.test(ctx.text.slice(Math.max(cs, span.start - 3), span.start))) return span.start;
  const verb = /\b(?:[a-z]+ed|said|says|has|have|had|is|are|was|were|made|took|gave)\b/.exec(ctx.text.slice(cs, span.start));
  return verb ? cs + verb.index : span.start;
}

/** A verb coordinated with an earlier one: "… and accused", "… but also blamed". */
const COORDINATED_BEFORE = /\s(?:and|but)\s+(?:(?:also|then|later|\w+ly)\s+)?$/;

/** The subject of the reporting verb whose complement clause starts at `cs` ("Lenk said | Vestia had …"), else none. */
function reportingSubject(ctx: SentenceContext, cs: number): Ref[] {
  const b = boundariesOf(ctx).reporting.find(([, end]) => end === cs);
  return b ? subjectRefs(ctx, clauseStart(ctx, b[0], true), b[0]) : [];
}

/** "is (already) under European", "faces new U.S.", "was hit with Western" before the noun "sanctions" (capture: the modifiers). */
const SANCTIONS_UNDER = /\b(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained)\s+(?:already\s+|also\s+|still\s+|now\s+)?under|faces?|faced|facing|(?:hit|targeted)\s+(?:with|by)|subject\s+to)\s+((?:(?:new|fresh|additional|existing|further|sweeping|tough|heavy)\s+)?(?:[\w.'\u2019-]+\s+){0,2})$/i;

/** Verbs of seizing or seeking a suspect, before a reduced passive ("arrested two men suspected of …"). */
const SEIZURE = /\b(?:arrested|arrests|arrest|detained|detains|detain|seeking|sought|searching\s+for|hunting(?:\s+for)?|looking\s+for|questioned|questioning|raided|rounded\s+up|picked\s+up|took\s+into\s+custody)\b/g;

/** The last seizure verb of a clause prefix, else null. */
function lastSeizure(s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  SEIZURE.lastIndex = 0;
  for (let m = SEIZURE.exec(s); m; m = SEIZURE.exec(s)) last = m;
  // (with an object after it: "opposition leader detained, accused of …" is a passive, its subject the suspect)
  return last && /^\s+(?!by\b)[\w"\u201c]/.test(s.slice(last.index + last[0].length)) ? last : null;
}

/** An arrest or expulsion verb before a class of suspects: "Poland has arrested a dozen people suspected of …". */
const ARRESTED_BEFORE = /\b(?:arrested|detained|expelled|deported|charged|extradited|jailed|convicted|rounded\s+up)\b/;

/**
 * "Poland has arrested a dozen people suspected of working for Russian intelligence": the
 * suspects are a class, but the state they are said to serve is accused, by the body that
 * arrested them (hedged by the cue). Null for any other class ("people suspected of crimes").
 */
function servedBySuspects(ctx: SentenceContext, cue: CueEntry, span: Span, cs: number, ce: number): Found | null {
  const { text } = ctx;
  const arrest = ARRESTED_BEFORE.exec(text.slice(cs, span.start));
  if (!arrest) return null;
  const served = helpedRefs(ctx, span.end, ce);
  if (served.length === 0) return null;
  const arresters = subjectRefs(ctx, cs, cs + arrest.index);
  const claimants = uniqueIds(arresters);
  return {
    type: 'accusation', cue, cueSpan: span, claimants, targets: uniqueIds(served).filter((id) => !claimants.includes(id)),
    contentSpan: trimSpan(text, span.end, ce), certainty: certaintyOf(ctx, cue, span, cs, ce), reportedBy: [],
    confidence: cue.confidence * 0.8, how: 'suspects-serving', claimantViaAnaphor: arresters.every((r) => r.via === 'anaphor'),
  };
}

/** "X, accused of …", "two Iranians charged with …": a participle right after its noun. */
function isReducedPassive(ctx: SentenceContext, span: Span, cs: number): boolean {
  const word = ctx.text.slice(span.start, span.end);
  // "X sued in Austria for defamation": suing takes no object before its reason.
  if (/^sued$/i.test(word)) return false;
  if (!/ed$/i.test(word)) return false;
  const after = ctx.text.slice(span.end, span.end + 25);
  if (!/^\s+(?:of|with|in|for|by|on)\b/i.test(after)) return false;
  const before = ctx.text.slice(Math.max(cs, span.start - 40), span.start);
  if (!REDUCED_PASSIVE_BEFORE.test(before)) return false;
  // "the jamming, which it blamed on Vestia": a subject pronoun right before makes the verb active
  if (/\b(?:it|he|she|they|we|I)\s+$/.test(before)) return false;
  // An active verb has its subject right before it: "China accused of" is rare, "China accused the US of" is active.
  return /^\s+(?:of|with|in|for|on)\b/i.test(after) && !/^\s+(?:the|a|an|[A-Z])/.test(after);
}

/**
 * "allegedly" said of an actor the document accuses by a charging cue, as the verb's subject
 * right before it ("Dravec allegedly received …", "Mr. Vane allegedly made himself part of
 * that scheme"): the charged conduct told in detail. Not "allegedly responded in a letter" of
 * someone nobody charges.
 */
function allegedOfAccused(ctx: SentenceContext, cs: number, span: Span): boolean {
  if (!ALLEGEDLY_VERB.test(ctx.text.slice(span.end, span.end + 30))) return false;
  return nearestNounPhraseRefs(ctx, cs, span.start).some((r) => ctx.accused?.has(r.id) || ALLEGED_DOERS.has(r.type));
}
const ALLEGED_DOERS = new Set(['person', 'company', 'threat_group']);
/**
 * A finite verb right after "allegedly" ("allegedly received", "allegedly made"); not a verb
 * of speech, whose content is the statement ("allegedly replied in a letter that …"), nor a
 * passive participle ("allegedly linked to").
 */
const ALLEGEDLY_VERB = /^\s+(?!(?:responded|replied|answered|said|stated|wrote|told|asked|added|explained|claimed|noted|commented|remarked|linked|involved|connected|tied|associated)\b)(?:[a-z]+ed|made|built|sent|paid|sold|took|gave|ran|told|wrote|met|kept|hid|led|bought|got|set\s+up|used|received)\b/;

/** The refs of the noun phrase right before `end` (stops at a verb-like word or clause punctuation). */
export function nearestNounPhraseRefs(ctx: SentenceContext, cs: number, end: number): Ref[] {
  const region = ctx.text.slice(cs, end);
  const cut = Math.max(region.lastIndexOf(';'), region.search(/\b(?:who|which|that)\s+(?:\S+\s+){0,3}$/i) - 1);
  const from = cut >= 0 ? cs + cut + 1 : cs;
  const refs = subjectRefs(ctx, from, end);
  if (refs.length <= 1) return refs;
  // Keep the last run of refs joined by commas/and ("Dokuchaev, Sushchin and Belan").
  const out: Ref[] = [refs[refs.length - 1] as Ref];
  for (let i = refs.length - 2; i >= 0; i--) {
    const r = refs[i] as Ref;
    const gap = ctx.text.slice(r.end, (out[0] as Ref).start);
    // ("Karl Ode and his son, Tom Ode,", "Ode and his company, Acme": a relation named in apposition)
    if (/^(?:['\u2019]s)?\s*(?:,|and|&|,\s*and)?\s*(?:the\s+)?$/i.test(gap) || /^\s*,?\s*and\s+(?:his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*,?\s*$/.test(gap) || r.id === (out[0] as Ref).id) out.unshift(r);
    else break;
  }
  return out;
}

/**
 * One claim per statement: two cues in one clause that give the same type and the
 * same slots are one claim ("charged in an indictment"); keep the more confident.
 */
function mergeSameStatement(found: readonly Found[], ctx: SentenceContext): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const same = out.find(
      (o) =>
        o.type === f.type &&
        !ownSubject(ctx, o, f) &&
        // "arrested for A for allegedly B": two allegations, two claims (GUIDELINES "alleged A and B").
        !f.how.includes('reason-of-earlier') &&
        !f.how.includes('second-allegation') &&
        // "said the accusations were unfounded and that Warsaw had shown no evidence": two complements, two statements
        !/\band\s+that\b/.test(ctx.text.slice(Math.min(o.cueSpan.end, f.cueSpan.end), Math.max(o.cueSpan.start, f.cueSpan.start))) &&
        // ("accused Norland of plotting the raid and said Norland was behind the blast": a coordinated verb of saying, a second statement)
        !COORDINATED_SAY.test(ctx.text.slice(Math.min(o.cueSpan.end, f.cueSpan.end), Math.max(o.cueSpan.start, f.cueSpan.start))) &&
        // ("said Norlandic troops had shelled the port and accused Norland of …": a reported harm, then the claim verb)
        !(o.cue.frame === 'harm' && o.cueSpan.end <= f.cueSpan.start && claimVerbAfter(ctx, o.cueSpan, f) !== null) &&
        !(f.cue.frame === 'harm' && f.cueSpan.end <= o.cueSpan.start && claimVerbAfter(ctx, f.cueSpan, o) !== null) &&
        // ("said the accusations were unfounded and that Warsaw had presented no evidence": two statements)
        !f.how.includes('evidence-not-shown') &&
        !o.how.includes('evidence-not-shown') &&
        (subset(o.targets, f.targets) || subset(f.targets, o.targets)) &&
        (subset(o.claimants, f.claimants) || subset(f.claimants, o.claimants)) &&
        ((sameClause(ctx, o.cueSpan, f.cueSpan) && near(o.cueSpan, f.cueSpan)) || participleOf(ctx, o.cueSpan, f.cueSpan)),
    );
    if (!same) {
      out.push(f);
      continue;
    }
    const better = score(f) > score(same) ? f : same;
    out.splice(out.indexOf(same), 1, better);
  }
  return out;
}

function score(f: Found): number {
  return f.claimants.length * 0.3 + f.targets.length * 0.2 + f.confidence;
}

/** Cues close enough to be one statement ("charged in an indictment", "rejected the baseless claims"). */
/**
 * Two cues of one sentence are two statements when the later has a claimant of its own
 * after an "and" between them ("A blamed X for the attack and B accused X of ...").
 */
function ownSubject(ctx: SentenceContext, a: Found, b: Found): boolean {
  const [first, second] = a.cueSpan.start <= b.cueSpan.start ? [a, b] : [b, a];
  const between = ctx.text.slice(first.cueSpan.end, second.cueSpan.start);
  const and = /\band\b/.exec(between);
  if (!and) return false;
  const from = first.cueSpan.end + and.index;
  return refsIn(ctx.refs, from, second.cueSpan.start).some((r) => second.claimants.includes(r.id) && !first.claimants.includes(r.id));
}

/**
 * After a country used as a modifier: a lowercase noun (not a state noun, not an auxiliary,
 * adverb or verb form) and then a verb: "U.S. elections were", "Chinese markets have".
 */
const NOUN_MODIFIER_AFTER = /^\s+(?:presidential\s+|general\s+|federal\s+|local\s+)?(?!(?:government|authorities|officials|forces|military|agents|hackers|spies|intelligence|regime|state|leaders|diplomats|embassy|navy|army|police|has|have|had|was|were|is|are|will|would|could|may|might|did|does|do|also|then|not|never)\b)[a-z]+(?<!ed|ly)\s+(?:was|were|is|are|has|have|had|will|would|could|\w+ed)\b/;

/** The last judge (a person titled "Judge"/"judge") or court named before `pos`. */
function judgeBefore(ctx: SentenceContext, pos: number): Ref | undefined {
  const { text } = ctx;
  for (let i = ctx.refs.length - 1; i >= 0; i--) {
    const r = ctx.refs[i] as Ref;
    if (r.start >= pos) continue;
    if (r.type === 'person' && /\bjudge\s+(?:\S+\s+){0,1}$/i.test(text.slice(Math.max(0, r.start - 20), r.start))) return r;
    if (r.type === 'agency' && /\b(?:court|tribunal)\b/i.test(text.slice(r.start, r.end))) return r;
  }
  return undefined;
}

/** ", along with ten other defendants,", "together with Y": co-accused of a passive charge. */
const ALONG_WITH = /,?\s*(?:along|together)\s+with\s+([^,;]{1,80})/gi;

/**
 * "X was charged, along with ten other defendants, with …", "X, together with Y, was
 * indicted": the companions share the charge. Only right after the cue or between the
 * subject and the cue.
 */
function alongWith(ctx: SentenceContext, cs: number, span: Span): Ref[] {
  const { text } = ctx;
  const out: Ref[] = [];
  const after = /^\s*,?\s*(?:along|together)\s+with\s+[^,;]{1,80}/i.exec(text.slice(span.end, ctx.sentence.end));
  if (after) out.push(...refsIn(ctx.refs, span.end, span.end + after[0].length));
  for (const m of allMatches(ALONG_WITH, text.slice(cs, span.start))) {
    const at = cs + m.index;
    out.push(...refsIn(ctx.refs, at, at + m[0].length));
  }
  return out;
}

/** The subject of an allegation that is a charging document: "The indictment alleges", "the complaint also alleges". */
const CHARGING_DOCUMENT = /\b(?:indictment|complaint|affidavit|information|charging\s+documents?|criminal\s+complaint)\s+(?:\w+\s+)?$/i;

/** A document subject and its issuer: "The lawsuit, filed by …", "the complaint brought by …". */
const ISSUED_BY = /^\s*(?:the|a|an)\s+(?:\w+\s+)?(?:lawsuit|suit|complaint|indictment|report|filing|petition|affidavit|statement|letter|resolution)\s*,?\s+(?:filed|brought|issued|published|released|lodged|submitted|written|sent|adopted)\s+(?:\w+\s+)?by\s+(?:the\s+)?/i;

/** "accused authorities of", "blamed the government for": the state is named elsewhere in the sentence. */
const BARE_AUTHORITIES = new RegExp(`^\\s+(?:authorities|officials|prosecutors|police|security\\s+forces|the\\s+${AUTHORITY_NOUNS})\\b(?!\\s+(?:in|from|of)\\s+[A-Z])`);

/**
 * ", accusing it / them of …" after a main clause with an object: the pronoun stands for
 * that object ("sanctioned Kestrel Shipping, a company based in the UAE, accusing it of …"
 * is Kestrel, not the UAE of the apposition; "imposed bans on 12 Nicaraguan officials,
 * accusing them of …" is Nicaragua). Empty when the cue is no participle after a comma,
 * its object is no pronoun, or the main clause names no object.
 */
function participleObject(ctx: SentenceContext, span: Span, claimants: readonly Ref[]): Ref[] {
  const { text, sentence } = ctx;
  if (!/ing$/i.test(text.slice(span.start, span.end)) || !/,\s*$/.test(text.slice(Math.max(sentence.start, span.start - 3), span.start))) return [];
  const pronoun = /^\s+(it|them|him|her)\b/i.exec(text.slice(span.end, span.end + 8));
  if (!pronoun) return [];
  const comma = text.lastIndexOf(',', span.start);
  // The main clause's object: past the subject (the claimants) and its verb, before the first comma.
  const from = claimants.length > 0 ? Math.max(...claimants.map((r) => r.end)) : sentence.start;
  const verb = /\b(?:[a-z]+ed|imposed|sanctioned|put|hit|set|took|gave|sent|made)\b/.exec(text.slice(from, comma));
  if (!verb) return [];
  const objFrom = from + verb.index + verb[0].length;
  const firstComma = text.indexOf(',', objFrom);
  // ("them" after a list, "sanctioned three companies: A, B and C, accusing them": every item;
  // an apposition segment, ", a firm based in Dubai,", is none)
  const plural = /^them$/i.test(pronoun[1] ?? '');
  const objEnd = firstComma >= 0 && firstComma <= comma && !plural ? firstComma : comma;
  const refs = refsIn(ctx.refs, objFrom, objEnd).filter((r) => {
    if (claimants.some((c) => c.id === r.id) || r.type === 'media') return false;
    const segStart = text.lastIndexOf(',', r.start);
    return !plural || segStart < objFrom || /^,\s*(?:and\s+)?(?:the\s+)?[A-Z]/.test(text.slice(segStart, r.end));
  });
  // ("it", "him", "her": one actor; "them": all named there)
  return /^(?:it|him|her)$/i.test(pronoun[1] ?? '') ? refs.slice(0, 1) : refs;
}

/**
 * "It is suspected / alleged / believed that X, linked to Y, is behind …": an expletive
 * subject hands the accusation to the that-clause, whose subject (up to its finite verb)
 * is accused. Empty for any other subject.
 */
function expletiveThat(ctx: SentenceContext, span: Span, ce: number): Ref[] {
  const { text, sentence } = ctx;
  if (!/\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+|now\s+)?$/.test(text.slice(Math.max(sentence.start, span.start - 30), span.start))) return [];
  const that = /^\s+that\s+/i.exec(text.slice(span.end, span.end + 8));
  if (!that) return [];
  const from = span.end + that[0].length;
  const end = Math.max(ce, clauseEnd(ctx, from));
  const verb = /\b(?:is|are|was|were|has|have|had|will|would|may|might|could)\b/.exec(text.slice(from, end)) ?? /\b[a-z]+ed\b/.exec(text.slice(from, end));
  return refsIn(ctx.refs, from, verb ? from + verb.index : end);
}

/**
 * "X, a group (that) …" right before `pos` (the subject of a relative clause whose object is
 * missing): the named X. Empty unless the description follows the name and its comma at once.
 */
function relativeObjectHead(ctx: SentenceContext, pos: number): Ref[] {
  const { text, sentence } = ctx;
  const m = /,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:that\s+|which\s+|whom\s+)?$/i.exec(text.slice(Math.max(sentence.start, pos - 60), pos));
  if (!m) return [];
  const comma = Math.max(sentence.start, pos - 60) + m.index;
  return refsIn(ctx.refs, sentence.start, comma).filter((r) => /^\s*$/.test(text.slice(r.end, comma))).slice(-1);
}

/**
 * "B was charged with helping him launder …": an object pronoun never stands for the
 * accused subject of its own clause; it is the person named before, other than the accused
 * (within about two sentences). Other helped refs pass unchanged.
 */
function notSelf(ctx: SentenceContext, helped: readonly Ref[], accused: readonly Ref[]): Ref[] {
  const { text } = ctx;
  return helped.map((r) => {
    if (r.via !== 'anaphor' || !/^(?:him|her)$/i.test(text.slice(r.start, r.end)) || !accused.some((a) => a.id === r.id)) return r;
    const other = refsIn(ctx.refs, Math.max(0, r.start - 400), r.start).filter((o) => o.type === 'person' && !accused.some((a) => a.id === o.id)).at(-1);
    return other ? { ...r, id: other.id } : r;
  });
}

/** Documents that accuse in the name of their issuer. */
const DOCUMENT_NOUNS = '(?:report|statement|study|review|letter|resolution|assessment|investigation|inquiry|audit|advisory|complaint|lawsuit|filing|petition|findings)';
/** "A report by UN experts", "a new study from Amnesty International" (then the cue). */
const DOCUMENT_BY = new RegExp(`^\\s*(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?${DOCUMENT_NOUNS}\\s+(?:(?:released|published|issued|presented)\\s+)?(?:by|from)\\s+(?:the\\s+)?`, 'i');
/**
 * The issuer named in a document subject that opens `[from, to)`: "A report by UN experts",
 * "a new study from Amnesty International" (the subject of a cue verb or of a finding).
 * Not the topic ("a report on X", "an inquiry into X"), not a relaying outlet.
 */
export function documentIssuer(ctx: SentenceContext, from: number, to: number): Ref[] {
  const { text } = ctx;
  const by = DOCUMENT_BY.exec(text.slice(from, to));
  if (!by) return [];
  const at = from + by.index + by[0].length;
  return refsIn(ctx.refs, at, to).filter((r) => r.type !== 'media' && !/\b(?:on|about|into|in|over|against|concerning|of)\s+(?:the\s+)?(?:\S+\s+){0,2}$/i.test(text.slice(at, r.start))).slice(0, 3);
}
/** "The report (also) accused", "The study further alleged": a document named before. Capture: the noun. */
const DOCUMENT_BACK = new RegExp(`^\\s*(?:The|This|That|Its|Their)\\s+(?:(?:new|latest|annual|joint|same|\\d{4})\\s+)?(${DOCUMENT_NOUNS})\\s+(?:(?:also|further|then|likewise|additionally)\\s+)?$`);

/**
 * The issuer of the document `noun` named in the two sentences before `cs`: "X said in a
 * report", "X published a report", "X's report", "a report by X". None when no such
 * mention is found (the document's issuer is not named: "court documents").
 */
function earlierIssuer(ctx: SentenceContext, noun: string, cs: number): Ref[] {
  const { text } = ctx;
  const from = Math.max(0, cs - 600);
  const region = text.slice(from, cs);
  const re = new RegExp(`\\b${noun}s?\\b`, 'gi');
  const last = [...region.matchAll(re)].at(-1);
  if (!last) return [];
  const at = from + last.index;
  const sentenceStart = Math.max(from, text.lastIndexOf('. ', at) + 1, text.lastIndexOf('\n', at) + 1);
  const lead = text.slice(sentenceStart, at);
  // "X said in a report", "X published a new report": the subject of the clause.
  // ("The RSF rejected the findings in a statement": any verb of the subject, the statement is the means)
  const verb = /\b(?:said|says|stated|wrote|published|publishes|issued|issues|released|releases|presented|filed|files|sent|submitted|alleged|found|concluded)\b(?:\s+\S+){0,5}?\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}$/i.exec(lead)
    ?? /\b[a-z]+ed\b(?:\s+\S+){0,5}?\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}$/.exec(lead);
  if (verb) {
    const subj = subjectRefs(ctx, sentenceStart, sentenceStart + verb.index).filter((r) => r.type !== 'media');
    if (subj.length > 0) return subj;
  }
  // "X's report"
  const poss = refsIn(ctx.refs, Math.max(sentenceStart, at - 60), at).filter((r) => /^['\u2019]s?\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(r.end, at)));
  if (poss.length > 0) return poss.slice(-1);
  // "a report by X"
  const by = /^\w*\s+(?:[\w-]+\s+)?(?:by|from)\s+(?:the\s+)?/i.exec(text.slice(at, at + 60));
  if (by) {
    const start = at + by[0].length;
    return refsIn(ctx.refs, start, Math.min(cs, start + 60)).filter((r) => r.type !== 'media' && /^[\w\s.'\u2019-]*$/.test(text.slice(start, r.start))).slice(0, 1);
  }
  return [];
}

/** "…, who was", "…, who have been": a relative pronoun and the auxiliary of a passive right before the cue. */
const WHO_PASSIVE_BEFORE = /,\s*(?:who|which)\s+(?:(?:also|later|then|\w+ly)\s+)?(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|then|\w+ly)\s+)?$/i;
const AUXILIARY_BEFORE = /(?:is|are|was|were|has\s+been|have\s+been|had\s+been|be|been)\s+(?:(?:also|later|then|not|\w+ly)\s+)*$/i;

/**
 * The subject of a passive cue: the antecedent of "who" when the passive sits in a
 * relative clause ("… led by Jane Roe, who was sanctioned by the EU"), else the refs
 * before the cue, else the head before a relative clause that runs up to the
 * auxiliary ("Roe, 61, who worked for X until 2004, was found guilty").
 */
function passiveSubject(ctx: SentenceContext, cs: number, pos: number): Ref[] {
  const { text, sentence } = ctx;
  const before = text.slice(Math.max(sentence.start, pos - 60), pos);
  const who = WHO_PASSIVE_BEFORE.exec(before);
  if (who) {
    const comma = pos - before.length + who.index;
    const head = refsIn(ctx.refs, sentence.start, comma).filter((r) => /^(?:['\u2019]s)?(?:\s*,\s*\d{1,3})?\s*$/.test(text.slice(r.end, comma)));
    if (head.length > 0) return head;
  }
  const subject = subjectRefs(ctx, cs, pos);
  if (subject.length > 0) return subject;
  // "That engineer, Chi Mak, and several of his relatives were convicted": the ", and" that
  // cut the clause joins a subject with no name of its own to the named one before it
  const cut = /,\s*and\s+$/.exec(text.slice(sentence.start, cs));
  if (cut && !/\S/.test(text.slice(cs, pos).replace(AUXILIARY_BEFORE, '').replace(/\b(?:\w+\s+of\s+)?(?:his|her|its|their)\s+(?:[a-z-]+\s+){0,2}$/, '').replace(/^\s*(?:several|some|many|two|three|four|five|other|\w+\s+other)\s*/, ''))) {
    const first = cs - cut[0].length;
    if (!SUBJECT_VERB.test(text.slice(sentence.start, first))) {
      const named = subjectRefs(ctx, sentence.start, first).filter((r) => r.type !== 'country');
      if (named.length > 0) return named;
    }
  }
  const aux = AUXILIARY_BEFORE.exec(before);
  return aux ? relativeHead(ctx, pos - aux[0].length) : [];
}

/** ", who prosecutors say", ", which Norland alleges had": the relative clause's subject says what its antecedent did. */
const RELATIVE_SAYS = /,\s*(?:who|which|that|whom)\s+(?:[^\s,;]+\s+){1,5}?(?:say|says|said|allege|alleges|alleged|believe|believes|believed|claim|claims|claimed|estimate|estimates|estimated)\s+(?:(?:also|allegedly|then|later|had|has|have|was|were|\w+ly)\s+)*$/i;

/** Before a contact clause's subject: ", a company (that) the", ", one firm" (see the verb-object frame). */
const CONTACT_CLAUSE = /,\s*(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|bank|group|network|entity|business|exchange|shipper|supplier|broker|outfit|organi[sz]ation|man|woman|person|businessman|businesswoman|individual)\s+(?:that\s+|which\s+|whom\s+)?(?:the\s+)?$/i;
/** ", which Norland accuses", ", whom prosecutors have long accused": a relative clause whose pronoun is the cue's object. */
const OBJECT_RELATIVE = /,\s*(?:which|whom|who)\s+(?!(?:is|are|was|were|has|have|had|been|be|also|allegedly|reportedly)\b)(?:[^\s,;]+\s+){1,6}?(?:(?:has|have|had|long|also|repeatedly|previously|publicly|\w+ly)\s+)*$/i;

/** A verb in what should be a bare noun phrase (a subject before its verb). */
const SUBJECT_VERB = /\b(?:[a-z]{2,}ed|is|are|was|were|has|have|had|said|says|will|would)\b/;

/** The refs right before ", who …," when that aside runs up to the verb at `pos`. */
function relativeHead(ctx: SentenceContext, pos: number): Ref[] {
  const { text, sentence } = ctx;
  const before = text.slice(sentence.start, pos);
  const m = /,\s*(?:who|which)\b[^"\u201c\u201d;:]*,\s*(?:(?:also|then|later|quickly|\w+ly)\s+)?$/i.exec(before);
  if (!m) return [];
  const comma = sentence.start + m.index;
  // ("Roe, 61, who …": an age may sit between the name and the aside)
  return refsIn(ctx.refs, sentence.start, comma).filter((r) => /^(?:\s*,\s*\d{1,3})?\s*$/.test(text.slice(r.end, comma)) && !/\b(?:in|of|from|at|by|with|to|for|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, r.start - 9), r.start)));
}

function near(a: Span, b: Span): boolean {
  return Math.max(a.start, b.start) - Math.min(a.end, b.end) < 48;
}

function subset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.includes(x));
}

/** "X blamed India, accusing it of …": the participle goes on with the same statement. */
function participleOf(ctx: SentenceContext, a: Span, b: Span): boolean {
  const second = a.start <= b.start ? b : a;
  return /,\s*$/.test(ctx.text.slice(Math.max(0, second.start - 3), second.start)) && /ing$/i.test(ctx.text.slice(second.start, second.end).split(/\s/)[0] ?? '');
}

/** SECOND_STATEMENT compiled once (no global flag: `exec` only). */
const SECOND_STATEMENT_RES = SECOND_STATEMENT.map((e) => ({ ...e, re: new RegExp(e.pattern) }));

const CLAIM_VERB_AFTER_RES = CLAIM_VERB_AFTER.map((e) => ({ id: e.id, re: new RegExp(e.pattern) }));

/** The CLAIM_VERB_AFTER connector id between a first statement's trigger and the verb cue of a claim after it, or null. */
function claimVerbAfter(ctx: SentenceContext, first: Span, claim: Found): string | null {
  if (!SUBJECT_VERB_FRAMES.has(claim.cue.frame) || claim.cueSpan.start < first.end) return null;
  const between = ctx.text.slice(first.end, claim.cueSpan.start);
  return CLAIM_VERB_AFTER_RES.find((e) => e.re.test(between))?.id ?? null;
}

/** Whether a SECOND_STATEMENT connector sits between two cues (the cheap test before a claim is built). */
function opensSecond(ctx: SentenceContext, earlier: Span, later: Span): boolean {
  if (earlier.start >= later.end) {
    const between = ctx.text.slice(later.end, earlier.start);
    return CLAIM_VERB_AFTER_RES.some((e) => e.re.test(between));
  }
  if (earlier.end > later.start) return false;
  const between = ctx.text.slice(earlier.end, later.start);
  return SECOND_STATEMENT_RES.some((e) => e.re.test(between));
}

/**
 * `later` (a claim of the same type as each of `earlier`, after them in one sentence) as a
 * second statement of the sentence, or null when it is the same statement: a connector of
 * SECOND_STATEMENT must open it between the cues ("condemned the raids and said the
 * arrests were …", "charges engineer with spying; Vestia says he is wrongfully jailed",
 * "in a case that Vestian officials described as …"). The same claimants, targets and cue are
 * one statement told twice; a ", saying" clause that accuses nobody new gives the first
 * statement's reason. A connector that goes on with the first subject ("… and said",
 * ", saying") gives the first claim's claimants (the nearest name before "said" is the
 * accused, not the speaker: "charged Dunn with fraud and said …"). Reason: `+second-statement:<id>`.
 */
export function asSecondStatement(ctx: SentenceContext, earlier: readonly Found[], later: Found): Found | null {
  let out = later;
  for (const e of [...earlier].sort((x, y) => x.cueSpan.start - y.cueSpan.start)) {
    // "Vestia said the detention was arbitrary and accused Norland of …": the cue claim comes second.
    if (e.cueSpan.start >= later.cueSpan.end) {
      const after = claimVerbAfter(ctx, later.cueSpan, e);
      if (!after) return null;
      out = withSlots(out, { how: `${later.how}+second-statement:${after}` });
      continue;
    }
    if (e.cueSpan.end > later.cueSpan.start) return null;
    const between = ctx.text.slice(e.cueSpan.end, later.cueSpan.start);
    const entry = SECOND_STATEMENT_RES.find((x) => x.re.test(between));
    if (!entry) return null;
    const claimants = entry.sameSubject ? e.claimants : out.claimants;
    const targets = out.targets.filter((t) => !claimants.includes(t));
    if (claimants.join() === e.claimants.join() && targets.join() === e.targets.join() && later.cue.id === e.cue.id) return null;
    // (the same speaker naming a new doer there is a new statement: "blamed the blast on X, which it says Y had armed")
    if (entry.otherSpeakerOnly && claimants.length > 0 && claimants.every((c) => e.claimants.includes(c)) && subset(targets, e.targets)) return null;
    if (entry.newTargetOnly && (e.targets.length === 0 || targets.length === 0 || targets.some((t) => e.targets.includes(t)))) return null;
    out = withSlots(out, { claimants, targets, how: `${later.how}+second-statement:${entry.id}` });
    // "Norland charged Piet Mol with spying; Vestia says he is wrongfully jailed": the victim of the
    // second statement is the one the first accused, so its wrong is done by the first claim's accuser.
    // (An unresolved "he"/"she" there stands for the person just accused: headline "Norland charges teacher with spying; Vestia says he is wrongfully jailed".)
    const victims = out.contentSpan ? refsIn(ctx.refs, out.contentSpan.start, out.contentSpan.end) : [];
    const pronounOnly = victims.length === 0 && out.contentSpan !== null && /^(?:he|she)\b/i.test(ctx.text.slice(out.contentSpan.start, out.contentSpan.end)) && e.targets.length === 1;
    if (later.cue.id === 'evaluative-victim' && out.targets.length === 0 && e.type === 'accusation' && (pronounOnly || victims.some((r) => e.targets.includes(r.id)))) {
      const doers = e.claimants.filter((c) => !out.claimants.includes(c));
      if (doers.length > 0) out = withSlots(out, { targets: doers, how: `${out.how}+victim-of-first` });
    }
  }
  return out;
}

/** A verb of saying coordinated with the claim verb before it, with no subject of its own ("… and said"). */
const COORDINATED_SAY = (SECOND_STATEMENT_RES.find((e) => e.id === 'and-said') as { re: RegExp }).re;
const REPORTING_ONE = new RegExp(`\\b${REPORTING_VERBS}\\b`);
/** Claim frames whose cue is the verb of the clause subject (the one "… and said" goes on with). */
const SUBJECT_VERB_FRAMES = new Set(['verb-object', 'verb-to', 'verb-clause', 'denial-verb']);

/**
 * "Vestia accused Norland of plotting the raid and said Norland was behind …": a verb of saying
 * coordinated with an earlier claim verb shares that verb's subject, so the claim it reports
 * has the earlier claim's claimants, not the actors named between ("Iran", the accused); an
 * accused the speaker search took as claimant after "said" goes back to the targets.
 */
function coordinatedSpeaker(ctx: SentenceContext, found: readonly Found[]): Found[] {
  if (found.length < 2) return [...found];
  const { text } = ctx;
  return found.map((l) => {
    // "Vestia said Norlandic troops had shelled the port and accused Norland of …": the claim verb after
    // a reported harm goes on with the reporting subject, not with the doer of the harm (no self-accusation).
    if (SUBJECT_VERB_FRAMES.has(l.cue.frame) && l.claimants.length > 0) {
      const h = found.filter((o) => o !== l && o.cue.frame === 'harm' && o.how.includes('+reporting-verb') && o.claimants.length > 0 && o.cueSpan.end <= l.cueSpan.start).at(-1);
      if (h && l.claimants.every((c) => h.targets.includes(c)) && claimVerbAfter(ctx, h.cueSpan, l)) {
        const objEnd = l.contentSpan && l.contentSpan.start > l.cueSpan.end ? l.contentSpan.start : l.cueSpan.end + 60;
        return spokenBy(ctx, l, h, l.cueSpan.end, objEnd);
      }
    }
    if (!l.how.includes('+reporting-verb')) return l;
    const e = found.filter((o) => o !== l && o.claimants.length > 0 && o.cueSpan.end <= l.cueSpan.start && SUBJECT_VERB_FRAMES.has(o.cue.frame)).at(-1);
    if (!e) return l;
    const between = text.slice(e.cueSpan.end, l.cueSpan.start);
    const m = COORDINATED_SAY.exec(between);
    if (!m) return l;
    const sayAt = e.cueSpan.end + m.index + m[0].length;
    // ("… and said Vestia's minister had told reporters that …": another speaker after it)
    if (REPORTING_ONE.test(text.slice(sayAt, l.cueSpan.start))) return l;
    if (l.claimants.join() === e.claimants.join()) return l;
    return spokenBy(ctx, l, e, sayAt, l.cueSpan.start);
  });
}

/**
 * `l` said by the claimants of `first` (`+coordinated-speaker`): a claimant of `l` named in
 * [from, end) is an accused the speaker search took, so it goes back to the targets.
 */
function spokenBy(ctx: SentenceContext, l: Found, first: Found, from: number, end: number): Found {
  const back = l.type === 'accusation' ? uniqueIds(refsIn(ctx.refs, from, end).filter((r) => l.claimants.includes(r.id))) : [];
  const targets = [...new Set([...l.targets, ...back])].filter((t) => !first.claimants.includes(t));
  return withSlots(l, { claimants: first.claimants, targets, how: `${l.how}+coordinated-speaker`, claimantViaAnaphor: first.claimantViaAnaphor });
}

/**
 * The content of a first statement ends where a second statement of the sentence opens:
 * "accused Norland of expelling its envoys and said Ostrian troops had killed …" holds
 * "expelling its envoys", not the second statement too.
 */
export function endBeforeSecond(ctx: SentenceContext, claims: readonly Found[]): Found[] {
  if (claims.length < 2) return [...claims];
  return claims.map((f) => {
    const c = f.contentSpan;
    if (!c) return f;
    const later = claims.find((l) => l !== f && f.cueSpan.end <= l.cueSpan.start && c.start < l.cueSpan.start && l.cueSpan.start < c.end);
    if (!later) return f;
    const from = Math.max(c.start, f.cueSpan.end);
    const between = ctx.text.slice(from, later.cueSpan.start);
    const at = SECOND_STATEMENT_RES.map((e) => e.re.exec(between)?.index ?? -1).filter((i) => i >= 0);
    if (at.length === 0) return f;
    const cut = trimSpan(ctx.text, c.start, from + Math.min(...at));
    return cut ? withSlots(f, { contentSpan: cut }) : f;
  });
}

export function sameClause(ctx: SentenceContext, a: Span, b: Span): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  const between = ctx.text.slice(first.end, second.start);
  return !STRONG_BOUNDARY_ONE.test(between);
}
