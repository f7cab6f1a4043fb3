/**
 * Evaluative wrongdoing lexicon: words and frames that make a reported statement an
 * accusation (or, negated, a denial) without a classic cue verb: '"Tehran's detention
 * of X is arbitrary," the lawyer said', "activists say they face persecution by the
 * police", "the inquiry found that the firm concealed losses", "A is a known front
 * company for B". Data only (STYLE habit 3): the rule that applies them lives in
 * src/extract/claims/evaluative.ts.
 *
 * Patterns are regex *sources* for whole words (the code adds `\b` and the `i` flag).
 */
import { NEGATIVE_LABELS, WRONGDOER_LABELS } from './cues.ts';

/**
 * How an entry's slots are read.
 *
 * - `predicate`        an evaluation predicated of a subject by a copula or a verb of
 *                      viewing: "the arrest was arbitrary", "the case is widely viewed as
 *                      politically motivated", "X is a known front company for Y".
 *                      Target = the subject when it is an actor (an act such as "his
 *                      arrest" leaves it empty); negated ("was not arbitrary") it is a denial.
 * - `dismissal`        an accusation called false: "the US accusations were absurd", "called the
 *                      allegations a smear" (a denial; targets the accusers named in it). The
 *                      `predicate` frame reads its words the same way when their subject is
 *                      an accusation ("the charges are politically motivated").
 * - `label`            a wrongful label put on an actor or act: "called the ruling a blatant case
 *                      of judicial weaponization", "what he called the president's failure to
 *                      govern". Claimant = the labeller; target = the labelled actor or the
 *                      possessor inside the label.
 * - `noun`             a noun of wrongdoing with its doer: "repression by the army",
 *                      "China's persecution of …", "corruption in Albania"; or suffered by
 *                      the speaker's side: "journalists face harassment" (target empty).
 * - `victim-passive`   a wrong suffered, told in the passive with no named doer: "he is
 *                      being tormented", "reporters were harassed" (target empty).
 * - `verb`             a wrongful act of the subject: "X used his office for his own
 *                      benefit", "X uses vague laws to silence critics". Target = the subject.
 * - `finding`          an investigation's finding: "the government proved that X took …",
 *                      "the probe revealed that …". Claimant = the finder; target = the
 *                      subject of the complement.
 * - `linked`           "X has been linked to Iran's missile programme": target = the subject.
 * - `in-connection`    a payment or penalty for a wrong: "agreed to forfeit $3 million in
 *                      connection with violations of …". Target = the subject.
 * - `contempt`         "voted to hold X in contempt of Congress": claimant the subject,
 *                      target the held.
 * - `case`             a criminal case named by its crime: "awaiting trial in a money-laundering
 *                      case", "the corruption case against X". Target = the defendant.
 * - `responsibility`   responsibility placed on an actor named after the phrase: "the blame lies
 *                      with X", "those responsible for the massacre were X", "the attack bore the
 *                      hallmarks of X" (hedged). Claimant = the speaker; target = the actors after it.
 * - `innocent`         a denial of wrongdoing: "she did not lie", "he has done nothing
 *                      wrong", "the tool is perfectly legal".
 */
export type EvaluativeFrame = 'predicate' | 'dismissal' | 'label' | 'noun' | 'victim-passive' | 'verb' | 'finding' | 'linked' | 'in-connection' | 'contempt' | 'case' | 'innocent' | 'responsibility';

export interface EvaluativeEntry {
  /** Rule id; the claim's `reason` is `evaluative-<id>:<how>`. */
  readonly id: string;
  readonly frame: EvaluativeFrame;
  /** Regex source of the trigger words (case-insensitive, whole words). */
  readonly pattern: string;
  /** Base confidence of a claim found by this entry. */
  readonly confidence: number;
  /**
   * Lower-case substrings one of which every match contains: one cheap scan of the document
   * for all keys picks the sentences the full patterns are run on (most have none).
   */
  readonly keys: readonly string[];
  /**
   * `dismissal` frame only: the word discredits an accusation or report but does not call it
   * false ("biased", "an attempt to smear"), so its subject must be an accusation noun: said of
   * a case, trial or investigation ("the investigation was biased") it accuses whoever runs it.
   */
  readonly accusationOnly?: boolean;
  /**
   * `innocent` frame only: the denial needs someone said to say it (a quote, a reporting verb,
   * "according to"); the clause subject is never taken as the denier. Narration of a record
   * ("Norland has never invaded a neighbour") is no denial.
   */
  readonly speakerOnly?: boolean;
  /**
   * `innocent` frame only: a denial only where the sentence or the text just before it voices an
   * accusation or criticism (ANSWERED_CONTEXT): lawful conduct claimed unprompted ("Acme said its new
   * app complies with privacy rules") answers nobody.
   */
  readonly answersCriticism?: boolean;
  /**
   * `innocent` frame only: the act denied must be the speaker's side's: not a wrongdoer described
   * ("the hackers never used …") nor another body a body speaks of ("Acme said APT28 never used
   * …": a finding, not a denial). A person may speak for anyone (a lawyer for a client).
   */
  readonly ownSide?: boolean;
}

/** Evaluations of an act or an actor as wrongful (the `predicate` frame). */
const WRONGFUL_PREDICATES =
  '(?:an?\\s+(?:deliberate|systematic|coordinated|calculated|organi[sz]ed)\\s+campaign\\s+(?:of\\s+(?:terror|violence|intimidation|repression|persecution|killings?|destruction)|to\\s+(?:drive|expel|kill|destroy|erase|eliminate|silence|terrori[sz]e|starve|displace|intimidate))|an?\\s+(?:gang|band|bunch|pack|den|clique)\\s+of\\s+(?:\\w+\\s+)?(?:war-?mongers|criminals|thieves|murderers|terrorists|thugs|liars|gangsters|bandits|crooks)|war-?mongers?|complicity|arbitrary|unconstitutional|illegal|unlawful|illegitimate|politically[\\s-]motivated|corrupt|criminal|fraudulent|fake|rigged|unjust|abusive|inhumane|discriminatory|complicit|a\\s+(?:\\w+\\s+)?(?:crime|violation|travesty\\s+of\\s+justice|miscarriage\\s+of\\s+justice)|(?:in\\s+)?(?:clear\\s+|flagrant\\s+|blatant\\s+|direct\\s+)?(?:violation|breach)\\s+of|an?\\s+(?:\\w+\\s+)?(?:act|form)\\s+of\\s+(?:persecution|repression|aggression|terror(?:ism)?|intimidation|harassment|revenge|retaliation|reprisal)|(?:a\\s+)?(?:\\w+\\s+)?front\\s+(?:company|companies|organi[sz]ations?|group|groups|business|firm)\\s+for|a\\s+(?:state\\s+)?sponsor\\s+of\\s+terror(?:ism)?)';

/** What a denier calls an accusation (the `dismissal` frame). */
const DISMISSIVE =
  '(?:false|untrue|absurd|ridiculous|preposterous|laughable|nonsense|nonsensical|lies|a\\s+lie|(?:pure|total|complete|utter)\\s+(?:fiction|invention)|without\\s+(?:any\\s+)?(?:merit|basis|foundation)|meritless|fake(?:\\s+news)?|an?\\s+(?:\\w+\\s+)?(?:hoax|sham|smear|witch[\\s-]hunt|fabrication|fiction|farce|provocation|lie)|slanderous|defamatory|invented|made\\s+up|(?:an?\\s+)?(?:pack|bunch|tissue|web|series|string)\\s+of\\s+(?:lies|falsehoods|fabrications|distortions|half-truths)|(?:a\\s+)?(?:political\\s+|publicity\\s+)?stunt|(?:political\\s+)?theat(?:er|re)|(?:an?\\s+)?fairy[\\s-]?tales?|(?:an?\\s+|pure\\s+|sheer\\s+)?fantas(?:y|ies)|(?:recycled|outright|blatant|brazen|shameless|crude|cheap|vile|old|same|more|fresh|new)\\s+(?:lies|falsehoods|fabrications|distortions|inventions)|propaganda|disinformation|misinformation|hysteria|paranoia|not\\s+true|(?:ha(?:ve|s|d)|bears?)\\s+no\\s+(?:\\w+\\s+)?(?:basis|foundation|merit)|no\\s+basis\\s+in\\s+(?:fact|reality|truth)|devoid\\s+of\\s+(?:any\\s+)?(?:truth|merit|substance|basis)|far\\s+from\\s+the\\s+truth|(?:based|built|founded|rest(?:s|ed)?|rel(?:y|ies|ied))\\s+(?:solely\\s+|entirely\\s+|only\\s+|purely\\s+|largely\\s+)?(?:on|upon)\\s+(?:nothing\\s+but\\s+|pure\\s+|mere\\s+|baseless\\s+)?["\\u201c]?(?:[\\w-]+\\s+)?(?:lies|speculation|guesswork|hearsay|rumou?rs|conjecture|assumptions|fabrications?|falsehoods|disinformation|(?:unverified|unreliable|anonymous|dubious|biased|false|fabricated|flawed)\\s+(?:sources|information|data|evidence|testimony|testimonies|witnesses|claims|reports|accounts)|(?:testimony|testimonies|word|words|claims|accounts|statements)\\s+of\\s+(?:an?\\s+|the\\s+)?["\\u201c]?(?:disgruntled|unreliable|discredited|biased|paid|anonymous|self-interested|convicted|vengeful|jealous|rival)\\b))';

/** Labels that accuse (besides those of the cue lexicon): "a case of judicial weaponization", "the president's failure to govern". */
export const WRONGFUL_LABELS =
  '(?:' + NEGATIVE_LABELS.slice(3, -1) + '|(?:deliberate|planned|calculated|dangerous|reckless|blatant|cynical)\\s+provocations?|weaponi[sz]ation|failure\\s+to\\s+(?:govern|protect|act|prevent|stop|respond)|negligence|incompetence|mismanagement|cover-?up|betrayal|treachery|aggression|persecution|repression|interference|meddling|blackmail|extortion|theft|robbery|massacre|crimes?|abuse\\s+of\\s+power|disregard\\s+for)';

/** Nouns of wrongdoing that name a doer by "by", a possessor or "in <country>" (the `noun` frame). */
const WRONGDOING_NOUNS =
  '(?:(?:strategy|policy|campaign|pattern|practice|programme|program)\\s+of\\s+(?:state-sponsored\\s+|systematic\\s+)?(?:stealing|theft|hacking|espionage|intimidation|harassment|repression|aggression|coercion|interference|disinformation|persecution|forced\\s+labou?r|ethnic\\s+cleansing)|malicious\\s+(?:cyber\\s+)?(?:activity|activities|campaigns?|operations?)|corruption|persecution|repression|oppression|discrimination|exploitation|harassment|intimidation|mistreatment|ill-treatment|torture|abuses|abuse\\s+of\\s+(?:power|office|authority)|human\\s+rights\\s+(?:abuses|violations)|violations|misconduct|wrongdoing|criminali[sz]ation(?:\\s+strateg(?:y|ies))?|weaponi[sz]ation|disregard\\s+for\\s+(?:\\w+\\s+){0,2}(?:dignity|rights|(?:the\\s+)?rule\\s+of\\s+law|law|life|lives)|affront\\s+to\\s+(?:the\\s+)?(?:rule\\s+of\\s+law|democracy|justice|human\\s+dignity)|crackdown|aggression|war\\s+crimes|crimes\\s+against\\s+humanity|genocide|ethnic\\s+cleansing|atrocities|apartheid)';

/** Wrongs suffered, in the passive (the `victim-passive` frame). */
const VICTIM_PARTICIPLES =
  '(?:wrongfully\\s+(?:detained|imprisoned|jailed|held|convicted)|(?:killed|murdered|shot|attacked|targeted|punished|jailed|imprisoned|arrested|detained|persecuted|prosecuted)\\s+(?:\\w+ly\\s+)?(?:for|because\\s+of)\\s+(?:what\\s+(?:he|she|they|I|we)\\s+(?:said|wrote|reported|published|posted)|doing\\s+(?:his|her|their|my|our)\\s+jobs?|(?:his|her|their|my|our)\\s+(?:reporting|journalism|work\\s+as\\s+a\\s+journalist|views|activism|criticism|writing|coverage|articles|investigations?|political\\s+views|faith|beliefs))|raped|sexually\\s+assaulted|abducted|kidnapped|tormented|harassed|persecuted|threatened|intimidated|tortured|abused|assaulted|beaten|mistreated|ill-treated|surveilled|spied\\s+on|blackmailed|coerced|victimi[sz]ed)';

/** Finding verbs that make their subject the claimant of a that-clause (the `finding` frame). */
const FINDING_VERBS = '(?:ruled|rules|proved|proven|proves|revealed|reveals|found|finds|determined|determines|showed|shown|shows|established|establishes|concluded|concludes|uncovered|uncovers|demonstrated|demonstrates|confirmed|confirms)';

/** A case, trial or charges named by the crime (the `case` frame). */
const CRIME_CASE =
  '(?:money[\\s-]laundering|corruption|bribery|graft|fraud|embezzlement|espionage|spying|terrorism|terror|treason|sedition|murder|manslaughter|rape|sexual\\s+assault|tax[\\s-]evasion|extortion|abuse[\\s-]of[\\s-]power|hacking|smuggling|trafficking|war[\\s-]crimes?|insider[\\s-]trading|racketeering)\\s+(?:case|cases|trial|trials|prosecution|charges?)';

/** Responsibility placed on whoever is named right after (the `responsibility` frame). */
const RESPONSIBILITY_PLACED =
  '(?:(?:the\\s+|all\\s+the\\s+)?(?:evidence|signs|clues|trail)\\s+(?:clearly\\s+|all\\s+|directly\\s+|squarely\\s+)?(?:points?|pointed|leads?|led)\\s+(?:directly\\s+|clearly\\s+|squarely\\s+)?(?:to|at|back\\s+to)|(?:responsibility|blame|fault|culpability|guilt)(?:\\s+for\\s+[^,;.]{1,80}?)?\\s+(?:lies|lay|lie|rests|rested)\\s+(?:(?:squarely|solely|entirely|fully|firmly|clearly|wholly|only|directly)\\s+)?with|(?:those|the\\s+(?:people|men|ones|individuals|perpetrators))\\s+(?:\\w+ly\\s+)?responsible\\s+for\\s+[^,;.]{1,80}?\\s+(?:were|was|are|is)|(?:bore|bears|bear|carried|carries|had|has|showed|shows)\\s+(?:all\\s+)?(?:the\\s+)?(?:(?:hall|trade)marks?|fingerprints|signature|(?:tell-?tale\\s+)?signs)\\s+of|(?:was|were|is|are)\\s+(?:\\w+ly\\s+)?(?:the\\s+)?(?:work|handiwork|doing)\\s+of)';
/** Keys of the negated wrongful acts of the `innocent` entry ("did not target", "doesn't fund"). */
const NOT_DONE_KEYS = ['target', 'attack', 'kill', 'tortur', 'arm', 'fund', 'financ', 'sponsor', 'harbo', 'suppl', 'hack', 'interfer', 'meddl', 'brib', 'launder', 'smuggl', 'violat', 'break', 'broke'].flatMap((v) => [`not ${v}`, `n't ${v}`, `n\u2019t ${v}`, `not deliberately ${v}`, `not intentionally ${v}`, `not knowingly ${v}`, `not ever ${v}`, `never ${v}`, `n't deliberately ${v}`, `n't intentionally ${v}`, `n't knowingly ${v}`, `n't ever ${v}`, `deliberately ${v}`, `intentionally ${v}`, `knowingly ${v}`, `ever ${v}`]);

/** Rebuttals that deny a wrong without a denial verb or a negated wrongful act (the `rebuttal` entry, frame `innocent`). */
const REBUTTALS =
  '(?:' +
  [
    // "a programmer, not a criminal", "fighters defending their homes, not terrorists"
    // (session 8: "a transport businessman, not a saboteur", the wrongdoer labels of cues.ts)
    ',\\s*not\\s+(?:an?\\s+)?(?:criminals?|terrorists?|spies|spy|thie(?:f|ves)|traitors?|murderers?|killers?|mercenaries|mercenary|agents?\\s+of\\s+\\w+|saboteurs?|smugglers?|traffickers?|hackers?|fraudsters?|scammers?|extremists?|' + WRONGDOER_LABELS.slice(3, -1) + ')\\b',
    // (session 8) 'his client is "a programmer without any relation with the facts"'
    '(?:without|with\\s+no)\\s+(?:any\\s+)?(?:relation|connection|link|involvement)\\s+(?:with|to|in)\\s+the\\s+(?:facts|case|crimes?|events|attacks?|plot|scheme)',
    // "had no connection to any government", "has no links with the militia"
    '(?:has|had|have|having)\\s+(?:had\\s+)?no\\s+(?:[\\w-]+\\s+)?(?:connections?|links?|ties|affiliation|contacts?)\\s+(?:to|with)\\s+(?:any|the|a|an|this|that|these|those)\\s+(?:[\\w-]+\\s+){0,3}?(?:governments?|state|intelligence|military|army|groups?|organi[sz]ations?|networks?|militias?|party|regime|attacks?|killings?|plots?|crimes?|schemes?|hackers|services|agenc(?:y|ies)|rebels|militants|terrorists)',
    // "argued he had been entrapped", "a defence of entrapment"
    '(?:had\\s+been|has\\s+been|was|were|been)\\s+entrapped|entrapment',
    // "she had only told the truth", "he was simply doing his job"
    '(?:only|simply|merely|just)\\s+(?:told|telling|tells|reported|reporting|spoke|speaking)\\s+the\\s+truth(?!\\s+to\\s+(?:his|her|their|my|our)\\s+(?:family|wife|husband|children|parents|friends|doctors?))|(?:only|simply|merely|just)\\s+(?:been\\s+)?doing\\s+(?:his|her|their|my|our|its)\\s+jobs?',
    // "no one in the country is prosecuted for journalism", "there are no political prisoners"
    'no\\s+one\\s+(?:[\\w-]+\\s+){0,4}?(?:is|was|are|were|has\\s+been|have\\s+been|gets|got)\\s+(?:ever\\s+)?(?:prosecuted|jailed|imprisoned|detained|arrested|persecuted|punished|tried|convicted|held)\\s+for\\s+(?:(?:his|her|their|political|peaceful)\\s+){0,2}(?:journalism|views|beliefs|opinions|politics|political\\s+\\w+|work|activism|reporting|speech|criticism|dissent|faith|religion)|there\\s+(?:are|were|is)\\s+no\\s+political\\s+prisoners',
    // "no targets in Poland had been planned", "the drones were not aimed at Romania"
    'no\\s+(?:targets?|strikes?|attacks?|operations?)\\s+(?:in|on|against|inside)\\s+(?:\\S+\\s+){1,3}?(?:had\\s+been|have\\s+been|were|was|are|is)\\s+(?:planned|intended|targeted|ordered)|(?:was|were|is|are)\\s+(?:not|never)\\s+(?:aimed|directed)\\s+at',
    // "the army only targets military positions"
    'only\\s+(?:ever\\s+)?(?:targets?|targeted|targeting|strikes?|struck|hits?|attacks?|attacked|fires\\s+(?:on|at)|fired\\s+(?:on|at))\\s+["\\u201c]?(?:legitimate|military|terrorist|militant|armed|enemy|rebel)',
    // "had always implemented Security Council resolutions", "has strictly complied with the sanctions"
    // (compliance verbs with any rule; implementing or respecting only external obligations: "always respected its budget rules" is none)
    '(?:always|fully|strictly|faithfully|scrupulously|consistently)\\s+(?:[\\w-]+\\s+)?(?:complied\\s+with|complies\\s+with|abided\\s+by|abides\\s+by|adhered\\s+to|adheres\\s+to)\\s+(?:(?:all|the|its|their|relevant|international|every)\\s+)*(?:[\\w-]+\\s+){0,3}?(?:resolutions?|sanctions|embargo(?:es)?|(?:export\\s+)?controls|restrictions|safeguards|obligations|commitments|laws?|rules|regulations|agreements?|ceasefire|truce|treat(?:y|ies)|norms)',
    '(?:always|fully|strictly|faithfully|scrupulously|consistently)\\s+(?:[\\w-]+\\s+)?(?:implemented|implements|respected|respects|observed|observes|honou?red|honou?rs)\\s+(?:(?:all|the|its|their|relevant|every)\\s+)*(?:[\\w-]+\\s+){0,3}?(?:resolutions?|sanctions|embargo(?:es)?|safeguards|obligations|ceasefire|truce|treat(?:y|ies)|international\\s+(?:law|norms)|(?:arms|export)\\s+controls)',
    // "was conducted in full accordance with international law", "were made in line with the rules"
    '(?:was|were|is|are|been|being)\\s+(?:conducted|carried\\s+out|done|taken|signed|concluded|made|undertaken|implemented|issued|granted|approved|awarded|obtained|treated|held|handled|run|operated|managed|performed|administered)\\s+["\\u201c]?(?:(?:fully|entirely|strictly|wholly)\\s+)?(?:in\\s+(?:full\\s+|strict\\s+|complete\\s+)?(?:accordance|compliance|conformity|line)\\s+with|within)\\s+(?:the\\s+|all\\s+)?(?:[\\w-]+\\s+){0,2}?(?:laws?|regulations|rules|norms|mandate|framework|procedures|conventions?|standards|obligations)',
    // "the agreement was fully transparent and lawful", "is entirely legal" (transparency alone is no denial: "fully transparent and published online")
    '(?:is|was|are|were|been|remains?|remained)\\s+["\\u201c]?(?:entirely|perfectly|completely|fully|totally|wholly|strictly|absolutely)\\s+(?:(?:transparent|legal|lawful|legitimate|proper)\\s*(?:,\\s*|\\s+and\\s+))?(?:legal|lawful|legitimate|above[\\s-]board)(?!\\s+(?:to|for|in)\\b)',
    // "Iran\'s nuclear activities are entirely peaceful"
    '(?:program(?:me)?s?|activities|intentions|purposes?)\\s+(?:is|are|was|were|remains?|remain)\\s+(?:\\w+ly\\s+)?peaceful',
    // "described the launches as a legitimate exercise of its right to self-defence", "acted in self-defence"
    '(?:legitimate|lawful)\\s+(?:exercise|act|measure|response)\\s+of\\s+(?:(?:its|our|their|the|a)\\s+)?(?:sovereign\\s+)?(?:right|sovereignty)|(?:acted|acting|fired|shot|responded)\\s+in\\s+self[\\s-]defen[cs]e',
    // "the firm has never knowingly supplied weapons for …": a never-done act with a wrong\'s object
    '(?:has|have|had)\\s+never\\s+(?:\\w+ly\\s+)?(?:sold|supplied|shipped|provided|sent|delivered|exported|paid|received|accepted|financed|funded|armed|trained|ordered|authori[sz]ed|sponsored|hacked|attacked|targeted|spied\\s+on|bribed|stolen|stole|smuggled)(?=(?:\\s+\\S+){0,5}?\\s+(?:weapons|arms|munitions|missiles|drones|drugs|bribes?|kickbacks|money|funds|payments|secrets|data|technology|equipment|components|oil|militants|rebels|terrorists|hackers|anyone|anybody)\\b)',
  ].join('|') +
  ')';
const REBUTTAL_KEYS = ['connection to', 'connection with', 'connections to', 'connections with', 'link to', 'link with', 'links to', 'links with', 'ties to', 'ties with', 'affiliation to', 'affiliation with', 'contact to', 'contact with', 'contacts to', 'contacts with', 'no any', 'without relation', 'without connection', 'without link', 'without involvement', 'with no link', ',not ', 'without any relation', 'without any connection', 'without any link', 'without any involvement', 'with no relation', 'with no connection', 'with no involvement', 'no target', 'no strike', 'no attack', 'no operation', 'not aimed', 'never aimed', 'not directed', 'never directed', ', not ', 'no connection', 'no link', 'no ties', 'no affiliation', 'no contact', 'no direct', 'no known', 'no formal', 'no political', 'entrap', 'the truth', 'doing his job', 'doing her job', 'doing their job', 'doing my job', 'doing our job', 'doing its job', 'no one', 'political prisoners', 'only target', 'only strike', 'only struck', 'only hit', 'only attack', 'only fire', 'only ever', 'always', 'fully', 'strictly', 'faithfully', 'scrupulously', 'consistently', 'accordance with', 'compliance with', 'conformity with', 'line with', 'within', 'entirely', 'perfectly', 'completely', 'totally', 'wholly', 'absolutely', 'peaceful', 'legitimate exercise', 'lawful exercise', 'legitimate act', 'lawful act', 'legitimate measure', 'lawful measure', 'legitimate response', 'lawful response', 'self-defen', 'self defen', 'has never', 'have never', 'had never'];

/*
 * Denial vocabulary beyond the entries above (session 5): the closed genre of news English for
 * calling an accusation false or discredited and for asserting innocence. Kept apart so that the
 * accusation vocabulary of the entries above can change without touching it.
 */
/** Falsity said of an accusation, report or case (frame `dismissal`): "the claims are not supported by the evidence". */
const FALSITY_BROAD =
  '(?:' +
  [
    '(?:not|un)\\s*supported\\s+by\\s+(?:the\\s+|any\\s+|a\\s+(?:single\\s+)?(?:shred|piece|scrap|bit)\\s+of\\s+|a\\s+single\\s+)?(?:\\w+\\s+)?(?:evidence|facts|proof)',
    '(?:pure|mere|idle|wild|baseless|unfounded|groundless|sheer|rank)\\s+(?:speculation|conjecture|guesswork)',
    '(?:factually\\s+)?(?:inaccurate|incorrect|erroneous)',
    'misleading|distorted|an?\\s+(?:\\w+\\s+)?distortion(?:\\s+of\\s+(?:the\\s+)?(?:facts|truth|reality|history))?',
    '(?:riddled|littered|filled|rife|replete)\\s+with\\s+(?:\\w+\\s+)?(?:errors|inaccuracies|inconsistencies|contradictions|falsehoods|mistakes|lies|distortions)',
    '(?:contains?|contained)\\s+["\\u201c]?(?:numerous|many|several|serious|basic|glaring|multiple|factual|obvious)\\s+(?:\\w+\\s+)?(?:errors|inaccuracies|falsehoods|mistakes|distortions)',
    'trumped[\\s-]up|concocted|manufactured',
    'libell?ous|libel|slander',
    'an?\\s+(?:\\w+\\s+)?work\\s+of\\s+(?:pure\\s+)?fiction|fictional|fictitious',
    'an?\\s+(?:\\w+\\s+)?(?:frame-?up|set-?up|fit-?up)',
    '(?:an?\\s+)?(?:conspiracy\\s+theor(?:y|ies)|character\\s+assassination|(?:political\\s+)?(?:hatchet|hit)\\s+job)',
    '(?:\\w+ly\\s+)?(?:unsubstantiated|unproven|uncorroborated|unverified)',
    // 'called the verdict "null and void"' (refusing to recognise it, GUIDELINES)
    'null\\s+and\\s+void',
    // 'called the accusation "another Russophobic fabrication"'
    'another\\s+(?:[\\w-]+\\s+)?(?:fabrication|lie|smear|hoax|provocation|fake|invention|fiction|falsehood|slander)',
    // "are nothing but lies", "are pure propaganda", "had \"no basis\""
    '(?:nothing\\s+but|(?:pure|sheer|blatant|outright|utter|complete|total|absolute)(?:\\s+and\\s+(?:pure|simple|utter|total))?)\\s+(?:\\w+\\s+)?(?:lies|fabrications?|falsehoods|propaganda|disinformation|slander|speculation|fiction|invention|rumou?rs|smears?|nonsense)',
    '(?:ha(?:ve|s|d)|bears?)\\s+["\\u201c]no\\s+(?:\\w+\\s+)?(?:basis|foundation|merit)',
    // "the findings were based on a misreading of our records"
    '(?:based|built|rest(?:s|ed)?|rel(?:y|ies|ied))\\s+(?:on|upon)\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:misreading|misunderstanding|misinterpretation|misrepresentation|mistakes?|errors?|flawed|faulty|distorted|selective)',
    // "the report does not reflect reality", "bears no relation to the facts", "is not based on facts"
    '(?:does|do|did)\\s+not\\s+(?:reflect|correspond\\s+to|match|square\\s+with|stand\\s+up\\s+to)\\s+(?:the\\s+)?(?:reality|facts|truth|what\\s+happened|scrutiny)|(?:bears?|bore|has|have|had)\\s+no\\s+(?:relation|resemblance|relationship)\\s+to\\s+(?:the\\s+)?(?:reality|facts|truth)|not\\s+based\\s+(?:on|in)\\s+(?:the\\s+)?(?:facts?|reality|evidence|truth)|contrary\\s+to\\s+(?:the\\s+)?facts|divorced\\s+from\\s+(?:the\\s+)?(?:reality|facts|truth)',
    // "the report misrepresented her role", "the article distorts the facts"
    '(?:misrepresent|mischaracteri[sz]e|distort|twist)(?:s|ed|ing|d)?\\s+(?:(?:the|her|his|their|its|our|my)\\s+)?(?:[\\w\'\\u2019-]+\\s+)?(?:facts|role|position|record|words|remarks|comments|actions|conduct|statements?|truth|events|history|views)',
  ].join('|') +
  ')';
const FALSITY_BROAD_KEYS = ['rest upon', 'rested upon', 'rely upon', 'null and void', 'based on', 'based upon', 'built on', 'built upon', 'rest on', 'rests on', 'rested on', 'rely on', 'relies on', 'relied on', 'rests upon', 'relied upon', 'relies upon', 'another', 'not reflect', 'not correspond', 'not match', 'not square', 'not stand up', 'no relation', 'no resemblance', 'not based', 'contrary to', 'divorced from', 'lies', 'fabricat', 'falsehood', 'propaganda', 'disinformation', 'slander', 'speculation', 'fiction', 'invention', 'rumo', 'smear', 'nonsense', '"no ', '\u201cno ', 'misrepresent', 'mischaracteri', 'twist', 'supported by', 'speculation', 'conjecture', 'guesswork', 'inaccurate', 'incorrect', 'erroneous', 'misleading', 'distort', 'riddled', 'littered', 'filled with', 'rife with', 'replete', 'errors', 'inaccurac', 'inconsistenc', 'contradiction', 'mistakes', 'distortion', 'trumped', 'concocted', 'manufactured', 'libel', 'slander', 'fiction', 'fictitious', 'frame-up', 'frameup', 'set-up', 'setup', 'fit-up', 'fitup', 'conspiracy theor', 'character assassination', 'hatchet job', 'hit job', 'unsubstantiated', 'unproven', 'uncorroborated', 'unverified'];

/** Discredit without falsity (frame `dismissal`, accusation subjects only): "the report is biased", "the claims are an attempt to smear us". */
const DISCREDIT =
  '(?:biased|one-sided|unbalanced|politically\\s+(?:driven|biased|charged)|an?\\s+(?:\\w+\\s+)?(?:attempt|bid|effort|ploy|tactic|campaign|plot)\\s+to\\s+(?:criminali[sz]e|smear|discredit|tarnish|defame|blacken|damage|undermine|distract|divert|deflect|demoni[sz]e|malign|vilify)|scaremongering|fear-?mongering|an?\\s+(?:\\w+\\s+)?(?:distraction|diversion)|irresponsible|unfair|malicious|(?:\\w+ly\\s+)?unacceptable|(?:\\w+ly\\s+)?exaggerated|overblown|overstated|(?:simply\\s+|completely\\s+|totally\\s+|just\\s+|plain\\s+|dead\\s+)?wrong(?<=\\b(?:is|are|was|were|be|been|\\w+ly|just|plain|dead)\\s+(?:(?:simply|completely|totally|just|plain|dead)\\s+)?wrong)(?!\\s+(?:with|about|to|for|in|on)\\b)|an?\\s+(?:political\\s+|personal\\s+)?(?:vendetta|act\\s+of\\s+(?:revenge|retaliation|reprisal))|(?:political\\s+)?(?:revenge|retaliation|reprisal))';
const DISCREDIT_KEYS = ['biased', 'one-sided', 'unbalanced', 'politically driven', 'politically charged', 'to criminali', 'to smear', 'to discredit', 'to tarnish', 'to defame', 'to blacken', 'to damage', 'to undermine', 'to distract', 'to divert', 'to deflect', 'to demoni', 'to malign', 'to vilify', 'scaremonger', 'fearmonger', 'fear-monger', 'distraction', 'diversion', 'irresponsible', 'unfair', 'malicious', 'unacceptable', 'exaggerated', 'overblown', 'overstated', 'is wrong', 'are wrong', 'was wrong', 'were wrong', 'be wrong', 'been wrong', 'ly wrong', 'just wrong', 'plain wrong', 'dead wrong', 'vendetta', 'revenge', 'retaliation', 'reprisal'];

/** Wrongs one may say one did not know of ("was unaware of the scheme", "had not known the scale of criminal use"). */
// (not an investigation of one: "was unaware of the criminal investigation" denies nothing)
const KNOWN_WRONG = '(?:wrongdoing|sinister|stolen|improper\\w*|crim\\w*|fraud\\w*|schemes?|bribes?|bribery|kickbacks?|payments|illegal\\w*|illicit|abuses?|abusive|violations?|misconduct|irregularit\\w*|laundering|smuggling|doping|corruption|scam|deception|misuse)(?!\\s+(?:investigations?|probes?|inquir(?:y|ies)|cases?|charges?|proceedings|complaints?|allegations?|accusations?))';
/** Wrongful acts that, negated by a speaker, deny ("did not shell the town", "has never interfered in"). */
const DENIED_ACTS =
  '(?:shell(?:ed)?|bomb(?:ed)?|fire(?:d)?\\s+(?:on|at|upon)|shoot|shot\\s+(?:at|down)|steal|stolen|spy|spied|collude(?:d)?|mislead|misled|deceive(?:d)?|falsif(?:y|ied)|conceal(?:ed)?|cover(?:ed)?\\s+up|abuse(?:d)?|harass(?:ed)?|kidnap(?:ped)?|abduct(?:ed)?|poison(?:ed)?|assassinate(?:d)?|conspire(?:d)?|evade(?:d)?|defraud(?:ed)?|embezzle(?:d)?|manipulate(?:d)?|rig(?:ged)?|intimidate(?:d)?|dope(?:d)?|discriminate(?:d)?|plagiari[sz]e(?:d)?|invade(?:d)?|cross(?:ed)?\\s+(?:into|the\\s+border)|enter(?:ed)?\\s+(?:[\\w\'\\u2019-]+\\s+)?(?:airspace|territorial\\s+waters)|commit(?:ted)?\\s+(?:any\\s+)?(?:crimes?|fraud|offen[cs]es?|violations|war\\s+crimes|atrocities|wrongdoing)|(?:take|taken|accept(?:ed)?|receive(?:d)?|pay|paid|offer(?:ed)?|solicit(?:ed)?)\\s+(?:a\\s+|any\\s+)?(?:\\w+\\s+)?(?:bribes?|kickbacks?|backhanders?)|(?:take|taken|took|use|used|ingest(?:ed)?)\\s+(?:a\\s+|any\\s+)?(?:banned|prohibited|performance-enhancing|illegal|illicit)\\s+(?:substances?|drugs?|medications?|stimulants?))';
const DENIED_ACT_STEMS = ['took', 'use', 'used', 'ingest', 'shell', 'bomb', 'fire', 'shoot', 'shot', 'steal', 'stolen', 'spy', 'spied', 'collude', 'mislead', 'misled', 'deceive', 'falsif', 'conceal', 'cover', 'abuse', 'harass', 'kidnap', 'abduct', 'poison', 'assassinat', 'conspire', 'evade', 'defraud', 'embezzle', 'manipulat', 'rig', 'intimidat', 'dope', 'discriminat', 'plagiari', 'invade', 'cross', 'enter', 'commit', 'take', 'taken', 'accept', 'receive', 'pay', 'paid', 'offer', 'solicit'];
/** Acts a speaker may call lawful ("the payments were legal", "the transfers were above board"). */
const LAWFUL_ACTS = '(?:payments?|transactions?|transfers?|sales?|exports?|shipments?|deals?|contracts?|donations?|loans?|fees?|purchases?|acquisitions?|investments?|operations?|strikes?|activities|dealings|conduct|arrangements?|expenses|gifts?)';

/** Innocence asserted (frame `innocent`): broken no laws, nothing to hide, unaware of the scheme, framed, never interfered. */
const INNOCENCE =
  '(?:' +
  [
    '(?:has|have|had|having)\\s+(?:broken|broke|violated|breached)\\s+no\\s+(?:\\w+\\s+)?(?:laws?|rules|regulations|sanctions)|(?:broke|breaks|violated)\\s+no\\s+(?:\\w+\\s+)?(?:laws?|rules|regulations)',
    '(?:did|does|do|has|have|had)(?:\\s+not|n[\'\\u2019]t)\\s+(?:break|broken|violate|violated|breach|breached)\\s+(?:any|the)\\s+(?:\\w+\\s+)?(?:rules|regulations|sanctions|agreements?)',
    '(?:there\\s+(?:was|is|has\\s+been|had\\s+been)|with)\\s+no\\s+(?:wrongdoing|impropriety|misconduct|foul\\s+play|cover-?up|conflict\\s+of\\s+interest)|no\\s+wrongdoing\\s+on\\s+(?:his|her|their|its|our|my)\\s+part',
    '(?:did|does|do|has\\s+done|have\\s+done|had\\s+done)\\s+nothing\\s+(?:improper|inappropriate|untoward|unethical|dishonest|criminal)',
    // (a person, said of themself or a client: "the public is unaware of the corruption" denies nothing)
    '(?:(?:I|we|he|she|they|it|(?:my|his|her|our|their)\\s+clients?)\\s+["\\u201c]?(?:was|were|is|am|are|had\\s+been|has\\s+been|have\\s+been)|(?:I|we|he|she|they|it)[\'\\u2019](?:m|re|s|d\\s+been))\\s+(?:\\w+ly\\s+)?(?:not\\s+aware|unaware)\\s+of\\s+(?:\\S+\\s+){0,4}?' + KNOWN_WRONG,
    '(?:did\\s+not|didn[\'\\u2019]t|had\\s+not|hadn[\'\\u2019]t|never)\\s+(?:\\w+ly\\s+)?(?:know|knew|known)\\s+(?:about\\s+|of\\s+|that\\s+)?(?:\\S+\\s+){0,5}?' + KNOWN_WRONG,
    '(?:I|we|he|she|they)\\s+(?:had\\s+been|has\\s+been|have\\s+been|was|were|am|is|are|was\\s+being|is\\s+being|are\\s+being|were\\s+being)\\s+(?:\\w+ly\\s+)?(?:framed|scapegoated|made\\s+(?:a|the)\\s+scapegoats?|set\\s+up(?!\\s+(?:in|as|at|on|to|for|with|shop)\\b))',
    'victims?\\s+of\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+){0,2}?(?:smear(?:\\s+campaign)?|frame-?up|set-?up|witch[\\s-]?hunt|false\\s+(?:accusations|allegations|charges)|fabricated\\s+(?:accusations|allegations|charges|evidence)|disinformation\\s+campaign|campaign\\s+of\\s+(?:lies|disinformation))',
    '(?:has|have|had)\\s+never\\s+(?:\\w+ly\\s+)?(?:interfered|meddled|spied|colluded|bribed|hacked|tortured|cheated|doped|lied|stolen|defrauded|embezzled|laundered|smuggled|breached|broken\\s+(?:any|the)\\s+(?:laws?|rules))|never\\s+(?:\\w+ly\\s+)?(?:interfered|meddled|spied|colluded|bribed|tortured|doped|defrauded|embezzled|laundered|smuggled)',
    '(?:does|do|did|has|have|had)(?:\\s+not|n[\'\\u2019]t)\\s+(?:(?:deliberately|intentionally|knowingly|ever)\\s+)?' + DENIED_ACTS + '|never\\s+(?:\\w+ly\\s+)?' + DENIED_ACTS,
    'never\\s+(?:crossed|entered|violated)\\s+(?:\\S+\\s+){0,2}?(?:border|airspace|territorial\\s+waters|territory)',
    // (a name must follow: src/extract/claims/evaluative.ts checks the capital, the patterns being case-insensitive)
    '(?:has|have|had|having)\\s+(?:had\\s+)?no\\s+(?:(?:direct|known|formal|financial|business|personal|political|operational|organi[sz]ational)\\s+)?(?:connections?|links?|ties|affiliation|contacts?|dealings)\\s+(?:to|with)\\s+(?:the\\s+)?(?=[A-Z])',
    '(?:was|were|is|are)\\s+not\\s+(?:\\w+ly\\s+)?(?:complicit|implicated)\\s+in',
    // "the tariffs are consistent with WTO rules", "fully compliant with international law"
    '(?:is|are|was|were|remains?|remained|been)\\s+(?:\\w+ly\\s+)?(?:consistent|compliant|in\\s+line)\\s+with\\s+(?:(?:WTO|international|its|our|their|all|applicable|relevant)\\s+)(?:[\\w-]+\\s+){0,2}?(?:rules|law|laws|obligations|commitments|regulations)',
    // 'had acted "lawfully and professionally"' (a quote mark between the verb and the adverb)
    '(?<!\\bto\\s)(?:acted|acts|operated|operates|behaved|behaves)\\s+["\\u201c](?:(?:entirely|fully|always|strictly)\\s+)?(?:lawfully|legally|within\\s+the\\s+law)',
  ].join('|') +
  ')';
const INNOCENCE_KEYS = ['ly interfered', 'ly meddled', 'ly spied', 'ly colluded', 'ly bribed', 'ly tortured', 'ly doped', 'ly defrauded', 'ly embezzled', 'ly laundered', 'ly smuggled', 'has never', 'have never', 'had never', 'ly know', 'ly knew', 'not knew', 'n\'t knew', 'n\u2019t knew', 
  'broken no', 'broke no', 'violated no', 'breached no', 'breaks no', 'not break', 'not broken', 'not violat', 'not breach', "n't break", "n't broken", "n't violat", "n't breach", 'n\u2019t break', 'n\u2019t broken', 'n\u2019t violat', 'n\u2019t breach',
  'no wrongdoing', 'no impropriety', 'no misconduct', 'no foul play', 'no cover', 'no conflict of interest', 'nothing improper', 'nothing inappropriate', 'nothing untoward', 'nothing unethical', 'nothing dishonest', 'nothing criminal',
  'not aware', 'unaware', 'not know', 'not known', "n't know", 'n\u2019t know', 'never know', 'never knew', 'never known',
  'framed', 'scapegoat', 'set up', 'victim of', 'victims of',
  'no connection', 'no link', 'no ties', 'no affiliation', 'no contact', 'no dealings', 'no direct', 'no known', 'no formal', 'no financial', 'no business', 'no personal', 'no political', 'no operational', 'no organi',
  'not complicit', 'not implicated', 'ly complicit', 'ly implicated', 'consistent with', 'compliant with', 'in line with', '"lawfully', '"legally', '"within', '\u201clawfully', '\u201clegally', '\u201cwithin', '"entirely', '"fully', '"always', '"strictly', '\u201centirely', '\u201cfully', '\u201calways', '\u201cstrictly',
  'never crossed', 'never entered', 'never violated',
  ...['interfered', 'meddled', 'spied', 'colluded', 'bribed', 'hacked', 'tortured', 'cheated', 'doped', 'lied', 'stolen', 'defrauded', 'embezzled', 'laundered', 'smuggled', 'breached', 'broken'].map((v) => `never ${v}`),
  ...['deliberately', 'intentionally', 'knowingly', 'ever'].flatMap((a) => [`not ${a}`, `n't ${a}`, `n\u2019t ${a}`, `never ${a}`]),
  ...DENIED_ACT_STEMS.flatMap((v) => [`not ${v}`, `n't ${v}`, `n\u2019t ${v}`, `never ${v}`, `ly ${v}`]),
];

/**
 * Compliance asked for or foreseen, not asserted: "urged Norland to comply with", "must comply",
 * "demanded that Vestia comply with" (a lookbehind put before a compliance verb).
 */
const COMPLIANCE_ASKED = '(?<!\\b(?:to|must|should|shall|will|would|can|could|may|might)\\s+(?:\\w+ly\\s+)?)(?<!\\b(?:demand(?:s|ed)?|urg(?:e|es|ed)|ensur(?:e|es|ed)|requir(?:e|es|ed)|ask(?:s|ed)?|insist(?:s|ed)?\\s+on)\\s+(?:that\\s+)?(?:[\\w\'\\u2019-]+\\s+){0,4})';

/** Restraint in hostilities (frame `innocent`): "struck only military targets", "civilians were not targeted". */
const RESTRAINT =
  '(?:' +
  [
    // conduct of hostilities: "struck only military targets", "civilians were not targeted", "respects international
    // humanitarian law" (not "urged X to respect"), "took every precaution to avoid civilian casualties"
    '(?:targeted|targets|struck|strikes|hit|hits|attacked|attacks)\\s+only\\s+["\\u201c]?(?:legitimate|military|terrorist|militant|armed|enemy|rebel)',
    '(?:civilians|civilian\\s+(?:areas|targets|infrastructure|objects|population)|residential\\s+areas|hospitals|schools|journalists|aid\\s+workers)\\s+(?:were|was|are|is|had\\s+been|have\\s+been|has\\s+been)\\s+(?:not|never)\\s+(?:\\w+ly\\s+)?(?:targeted|attacked)',
    COMPLIANCE_ASKED + '(?:adheres?|adhered|adhering|comply|complies|complied|complying|abides?|abided|abiding|respects?|respected|respecting)\\s+(?:to\\s+|with\\s+|by\\s+)?(?:international\\s+humanitarian\\s+law|international\\s+law|the\\s+laws\\s+of\\s+war|the\\s+(?:Geneva\\s+)?conventions|the\\s+rules\\s+of\\s+engagement)',
    // "officers acted with restraint", "used only proportionate force"
    '(?:acted|acts|responded|responds|behaved|behaves|exercised|exercises|showed|shows)\\s+["\\u201c]?(?:with\\s+(?:great\\s+|maximum\\s+|utmost\\s+|considerable\\s+)?restraint|(?:maximum|great|utmost)\\s+restraint)|(?:used|uses|using)\\s+(?:only\\s+)?["\\u201c]?(?:proportionate|proportional|minimal|minimum|reasonable|necessary)\\s+force',
    '(?:takes?|took|taking|taken)\\s+(?:all|every)\\s+(?:possible\\s+|necessary\\s+|feasible\\s+|available\\s+)?(?:precautions?|measures|care|steps?)\\s+to\\s+(?:avoid|minimi[sz]e|protect|prevent|spare)',
  ].join('|') +
  ')';
const RESTRAINT_KEYS = [
  'restraint', 'proportionate force', 'proportional force', 'minimal force', 'minimum force', 'reasonable force', 'necessary force',
  'targeted only', 'targets only', 'struck only', 'strikes only', 'hit only', 'hits only', 'attacked only', 'attacks only', 'not targeted', 'never targeted', 'not attacked', 'never attacked', 'ly targeted', 'ly attacked', 'international law', 'humanitarian law', 'laws of war', 'conventions', 'rules of engagement', 'precaution', 'measures to', 'care to', 'step to', 'steps to',
];

/** Vindication claimed (frame `innocent`): staged footage, a false flag, a name to clear, a contaminated supplement. */
const VINDICATION =
  '(?:' +
  [
    // "confident he would be cleared"; a positive test "caused by a contaminated supplement"
    '(?:confident|certain|sure|convinced)\\s+(?:that\\s+)?(?:I|we|he|she|they|it|(?:my|his|her|our|their)\\s+clients?)\\s+(?:will|would)\\s+be\\s+(?:fully\\s+)?(?:cleared|vindicated|exonerated|acquitted)',
    '(?:caused\\s+by|result\\s+of|came\\s+from|due\\s+to)\\s+(?:an?\\s+|the\\s+)?(?:contaminated|tainted)\\s+(?:\\w+\\s+)?(?:supplements?|meat|food|products?|medications?|medicines?|drinks?|water)',
    // "vowed to clear his name"; "the video was staged", "a false flag operation"
    'clear\\s+(?:his|her|their|its|my|our)\\s+(?:good\\s+)?names?',
    '(?:videos?|footage|images|photos|photographs|pictures|recordings?|clips?)\\s+(?:\\S+\\s+){0,4}?(?:was|were|is|are|had\\s+been|have\\s+been)\\s+(?:\\w+ly\\s+)?(?:staged|faked|fake|doctored|fabricated|manipulated|a\\s+fake|a\\s+fabrication|a\\s+forgery)|false[\\s-]flag',
  ].join('|') +
  ')';
const VINDICATION_KEYS = ['be fully acquitted', 
  'be cleared', 'be fully cleared', 'be vindicated', 'be fully vindicated', 'be exonerated', 'be fully exonerated', 'be acquitted', 'contaminated', 'tainted',
  'clear his', 'clear her', 'clear their', 'clear its', 'clear my', 'clear our', 'staged', 'faked', 'fake', 'doctored', 'fabricat', 'manipulated', 'forgery', 'false flag', 'false-flag',
];

/** Acts called lawful (frame `innocent`): "the payments were legal" (with an adverb, "were entirely legal", it is the `rebuttal` entry's). */
const LAWFUL_ACT = LAWFUL_ACTS + '\\s+(?:was|were|is|are|had\\s+been|have\\s+been|has\\s+been)\\s+(?:(?:all|always)\\s+)?(?:legal|lawful|legitimate|proper|above[\\s-]board)\\b';

/*
 * Negated and lawful acts (session 6): the innocent frame's negators widened from "did not / had
 * never" to the other ways news English states that a wrong was never done, and lawful conduct
 * stated without an adverb. Only in reported speech (entries marked `speakerOnly`).
 */
/**
 * Wrongs one says were never done. Strong verbs by themselves ("never attacked", "never
 * interferes"); verbs of giving, using and ordering only with a wrong's object within four words
 * ("never supplied weapons", "never paid anyone to", "never authorized improper transfers").
 */
const NEVER_DONE_ACTS =
  '(?:attack(?:s|ed)?|target(?:s|ed)?|kill(?:s|ed)?|murder(?:s|ed)?|tortur(?:e|es|ed)|bomb(?:s|ed)?|shell(?:s|ed)?|hack(?:s|ed)?|steal|steals|stole|stolen|spie[sd]|spy|interfer(?:e|es|ed)|meddle[sd]?|brib(?:e|es|ed)|launder(?:s|ed)?|smuggle[sd]?|embezzle[sd]?|defraud(?:s|ed)?|extort(?:s|ed)?|kidnap(?:s|ped)?|abduct(?:s|ed)?|assassinate[sd]?|poison(?:s|ed)?|persecute[sd]?|harass(?:es|ed)?|intimidate[sd]?|infiltrate[sd]?|invade[sd]?|annex(?:es|ed)?|loot(?:s|ed)?|rape[sd]?|falsif(?:y|ies|ied)|conceal(?:s|ed)?|cover(?:s|ed)?\\s+up|lied|lies\\s+(?:to|about)|colluded?|collude[sd]|conspire[sd]?|cheat(?:s|ed)?|sabotage[sd]?|rigged|violate[sd]?|breach(?:es|ed)?|evade[sd]?|fund(?:s|ed)?|financ(?:e|es|ed)|sponsor(?:s|ed)?|arm(?:s|ed)?|harbou?r(?:s|ed)?|fire[sd]?\\s+(?:on|at|upon)|shot\\s+(?:at|down)|shoots?\\s+(?:at|down)|cross(?:es|ed)?\\s+(?:into|the\\s+border)|enter(?:s|ed)?\\s+(?:[\\w\'\\u2019-]+\\s+){0,3}?(?:airspace|(?:territorial\\s+)?waters|territory)' +
  '|commit(?:s|ted)?\\s+(?:any\\s+|a\\s+)?(?:\\w+\\s+)?(?:crimes?|fraud|offen[cs]es?|violations|atrocities|wrongdoing)' +
  '|(?:sold|sells?|supplie[sd]|supply|shipped|ships?|provided|provides?|sent|sends?|delivered|delivers?|exported|exports?|transferred|transfers?|laid|lay|lays|used|uses?|deployed|deploys?|planted|plants?|paid|pays?|offered|offers?|received|receives?|accepted|accepts?|took|takes?|taken|authori[sz]ed|authori[sz]es?|ordered|orders?|launched|launch(?:es)?|carried\\s+out|carr(?:y|ies)\\s+out|conducted|conducts?)' +
  '(?=\\s+["\\u201c\\u201d]?(?:[\\w\'\\u2019-]+["\\u201c\\u201d]?\\s+["\\u201c]?){0,4}?(?:weapons|arms|munitions|ammunition|missiles|rockets|drones|(?:land)?mines|explosives|bribes?|kickbacks?|backhanders?|improper|illegal|illicit|unlawful|corrupt|stolen|banned|prohibited|(?:anyone|anybody)\\s+to|attacks?|strikes?|raids?|crimes?|atrocities|massacres?|killings?|executions?|assassinations?|malware|spyware|troops|soldiers|mercenaries|militants|rebels|terrorists|hackers)\\b))';
/** The negators: "never" (not after a passive auxiliary: "was never attacked" is a victim), "at no time (did X)", "has not and will not". */
const NEVER_DONE =
  '(?:' +
  [
    // "had never attacked", "never interferes", 'had "never paid anyone to riot"', "have never used and will never use landmines", "will never target"
    '(?<!\\b(?:is|are|was|were|been|be|being|get|gets|got|could|might|may|must|should)\\s+["\\u201c]?)(?:(?:will|would)\\s+)?never(?:\\s+(?:\\w+\\s+)?and\\s+(?:will|would)\\s+never)?["\\u201d]?\\s+(?:(?:\\w+ly|ever|once|even)\\s+)?["\\u201c]?' + NEVER_DONE_ACTS,
    // 'had "at no time" attacked', "At no time did our forces target civilians"
    'at\\s+no\\s+time["\\u201d]?\\s*,?\\s+(?:(?:did|has|have|had|was|were|will|would)\\s+(?:[\\w\'\\u2019-]+\\s+){0,3}?)?(?:\\w+ly\\s+)?["\\u201c]?' + NEVER_DONE_ACTS,
    // "our soldiers have not and will not attack civilians"
    '(?:not|n[\'\\u2019]t)\\s+and\\s+(?:will|would)\\s+not\\s+(?:\\w+ly\\s+)?' + NEVER_DONE_ACTS,
  ].join('|') +
  ')';

/** Lawful conduct stated (frame `innocent`): "complies with international law", "acted in accordance with the law", "were prosecuted in line with the law". */
const LAWFUL_CONDUCT =
  '(?:' +
  [
    // "its exports comply with the sanctions" (not "to comply", "must comply", "demanded that X comply")
    COMPLIANCE_ASKED + '(?:complies|complied|comply|complying)\\s+(?:(?:fully|strictly|entirely)\\s+)?with\\s+(?:(?:the|all|its|their|our|every|applicable|relevant|existing|international|domestic|national|local)\\s+)*(?:[\\w-]+\\s+){0,2}?(?:laws?|rules|regulations|sanctions|resolutions?|obligations|embargo(?:es)?|norms|standards|requirements|treat(?:y|ies)|conventions?)',
    // "the coast guard conducted its patrol in full compliance with the law", "had acted in line with international law"
    '(?<!\\bto\\s)(?:acted|acts|operated|operates|behaved|behaves|conducted|conducts|carried\\s+out|carries\\s+out|performed|performs|undertook|undertakes|took|takes|taken)\\s+(?:[\\w\'\\u2019-]+\\s+){0,4}?["\\u201c]?(?:(?:fully|entirely|strictly|wholly)\\s+)?in\\s+(?:full\\s+|strict\\s+|complete\\s+)?(?:accordance|compliance|conformity|line)\\s+with\\s+(?:the\\s+|all\\s+)?(?:[\\w-]+\\s+){0,2}?(?:laws?|regulations|rules|norms|procedures|conventions?|mandate|obligations|standards)',
    // 'the activists had been "prosecuted in line with the law"' (legal process defended)
    '(?:was|were|is|are|been|being)\\s+["\\u201c]?(?:tried|prosecuted|detained|arrested|sentenced|convicted|jailed|expelled|deported|seized|searched|questioned|interrogated)\\s+["\\u201c]?(?:(?:fully|entirely|strictly)\\s+)?in\\s+(?:full\\s+|strict\\s+)?(?:accordance|compliance|conformity|line)\\s+with\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:laws?|regulations|rules|procedures|constitution|code)',
  ].join('|') +
  ')';
const LAWFUL_CONDUCT_KEYS = ['complies with', 'complied with', 'comply with', 'complying with', 'fully with', 'strictly with', 'entirely with', 'accordance with', 'compliance with', 'conformity with', 'line with'];

/** Ignorance of a wrong ('he "had no idea" the money was stolen', "had no idea the firm was doing anything sinister"): "did not know" is the `innocence` entry's. */
const NO_IDEA = '(?:had|has|have|[\'\\u2019]d)\\s+(?:absolutely\\s+)?no\\s+idea["\\u201d]?\\s+(?:\\S+\\s+){0,8}?' + KNOWN_WRONG;

/**
 * Harm nouns with their doer (session 6, frame `noun`): "a wave of cyber attacks by Norland", "a
 * deliberate massacre of villagers by the army of X", "a grave violation of our airspace by X".
 * Only with a "by" agent (the lookahead; an "of" phrase may come between); a speaker is required
 * as for every `noun` claim.
 */
const WRONG_BY =
  '(?:(?:hybrid|cyber|terrorist|armed|drone|missile|rocket|deliberate|indiscriminate)\\s+)?(?:attacks?|cyber-?attacks?|massacres?|killings?|bombings?|bombardments?|shelling|incursions?|provocations?|sabotage|espionage|interference|meddling|violations?\\s+of\\s+(?:[\\w\'\\u2019-]+\\s+){0,3}?(?:sovereignty|airspace|borders?|territory|territorial\\s+\\w+|international\\s+law|ceasefire|truce))' +
  '(?=\\s+(?:of\\s+(?:[\\w\'\\u2019-]+\\s+){1,4}?)?(?:(?:carried\\s+out|committed|perpetrated|conducted|waged|launched|orchestrated|organi[sz]ed|directed|ordered|sponsored|coordinated|planned)\\s+)?by\\s)';
/**
 * A state's campaign against others, told as part of a pattern (session 8, frame `noun`, the doer a
 * country adjective or a "by" agent): "was part of a broader Russian government effort to undermine
 * trust in the courts", "a Norlandic campaign to intimidate exiles", "an attempt by X to destabilise".
 * Said by a speaker only; "efforts to undermine" with no doer named gives nothing (the `noun` frame
 * needs a doer).
 */
export const STATE_CAMPAIGN =
  '(?:efforts?|campaigns?|attempts?|bids?|drive|operations?|strateg(?:y|ies)|plots?)(?=\\s+(?:by\\s+(?:[\\w\'\\u2019.-]+\\s+){1,4}?)?to\\s+(?:undermine|destabili[sz]e|interfere|meddle|sabotage|subvert|intimidate|coerce|discredit|manipulate|sow|silence|infiltrate|spy|steal|hack|disrupt)\\b)';
const STATE_CAMPAIGN_KEYS = ['to undermine', 'to destabili', 'to interfere', 'to meddle', 'to sabotage', 'to subvert', 'to intimidate', 'to coerce', 'to discredit', 'to manipulate', 'to sow', 'to silence', 'to infiltrate', 'to spy', 'to steal', 'to hack', 'to disrupt'];
const WRONG_BY_KEYS = ['attack', 'massacre', 'killing', 'bombing', 'bombardment', 'shelling', 'incursion', 'provocation', 'sabotage', 'espionage', 'interference', 'meddling', 'violation'];

/**
 * Wrongs a state does that a country adjective names the doer of (session 6, frame `noun`, read by
 * src/extract/claims/evaluative.ts): "Russian aggression", "Chinese espionage", "Iranian interference".
 * Said by a speaker only; "amid Russian aggression", "the threat of Chinese espionage", "countering
 * Russian interference" give nothing.
 */
const STATE_WRONG_KEYS = ['aggression', 'espionage', 'interference', 'meddling', 'repression'];
export const STATE_WRONG_NOUNS = '(?:' + STATE_WRONG_KEYS.join('|') + ')';

/** Words of accusation or criticism a lawful-conduct statement answers (`answersCriticism`): within the sentence or the ~400 characters before it. */
export const ANSWERED_CONTEXT = '(?:accus\\w*|alleg\\w*|charg(?:e|es|ed)|blam\\w*|critici[sz]\\w*|condemn\\w*|denounc\\w*|violat\\w*|breach\\w*|illegal\\w*|unlawful\\w*|abus\\w*|persecut\\w*|arrest\\w*|detain\\w*|detention|sanction\\w*|lawsuit|sued|complaints?|investigat\\w*|probe|inquiry|protest\\w*|outcry|deny|denied|denies|reject\\w*|crackdown|repression|rights\\s+groups)';

/** The entries of this block, appended to EVALUATIVE (after the accusation entries: an earlier entry wins a shared span). */
const DENIAL_EVALUATIVE: readonly EvaluativeEntry[] = [
  { id: 'falsity', frame: 'dismissal', pattern: FALSITY_BROAD, confidence: 0.5, keys: FALSITY_BROAD_KEYS },
  { id: 'discredit', frame: 'dismissal', pattern: DISCREDIT, confidence: 0.45, keys: DISCREDIT_KEYS, accusationOnly: true },
  { id: 'innocence', frame: 'innocent', pattern: INNOCENCE, confidence: 0.5, keys: INNOCENCE_KEYS },
  { id: 'restraint', frame: 'innocent', pattern: RESTRAINT, confidence: 0.5, keys: RESTRAINT_KEYS },
  { id: 'vindication', frame: 'innocent', pattern: VINDICATION, confidence: 0.5, keys: VINDICATION_KEYS },
  { id: 'lawful-act', frame: 'innocent', pattern: LAWFUL_ACT, confidence: 0.45, keys: ['legal', 'lawful', 'legitimate', 'proper', 'above board', 'above-board'] },
  // Session 6: negated and lawful acts, reported speech only.
  { id: 'never-done', frame: 'innocent', pattern: NEVER_DONE, confidence: 0.5, keys: ['never', 'at no time', 'not and will', 'not and would', "n't and will", "n't and would", 'n\u2019t and will', 'n\u2019t and would'], speakerOnly: true, ownSide: true },
  { id: 'lawful-conduct', frame: 'innocent', pattern: LAWFUL_CONDUCT, confidence: 0.45, keys: LAWFUL_CONDUCT_KEYS, speakerOnly: true, answersCriticism: true },
  { id: 'no-idea', frame: 'innocent', pattern: NO_IDEA, confidence: 0.5, keys: ['no idea'], speakerOnly: true },
];

/**
 * An act called deliberate (session 6): '"This was a deliberate and cowardly act," the minister
 * said', '"It was a premeditated massacre"', "the blast was no accident". Intent turns a harm
 * into a wrong someone did: the speaker accuses its doer (named by the context: the accusation
 * told just before, or the doer the article gave "the attack"). Only acts of harm: "a deliberate
 * decision to invest", "a deliberate attempt to win" are none.
 */
const DELIBERATE_ACT =
  'an?\\s+(?:deliberate|premeditated|intentional|calculated|cold-blooded)(?:\\s*,?\\s+(?:and\\s+)?[a-z-]+)?\\s+(?:act|attack|strike|massacre|provocation|plot|killing|murder|assault|sabotage|escalation|ramming|bombing|shelling|aggression)(?!\\s+of\\s+(?:kindness|goodwill|generosity|faith|love|courage|solidarity|defiance|protest))' +
  '|(?:deliberate|premeditated|intentional|no\\s+accident|not\\s+an\\s+accident)(?=\\s*(?:[,.;!?"\u201d]|$))';
/** What a bare "was deliberate / no accident" must be said of: a demonstrative, or an act of harm or damage. */
export const DELIBERATE_SUBJECT =
  '(?:this|that|it|(?:the|this|that|their|its|his|her)\\s+(?:[\\w-]+\\s+){0,2}(?:attacks?|strikes?|massacre|killings?|murders?|shooting|bombing|shelling|blast|explosion|fire|arson|sabotage|damage|collision|ramming|crash|sinking|cut|poisoning|leak|outage|incident|provocation))';

/** Accusation entries of session 6 (after the `noun` entry: it keeps the spans both match). */
const WRONG_NOUN_EVALUATIVE: readonly EvaluativeEntry[] = [
  { id: 'wrong-by', frame: 'noun', pattern: WRONG_BY, confidence: 0.45, keys: WRONG_BY_KEYS },
  { id: 'state-wrong', frame: 'noun', pattern: STATE_WRONG_NOUNS, confidence: 0.45, keys: STATE_WRONG_KEYS },
  { id: 'state-campaign', frame: 'noun', pattern: STATE_CAMPAIGN, confidence: 0.45, keys: STATE_CAMPAIGN_KEYS },
];

export const EVALUATIVE: readonly EvaluativeEntry[] = [
  // First: one scan takes the first entry that matches at a place, and "corruption case" must not be read as the noun "corruption".
  { id: 'case', frame: 'case', pattern: CRIME_CASE, confidence: 0.45, keys: ['war-crime', 'laundering', 'corruption', 'bribery', 'graft', 'fraud', 'embezzlement', 'espionage', 'spying', 'terror', 'treason', 'sedition', 'murder', 'manslaughter', 'rape', 'sexual', 'evasion', 'extortion', 'abuse', 'hacking', 'smuggling', 'trafficking', 'war crime', 'insider', 'racketeering'] },
  { id: 'predicate', frame: 'predicate', pattern: WRONGFUL_PREDICATES, confidence: 0.5, keys: ['campaign of', 'campaign to', 'gang of', 'band of', 'bunch of', 'pack of', 'den of', 'clique of', 'monger', 'complicity', 'arbitrary', 'unconstitutional', 'illegal', 'unlawful', 'illegitimate', 'motivated', 'corrupt', 'criminal', 'fraudulent', 'fake', 'rigged', 'unjust', 'abusive', 'inhumane', 'discriminatory', 'complicit', 'crime', 'violation', 'breach', 'travesty', 'miscarriage', 'act of', 'form of', 'front', 'sponsor of'] },
  { id: 'deliberate-act', frame: 'predicate', pattern: DELIBERATE_ACT, confidence: 0.45, keys: ['deliberate', 'premeditated', 'intentional', 'calculated', 'cold-blooded', 'no accident', 'not an accident'] },
  // "called the decision … a blatant case of …" (longer than the cue lexicon's label-verb reads), "what he called …"
  { id: 'label', frame: 'label', pattern: '(?:called|calls|calling|termed|terms|branded|brands|labell?ed|labels|dubbed|dubs|described\\s+as|describes\\s+as|referred\\s+to\\s+as|refers\\s+to\\s+as)(?=(?:\\s+\\S+){1,14}?\\s+(?:an?\\s+|the\\s+)?["\\u201c\\u2018]?(?:[\\w-]+\\s+){0,3}?' + WRONGFUL_LABELS + '\\b)', confidence: 0.45, keys: ['called', 'calls', 'calling', 'termed', 'terms', 'branded', 'brands', 'label', 'dubbed', 'dubs', 'described as', 'describes as', 'referred to as', 'refers to as'] },
  { id: 'dismissal', frame: 'dismissal', pattern: DISMISSIVE, confidence: 0.55, keys: ['founded upon', 'rest upon', 'rested upon', 'rely upon', 'solely on', 'solely upon', 'entirely on', 'entirely upon', 'only on', 'only upon', 'purely on', 'purely upon', 'largely on', 'largely upon', 'half-truth', 'false', 'untrue', 'absurd', 'ridiculous', 'preposterous', 'laughable', 'nonsens', ' lie', 'fiction', 'invention', 'merit', 'basis', 'foundation', 'fake', 'hoax', 'sham', 'smear', 'witch', 'fabrication', 'farce', 'provocation', 'slander', 'defamatory', 'invented', 'made up', 'lies', 'falsehood', 'stunt', 'theat', 'fairy', 'fantas', 'distortions', 'propaganda', 'disinformation', 'misinformation', 'hysteria', 'paranoia', 'not true', 'no basis', 'no factual basis', 'no legal basis', 'no foundation', 'no merit', 'devoid of', 'from the truth', 'based on', 'based upon', 'built on', 'built upon', 'founded on', 'rests on', 'rested on', 'rest on', 'relies on', 'relied on', 'rely on', 'relied upon', 'relies upon', 'rests upon'] },
  { id: 'noun', frame: 'noun', pattern: WRONGDOING_NOUNS, confidence: 0.45, keys: ['strategy of', 'policy of', 'campaign of', 'pattern of', 'practice of', 'programme of', 'program of', 'malicious', 'corruption', 'persecution', 'repression', 'oppression', 'discrimination', 'exploitation', 'harassment', 'intimidation', 'mistreatment', 'ill-treatment', 'torture', 'abuse', 'violations', 'misconduct', 'wrongdoing', 'criminali', 'weaponi', 'disregard', 'affront', 'crackdown', 'aggression', 'war crimes', 'against humanity', 'genocide', 'ethnic cleansing', 'atrocities', 'apartheid'] },
  { id: 'victim', frame: 'victim-passive', pattern: VICTIM_PARTICIPLES, confidence: 0.45, keys: ['because of my', 'because of our', 'because of doing', 'wrongfully', ' for what', ' for doing', 'because of what', ' for his ', ' for her ', ' for their ', ' for my ', ' for our ', 'because of his', 'because of her', 'because of their', 'raped', 'sexually', 'abducted', 'kidnapped', 'tormented', 'harassed', 'persecuted', 'threatened', 'intimidated', 'tortured', 'abused', 'assaulted', 'beaten', 'mistreated', 'ill-treated', 'surveilled', 'spied', 'blackmailed', 'coerced', 'victimi'] },
  // "used power for his own benefit", "abused his position to", "enriched himself"
  { id: 'abuse-of-position', frame: 'verb', pattern: '(?:abused|abuses|abusing|misused|misuses|misusing)\\s+(?:(?:his|her|their|its)\\s+)?(?:(?:political|public|official|state|government)\\s+)?(?:power|position|office|authority|influence)|(?:used|uses|using|exploited|exploits|exploiting)\\s+(?:(?:his|her|their|its)\\s+)?(?:(?:political|public|official|state|government)\\s+)?(?:power|position|office|authority|influence)\\s+["\\u201c]?(?:for\\s+(?:(?:his|her|their|its)\\s+own|personal|private|political)|to\\s+(?:enrich|benefit|reward|punish|silence|intimidate|target|persecute|protect\\s+(?:himself|herself|themselves)))|(?:enriched|enriches|enriching|enrich)\\s+(?:himself|herself|themselves|itself)', confidence: 0.5, keys: ['abus', 'misus', 'enrich', 'for his own', 'for her own', 'for their own', 'for its own', 'for personal', 'for private', 'for political', 'to benefit', 'to reward', 'to punish', 'to silence', 'to intimidate', 'to target', 'to persecute', 'to protect'] },
  // "engaged in secessionist activity", "took part in criminal schemes"
  { id: 'engaged-in', frame: 'verb', pattern: '(?:engaged|engages|engaging|participated|participates|participating|took\\s+part|takes\\s+part)\\s+in\\s+(?:(?:a|an|the|years\\s+of|acts\\s+of)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:secessionist|criminal|illegal|illicit|corrupt|terrorist|fraudulent|subversive|espionage|money[\\s-]laundering|wrongdoing|misconduct|smuggling|trafficking|bribery|corruption|fraud|sabotage|torture|war\\s+crimes|atrocities)', confidence: 0.5, keys: ['engag', 'participat', 'took part', 'takes part'] },
  // "Iran ignoring international concerns", "X flouted UN resolutions", "reneged on the deal"
  { id: 'defiance', frame: 'verb', pattern: '(?:ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?|defy|defying|defie[sd]|flout(?:s|ed|ing)?|breach(?:es|ed|ing)?|violat(?:e|es|ed|ing)|reneg(?:e|es|ed|ing)\\s+on)\\s+(?:(?:the|its|their|his|her|repeated|international|global|all)\\s+)*(?:[\\w-]+\\s+){0,2}?(?:concerns|warnings|calls|demands|resolutions?|obligations|commitments|rulings?|court\\s+orders?|orders|law|laws|sanctions|ceasefire|truce|agreements?|treaty|treaties|deal|norms|rules|constitution|sovereignty|territorial\\s+integrity|airspace|borders?|human\\s+rights)', confidence: 0.45, keys: ['ignor', 'disregard', 'defy', 'defie', 'flout', 'breach', 'violat', 'reneg'] },
  // "China uses vague national security laws to suppress dissent": the tool is named between.
  { id: 'instrument', frame: 'verb', pattern: '(?:uses|used|using|exploits|exploited|exploiting|wields|wielded)\\s+(?:[\\w\\u2019\'-]+\\s+){1,7}?to(?=\\s+(?:silence|suppress|persecute|intimidate|harass|punish|crush|muzzle|target|jail|imprison|attack|undermine|evade|circumvent|conceal|launder|steal|spy\\s+on|threaten|repress|stifle|censor|interfere|meddle|derail|sabotage|destabili[sz]e|discredit|smear|incite)\\b)', confidence: 0.5, keys: ['to interfere', 'to meddle', 'to derail', 'to sabotage', 'to destabili', 'to discredit', 'to smear', 'to incite', 'to silence', 'to suppress', 'to persecute', 'to intimidate', 'to harass', 'to punish', 'to crush', 'to muzzle', 'to target', 'to jail', 'to imprison', 'to attack', 'to undermine', 'to evade', 'to circumvent', 'to conceal', 'to launder', 'to steal', 'to spy', 'to threaten', 'to repress', 'to stifle', 'to censor'] },
  { id: 'finding', frame: 'finding', pattern: FINDING_VERBS + '(?=\\s+that\\b)', confidence: 0.5, keys: ['ruled', 'rules', 'prove', 'reveal', 'found', 'finds', 'determine', 'showed', 'shown', 'shows', 'establish', 'conclude', 'uncover', 'demonstrate', 'confirm'] },
  { id: 'linked', frame: 'linked', pattern: '(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:\\w+ly\\s+|also\\s+)?(?:(?:linked|tied|connected)\\s+to|(?:associated|connected|affiliated)\\s+with)', confidence: 0.45, keys: ['linked', 'tied', 'connected', 'associated', 'affiliated'] },
  { id: 'in-connection', frame: 'in-connection', pattern: '(?:in\\s+connection\\s+with|to\\s+(?:settle|resolve)\\s+(?:\\w+\\s+){0,2}?(?:claims|charges|allegations)\\s+(?:of|over|related\\s+to))(?=\\s+(?:\\w+\\s+){0,2}?(?:violations?|breach(?:es)?|misconduct|fraud|crimes?|bribery|corruption|money\\s+laundering|sanctions\\s+evasion|the\\s+misconduct)\\b)', confidence: 0.5, keys: ['connection', 'settle', 'resolve'] },
  { id: 'contempt', frame: 'contempt', pattern: '(?:hold|holds|held|holding)(?=\\s+(?:[^.;]{1,160}?)\\s+in\\s+(?:criminal\\s+|civil\\s+)?contempt\\b)', confidence: 0.6, keys: ['contempt'] },
  // "responsibility for the deaths lies with X", "the fault lay squarely with X", "those responsible for the massacre were X",
  // "the campaign bore the hallmarks of X" (an inference: hedged)
  { id: 'responsibility', frame: 'responsibility', pattern: RESPONSIBILITY_PLACED, confidence: 0.5, keys: ['evidence', 'signs', 'clues', 'trail', 'ly responsible', 'points to', 'point to', 'pointed to', 'points at', 'point at', 'pointed at', 'leads to', 'lead to', 'led to', 'leads back', 'led back', 'points directly', 'points clearly', 'points squarely', 'point directly', 'pointed directly', 'lies', 'lay ', 'lie ', 'rests', 'rested', 'those responsible', 'people responsible', 'men responsible', 'ones responsible', 'individuals responsible', 'perpetrators responsible', 'hallmark', 'fingerprints', 'signature of', 'signs of', 'trademark', 'work of', 'doing of'] },
  // "she did not lie", "he has done nothing wrong", "is not a criminal", "was perfectly legal",
  // "was not behind the attack", "had no role in", "bears no responsibility for"
  { id: 'innocent', frame: 'innocent', pattern: '(?:did\\s+not|didn[\'\\u2019]t|never)\\s+(?:lie|lied|steal|stole|cheat|cheated|commit\\s+(?:any|a)\\s+crime)|(?:is|was|are|were)\\s+not\\s+(?:a\\s+)?(?:liars?|criminals?|thie(?:f|ves)|terrorists?|spies|spy|traitors?|guilty)|(?:has|have|had)\\s+(?:done|committed)\\s+nothing\\s+(?:wrong|illegal|unlawful|criminal)|(?:did|does|do)\\s+nothing\\s+(?:wrong|illegal|unlawful)|committed\\s+no\\s+(?:crime|offen[cs]e|wrongdoing)|(?:is|was|are|were)\\s+(?:entirely\\s+|perfectly\\s+|completely\\s+|fully\\s+)?(?:a\\s+)?(?:legitimate|lawful|legal)\\s+(?:tool|business|company|organi[sz]ation|activity|service|product|transaction|trade|use)s?|(?:is|are|was|were|be|been)\\s+not\\s+(?:\\w+ly\\s+)?(?:behind|responsible\\s+for|to\\s+blame\\s+for)|(?:isn|aren|wasn|weren)[\'\\u2019]t\\s+(?:\\w+ly\\s+)?(?:behind|responsible\\s+for|to\\s+blame\\s+for)|(?:had|has|have|played|plays|play)\\s+no\\s+(?:\\w+\\s+)?(?:role|part|hand|involvement)\\s+in|(?:bears?|bore|has|have|had|accepts?|accepted)\\s+no\\s+(?:\\w+\\s+)?responsibility\\s+for|(?:had|has|have)\\s+no\\s+(?:prior\\s+)?knowledge\\s+of|(?:it\\s+is|it[\'\\u2019]s|this\\s+is|that\\s+is|that[\'\\u2019]s)\\s+(?:simply\\s+|just\\s+|absolutely\\s+|completely\\s+|totally\\s+)?(?:not\\s+true|untrue|false|a\\s+lie|a\\s+fabrication)|(?:does|do|did|has|have|had)(?:\\s+not|n[\'\\u2019]t|\\s+never)\\s+(?:(?:deliberately|intentionally|knowingly|ever)\\s+)?(?:target(?:ed)?|attack(?:ed)?|kill(?:ed)?|tortur(?:e|ed)|arm(?:ed)?|fund(?:ed)?|financ(?:e|ed)|sponsor(?:ed)?|harbou?r(?:ed)?|suppl(?:y|ied)|hack(?:ed)?|interfer(?:e|ed)|meddl(?:e|ed)|brib(?:e|ed)|launder(?:ed)?|smuggl(?:e|ed)|violat(?:e|ed)|br(?:eak|oken)\\s+(?:any|the)\\s+laws?)|(?:(?:he|she|they|I|we|it|(?:my|his|her|our|their)\\s+clients?)\\s+(?:is|was|are|were|am)|I[\'\\u2019]m|(?:he|she|it)[\'\\u2019]s|they[\'\\u2019]re|we[\'\\u2019]re)\\s+(?:\\w+ly\\s+)?innocent|(?:maintain\\w*|protest\\w*|proclaim\\w*|assert\\w*|insist\\w*\\s+on|declar\\w*|profess\\w*)\\s+(?:his|her|their|its|my|our)\\s+innocence|(?<!\\bto\\s)(?:complies|complied|comply|complying)\\s+(?:fully\\s+|strictly\\s+)?with\\s+(?:all|every)\\s+(?:[\\w-]+\\s+){0,2}?(?:laws?|regulations|rules|sanctions|requirements)|(?<!\\bto\\s)(?:acted|acts|operated|operates|behaved)\\s+(?:(?:entirely|fully|always|strictly)\\s+)?(?:lawfully|legally|within\\s+the\\s+law|in\\s+(?:full\\s+)?(?:accordance|compliance)\\s+with\\s+(?:the\\s+|all\\s+)?(?:[\\w-]+\\s+)?(?:laws?|regulations|rules))|(?:I|we)(?:\\s+have|\\s+had|[\'\\u2019]ve|[\'\\u2019]d)?\\s+never\\s+(?:\\w+ly\\s+)?(?:sold|supplied|shipped|carried|transported|provided|sent|delivered|exported|paid|received|accepted|took|taken|financed|funded|armed|trained|hosted|ordered|authori[sz]ed|sponsored|hacked|attacked|targeted|spied|interfered|meddled|bribed|stolen|smuggled)', confidence: 0.55, keys: ['fully with', 'strictly with', 'not true', 'false', 'a lie', 'a fabrication', ...NOT_DONE_KEYS, "it is not true", "it's not true", 'it\u2019s not true', 'is not true', 'untrue', 'is false', "'s false", '\u2019s false', 'is a lie', "'s a lie", '\u2019s a lie', 'is a fabrication', 'innocent', 'innocence', 'no knowledge', 'no prior knowledge', 'complies with', 'complied with', 'comply with', 'complying with', 'within the law', 'accordance with', 'compliance with', 'i never', 'we never', 'have never', 'had never', "'ve never", "'d never", '\u2019ve never', '\u2019d never', 'not lie', 'not steal', 'not stole', 'not cheat', 'not commit', 'n\'t lie', 'n\'t steal', 'n\'t stole', 'n\'t cheat', 'n\'t commit', 'n\u2019t lie', 'n\u2019t steal', 'n\u2019t stole', 'n\u2019t cheat', 'n\u2019t commit', 'never lie', 'never steal', 'never stole', 'never cheat', 'never commit', 'not a ', 'not guilty', 'not crim', 'not thie', 'not terror', 'not spies', 'not spy', 'not traitor', 'not liar', 'nothing wrong', 'nothing illegal', 'nothing unlawful', 'nothing criminal', 'no crime', 'no offen', 'no wrongdoing', 'legitimate', 'lawful', 'legal', 'not behind', 'not responsible', 'not to blame', 'ly behind', 'ly responsible', 'ly to blame', 'n\'t behind', 'n\'t responsible', 'n\'t to blame', 'n\u2019t behind', 'n\u2019t responsible', 'n\u2019t to blame', 'role in', 'part in', 'hand in', 'involvement in', 'responsibility for'] },
  // Rebuttals without a denial verb (session 4): "he was a programmer, not a criminal", "had no links to any
  // government", "was entrapped", "only told the truth", "no one is jailed for their views", "the army only
  // targets military positions", "has always fully complied with the sanctions", "was conducted in full
  // accordance with international law", "the deal is fully transparent and lawful", "its nuclear programme is
  // entirely peaceful", "a legitimate exercise of its right to self-defence", "has never knowingly supplied weapons".
  { id: 'rebuttal', frame: 'innocent', pattern: REBUTTALS, confidence: 0.5, keys: REBUTTAL_KEYS },
  // Broader denial vocabulary (session 5), kept in its own block above.
  ...DENIAL_EVALUATIVE,
  ...WRONG_NOUN_EVALUATIVE,
];

/**
 * What the complement of a finding verb must hold to be an accusation (besides the harm
 * verbs and harm words of src/lexicons/cues.ts): "the probe found that X concealed …".
 */
export const FINDING_WRONG =
  '(?:conceal\\w*|took|taken|lied|deceiv\\w*|misled|mislead\\w*|falsif\\w*|fabricat\\w*|forg(?:ed|ery)|cheat\\w*|divert\\w*|misappropriat\\w*|embezzl\\w*|brib\\w*|kickbacks?|unlawful\\w*|illegal\\w*|arbitrary|unconstitutional|violat\\w*|breach\\w*|wrongdoing|misconduct|abus\\w*|crim\\w*|front\\s+compan\\w*|evad\\w*|evasion|chlorine|sarin|nerve\\s+agents?|chemical\\s+weapons?|barrel\\s+bombs?|cluster\\s+(?:bombs?|munitions))';

/** Weapons programmes an actor may be linked to (the `linked` frame, besides the harm words). */
export const LINKED_WRONG =
  '(?:(?:ballistic\\s+)?missile\\s+programs?|(?:ballistic\\s+)?missile\\s+programmes?|(?:nuclear|chemical|biological)\\s+weapons?(?:\\s+programs?|\\s+programmes?)?|weapons\\s+of\\s+mass\\s+destruction|terror\\w*|militants?|extremists?|organi[sz]ed\\s+crime|cartels?|money\\s+laundering|espionage|spy(?:ing)?|hack\\w*|fraud|corruption|bribery|smuggling|trafficking|sanctions\\s+evasion)';

/**
 * Speakers the text leaves unnamed ("press freedom groups say", "experts said", "media
 * groups said"): the statement is attributed, its claimants are empty (GUIDELINES
 * "Unnamed accusers").
 */
export const UNNAMED_SPEAKERS =
  '(?:(?:the|a|an|one|his|her|their|its)\\s+(?:[\\w.-]+\\s+){0,2}(?:minister|spokes(?:man|woman|person)|official|prosecutor|lawyer|attorney|judge|diplomat|source|witness|analyst|expert|activist|researcher|investigator|officer|statement|office|panel|watchdog|mission)|(?:[\\w-]+\\s+){0,3}(?:groups?|organi[sz]ations|experts?|critics|activists|analysts|observers|officials|sources|advocates|lawyers|investigators|prosecutors|campaigners|residents|witnesses|opponents|rights\\s+defenders|watchdogs?|monitors|diplomats|members(?:\\s+of\\s+(?:the\\s+)?[\\w\\s-]{1,40}?)?))';
/**
 * What may follow an unnamed speaker's verb at the end of the sentence: up to three words ("said
 * on Friday"), or where it was said ("said in a report released Monday", "said in a statement
 * posted on its website").
 */
export const UNNAMED_SPEECH_TAIL =
  '(?:\\s+(?:in|on)\\s+(?:a|an|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:report|statement|letter|post|interview|briefing|news\\s+conference|press\\s+conference)(?:\\s+\\S+){0,5}|(?:\\s+\\S+){0,3})';
export const UNNAMED_SPEECH_VERBS = '(?:say|says|said|told|allege|alleged|alleges|claim|claimed|claims|contend|contended|argue|argued|accuse|note|noted|warn|warned|report|reported)';

/** Nouns for an accusation: their subject or object status makes a dismissive word a denial. */
export const ACCUSATION_NOUNS = '(?:accusations?|allegations?|claims?|charges|reports?|assertions?|suggestions?|insinuations?|rumou?rs?|stories|story|articles?|dossiers?|indictment|characteri[sz]ations?|portrayals?|accounts?)';

/**
 * What a denier may call false besides an accusation noun: the lawsuit, case, sanctions
 * or measures built on one ("the lawsuit is meritless", "called the sanctions based on
 * lies"). Only for words of falsity (the `dismissal` frame): "the case is politically
 * motivated" stays an accusation of the state that acts (GUIDELINES).
 */
/** Words of falsity: an accusation or measure labelled with one is denied, not an accusation ("called the sanctions based on lies"). */
export const FALSITY_WORDS = '(?:lies|lying|liars?|fabricat\\w*|hoax|fake|false|untrue|smear|slander\\w*|propaganda|disinformation|misinformation|baseless|groundless|unfounded|hysteria|fiction|absurd|nonsense)';

// ("the idea that he is a spy is absurd": an idea or notion only with its that-clause)
export const DISMISSED_NOUNS = '(?:' + ACCUSATION_NOUNS.slice(3, -1) + '|(?:idea|notion|suggestion|insinuation|theory)(?=\\s+that\\b)|lawsuits?|suits?|complaints?|indictments|cases?|sanctions|measures|verdicts?|investigations?|probes?|findings|conclusions|evidence|version\\s+of\\s+events|narratives?|statements?)';

/** Verbs of viewing that frame an evaluation as held by nobody named: "is widely viewed as", "is seen as". */
export const VIEWED_AS = '(?:viewed|seen|regarded|considered|perceived|deemed|described|denounced|criticized|criticised)';

/**
 * Contexts where a wrongdoing noun names a fight against it, not a wrong by anyone:
 * "a drive to fight corruption", "anti-corruption reforms", "counter-terrorism".
 */
export const AGAINST_WRONG = '(?:fight(?:s|ing)?|fought|combat(?:s|ing|ting)?|tackl(?:e|es|ed|ing)|prevent(?:s|ed|ing)?|curb(?:s|ed|ing)?|root(?:ing)?\\s+out|crack(?:ing)?\\s+down\\s+on|stamp(?:ing)?\\s+out|end(?:ing)?|investigat(?:e|es|ed|ing)|prosecut(?:e|es|ed|ing)|punish(?:es|ed|ing)?|against|anti-|counter-|free\\s+(?:of|from)|protect(?:s|ed|ing)?\\s+(?:\\w+\\s+){0,3}from)';
