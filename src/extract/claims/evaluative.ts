import { HARM_VERBS, HARM_WORDS, HEDGES, type CueEntry } from '../../lexicons/cues.ts';
import {
  ACCUSATION_NOUNS,
  DELIBERATE_SUBJECT,
  DISMISSED_NOUNS,
  FALSITY_WORDS,
  WRONGFUL_LABELS as WRONGFUL_LABELS_SOURCE,
  AGAINST_WRONG,
  EVALUATIVE,
  STATE_WRONG_NOUNS,
  ANSWERED_CONTEXT,
  FINDING_WRONG,
  LINKED_WRONG,
  VIEWED_AS,
  type EvaluativeEntry,
} from '../../lexicons/wrongdoing.ts';
import type { ClaimType, Span } from '../../types/index.ts';
import {
  CUE_KEYS,
  KEYS_INSIDE,
  cueKeysBySentence,
  actDoers,
  agentRefs,
  cancelled,
  clauseEnd,
  clauseStart,
  documentIssuer,
  nearestNounPhraseRefs,
  sameClause,
  asSecondStatement,
  SELF_PRONOUNS,
  speakerOf,
  subjectRefs,
  trimSpan,
  UNNAMED_SPEAKER_BEFORE,
  UNNAMED_SPEAKER_TAIL,
  withSlots,
  type Found,
  type SentenceContext,
} from './analyse.ts';
import { refsIn, uniqueIds, type Ref } from './mentions.ts';
import { quoteAt } from './quotes.ts';
import { allMatches, escapeRegExp, LiteralScan } from '../../nlp/regex.ts';

/**
 * Evaluative claims: accusations stated without a cue verb, by a speaker who says that
 * something wrong was done ('"The arrest is arbitrary," his lawyer said', "activists
 * say they face persecution by the police", "the inquiry found that X concealed
 * losses", "A is a known front company for B"), and denials of wrongdoing ("she did not
 * lie", "the tool is perfectly legal"). The words and frames are data
 * (src/lexicons/wrongdoing.ts); this module fills the slots.
 *
 * Precision guards: someone must say it (quote speaker, reporting verb, "according to",
 * an unnamed "experts say", or "is widely viewed as"), except for penalties "in
 * connection with violations" and contempt votes, which are acts of the accuser; a
 * negated, cancelled or hypothetical trigger gives nothing (a negated evaluation is a
 * denial); a wrongdoing noun needs a doer or a victim's "face"; a sentence that already
 * holds a claim of the same type keeps it alone (one claim per statement).
 */

/** A trigger of the lexicon found in a sentence: its span and its entry's index in EVALUATIVE. */
export interface EvaluativeHit extends Span {
  readonly entry: number;
}

/** Each entry's pattern, run only on the sentences that hold one of its keys. */
const ENTRY_RES = EVALUATIVE.map((e) => new RegExp(`\\b(?:${e.pattern})\\b`, 'gi'));
/**
 * Entry indexes per key, over a minimal key set: a key that contains a shorter key
 * ("criminal" holds "crim") is dropped and its entries go to the shorter one, which
 * matches wherever it does. Fewer alternatives make the document scan cheaper.
 */
const ENTRIES_BY_KEY = new Map<string, number[]>();
{
  const all = [...new Set(EVALUATIVE.flatMap((e) => e.keys.map((k) => k.toLowerCase())))];
  const minimal = all.filter((k) => !all.some((o) => o !== k && k.includes(o)));
  EVALUATIVE.forEach((e, i) => {
    for (const key of e.keys) {
      for (const k of minimal) {
        if (!key.toLowerCase().includes(k)) continue;
        const list = ENTRIES_BY_KEY.get(k) ?? [];
        if (!list.includes(i)) list.push(i);
        ENTRIES_BY_KEY.set(k, list);
      }
    }
  });
}
/** Every (minimal) key in one alternation: the cheap prefilter over the document. */
const KEY_RE = new RegExp([...ENTRIES_BY_KEY.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gi');

/**
 * The triggers of each sentence (sentences sorted by start, not overlapping): one scan of the
 * document for the entries' keys, then, per sentence that holds keys, the patterns of the
 * entries they belong to. Where two triggers overlap, the earlier wins, and at one start the
 * longer ("corruption case" is the case, not the noun "corruption"; "abused his office" the
 * abuse of position, not a victim's "abused").
 */
export function evaluativeHitsBySentence(text: string, sentences: readonly Span[]): EvaluativeHit[][] {
  const wanted: (Set<number> | undefined)[] = sentences.map(() => undefined);
  if (sentences.length === 0) return [];
  const from = (sentences[0] as Span).start;
  const to = (sentences.at(-1) as Span).end;
  let si = 0;
  KEY_RE.lastIndex = from;
  for (let k = KEY_RE.exec(text); k !== null && k.index < to; k = KEY_RE.exec(text)) {
    // Overlapping keys ("liar" inside "a liar"): look again from the next character.
    KEY_RE.lastIndex = k.index + 1;
    while (si < sentences.length && (sentences[si] as Span).end <= k.index) si++;
    const s = sentences[si];
    if (!s) break;
    if (k.index < s.start) continue;
    const set = (wanted[si] ??= new Set<number>());
    for (const e of ENTRIES_BY_KEY.get(k[0].toLowerCase()) ?? []) set.add(e);
  }
  return hitsOf(text, sentences, wanted);
}

/** The triggers of each sentence from the entries its keys want. */
function hitsOf(text: string, sentences: readonly Span[], wanted: readonly (ReadonlySet<number> | undefined)[]): EvaluativeHit[][] {
  return sentences.map((s, i) => {
    const set = wanted[i];
    return set ? scanSentence(text, s, set) : [];
  });
}

/**
 * Every cue key (analyse.ts) and every evaluative key, longest first, in one alternation over
 * the lower-cased document. Both scans record, at every position, the longest of their keys
 * that matches there; every key that matches at a position is a prefix of the longest union key
 * that does, so what each scan needs is read off the union's match (`UNION_PARTS`). One scan of
 * the document instead of two (the evaluative one alone was ~4% of the claims stage).
 *
 * The evaluative side wants an entry only where one of the entry's own keys occurs (not any
 * key that shares a minimal key with it, as `evaluativeHitsBySentence` does): every string an
 * entry's pattern can match holds one of its own keys (proved from the patterns in
 * tests/extract/claims/keys-complete.test.ts), so both find the same triggers, and fewer
 * patterns run per sentence.
 */
const OWN_KEYS = [...new Set(EVALUATIVE.flatMap((e) => e.keys.map((k) => k.toLowerCase())))];
const ENTRIES_OF_OWN_KEY = new Map<string, number[]>();
EVALUATIVE.forEach((e, i) => {
  for (const k of e.keys) {
    const key = k.toLowerCase();
    const list = ENTRIES_OF_OWN_KEY.get(key) ?? [];
    if (!list.includes(i)) list.push(i);
    ENTRIES_OF_OWN_KEY.set(key, list);
  }
});
const UNION_KEYS = [...new Set([...CUE_KEYS, ...OWN_KEYS])].sort((a, b) => b.length - a.length);
const UNION_SCAN = new LiteralScan(UNION_KEYS);
/** Per union key: the longest cue key that is its prefix, and the entries of the evaluative keys that are (null: none). */
const UNION_PARTS = new Map(UNION_KEYS.map((u) => {
  const entries = [...new Set(OWN_KEYS.filter((k) => u.startsWith(k)).flatMap((k) => ENTRIES_OF_OWN_KEY.get(k) ?? []))].sort((a, b) => a - b);
  return [u, { cue: CUE_KEYS.find((k) => u.startsWith(k)), entries: entries.length > 0 ? entries : null }];
}));
/**
 * Characters whose lower case differs from what the evaluative scan's case-insensitive match
 * reads (checked over the BMP in evaluative-keys.test.ts): U+0130 lowers to two code units,
 * U+212A (Kelvin sign) to "k". A document holding one is scanned the old way, twice.
 */
const LOWER_MISMATCH = /[\u0130\u212a]/;

/**
 * The cue keys (as `cueKeysBySentence`) and the evaluative triggers (as
 * `evaluativeHitsBySentence`) of each sentence, from one scan of the document.
 */
export function keysAndHitsBySentence(text: string, sentences: readonly Span[]): { keys: ReadonlySet<string>[]; hits: EvaluativeHit[][] } {
  if (sentences.length === 0 || LOWER_MISMATCH.test(text)) return { keys: cueKeysBySentence(text, sentences), hits: evaluativeHitsBySentence(text, sentences) };
  const lower = text.toLowerCase();
  const keys: Set<string>[] = sentences.map(() => new Set<string>());
  const wanted: (Set<number> | undefined)[] = sentences.map(() => undefined);
  const from = (sentences[0] as Span).start;
  const to = (sentences.at(-1) as Span).end;
  let ci = 0;
  let ei = 0;
  let cueDone = false;
  let evaluativeDone = false;
  for (let m = UNION_SCAN.next(lower, 0); m !== null && !(cueDone && evaluativeDone); m = UNION_SCAN.next(lower, m.index + 1)) {
    const at = m.index;
    const parts = UNION_PARTS.get(m[0]);
    // (cueKeysBySentence: a key belongs to the sentence that holds its end)
    const cue = parts?.cue;
    if (cue !== undefined && !cueDone) {
      const end = at + cue.length;
      while (ci < sentences.length && (sentences[ci] as Span).end < end) ci++;
      const s = sentences[ci];
      if (!s) cueDone = true;
      else if (at >= s.start) {
        const set = keys[ci] as Set<string>;
        set.add(cue);
        for (const k of KEYS_INSIDE.get(cue) ?? []) set.add(k);
      }
    }
    // (evaluativeHitsBySentence: from the first sentence's start, to its start)
    const entries = parts?.entries;
    if (entries != null && !evaluativeDone && at >= from) {
      if (at >= to) evaluativeDone = true;
      else {
        while (ei < sentences.length && (sentences[ei] as Span).end <= at) ei++;
        const s = sentences[ei];
        if (!s) evaluativeDone = true;
        else if (at >= s.start) {
          const set = (wanted[ei] ??= new Set<number>());
          for (const e of entries) set.add(e);
        }
      }
    }
  }
  return { keys, hits: hitsOf(text, sentences, wanted) };
}

function scanSentence(text: string, s: Span, entries: ReadonlySet<number>): EvaluativeHit[] {
  const sentence = text.slice(s.start, s.end);
  const all: EvaluativeHit[] = [];
  for (const i of entries) {
    const re = ENTRY_RES[i] as RegExp;
    re.lastIndex = 0;
    for (const m of allMatches(re, sentence)) {
      if (m[0].length > 0) all.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, entry: i });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end || a.entry - b.entry);
  const out: EvaluativeHit[] = [];
  for (const h of all) if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
  return out;
}

const CUE_OF = new Map<string, CueEntry>();
function cueOf(entry: EvaluativeEntry, type: ClaimType): CueEntry {
  const key = `${entry.id}:${type}`;
  let cue = CUE_OF.get(key);
  if (!cue) {
    cue = { id: `evaluative-${entry.id}`, type, frame: 'harm', pattern: entry.pattern, confidence: entry.confidence, keys: [] };
    CUE_OF.set(key, cue);
  }
  return cue;
}

const HARM_SUBJECT = new RegExp(`\\b(?:${HARM_WORDS})\\s+$`, 'i');
/** What a denial of a role must be about: a harm word, or a pronoun for one named before ("had no role in it"). */
const WRONG_AFTER = new RegExp(`^\\s+(?:(?:it|this|that|them|any\\s+of\\s+(?:it|this|them))\\b|(?:\\S+\\s+){0,5}?(?:${HARM_WORDS}|${FINDING_WRONG}|deaths?|killing|downing|crash|fire|leak)\\b)`, 'i');
const HARM_ANY = new RegExp(`\\b(?:${HARM_VERBS}|${HARM_WORDS}|${FINDING_WRONG})\\b`, 'i');
const LINKED_AFTER = new RegExp(`^\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?(?:[\\w'\u2019-]+\\s+){0,4}?(?:${LINKED_WRONG}|${HARM_WORDS})\\b`, 'i');
const VIEWED_BEFORE = new RegExp(`\\b(?:is|are|was|were|been|being)\\s+(?:\\w+ly\\s+)?${VIEWED_AS}\\s+as\\s+(?:an?\\s+)?$`, 'i');
const AGAINST_BEFORE = new RegExp(`(?:\\b${AGAINST_WRONG}\\s*(?:[\\w-]+\\s+){0,2}|\\b(?:anti|counter)-)$`, 'i');
/** A copula or verb of viewing right before a predicate: "is", "could be", "is widely viewed as", "remains". */
const COPULA_BEFORE = new RegExp(`\\b(?:(?:is|are|was|were)n['\u2019]t|is|are|was|were|be|been|being|remains?|remained|seems?|seemed|appears?|appeared|(?<=\\b(?:it|that|this|he|she|what|who|there)['\u2019])s)\\s+["\u201c]?((?:(?:\\w+ly|also|not|never|still|now|all|both|so|too|clearly|simply|just)\\s+)*)(?:${VIEWED_AS}\\s+as\\s+)?["\u201c]?(?:(?:an?|the)\\s+)?$`, 'i');
/** Acts an attributive evaluation may qualify: "the arbitrary detention", "politically motivated proceedings". */
const ACT_AFTER = /^\s+(?:and\s+\w+\s+)?(?:[\w-]+\s+){0,2}?(?:arrests?|detentions?|imprisonment|jailing|proceedings|trials?|case|cases|charges|prosecutions?|sanctions|seizures?|raids?|bans?|shutdown|closure|decisions?|ruling|verdict|occupation|annexation|invasion|blockade|killings?|deportations?|expulsions?|crackdown|shuttling|transfers?|surveillance|campaign|persecution|conduct|actions?|acts?)\b/i;
/** Acts whose possessor did them: "Acme's conduct", "Moscow's occupation of …" (not "his arrest", "her trial"). */
const AGENTIVE_POSSESSED = /^['\u2019]s?\s+(?:[\w-]+\s+)?(?:conduct|actions?|acts?|behaviou?r|polic(?:y|ies)|occupation|annexation|invasion|aggression|decision|campaign|crackdown|practices|dealings|scheme|handling|response|use\s+of|treatment\s+of|persecution|repression|attacks?|strikes?|bombing|shelling|war|interference|meddling|seizure)\b/i;
/** Victims' verbs: "journalists face harassment", "media have faced greater persecution". */
const SUFFERED_BEFORE = /\b(?:face|faces|faced|facing|suffer|suffers|suffered|suffering|endure|endures|endured|enduring|subjected\s+to|victims?\s+of|experienc(?:e|es|ed|ing))\s+(?:(?:greater|growing|increased|increasing|more|widespread|systematic|constant|ongoing|continued|severe|serious|routine|new|renewed|such|the|this|that)\s+){0,2}$/i;
/** Links from an act-subject to a wrong it shows: "the shuttling … demonstrates a complete disregard for …". */
const SHOWS_BEFORE = /\b(?:is|was|are|were|demonstrates?|demonstrated|shows?|showed|reflects?|reflected|constitutes?|constituted|amounts?\s+to|amounted\s+to|represents?|represented|exposes?|exposed|highlights?|highlighted|underscores?|underscored)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:complete|total|utter|clear|blatant|flagrant|systematic|shocking|callous|grave|serious|worst|growing|\w+ly)\s+){0,2}$/i;
/** Passive auxiliaries before a victim participle: "is being", "have been blocked or". */
const PASSIVE_AUX = /\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:(?:\w+ly|also|being|repeatedly|routinely|allegedly|still)\s+)*(?:\w+ed\s+(?:or|and)\s+)?$/i;
/** Unnamed human doers a passive may name: "threatened by unnamed individuals". */
const HUMAN_AGENT = /^\s+by\s+(?:(?:the|a|an|some|several|unknown|unnamed|unidentified|masked|armed|plainclothes|state|security|government|pro-government|\w+ian|\w+ese)\s+)*(?:individuals|men|people|persons|police|policemen|officers|agents|forces|authorities|officials|gunmen|assailants|attackers|supporters|members|thugs|militants|soldiers|troops|guards|militias?|operatives|hackers|investigators|prosecutors|smugglers|traffickers|criminals|gangs?|rebels|mobs?|captors|kidnappers|jailers|interrogators)\b/i;
/** Between a doer and its verb: auxiliaries and adverbs only ("Berisha had used", "how China uses"). */
const DOER_GAP = /^(?:['\u2019]s)?\s*,?\s*(?:(?:had|has|have|was|were|is|are|also|then|allegedly|repeatedly|long|\w+ly|continues\s+to|continued\s+to)\s+)*$/i;
const QUESTION = /\?\s*["\u201d]?\s*$/;
const DELIBERATE_SUBJECT_RE = new RegExp(`^(?:${DELIBERATE_SUBJECT})\\s*$`, 'i');
const ADMISSION = /\bplead(?:ed|s|ing)?\s+guilty\b|\badmit(?:s|ted|ting)?\b/i;

export type Attribution = { readonly ids: string[]; readonly reportedBy: string[]; readonly how: string; readonly viaAnaphor: boolean; readonly hedged?: boolean };

/**
 * `who` with other ids or hedged, as a new record. (A spread copy, `{ ...who, ids }`, overwrites a
 * field of the hidden class every speakerOf result shares: V8 then marks that field mutable and
 * throws away the optimised code of the claims stage that relied on it; see `withSlots`.)
 */
export function reattributed(who: Attribution, ids: string[], hedged: boolean): Attribution {
  return { ids, reportedBy: who.reportedBy, how: who.how, viaAnaphor: who.viaAnaphor, hedged };
}

/** Evaluative claims of one sentence, beside the cue claims already `found` in it. */
export function evaluativeClaims(ctx: SentenceContext, found: readonly Found[], hits: readonly EvaluativeHit[]): Found[] {
  if (hits.length === 0) return [];
  const { text, sentence } = ctx;
  if (QUESTION.test(text.slice(sentence.start, sentence.end))) return [];
  const out: Found[] = [];
  for (const hit of hits) {
    const entry = EVALUATIVE[hit.entry] as EvaluativeEntry;
    const own = analyseHit(ctx, entry, hit);
    if (!own) continue;
    // One claim per statement: the cue claim of the sentence already stands for it.
    // (Responsibility placed in another clause than the cue claim is another statement: "X said the
    // campaign bore the hallmarks of A, a group the US has tied to B".)
    // (A rebuttal beside a denial verb is a second statement unless one holds the other: "said the strike was
    // lawful and rejected what it called baseless claims" gives two denials.)
    const h = own.cueSpan;
    const blockers = found.filter((o) => o.type === own.type && (entry.id === 'rebuttal' ? inside(h, o.contentSpan) || (o.cueSpan.start < h.end && h.start < o.cueSpan.end) : entry.frame !== 'responsibility' || (o.cueSpan.start < h.end && sameClause(ctx, o.cueSpan, h))));
    // (A second statement after the cue claim stands on its own: "condemned the raids and said the arrests
    // were arbitrary"; "Norland charges teacher with spying; Vestia says he is wrongfully jailed".)
    const f = blockers.length > 0 ? asSecondStatement(ctx, blockers, own) : own;
    if (!f) continue;
    // "Egypt denied all claims that X was tortured": the wrong lies inside what is denied.
    if (f.type === 'accusation' && found.some((o) => o.type === 'denial' && o.contentSpan !== null && o.contentSpan.start <= hit.start && hit.end <= o.contentSpan.end)) continue;
    const same = out.find((o) => o.type === f.type && (sameStatement(ctx, o, f) || sameSlots(o, f)));
    if (!same) {
      out.push(rebuttedBefore(ctx, f, found));
      continue;
    }
    if (f.targets.length > same.targets.length) out.splice(out.indexOf(same), 1, f);
  }
  return out;
}

/** A definite accusation noun with no owner: "called the accusation …", "said the charges were …". */
const DEFINITE_ACCUSATION = /^(?:the|this|that|these|those|such)\s+(?:\w+\s+)?(?:accusations?|allegations?|charges?|claims?)\b/i;

/**
 * "Russia, which Moldova has accused of …, called the accusation a fabrication": a dismissal
 * of a definite accusation with no accuser of its own targets the claimants of the accusation
 * made before it in the same sentence (SPEC: the accusers named in that statement).
 */
function rebuttedBefore(ctx: SentenceContext, f: Found, found: readonly Found[]): Found {
  if (f.type !== 'denial' || f.targets.length > 0 || !f.contentSpan || !f.how.startsWith('dismissal')) return f;
  if (!DEFINITE_ACCUSATION.test(ctx.text.slice(f.contentSpan.start, f.contentSpan.end))) return f;
  const accusation = found.filter((o) => o.type === 'accusation' && o.cueSpan.end <= f.contentSpan!.start && o.claimants.length > 0).at(-1);
  if (!accusation) return f;
  const targets = accusation.claimants.filter((id) => !f.claimants.includes(id));
  return targets.length > 0 ? withSlots(f, { targets, how: `${f.how}+rebutted-in-sentence` }) : f;
}

/**
 * Two triggers of one clause are one statement ("the arbitrary shuttling … shows a
 * disregard for …"), unless a coordinated predicate opens a second one ("X is a front
 * company for Y and has been linked to …").
 */
function sameStatement(ctx: SentenceContext, a: Found, b: Found): boolean {
  if (!sameClause(ctx, a.cueSpan, b.cueSpan)) return false;
  const [first, second] = a.cueSpan.start <= b.cueSpan.start ? [a, b] : [b, a];
  if (/\band\s+(?:(?:also|later|then)\s+)?(?:has|have|had|is|are|was|were)\b/i.test(ctx.text.slice(first.cueSpan.end, second.cueSpan.start + 6))) return false;
  // A criminal case and what a speaker says of it ("the fraud case against X was politically motivated") are two statements.
  if (a.cue.id === 'evaluative-case' || b.cue.id === 'evaluative-case') return false;
  // "determined that X's detention is arbitrary": the evaluation inside a finding is the finding.
  if (inside(a.cueSpan, b.contentSpan) || inside(b.cueSpan, a.contentSpan)) return true;
  // "a money-laundering case that press freedom groups say is politically motivated": told by
  // someone else, it is another statement.
  return attributionOf(a) === attributionOf(b);
}

function inside(a: Span, b: Span | null): boolean {
  return b !== null && b.start <= a.start && a.end <= b.end;
}

/** How a claim's speaker was found (the part of `how` after the frame). */
function attributionOf(f: Found): string {
  return f.how.slice(f.how.indexOf('+') + 1);
}

/** The same speaker saying the same of the same actors twice in one sentence ("she did not lie … she did not lie"): one claim. */
function sameSlots(a: Found, b: Found): boolean {
  return a.claimants.join() === b.claimants.join() && a.targets.join() === b.targets.join() && a.cue.id === b.cue.id;
}

function analyseHit(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  switch (entry.frame) {
    case 'predicate': return predicate(ctx, entry, hit);
    case 'dismissal': return dismissal(ctx, entry, hit);
    case 'label': return label(ctx, entry, hit);
    case 'noun': return noun(ctx, entry, hit);
    case 'victim-passive': return victim(ctx, entry, hit);
    case 'verb': return verb(ctx, entry, hit);
    case 'finding': return finding(ctx, entry, hit);
    case 'linked': return linked(ctx, entry, hit);
    case 'in-connection': return inConnection(ctx, entry, hit);
    case 'contempt': return contempt(ctx, entry, hit);
    case 'case': return crimeCase(ctx, entry, hit);
    case 'innocent': return innocent(ctx, entry, hit);
    case 'responsibility': return responsibility(ctx, entry, hit);
  }
}

/**
 * Who says it: the speaker of the quote or reporting verb ("according to" included; an
 * outlet only relaying goes to `reportedBy`), else an unnamed "experts say" (no
 * claimants). Null when nobody is said to say it: narration is not a claim.
 */
function attribution(ctx: SentenceContext, pos: number): Attribution | null {
  const { text, sentence } = ctx;
  const sp = speakerOf(ctx, pos);
  // An outlet that states the evaluation itself is its claimant too (SPEC "Quotes").
  const head = text.slice(sentence.start, pos);
  // "The minister said Iran had violated …" is no inverted "…, said Iran": the speaker is the unnamed minister.
  const falseInversion = sp.how === 'reporting-verb-inverted' && /\b[a-z]+\s+(?:said|says|told|added|stated)\s+[^,"\u201d]*$/.test(head) && !/[,"\u201d]\s*(?:said|says|told|added|stated)\s+[^,]*$/.test(head);
  if (sp.how !== 'none' && !falseInversion) return { ids: sp.ids, reportedBy: sp.reportedBy, how: sp.how, viaAnaphor: sp.viaAnaphor };
  // Headlinese "UN: Myanmar's crackdown illegal": the speaker before the colon.
  const colon = ctx.headline ? /^\s*([^:"\u201c]{2,50}):\s/.exec(head) : null;
  if (colon) {
    const who = refsIn(ctx.refs, sentence.start, sentence.start + colon[0].length).filter((r) => r.type !== 'media');
    if (who.length > 0) return { ids: uniqueIds(who), reportedBy: sp.reportedBy, how: 'headline-colon', viaAnaphor: false };
  }
  // "According to www.example.org, part of …, X is …": a name with dots ends at a comma, not at its first dot.
  const acc = ACCORDING_LEAD.exec(head);
  if (acc) {
    const at = sentence.start + acc.index + acc[0].length;
    const stop = /[,;]|\.\s/.exec(text.slice(at, pos));
    const who = refsIn(ctx.refs, at, stop ? at + stop.index : pos);
    if (who.length > 0) {
      const media = who.filter((r) => r.type === 'media').map((r) => r.id);
      return { ids: uniqueIds(who), reportedBy: [...new Set([...sp.reportedBy, ...media])], how: 'according-to-name', viaAnaphor: false };
    }
  }
  // "A 2020 report by the State Department said …": the issuer of a document that says it.
  const doc = DOCUMENT_SAYS.exec(head);
  if (doc) {
    const at = sentence.start + doc.index;
    const issuers = refsIn(ctx.refs, at, at + doc[0].length);
    if (issuers.length > 0) return { ids: uniqueIds(issuers.slice(-1)), reportedBy: sp.reportedBy, how: 'document-issuer', viaAnaphor: false };
  }
  if (UNNAMED_SPEAKER_BEFORE.test(head) || UNNAMED_SPEAKER_TAIL.test(text.slice(pos, sentence.end))) return { ids: [], reportedBy: sp.reportedBy, how: 'unnamed-speaker', viaAnaphor: false };
  // Inside a quotation of some length whose speaker was not found: someone says it, unnamed here
  // (a scare-quoted phrase, 'what officials called "illegal aliens"', is too short to count).
  const q = quoteAt(ctx.quotes, pos);
  if (q && text.slice(q.start, q.end).trim().split(/\s+/).length >= 8) return { ids: [], reportedBy: sp.reportedBy, how: 'quote-unattributed', viaAnaphor: false };
  return null;
}

const ACCORDING_LEAD = /\b[Aa]ccording\s+to\s+(?:the\s+)?/;
/** A document of a named issuer that says something: "a report by X said", "X's annual report says". */
const DOCUMENT_SAYS = /\b(?:report|statement|study|review|assessment|letter|notice|ruling|filing|index|survey|audit)\s+(?:[\w-]+\s+){0,4}?(?:by|from|of)\s+(?:the\s+)?[^,;]{2,80}?\s+(?:said|says|stated|states|found|finds|concluded|concludes|noted|notes|reported|reports)\b|\b[^,;]{2,60}?['\u2019]s?\s+(?:\w+\s+){0,2}(?:report|statement|study|review|assessment|letter|notice|ruling|filing|index|survey|audit)\s+(?:said|says|stated|states|found|finds|noted|notes)\b/;

function build(
  ctx: SentenceContext,
  entry: EvaluativeEntry,
  type: ClaimType,
  span: Span,
  who: Attribution,
  targets: readonly Ref[],
  content: Span | null,
  how: string,
  cs: number,
  ce: number,
): Found | null {
  const cue = cueOf(entry, type);
  // "the US House of Representatives", "the United Nations Working Group on …": the body that
  // speaks, not also the one it belongs to, named inside or before its name.
  const claimants = who.ids.filter((id) => !who.ids.some((o) => o !== id && ctx.affiliation.get(o) === id));
  let targetIds = uniqueIds(targets).filter((id) => !claimants.includes(id) && !who.reportedBy.includes(id));
  // A speaker on its own side is an admission or a complaint, not an accusation of it.
  targetIds = targetIds.filter((id) => !claimants.some((c) => ctx.affiliation.get(c) === id || ctx.affiliation.get(id) === c));
  if (type === 'accusation' && targets.length > 0 && targetIds.length === 0) return null;
  const certainty = who.hedged || hedgedIn(ctx, span, ce) ? 'hedged' : 'asserted';
  return {
    type,
    cue,
    cueSpan: span,
    claimants,
    targets: targetIds,
    contentSpan: content,
    certainty,
    reportedBy: who.reportedBy,
    confidence: entry.confidence,
    how: `${how}+${who.how}`,
    claimantViaAnaphor: who.viaAnaphor,
  };
}

/**
 * "Zamora's detention is arbitrary", "the case is widely viewed as politically motivated",
 * "X is a known front company for Y"; attributive on an act: "politically motivated
 * proceedings", "Russia's illegal annexation of …". Negated ("was not arbitrary") it is a
 * denial by the speaker.
 */
function predicate(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text } = ctx;
  const cs = clauseStart(ctx, hit.start, true);
  const ce = clauseEnd(ctx, hit.end);
  const before = text.slice(cs, hit.start);
  const copula = COPULA_BEFORE.exec(before);
  const word = text.slice(hit.start, hit.end);
  if (!copula) {
    // Attributive: only the adjectives, and only on an act.
    if (!/^(?:arbitrary|unconstitutional|illegal|unlawful|illegitimate|politically[\s-]motivated|abusive|inhumane|discriminatory|fraudulent|corrupt|criminal|rigged|unjust)$/i.test(word)) return null;
    if (!ACT_AFTER.test(text.slice(hit.end, hit.end + 60))) return null;
    // "the criminal case against X", "a criminal investigation": a legal category, not an evaluation.
    if (/^criminal$/i.test(word)) return null;
    if (cancelledHere(ctx, cueOf(entry, 'accusation'), hit, cs) || AGAINST_BEFORE.test(text.slice(Math.max(cs, hit.start - 40), hit.start))) return null;
    const who = viewed(ctx, hit.start) ?? attribution(ctx, hit.start);
    if (!who) return null;
    // The doer: a possessor right before ("Russia's illegal annexation") or a "by" agent after the act.
    const possessor = refsIn(ctx.refs, Math.max(cs, hit.start - 50), hit.start).filter((r) => /^['\u2019]s?\s+(?:\w+\s+)?$/.test(text.slice(r.end, hit.start)));
    const act = ACT_AFTER.exec(text.slice(hit.end, hit.end + 60));
    const actEnd = hit.end + (act ? act[0].length : 0);
    const agents = agentRefs(ctx, actEnd, ce);
    const start = /\b(?:the|a|an)\s+$/i.exec(text.slice(Math.max(cs, hit.start - 4), hit.start)) ? hit.start : hit.start;
    return build(ctx, entry, 'accusation', hit, who, [...possessor, ...agents], trimSpan(text, start, ce), 'attributive', cs, ce);
  }
  const copulaStart = cs + copula.index;
  // "was not only a crime but …" affirms.
  const adverbs = copula[1] ?? '';
  const negated = (/\b(?:not|never)\b/i.test(adverbs) && !/\bnot\s+only\b/i.test(adverbs)) || /n['\u2019]t\s+/i.test(copula[0]) || /\b(?:not|never|n['\u2019]t)\s*$/i.test(text.slice(cs, copulaStart));
  // "The crash was not deliberate" clears nobody of a named wrong: no claim. A bare "was deliberate / no accident"
  // only of an act of harm or a demonstrative ("the timing was deliberate" is none).
  if (entry.id === 'deliberate-act' && (negated || (!/^an?\s/i.test(word) && !DELIBERATE_SUBJECT_RE.test(text.slice(afterLead(ctx, cs, copulaStart), copulaStart).replace(/^["\u201c\s]+/, ''))))) return null;
  const type: ClaimType = negated ? 'denial' : 'accusation';
  const cue = cueOf(entry, type);
  // Cancel on the words before the copula ("would be illegal", "if it is illegal"), not on the negation the denial reads.
  const why = cancelledHere(ctx, cue, { start: copulaStart, end: hit.end }, cs);
  if (why && why !== 'negated') return null;
  if (why === 'negated' && !negated) return null;
  if (/\b(?:if|whether|unless)\b/i.test(text.slice(cs, copulaStart))) return null;
  // "speech that might be illegal in any country": a possibility about a class, not a case.
  if (/\b(?:that|which|who)\s+(?:might|may|could|can)\s+$/i.test(text.slice(Math.max(ctx.sentence.start, copulaStart - 30), copulaStart))) return null;
  // "such a ban would be unconstitutional", "it must be illegal": a prediction or a norm ("could be" only hedges).
  if (/\b(?:would|will|shall|should|must|wo)\s*(?:n['\u2019]t\s+|not\s+)?(?:\w+ly\s+|also\s+)?$/i.test(text.slice(cs, copulaStart))) return null;
  // "the charges are politically motivated": what is called wrongful is an accusation, a denial.
  // (Without the reporting boundaries: "claims", "charges", "reports" are reporting verbs there.)
  if (!negated && ACCUSATION_SUBJECT.test(text.slice(clauseStart(ctx, copulaStart, false), copulaStart))) return dismissal(ctx, entry, hit);
  const isViewed = VIEWED_AS_IN.test(copula[0]);
  const who = isViewed ? { ids: [], reportedBy: [], how: 'viewed-as', viaAnaphor: false, hedged: true } : attribution(ctx, hit.start);
  if (!who) return null;
  // The subject: an actor is the accused; an act ("his client's arrest", "the case") names none.
  const subjectFrom = afterLead(ctx, cs, copulaStart);
  let subject = subjectRefs(ctx, subjectFrom, copulaStart);
  // "Acme's conduct was criminal": the possessor of an act is its doer ("his arrest" names the one arrested: no).
  if (subject.length === 0) subject = refsIn(ctx.refs, subjectFrom, copulaStart).filter((r) => AGENTIVE_POSSESSED.test(text.slice(r.end, copulaStart)));
  // "This is a war crime committed by Korvia": the doer named after the predicate.
  if (subject.length === 0 && !negated) {
    const by = /^\s+(?:(?:committed|carried\s+out|perpetrated|ordered|orchestrated)\s+)(?=by\s)/i.exec(text.slice(hit.end, ce));
    if (by) subject = agentRefs(ctx, hit.end + by[0].length, ce);
  }
  // "the arrest of X by Vestian police was illegal": the act's "by" agent did it
  if (subject.length === 0) subject = actDoers(ctx, subjectFrom, copulaStart);
  // ('"It was a deliberate attack," she said': the pronoun stands for the act, not for an actor it may resolve to)
  const target = negated ? [] : entry.id === 'deliberate-act' ? subject.filter((r) => !/^(?:it|this|that)$/i.test(text.slice(r.start, r.end))) : subject;
  // "front company for Y": the one it fronts for is accused too.
  const forRefs = /\bfor$/i.test(word) ? refsIn(ctx.refs, hit.end, ce).filter((r) => !/\b(?:in|of|from|at|to|with|by)\b|[,;]/i.test(text.slice(hit.end, r.start))).slice(0, 1) : [];
  // A speaker does not accuse itself: "we are criminals" is no claim.
  if (!negated && subject.some((r) => who.ids.includes(r.id))) return null;
  if (/^\s*(?:I|we)\s/i.test(text.slice(cs, copulaStart) + ' ') && !negated) return null;
  const content = isViewed ? trimSpan(text, hit.start, ce) : trimSpan(text, afterLead(ctx, cs, copulaStart), ce);
  return build(ctx, entry, type, hit, who, [...target, ...forRefs], content, negated ? 'negated-predicate' : 'predicate', cs, ce);
}

const VIEWED_AS_IN = new RegExp(`\\b${VIEWED_AS}\\s+as\\b`, 'i');

const HEDGE_ALL = new RegExp(`\\b${HEDGES}\\b`, 'gi');
const ARTICLE_HEDGE = /\b(?:allegedly|reportedly|purportedly|apparently|likely|probably|possibly)\b/i;

/**
 * Hedged when a hedge word stands in the clause before the trigger (reporting verbs
 * included: "he believed the arrest was arbitrary") or an article's hedge after it, but not
 * a negated one: "I don't believe it, it's fake" asserts.
 */
function hedgedIn(ctx: SentenceContext, span: Span, ce: number): boolean {
  const { text } = ctx;
  const from = clauseStart(ctx, span.start, false);
  const zone = text.slice(from, span.start);
  for (const m of allMatches(HEDGE_ALL, zone)) {
    if (!/(?:\b(?:not|never)|n['\u2019]t)\s+(?:\w+\s+)?$/i.test(zone.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) return true;
  }
  return ARTICLE_HEDGE.test(text.slice(span.end, ce));
}

/** Past an attribution that opens the clause ("According to Vance, X is …"): its actor is the speaker, not the subject. */
function afterLead(ctx: SentenceContext, cs: number, end: number): number {
  const lead = /^\s*(?:[Aa]ccording\s+to|[Aa]s\s+(?:reported|stated)\s+by|[Cc]iting|[Ii]n\s+the\s+words\s+of)\b[^,]{1,120},\s*/.exec(ctx.text.slice(cs, end));
  return lead ? cs + lead[0].length : cs;
}

/** Acts and decisions as objects of a label: they name no actor of their own ("called the decision to jail X …"). */
const ACT_OBJECT = /^\s+(?:the|this|that|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:decision|ruling|verdict|judgment|judgement|sentence|arrest|detention|case|trial|move|law|bill|ban|raid|vote|policy|measure|operation|attack|charges|proceedings|prosecution|investigation|order)\b/i;

/**
 * A wrongful label: "Romeu called the decision to reimprison X a 'blatant case of judicial
 * weaponization'", "citing what he called the president's failure to govern", "Lund
 * branded Vance a traitor". The labeller accuses the labelled actor (none for an act or
 * decision), or the possessor inside the label ("the president's failure").
 */
function label(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text } = ctx;
  const cs = clauseStart(ctx, hit.start, true);
  const ce = clauseEnd(ctx, hit.end);
  const cue = cueOf(entry, 'accusation');
  if (cancelledHere(ctx, cue, hit, cs)) return null;
  // "called for", "called on X to": a demand, not a label.
  if (/^\s+(?:for|on|upon|off|in|up)\b/i.test(text.slice(hit.end, hit.end + 6))) return null;
  const found = LABEL_AT.exec(text.slice(hit.end, ce));
  if (!found) return null;
  const labelAt = hit.end + found.index + found[0].length - (found[1] as string).length;
  const labelEnd = hit.end + found.index + found[0].length;
  const object = text.slice(hit.end, labelAt);
  // An accusation labelled ("called the charges a witch hunt") is a denial, read by the dismissal frame.
  // (so are the charges against the labeller's own side: 'called the charges against its managers "a bid to …"')
  if (ACCUSATION_WORD.test(object) && !AGAINST_ANOTHER.test(object)) return null;
  // So is a measure or case called false ("called the sanctions based on fabrications and lies").
  if (DISMISSED_OBJECT.test(object) && FALSITY.test(text.slice(labelAt, Math.min(ce, labelEnd + 40)))) return null;
  // "…, which Ross has referred to as a stunt": what is labelled lies outside the clause (often the
  // accusation against the labeller, a denial); unread.
  if (/\b(?:which|that|whom)\s+(?:\S+\s+){1,4}?$/i.test(text.slice(Math.max(ctx.sentence.start, hit.start - 40), hit.start)) && !/^\s+(?:him|her|them|it|[A-Z])/.test(text.slice(hit.end, hit.end + 6))) return null;
  const what = /\bwhat\s+((?:\S+\s+){1,4}?)$/i.exec(text.slice(Math.max(cs, hit.start - 40), hit.start));
  // The labeller: "what he called", else the subject of the verb, else whoever says the sentence.
  let labellers = what ? refsIn(ctx.refs, hit.start - what[0].length, hit.start) : subjectRefs(ctx, afterLead(ctx, cs, hit.start), hit.start);
  // "Vance resigned, citing what she called …": an unresolved pronoun is the sentence's subject.
  if (what && labellers.length === 0 && /^(?:he|she|they|it|we|I)\s/i.test(what[1] ?? '')) {
    const verb = /\b(?:[a-z]+ed|said|says|is|was|are|were|has|had|quit|left|told)\b/.exec(text.slice(ctx.sentence.start, hit.start));
    labellers = verb ? subjectRefs(ctx, ctx.sentence.start, ctx.sentence.start + verb.index) : [];
  }
  const who: Attribution | null = labellers.length > 0
    ? { ids: uniqueIds(labellers.filter((r) => r.type !== 'media')), reportedBy: [], how: what ? 'what-called' : 'labeller', viaAnaphor: labellers.every((r) => r.via === 'anaphor') }
    : attribution(ctx, hit.start);
  if (!who) return null;
  // The labelled: the object before the label, unless it is an act; else a possessor inside the label.
  const objectRefs = ACT_OBJECT.test(object) || what ? [] : refsIn(ctx.refs, hit.end, labelAt).filter((r) => !/\b(?:of|to|in|for|by|with|from|at|on)\s+(?:the\s+)?$/i.test(text.slice(hit.end, r.start)));
  const owners = refsIn(ctx.refs, what ? hit.end : labelAt - 40, labelEnd).filter((r) => r.start >= (what ? hit.end : labelAt - 40) && /^['\u2019]s?\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(r.end, labelAt)));
  // The label phrase from its article: 'a "blatant case of judicial weaponization"'.
  const article = /\b(?:an?|the)\s+(?:(?!(?:an?|the)\s)\S+\s+){0,5}$/i.exec(object);
  const content = trimSpan(text, what ? hit.end : article ? hit.end + article.index : labelAt, ce);
  return build(ctx, entry, 'accusation', hit, who, [...objectRefs, ...owners], content, what ? 'what-called' : 'label', cs, ce);
}

/** A bare pronoun subject before a labelling verb ("It called …", "They described …"). */
const PRONOUN_LABELLER = /^\s*(?:he|she|it|they|we)\s+(?:(?:also|later|then|again|has|have|had|\w+ly)\s+)?$/i;
const ACCUSATION_WORD = new RegExp(`\\b${ACCUSATION_NOUNS}\\b`, 'i');
/** An accusation against someone other than the labeller's side ("the charges against Kessler", not "against him", "against its staff"). */
const AGAINST_ANOTHER = new RegExp(`\\bagainst\\s+(?!(?:${SELF_PRONOUNS}|its|his|their|our|my)\\b)`, 'i');
const DISMISSED_OBJECT = new RegExp(`\\b${DISMISSED_NOUNS}\\b`, 'i');
const FALSITY = new RegExp(`\\b${FALSITY_WORDS}\\b`, 'i');

/** The label after the verb: the first wrongful word within fourteen words (capture = the label's head). */
const LABEL_AT = new RegExp(`^(?:\\s+\\S+){0,14}?\\s+(?:as\\s+)?(?:an?\\s+|the\\s+)?["\u201c\u2018]?(?:[\\w-]+\\s+){0,3}?(${WRONGFUL_LABELS_SOURCE})\\b`, 'i');

/** An accusation noun heading a subject: "the US accusations", "claims by Washington that …". */
const ACCUSATION_HEAD = new RegExp(`\\b(${ACCUSATION_NOUNS})\\b(?:\\s+(?:of|that|against|by|from|about|made|levell?ed)\\b[^;]*)?\\s*$`, 'i');
const ACCUSATION_SUBJECT = ACCUSATION_HEAD;
/** The same with the lawsuits, cases and sanctions a denier calls false ("the lawsuit is meritless"). */
const DISMISSED_HEAD = new RegExp(`\\b(${DISMISSED_NOUNS})\\b(?:\\s+(?:of|that|against|by|from|about|made|levell?ed|filed|brought|imposed)\\b[^;]*)?\\s*$`, 'i');
/** An act of the state between an accusation noun and the copula: its subject, not the accusation's. */
const STATE_ACT_AFTER_HEAD = /\b(?:case|cases|trial|prosecution|arrest|detention|sentence|sentencing|verdict|investigation|probe|proceedings|raid|ban|jailing|imprisonment)\b/i;
/** "called the allegations absurd", "dismissed the claims as a smear", "described Washington's charges as …". */
/** A dismissive trigger that is a verb of its own ("relied on unverified sources", "have no basis in fact"). */
// ("the report contained numerous factual errors": the verb of a `falsity` trigger)
const RELIED_ON = /^(?:rest|rests|rested|rely|relies|relied|have|has|had|bears?|bore|does|do|did|contains?|contained|misrepresent\w*|mischaracteri\w*|distort\w*|twist\w*)\b/i;
const DISMISS_LABEL = new RegExp(`\\b(?:called|calls|calling|termed|terms|described|describes|describing|dismissed|dismisses|dismissing|labell?ed|branded|brands|denounced|denounces|rejected|rejects|slammed|slams|blasted|blasts|decried|decries|characteri[sz]ed)\\s+((?:(?:the|these|those|such|all|any|his|her|their|its)\\s+)?(?:(?:[\\w.-]+\\s+){0,2}?[\\w.-]+['\u2019]s?\\s+)?(?:[\\w-]+\\s+){0,3}?${DISMISSED_NOUNS}(?:\\s+(?:made|levell?ed|raised)?\\s*(?:by|from|against)\\s+[^,;]{1,60}?|\\s+of\\s+(?=[A-Z])[^,;]{1,60}?)?)\\s+(?:as\\s+)?["\u201c\u2018']?(?:an?\\s+)?(?:(?:complete|total|utter|pure|outright|blatant|\\w+ly|[A-Z][\\w-]*)\\s+)?$`, 'i');

/** An accuser named before its accusation noun: "the US accusations", "Washington's claims". */
const ACCUSER_OF_NOUN = /^(?:['\u2019]s?)?\s+(?:[\w'\u2019-]+\s+){0,2}?(?:accusations?|allegations?|claims?|charges|reports?|assertions?|suggestions?|insinuations?|rumou?rs?|stories|story|indictment|accounts?|statements?|characteri[sz]ations?|portrayals?|findings)\b/i;
const BY_OR_FROM_BEFORE = /\b(?:by|from)\s+(?:the\s+)?$/i;

/**
 * An accusation called false: "Moscow said the US accusations were absurd", "the
 * minister called the allegations a smear". A denial by the speaker (or the subject of
 * the labelling verb), targeting the accusers named in the accusation phrase.
 */
function dismissal(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text } = ctx;
  const cs = clauseStart(ctx, hit.start, true);
  const ce = clauseEnd(ctx, hit.end);
  const cue = cueOf(entry, 'denial');
  const before = text.slice(cs, hit.start);
  // The accusation noun may be a word the clause reader takes for a reporting verb ("the claims are …").
  const wide = clauseStart(ctx, hit.start, false);
  const copula = COPULA_BEFORE.exec(text.slice(wide, hit.start));
  let phrase: Span | null = null;
  let who: Attribution | null = null;
  let how = 'dismissal';
  // ("the report is biased" denies; "the investigation was biased" accuses whoever runs it: see `accusationOnly`)
  const heads = entry.accusationOnly ? ACCUSATION_HEAD : DISMISSED_HEAD;
  if (copula) {
    const copulaAt = wide + copula.index;
    const head = heads.exec(text.slice(wide, copulaAt));
    if (!head) return null;
    // ("on charges of … in a case that rights groups say is retaliation": the case, an act of the state, is the subject)
    if (entry.accusationOnly && STATE_ACT_AFTER_HEAD.test(text.slice(wide + head.index + (head[1] as string).length, copulaAt))) return null;
    // "the claims are not false": no denial.
    if (/\b(?:not|never)\b|n['\u2019]t/i.test(copula[0])) return null;
    // The phrase opens at its determiner or at the clause ("said the US accusations were …").
    const said = [...text.slice(wide, wide + head.index).matchAll(/\b(?:said|says|say|told|stated|added|insisted|argued|maintained|that)\s+/gi)].at(-1);
    const from = afterLead(ctx, said ? wide + (said.index ?? 0) + said[0].length : wide, copulaAt);
    phrase = { start: from, end: copulaAt };
    who = attribution(ctx, hit.start);
  } else if (RELIED_ON.test(text.slice(hit.start, hit.end)) && heads.test(text.slice(wide, hit.start))) {
    // "the report relied on unverified sources": the verb itself says what the accusation rests on.
    const head = heads.exec(text.slice(wide, hit.start)) as RegExpExecArray;
    const said = [...text.slice(wide, wide + head.index).matchAll(/\b(?:said|says|say|told|stated|added|insisted|argued|maintained|that)\s+/gi)].at(-1);
    phrase = { start: afterLead(ctx, said ? wide + (said.index ?? 0) + said[0].length : wide, hit.start), end: hit.start };
    who = attribution(ctx, hit.start);
  } else {
    // (from the sentence start: a quote opening after "as" starts a clause of its own for the clause reader)
    const from = ctx.sentence.start;
    const label = DISMISS_LABEL.exec(text.slice(from, hit.start));
    if (!label) return null;
    if (entry.accusationOnly && !ACCUSATION_HEAD.test(label[1] as string)) return null;
    const verbAt = from + label.index;
    const vcs = clauseStart(ctx, verbAt, true);
    phrase = { start: verbAt + label[0].indexOf(label[1] as string), end: verbAt + label[0].indexOf(label[1] as string) + (label[1] as string).length };
    const subj = subjectRefs(ctx, afterLead(ctx, vcs, verbAt), verbAt);
    who = subj.length > 0 ? { ids: uniqueIds(subj.filter((r) => r.type !== 'media')), reportedBy: [], how: 'labeller', viaAnaphor: subj.every((r) => r.via === 'anaphor') } : attribution(ctx, hit.start);
    // 'It called the charges "an attempt to …"' with "it" unresolved: someone named labels it, claimants unknown.
    if (!who && PRONOUN_LABELLER.test(text.slice(afterLead(ctx, vcs, verbAt), verbAt))) who = { ids: [], reportedBy: [], how: 'labeller-unresolved', viaAnaphor: true };
    how = 'dismissal-label';
  }
  if (!who) return null;
  const why = cancelledHere(ctx, cue, hit, cs);
  if (why && why !== 'negated') return null;
  // (an indirect question, "asked whether the report was biased", is cancelled above like a cue's)
  if (/\b(?:if|whether|unless)\b/i.test(before)) return null;
  // The accusers: named in the phrase before its noun ("the US accusations", "Washington's claims") or after "by"/"from".
  const accusers = refsIn(ctx.refs, phrase.start, phrase.end).filter((r) => {
    const after = text.slice(r.end, phrase.end);
    return ACCUSER_OF_NOUN.test(after) || BY_OR_FROM_BEFORE.test(text.slice(Math.max(phrase.start, r.start - 12), r.start));
  });
  // ("Orvik said Clearwater Watch's report was false": the owner of the report is rebutted, not a denier)
  const accuserIds = new Set(accusers.map((r) => r.id));
  const deniers = who.ids.filter((id) => !accuserIds.has(id));
  if (deniers.length > 0 && deniers.length < who.ids.length) who = reattributed(who, deniers, who.hedged === true);
  return build(ctx, entry, 'denial', hit, who, accusers, trimSpan(text, phrase.start, hit.end), how, cs, ce);
}

/**
 * The cue rules' cancel test, but a capitalised negator is part of a name, not a negation:
 * "Reporters Without Borders, called …", "No Limits Ltd said …".
 */
function cancelledHere(ctx: SentenceContext, cue: CueEntry, span: Span, clauseFrom: number): string | null {
  const why = cancelled(ctx, cue, span, clauseFrom);
  if (why !== 'negated') return why;
  const before = ctx.text.slice(Math.max(clauseFrom, span.start - 60), span.start);
  return /(?:\b(?:not|never|no|nor|neither|without)\b|n['\u2019]t\b)(?:\s+\S+){0,3}\s*$/.test(before) ? why : null;
}

/** "is widely viewed as …" right before: an evaluation held by nobody named, hedged. */
function viewed(ctx: SentenceContext, pos: number): Attribution | null {
  return VIEWED_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, pos - 50), pos)) ? { ids: [], reportedBy: [], how: 'viewed-as', viaAnaphor: false, hedged: true } : null;
}

const STATE_WRONG = new RegExp(`^${STATE_WRONG_NOUNS}$`, 'i');
/** A wrong told as background or as a danger, not as done: "amid Russian aggression", "the threat of Chinese espionage". */
const BACKGROUND_BEFORE = /\b(?:amid|amidst|despite|counter(?:s|ed|ing)?|face\s+of|light\s+of|wake\s+of|threats?\s+(?:of|from)|fears?\s+(?:of|about)|risks?\s+of|danger\s+of|deter\w*|because\s+of|due\s+to|vulnerable\s+to|resist\w*|possible|potential|future)\s+(?:(?:the|any|further|more|new)\s+)?$/i;

/** The state a country adjective right before a state's wrong names: "Russian aggression", "Chinese state-sponsored espionage". */
function adjectiveDoers(ctx: SentenceContext, hit: EvaluativeHit, cs: number): Ref[] {
  const { text } = ctx;
  const r = refsIn(ctx.refs, Math.max(cs, hit.start - 40), hit.start).filter((o) => o.type === 'country').at(-1);
  if (!r || !/^\s+(?:[\w-]+\s+)?$/.test(text.slice(r.end, hit.start)) || /^['\u2019]/.test(text.slice(r.end, r.end + 1))) return [];
  return BACKGROUND_BEFORE.test(text.slice(Math.max(cs, r.start - 40), r.start)) ? [] : [r];
}

/**
 * A noun of wrongdoing with its doer: "repression by the army", "China's persecution of
 * …", "corruption in Albania"; with its victims: "journalists face harassment"; or as
 * what an act shows: "the transfers demonstrate a complete disregard for human dignity".
 */
function noun(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text } = ctx;
  const cs = clauseStart(ctx, hit.start, true);
  const ce = clauseEnd(ctx, hit.end);
  const before = text.slice(Math.max(cs, hit.start - 60), hit.start);
  if (AGAINST_BEFORE.test(before)) return null;
  if (cancelledHere(ctx, cueOf(entry, 'accusation'), hit, cs)) return null;
  // "allegations of corruption", "charges of abuse": the cue rules read those.
  if (/\b(?:of|for|on)\s+(?:\w+\s+)?$/i.test(before) && /\b(?:allegations?|accusations?|charges?|suspicion|convicted|accused|guilty|investigation|probe|inquiry|case|trial|sentenced|arrested)\s+(?:of|for|on)\s+(?:\w+\s+)?$/i.test(before)) return null;
  const possessor = refsIn(ctx.refs, Math.max(cs, hit.start - 50), hit.start).filter((r) => /^['\u2019]s?\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(r.end, hit.start)) && !/\b(?:of|against|for|on|to)\b/i.test(text.slice(r.end, hit.start)));
  const after = text.slice(hit.end, ce);
  // ("persecution of journalists by the police", "a massacre of villagers by the army of X": an "of" phrase before the agent)
  const by = /^\s+(?:of\s+(?:[\w'\u2019-]+\s+){1,4}?)?(?:(?:and|or)\s+[\w-]+\s+)?(?:(?:being|been|was|were|is|are|carried|committed|implemented|perpetrated|practi[sc]ed|waged|conducted|orchestrated|launched|out|organi[sz]ed|directed|ordered|sponsored|coordinated|planned)\s+){0,3}by\s+/i.exec(after);
  const agents = by ? byAgents(ctx, hit.end + by[0].length, ce) : [];
  const inCountry = /^\s+in\s+(?:the\s+)?$/i;
  // ("Norlandic interference in Vestia", "aggression in Ostria": the country after "in" suffers a state's wrong)
  const stateWrong = STATE_WRONG.test(text.slice(hit.start, hit.end)) || entry.id === 'wrong-by' || entry.id === 'state-campaign';
  const located = stateWrong ? [] : refsIn(ctx.refs, hit.end, Math.min(ce, hit.end + 40)).filter((r) => r.type === 'country' && inCountry.test(text.slice(hit.end, r.start)));
  const adjective = stateWrong && possessor.length === 0 ? adjectiveDoers(ctx, hit, cs) : [];
  const suffered = SUFFERED_BEFORE.test(before);
  const shows = !suffered && SHOWS_BEFORE.test(before) && !/\b(?:this|the)\s+(?:case|investigation|prosecution|sentence|conviction|charges?|indictment|plea|arrest)\s+\S*\s*$/i.test(text.slice(cs, hit.start).replace(SHOWS_BEFORE, ''));
  const doers = [...possessor, ...agents, ...located, ...adjective];
  if (doers.length === 0 && !suffered && !shows) return null;
  const who = attribution(ctx, hit.start);
  if (!who) return null;
  let targets: Ref[] = doers;
  let how = possessor.length > 0 ? 'noun-possessor' : agents.length > 0 ? 'noun-by' : located.length > 0 ? 'noun-in' : adjective.length > 0 ? 'noun-adjective' : suffered ? 'noun-suffered' : 'noun-shows';
  let content = trimSpan(text, possessor[0]?.start ?? hit.start, ce);
  if (suffered) content = trimSpan(text, cs, ce);
  if (shows && doers.length === 0) {
    // The act before the link verb names its doer, if any ("the shuttling of people between Guantanamo and the U.S.").
    const link = SHOWS_BEFORE.exec(before);
    const linkAt = link ? Math.max(cs, hit.start - 60) + link.index : hit.start;
    targets = refsIn(ctx.refs, cs, linkAt).filter((r) => r.type === 'country' || r.type === 'agency');
    how = 'noun-shows';
    content = trimSpan(text, hit.start, ce);
  }
  return build(ctx, entry, 'accusation', hit, who, targets, content, how, cs, ce);
}

/** The actors of a "by" phrase: up to a comma or clause end; "the government in Islamabad" gives both refs. */
function byAgents(ctx: SentenceContext, from: number, ce: number): Ref[] {
  // "corruption by any party": nobody in particular
  if (/^(?:any|all|every|no|some|many|several|anyone|anybody|whoever)\b/i.test(ctx.text.slice(from, from + 10))) return [];
  const stop = /[,;:]|\s(?:for|with|to|that|which|who|since|after|while|because)\s/i.exec(ctx.text.slice(from, ce));
  return refsIn(ctx.refs, from, stop ? from + stop.index : ce).slice(0, 3);
}

/**
 * A wrong suffered, in the passive, with no named doer: "he is being tormented", "journalists
 * have been blocked or harassed", "he had been threatened by unnamed individuals". (A named
 * doer is the harm rule's passive.)
 */
function victim(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text } = ctx;
  const cs = clauseStart(ctx, hit.start, true);
  const ce = clauseEnd(ctx, hit.end);
  const before = text.slice(Math.max(cs, hit.start - 50), hit.start);
  if (!PASSIVE_AUX.test(before)) return null;
  // "women who have been raped", "those who were tortured": a class of victims, no statement about a case.
  if (/\b(?:who|that)\s+(?:\w+\s+){0,2}$/i.test(before)) return null;
  // "I was harassed" is a complaint of a wrong (the cue rules' "self" cancel is for "I was accused").
  const why = cancelledHere(ctx, cueOf(entry, 'accusation'), hit, cs);
  if (why && why !== 'self') return null;
  const after = text.slice(hit.end, ce);
  let targets: Ref[] = [];
  if (/^\s+by\s/i.test(after)) {
    targets = agentRefs(ctx, hit.end, ce);
    // "threatened by rising seas": a doer must be a person or body.
    if (targets.length === 0 && !HUMAN_AGENT.test(after)) return null;
  }
  const who = attribution(ctx, hit.start);
  if (!who) return null;
  // "I was threatened", said by the victim, is a complaint against nobody named: still a claim of a wrong.
  return build(ctx, entry, 'accusation', hit, who, targets, trimSpan(text, cs, ce), 'victim-passive', cs, ce);
}

/** "Berisha had used power for his own benefit", "China uses vague laws to suppress …": the subject did it. */
function verb(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text } = ctx;
  const cs = clauseStart(ctx, hit.start, true);
  const ce = clauseEnd(ctx, hit.end);
  if (cancelledHere(ctx, cueOf(entry, 'accusation'), hit, cs)) return null;
  // "an example of how China uses …": the doer right before the verb, also after a wh-word
  // (which the subject reader takes for the object of "of").
  let subj = nearestNounPhraseRefs(ctx, cs, hit.start);
  const near = refsIn(ctx.refs, cs, hit.start).filter((r) => DOER_GAP.test(text.slice(r.end, hit.start).replace(/\([^)]*\)/g, ' ')));
  const bare = near.at(-1);
  if (subj.length === 0 && bare && !/\b(?:of|by|for|to|with|against|from|in|on|at|about)\s+(?:the\s+)?$/i.test(text.slice(Math.max(cs, bare.start - 12), bare.start))) subj = [bare];
  const last = subj.at(-1);
  if (!last || !DOER_GAP.test(text.slice(last.end, hit.start).replace(/\([^)]*\)/g, ' '))) return null;
  const who = attribution(ctx, hit.start);
  if (!who) return null;
  return build(ctx, entry, 'accusation', hit, who, subj, trimSpan(text, subj[0]?.start ?? hit.start, ce), 'verb', cs, ce);
}

/** "the government proved that Chung took and concealed …", "the inquiry found that X's detention is arbitrary". */
function finding(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text } = ctx;
  const cs = clauseStart(ctx, hit.start, true);
  const cue = cueOf(entry, 'accusation');
  if (cancelledHere(ctx, cue, hit, cs)) return null;
  const thatEnd = hit.end + (/^\s+that\s+/i.exec(text.slice(hit.end))?.[0].length ?? 0);
  const ce = clauseEnd(ctx, thatEnd);
  const complement = text.slice(thatEnd, ce);
  if (!HARM_ANY.test(complement)) return null;
  // "revealed that X accepted responsibility for …": an admission, not an accusation.
  if (ADMISSION.test(complement) || /\b(?:accepted|claimed|took|takes|accepts|claims)\s+(?:full\s+|personal\s+)?responsibility\b/i.test(complement)) return null;
  // "found that he had not …": a finding of no wrong.
  if (/\b(?:not|never|no)\b|n['\u2019]t\b/i.test(complement.slice(0, 60))) return null;
  const before = text.slice(cs, hit.start);
  // "was found that" / "it was determined that": the finder is unnamed.
  let finders = subjectRefs(ctx, cs, hit.start);
  // ("report" is also a reporting verb, which opens a clause: look from the clause without those boundaries)
  const wide = Math.min(cs, clauseStart(ctx, hit.start, false));
  const document = /\b(?:investigation|inquiry|probe|review|audit|analysis|examination|evidence|trial|jury|court|panel|tribunal|report)\b/i.test(text.slice(wide, hit.start));
  // "A report by the OPCW concluded that …": the document's named issuer finds it.
  if (finders.length === 0 && document) finders = documentIssuer(ctx, wide, hit.start);
  if (finders.length === 0 && !document) return null;
  // The doer: the complement's subject (refs before its first verb).
  const verbAt = /\b(?:[a-z]+ed|took|stole|sold|sent|made|gave|had|has|have|is|are|was|were|uses|used|did|knew|paid|ran|hid)\b/.exec(complement);
  const doers = subjectRefs(ctx, thatEnd, verbAt ? thatEnd + verbAt.index : ce);
  const who: Attribution = finders.length > 0
    ? { ids: uniqueIds(finders.filter((r) => r.type !== 'media')), reportedBy: [], how: 'finder', viaAnaphor: finders.every((r) => r.via === 'anaphor') }
    : { ids: [], reportedBy: [], how: 'finding-document', viaAnaphor: false };
  return build(ctx, entry, 'accusation', hit, who, doers, trimSpan(text, thatEnd, ce), 'finding', cs, ce);
}

/** "X has been linked to Iran's ballistic missile programs"; the subject may be shared with the clause before. */
function linked(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text, sentence } = ctx;
  const cs = clauseStart(ctx, hit.start, true);
  const ce = clauseEnd(ctx, hit.end);
  if (!LINKED_AFTER.test(text.slice(hit.end, ce)) && !HARM_SUBJECT.test(text.slice(cs, hit.start))) return null;
  if (cancelledHere(ctx, cueOf(entry, 'accusation'), hit, cs)) return null;
  let subject = subjectRefs(ctx, afterLead(ctx, cs, hit.start), hit.start);
  if (subject.length === 0) {
    // "X is a front company for Y and has been linked to …": the first subject of the sentence.
    const and = /\band\s+$/i.test(text.slice(Math.max(sentence.start, hit.start - 6), hit.start));
    if (and) {
      const firstVerb = /\b(?:is|are|was|were|has|have|had)\b/.exec(text.slice(cs, hit.start));
      subject = firstVerb ? subjectRefs(ctx, afterLead(ctx, cs, cs + firstVerb.index), cs + firstVerb.index).slice(0, 1) : [];
      if (subject.length === 0) {
        const lead = /\b(?:is|are|was|were|has|have|had)\b/.exec(text.slice(sentence.start, hit.start));
        const commaLead = text.lastIndexOf(',', lead ? sentence.start + lead.index : hit.start);
        subject = lead ? subjectRefs(ctx, Math.max(sentence.start, commaLead + 1), sentence.start + lead.index).slice(-1) : [];
      }
    }
  }
  let how = 'linked';
  if (subject.length === 0 && HARM_SUBJECT.test(text.slice(cs, hit.start))) {
    // "the crimes are associated with hacker groups such as A and B": the wrong is the subject, the actors follow.
    subject = refsIn(ctx.refs, hit.end, ce).filter((r) => r.type !== 'country' || /\b(?:government|state|regime)\b/i.test(text.slice(r.end, r.end + 15))).slice(0, 4);
    how = 'linked-wrong';
  }
  if (subject.length === 0) return null;
  const who = attribution(ctx, hit.start);
  if (!who) return null;
  return build(ctx, entry, 'accusation', hit, who, subject, trimSpan(text, how === 'linked' ? hit.start : cs, ce), how, cs, ce);
}

/** "X agreed to forfeit $350 million in connection with violations of …": the payer is accused. */
function inConnection(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text, sentence } = ctx;
  if (ADMISSION.test(text.slice(sentence.start, sentence.end))) return null;
  const cs = clauseStart(ctx, hit.start, true);
  const ce = clauseEnd(ctx, hit.end);
  if (cancelledHere(ctx, cueOf(entry, 'accusation'), hit, cs)) return null;
  // The payer: the subject before the clause's first verb (headlines: "X Agrees to Forfeit …").
  const region = text.slice(cs, hit.start);
  const firstVerb = /\b(?:[Hh]as|[Hh]ave|[Hh]ad|[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Ww]ill|[Aa]gree[sd]?|[Pp]aid|[Pp]ays?|[Ff]orfeit(?:s|ed)?|[Ss]ettle[sd]?)\b/.exec(region) ?? /\b[a-z]+ed\b/.exec(region);
  // A dateline ("WASHINGTON Lloyds … has agreed") is a place, not the payer.
  const payer = firstVerb ? subjectRefs(ctx, cs, cs + firstVerb.index).filter((r) => !isDateline(ctx, r)) : [];
  if (payer.length === 0) return null;
  const who = attribution(ctx, hit.start) ?? { ids: [], reportedBy: [], how: 'penalty', viaAnaphor: false };
  const rest = /^\s*(?:in\s+connection\s+with|to\s+\w+)\s+/i.exec(text.slice(hit.start, ce));
  return build(ctx, entry, 'accusation', hit, who, payer, trimSpan(text, rest ? hit.start + rest[0].length : hit.end, ce), 'in-connection', cs, ce);
}

/** An all-capitals place opening the sentence: "WASHINGTON – …". */
function isDateline(ctx: SentenceContext, r: Ref): boolean {
  const name = ctx.text.slice(r.start, r.end);
  return /^[A-Z .,-]{3,}$/.test(name) && /^\s*$/.test(ctx.text.slice(ctx.sentence.start, r.start));
}

/** "The House voted to hold A and B in contempt of Congress": the holder accuses the held. */
function contempt(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text } = ctx;
  const cs = clauseStart(ctx, hit.start, true);
  const ce = clauseEnd(ctx, hit.end);
  if (cancelledHere(ctx, cueOf(entry, 'accusation'), hit, cs)) return null;
  const inAt = /\s+in\s+(?:criminal\s+|civil\s+)?contempt\b/i.exec(text.slice(hit.end, ce));
  if (!inAt) return null;
  const heldEnd = hit.end + inAt.index;
  const held = refsIn(ctx.refs, hit.end, heldEnd).filter((r) => r.type === 'person' || r.type === 'company' || r.type === 'agency' || r.type === 'other_org');
  const holders = subjectRefs(ctx, cs, hit.start);
  const who: Attribution = { ids: uniqueIds(holders), reportedBy: [], how: 'holder', viaAnaphor: holders.every((r) => r.via === 'anaphor') };
  const what = heldEnd + inAt[0].search(/(?:criminal\s+|civil\s+)?contempt/i);
  return build(ctx, entry, 'accusation', hit, who, held, trimSpan(text, what, ce), 'contempt', cs, ce);
}

/**
 * "is awaiting trial in a money-laundering case", "the corruption case against X", "X's
 * fraud trial": a criminal case named by its crime accuses its defendant (the accuser is
 * whoever is said to say it, else nobody: the prosecuting body is rarely named there).
 * An acquittal, a dropped or closed case accuses nobody.
 */
function crimeCase(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text } = ctx;
  const cs = clauseStart(ctx, hit.start, true);
  const ce = clauseEnd(ctx, hit.end);
  if (cancelledHere(ctx, cueOf(entry, 'accusation'), hit, cs)) return null;
  if (CASE_ENDED.test(text.slice(cs, ce))) return null;
  const before = text.slice(Math.max(cs, hit.start - 50), hit.start);
  // "his money-laundering case" / "Zamora's fraud trial": the possessor is the defendant.
  const possessor = refsIn(ctx.refs, Math.max(cs, hit.start - 50), hit.start).filter((r) => /^['\u2019]s?\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(r.end, hit.start)) && !/\b(?:of|against|for|on|to|in|by)\b/i.test(text.slice(r.end, hit.start)));
  const against = /^\s+(?:against|of)\s+(?:the\s+)?/i.exec(text.slice(hit.end, ce));
  let defendants: Ref[] = possessor;
  if (against) {
    const at = hit.end + against[0].length;
    const stop = /[,;]|\s(?:in|for|over|on|at|was|were|is|are|has|had|which|that|who)\s/i.exec(text.slice(at, ce));
    defendants = [...defendants, ...refsIn(ctx.refs, at, stop ? at + stop.index : ce)];
  }
  // "X is awaiting (another) trial in a money-laundering case", "X faces trial in a … case".
  if (defendants.length === 0 && /\b(?:in|over|on)\s+(?:(?:a|an|the|another|this|that|his|her|their)\s+)?(?:[\w-]+\s+)?$/i.test(before)) {
    const verb = /\b(?:is|are|was|were|has|have|had|faces?|faced|facing|awaits?|awaited|awaiting|stands?|stood|went|goes|remains?|remained)\b/i.exec(text.slice(cs, hit.start));
    defendants = verb ? subjectRefs(ctx, afterLead(ctx, cs, cs + verb.index), cs + verb.index).filter((r) => r.type === 'person' || r.type === 'company' || r.type === 'other_org' || r.type === 'threat_group') : [];
    // "The publisher is awaiting another trial in a …case": a defendant the text describes but does not name.
    if (defendants.length === 0 && verb && /\b(?:faces?|faced|facing|awaits?|awaited|awaiting|stands?|stood)\s+(?:\w+\s+)?trial\b/i.test(text.slice(cs, hit.start)) && /^\s*(?:the|a|an|he|she|they)\b/i.test(text.slice(cs, cs + verb.index))) {
      const who = CASE_TOLD;
      const det = /\b(?:a|an|the|another|his|her|their|its)\s+$/i.exec(before);
      return build(ctx, entry, 'accusation', hit, who, [], trimSpan(text, det ? hit.start - det[0].length : hit.start, hit.end), 'crime-case-described', cs, ce);
    }
  }
  if (defendants.length === 0) return null;
  const det = /\b(?:a|an|the|another|his|her|their|its)\s+$/i.exec(before);
  return build(ctx, entry, 'accusation', hit, CASE_TOLD, defendants, trimSpan(text, det ? hit.start - det[0].length : hit.start, hit.end), 'crime-case', cs, ce);
}

/**
 * A case is told as a fact of the proceedings: its accuser is the prosecution, rarely named in
 * the phrase, and not whoever speaks of the case ("Lund said the fraud case against X was
 * political" does not make Lund the accuser).
 */
const CASE_TOLD: Attribution = { ids: [], reportedBy: [], how: 'case', viaAnaphor: false };

const CASE_ENDED = /\b(?:acquitt\w*|cleared|exonerat\w*|dropp(?:ed|ing)|dismiss(?:ed|ing)|closed|overturn\w*|quash\w*|threw\s+out|thrown\s+out|pardon\w*|not\s+guilty)\b/i;

/** A possessed speaker the text does not name before the clause: "Ode's family said", "his defense argued at trial that". */
const UNNAMED_SAYER_BEFORE = /(?:\b(?:[Oo]fficials|[Aa]uthorities)\s+(?:in|of|from)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?(?:said|say|says|insisted|insist|maintained|maintain)\b[^,;]{0,30}$)|['\u2019]s?\s+(?:\w+\s+)?(?:family|relatives|defen[cs]e|lawyers?|attorneys?|counsel|representatives?|supporters|friends|colleagues|employer|son|daughter|wife|husband|mother|father|brother|sister)\s+(?:\w+ly\s+)?(?:said|says|argued|argues|insisted|insists|maintained|maintains|contended|contends|claimed|claims|wrote|told\s+\S+)\b[^,;]{0,30}$/;

/** Words of accusation or criticism a lawful-conduct statement answers (entries marked `answersCriticism`). */
const ANSWERED_RE = new RegExp(`\\b${ANSWERED_CONTEXT}\\b`, 'i');
/** Wrongdoers described, whose never-done act nobody denies for them: "the hackers never used …". */
const WRONGDOER_SUBJECT = /\b(?:hackers|attackers|intruders|perpetrators|criminals|culprits|militants|gunmen|insurgents|terrorists|smugglers|traffickers|fraudsters|scammers)\s*["\u201c]?\s*(?:(?:had|has|have|would|will)\s+)?["\u201c]?\s*$/i;
const BODY_TYPES: ReadonlySet<string> = new Set(['country', 'agency', 'threat_group', 'company', 'intl_org', 'media', 'other_org']);

/**
 * Whether a never-done act is denied for the speaker's side (entries marked `ownSide`): not for a described
 * wrongdoer, and, when a body speaks, not of another body it is not part of ("Acme said APT28 never used …").
 */
function deniedForOwnSide(ctx: SentenceContext, who: Attribution, subject: readonly Ref[], cs: number, at: number): boolean {
  if (WRONGDOER_SUBJECT.test(ctx.text.slice(cs, at))) return false;
  const speakers = ctx.refs.filter((r) => who.ids.includes(r.id));
  if (speakers.length === 0 || subject.length === 0 || speakers.some((r) => !BODY_TYPES.has(r.type))) return true;
  return subject.some((r) => who.ids.some((c) => c === r.id || ctx.affiliation.get(c) === r.id || ctx.affiliation.get(r.id) === c));
}

/** "She did not lie, she is not a liar", "he has done nothing wrong", "the tool is perfectly legal": a denial by the speaker. */
function innocent(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text } = ctx;
  const cs = clauseStart(ctx, hit.start, true);
  const ce = clauseEnd(ctx, hit.end);
  const cue = cueOf(entry, 'denial');
  const before = text.slice(Math.max(cs, hit.start - 40), hit.start);
  // "never said she did not lie", "if he did nothing wrong": no denial.
  if (/\b(?:if|whether|unless|never|not)\s+(?:\S+\s+){0,3}$/i.test(before)) return null;
  if (cancelledHere(ctx, cue, hit, cs) === 'not-a-claim') return null;
  // "had no ties to the Kremlin" (entry `innocence`): a name after "to"/"with", not "no links to the railway".
  if (/\b(?:to|with)\s+(?:the\s+)?$/i.test(text.slice(hit.start, hit.end)) && !/^[A-Z]/.test(text.slice(hit.end, hit.end + 1))) return null;
  // "was not responsible for issuing visas", "had no role in the decision": a denial only of a wrong.
  if (/(?:behind|responsible\s+for|to\s+blame\s+for|role\s+in|part\s+in|hand\s+in|involvement\s+in)$/i.test(text.slice(hit.start, hit.end)) && !WRONG_AFTER.test(text.slice(hit.end, ce))) return null;
  // "Ode's family said he had no links to …", "Brun's defense argued that he had been entrapped": a
  // speaker the text does not name is no reason to credit the denial to the clause subject.
  const who = attribution(ctx, hit.start) ?? (UNNAMED_SAYER_BEFORE.test(text.slice(ctx.sentence.start, cs)) ? { ids: [], reportedBy: [], how: 'unnamed-sayer', viaAnaphor: false } : null);
  // ("Norland has never invaded a neighbour": a record narrated, no denial; entries marked `speakerOnly`)
  if (!who && entry.speakerOnly) return null;
  // ("Acme said its new app complies with privacy rules": lawful conduct claimed unprompted answers nobody)
  // (the window without the hit itself: its own words, "complies with the sanctions", answer nothing)
  if (entry.answersCriticism && !ANSWERED_RE.test(`${text.slice(Math.max(0, ctx.sentence.start - 400), hit.start)} ${text.slice(hit.end, ctx.sentence.end)}`)) return null;
  const subject = subjectRefs(ctx, cs, hit.start);
  if (entry.ownSide && who && !deniedForOwnSide(ctx, who, subject, cs, hit.start)) return null;
  if (!who && subject.length === 0) return null;
  const speaker: Attribution = who ?? { ids: uniqueIds(subject), reportedBy: [], how: 'subject', viaAnaphor: subject.every((r) => r.via === 'anaphor') };
  return build(ctx, entry, 'denial', hit, speaker, [], trimSpan(text, cs, ce), 'innocent', cs, ce);
}

/** Acts a "hallmarks of" subject must be for the phrase to place blame ("the painting bears the hallmarks of Vermeer" does not). */
const HALLMARK_SUBJECT = new RegExp(`\\b(?:${HARM_WORDS}|${HARM_VERBS}|sabotage|incident|explosion|fire|outage|leak|poisoning)\\b`, 'i');

/**
 * Responsibility placed on whoever is named after the phrase: "full responsibility for the
 * deaths lies with the Israeli government", "the fault lay with the contractor, X",
 * "Those responsible for the massacre were soldiers of the X army", and as an inference
 * (hedged) "the sabotage bore the hallmarks of X". Claimant = whoever says it.
 */
function responsibility(ctx: SentenceContext, entry: EvaluativeEntry, hit: EvaluativeHit): Found | null {
  const { text } = ctx;
  const cs = clauseStart(ctx, hit.start, true);
  const ce = Math.max(clauseEnd(ctx, hit.end), hit.end);
  if (cancelledHere(ctx, cueOf(entry, 'accusation'), hit, cs)) return null;
  const phrase = text.slice(hit.start, hit.end);
  const inference = /(?:marks?|fingerprints|signature|signs)\s+of$/i.test(phrase);
  // "the bombing was the work of X": an act attributed, its subject must be a wrong too
  const work = /(?:work|doing)\s+of$/i.test(phrase);
  // The phrase must be about a wrong: "responsibility for the deaths", "the hallmarks of …" after an attack.
  if ((inference || work) && !HALLMARK_SUBJECT.test(text.slice(cs, hit.start))) return null;
  if (!inference && /^(?:responsibility|blame|fault|culpability|guilt)\b/i.test(phrase) && /\b(?:not|never|no)\s+$/i.test(text.slice(Math.max(cs, hit.start - 12), hit.start))) return null;
  // The actors named right after: "with the Israeli government", "were soldiers of the Burkinabe army".
  const from = hit.end + (/^\s+(?:\w+\s+){0,3}?(?:of|from)\s+(?:the\s+)?(?=[A-Z])/.exec(text.slice(hit.end, ce))?.[0].length ?? 0);
  const stop = /[;]|,\s+(?:which|who|and|but|whose|while|after|as|an?)\b|\s(?:for|that|which|who|since|after|while|because|to)\s/i.exec(text.slice(from, ce));
  const named = refsIn(ctx.refs, hit.end, stop ? from + stop.index : ce);
  // "with the private contractor, Medisys": the apposed name; a possessor qualifies the body after it
  const targets = named.filter((r, k) => {
    const next = named[k + 1];
    return !(next && /^['\u2019]s\s+$/.test(text.slice(r.end, next.start)));
  });
  if (targets.length === 0) return null;
  const who = attribution(ctx, hit.start);
  if (!who) return null;
  const hedged = inference || /\b(?:likely|probably|possibly|apparently|allegedly|reportedly|presumably)\b/i.test(phrase);
  return build(ctx, entry, 'accusation', hit, hedged ? reattributed(who, who.ids, true) : who, targets, trimSpan(text, cs, ce), inference ? 'hallmarks' : 'responsibility-placed', cs, ce);
}

