/**
 * Claim cue lexicons: the words and phrases that signal an accusation or a denial,
 * and the words around them that cancel, hedge or attribute a claim. Data only
 * (STYLE habit 3): the matching code lives in src/extract/claims and
 * src/extract/baseline. A new cue verb is a one-line change here.
 *
 * Patterns are regex *sources* for whole words (the code adds `\b` and the `i` flag).
 * They list word forms explicitly ("accus(?:e|es|ed|ing)") rather than stems, so a
 * cue never fires inside an unrelated word ("charge" must not match "charger").
 */
import type { ActorType, ClaimType } from '../types/index.ts';

/**
 * How the slots of a cue are read from the clause around it.
 *
 * - `verb-object`   "X accused Y of Z", "X blamed Y for Z", "X charged Y with Z":
 *                   claimant = subject, target = object; in the passive
 *                   ("Y was accused by X of Z") target = subject, claimant = by-agent.
 * - `verb-to`       "X attributed Z to Y", "X linked Z to Y": target after "to";
 *                   passive "Z was attributed to Y (by X)".
 * - `verb-clause`   "X alleged (that) Y did Z", "X claims Y did Z": target = the
 *                   actors of the complement clause.
 * - `predicate`     "Y was behind Z", "Y is to blame", "Y is responsible for Z":
 *                   target = the subject; the claimant is whoever says it (reporting
 *                   verb, quote speaker, "according to").
 * - `noun`          "X's accusations against Y", "charges against Y", "an indictment
 *                   charging Y": claimant = possessor / subject of the clause,
 *                   target = after "against" / "of" / "that".
 * - `denial-verb`   "X denied Z", "X rejected Y's accusations": claimant = subject,
 *                   targets = the accusers named in the object.
 * - `denial-phrase` "nothing to do with", "baseless", "groundless": the claimant is
 *                   whoever says it.
 * - `harm`          "the defendants stole …": a harmful act told of an accused actor or
 *                   by a speaker; target = the doer (see HARM_VERBS).
 */
export type CueFrame =
  | 'verb-object'
  | 'verb-to'
  | 'verb-clause'
  | 'predicate'
  | 'noun'
  | 'denial-verb'
  | 'denial-phrase'
  | 'harm';

export interface CueEntry {
  /** Rule id; becomes the claim's `reason`. */
  readonly id: string;
  readonly type: ClaimType;
  readonly frame: CueFrame;
  /** Regex source matching the cue words (case-insensitive, whole words). */
  readonly pattern: string;
  /** Base confidence of a claim found by this cue alone. */
  readonly confidence: number;
  /** The cue itself frames the claim as suspicion ("suspected", "allegedly"). */
  readonly hedged?: boolean;
  /**
   * Lower-case substrings one of which every match contains ("accus" for "accused"):
   * a cheap `includes` test that skips the regex in sentences without them.
   */
  readonly keys: readonly string[];
  /**
   * The cue is ambiguous and counts only with this regex source in the same sentence
   * (e.g. "link" only with an attack/hack word: "linked the hack to Russia").
   */
  readonly requires?: string;
}

/** Harmful acts: what an accusation is about ("behind the attack", "linked the hack to"). */
export const HARM_WORDS =
  '(?:attacks?|cyber-?attacks?|hack(?:s|ing|ed)?|breach(?:es)?|intrusions?|espionage|spying|theft|crimes?|campaigns?|operations?|bomb(?:s|ers?|ings?)?|blasts?|massacres?|arson|ambush(?:es)?|phishing|ransomware|strikes?|assassinations?|killings?|murders?|poisoning|interference|meddling|incidents?|explosions?|shooting|plots?|fraud|scheme|abuses?|violations?|criminal\\s+acts?|sabotage|terrorism|terrorist\\s+attacks?|stolen|rigged|corruption|corrupt|undermin(?:e|es|ed|ing)\\s+(?:\\S+\\s+){0,2}?(?:constitution\\w*|democra\\w*|sovereignty|elections?|territorial)|subver\\w*|secession\\w*|interfer\\w*|meddl\\w*|influenc(?:e|es|ed|ing))';

/** Labels that accuse when one actor puts them on another ("called the ruling arbitrary", "termed her a corrupt oaf"). */
export const NEGATIVE_LABELS =
  '(?:corrupt\\w*|criminal\\w*|illegal\\w*|unlawful|traitor\\w*|terroris[tm]s?|fascist\\w*|arbitrary|inhumane|unjust|abus\\w*|persecut\\w*|weaponi[sz]\\w*|liars?|lying|lies|fraud\\w*|racist|genocid\\w*|war\\s+crim\\w*|murder\\w*|thugs?|(?:political\\s+)?stunts?|gamesmanship|political\\s+(?:maneuver|manoeuvre|theat(?:er|re)|games?)|witch[\\s-]?hunt|smear\\s+campaign|sham|hoax|politically\\s+motivated|violation\\w*)';

/** Crimes a sentence or an arrest can be for ("sentenced … for computer hacking crimes"). */
export const CRIME_WORDS =
  '(?:' + HARM_WORDS.slice(3, -1) + '|crim(?:e|es|inal)|conspir\\w*|launder\\w*|smuggl\\w*|traffick\\w*|brib\\w*|corrupt\\w*|terror\\w*|extort\\w*|rape|assault|incite\\w*|sedition|treason|unauthori[sz]ed|illegal(?:ly)?|export\\w*|distribut\\w*|possess\\w*|identity|wire|offen[cs]es?)';

/**
 * What a denier dismisses an accusation, a case or a report as ("dismissed the case as
 * political persecution", "dismissed the report as a smear campaign"): falsity, or a
 * motive that makes it illegitimate.
 */
export const DISMISSED_AS =
  '(?:baseless|groundless|false|absurd|nonsense|fabricat\\w*|untrue|ridiculous|unfounded|meritless|lies|lying|propaganda|disinformation|hysteria|paranoia|hoax|sham|farce|smear|slander\\w*|witch[\\s-]?hunt|vendetta|revenge|retaliation|persecution|politically[\\s-]motivated|political\\w*|stunt|theat(?:er|re)|fiction|fantasy|provocation|speculation|rumou?rs?|fake|interference)';

/**
 * Denial verbs beyond deny / reject / refute / dismiss (session 5): the closed vocabulary of
 * news English for answering an accusation. Each reads the `denial-verb` frame (claimant =
 * the subject, targets = the accusers named in the object), and the ambiguous ones count
 * only with an accusation, report or penalty as their object ("contested the charges", not
 * "contested the election"; "challenged the findings", not "challenged the tax rules").
 */
/** Heads of what a denier answers: an accusation, a report, a verdict. */
const DENIED_HEADS =
  '(?:accusations?|allegations?|claims?|charges?|reports?|findings|conclusions|assertions?|suggestions?|insinuations?|characteri[sz]ations?|portrayals?|depictions?|version|narrative|criticisms?|indictment|verdict|conviction|evidence|testimony|dossier|statements?|account(?!\\s+(?:numbers?|holders?|balances?|details|managers?))(?=\\s+(?:of|by|from|given)\\b|\\s*[,;.]))';
/** The object of a denial verb headed by DENIED_HEADS: "the US accusations", "the accuracy of the report", "Norland's latest claims". */
const DENIED_OBJECT_AHEAD =
  '(?=\\s+(?:(?:the|these|those|such|any|all|this|that|its|his|her|their|our|my|a|an|every|each)\\s+)?(?:(?:accuracy|credibility|validity|veracity|basis|legitimacy|impartiality|independence|methodology|reliability|legality|fairness|substance|conclusions|findings)\\s+of\\s+(?:(?:the|these|those|this|that|its|his|her|their)\\s+)?)?(?:[\\w.-]+[\\x27\\u2019]s?\\s+)?(?:(?!(?:about|over|on|in|of|for|with|to|at|by|from|after|and|or)\\b)[\\w-]+\\s+){0,2}?' + DENIED_HEADS + '\\b)';
/** Penalties and charges a denier appeals or fights ("vowed to appeal the conviction", "will fight the charges"). */
const PENALTY_OBJECT_AHEAD =
  '(?=\\s+(?:against\\s+)?(?:(?:the|these|those|this|that|its|his|her|their|our|my|a|an|any|all)\\s+)?(?:[\\w.-]+[\\x27\\u2019]s?\\s+)?(?:(?!(?:about|over|on|in|of|for|with|to|at|by|from|after|and|or)\\b)[\\w-]+\\s+){0,2}?(?:accusations?|allegations?|charges?|indictment|conviction|guilty\\s+verdict|fines?|penalt(?:y|ies)|bans?|suspensions?|sanctions|disqualification|expulsion|findings|case\\s+against)\\b)';
/** An accusation as the object of a verb of condemning ("denounced the accusations", "slammed the US claims as lies"). */
const CONDEMNED_ACCUSATION_AHEAD =
  '(?=\\s+(?:(?:the|these|those|such|all|any|this|its|their|a|an)\\s+)?(?:[\\w.-]+[\\x27\\u2019]s?\\s+)?(?:(?!(?:about|over|on|in|of|for|with|to|at|by|from|after|and|or)\\b)[\\w-]+\\s+){0,2}?(?:accusations?|allegations?|claims)\\b(?!\\s+(?:of|that)\\s+(?:\\S+\\s+){0,3}?(?:abuse|abuses|torture|killings?|violations|rape|atrocities|massacres?|war\\s+crimes|genocide|repression|persecution)\\b))';
/** An adjective, not a verb: "the contested charges", "hotly disputed claims". */
const NOT_AFTER_DETERMINER = '(?<!\\b(?:the|a|an|these|those|its|his|her|their|hotly|fiercely|much|widely|heavily)\\s)';

/**
 * The reason a designation states, besides a sanctions or terror word (session 8): "designated
 * the two firms for their role in the operation", "a company Treasury designated in 2023 for
 * selling oil on behalf of …" ("designated the site for housing" has no such reason).
 */
const DESIGNATED_FOR =
  '\\bdesignat\\w*\\s+(?:\\S+\\s+){0,14}?for\\s+(?:(?:their|its|his|her|the)\\s+)?(?:alleged\\s+)?(?:roles?\\s+in|involvement\\s+in|part\\s+in|participation\\s+in|support\\s+(?:of|for)|(?:allegedly\\s+)?(?:selling|supplying|providing|helping|assisting|financing|funding|facilitating|procuring|shipping|smuggling|laundering|acting\\s+(?:for|on\\s+behalf)|operating\\s+(?:for|on\\s+behalf|in\\s+the)|being\\s+(?:owned|controlled)|engaging\\s+in|spreading|conducting|evading))';

export const DENIAL_CUES_BROAD: readonly CueEntry[] = [
  // "rebutted the claims point by point", "repudiated the allegations"
  { id: 'rebut-verb', type: 'denial', frame: 'denial-verb', pattern: '(?:rebut(?:s|ted|ting)?|repudiat(?:e|es|ed|ing))', confidence: 0.75, requires: '(?:accus|alleg|charge|claim|blame|report|suggest|assertion|finding|conclusion|version\\s+of|narrative|verdict|\\blies\\b|smear|propaganda)', keys: ['rebut', 'repudiat'] },
  // "contested the charges", "challenged the accuracy of the report", "disagreed with the report's conclusions",
  // "took issue with the findings", "countered the accusations" (each with the object ahead: "challenged the tax
  // rules" is none)
  { id: 'contest-verb', type: 'denial', frame: 'denial-verb', pattern: NOT_AFTER_DETERMINER + '(?:contest(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|disagree(?:s|d|ing)?\\s+(?:strongly\\s+)?with|(?:took|take|takes|taking|taken)\\s+(?:strong\\s+|serious\\s+)?(?:issue|exception)\\s+(?:with|to)|counter(?:s|ed|ing)?|debunk(?:s|ed|ing)?|dispel(?:s|led|ling)?|(?:firmly|strongly|resolutely|vehemently)\\s+oppos(?:e|es|ed|ing)|(?<!\\b(?:data|figures|numbers|evidence|findings|results|records|facts|images|footage|documents|photos|tests?)\\s(?:\\w+\\s)?)contradict(?:s|ed|ing)?)' + DENIED_OBJECT_AHEAD, confidence: 0.6, keys: ['contest', 'challeng', 'disagree', 'issue with', 'issue to', 'exception', 'countered', 'counters', 'countering', 'counter ', 'debunk', 'dispel', 'ly oppos', 'contradict'] },
  // weaker verbs ("questioned the minister's claims about growth" denies nothing): the accuracy of a report, or an accusation
  { id: 'question-verb', type: 'denial', frame: 'denial-verb', pattern: NOT_AFTER_DETERMINER + '(?:question(?:s|ed|ing)|cast(?:s|ing)?\\s+doubt\\s+(?:on|upon)|(?:pour(?:s|ed|ing)?|threw|throws|throwing)\\s+cold\\s+water\\s+on)(?=\\s+(?:(?:the|these|those|such|any|all|this|its|his|her|their|a|an)\\s+)?(?:(?:accuracy|credibility|validity|veracity|basis|legitimacy|impartiality|independence|methodology|reliability)\\s+of\\s+|(?:[\\w.-]+[\\x27\\u2019]s?\\s+)?(?:[\\w-]+\\s+)?(?:accusations?|allegations?|charges|findings|conclusions|evidence|indictment)\\b))', confidence: 0.55, keys: ['questioned', 'questioning', 'questions ', 'question the', 'doubt', 'cold water'] },
  // "hit back at the allegations", "hit back at Clearwater, calling its report a smear" (an accusation noun close after)
  { id: 'hit-back', type: 'denial', frame: 'denial-verb', pattern: '(?:hit|hits|hitting|struck|strikes|striking|fired|fires|firing|lash(?:es|ed|ing)?|fight|fights|fighting|fought)\\s+back\\s+(?:at|against)(?=\\s+(?:\\S+\\s+){0,7}?' + DENIED_HEADS + '\\b)', confidence: 0.6, keys: ['back at', 'back against'] },
  // "vowed to appeal the conviction", "said it would appeal the fine", "will fight the charges", "is fighting the allegations"
  // (the modal belongs to the cue: "will" before it would read as a prediction; "is expected to appeal" still does)
  // "refused to accept the verdict", "does not accept the findings of the report"
  { id: 'not-accept', type: 'denial', frame: 'denial-verb', pattern: '(?:(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\\s+to|(?:does|do|did|will|would)\\s+not|(?:doesn|don|didn|won|wouldn)[\\x27\\u2019]t)\\s+(?:accept|acknowledge|recogni[sz]e)' + DENIED_OBJECT_AHEAD, confidence: 0.6, keys: ['to accept', 'to acknowledge', 'to recogni', 'not accept', 'not acknowledge', 'not recogni', 't accept', 't acknowledge', 't recogni'] },
  // "denounced the accusations", "condemned the allegations as a smear", "decried the claims": what is condemned is an
  // accusation, not a wrong (src/extract/claims/analyse.ts drops the accusation reading of the verb there)
  { id: 'condemn-accusation', type: 'denial', frame: 'denial-verb', pattern: '(?:denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|decr(?:y|ies|ied|ying)|slamm?(?:s|ed|ing)|blast(?:s|ed|ing)|lambast(?:s|ed|ing)?)' + CONDEMNED_ACCUSATION_AHEAD, confidence: 0.6, keys: ['denounc', 'condemn', 'decried', 'decries', 'decry', 'slam', 'blasted', 'blasts', 'blasting', 'lambast'] },
  // "the so-called evidence presented by Norland", "Vestia's so-called dossier" (the accuser named there is the target)
  { id: 'so-called', type: 'denial', frame: 'denial-phrase', pattern: 'so-called\\s+(?:evidence|proof|intelligence|findings|dossier|investigation|report|facts|witnesses|experts?)', confidence: 0.5, keys: ['so-called'] },
  // "Norland is making wild accusations", "dismissed what it called wild claims" (not "false claims": "fined for
  // spreading false claims" accuses the spreader)
  { id: 'wild-claims', type: 'denial', frame: 'denial-phrase', pattern: '(?:wild|outlandish|outrageous|spurious|bogus|trumped-up|invented|concocted|made[\\s-]up)\\s+(?:and\\s+\\w+\\s+)?(?:accusations|allegations|claims|charges)', confidence: 0.5, keys: ['wild', 'outlandish', 'outrageous', 'spurious', 'bogus', 'trumped-up', 'invented', 'concocted', 'made up', 'made-up'] },
  // "will defend itself vigorously against the allegations", "vowed to defend himself against the charges"
  { id: 'defend-against', type: 'denial', frame: 'denial-verb', pattern: '(?:(?:will|would|shall)\\s+|(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|plans?|intends?|intending)\\s+to\\s+)?(?:\\w+ly\\s+)?defend(?:s|ed|ing)?\\s+(?:itself|himself|herself|themselves|ourselves|myself)\\s+(?:\\w+ly\\s+)?against' + PENALTY_OBJECT_AHEAD, confidence: 0.6, keys: ['defend'] },
  // "pleaded innocent", "entered a not-guilty plea" (a not-guilty plea is a denial, GUIDELINES)
  { id: 'innocent-plea', type: 'denial', frame: 'denial-phrase', pattern: '(?:pleaded|pleads|plead|pleading)\\s+innocent|(?:entered|enters|entering|lodged|lodges)\\s+(?:a\\s+|his\\s+|her\\s+|their\\s+)?(?:not[\\s-]guilty\\s+pleas?|pleas?\\s+of\\s+not\\s+guilty)', confidence: 0.75, keys: ['innocent', 'not guilty', 'not-guilty'] },
  { id: 'appeal-fight', type: 'denial', frame: 'denial-verb', pattern: '(?:(?:will|would|shall)\\s+(?:\\w+ly\\s+)?|(?:vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|plans?|planning|intends?|intending|decided|decides|(?:is|are|was|were)\\s+(?:going|preparing|planning))\\s+to\\s+(?:\\w+ly\\s+)?)?(?:appeal(?:s|ed|ing)?|fight(?:s|ing)?|fought|contest|challenge)' + PENALTY_OBJECT_AHEAD, confidence: 0.6, keys: ['appeal', 'fight', 'fought', 'contest', 'challenge'] },
];

export const CUES: readonly CueEntry[] = [
  // --- accusation verbs -----------------------------------------------------------
  { id: 'accuse-verb', type: 'accusation', frame: 'verb-object', pattern: 'accus(?:e|es|ed|ing)', confidence: 0.9, keys: ['accus'] },
  { id: 'blame-verb', type: 'accusation', frame: 'verb-object', pattern: 'blam(?:e|es|ed|ing)', confidence: 0.85, keys: ['blam'] },
  { id: 'charge-verb', type: 'accusation', frame: 'verb-object', pattern: 'charg(?:e|es|ed|ing)', confidence: 0.7, keys: ['charg'] },
  { id: 'indict-verb', type: 'accusation', frame: 'verb-object', pattern: 'indict(?:s|ed|ing)?', confidence: 0.8, keys: ['indict'] },
  { id: 'condemn-verb', type: 'accusation', frame: 'verb-object', pattern: 'condemn(?:s|ed|ing)?', confidence: 0.6, keys: ['condemn'] },
  // Headline and wire verbs of condemning for a stated reason: "Manila slams Beijing over water cannon attack".
  { id: 'slam-verb', type: 'accusation', frame: 'verb-object', pattern: '(?:slam(?:s|med|ming)|blast(?:s|ed|ing)|lambast(?:s|ed|ing)|rap(?:s|ped)|castigat(?:e|es|ed|ing)|excoriat(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing))(?=\\s+(?:\\S+\\s+){1,6}?(?:over|for)\\s)', confidence: 0.55, keys: ['slam', 'blast', 'lambast', 'rap', 'castigat', 'excoriat', 'rebuk'] },
  { id: 'denounce-verb', type: 'accusation', frame: 'verb-object', pattern: 'denounc(?:e|es|ed|ing)', confidence: 0.55, keys: ['denounc'] },
  { id: 'implicate-verb', type: 'accusation', frame: 'verb-object', pattern: 'implicat(?:e|es|ed|ing)', confidence: 0.7, keys: ['implicat'] },
    { id: 'suspect-verb', type: 'accusation', frame: 'verb-object', pattern: 'suspect(?:s|ed)?', confidence: 0.6, hedged: true, keys: ['suspect'] },
  { id: 'hold-responsible', type: 'accusation', frame: 'verb-object', pattern: '(?:hold|holds|held|holding)(?:\\s+\\S+){0,4}?\\s+(?:responsible|accountable)', confidence: 0.85, keys: ['responsib', 'accountab'] },
  { id: 'point-finger', type: 'accusation', frame: 'verb-object', pattern: '(?:point|points|pointed|pointing)\\s+(?:the|a)\\s+finger', confidence: 0.8, keys: ['finger'] },
  // "pointed to Moscow as responsible for the attack", machine-translated "pointed the Russia as responsible"
  { id: 'point-as-responsible', type: 'accusation', frame: 'verb-object', pattern: '(?:point|points|pointed|pointing)(?:\\s+to)?(?=\\s+(?:\\S+\\s+){1,5}?as\\s+(?:the\\s+)?(?:(?:main|chief|likely|probable|prime)\\s+)?(?:responsible|culprits?|perpetrators?|authors?|masterminds?|instigators?|(?:one|ones)\\s+responsible))', confidence: 0.75, keys: ['point'] },
  // "evidence pointed to Moscow's involvement in the attack"
  { id: 'point-to-role', type: 'accusation', frame: 'verb-object', pattern: '(?:point|points|pointed|pointing)\\s+to(?=\\s+(?:\\S+\\s+){1,4}?(?:involvement|role|responsibility|complicity|culpability|hand|guilt)\\s+(?:in|for)\\b)', confidence: 0.65, hedged: true, keys: ['point'] },
  { id: 'attribute-verb', type: 'accusation', frame: 'verb-to', pattern: 'attribut(?:e|es|ed|ing)', confidence: 0.8, keys: ['attribut'] },
  { id: 'link-verb', type: 'accusation', frame: 'verb-to', pattern: '(?:link|links|linked|linking|tie|ties|tied|tying)', confidence: 0.5, requires: HARM_WORDS, keys: ['link', 'tie', 'tying'] },
  { id: 'allege-verb', type: 'accusation', frame: 'verb-clause', pattern: 'alleg(?:e|es|ed|ing)', confidence: 0.75, keys: ['alleg'] },
  { id: 'convict-verb', type: 'accusation', frame: 'verb-object', pattern: 'convict(?:s|ed|ing)?', confidence: 0.75, keys: ['convict'] },
  { id: 'found-guilty', type: 'accusation', frame: 'verb-object', pattern: '(?:found|finds|find)(?:\\s+\\S+){0,3}?\\s+guilty', confidence: 0.8, keys: ['guilty'] },
  { id: 'sentenced-for', type: 'accusation', frame: 'verb-object', pattern: 'sentenced(?=(?:\\s+\\S+){0,14}?\\s+(?:for|over|on)\\s)', confidence: 0.6, requires: '(?:' + CRIME_WORDS + '|\\bfor\\s+(?:allegedly\\s+)?[a-z]+ing\\b)', keys: ['sentenced'] },
  // "arrested for taking photos of the police": an act stated as the reason counts like a crime word.
  { id: 'arrested-for', type: 'accusation', frame: 'verb-object', pattern: 'arrest(?:s|ed)(?=(?:\\s+\\S+){0,10}?\\s+(?:for|over|on\\s+(?:\\S+\\s+){0,2}?(?:charges|suspicion))\\s)', confidence: 0.55, requires: '(?:' + CRIME_WORDS + '|\\bfor\\s+(?:allegedly\\s+)?[a-z]+ing\\b|\\bon\\s+(?:\\S+\\s+){0,2}?(?:charges|suspicion)\\s+(?:of|that)\\s+[a-z]+ing\\b)', keys: ['arrest'] },
  { id: 'sue-verb', type: 'accusation', frame: 'verb-object', pattern: '(?:sued|sues|suing)(?=(?:\\s+\\S+){0,6}?\\s+(?:for|over|alleging)\\s)', confidence: 0.55, keys: ['sued', 'sues', 'suing'] },
  { id: 'concern-conditions', type: 'accusation', frame: 'verb-object', pattern: '(?:expressed|expresses|voiced|raised)\\s+(?:\\w+\\s+)?concerns?(?=\\s+(?:about|over|at)\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:conditions|treatment|detention|torture|abuse|mistreatment|ill-treatment))', confidence: 0.5, keys: ['concern'] },
  { id: 'sanction-verb', type: 'accusation', frame: 'verb-object', pattern: '(?:sanction(?:s|ed|ing)|ban(?:s|ned)|blacklist(?:s|ed)|expel(?:s|led)|barred|bars|jail(?:s|ed)|fined)(?=(?:\\s+\\S+){0,16}?\\s*,?\\s+(?:for|over|citing|on\\s+(?:the\\s+)?grounds?\\s+of|because\\s+of|due\\s+to|in\\s+(?:(?:a|the)\\s+)?[\\w-]+(?:\\s+[\\w-]+)?\\s+case)\\b)', confidence: 0.5, keys: ['sanction', 'banned', 'bans', 'blacklist', 'expel', 'barred', 'bars', 'jail', 'fined'] },
  { id: 'label-verb', type: 'accusation', frame: 'verb-object', pattern: '(?:called|calls|call(?<=\\b(?:groups|critics|activists|they|we|observers|lawyers|experts|officials|opponents|campaigners)\\scall)|termed|terms|described|describes|labell?ed|branded|brands|characteri[sz]ed)(?!\\s+(?:for|on|upon)\\b)(?=(?:\\s+\\S+){0,8}?\\s+(?:as\\s+)?(?:an?\\s+)?[\\u201c\\u2018"\\x27]?(?:\\w+\\s+){0,2}?' + NEGATIVE_LABELS + ')', confidence: 0.45, keys: ['called', 'calls', ' call', 'termed', 'terms', 'described', 'describes', 'label', 'branded', 'brands', 'characteri'] },
  { id: 'designate-verb', type: 'accusation', frame: 'verb-object', pattern: 'designat(?:e|es|ed|ing)', confidence: 0.5, requires: '(?:terror\\w*|sanction\\w*|malicious|blacklist\\w*|sponsor\\s+of|' + DESIGNATED_FOR + ')', keys: ['designat'] },
  { id: 'listed-as', type: 'accusation', frame: 'verb-object', pattern: 'listed\\s+(?:as|in|on)', confidence: 0.4, requires: '(?:terror\\w*|sanction\\w*|concern|blacklist\\w*|entity\\s+list|annex)', keys: ['listed'] },
  { id: 'allegedly-adverb', type: 'accusation', frame: 'predicate', pattern: 'allegedly', confidence: 0.6, hedged: true, keys: ['allegedly'] },
  { id: 'believe-harm', type: 'accusation', frame: 'verb-clause', pattern: '(?:believ(?:e|es|ed)|suspect(?:s|ed)|suggest(?:s|ed)?)(?=\\s+(?:that\\s+)?(?:\\S+\\s+){0,8}?' + HARM_WORDS + ')', confidence: 0.45, hedged: true, keys: ['believ', 'suspect', 'suggest'] },
  { id: 'conclude-harm', type: 'accusation', frame: 'verb-clause', pattern: '(?:conclud(?:e|es|ed)|determin(?:e|es|ed)|found|find|finds|proved|proves|prove|established|reveal(?:s|ed)|uncover(?:s|ed)|show(?:s|ed))(?=\\s+(?:that\\s+)?(?:\\S+\\s+){0,8}?' + HARM_WORDS + ')', confidence: 0.45, keys: ['conclud', 'determin', 'found', 'find', 'prove', 'established', 'reveal', 'uncover', 'showed', 'shows'] },
  // ("Ransomware crew claims attack on hospital", "claimed responsibility for": taking credit is an admission, no accusation;
  // "claimed the attack on the port was ordered by X" is a claim)
  { id: 'claim-verb', type: 'accusation', frame: 'verb-clause', pattern: '(?:claim|claims|claimed|claiming)(?!\\s+(?:responsibility|credit)\\b|\\s+(?:[\\w-]+\\s+)?(?:attacks?|bombings?|hacks?|breach|intrusion)\\s+(?:on|against)\\b(?![^.;]{0,80}\\b(?:was|were|is|are|had|has)\\b))', confidence: 0.4, keys: ['claim'] },
  { id: 'claim-noun', type: 'accusation', frame: 'noun', pattern: 'claims?(?=\\s+that\\b)', confidence: 0.45, requires: HARM_WORDS, keys: ['claim'] },
  // --- accusation predicates ------------------------------------------------------
  // "was not behind", "is not responsible for" are denials (src/extract/claims/evaluative.ts), not accusations.
  { id: 'behind-harm', type: 'accusation', frame: 'predicate', pattern: '(?:is|are|was|were|be|been|being)\\s+(?:(?:\\w+ly|also)\\s+)?behind(?=\\s+(?:the|a|an|this|these|those|its|their|his|her|several|many|multiple|recent)?\\s*(?:\\S+\\s+){0,2}' + HARM_WORDS + ')', confidence: 0.8, keys: ['behind'] },
  { id: 'to-blame', type: 'accusation', frame: 'predicate', pattern: '(?:is|are|was|were|be|been)\\s+to\\s+blame', confidence: 0.85, keys: ['blame'] },
  { id: 'held-responsible', type: 'accusation', frame: 'predicate', pattern: '(?:is|are|was|were|be|been|being)\\s+(?:\\S+\\s+)?held\\s+(?:responsible|accountable|in\\s+contempt)(?:\\s+for)?', confidence: 0.85, keys: ['held'] },
  { id: 'responsible-for', type: 'accusation', frame: 'predicate', pattern: '(?:is|are|was|were|be|been|being)\\s+(?:(?!not\\b|never\\b|n[\\x27\\u2019]t\\b)\\S+\\s+)?responsible\\s+for', confidence: 0.7, keys: ['responsible'] },
  // --- accusation nouns -----------------------------------------------------------
  { id: 'accusation-noun', type: 'accusation', frame: 'noun', pattern: 'accusations?', confidence: 0.7, keys: ['accusation'] },
  { id: 'allegation-noun', type: 'accusation', frame: 'noun', pattern: 'allegations?', confidence: 0.65, keys: ['allegation'] },
  { id: 'indictment-noun', type: 'accusation', frame: 'noun', pattern: 'indictments?', confidence: 0.65, keys: ['indictment'] },
  { id: 'charges-noun', type: 'accusation', frame: 'noun', pattern: 'charges', confidence: 0.55, keys: ['charges'] },
  // "The court issued arrest warrants for A and B on charges of …": the issuer accuses the wanted.
  { id: 'warrant-for', type: 'accusation', frame: 'verb-object', pattern: '(?:issued|issues|issuing|sought|seeks|requested|requests)\\s+(?:an?\\s+|international\\s+|new\\s+)*(?:arrest\\s+)?warrants?\\s+for', confidence: 0.6, requires: '(?:charges?\\b|suspicion|suspected|allegedly|accused|' + CRIME_WORDS.slice(3, -1) + ')', keys: ['warrant'] },
  { id: 'arrest-noun', type: 'accusation', frame: 'noun', pattern: 'arrest(?:\\s+warrants?)?(?=\\s+of\\s+(?:\\S+\\s+){1,8}?for\\s)', confidence: 0.45, keys: ['arrest'] },
  { id: 'conviction-noun', type: 'accusation', frame: 'noun', pattern: 'convictions?', confidence: 0.5, keys: ['conviction'] },
  { id: 'complaint-noun', type: 'accusation', frame: 'noun', pattern: '(?:criminal\\s+)?complaint', confidence: 0.5, keys: ['complaint'] },
  // --- denials --------------------------------------------------------------------
  { id: 'deny-verb', type: 'denial', frame: 'denial-verb', pattern: '(?:deny|denies|denied|denying)', confidence: 0.9, keys: ['deny', 'deni'] },
  { id: 'denial-noun', type: 'denial', frame: 'denial-verb', pattern: 'denials?', confidence: 0.7, keys: ['denial'] },
  { id: 'reject-verb', type: 'denial', frame: 'denial-verb', pattern: 'reject(?:s|ed|ing)?', confidence: 0.7, requires: '(?:accus|alleg|charge|claim|blame|responsib|involve|report|suggest|assertion|question|notion|warrant|verdict|indictment|conviction|case\\b|proceedings|findings|conclusions|version\\s+of|narrative|\\blies\\b|falsehood|fabricat|slander|smear|propaganda|disinformation|characteri[sz]ation|portrayal|depiction|insinuation|innuendo)', keys: ['reject'] },
  { id: 'refute-verb', type: 'denial', frame: 'denial-verb', pattern: 'refut(?:e|es|ed|ing)', confidence: 0.8, keys: ['refut'] },
  { id: 'dismiss-verb', type: 'denial', frame: 'denial-verb', pattern: 'dismiss(?:es|ed|ing)?', confidence: 0.6, requires: '(?:accus|alleg|charge|claim|blame|report|suggest|assertion|as\\s+(?:an?\\s+|the\\s+)?[\\u201c\\u2018"\\x27]?(?:[\\w-]+\\s+){0,2}?' + DISMISSED_AS + ')', keys: ['dismiss'] },
  // "disputed the findings", "pushed back against the accusations", "brushed off the allegations", "rebuffed claims".
  { id: 'dispute-verb', type: 'denial', frame: 'denial-verb', pattern: '(?:disput(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?|(?:push(?:es|ed|ing)?|pushing)\\s+back\\s+(?:against|on)|(?:brush(?:es|ed|ing)?|shrug(?:s|ged|ging)?|laugh(?:s|ed|ing)?)\\s+(?:off|aside))(?=\\s+(?:(?:parts?|much|most|some|elements|key\\s+parts?)\\s+of\\s+)?(?:the\\s+|these\\s+|those\\s+|such\\s+|any\\s+|all\\s+)?(?:[\\w.-]+[\\x27\\u2019]s?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:accusations?|allegations?|claims?|charges|reports?|findings|conclusions|assertions?|suggestions?|characteri[sz]ations?|account|version|narrative|criticism|condemnation|rebuke|censure|blame)\\b)', confidence: 0.65, keys: ['disput', 'rebuff', 'back against', 'back on', 'brush', 'shrug', 'laugh'] },
  // ('the arrest had "nothing to do with politics"'; "the verdict has nothing to do with justice" says the opposite: an accusation)
  { id: 'nothing-to-do', type: 'denial', frame: 'denial-phrase', pattern: '(?:had|has|have|having)\\s+["\\u201c]?nothing\\s+to\\s+do\\s+with(?!\\s+(?:justice|the\\s+law|law|legality|democracy|fairness|the\\s+truth|truth|reality|the\\s+rule\\s+of\\s+law|rule\\s+of\\s+law|human\\s+rights|due\\s+process|security|national\\s+security)\\b)', confidence: 0.85, keys: ['nothing to do'] },
  // "Khartoum rejected the criticism", "Beijing dismissed the statement", "brushed aside the condemnation": what is
  // rejected is what another actor said against the subject (the object right after the verb, not anywhere in the sentence).
  { id: 'reject-criticism', type: 'denial', frame: 'denial-verb', pattern: '(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)(?=\\s+(?:(?:the|this|that|these|those|such|all|any|their)\\s+)?(?:[\\w.-]+[\\x27\\u2019]s?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:criticisms?|condemnations?|censure|rebukes?|statements?|remarks|comments|characteri[sz]ations?|portrayals?)\\b(?!\\s+(?:of|section|sections|box|period|page|field|form|deadline|for)\\b))', confidence: 0.6, keys: ['reject', 'dismiss'] },
  // ("continue to jail journalists on fabricated charges": the jailer is accused, nothing is denied; "he was jailed on fabricated charges" stays a denial)
  { id: 'baseless', type: 'denial', frame: 'denial-phrase', pattern: '(?<!\\b(?:jail|jails|jailed|jailing|arrest|arrests|arrested|arresting|detain|detains|detained|detaining|imprison\\w*|prosecut\\w*|convict\\w*|sentenc\\w*|hold|holds|held|holding|lock|locks|locked|locking)\\s+(?:(?!was|were|is|are|been|being)[\\w-]+\\s+){1,4}(?:up\\s+)?on\\s+(?:[\\w-]+\\s+)?["\\u201c]?)(?:baseless|groundless|unfounded|unsubstantiated|fabricated|slanderous|smear)', confidence: 0.6, requires: '(?:accus|alleg|charge|claim|report|case|assertion|speculation|smear|challenge|lawsuit|suit|story|stories)', keys: ['baseless', 'groundless', 'unfounded', 'unsubstantiated', 'fabricated', 'slanderous', 'smear'] },
  { id: 'never-accept', type: 'denial', frame: 'denial-phrase', pattern: 'never\\s+accept', confidence: 0.6, keys: ['never accept'] },
  { id: 'without-evidence', type: 'denial', frame: 'denial-phrase', pattern: '(?:without|no|lack\\s+of|not\\s+a\\s+shred\\s+of)\\s+(?:any\\s+)?(?:concrete|credible|real|hard|solid|factual)?\\s*(?:evidence|proof)', confidence: 0.6, requires: '(?:accus|alleg|charge|claim|blame|responsib|involve)', keys: ['evidence', 'proof'] },
  { id: 'rubbish', type: 'denial', frame: 'denial-phrase', pattern: '(?:total(?:ly)?|complete(?:ly)?|utter(?:ly)?|pure|absolute(?:ly)?)\\s+(?:rubbish|nonsense|fabrications?|lies|fiction)', confidence: 0.6, keys: ['rubbish', 'nonsense', 'fabricat', 'lies', 'fiction'] },
  { id: 'not-guilty-plea', type: 'denial', frame: 'denial-phrase', pattern: '(?:pleaded|pleads|plead|pleading|entered\\s+(?:a\\s+)?plea(?:s)?\\s+of)\\s+not\\s+guilty', confidence: 0.75, keys: ['not guilty'] },
  // Refusing to recognise the accuser (GUIDELINES): "does not recognize the court", "does not consider the proceedings legitimate".
  { id: 'not-recognise', type: 'denial', frame: 'denial-phrase', pattern: '(?:does|do|did)\\s+not\\s+(?:recogni[sz]e|accept)(?=\\s+(?:\\S+\\s+){0,3}?(?:court|prosecut\\w*|tribunal|proceedings|trial|charges|verdict|ruling|jurisdiction|legitimacy))|(?:does|do|did)\\s+not\\s+consider(?=\\s+(?:\\S+\\s+){0,4}?(?:legitimate|legal|lawful|valid))', confidence: 0.6, keys: ['not recogni', 'not accept', 'not consider'] },
  { id: 'unrelated', type: 'denial', frame: 'denial-phrase', pattern: '(?:was|were|is|are)\\s+(?:\\w+\\s+)?unrelated\\s+to', confidence: 0.5, keys: ['unrelated'] },
  { id: 'not-warranted', type: 'denial', frame: 'denial-phrase', pattern: '(?:is|was|are|were)\\s+not\\s+(?:warranted|justified)', confidence: 0.5, keys: ['not warranted', 'not justified'] },
  // "found no trace of explosives despite X claiming …", "saw no evidence that …": an
  // accusation in the sentence is rebutted by a finding.
  { id: 'found-no-evidence', type: 'denial', frame: 'denial-phrase', pattern: '(?:found|finds|find|saw|sees|see|has\\s+seen|have\\s+seen)\\s+no\\s+(?:trace|traces|evidence|sign|signs|proof|indication)\\s+(?:of|that)', requires: '(?:accus|alleg|\\bclaim|blam|suggest|report)', confidence: 0.55, keys: ['found no', 'finds no', 'find no', 'saw no', 'sees no', 'see no', 'seen no'] },
  // "No one can say that I am implicated in any corrupt affair", "nobody could say we were involved".
  { id: 'no-one-can-say', type: 'denial', frame: 'denial-phrase', pattern: '(?:no\\s+one|nobody|no\\s+person)\\s+(?:\\S+\\s+){0,8}?(?:can|could)\\s+(?:say|claim|prove|show)\\s+(?:that\\s+)?(?:I|we)\\s+(?:am|are|was|were|have\\s+been|had\\s+been)\\s+(?:\\w+\\s+)?(?:implicated|involved|guilty|responsible|corrupt)', confidence: 0.6, keys: ['no one', 'nobody', 'no person'] },
  // "he claimed sex had been consensual", "the encounter was consensual": a denial of assault.
  { id: 'consensual', type: 'denial', frame: 'denial-phrase', pattern: '(?:was|were|is|are|had\\s+been|has\\s+been)\\s+(?:entirely\\s+|completely\\s+|fully\\s+|always\\s+|mutually\\s+)?consensual', confidence: 0.6, keys: ['consensual'] },
  // "Those who want to link the incidents to Iran are lying", "the accusers are liars".
  { id: 'accusers-lying', type: 'denial', frame: 'denial-phrase', pattern: '(?:are|is|were|was)\\s+(?:simply\\s+|just\\s+|all\\s+|clearly\\s+)?(?:lying(?!\\s+(?:on|in|down|low|around|under|beside|next|at|face|dead|still|about\\s+(?:his|her|their)\\s+age))|liars?)', requires: '(?:accus|blam|\\blink|alleg|\\bclaim)', confidence: 0.55, keys: ['lying', 'liar'] },
  { id: 'not-involved', type: 'denial', frame: 'denial-phrase', pattern: '(?:(?:was|were|is|are)\\s+(?:not|never)|(?:had|has|have)\\s+(?:not|never)\\s+been|(?:had|has|have)\\s+been\\s+(?:not|never))\\s+(?:\\w+ly\\s+|in\\s+any\\s+way\\s+)?involved', confidence: 0.7, keys: ['ly involved', 'not involved', 'never involved', 'not been involved', 'never been involved', 'not directly', 'never directly', 'in any way involved'] },
  // Broader denial verbs (session 5), kept in their own block above.
  ...DENIAL_CUES_BROAD,
];

/**
 * Harmful acts told as verbs ("the defendants stole …", "APT 40 targeted …"). They
 * make a claim only where someone is said to do them: a speaker, a document that
 * alleges, or an actor this document already accuses (see the `harm` rule in
 * src/extract/claims/analyse.ts). Strong verbs are wrongdoing by themselves; weak ones
 * ("sold", "used") only with a harm word in their object ("sold the stolen data").
 */
export const HARM_VERBS =
  '(?:stole|steal|steals|stealing|hacked|hacks|hacking\\s+into|targeted|targets|targeting|compromised|compromises|conspired|conspires|conspiring|smuggled|smuggles|laundered|launders|laundering|defrauded|defrauds|attacked|attacks|infiltrated|infiltrates|spied|spies|spying|exfiltrated|embezzled|bribed|extorted|extorts|kidnapped|killed|kills|murdered|tortured|assassinated|poisoned|bombed|shelled|shelling|harassed|harasses|intimidated|persecuted|persecutes|raped|rapes|assaulted|beaten|beat|abused|abuses|falsified|falsifies|evaded|evades|concealed|conceals|stripped|orchestrated|masterminded|sponsored|financed|funded|funds|interfered|meddled|violated|violates|breached|committed|perpetrated|carried\\s+out|launched|conducted|conducts|illegally\\s+\\w+|unlawfully\\s+\\w+|fraudulently\\s+\\w+|acted\\s+(?:at\\s+the\\s+behest|on\\s+behalf)|exported|shipped|recruited|tasked|sought\\s+to\\s+(?:destroy|steal|hack|export|evade|conceal)|defy|defies|defied|defying|flout(?:s|ed|ing)?|weaponi[sz](?:e|es|ed|ing)|undermin(?:e|es|ed|ing)|suppress(?:es|ed|ing)?|obstruct(?:s|ed|ing)?|sabotag(?:es|ed|ing)|intimidat(?:e|es|ing)|terrori[sz](?:e|es|ed|ing)|persecuting|abusing|silenc(?:es|ed|ing)|rigg(?:ed|ing)|prey(?:s|ed|ing)\\s+on|tortur(?:es|ing)|commit(?:s|ting)(?=\\s+(?:\\S+\\s+){0,3}?(?:genocide|crimes?|atrocities|fraud|murders?|massacres?|violations|abuses|terror\\w*|ethnic\\s+cleansing|sabotage|espionage|treason|aggression))|loot(?:s|ed|ing)|massacr(?:ed|ing)|abduct(?:s|ed|ing)|invad(?:es|ed|ing)|annex(?:es|ed|ing)|shot\\s+(?:dead|and\\s+killed)|shot\\s+down(?=\\s+(?:\\S+\\s+){0,3}?(?:airliners?|planes?|aircraft|jets?|helicopters?|drones?|flights?|passenger))|lied\\s+(?:to|about|under\\s+oath)|cheated|covered\\s+up|forged(?=\\s+(?:\\S+\\s+){0,3}?(?:documents?|signatures?|papers|passports?|records|invoices|certificates?|ballots|votes|evidence|cheques|checks|receipts|licen[cs]es|visas|identit\\w+))|siphon(?:s|ed|ing)(?:\\s+off)?|starv(?:ed|ing)\\s+(?!of\\b)|(?:detained|arrested|held|jailed|imprisoned|deported|seized|occupied|expelled|transferred|entered|crossed)(?=\\s+(?:\\S+\\s+){0,4}?(?:illegally|unlawfully|arbitrarily)\\b)|ramm(?:ed|ing)|provok(?:ed|es|ing)(?=\\s+(?:(?:the|a|an|this|that|these|deadly|armed|border|violent|latest)\\s+){0,3}(?:clash(?:es)?|confrontations?|incidents?|crisis|conflict|war|violence|escalation|standoff|skirmish(?:es)?|fighting|hostilities)\\b)|forcibly\\s+\\w+|opened\\s+fire|fired\\s+(?:water\\s+cannons?|shots|missiles?|rockets?|shells?|tear\\s+gas|live\\s+(?:rounds|ammunition)|rubber\\s+bullets|artillery|mortars?)|executed(?=\\s+(?:(?:at\\s+least|more\\s+than|some|about|nearly|over|dozens\\s+of|hundreds\\s+of|scores\\s+of)\\s+)?(?:[\\d,]+|\\w+)\\s+(?:people|persons|prisoners|men|women|detainees|protesters|protestors|civilians|dissidents|activists|children|juveniles))|staged\\s+(?:the|an?|this|these|those)\\s+(?:[\\w-]+\\s+){0,2}?(?:attacks?|bombings?|provocations?|incidents?|massacres?|explosions?|shooting)|fired\\s+(?:first\\b(?!\\s+in\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+)?(?:shootout|match|game|round|race|contest|final|half|innings|set|leg)\\b)|the\\s+first\\s+shots?|(?:on|at|upon|into)(?=\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:positions?|civilians|protesters|protestors|crowds?|villages?|homes|houses|troops|soldiers|forces|border|posts?|outposts?|checkpoints?|bases?|ships?|vessels?|boats?|aircraft|planes?|jets?|drones?|police|demonstrators|people|patrols?|convoys?|towns?|cities|residential)\\b))|(?:killing|torturing|executing|massacring|abducting|starving)(?<=\\b(?:is|are|was|were|been|be)\\s+(?:\\w+ly\\s+)?\\w+)(?=\\s+(?:[\\w,-]+\\s+){0,4}?(?:civilians|people|protesters|protestors|villagers|children|women|men|boys|girls|farmers|residents|prisoners|detainees|journalists|reporters|activists|migrants|refugees|fishermen|workers|soldiers|troops|members|supporters|opponents|critics|dissidents|worshippers|minorities|families|patients|hostages|inhabitants|population)\\b)|(?:bombing|looting|shelling|burning)(?<=\\b(?:is|are|was|were|been|be)\\s+(?:\\w+ly\\s+)?\\w+)(?=\\s+(?:[\\w,-]+\\s+){0,3}?(?:hospitals|homes|houses|villages|towns|cities|schools|shops|stores|markets|neighbou?rhoods|mosques|churches|camps|shelters|civilians|people|protesters|protestors|villagers|children|women|men|boys|girls|farmers|residents|prisoners|detainees|journalists|reporters|activists|migrants|refugees|fishermen|workers|soldiers|troops|members|supporters|opponents|critics|dissidents|worshippers|minorities|families|patients|hostages|inhabitants|population)\\b)|misled|misleads|deceived|deceives|paid\\s+(?:(?:\\S+\\s+){1,3}?to\\s+(?:storm|attack|kill|murder|assassinate|provoke|spy\\s+on|sabotage|bomb|burn|torch|vandali[sz]e|riot|incite|stage|disrupt|intimidate|beat)\\b|(?:\\S+\\s+){0,2}?(?:protesters|rioters|hackers|saboteurs|assassins|hitmen|mercenaries|militants|provocateurs|bribes|kickbacks)\\b)|stabbed|strangled|beheaded|lynched|hijacked|ambushed|swindled|scammed|plundered|pillaged|ransacked|vandali[sz]ed|desecrated|torched|firebombed|set\\s+fire\\s+to|burned\\s+down|jamm(?:ed|ing)\\s+(?:\\S+\\s+){0,2}?(?:GPS|signals?|navigation|communications|broadcasts|radars?)|(?:fired|flown|sent)(?=\\s+(?:\\w+ly\\s+)?from\\s+(?:the\\s+(?:territory|direction|soil|airspace)\\s+of\\s+)?(?:neighbou?ring\\s+)?[A-Z])|went\\s+(?:from\\s+)?(?:house|door)\\s+to\\s+(?:house|door)(?=[^.;]{0,80}?\\b(?:killing|executing|shooting|looting|burning|raping|abducting|beating)\\b)|shield(?:ed|s|ing)\\s+(?:\\S+\\s+){1,4}?from\\s+(?:\\S+\\s+){0,2}?(?:action|accountability|sanctions|punishment|scrutiny|justice|prosecution|censure|investigation)|(?:hid|hides|hiding|concealed|conceals|concealing)\\s+the\\s+truth|turn(?:ed|s|ing)\\s+(?:\\S+\\s+){1,4}?into\\s+(?:an?\\s+)?(?:instruments?|tools?|weapons?)\\s+of\\s+(?:repression|persecution|oppression|terror|political\\s+revenge|revenge|intimidation)|betray(?:ed|s|ing)(?=\\s+(?:\\S+\\s+){0,2}?(?:country|nation|oath|trust|people|homeland|allies|colleagues|sources))|(?:broke|breaks|breaking)\\s+(?:\\S+\\s+){0,2}?(?:laws?|sanctions|embargo(?:es)?|ceasefire|truce)\\b|(?:target|attack|kill|hack|steal|spy\\s+on|harass|intimidate|persecute|silence|undermine|sabotage|interfere\\s+in|meddle\\s+in|destabili[sz]e)(?<=\\b(?:continues?|continued|continuing|seeks?|sought|tries|tried|trying|attempts?|attempted)\\s+to\\s+(?:target|attack|kill|hack|steal|spy\\s+on|harass|intimidate|persecute|silence|undermine|sabotage|interfere\\s+in|meddle\\s+in|destabili[sz]e))\\b|(?:using|uses|used|use(?<=\\bto\\suse))\\s+(?:\\S+\\s+){1,4}?as\\s+(?:an?\\s+)?(?:weapons?|bargaining\\s+chips?|pawns|human\\s+shields|hostages|leverage)\\b|(?:forced|forcing|coerced|coercing|pressured|pressuring|pressures)(?=\\s+(?:\\S+\\s+){1,7}?(?:to\\s+(?:leave|flee|abandon|sign|confess|renounce|give\\s+up|work\\s+for)\\b|into\\s+(?:\\S+\\s+){0,2}?(?:labou?r|exile|hiding|confessions?|marriages?|prostitution|camps?|programs?|programmes?)\\b))|failed\\s+to\\s+(?:explain|declare|disclose|cooperate\\s+with|comply\\s+with|account\\s+for)|(?:served|serves|serving|acted|acts|acting|operated|operates|operating)\\s+as\\s+["\\u201c]?(?:an?\\s+)?(?:\\w+\\s+)?(?:cover|front)\\s+for|acting\\s+(?:at\\s+the\\s+behest|on\\s+behalf)|(?:received|receives|took|accepted)\\s+(?:money|funds|funding|payments|cash)\\s+(?:\\S+\\s+){0,3}?to\\s+(?:fund|finance|organi[sz]e|incite|stage)\\s+(?:\\S+\\s+){0,2}?(?:riots|unrest|disorder|coup|attacks?|violence|uprising)|(?:crossed|strayed|flew|penetrated|intruded|encroached)["\\u201d]?\\s+(?:(?:some|about|nearly|more\\s+than|over|at\\s+least)\\s+)?(?:[\\d.,]+\\s*(?:meters|metres|kilometers|kilometres|miles|km|m)\\s+)?(?:deep\\s+)?into\\s+(?:\\S+\\s+){0,2}?(?:airspace|territorial\\s+waters|territory|(?<=(?:intruded|encroached)[\\s\\S]{0,40})waters)|(?:entered|penetrated)\\s+(?:\\S+\\s+){0,2}?(?:airspace|territorial\\s+waters))';

/**
 * Intrusion verbs of cyber reporting (session 6), wrongdoing only with their usual objects:
 * "exploited a flaw in the routers", "planted web shells on 300 servers", "broke into the
 * port's networks", "gained access to the ministry's email accounts", "defaced government
 * websites", "tried to disrupt a power grid" ("exploited the weakness of the defence",
 * "deployed troops", "broke into song" are none).
 */
export const HARM_CYBER_VERBS =
  '(?:exploit(?:s|ed|ing)(?=\\s+(?:\\S+\\s+){0,4}?(?:vulnerabilit(?:y|ies)|flaws?|bugs?|zero-?days?|security\\s+holes?)\\b)' +
  '|(?:planted|plants?|deployed|deploys?|installed|installs?|implanted|injected|dropped|uploaded)(?=\\s+(?:\\S+\\s+){0,3}?(?:malware|ransomware|spyware|web\\s*shells?|backdoors?|trojans?|implants?|wipers?|keyloggers?|rootkits?|malicious\\s+(?:code|software|files?))\\b)' +
  '|(?:broke|breaks|break|breaking|got|gets|getting)\\s+into(?=\\s+(?:\\S+\\s+){0,4}?(?:systems?|networks?|servers?|accounts?|computers?|databases?|e-?mails?|inbox(?:es)?|mailbox(?:es)?|devices?|phones?)\\b)' +
  '|(?:gained|gains|gaining|obtained|obtains)\\s+(?:unauthori[sz]ed\\s+|illicit\\s+|remote\\s+)?access\\s+to(?=\\s+(?:\\S+\\s+){0,4}?(?:systems?|networks?|servers?|accounts?|computers?|databases?|e-?mails?|inbox(?:es)?|mailbox(?:es)?|infrastructure|devices?|phones?)\\b)' +
  '|defac(?:ed|es|ing)|(?:attempted|attempting|tried|trying|sought|seeking)\\s+to\\s+(?:disrupt|sabotage|paralyse|paralyze|cripple|knock\\s+out|take\\s+down))';

/**
 * An act done on purpose, told in reported speech (session 6): "said Vestia deliberately rammed
 * the patrol boat", "knowingly sold parts to …", "intentionally misled regulators". A finite verb
 * (-ed, -es, -s, a few irregular pasts) right after the adverb; "deliberately vague" and
 * "deliberately ambiguous" are adjectives, none.
 */
export const HARM_INTENT_VERBS =
  '(?:deliberately|knowingly|intentionally|wil{1,2}fully|purposely|purposefully)\\s+(?:(?!\\w+(?:ous|ss|is|ly)\\b)[a-z]+(?:ed|es|s)|hit|struck|shot|sold|sent|misled|broke|withheld|hid|took|gave|spread|fed|drove|kept|held|led|let|put|set|cut|lied)(?=\\s)';

/**
 * Proxy relations (session 6): acting for a principal that directs the act: "on behalf of", "on the
 * orders of", "on instructions from", "at the behest of", "under the direction of", "in the pay of",
 * "on assignment from". Not "at the request of" (lawful assistance is asked for) nor a bare "for"
 * (employment: "works for a bank").
 */
export const PROXY_RELATION =
  '(?:on\\s+behalf\\s+of|at\\s+the\\s+(?:behest|direction|bidding)\\s+of|on\\s+(?:the\\s+)?(?:orders?|instructions?|commands?)\\s+(?:of|from)|under\\s+(?:the\\s+)?(?:direction|orders?|instructions?|command|control)\\s+(?:of|from)|in\\s+the\\s+(?:pay|service)\\s+of|on\\s+(?:an?\\s+|the\\s+)?assignment\\s+(?:of|from))';

/**
 * Acting as a proxy, a wrong by itself where the principal is a state, agency or armed group and
 * the sentence tells a wrong or the doer is a threat group (checked by the harm rule): "the group
 * had been operating on behalf of the Norlandic regime", "worked on the orders of Norland's security service".
 */
export const HARM_PROXY_VERBS = '(?:act(?:s|ed|ing)?|operat(?:e|es|ed|ing)|work(?:s|ed|ing)?|spie[sd]|spying)\\s+(?:(?:\\w+ly|directly)\\s+)?' + PROXY_RELATION;

/**
 * Who or what an act done on purpose harms (HARM_INTENT_VERBS with "deliberately", "intentionally",
 * "purposely"): "deliberately rammed a fishing boat", "intentionally misled regulators"; without one
 * in the clause ("deliberately cut output", "deliberately delayed the report") no harm is told.
 * ("knowingly" and "willfully" are the mens rea of a charge and need none.)
 */
export const INTENT_HARMED =
  '(?:civilians?|people|residents|villagers|protesters?|demonstrators?|journalists?|reporters?|children|patients|hospitals?|schools?|homes|crews?|sailors|pilots?|fishermen|fishing\\s+boats?|vessels?|ships?|boats?|tankers?|aircraft|planes?|airliners?|cables?|pipelines?|infrastructure|regulators|investors|customers|consumers|voters|inspectors|monitors|peacekeepers|aid\\s+workers|refugees|migrants|prisoners|detainees|lives|laws?|sanctions|rules|evidence|records|the\\s+public)';

export const HARM_WEAK_VERBS = '(?:suppl(?:ied|ies|ying)|support(?:s|ed|ing)|harbou?r(?:s|ed|ing)|spread(?:s|ing)?|arming|arms|armed(?=\\s+(?:the|and)\\b)|involved\\s+in|sold|sells|used|uses|obtained|obtains|distributed|distributes|withdrew|monitored|removed|transferred|moved|sent|provided|facilitated|facilitates|accessed|hosted|operated|employed|contracted|raised|gained|agreed|caused|designed)';

/**
 * Verbs of commanding, organising or taking part that are wrongdoing only with a harmful act
 * as their object ("ordered this poisoning", "directed these intrusions", "ran a network of
 * fake news sites", "may have been involved in the arson attacks"); "ordered an inquiry into
 * the attacks" is none (no preposition between the verb and the act).
 */
export const HARM_COMMAND_VERBS =
  '(?:ordered|orders|directed|directs|directing|planned|organi[sz]ed|organi[sz]es|organi[sz]ing|authori[sz]ed|approved|plotted|masterminding|ran|runs|running|involved\\s+in|took\\s+part\\s+in|participated\\s+in)';
/** The harmful acts a command verb takes as its object (HARM_COMMAND_VERBS). */
export const HARM_COMMANDED =
  '(?:(?:armed\\s+|criminal\\s+|terrorist\\s+|extremist\\s+|secret\\s+)?(?:group|cell|network|gang|plot)\\s+(?:\\w+\\s+)?(?:intending|seeking|planning|aiming|plotting)\\s+to\\s+(?:seize|overthrow|topple|attack|kill|assassinate)|attacks?|cyber-?attacks?|hacks?|hacking|intrusions?|bombings?|assassinations?|killings?|murders?|poisonings?|massacres?|ambush(?:es)?|sabotage|plots?|thefts?|espionage|spying|crackdown|invasion|abductions?|kidnappings?|torture|fraud|scheme|disinformation|arson|coup|smuggling|trafficking|money[\\s-]laundering|(?:fake|bogus|sham|shell|front)\\s+[\\w-]+|(?:troll|bot)\\s+farms?)';

/**
 * Verbs of repression, wrongdoing only with its usual victims as object: "is punishing
 * independent reporting", "jailed three journalists", "muzzles critics" ("punished the
 * smugglers" is none).
 */
export const HARM_REPRESSION_VERBS =
  '(?:bar(?:s|red|ring)|block(?:s|ed|ing)?|expel(?:s|led|ling)|punish(?:es|ed|ing)?|jail(?:s|ed|ing)|imprison(?:s|ed|ing)|muzzl(?:e|es|ed|ing)|gag(?:s|ged|ging)|censor(?:s|ed|ing)|crush(?:es|ed|ing)|stifl(?:e|es|ed|ing)|harass(?:es|ing)|surveil(?:s|led|ling))';
/** The victims of repression (HARM_REPRESSION_VERBS). */
export const REPRESSED =
  '(?:(?:international\\s+|nuclear\\s+|weapons\\s+|UN\\s+|U\\.N\\.\\s+)?inspectors|(?:election\\s+|international\\s+)?(?:monitors|observers)|(?:aid|humanitarian)\\s+(?:workers|convoys|agencies|deliveries)|journalists?|reporters?|critics?|dissent|dissidents?|protesters?|protestors?|activists?|opposition|independent\\s+(?:reporting|media|journalism|press|voices)|free\\s+(?:speech|expression|press)|press\\s+freedom|the\\s+press|bloggers?|human\\s+rights\\s+defenders|civil\\s+society|peaceful\\s+protest)';

/** Words that make a weak verb's object harmful: "used stolen credentials", "sold the stolen data". */
export const HARM_OBJECT =
  '(?:stolen|fraudulent(?:ly)?|illegal(?:ly)?|illicit|unauthori[sz]ed|malicious|criminal|counterfeit|sanctioned|embargoed|hacking|intrusions?|malware|ransomware|spearphishing|phishing|espionage|weapons|bribes?|kickbacks?|proceeds|corrupt(?:ion)?|graft|terroris[mt]s?|militias?|rebels|insurgents|militants|proxies|separatists|mercenaries|disinformation|propaganda)';

/**
 * Plural descriptions that stand for the accused of a charging document ("the
 * defendants", "the hackers", "these nine Iranian nationals", "the ring"): resolved to
 * every actor the document charges, when coreference is on.
 */
export const COLLECTIVE_ACCUSED =
  '(?:(?:[Ee]ach|[Aa]ll|[Bb]oth)\\s+of\\s+them\\b|[Aa]ll\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)(?=\\s*[,;.]|\\s+(?:were|are|have|had|has|deny|denied|denies|pleaded|plead|face|faced|allegedly|also|then|later|could|would|will|now|remain|of)\\b)|(?:[Tt]he|[Tt]hese|[Tt]hose|his|her|their|all|[Aa]ll|[Bb]oth|\\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)\\s+(?:\\w+\\s+){0,2}?(?:defendants|co-defendants|codefendants|co-conspirators|conspirators|hackers|suspects|(?<=\\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll|[Bb]oth|his|her|their)\\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|other|remaining|main|co-)\\s*)?)accused(?!\\s+(?:of|the|a|an|him|her|them|his|its|their|[A-Z]))|perpetrators|men|women|pair|duo|trio|brothers|executives|managers|employees|engineers|businessmen|businesswomen|traders|brokers|bankers|smugglers|accountants|(?:(?:[A-Z][a-z]+|U\\.S\\.|U\\.K\\.|US|UK)\\s+)?(?:nationals|citizens|residents)|members\\s+of\\s+the\\s+(?:conspiracy|ring|group|scheme))|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|\\d+)\\s+(?:[Oo]ther\\s+)?(?:[A-Z][a-z]+(?:ians|ans|ese|is)|[Dd]efendants)|[Tt]he\\s+(?:hacking\\s+)?(?:ring|group)|(?:[Tt]his|[Tt]hat|[Tt]he)\\s+(?:[\\w-]+\\s+){1,4}?(?:hacking|criminal|fraud|theft|smuggling)\\s+(?:ring|gang|crew|network)|[Tt]he\\s+(?:leaders|ringleaders|organi[sz]ers|masterminds)\\s+of\\s+(?:this|the|a|an)\\s+(?:[\\w-]+\\s+){0,4}?(?:attack|ring|group|gang|scheme|network|conspiracy|operation|plot)|[Dd]efendants(?=\\s+(?:in|from|also|then|were|are|had|have|used|sent|stole)\\b))';

/**
 * Singular descriptions that stand for the (first) accused: "the defendant", "an Iranian
 * national", and in Title Case headlines the role noun of "Former Boeing Engineer
 * Convicted …", "Taiwan Exporter Arrested …".
 */
export const SINGULAR_ACCUSED =
  '(?:[Tt]he\\s+defendant(?!s)|[Aa]n?\\s+(?:(?:former|naturali[sz]ed|dual|\\w+-based|[A-Z][a-z]+|U\\.S\\.|U\\.K\\.|US|UK)\\s+){0,2}(?:national|citizen|resident|businessman|businesswoman)|[Tt]he\\s+(?:former\\s+)?(?:hacker|exporter|dealer|engineer|spy|businessman|businesswoman)(?!s))';

/**
 * Nouns for private people: after a country adjective ("a U.S. citizen", "two Chinese
 * nationals", "American teacher", "a Russian-born businessman") the adjective is a
 * nationality, not the state (SPEC: "private people grouped by nationality do not" stand
 * for it; state agents such as "Chinese hackers", "Russian officers" are not listed here).
 */
export const PRIVATE_PERSON_NOUNS =
  '(?:citizens?|nationals?|residents?|teachers?|students?|tourists?|travell?ers?|businessm[ae]n|businesswom[ae]n|entrepreneurs?|academics?|professors?|scholars?|researchers?|scientists?|engineers?|doctors?|journalists?|reporters?|bloggers?|activists?|dissidents?|m[ae]n|wom[ae]n|husband|wife|couple|mother|father|son|daughter|retiree|pensioner|veteran|facilitators?|expatriates?|expats?|émigrés?|emigres?|exporters?|importers?|traders?|investors?|tycoons?|millionaires?|billionaires?|dual\\s+citizens?)';

/** Words no modifier of a headline's accused may be: "Alleged", "Accused", and the headline's own verb ("Jury Convicts Two Men"). */
const NOT_HEADLINE_MODIFIER = '(?!(?:Alleged|Accused|Convicts|Charges|Indicts|Sentences|Jails|Arrests|Detains|Sues|Fines|Accuses|Blames|Extradites|Expels|Sanctions|Names|Identifies|Targets|Frees|Releases)\\b)';
/** The same in a Title Case headline: capitalised modifiers and a role noun. */
export const HEADLINE_ACCUSED =
  `(?:(?:${NOT_HEADLINE_MODIFIER}[A-Z][\\w.-]*\\s+){0,3}(?:Hacker|Exporter|Dealer|Engineer|National|Businessman|Businesswoman|Spy|Executive|Trader|Broker|Programmer|Man|Woman)(?!s)|(?:${NOT_HEADLINE_MODIFIER}[A-Z][\\w.-]*\\s+){0,3}(?:Ring|Gang|Hackers|Spies|Agents|Nationals|Defendants|Men|Women|Executives))`;

/**
 * Wrongdoer labels a speaker puts on a named actor without a cue verb: "Criminals like
 * Albert Gonzalez ...", "cyber criminals such as X", "hackers like X" (the label before
 * "like"/"such as"), and "Mr. X's traitorous actions", "the regime's criminal conduct"
 * (a wrongdoing adjective on the actor's acts).
 */
export const WRONGDOER_LABELS =
  '(?:criminals?|hackers?|thieves|fraudsters|scammers|terrorists|spies|traitors|crooks|thugs|extremists|smugglers|traffickers|launderers|cybercriminals|predators|abusers|warlords|war\\s+criminals)';
export const WRONGFUL_ACT_ADJECTIVES =
  '(?:traitorous|treacherous|criminal|illegal|unlawful|illicit|corrupt|fraudulent|malicious|abusive|reckless|brazen|lawless|destructive|destabili[sz]ing|aggressive|predatory)';
export const WRONGFUL_ACT_NOUNS =
  '(?:actions?|acts?|conduct|behaviou?r|activit(?:y|ies)|schemes?|dealings|practices|deeds|campaign|ambitions|policies|crimes)';

/**
 * Wrongful conditions a speaker places in a state: "a total breakdown of rule of law in
 * Guatemala", "human rights abuses in X", "the crackdown on dissent in X", "repression by X".
 */
export const WRONGFUL_CONDITIONS =
  '(?:breakdown\\s+of\\s+(?:the\\s+)?rule\\s+of\\s+law|(?:human\\s+rights\\s+)?(?:abuses|violations)|abuse\\s+of\\s+power|crackdown(?:\\s+on\\s+\\w+(?:\\s+\\w+)?)?|repression|persecution(?:\\s+of\\s+\\w+)?|impunity|lawlessness|state\\s+terror(?:ism)?|war\\s+crimes|atrocities|ethnic\\s+cleansing|genocide)';

/** Negators before a cue in its clause: "did not accuse", "never blamed", "no one denied". */
export const NEGATION = "(?:not|n't|never|no|nor|neither|without)";

/**
 * Verbs that cancel a following cue: "refused to deny" is no denial, "declined to
 * blame" no accusation. Written as the words right before the cue ("... to"). Also blame
 * the speaker disowns: "instead of blaming X", "it is strange to blame X" (session 5).
 */
export const CANCEL_BEFORE_CUE = '(?:(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|fail(?:s|ed|ing)?|stopp?(?:ed|ing)?\\s+short\\s+of|avoid(?:s|ed|ing)?|reluctant|unwilling|hesitat(?:e|es|ed|ing))(?:\\s+to)?|instead\\s+of|rather\\s+than|(?:strange|absurd|wrong|unfair|ridiculous|irresponsible|convenient|easy)\\s+to)';

/** Modal and hedge words: a claim in their scope is `hedged`. */
export const HEDGES =
  '(?:(?:almost|nearly|virtually)\\s+certain(?:ly)?|may|might|could|likely|unlikely|probably|possibly|possible|believ(?:e|es|ed|ing)|suspect(?:s|ed|ing)?|suspicion|seem(?:s|ed)?|appear(?:s|ed)?(?!\\s+(?:in|before|at|on)\\b)|apparent(?:ly)?|alleged(?:ly)?|reportedly|reported|presumably|suggest(?:s|ed)?|think(?:s)?|thought|assess(?:es|ed)?|suggest(?:s|ed|ing)?|suspicious|speculat(?:e|es|ed|ion))';

/**
 * Frames that turn a cue into something that is neither accusation nor denial:
 * predictions, fears, demands, admissions, guilty pleas (SPEC decided hard cases).
 * Matched right before the cue in its clause ("is expected to charge", "urged X to
 * condemn", "pleaded guilty to charges").
 */
export const NOT_A_CLAIM_BEFORE =
  '(?:will|shall|must|should|ought\\s+to|would\\s+(?:likely\\s+)?(?:soon\\s+)?|expected\\s+to|(?:un)?likely\\s+to|set\\s+to|poised\\s+to|going\\s+to|about\\s+to|expects?\\s+to|plans?\\s+to|planning\\s+to|intends?\\s+to|want(?:s|ed|ing)?\\s+to|threaten(?:s|ed)?\\s+to|fear(?:s|ed)?|afraid|urg(?:e|es|ed|ing)\\s+(?:\\S+\\s+){0,4}to|call(?:s|ed)?\\s+on\\s+(?:\\S+\\s+){0,4}to|demand(?:s|ed)?|ask(?:s|ed)?\\s+(?:\\S+\\s+){0,4}to|pleaded\\s+guilty\\s+to|pleads?\\s+guilty\\s+to|pleading\\s+guilty\\s+to|admit(?:s|ted)?(?:\\s+to)?)';

/**
 * Reporting verbs that make their subject the claimant of a claim in their complement.
 * Matched case-SENSITIVELY (lower case), so "United States" is not "states" and
 * "State Department" is not "state"; Title Case headline forms are listed apart. "state" before
 * a noun it modifies is no verb either: "Vestian state hackers were behind …", "state media said".
 */
export const REPORTING_VERBS =
  '(?:say|says|said|saying|state(?![\\s-]+(?:hackers?|media|television|tv|agents?|actors?|news|broadcasters?|run|owned|sponsored|backed|funded|controlled|linked|security|intelligence|officials?|prosecutors?|police|forces|compan(?:y|ies)|firms?|enterprises?|banks?|department|secretary|council|agency|apparatus|propaganda|of|level|visit|funeral)\\b)|states|stated|stating|told|tell|tells|add|adds|added|claim|claims|claimed|assert(?:s|ed)?|insist(?:s|ed)?|argu(?:e|es|ed)|maintain(?:s|ed)?|declar(?:e|es|ed)|announc(?:e|es|ed)|wrote|writes|testif(?:y|ies|ied)|tweet(?:s|ed)?|posted|explain(?:s|ed)?|note(?:s|d)?|pointed\\s+out|conclud(?:e|es|ed)|believ(?:e|es|ed)|think(?:s)?|thought|suspect(?:s|ed)?|reiterat(?:e|es|ed)|repeat(?:s|ed)?|confirm(?:s|ed)?|report(?:s|ed)?|warn(?:s|ed)?|estimat(?:e|es|ed)(?=\\s+that\\b)|accord(?:s|ed)?|charg(?:e|es|ed)|alleg(?:e|es|ed)|Says|Said|Tells|Told|Claims|Alleges)';

/** "according to X", "X, citing Y": attribution of a whole sentence (case-sensitive regex; first letters either case). */
export const ACCORDING_TO = '(?:[Aa]ccording\\s+to|[Aa]s\\s+reported\\s+by|[Aa]s\\s+alleged\\s+(?:in|by)|[Cc]iting|[Aa]s\\s+stated\\s+(?:in|by))';

/**
 * Descriptions and pronouns that may stand for an actor named earlier, with the actor
 * types they can resolve to ("the country" -> a country, "he" -> a person).
 */
export interface AnaphorEntry {
  readonly pattern: string;
  readonly types: readonly ActorType[];
}

export const ANAPHORS: readonly AnaphorEntry[] = [
  { pattern: '(?:he|she|him)', types: ['person'] },
  { pattern: 'the\\s+(?:country|nation|government|state|regime|administration|authorities|kingdom|republic)', types: ['country'] },
  // ("the same group", "the hacking group", "the armed group"; "the party": a political party named before)
  { pattern: 'the\\s+(?:(?:same|hacking|hacker|criminal|ransomware|cyber|espionage|armed|militant|rebel|extremist|terrorist)\\s+)?(?:group|gang|hackers|organi[sz]ation|militia|movement|outfit|collective|rebels|party)', types: ['threat_group', 'other_org'] },
  // ("the militants", "the insurgents": the armed group named before)
  { pattern: 'the\\s+(?:militants|insurgents|gunmen|jihadists|separatists|attackers)', types: ['threat_group'] },
  // "accused the network of swindling": a broadcaster, or a criminal network
  { pattern: 'the\\s+(?:network|channel|station|broadcaster)', types: ['media', 'company', 'threat_group', 'other_org'] },
  { pattern: 'the\\s+(?:crown\\s+prince|king|queen|emir|sultan|governor|mayor|general|commander|chairman|chairwoman|ceo|founder|spokes(?:man|woman|person)|minister|president|secretary|ambassador|official|prosecutor|director|attorney|judge|lawyer|diplomat|leader|premier|chancellor|envoy|senator|congressman|congresswoman|businessman|businesswoman|tycoon|billionaire|executive|engineer|publisher|journalist|reporter|activist|dissident|politician|lawmaker|trader|banker)', types: ['person'] },
  { pattern: 'the\\s+(?:department|ministry|agency|office|bureau|service|court|commission|prosecutors?|police|army|military|embassy|council)', types: ['agency'] },
  { pattern: 'the\\s+(?:company|firm|bank|corporation|airline|provider|broadcaster)', types: ['company'] },
  { pattern: 'the\\s+(?:newspaper|outlet|agency|broadcaster|paper|magazine|website)', types: ['media'] },
  { pattern: 'the\\s+(?:alliance|bloc|union|organi[sz]ation)', types: ['intl_org'] },
  // "a department spokesperson said", "a company spokeswoman": the body named before speaks through them.
  { pattern: '(?:a|an)\\s+(?:department|ministry|agency|embassy|commission|office|bureau|police|army|military|court)\\s+(?:spokes(?:man|woman|person)|official|representative)', types: ['agency'] },
  { pattern: '(?:a|an)\\s+(?:company|firm|bank|airline|corporation)\\s+(?:spokes(?:man|woman|person)|official|representative|executive)', types: ['company'] },
  { pattern: '(?:it|its)', types: ['country', 'agency', 'company', 'other_org', 'intl_org', 'threat_group', 'media'] },
  { pattern: '(?:they|their)', types: ['country', 'threat_group', 'other_org', 'agency', 'person'] },
];

/** Quote marks: straight and curly doubles (single quotes are too often apostrophes). */
export const QUOTE_OPEN = '["\u201c\u201e\u00ab]';
export const QUOTE_CLOSE = '["\u201d\u00bb]';

/**
 * How news English opens a SECOND statement inside one sentence, after a first claim
 * (SPEC "one claim per statement"). Each entry is matched on the text between the first
 * claim's cue and the second claim's cue (case-sensitive: reporting verbs in lower case).
 * `newTargetOnly`: the connector usually gives the reason of the first statement ("sanctioned
 * five firms, saying they shipped drone parts"), so it opens a second statement only when the
 * second claim accuses someone the first did not.
 */
export interface SecondStatementEntry {
  readonly id: string;
  readonly pattern: string;
  readonly newTargetOnly: boolean;
  /** The connector goes on with the first statement's subject ("X condemned … and said …"): its claimants speak again. */
  readonly sameSubject: boolean;
  /** Only a speaker other than the first statement's opens a second one ("condemned the arrests, which it said were arbitrary" is one). */
  readonly otherSpeakerOnly?: boolean;
}

/** Verbs of saying that can be coordinated with a first claim verb ("condemned … and said"). */
const SECOND_SAY = '(?:said|says|say|added|adds|told\\s+\\S+|insisted|insists|argued|argues|noted|notes|stated|states|maintained|maintains|warned|warns|stressed|stresses)';

export const SECOND_STATEMENT: readonly SecondStatementEntry[] = [
  // "condemned the raids and said the arrests were part of …", "rejected the report, and added that …"
  { id: 'and-said', pattern: `(?:,\\s*|\\s+)(?:and|but)\\s+(?:(?:also|then|later|further|has|have|had)\\s+)*${SECOND_SAY}\\b`, newTargetOnly: false, sameSubject: true },
  // "said the accusations were false and that Warsaw had shown no evidence": a second complement of one verb
  { id: 'and-that', pattern: '(?:,\\s*|\\s+)and\\s+(?:also\\s+)?that\\b', newTargetOnly: false, sameSubject: true },
  // "Norland charges engineer with spying; Vestia says he is wrongfully jailed", ", while U.S. officials said …":
  // a subject of its own with its own verb of saying
  { id: 'new-speaker', pattern: `(?:;|,\\s*(?:and|but|while|whereas)|\\s(?:while|whereas|but))\\s+(?:[\\w.'\\u2019-]+\\s+){1,5}?(?:(?:also|has|have|had)\\s+)?(?:say|says|said|insist|insists|insisted|argue|argues|argued|believe|believes|believed|maintain|maintains|maintained)\\b`, newTargetOnly: false, sameSubject: false },
  // "in a case that Vestian officials described as …", "a group which they say operates for …": a relative clause with its own speaker
  { id: 'relative-says', pattern: `\\b(?:which|that|who|whom)\\s+(?:[\\w.'\\u2019-]+\\s+){1,4}?(?:(?:has|have|had)\\s+)?(?:say|says|said|describe|describes|described|call|calls|called|consider|considers|considered|believe|believes|believed)\\b`, newTargetOnly: false, sameSubject: false, otherSpeakerOnly: true },
  // "accused Vestia of shelling the port, saying Norland's own forces had also fired …"
  { id: 'saying', pattern: ',\\s*(?:also\\s+)?saying\\b', newTargetOnly: true, sameSubject: true },
];

/**
 * The other order (session 6): a first statement without a cue verb, then the subject's claim
 * verb coordinated after it ("Vestia said the detention was arbitrary **and accused** Norland of
 * …", "… said Norlandic troops had shelled the port, **and it accused** …", "…, said Vestia,
 * **which also accused** …"). Matched on the text between the first statement's trigger and the
 * claim verb, anchored at the verb; only before a verb cue (a noun cue after "and" is a second
 * object: "the illegal detention and charges against X").
 */
export const CLAIM_VERB_AFTER: readonly { readonly id: string; readonly pattern: string }[] = [
  { id: 'and-verb', pattern: '(?:,\\s*|\\s+)(?:and|but)\\s+(?:(?:also|then|later|further|has|have|had|it|he|she|they|we)\\s+){0,3}$' },
  { id: 'who-also', pattern: ',\\s*(?:who|which)\\s+(?:(?:also|then|later|further|has|have|had)\\s+){0,2}$' },
];
