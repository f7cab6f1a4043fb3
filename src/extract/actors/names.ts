import type { ActorType } from '../../types/index.ts';
import { PERSON_TITLES, ROLE_WORDS, OFFICE_ROLE_WORDS, ORG_APPOSITION_HEADS, TITLE_HEADS, SPEECH_VERBS, EAST_ASIAN_SURNAMES, PERSON_OBJECT_VERBS, PERSON_SUBJECT_VERBS, type PersonTitle } from '../../lexicons/titles.ts';
import { ORG_SUFFIXES, ORG_PREFIXES, NAME_STOPWORDS, PLACE_END_WORDS, INDUSTRY_SUFFIXES, PLACE_MEDIA_WORDS } from '../../lexicons/org-patterns.ts';
import { MEDIA_HEAD_NOUNS, MEDIA_HEAD_THINGS, MEDIA_REPORT_VERBS, MEDIA_TOLD_VERBS } from '../../lexicons/media.ts';
import { THREAT_GROUP_HEADS, THREAT_GROUP_INTROS } from '../../lexicons/threat-groups.ts';
import { lexiconKinds } from '../../nlp/compromise.ts';
import { EVENT_NAME_HEADS } from '../../lexicons/non-actors.ts';
import { tokenize, isCapitalised, isAllCaps, isPossessiveMark, isApostropheOrPossessive, isOpeningQuote, isClosingQuote, type Token, type WordTest } from './tokens.ts';

/**
 * Capitalised-name recognition: runs of capitalised tokens not covered by the
 * gazetteer, classified by the evidence around them (a title before, an organisation
 * suffix at the end, an age or role in apposition, a known first name). What stays
 * unknown is handed to compromise by the caller.
 */
export interface NameSpan {
  readonly from: number;
  readonly to: number;
  /** null: not classified yet (candidate for compromise / surname merging). */
  readonly type: ActorType | null;
  readonly reason: string;
  readonly title?: PersonTitle;
  /** Token range of the title, when one precedes the name. */
  readonly titleFrom?: number;
  /** A role word of office precedes from `titleFrom`: the body named right before it is the affiliation. */
  readonly roleBody?: boolean;
  /** Token index range of an alias given by "aka"/"also known as" right after. */
  readonly aka?: { readonly from: number; readonly to: number };
  /** The last token is a possessive that lost its apostrophe: the name ends before its "s" ("Criminal Divisions Fraud Section"). */
  readonly lostPossessive?: boolean;
  /** Token index of a family name this given name shares with the next person ("brothers Tomas and Ivo Brandt"). */
  readonly sharedSurname?: number;
}

interface Trie {
  readonly next: Map<string, Trie>;
  end?: PersonTitle;
}

let titleTrie: Trie | undefined;

function titles(): Trie {
  if (titleTrie) return titleTrie;
  const root: Trie = { next: new Map() };
  for (const t of PERSON_TITLES) {
    let n = root;
    for (const tok of tokenize(t.title)) {
      const k = tok.text.toLowerCase();
      let c = n.next.get(k);
      if (!c) {
        c = { next: new Map() };
        n.next.set(k, c);
      }
      n = c;
    }
    n.end ??= t;
  }
  titleTrie = root;
  return root;
}

/** The longest title starting at token `i` (capitalised as written), as [end index, title]. */
export function titleAt(tokens: readonly Token[], i: number, limit = tokens.length): [number, PersonTitle] | undefined {
  // a title is written capitalised: a lowercase first word opens none
  const head = tokens[i];
  if (head === undefined || !head.cap || i >= limit) return undefined;
  let n: Trie | undefined = titles();
  let best: [number, PersonTitle] | undefined;
  for (let j = i; j < limit && n; j++) {
    n = n.next.get(tokens[j]!.lower);
    if (!n) break;
    if (n.end) best = [j + 1, n.end];
  }
  return best;
}

const SUFFIX = new Map(ORG_SUFFIXES.map((s) => [s.word, s.type]));
/** Last words of the threat-group intros ("the group called"): the intro is built only after one. */
const INTRO_LAST_WORDS = new Set(THREAT_GROUP_INTROS.map((p) => p.slice(p.lastIndexOf(' ') + 1)));
const SUFFIX_LOWER = new Map(ORG_SUFFIXES.map((s) => [s.word.toLowerCase(), s.type]));
const PREFIX = new Map(ORG_PREFIXES.map((s) => [s.word, s.type]));
const STOP = new Set(NAME_STOPWORDS);
const ROLES = new Set(ROLE_WORDS);
const ORG_HEADS = new Map(ORG_APPOSITION_HEADS.map((h) => [h.word, h.type]));
const CONNECTORS = new Set(['of', 'for', 'de', 'al', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'da', 'dos', 'del', 'y', 'on', 'the', 'and', '&', 'el', 'ul', 'e', 'di', 'des', 'las', 'los']);
const NAME_PARTICLES = new Set(['de', 'al', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'da', 'dos', 'del', 'el', 'ul', 'di', 'des', 'las', 'los']);
/** Nouns whose possessive sits inside a body's name: plurals ("People's", "Workers'") and the crown ("Court of King's Bench"). */
const PLURAL_POSSESSORS = new Set(['King', 'Queen', 'People', 'Women', 'Children', 'Men', 'Workers', 'Farmers', 'Veterans', 'Citizens', 'Nations', 'Peoples', 'Students', 'Journalists', 'Lawyers', 'Mothers', 'Teachers', 'Employees', 'Officers', 'Doctors', 'Nurses', 'Consumers', 'Taxpayers', 'Patients']);
const GENERATIONAL = new Set(['Jr.', 'Sr.', 'Jr', 'Sr', 'II', 'III', 'IV']);
// \p{...} regexes at module level (tsx rebuilds such a literal each time it is evaluated)
const HAS_LETTER = /\p{L}/u;
/** "Dubai-registered", "Moscow-backed": the lowercase participle after a place and a hyphen. */
const LOWER_PARTICIPLE = /^\p{Ll}+(?:ed|based|run|born|made)$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** THREAT_GROUP_HEADS as a set (looked up twice per unclassified run). */
const THREAT_HEADS: ReadonlySet<string> = new Set(THREAT_GROUP_HEADS);
/**
 * First words of the two-word phrases in some word sets: classify() builds a two-word key
 * ("news agency", "hacking group") only after one of them. Building and hashing a fresh
 * string for every run cost ~1.5% of the actors stage; "" is in none of the sets, so a
 * key not built finds what the built one would have (nothing).
 */
export function firstWordsOfPhrases(...sets: Iterable<string>[]): Set<string> {
  const out = new Set<string>();
  for (const set of sets) for (const p of set) if (p.includes(' ')) out.add(p.slice(0, p.indexOf(' ')));
  return out;
}
const ORG_HEAD_FIRST_WORDS = firstWordsOfPhrases(ORG_HEADS.keys());
const MEDIA_FIRST_WORDS = firstWordsOfPhrases(MEDIA_HEAD_NOUNS);
const HEAD2_FIRST_WORDS = firstWordsOfPhrases(MEDIA_HEAD_NOUNS, ORG_HEADS.keys());
const AFTER_FIRST_WORDS = firstWordsOfPhrases(THREAT_HEADS, ORG_HEADS.keys());
const THREAT_FIRST_WORDS = firstWordsOfPhrases(THREAT_HEADS);
const INITIAL_RE = /^\p{Lu}\.$/u;
const SINGLE_UPPER_RE = /^\p{Lu}$/u;
const DETERMINERS = new Set(['a', 'an', 'the']);

/** ",", ".", ";", ":", "(", ")" (as /^[,.;:()]$/, without a regex in classify's loop). */
function isBreakPunctuation(t: string): boolean {
  return t.length === 1 && ',.;:()'.includes(t);
}
/** Day and month names: "Ministry of External Affairs on Friday" ends before "on". */
const DATE_WORDS = new Set(NAME_STOPWORDS.filter((w) => /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(w)));

function isNameToken(t: Token): boolean {
  // a capitalised token starts with a letter (Token.cap is isCapitalised(text))
  return t.cap;
}

/** A common English word at a sentence start ("Today", "Officials", "Speaking"). */
function isCommonWord(t: Token, lowerInDoc: WordTest): boolean {
  if (STOP.has(t.text)) return true;
  // the token's lowercase form (not a new toLowerCase() string to hash again)
  const lower = t.lower;
  const k = lexiconKinds(lower);
  if (k && (k.firstName || k.lastName || k.place || k.organization)) return false;
  // "Blessed Mhlanga" at a sentence start: "Blessed" is a word, but not one this text uses
  return lowerInDoc.has(lower) || lower.endsWith('ing') || lower.endsWith('ly');
}

export interface NameContext {
  readonly tokens: readonly Token[];
  /**
   * Tokens already taken: 0 free, 1 by an actor (gazetteer or pattern), 2 by a
   * non-actor phrase (region, product) that a longer name may contain
   * ("Royal Bank of Scotland").
   */
  readonly covered: Uint8Array;
  /** Country gazetteer matches by first token (a body's name may contain one: "Court of Bosnia and Herzegovina"). */
  readonly countryAt: ReadonlyMap<number, number>;
  /** Lowercase words that occur in lowercase in the document (so are ordinary words). */
  readonly lowerInDoc: WordTest;
  /** Paragraph indexes whose text is in Title Case (headline, subheads). */
  readonly titleCaseLines: ReadonlySet<number>;
}

/** Finds capitalised runs and classifies them. */
export function findNames(ctx: NameContext): NameSpan[] {
  const { tokens, covered } = ctx;
  const out: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // a region or product word may open a body's name: "Mainland Affairs Council", "Silicon
    // Valley Bank" (the span is kept only if it names a body, see below)
    const opensWithBlocked = covered[i] === 2 && t.cap && blockedOpensName(tokens, covered, i);
    if ((covered[i] && !opensWithBlocked) || !t.cap || (STOP.has(t.text) && !tokens[i + 1]?.cap)) {
      i++;
      continue;
    }
    // collect the run; it may start with "7-" ("7-Eleven") or a particle ("al-Masirah")
    let j = i + 1;
    let orgHead = isOrgWord(t.text);
    let sawOf = false;
    const h = tokens[i - 1];
    const h2 = tokens[i - 2];
    if (h?.text === '-' && h.end === t.start && h2 && h2.end === h.start && !covered[i - 2] && (/^\d+$/.test(h2.text) || NAME_PARTICLES.has(h2.text)) && out.every((o) => o.to <= i - 2)) {
      i -= 2;
    }
    // "the Offices Terrorism Unit": a possessive that lost its apostrophe ("the Office's") opens no name
    if (j === i + 1 && lostPossessive(tokens, i)) {
      i++;
      continue;
    }
    let cut = false;
    while (j < tokens.length) {
      const u = tokens[j]!;
      if (u.line !== t.line) break;
      // "the Criminal Divisions Fraud Section": "Criminal Division('s)" ends here, another name follows
      if (!covered[j] && lostPossessive(tokens, j)) {
        j++;
        cut = true;
        break;
      }
      if (covered[j] === 1) {
        // a country inside a body's name: "Court of Bosnia and Herzegovina", "Committee for Freedom in Hong Kong"
        // (not after a second "of": "Ministry of the Armed Forces Logistics of Iran")
        const cEnd = countryEnd(ctx, j);
        if (orgHead && cEnd !== undefined && /^(?:of|for|in)$/.test(tokens[j - 1]!.text) && !(sawOf && tokens[j - 1]!.text === 'of') && t.text !== 'Government') {
          j = cEnd;
          continue;
        }
        // a firm named with its country last: "Sea Speed UAE, a Dubai business", "Norvik
        // India, an Indian subsidiary" (the apposition says it is a firm)
        if (cEnd !== undefined && j > i && tokens[j - 1]!.end + 1 === u.start) {
          const app = apposition(tokens, cEnd);
          if (app && app.kind === 'company') {
            j = cEnd;
            break;
          }
        }
        break;
      }
      if (isNameToken(u) || GENERATIONAL.has(u.text)) {
        if (isOrgWord(u.text)) orgHead = true;
        j++;
        continue;
      }
      const nx = tokens[j + 1];
      const nx2 = tokens[j + 2];
      // "Barnes & Noble": an ampersand always joins
      if (u.text === '&' && nx && covered[j + 1] !== 1 && isNameToken(nx)) {
        j += 2;
        continue;
      }
      // two particles: "Maria de la Cruz", "Ursula von der Leyen", "Rafael van der Vaart"
      if (NAME_PARTICLES.has(u.text) && nx && NAME_PARTICLES.has(nx.text) && nx2 && covered[j + 2] !== 1 && isNameToken(nx2) && nx2.line === t.line) {
        j += 3;
        continue;
      }
      if (CONNECTORS.has(u.text) && nx && covered[j + 1] !== 1 && isNameToken(nx) && nx.line === t.line && !DATE_WORDS.has(nx.text)) {
        if (u.text === 'of') sawOf = true;
        j += 2;
        continue;
      }
      // "of the", "for the"
      if ((u.text === 'of' || u.text === 'for') && nx?.text === 'the' && nx2 && covered[j + 2] !== 1 && isNameToken(nx2)) {
        if (u.text === 'of') sawOf = true;
        j += 3;
        continue;
      }
      // a country after "of"/"in" inside a body's name
      // ("Government of Iran" is the country itself: not a body)
      if (orgHead && /^(?:of|for|in)$/.test(u.text) && !(sawOf && u.text === 'of') && t.text !== 'Government' && covered[j + 1] === 1 && countryEnd(ctx, j + 1) !== undefined) {
        j += 1;
        continue;
      }
      // hyphenated name parts: "Al-Jazeera", "Hayat Tahrir al-Sham", "Bashar al-Assad"
      if (u.text === '-' && tokens[j - 1]!.end === u.start && nx && nx.start === u.end && HAS_LETTER.test(nx.text) && covered[j + 1] !== 1) {
        j += 2;
        continue;
      }
      if (NAME_PARTICLES.has(u.text) && nx?.text === '-' && u.end === nx.start && nx2 && nx.end === nx2.start && isNameToken(nx2) && covered[j + 2] !== 1) {
        j += 3;
        continue;
      }
      // a nickname in quotes: 'Dongfan "Greg" Chung'
      if (isOpeningQuote(u.text) && nx && isNameToken(nx) && isClosingQuote(nx2?.text ?? '') && tokens[j + 3] && isNameToken(tokens[j + 3]!) && covered[j + 3] !== 1 && nx.start === u.end && nx2!.start === nx.end) {
        j += 4;
        continue;
      }
      // "Raht Aseman Co, Ltd"
      if (u.text === ',' && SUFFIX.get(tokens[j - 1]!.text) === 'company' && nx && SUFFIX.get(nx.text) === 'company') {
        j += 2;
        continue;
      }
      // a list of fields inside a body's name: "Ministry of Agriculture, Forestry and Fisheries",
      // "Criminal, Cyber, Response and Services Branch"
      if (u.text === ',' && nx && isNameToken(nx) && covered[j + 1] !== 1 && commaListInName(tokens, covered, j, orgHead && sawOf, fieldWordsBefore(tokens, i, j))) {
        j++;
        continue;
      }
      // "Attorney's Office", "Prosecutor's Office"
      if (isPossessiveMark(u.text) && nx && !covered[j + 1] && SUFFIX.get(nx.text) === 'agency') {
        j += 2;
        continue;
      }
      // a plural noun's possessive inside a name: "Tigray People's Liberation Front",
      // "National Women's Council", "Workers' Party of Korea"
      if (isApostropheOrPossessive(u.text) && PLURAL_POSSESSORS.has(tokens[j - 1]!.text) && u.start === tokens[j - 1]!.end && nx && isNameToken(nx) && covered[j + 1] !== 1 && nx.line === t.line) {
        j += 2;
        continue;
      }
      break;
    }
    // "the 14th Mountain Brigade", "the 101st Airborne Division": an ordinal opens a unit's name
    const ord = tokens[i - 1];
    const ordinalFrom = ord && ORDINAL_ENDINGS.has(ord.text) && ord.start === tokens[i - 2]?.end && /^\d{1,3}$/.test(tokens[i - 2]!.text) && ord.end < t.start && !covered[i - 2] ? i - 2 : undefined;
    for (const found of splitRun(ctx, i, j)) {
      const raw = ordinalFrom !== undefined && found.from === i && found.type === 'agency' && UNIT_WORDS.has(tokens[found.to - 1]!.text) ? { ...found, from: ordinalFrom, reason: `${found.reason}+ordinal` } : found;
      if (opensWithBlocked && raw.from === i && (raw.type === null || raw.type === 'person')) continue;
      // "Criminal Divisions" -> "Criminal Division" (see lostPossessive)
      const span = cut && raw.to === j && raw.type !== null && raw.type !== 'person' ? { ...raw, reason: `${raw.reason}+lost-apostrophe`, lostPossessive: true } : raw;
      // "Attorneys Benjamin Allee, Ilan Graff and ...": a list of persons
      const last = out[out.length - 1];
      if (span.type === null && last?.type === 'person' && tokens[span.from - 1]?.text === ',' && last.to === span.from - 1 && span.to - span.from >= 2 && span.to - span.from <= 4 && titleTailLike(ctx, span.from, span.to)) {
        out.push({ ...span, type: 'person', reason: 'list-of-persons' });
      } else if (span.type === null && last?.type === 'person' && andClosesPersonList(ctx, last, span)) {
        out.push({ ...span, type: 'person', reason: 'list-of-persons:and' });
      } else {
        out.push(span);
      }
    }
    i = j;
    void sawOf;
  }
  return familyNamePairs(ctx, sharedSurnames(ctx, out));
}

/**
 * Two names of two words, each opening with an East Asian family name, listed with "and" or a
 * comma ("Liu Feng and Chen Yi"): persons, even where the given name is also a family name (a
 * lone such name stays unknown: "Chen Yi" alone may be anything).
 */
function familyNamePairs(ctx: NameContext, spans: NameSpan[]): NameSpan[] {
  const { tokens } = ctx;
  const shaped = (n: NameSpan): boolean =>
    (n.type === null || n.type === 'person') && n.to - n.from === 2 && EAST_ASIAN_SURNAMES.has(tokens[n.from]!.text) && !ctx.lowerInDoc.has(tokens[n.from]!.lower) && nameLike(ctx, n.from + 1, n.to);
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    const sep = tokens[a.to]?.lower;
    if ((a.type !== null && b.type !== null) || b.from !== a.to + 1 || (sep !== 'and' && sep !== ',') || !shaped(a) || !shaped(b)) continue;
    if (a.type === null) spans[k] = { ...a, type: 'person', reason: 'family-name-first:pair' };
    if (b.type === null) spans[k + 1] = { ...b, type: 'person', reason: 'family-name-first:pair' };
  }
  return spans;
}

/** Endings of a written ordinal ("14th", "101st"), a token of their own after the digits. */
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);
/** Military units an ordinal opens: "the 3rd Infantry Division", "the 14th Mountain Brigade". */
const UNIT_WORDS = new Set(['Brigade', 'Division', 'Regiment', 'Battalion', 'Corps', 'Army', 'Squadron', 'Fleet', 'Wing', 'Command', 'Force']);

/** Participles whose agent after "by" is mostly a person: "accused by Eero Vask of". */
const PERSON_AGENT_PARTICIPLES = new Set(['accused', 'blamed', 'criticised', 'criticized', 'condemned', 'denounced', 'sued', 'quoted', 'interviewed', 'represented', 'defended', 'chaired']);
/** What a person has, after a possessive: "Ruslan Temir's office", "Ana Lisboa's lawyer". */
const PERSON_POSSESSIONS = new Set(['office', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'spokesman', 'spokeswoman', 'spokesperson', 'wife', 'husband', 'family', 'campaign', 'aides', 'aide', 'supporters', 'bodyguards', 'son', 'daughter', 'brother', 'sister', 'mother', 'father']);

/** Possessions a body may have too: they make a person only of a person-shaped name. */
const SHARED_POSSESSIONS = new Set(['office', 'campaign', 'supporters', 'family', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'spokesman', 'spokeswoman', 'spokesperson', 'aides', 'aide', 'bodyguards']);

/** Plural kin words before two given names that share a family name: "the brothers Tomas and Ivo Brandt". */
const KIN_PLURALS = new Set(['brothers', 'sisters', 'siblings', 'twins', 'couple', 'spouses', 'cousins', 'sons', 'daughters', 'parents']);

/**
 * "Tomas and Ivo Brandt": a lone given name, "and", then a person of two words shares that
 * person's family name. Only where a plural kin word comes just before ("two brothers, Tomas
 * and Ivo Brandt") or the lone word is a known given name and no known family name ("Nelson
 * and Ivo Brandt" may be two people, one named by surname).
 */
function sharedSurnames(ctx: NameContext, spans: NameSpan[]): NameSpan[] {
  const { tokens } = ctx;
  for (let k = 0; k + 1 < spans.length; k++) {
    const s = spans[k]!;
    const p = spans[k + 1]!;
    if (s.type !== null || s.to !== s.from + 1 || p.type !== 'person' || p.to - p.from !== 2 || p.from !== s.to + 1 || tokens[s.to]!.lower !== 'and') continue;
    const given = tokens[s.from]!;
    if (!nameLike(ctx, s.from, s.to)) continue;
    let kin = false;
    for (let q = s.from - 1; q >= 0 && q >= s.from - 3 && !kin; q--) kin = KIN_PLURALS.has(tokens[q]!.lower);
    const lk = lexiconKinds(given.text);
    if (!kin && !(lk?.firstName && !lk.lastName && firstNameAt(tokens, p.from))) continue;
    spans[k] = { ...s, type: 'person', reason: 'given-name-sharing-surname', sharedSurname: p.to - 1 };
  }
  return spans;
}

/**
 * A short name-shaped run next to a verb of legal action: "The indictment charges Oskel
 * Varran with", "Prosecutors say Oskel Varran wired", "Oskel Varran pleaded guilty",
 * "Oskel Varran was sentenced". Never a place or ordinary words ("Prosecutors say Silicon
 * Valley ..." names nobody).
 */
function legalVerbPerson(ctx: NameContext, from: number, to: number): NameSpan | undefined {
  const { tokens } = ctx;
  const len = to - from;
  if (len < 2 || len > 3 || !nameLike(ctx, from, to) || isPlace(tokens, from, to) || tokens.slice(from, to).some((t) => lexiconKinds(t.text)?.place)) return undefined;
  const prev = tokens[from - 1];
  if (prev && PERSON_OBJECT_VERBS.has(prev.lower) && !prev.cap) return { from, to, type: 'person', reason: `name-after-legal-verb:${prev.lower}` };
  // "was accused by Eero Vask of", "quoted by Ines Moura": the agent of a verb done by people
  const prev2 = tokens[from - 2];
  if (prev?.lower === 'by' && prev2 && PERSON_AGENT_PARTICIPLES.has(prev2.lower)) return { from, to, type: 'person', reason: `agent-after-by:${prev2.lower}` };
  const a = tokens[to];
  const b = tokens[to + 1];
  // "Ruslan Temir's office", "Ana Lisboa's lawyer": what only a person has
  // ("the Lakeshore Mall's office", "Minera Sur's lawyers": what bodies have too needs a person-shaped name)
  if (a && isPossessiveMark(a.text) && b && PERSON_POSSESSIONS.has(b.lower) && (!SHARED_POSSESSIONS.has(b.lower) || personLike(ctx, from, to))) return { from, to, type: 'person', reason: `possessor-of:${b.lower}` };
  const verb = a && /^(?:was|is|were|has|had)$/.test(a.lower) ? (b?.lower === 'been' ? tokens[to + 2] : b) : a;
  if (verb && PERSON_SUBJECT_VERBS.has(verb.lower) && (verb !== a || /^(?:pleaded|pleads|confessed)$/.test(verb.lower))) return { from, to, type: 'person', reason: `name-before-legal-verb:${verb.lower}` };
  return undefined;
}

/** "the firm's founder": the head word is the possessor of what follows, not the apposition's head. */
function possessedHead(after: Token | undefined): boolean {
  return after !== undefined && isApostropheOrPossessive(after.text);
}

/**
 * Unknown names the text itself uses as persons (names no lexicon knows):
 * - a name of two or three words whose last word recurs alone: "Farid Haddad exported ...
 *   Haddad concealed" (not "New Jersey ... Jersey": every word must be name-shaped, no place);
 * - one word followed by "and his/her": "Petrov and his associates";
 * - one word a name lexicon knows as a surname, subject of a verb of saying: "Petrov said".
 */
export function personsByUse(ctx: NameContext, unknown: readonly NameSpan[]): NameSpan[] {
  const { tokens } = ctx;
  const single = new Set<string>();
  for (const n of unknown) if (n.to === n.from + 1) single.add(tokens[n.from]!.text);
  const out: NameSpan[] = [];
  for (const n of unknown) {
    const len = n.to - n.from;
    if (len >= 2 && len <= 3 && single.has(tokens[n.to - 1]!.text) && nameLike(ctx, n.from, n.to) && !isPlace(tokens, n.from, n.to) && tokens.slice(n.from, n.to).every((t) => !lexiconKinds(t.text)?.place)) {
      out.push({ ...n, type: 'person', reason: 'name-then-surname' });
      continue;
    }
    if (len !== 1 || !nameLike(ctx, n.from, n.to) || lexiconKinds(tokens[n.from]!.text)?.place) continue;
    const a = tokens[n.to];
    const b = tokens[n.to + 1];
    if (a?.lower === 'and' && (b?.lower === 'his' || b?.lower === 'her')) {
      out.push({ ...n, type: 'person', reason: 'name-and-his' });
    } else if (a && SPEECH_VERBS.has(a.lower) && lexiconKinds(tokens[n.from]!.text)?.lastName) {
      out.push({ ...n, type: 'person', reason: 'surname-by-speech-verb' });
    }
  }
  return out;
}

/**
 * The last name of a comma list of persons, after "and": "charges Jan Ode, Piet Mol
 * and Lena Brun" (the person before "and" is itself after a comma, so this is a list of
 * three or more; "Maria Lopez and Puerto Rico" is no list).
 */
function andClosesPersonList(ctx: NameContext, last: NameSpan, span: NameSpan): boolean {
  const { tokens } = ctx;
  let k = span.from - 1;
  if (tokens[k]?.lower !== 'and') return false;
  if (tokens[k - 1]?.text === ',') k--;
  if (last.to !== k || tokens[last.from - 1]?.text !== ',') return false;
  const n = span.to - span.from;
  return n >= 2 && n <= 4 && titleTailLike(ctx, span.from, span.to) && !isPlace(tokens, span.from, span.to);
}

/**
 * A body's name opening a run before a person's title: "Zambia Revenue Authority
 * Commissioner General X", "Denver Field Office Special Agent-in-Charge X" -> the body
 * up to its last body word before `titleEnd` (the last title token). Nothing where no body
 * word ends a part of two words or more.
 */
function bodyBeforeTitle(ctx: NameContext, from: number, titleEnd: number): NameSpan[] {
  const { tokens } = ctx;
  for (let p = titleEnd; p >= from + 2; p--) {
    const w = tokens[p - 1]!.text;
    if (!SUFFIX.has(w) || !tokens[p]!.cap || CONNECTORS.has(tokens[p]!.text)) continue;
    // the title starts right after the body word ("Commissioner General", "Special Agent"),
    // and the body word does not open the title itself ("Interior Cabinet Secretary X")
    if (!(titleAt(tokens, p) || TITLE_HEADS.has(tokens[p]!.text)) || titleAt(tokens, p - 1)) return [];
    return classify(ctx, from, p).filter((x) => x.type !== null && x.type !== 'person');
  }
  return [];
}

/**
 * The body named after a person inside one run: "Trial Attorney Kara Sloan of the Fraud
 * Section" -> "Fraud Section" (the person's title made the whole run one span).
 */
function afterPerson(ctx: NameContext, from: number, to: number): NameSpan[] {
  let k = from;
  if (!/^(?:of|for|at|with)$/.test(ctx.tokens[k]?.text ?? '')) return [];
  k++;
  if (ctx.tokens[k]?.text === 'the') k++;
  if (to - k < 2) return [];
  // "U.S. Attorney X of the Northern District of Iowa": a district that qualifies the title
  // was refused already (covered 2 by the agency patterns)
  for (let q = k; q < to; q++) if (ctx.covered[q] === 2) return [];
  return classify(ctx, k, to).filter((x) => x.type !== null && x.type !== 'person');
}

/**
 * Whether the comma at token `comma` continues a body's name: short name conjuncts
 * ("Forestry", "Cyber") separated by commas, then "and" and a last conjunct, all on free
 * tokens; the name must be an "X of ..." body already, or end in a body word after the
 * "and". A conjunct holding a body word ("Foreign Ministry, Interior Ministry and ...")
 * is a list of bodies instead.
 */
/** Words between the previous comma (or the run's start `i`) and the comma at `comma`. */
function fieldWordsBefore(tokens: readonly Token[], i: number, comma: number): number {
  let k = comma;
  while (k > i && tokens[k - 1]!.text !== ',') k--;
  // "The Criminal, Cyber ...": a leading "The" is no word of the name
  while (k < comma && STOP.has(tokens[k]!.text)) k++;
  return comma - k;
}

function commaListInName(tokens: readonly Token[], covered: Uint8Array, comma: number, ofBody: boolean, before: number): boolean {
  // without an "X of" head, one word per field ("Criminal, Cyber, Response and Services
  // Branch"): "Camp Outfitters, Dollar Mart and Sports Authority" lists three names
  const most = ofBody ? 3 : 1;
  if (!ofBody && before > 1) return false;
  let k = comma + 1;
  for (let parts = 0; parts < 6; parts++) {
    const a = k;
    while (k < tokens.length && k - a < most && !covered[k] && isNameToken(tokens[k]!) && !STOP.has(tokens[k]!.text)) k++;
    if (k === a) return false;
    for (let q = a; q < k; q++) if (isOrgWord(tokens[q]!.text)) return false;
    const sep = tokens[k]?.text;
    if (sep === ',') {
      k++;
      continue;
    }
    if (sep !== 'and') return false;
    k++;
    const b = k;
    while (k < tokens.length && k - b < 4 && !covered[k] && isNameToken(tokens[k]!)) k++;
    if (k === b) return false;
    return ofBody || SUFFIX.get(tokens[k - 1]!.text) === 'agency';
  }
  return false;
}

/**
 * A blocked (non-actor) phrase at token i runs straight into free name words that end in a
 * body word on the same line: "Mainland Affairs Council" (not "Gulf War veterans").
 */
function blockedOpensName(tokens: readonly Token[], covered: Uint8Array, i: number): boolean {
  let k = i;
  while (k < tokens.length && covered[k] === 2) k++;
  const line = tokens[i]!.line;
  let last = -1;
  for (let q = k; q < tokens.length && q < k + 5 && !covered[q] && tokens[q]!.line === line && isNameToken(tokens[q]!); q++) last = q;
  return last >= k && SUFFIX.has(tokens[last]!.text) && (i === 0 || covered[i - 1] !== 2);
}

/** Plural-looking body words that are possessives whose apostrophe was lost ("the Offices", "Criminal Divisions"). */
const LOST_POSSESSIVE_WORDS = new Set(['Offices', 'Divisions', 'Departments', 'Sections', 'Units', 'Bureaus', 'Agencys']);

/** Token k is such a possessive and a name word follows on the same line: "Divisions Fraud Section". */
function lostPossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const n = tokens[k + 1];
  return LOST_POSSESSIVE_WORDS.has(t.text) && n !== undefined && n.line === t.line && n.start === t.end + 1 && isNameToken(n) && !STOP.has(n.text);
}

/** A title followed by its domain: "Under Secretary for Terrorism and Financial Intelligence ...". */
function titleWithDomain(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const tl = titleAt(tokens, k, b);
    if (tl) return /^(?:for|of)$/.test(tokens[tl[0]]?.text ?? '');
  }
  return false;
}

/** End (exclusive) of the country match starting at token k, if one does. */
function countryEnd(ctx: NameContext, k: number): number | undefined {
  return ctx.countryAt.get(k);
}

/** Splits a capitalised run into name spans and classifies each. */
function splitRun(ctx: NameContext, from: number, to: number): NameSpan[] {
  const { tokens } = ctx;
  let a = from;
  // drop leading stopwords / sentence-initial common words ("The", "Speaking", "Officials")
  while (a < to) {
    const tk = tokens[a]!;
    const tl = titleAt(tokens, a, to);
    if (tl) break;
    const particle = NAME_PARTICLES.has(tk.text) && tokens[a + 1]?.text === '-';
    const numberPrefix = /^\d+$/.test(tk.text) && tokens[a + 1]?.text === '-';
    if (particle || numberPrefix) break;
    // "Citizen TV showed ...": a sentence-initial word before a lone organisation suffix is the name
    const beforeLoneSuffix = a + 2 === to && SUFFIX.has(tokens[a + 1]!.text) && !STOP.has(tk.text);
    if (STOP.has(tk.text) || (tk.sentStart && !beforeLoneSuffix && (isCommonWord(tk, ctx.lowerInDoc) || ROLES.has(tk.lower))) || CONNECTORS.has(tk.text) || tk.text === '-') {
      a++;
      continue;
    }
    break;
  }
  let b = to;
  while (b > a && (CONNECTORS.has(tokens[b - 1]!.text) || tokens[b - 1]!.text === '-' || /^['’]/.test(tokens[b - 1]!.text))) b--;
  if (a >= b) return [];

  // split at "and"/"&" unless the whole run is one organisation name ("Heart and Soul Television")
  const parts: [number, number][] = [];
  let s = a;
  // "Ministry of Trade and Industry", "Bureau of European and Eurasian Affairs": one name
  const prefixOf = (PREFIX.has(tokens[a]!.text) && /^(?:of|for)$/.test(tokens[a + 1]?.text ?? '')) || titleWithDomain(tokens, a, b);
  for (let k = a; k < b && !prefixOf; k++) {
    const w = tokens[k]!.text;
    // not the "and" of a country inside the name ("Court of Bosnia and Herzegovina")
    if (w === 'and' && ctx.covered[k] !== 1) {
      const endsOrg = SUFFIX.has(tokens[b - 1]!.text);
      // "Al Sabr Logistics and Desert Rose Trading": two firms (not "Gulf Logistics and Trading Company")
      const leftEndsOrg = SUFFIX.has(tokens[k - 1]!.text) || (INDUSTRY_SUFFIXES.has(tokens[k - 1]!.text) && b - k >= 3 && !INDUSTRY_SUFFIXES.has(tokens[k + 1]!.text) && !SUFFIX.has(tokens[k + 1]!.text));
      const leftPerson = firstNameAt(tokens, s) && k - s >= 2;
      const leftAmpersand = tokens.slice(s, k).some((t) => t.text === '&');
      if (!endsOrg || leftEndsOrg || leftPerson || leftAmpersand) {
        parts.push([s, k]);
        s = k + 1;
      }
    }
  }
  parts.push([s, b]);

  const out: NameSpan[] = [];
  for (const [p, q] of parts) {
    const spans = classify(ctx, p, q);
    // "Trial Attorneys Greg Staples and Ivy Wang": the name after "and" is a person too
    const prevSpan = out[out.length - 1];
    if (prevSpan?.type === 'person' && spans.length === 1 && spans[0]!.type === null && q - p >= 2 && q - p <= 4 && titleTailLike(ctx, p, q)) {
      out.push({ ...spans[0]!, type: 'person', reason: 'conjunct-of-person' });
      continue;
    }
    out.push(...spans);
  }
  return out;
}

function firstNameAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isNameToken(t) || isAllCaps(t.text)) return false;
  if (lexiconKinds(t.text)?.firstName) return true;
  // "Jean-Pierre", "Anne-Marie": a hyphenated first name whose second part is known
  const h = tokens[i + 1];
  const u = tokens[i + 2];
  return h?.text === '-' && h.start === t.end && u !== undefined && u.start === h.end && isNameToken(u) && (lexiconKinds(u.text)?.firstName ?? false);
}

/** Words in tokens [from, to), a hyphenated part counted once ("Jean-Pierre Mbeki-Tshabalala" is 2). */
function wordCount(tokens: readonly Token[], from: number, to: number): number {
  let n = to - from;
  for (let k = from + 1; k < to - 1; k++) if (tokens[k]!.text === '-' && tokens[k - 1]!.end === tokens[k]!.start && tokens[k]!.end === tokens[k + 1]!.start) n -= 2;
  return n;
}

function isOrgWord(w: string): boolean {
  return ORG_WORD_SET.has(w);
}

/** The words of SUFFIX and PREFIX in one set: isOrgWord runs per token of every run (one lookup, not two). */
const ORG_WORD_SET: ReadonlySet<string> = new Set([...SUFFIX.keys(), ...PREFIX.keys()]);

/** Classifies tokens [from, to) of a run, splitting off a title or a "of"-tail where needed. */
function classify(ctx: NameContext, from: number, to: number): NameSpan[] {
  const { tokens } = ctx;
  if (from >= to) return [];
  // "Hurricane Ida", "Operation Dream Job": an event's name, not an actor
  if (to - from >= 2 && EVENT_NAME_HEADS.has(tokens[from]!.text)) return [];
  // split at "of"/"for"/"on" unless an organisation or title head precedes it, or an apposition
  // says the whole is a body ("Citizens for Clean Water, an advocacy group")
  for (let k = from + 1; k < to - 1; k++) {
    const w = tokens[k]!.text;
    if (w === 'of' || w === 'for' || w === 'on') {
      const app = w === 'for' ? apposition(tokens, to) : undefined;
      const head = tokens.slice(from, k).some((t) => isOrgWord(t.text)) || titleAt(tokens, from, to) !== undefined || (app !== undefined && app.kind !== 'person');
      if (!head) return [...classify(ctx, from, k), ...classify(ctx, k + (tokens[k + 1]?.text === 'the' ? 2 : 1), to)];
    }
  }
  // title + name: "Secretary of State Antony Blinken", "Judge Erick Garcia"; a title may
  // start on a gazetteer token before the run: "Assistant U.S. Attorneys Timothy T. Howard"
  let tl = titleAt(tokens, from, to);
  let tFrom = from;
  for (let k = from - 1; !tl && k >= Math.max(0, from - 4); k--) {
    const back = titleAt(tokens, k, to);
    if (back && back[0] > from) {
      tl = back;
      tFrom = k;
    }
    if (tokens[k]!.line !== tokens[from]!.line || isBreakPunctuation(tokens[k]!.text)) break;
  }
  // a body's name ends the run: "New York County District Attorneys Office" is no person
  if (SUFFIX.has(tokens[to - 1]!.text) && to - from >= 2 && !(tl && firstNameAt(tokens, tl[0]))) {
    // "the Mabna Institute, an Iran-based company": the apposition says which kind
    const app = apposition(tokens, to);
    const w = tokens[to - 1]!.text;
    if (app && app.kind !== 'person') return orgSpan(ctx, from, to, app.kind, `org-suffix:${w}+${app.reason}`);
    return orgSpan(ctx, from, to, SUFFIX.get(w)!, `org-suffix:${w}`);
  }
  if (tl) {
    const [nameFrom, title] = tl;
    // "Assistant Attorney General for National Security John C. Demers": the title's
    // domain runs on; the name is the run's name-shaped end
    if (/^(?:for|of|on)$/.test(tokens[nameFrom]?.text ?? '')) {
      const tail = trailingName(ctx, nameFrom, to);
      return tail ? [{ from: tail[0], to: tail[1], type: 'person', reason: 'title-domain-name', title, titleFrom: tFrom }] : [];
    }
    let n = nameFrom;
    while (n < to && (CONNECTORS.has(tokens[n]!.text))) n++;
    // "President-elect Claudia Sheinbaum", "Prime Minister-designate X"
    if (tokens[n]?.text === '-' && /^(?:elect|designate|nominee)$/.test(tokens[n + 1]?.text ?? '')) n += 2;
    if (n < to) {
      const tail = personTail(tokens, n, to);
      // "the Office of the Prosecutor General": a title word after a title names nobody
      if (tail && !(tail[1] - tail[0] === 1 && TITLE_HEADS.has(tokens[tail[0]]!.text))) {
        return [{ from: tail[0], to: tail[1], type: 'person', reason: 'title-before-name', title, titleFrom: tFrom }, ...afterPerson(ctx, tail[1], to)];
      }
    }
    return [];
  }
  // any title word followed by a name: "Deputy Emergency Situations Minister Alexander Chupriyan"
  for (let h = to - 2; h >= from; h--) {
    if (!TITLE_HEADS.has(tokens[h]!.text)) continue;
    const tail = personTail(tokens, h + 1, to);
    // "Prosecutor General": a title word after a title names nobody
    if (tail && tail[1] - tail[0] === 1 && TITLE_HEADS.has(tokens[tail[0]]!.text)) break;
    if (tail && tail[0] === h + 1 && tail[1] === to && titleTailLike(ctx, h + 1, to)) {
      return [...bodyBeforeTitle(ctx, from, h), { from: h + 1, to, type: 'person', reason: `title-word:${tokens[h]!.text}`, titleFrom: from }];
    }
    break;
  }
  // a first name inside: "National Security John C. Demers" -> "John C. Demers"
  for (let k = from + 1; k < to - 1; k++) {
    if (!firstNameAt(tokens, k) || isOrgWord(tokens[to - 1]!.text)) continue;
    // "Jean-Pierre": the second part of a hyphenated first name
    if (tokens[k - 1]!.text === '-' && tokens[k - 1]!.end === tokens[k]!.start) continue;
    // only where the words before cannot be part of the name ("Seyed Ali Mirkarimi" stays whole)
    let prefixIsWords = false;
    for (let q = from; q < k && !prefixIsWords; q++) {
      const t = tokens[q]!;
      // "Al Sabr Logistics", "El Qamar Trading": a capitalised particle opens the name, it is no word before it
      if (NAME_PARTICLES.has(t.lower) && q === from) continue;
      prefixIsWords = isOrgWord(t.text) || ctx.lowerInDoc.has(t.lower) || (lexiconKinds(t.text)?.common ?? false);
    }
    if (prefixIsWords) {
      const before = classify(ctx, from, k);
      // "FBI Denver Field Office Special Agent-in-Charge Mark Ellison": a body, a title, a name
      const body = before.some((x) => x.type !== null) ? [] : bodyBeforeTitle(ctx, from, k - 1);
      return [...before, ...body, ...classify(ctx, k, to)];
    }
  }
  const last = tokens[to - 1]!.text;
  const first = tokens[from]!.text;
  const len = to - from;
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  const after = tokens[to];

  // places: every word a place compromise knows ("San Francisco", "Los Angeles"), or a street
  if (isPlace(tokens, from, to) || PLACE_END_WORDS.has(last)) return [];
  // "the Kisumu Star", "the Harare Mirror": a place and a newspaper word
  if (len >= 2 && len <= 4 && PLACE_MEDIA_WORDS.has(last) && isPlace(tokens, from, to - 1)) return [{ from, to, type: 'media', reason: `place-media-word:${last}` }];
  // "a Dubai-registered firm", "Moscow-backed": a place with a participle describes, it names nothing
  if (len >= 3 && tokens[to - 2]!.text === '-' && LOWER_PARTICIPLE.test(last)) return [];
  // "Barnes & Noble", "Procter & Gamble": an ampersand name is a firm
  if (hasAmpersand(tokens, from, to) && !SUFFIX.has(last)) {
    return orgSpan(ctx, from, to, 'company', 'ampersand-name');
  }

  // an outlet's kind right before: "the newspaper El Universal", "broadcaster ORF", "news agency
  // Ukrinform" (a person's name after "broadcaster" stays a person: "broadcaster David Dimbleby")
  const head2 = prev && prev2 && HEAD2_FIRST_WORDS.has(prev2.lower) ? `${prev2.lower} ${prev.lower}` : '';
  if (prev && (MEDIA_HEAD_NOUNS.has(head2) || (MEDIA_HEAD_NOUNS.has(prev.lower) && !AFTER_ONLY_MEDIA_HEADS.has(prev.lower) && !(ROLES.has(prev.lower) && personLike(ctx, from, to))))) {
    return [{ from, to, type: 'media', reason: `media-head-before-name:${MEDIA_HEAD_NOUNS.has(head2) ? head2 : prev.lower}` }];
  }
  const kindBefore = kindBeforeName(ctx, from, to);
  if (kindBefore) return [kindBefore];
  // a two-word kind of body right before: "the mobile operator Kyivstar"
  const orgHead2 = ORG_HEADS.get(head2);
  if (orgHead2 && !personLike(ctx, from, to)) return [{ from, to, type: orgHead2, reason: `org-head-before-name:${head2}` }];
  // a lowercase role word right before: "journalist Blessed Mhlanga", "the secretary Antony Blinken";
  // the role phrase may name the body first: "ASIO chief Mike Burgess", "Iran's foreign minister X"
  if (prev && (ROLES.has(prev.lower) || inLawBefore(tokens, from)) && !isOrgWord(last)) {
    const tail = personTail(tokens, from, to);
    let k = from - 1;
    while (k > 0 && k > from - 4 && !tokens[k - 1]!.cap && (ROLES.has(tokens[k - 1]!.lower) || MINISTRY_PHRASE.has(tokens[k - 1]!.lower))) k--;
    const office = OFFICE_ROLE_WORDS.has(prev.lower);
    if (tail) return [{ from: tail[0], to: tail[1], type: 'person', reason: 'role-word-before-name', ...(office ? { titleFrom: k, roleBody: true } : {}) }];
  }
  // a lowercase organisation head right before: "the media watchdog Reporters Without Borders"
  if (prev && ORG_HEADS.has(prev.text) && prev.text !== 'group') {
    return [{ from, to, type: ORG_HEADS.get(prev.text)!, reason: 'org-head-before-name' }];
  }
  // threat group intros: "the group called Hafnium"
  if (prev && INTRO_LAST_WORDS.has(prev.text)) {
    // joined as written: "group, known as" (no space before the comma)
    let intro = '';
    for (let k = Math.max(0, from - 4); k < from; k++) intro += (k > 0 && intro !== '' && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
    if (THREAT_GROUP_INTROS.some((p) => intro.endsWith(p))) return [{ from, to, type: 'threat_group', reason: 'group-called-name' }];
  }
  // an industry word after coined words: "Brentmoor Logistics", "Clearview AI"
  if (len >= 2 && len <= 3 && INDUSTRY_SUFFIXES.has(last) && coinedFirmName(ctx, from, to - 1)) {
    return [{ from, to, type: 'company', reason: `industry-word:${last}` }];
  }
  // organisation suffix / prefix
  const suffixType = SUFFIX.get(last);
  if (suffixType && len >= 2) {
    // "Mabna Institute, an Iran-based company": the apposition says which kind
    const app = apposition(tokens, to);
    const kind = app && app.kind !== 'person' ? app.kind : suffixType;
    return orgSpan(ctx, from, to, kind, app && app.kind !== 'person' ? `org-suffix:${last}+${app.reason}` : `org-suffix:${last}`);
  }
  const prefixType = PREFIX.get(first);
  // "Commission on Audit", "Committee on Public Works"
  if (prefixType && len >= 3 && (tokens[from + 1]!.text === 'of' || tokens[from + 1]!.text === 'for' || (tokens[from + 1]!.text === 'on' && prefixType === 'agency'))) {
    return [{ from, to, type: prefixType, reason: `org-prefix:${first}` }];
  }
  // a body's word before "of" inside the name: "Constitutional Court of Bosnia and Herzegovina"
  for (let h = to - 2; h > from; h--) {
    const w = tokens[h]!.text;
    const kind = SUFFIX.get(w) ?? PREFIX.get(w);
    if (kind && (tokens[h + 1]!.text === 'of' || tokens[h + 1]!.text === 'for' || (tokens[h + 1]!.text === 'on' && kind === 'agency'))) return orgSpan(ctx, from, to, kind, `org-word-of:${w}`);
  }
  // an outlet's kind right after: "Al-Ahram newspaper", "Lebanon's Al-Mayadeen television"
  const mediaAfter = after && !after.cap ? (MEDIA_FIRST_WORDS.has(after.lower) && MEDIA_HEAD_NOUNS.has(`${after.lower} ${tokens[to + 1]?.lower ?? ''}`) ? 2 : MEDIA_HEAD_NOUNS.has(after.lower) ? 1 : 0) : 0;
  if (mediaAfter > 0 && !MEDIA_HEAD_THINGS.has(tokens[to + mediaAfter]?.lower ?? '') && !personLike(ctx, from, to)) {
    return [{ from, to, type: 'media', reason: 'name-before-media-head' }];
  }
  // "a Zerkalo Nedeli reporter": an unknown name between an article and a journalist's role
  if (after && JOURNALIST_WORDS.has(after.text) && prev !== undefined && DETERMINERS.has(prev.lower) && !personLike(ctx, from, to) && !isOrgWord(last)) {
    return [{ from, to, type: 'media', reason: `name-before-journalist:${after.text}` }];
  }
  // name followed by a lowercase head: "the Zanu PF party", "the REvil ransomware gang"
  if (after && !isCapitalised(after.text)) {
    const two = AFTER_FIRST_WORDS.has(after.text) ? `${after.text} ${tokens[to + 1]?.text ?? ''}` : '';
    if (THREAT_HEADS.has(two) || THREAT_HEADS.has(after.text)) {
      return [{ from, to, type: 'threat_group', reason: 'name-before-group-head' }];
    }
    const head = ORG_HEADS.get(after.text) ?? ORG_HEADS.get(two);
    // "the Zanu PF party", "Lissu's Chadema party", "the opposition Nova Terra bloc"
    if (head && after.text !== 'group' && prev?.text !== undefined && (DETERMINERS.has(prev.lower) || isPossessiveMark(prev.text) || (POLITICAL_ADJECTIVES.has(prev.text) && DETERMINERS.has(prev2?.lower ?? '')))) {
      return [{ from, to, type: head, reason: 'name-before-org-head' }];
    }
  }
  // apposition after: ", 38," (age), ", who", ", a journalist", ", aka X"
  const app = apposition(tokens, to);
  if (app) {
    if (app.kind === 'person') {
      const tail = personTail(tokens, from, to);
      if (tail) return [{ from: tail[0], to: tail[1], type: 'person', reason: app.reason, ...(app.aka ? { aka: app.aka } : {}) }];
    } else {
      return [{ from, to, type: app.kind, reason: app.reason }];
    }
  }
  // a known first name, 2-4 name tokens: "Chris Mhike", "Tobias Mudzingwa"
  if (firstNameAt(tokens, from) && len >= 2 && wordCount(tokens, from, to) <= 5 && !isOrgWord(last)) {
    const tail = personTail(tokens, from, to);
    if (tail) return [{ from: tail[0], to: tail[1], type: 'person', reason: 'known-first-name' }];
  }
  const nameShaped = tokens.slice(from, to).every(isNameShapedToken);
  if (len >= 2 && len <= 4 && lexiconKinds(last)?.lastName && nameShaped) {
    return [{ from, to, type: 'person', reason: 'known-last-name' }];
  }
  // "Zhao Lijian", "Ma Zhaoxu": a family name first
  if (len >= 2 && len <= 3 && EAST_ASIAN_SURNAMES.has(first) && !ctx.lowerInDoc.has(tokens[from]!.lower) && nameLike(ctx, from + 1, to) && tokens.slice(from + 1, to).every((t) => !EAST_ASIAN_SURNAMES.has(t.text) || len === 3)) {
    return [{ from, to, type: 'person', reason: 'family-name-first' }];
  }
  // "Jay V. Prabhu": a middle initial between two names
  if (len >= 3 && len <= 5 && nameShaped && tokens.slice(from + 1, to - 1).some((t) => INITIAL_RE.test(t.text)) && !INITIAL_RE.test(last)) {
    return [{ from, to, type: 'person', reason: 'middle-initial' }];
  }
  // "Tadeusz W.", "Ardit K.": a given name and the initial of a withheld surname (how many European
  // outlets name suspects); never ordinary words ("Plan B.", "Vitamin D." are words of the language)
  if (len >= 2 && len <= 3 && finalInitial(tokens, to) && nameLike(ctx, from, to - 1) && !isPlace(tokens, from, to - 1) && !lexiconKinds(first)?.place && initialNameEvidence(ctx, from, to)) {
    return [{ from, to, type: 'person', reason: 'name-and-initial' }];
  }
  // "Saddam Hussein": a known first name anywhere in a short run of name-like words no
  // one uses in lowercase here
  if (len >= 2 && len <= 4 && nameShaped && tokens.slice(from, to).some(isKnownFirstName) && tokens.slice(from, to).every((t) => !ctx.lowerInDoc.has(t.lower) && !(lexiconKinds(t.text)?.common && !lexiconKinds(t.text)?.firstName))) {
    return [{ from, to, type: 'person', reason: 'first-name-in-name' }];
  }
  // "the government of Abdrabbuh Mansur Hadi", "forces loyal to ...": a leader's name after a
  // body that belongs to a person (a country there is covered by the gazetteer already)
  if (prev?.lower === 'of' && prev2 !== undefined && LEADER_BODIES.has(prev2.lower) && wordCount(tokens, from, to) >= 2 && wordCount(tokens, from, to) <= 4 && nameLike(ctx, from, to) && !isPlace(tokens, from, to)) {
    return [{ from, to, type: 'person', reason: `leader-after:${prev2.lower}` }];
  }
  // "her client, Jean-Baptiste Nkurunziza, was": a role, a comma and a name closed by a
  // comma (the name's words may be ordinary words elsewhere: "Jean", "Marine")
  if (prev?.text === ',' && prev2 !== undefined && ROLES.has(prev2.lower) && after?.text === ',' && wordCount(tokens, from, to) >= 2 && wordCount(tokens, from, to) <= 4 && titleTailLike(ctx, from, to)) {
    return [{ from, to, type: 'person', reason: 'role-comma-name' }];
  }
  // "The Federal Minister of Transport, Wiebke Harkort, said": a capitalised title phrase,
  // a comma and a name closed by a comma
  if (prev?.text === ',' && after?.text === ',' && wordCount(tokens, from, to) >= 2 && wordCount(tokens, from, to) <= 4 && titleTailLike(ctx, from, to) && titlePhraseBefore(tokens, from - 1)) {
    return [{ from, to, type: 'person', reason: 'title-comma-name' }];
  }
  // "Noctis Vane claimed responsibility for the attack": a group, not a speaker
  if (len <= 4 && /^(?:claimed|claims|claiming)$/.test(tokens[to]?.lower ?? '') && tokens[to + 1]?.lower === 'responsibility' && !personLike(ctx, from, to)) {
    return [{ from, to, type: 'threat_group', reason: 'claimed-responsibility' }];
  }
  // next to a verb of saying: "Fu Cong blamed", "said Anto Nobilo", "spokesperson, Steffen Seibert, said"
  if (len >= 2 && len <= 4 && nameLike(ctx, from, to)) {
    const nx = tokens[to];
    const speechAfter = nx !== undefined && (SPEECH_VERBS.has(nx.lower) || (nx.text === ',' && SPEECH_VERBS.has(tokens[to + 1]?.lower ?? '')));
    const speechBefore = prev !== undefined && (SPEECH_VERBS.has(prev.lower) || (prev.lower === 'to' && prev2?.lower === 'according'));
    const roleComma = prev?.text === ',' && prev2 !== undefined && ROLES.has(prev2.lower);
    if (speechAfter || speechBefore || roleComma) {
      return [{ from, to, type: 'person', reason: speechAfter || speechBefore ? 'name-by-speech-verb' : 'role-comma-name' }];
    }
  }
  const legal = legalVerbPerson(ctx, from, to);
  if (legal) return [legal];
  // places known to compromise: not actors
  if (tokens.slice(from, to).every((t) => lexiconKinds(t.text)?.place || CONNECTORS.has(t.text))) return [];
  // how outlets are used: "Ukrinform reported", "told Kompas", "telling the Daily Nation"
  // a lone body word ("Institute published", "told the Commission") is no outlet's name
  if (!personLike(ctx, from, to) && !(len === 1 && isOrgWord(first))) {
    if (after && MEDIA_REPORT_VERBS.has(after.lower)) return [{ from, to, type: 'media', reason: `media-verb-after:${after.lower}` }];
    // "The Insider also reported", "Meduza first reported"
    const verb2 = tokens[to + 1];
    if (after && REPORT_ADVERBS.has(after.lower) && verb2 && MEDIA_REPORT_VERBS.has(verb2.lower) && verb2.lower !== 'quoted' && verb2.lower !== 'cited') {
      return [{ from, to, type: 'media', reason: `media-verb-after:${after.lower}+${verb2.lower}` }];
    }
    // "told Kompas", "telling the Daily Nation", "Speaking to Dnevnik", "in an interview with Nova TV"
    const spokeTo = (prev?.lower === 'to' && SPOKE_WORDS.has(prev2?.lower ?? '')) || (prev?.lower === 'with' && prev2?.lower === 'interview');
    const told = prev && (spokeTo || MEDIA_TOLD_VERBS.has(prev.lower) || (prev.lower === 'the' && prev2 !== undefined && MEDIA_TOLD_VERBS.has(prev2.lower)));
    if (told && (after === undefined || /^(?:[,.;:]|in|on|that|about|last|this|earlier|late)$/.test(after.lower))) return [{ from, to, type: 'media', reason: 'told-outlet' }];
  }
  return [{ from, to, type: null, reason: 'capitalised-name' }];
}


/**
 * Evidence that "<Word> X." names a person: a known given name, or a person's context — an
 * age or role apposition after it ("Ardit K., 29,"), a role and a comma before it ("the
 * suspect, Ardit K."), or another such name in a list with it ("Ardit K. and Tadeusz W.").
 */
function initialNameEvidence(ctx: NameContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  if (firstNameAt(tokens, from)) return true;
  const end = tokens[to]?.text === '.' && tokens[to]!.start === tokens[to - 1]!.end ? to + 1 : to;
  if (apposition(tokens, end)?.kind === 'person') return true;
  const prev = tokens[from - 1];
  if (prev && (ROLES.has(prev.lower) || (prev.text === ',' && ROLES.has(tokens[from - 2]?.lower ?? '')))) return true;
  // a list of two such names: "Ardit K. and Tadeusz W.", "Tadeusz W. and Ardit K."
  // (two given names, not one word twice: "Vitamin D. and Vitamin C.")
  const pairAt = (a: number): boolean => tokens[a]?.cap === true && !isAllCaps(tokens[a]!.text) && tokens[a]!.text !== tokens[from]!.text && tokens[a + 1] !== undefined && finalInitial(tokens, a + 2);
  if (tokens[end]?.lower === 'and' && pairAt(end + 1)) return true;
  if (prev?.lower !== 'and') return false;
  const back = tokens[from - 2]?.text === '.' ? from - 3 : from - 2;
  return back >= 1 && pairAt(back - 1);
}

/** The run's last token is an initial: "M." or "V" with its period glued after it ("Ardit K., 29"). */
function finalInitial(tokens: readonly Token[], to: number): boolean {
  const t = tokens[to - 1]!;
  if (INITIAL_RE.test(t.text)) return true;
  const dot = tokens[to];
  return SINGLE_UPPER_RE.test(t.text) && dot?.text === '.' && dot.start === t.end;
}

function hasAmpersand(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) if (tokens[k]!.text === '&') return true;
  return false;
}

function isPlace(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.text !== '-');
  if (words.length === 0) return false;
  if (words.length > 1 && lexiconKinds(words.map((t) => t.text).join(' '))?.place) return true;
  return words.every((t) => lexiconKinds(t.text)?.place || CONNECTORS.has(t.text));
}

/**
 * An organisation span, unless every word but the last is an ordinary word of this
 * text ("the Victim Company", "Proprietary Software" describe, they do not name).
 * Agencies are exempt: "High Court", "Constitutional Court" are names.
 */
function orgSpan(ctx: NameContext, from: number, to: number, type: ActorType, reason: string): NameSpan[] {
  const glued = ctx.covered[from - 1] === 1 && ctx.tokens[from - 1]!.end + 1 >= ctx.tokens[from]!.start;
  // "Northern Supply Organization (NSO)": a name whose acronym is defined right after it is a name
  if (type !== 'agency' && !glued && !acronymDefinedAfter(ctx.tokens, from, to)) {
    const words = ctx.tokens.slice(from, to - 1).filter((t) => HAS_LETTER.test(t.text));
    if (words.length > 0 && words.every((t) => ctx.lowerInDoc.has(t.lower) && !isAllCaps(t.text))) return [];
  }
  return [{ from, to, type, reason }];
}

/**
 * The initials of the capitalised words of tokens [from, to) are given in brackets right after:
 * "Harbour Services Company (HSC)", 'Northern Supply Organization ("NSO")'.
 */
function acronymDefinedAfter(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to]?.text !== '(') return false;
  let k = to + 1;
  if (isOpeningQuote(tokens[k]?.text ?? '')) k++;
  const acr = tokens[k];
  if (!acr || !isAllCaps(acr.text)) return false;
  const close = isClosingQuote(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  if (tokens[close]?.text !== ')') return false;
  let initials = '';
  for (let q = from; q < to; q++) if (tokens[q]!.cap) initials += tokens[q]!.text[0];
  return initials.length >= 2 && initials === acr.text.replace(/[^A-Z]/g, '');
}

/**
 * A kind of group or body said right before an unknown name: "the ransomware gang Black
 * Basta", "the hacking group Cyber Av3ngers"; or before it and a comma, the name closed by
 * a comma or the sentence's end: "the private contractor, Medisys, which", "the firm, Norlex."
 */
function kindBeforeName(ctx: NameContext, from: number, to: number): NameSpan | undefined {
  const { tokens } = ctx;
  const p1 = tokens[from - 1];
  const p2 = tokens[from - 2];
  if (p1 && p2 && !p1.cap && !p2.cap && THREAT_FIRST_WORDS.has(p2.text) && THREAT_HEADS.has(`${p2.text} ${p1.text}`)) {
    return { from, to, type: 'threat_group', reason: `group-head-before-name:${p2.text} ${p1.text}` };
  }
  if (p1?.text !== ',' || !p2 || to - from > 3 || personLike(ctx, from, to)) return undefined;
  const after = tokens[to];
  // (not "the news site, Znak.com,": a dot glued to the next word is inside the name)
  if (!after || !/^[,.;]$/.test(after.text) || (tokens[to + 1] !== undefined && tokens[to + 1]!.start === after.end)) return undefined;
  const p3 = tokens[from - 3];
  const two = p3 && ORG_HEAD_FIRST_WORDS.has(p3.lower) ? `${p3.lower} ${p2.lower}` : '';
  const kind = ORG_HEADS.get(two) ?? (p2.text !== 'group' ? ORG_HEADS.get(p2.text) : undefined);
  if (!kind) return undefined;
  return { from, to, type: kind, reason: `org-head-comma-name:${ORG_HEADS.has(two) ? two : p2.text}` };
}

/**
 * The words before an industry word are a coined name, not ordinary words: "Clearview AI",
 * "Brentmoor Logistics" (not "Generative AI", "Supply Logistics", "Advanced Robotics").
 */
function coinedFirmName(ctx: NameContext, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    // "Al Sabr Logistics": a capitalised particle opens a coined name
    if (k === from && k + 1 < to && NAME_PARTICLES.has(t.lower)) continue;
    if (!isNameToken(t) || STOP.has(t.text) || ctx.lowerInDoc.has(t.lower) || /(?:ive|al|ic|ous|ful|able|ible|ary|ed|ing|ern|ced)$/.test(t.lower)) return false;
    const lk = lexiconKinds(t.text);
    if (lk?.common || lk?.place) return false;
  }
  return true;
}

/** Bodies named after their leader: "the government of X", "the administration of X", "supporters of X". */
const LEADER_BODIES = new Set(['government', 'administration', 'regime', 'cabinet', 'supporters', 'loyalists', 'followers', 'allies', 'opponents', 'critics', 'presidency', 'premiership', 'rule', 'reign', 'ouster', 'overthrow', 'assassination', 'killing', 'arrest', 'release', 'resignation', 'impeachment']);

/** Words between an article and a party's name: "the opposition Nova Terra bloc". */
const POLITICAL_ADJECTIVES = new Set(['opposition', 'ruling', 'governing', 'rival', 'banned', 'outlawed', 'separatist', 'nationalist']);

/** Verbs of speaking before "to" and an outlet's name: "Speaking to Dnevnik". */
const SPOKE_WORDS = new Set(['speaking', 'talking', 'spoke', 'speaks', 'talked', 'talks']);

/** Journalists' roles after an outlet's name: "a Zerkalo Nedeli reporter". */
const JOURNALIST_WORDS = new Set(['reporter', 'reporters', 'correspondent', 'correspondents', 'journalist', 'journalists', 'columnist', 'editor', 'editors', 'anchor', 'presenter']);

/** Words between an outlet's name and its reporting verb: "The Insider also reported". */
const REPORT_ADVERBS = new Set(['also', 'first', 'later', 'earlier', 'previously', 'recently', 'has', 'had', 'originally', 'exclusively']);

/** Outlet kinds that name an outlet only after it: "on television Putin said" is no outlet. */
const AFTER_ONLY_MEDIA_HEADS = new Set(['television', 'tv', 'radio', 'channel']);

/** Lowercase words of a role phrase before a name: "foreign minister", "defence ministry spokesman". */
const MINISTRY_PHRASE = new Set(['foreign', 'defence', 'defense', 'interior', 'finance', 'justice', 'ministry', 'state', 'security', 'intelligence', 'police', 'army', 'military', 'deputy', 'senior', 'former', 'acting', 'top', 'chief']);

/** Shaped like a person's name: a known first name, or 2-4 name words no one uses in lowercase here with a known last name. */
function personLike(ctx: NameContext, from: number, to: number): boolean {
  if (firstNameAt(ctx.tokens, from) && to - from >= 2) return true;
  const last = ctx.tokens[to - 1]!;
  return to - from >= 2 && to - from <= 4 && nameLike(ctx, from, to) && (lexiconKinds(last.text)?.lastName ?? false);
}

/** Name-shaped and not ordinary words of this text: no word used in lowercase here, no acronym, no organisation word. */
function nameLike(ctx: NameContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (INITIAL_RE.test(t.text) || GENERATIONAL.has(t.text) || NAME_PARTICLES.has(t.text) || t.text === '-') continue;
    if (!isNameToken(t) || isAllCaps(t.text) || isOrgWord(t.text) || ctx.lowerInDoc.has(t.lower) || STOP.has(t.text)) return false;
    const lk = lexiconKinds(t.text);
    if (lk && lk.common && !lk.firstName && !lk.lastName) return false;
  }
  return true;
}

/** A name after a title: capitalised, no acronym or body word, no word this text uses in lowercase ("Ma Zhaoxu"). */
function titleTailLike(ctx: NameContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (INITIAL_RE.test(t.text) || GENERATIONAL.has(t.text) || NAME_PARTICLES.has(t.text) || t.text === '-') continue;
    if (!isNameToken(t) || isAllCaps(t.text) || isOrgWord(t.text) || ctx.lowerInDoc.has(t.lower) || STOP.has(t.text)) return false;
  }
  return true;
}

/**
 * The name at the end of a run: name-shaped words back from `to` (2-4 of them),
 * starting at a known first name if one is there, else the last two words and the
 * initials between ("... Intelligence Sigal Mandelker", "... Security John C. Demers").
 */
function trailingName(ctx: NameContext, from: number, to: number): [number, number] | undefined {
  let a = to;
  while (a > from && to - a < 4 && nameLike(ctx, a - 1, a)) a--;
  while (a < to && (INITIAL_RE.test(ctx.tokens[a]!.text) || NAME_PARTICLES.has(ctx.tokens[a]!.text))) a++;
  if (to - a < 2) return undefined;
  for (let k = a; k < to - 1; k++) if (firstNameAt(ctx.tokens, k)) return [k, to];
  let b = to - 1;
  while (b > a && INITIAL_RE.test(ctx.tokens[b - 1]!.text)) b--;
  return [Math.max(a, b - 1), to];
}

/** The person-name part of tokens [from, to): name tokens, initials, particles, "Jr.". */
function personTail(tokens: readonly Token[], from: number, to: number): [number, number] | undefined {
  let a = from;
  let b = to;
  while (a < b && (CONNECTORS.has(tokens[a]!.text) && !NAME_PARTICLES.has(tokens[a]!.text))) a++;
  for (let k = a; k < b; k++) {
    const w = tokens[k]!.text;
    // "Ji-won", "Jae-in": the lowercase part of a hyphenated given name
    const hyphenPart = k > a && tokens[k - 1]!.text === '-' && tokens[k - 1]!.end === tokens[k]!.start && LOWER_WORD.test(w);
    // 'Dongfan "Greg" Chung': a quoted nickname between two name parts stays in the name
    if (k > a && isOpeningQuote(w) && k + 3 < b + 1 && isClosingQuote(tokens[k + 2]?.text ?? '') && isNameToken(tokens[k + 1]!) && k + 3 < b) {
      k += 2;
      continue;
    }
    const ok = isNameToken(tokens[k]!) || INITIAL_RE.test(w) || NAME_PARTICLES.has(w) || GENERATIONAL.has(w) || w === '-' || hyphenPart;
    if (!ok || isOrgWord(w) || (isAllCaps(w) && w.length > 3 && !GENERATIONAL.has(w))) {
      b = k;
      break;
    }
  }
  if (a >= b) return undefined;
  return [a, b];
}

/** "X, aka Y", 'X, aka "Y"', "X, also known as Y": the token range of Y. */
export function akaAfter(tokens: readonly Token[], to: number): { from: number; to: number } | undefined {
  const app = apposition(tokens, to);
  return app?.aka;
}

/** "62-year-old" (tokens "62", "-", "year", "-", "old") starting at token k. */
function yearOldAt(tokens: readonly Token[], k: number): boolean {
  const n = tokens[k];
  return n !== undefined && /^\d{1,3}$/.test(n.text) && tokens[k + 1]?.text === '-' && /^years?$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.text === '-' && tokens[k + 4]?.lower === 'old';
}

/** A kin word with "-in-law" ending right before token `from`: "her daughter-in-law Nava X". */
function inLawBefore(tokens: readonly Token[], from: number): boolean {
  return tokens[from - 1]?.lower === 'law' && tokens[from - 2]?.text === '-' && tokens[from - 3]?.lower === 'in' && tokens[from - 4]?.text === '-' && ROLES.has(tokens[from - 5]?.lower ?? '');
}

/**
 * A capitalised title phrase closes right before the comma at `comma`: "The Federal Minister of
 * Transport, Wiebke X, said", "The Minister of Culture and Foreign Trade, Aurelien-Marc X,"
 * (capitalised words and connectors back to a title word, at most eight tokens).
 */
function titlePhraseBefore(tokens: readonly Token[], comma: number): boolean {
  const line = tokens[comma]?.line;
  for (let k = comma - 1; k >= 0 && k >= comma - 8; k--) {
    const t = tokens[k]!;
    if (t.line !== line || !(t.cap || CONNECTORS.has(t.text))) return false;
    if (TITLE_HEADS.has(t.text)) return true;
  }
  return false;
}

interface Apposition {
  readonly kind: ActorType;
  readonly reason: string;
  readonly aka?: { readonly from: number; readonly to: number };
}

/** What the words right after a name say about it. */
function apposition(tokens: readonly Token[], to: number): Apposition | undefined {
  const c = tokens[to];
  const n1 = tokens[to + 1];
  const n2 = tokens[to + 2];
  if (!c || !n1) return undefined;
  // "the Kessa Popular Resistance (KPR), a militia that": the apposition after a bracketed acronym
  if (c.text === '(' && n2?.text === ')' && isAllCaps(n1.text) && tokens[to + 3]?.text === ',') return apposition(tokens, to + 3);
  if (c.text === ',' || c.text === '(') {
    // age: "Gholamreza Rafatnejad, 38;" "Zamora, 67,"
    if (/^\d{1,3}$/.test(n1.text) && Number(n1.text) >= 14 && Number(n1.text) <= 110 && n2 && /^[,;.)]$/.test(n2.text)) {
      return { kind: 'person', reason: 'age-apposition' };
    }
    // "Rana Okafor, a 62-year-old retired nurse", "Tomas Ek, 45-year-old father of two": an age
    if (yearOldAt(tokens, DETERMINERS.has(n1.lower) ? to + 2 : to + 1)) return { kind: 'person', reason: 'age-apposition:year-old' };
    if (n1.text === 'who' || n1.text === 'whose') return { kind: 'person', reason: 'who-apposition' };
    // "aka Vahid Karima", "also known as"
    let k = to + 1;
    if (n1.text === 'aka' || n1.text === 'a.k.a.') k = to + 2;
    else if (n1.text === 'also' && n2?.text === 'known' && tokens[to + 3]?.text === 'as') k = to + 4;
    if (k > to + 1) {
      if (/^["“']$/.test(tokens[k]?.text ?? '')) k++;
      let e = k;
      while (e < tokens.length && isNameToken(tokens[e]!)) e++;
      if (e > k) return { kind: 'person', reason: 'aka-apposition', aka: { from: k, to: e } };
    }
    // ", a journalist with", ", the Zanu PF information director", ", spokesperson for"
    if (c.text === ',') {
      for (let m = to + 1; m < Math.min(tokens.length, to + 9); m++) {
        const w = tokens[m]!.text;
        // (a token's .lower is its text lowercased: no new string per word)
        const wl = tokens[m]!.lower;
        if (w === ',' || w === '.' || w === ';') break;
        if (m > to + 1 || !DETERMINERS.has(wl)) {
          // "Speaking to Dnevnik, the prosecutor said": a role followed by a verb of saying is
          // the next clause's subject, no apposition
          if (ROLES.has(wl) && (m === to + 1 || DETERMINERS.has(n1.lower) || isCapitalised(n1.text)) && !SPEECH_VERBS.has(tokens[m + 1]?.lower ?? '')) {
            return { kind: 'person', reason: `role-apposition:${wl}` };
          }
          const nxt = tokens[m + 1];
          // a capitalised head is part of a name inside a role phrase: "a former State
          // Department official" is a person's role, not a body's description
          const lowerW = w === wl;
          const two = nxt && lowerW && nxt.text === nxt.lower && ORG_HEAD_FIRST_WORDS.has(w) ? `${w} ${nxt.lower}` : '';
          const head2 = ORG_HEADS.get(two);
          const head = head2 ?? (lowerW ? ORG_HEADS.get(w) : undefined);
          // ", the newspaper El Universal": the head introduces another name
          const after = tokens[m + (head2 ? 2 : 1)];
          // (", the firm's founder": a possessed head describes a person's role, see possessedHead)
          if (head && DETERMINERS.has(n1.lower) && m <= to + 5 && !(after && after.cap && HAS_LETTER.test(after.text)) && !possessedHead(after)) return { kind: head, reason: `org-apposition:${head2 ? two : wl}` };
        }
      }
    }
  }
  return undefined;
}

/** Paragraph indexes written in Title Case (headlines, subheads): names there need support elsewhere. */
export function titleCaseLines(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  // tokens come in line order: count each line's words in one sequential pass
  let line = -1;
  let caps = 0;
  let words = 0;
  let last = '';
  for (let k = 0; k <= tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined || t.line !== line) {
      // a headline or subhead: mostly capitalised words and no full stop at the end
      if (line >= 0 && words >= 2 && caps / words >= 0.75 && last !== '.') out.add(line);
      if (t === undefined) break;
      line = t.line;
      caps = 0;
      words = 0;
    }
    last = t.text;
    if (t.text.length < 4 || caseless(t)) continue; // short words, numbers, punctuation
    words++;
    if (t.cap) caps++;
  }
  return out;
}

/** Whether lowercasing and uppercasing give the same text (no cased letter: "2024", "--"). */
function caseless(t: Token): boolean {
  const s = t.text;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 127) return t.lower === s.toUpperCase();
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
  }
  return true;
}

export { SUFFIX_LOWER, ROLES, ORG_HEADS };

// The token tests below are module-level functions, not arrows written inside classify (why:
// see stepOver in claims/index.ts).

/** A token a personal name may be made of: a name-like word (not all capitals, not an organisation word), an initial, "Jr.", a particle, a hyphen. */
function isNameShapedToken(t: Token): boolean {
  return (isNameToken(t) && !isAllCaps(t.text) && !isOrgWord(t.text)) || INITIAL_RE.test(t.text) || GENERATIONAL.has(t.text) || NAME_PARTICLES.has(t.text) || t.text === '-';
}

/** A token the name lexicon knows as a first name. */
function isKnownFirstName(t: Token): boolean {
  return lexiconKinds(t.text)?.firstName === true;
}
