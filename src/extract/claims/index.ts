import { COLLECTIVE_ACCUSED, HEADLINE_ACCUSED, PRIVATE_PERSON_NOUNS, SINGULAR_ACCUSED } from '../../lexicons/cues.ts';
import { COUNTRIES } from '../../lexicons/countries.ts';
import type { Actor, Claim, Doc, Figure, Message, Span, StepClock } from '../../types/index.ts';
import { analyseSentence, endBeforeSecond, harmSpansBySentence, withSlots, type Boundaries, type CueMatch, type Found, type SentenceContext } from './analyse.ts';
import { evaluativeClaims, keysAndHitsBySentence, type EvaluativeHit } from './evaluative.ts';
import { fallbackSlots, type Placed } from './fallback.ts';
import { forwardDescriptions } from './forward.ts';
import { collectiveMembers, completeNameRefs, gendersOf, namedRefs, refsIn, resolveAnaphors, sortRefs, surnameActors, uniqueIds, type Ref } from './mentions.ts';
import { NUMBER_WORDS } from '../../lexicons/numbers.ts';
import { allMatches } from '../../nlp/regex.ts';
import { attributeQuotes, quoteSpans, unmarkedSpeech, type Quote } from './quotes.ts';
import { claimSentences, paragraphOf } from './sentences.ts';
import { createCompromiseTagger, type CueTagger } from './tagger.ts';

/**
 * Claims: accusations and denials (SPEC §2 "Claims"). For each sentence that holds a
 * cue word (one cheap regex test first), the cue's frame fills claimants, targets and
 * content from the actor references around it; quotes lend their speaker; pronouns and
 * descriptions resolve to actors when coreference is on.
 *
 * Two passes: the first finds the cue claims and so who the document accuses; the
 * second resolves collective descriptions of the accused ("the defendants", "the
 * hackers") to them and adds the harm rule ("the defendants stole …").
 */
export interface ClaimOptions {
  /** Resolve pronouns and descriptions ("he", "the country", "the defendants") to actors. Default true. */
  readonly coref?: boolean;
  /**
   * Use compromise to tell ambiguous cue words apart (verb or noun). Default false: on
   * the dev split it changed no claim, at about twice the CPU time of this stage; the
   * regex rules of `isWrongPartOfSpeech` decide alone.
   */
  readonly compromise?: boolean;
  /** A part-of-speech tagger to use instead of compromise (tests, measurements). */
  readonly tagger?: CueTagger;
}

export interface ClaimsResult {
  readonly claims: Claim[];
  readonly messages: Message[];
}

export const CLAIMS_SOURCE = 'claims:rules';

/** Cues whose targets are "the accused" of a charging document. */
const ACCUSING_CUES = new Set([
  'charge-verb', 'indict-verb', 'convict-verb', 'found-guilty', 'charges-noun', 'indictment-noun',
  'accuse-verb', 'allege-verb', 'allegedly-adverb', 'complaint-noun', 'accusation-noun', 'allegation-noun',
]);
const ACCUSABLE_TYPES = new Set(['person', 'company', 'threat_group', 'other_org']);
const COLLECTIVE_RE = new RegExp(`\\b${COLLECTIVE_ACCUSED}\\b`, 'g');
const SINGULAR_RE = new RegExp(`\\b${SINGULAR_ACCUSED}\\b`, 'g');
const HEADLINE_RE = new RegExp(`\\b${HEADLINE_ACCUSED}\\b`, 'g');

let sharedTagger: CueTagger | undefined;

export function extractClaims(
  doc: Doc,
  actors: readonly Actor[],
  figures: readonly Figure[],
  options: ClaimOptions = {},
): ClaimsResult {
  const [r] = extractClaimsBatch([doc], [actors], [figures], options);
  if (r instanceof Error) throw r;
  return r as ClaimsResult;
}

/**
 * The claims of several documents (`rules` runs a worker's batch of documents through here
 * together). Each document's claims are the ones `extractClaims` gives it alone; what changes is
 * the order of the work: each step below runs over every document of the batch before the next
 * step starts, so a step's code and regexes (some compile to hundreds of KB of machine code) stay
 * in the CPU caches for the whole batch instead of being evicted by the other steps between two
 * documents. (Measured in one thread over 2,000 bench documents: the cue and evaluative key scan
 * took 0.13 ms per document run document after document, against ~0.25 ms inside the flow of all
 * the steps.) A document whose step throws gets that Error as its result and skips the later
 * steps; the others go on. `steps`, when given, is told of each document's part of every step
 * (the batch runner's per-document clock).
 */
export function extractClaimsBatch(
  docs: readonly Doc[],
  actorsOf: readonly (readonly Actor[])[],
  figuresOf: readonly (readonly Figure[])[],
  options: ClaimOptions = {},
  steps?: StepClock,
): (ClaimsResult | Error)[] {
  const coref = options.coref ?? true;
  const tagger = (options.compromise ?? false) || options.tagger ? cached(options.tagger ?? (sharedTagger ??= createCompromiseTagger())) : null;
  const failed: (Error | undefined)[] = docs.map(() => undefined);
  const text = docs.map((d) => d.text);
  const sentences = stepOver(failed, steps, (k) => claimSentences(docs[k]!));
  const merged = stepOver(failed, steps, (k) => surnameActors(actorsOf[k]!));
  const listed = stepOver(failed, steps, (k) => namedRefs(actorsOf[k]!, merged[k]!));
  const completed = stepOver(failed, steps, (k) => completeNameRefs(text[k]!, actorsOf[k]!, listed[k]!, merged[k]!));
  const named = stepOver(failed, steps, (k) => sortRefs([...listed[k]!, ...completed[k]!]));
  const administered = stepOver(failed, steps, (k) => administrations(text[k]!, named[k]!, actorsOf[k]!));
  const governed = stepOver(failed, steps, (k) => cityCourts(text[k]!, administered[k]!));
  // (a lead's "A former Boeing engineer" is the person before "him" is resolved)
  const headline = stepOver(failed, steps, (k) => headlineSpan(docs[k]!, sentences[k]!));
  let leadPersons = governed;
  let refs: Ref[][];
  if (coref) {
    const described = stepOver(failed, steps, (k) => describedPersons(text[k]!, sentences[k]!, governed[k]!));
    const forward = stepOver(failed, steps, (k) => forwardDescriptions(text[k]!, sentences[k]!, headline[k]!, described[k]!));
    const hosts = stepOver(failed, steps, (k) => summitHosts(text[k]!, forward[k]!));
    const owned = stepOver(failed, steps, (k) => ownedCompanies(text[k]!, hosts[k]!));
    const bare = stepOver(failed, steps, (k) => headlineBareNouns(text[k]!, headline[k]!, owned[k]!, sentences[k]!));
    leadPersons = stepOver(failed, steps, (k) => northSouth(text[k]!, bare[k]!));
    // (a nationality stays an antecedent: "the government" after "a naturalized U.S. citizen" is still resolved as before)
    const anaphors = stepOver(failed, steps, (k) => resolveAnaphors(text[k]!, sentences[k]!, leadPersons[k]!));
    const sorted = stepOver(failed, steps, (k) => sortRefs([...leadPersons[k]!, ...anaphors[k]!]));
    const nationality = stepOver(failed, steps, (k) => nationalityOfPersons(text[k]!, sorted[k]!));
    const spokes = stepOver(failed, steps, (k) => spokespersonOfBody(text[k]!, nationality[k]!));
    const pairs = stepOver(failed, steps, (k) => pairsNamed(text[k]!, sentences[k]!, spokes[k]!));
    const bodies = stepOver(failed, steps, (k) => bodiesNamed(text[k]!, sentences[k]!, pairs[k]!));
    const plural = stepOver(failed, steps, (k) => pluralPronouns(text[k]!, sentences[k]!, bodies[k]!));
    refs = stepOver(failed, steps, (k) => objectHer(text[k]!, sentences[k]!, plural[k]!));
  } else {
    refs = stepOver(failed, steps, (k) => nationalityOfPersons(text[k]!, governed[k]!));
  }
  const marked = stepOver(failed, steps, (k) => quoteSpans(text[k]!));
  const attributed = stepOver(failed, steps, (k) => attributeQuotes(text[k]!, marked[k]!, sentences[k]!, refs[k]!));
  const paragraphs = stepOver(failed, steps, (k) => paragraphOf(text[k]!, sentences[k]!, docs[k]!));
  const quotes = stepOver(failed, steps, (k) => [...attributed[k]!, ...unmarkedSpeech(text[k]!, sentences[k]!, paragraphs[k]!, refs[k]!, marked[k]!)]);
  const leadIns = stepOver(failed, steps, (k) => leadInCoverage(text[k]!, sentences[k]!));
  const affiliation = stepOver(failed, steps, (k) => new Map(actorsOf[k]!.map((a) => [a.id, a.affiliation])));
  const scanned = stepOver(failed, steps, (k) => keysAndHitsBySentence(text[k]!, sentences[k]!));
  const harms = stepOver(failed, steps, (k) => harmSpansBySentence(text[k]!, sentences[k]!));
  // The passes, a document at a time: they read one another's results.
  const passed = stepOver(failed, steps, (k): { placed: readonly Placed[]; refs: readonly Ref[] } => {
    const t = text[k]!;
    const ss = sentences[k]!;
    const actors = actorsOf[k]!;
    const hl = headline[k]!;
    const { keys, hits: evaluative } = scanned[k]!;
    const env = { text: t, sentences: ss, quotes: quotes[k]!, tagger, coref, headline: hl, leadIns: leadIns[k]!, affiliation: affiliation[k]!, keys, harms: harms[k]!, evaluative, cueCache: new Map<number, CueMatch[]>(), boundaryCache: new Map<number, Boundaries>() };
    const firstFound = new Map<number, readonly Found[]>();
    const first = runPass({ ...env, found: firstFound }, refs[k]!, new Set());
    const { accused, main } = accusedOf(first, actors, hl, t);
    if (accused.size === 0) return { placed: first, refs: refs[k]! };
    const described = coref ? describedAccused(t, ss, refs[k]!, main, firstAccused(accused, actors), actors, hl, accused) : { refs: refs[k]!, moved: [] };
    const withCollectives = described.refs;
    const changed = changedSentences(t, ss, described.moved);
    const secondFound = new Map<number, readonly Found[]>();
    let second = runPass({ ...env, found: secondFound }, withCollectives, accused, [...main], { first: firstFound, changed });
    // "Fattahi and ten other defendants were indicted": with the descriptions resolved a larger
    // defendant set may appear; one more round lets the descriptions stand for all of them.
    const again = accusedOf(second, actors, hl, t);
    if (coref && again.main.size > main.size && [...main].every((id) => again.main.has(id))) {
      const third = describedAccused(t, ss, refs[k]!, again.main, firstAccused(again.accused, actors), actors, hl, again.accused);
      // (a `found` map nobody reads: every pass gets an env of one shape, or runPass's optimised code is dropped on this rare path)
      second = runPass({ ...env, found: new Map<number, readonly Found[]>() }, third.refs, again.accused, [...again.main], { first: secondFound, changed: changedSentences(t, ss, [...third.moved, ...described.moved]) });
    }
    return { placed: second, refs: withCollectives };
  });
  // Slots a claim leaves empty or too wide, completed from the other claims and the refs of its sentence.
  // Then the fallbacks of fallback.ts, for a slot still empty after all of them.
  let demonstrative: (readonly Placed[])[] = passed.map((p) => p.placed);
  if (coref) {
    const doers = stepOver(failed, steps, (k) => actDoersFromContext(text[k]!, sentences[k]!, passed[k]!.refs, passed[k]!.placed, affiliation[k]!));
    demonstrative = stepOver(failed, steps, (k) => demonstrativeTargets(text[k]!, sentences[k]!, doers[k]!));
  }
  const inSentence = stepOver(failed, steps, (k) => doersInSentence(text[k]!, passed[k]!.refs, demonstrative[k]!, affiliation[k]!));
  const possessors = stepOver(failed, steps, (k) => possessorStates(text[k]!, passed[k]!.refs, inSentence[k]!));
  const sameStatement = stepOver(failed, steps, (k) => sameStatementAccusers(possessors[k]!));
  const saying = stepOver(failed, steps, (k) => sayingSubjects(text[k]!, passed[k]!.refs, sameStatement[k]!));
  const answered = stepOver(failed, steps, (k) => answeredAccusers(text[k]!, passed[k]!.refs, saying[k]!));
  const slotted = stepOver(failed, steps, (k) => fallbackSlots({ text: text[k]!, sentences: sentences[k]!, refs: passed[k]!.refs, affiliation: affiliation[k]! }, answered[k]!));
  const claims = stepOver(failed, steps, (k) => number(slotted[k]!, text[k]!, figuresOf[k]!));
  return docs.map((_, k) => failed[k] ?? { claims: claims[k]!, messages: [] });
}

/**
 * One step of extractClaimsBatch over every document still going (`failed` has one slot per
 * document; the values of failed ones stay undefined, never read). A module-level function, not
 * a closure made per batch: V8 holds a closure's optimised code weakly, so when no closure made
 * from the same source is alive at a full collection the code is dropped and the next one is
 * compiled again (a worker runs a full collection every ~200 documents). Hot code that would
 * make closures per call or per batch uses module-level functions and classes instead (README,
 * Throughput, session 22).
 */
function stepOver<T>(failed: (Error | undefined)[], steps: StepClock | undefined, f: (k: number) => T): T[] {
  const out = new Array<T>(failed.length);
  for (let k = 0; k < failed.length; k++) {
    if (failed[k]) continue;
    steps?.start(k);
    try {
      out[k] = f(k);
    } catch (err) {
      failed[k] = err instanceof Error ? err : new Error(String(err));
    }
    steps?.stop(k);
  }
  return out;
}

/**
 * `placed` with the claims `revise` rewrites (null keeps a claim as it is); `revise` reads the
 * original list, so one rewrite never feeds another. Unchanged lists are returned as they are.
 */
function reviseEach(placed: readonly Placed[], revise: (p: Placed) => Found | null): readonly Placed[] {
  let out: Placed[] | null = null;
  placed.forEach((p, k) => {
    const f = revise(p);
    if (!f) return;
    out ??= [...placed];
    out[k] = { f, sentence: p.sentence };
  });
  return out ?? placed;
}

/**
 * "X said the accusations were unfounded and that Warsaw had presented no evidence": a
 * denial that names no accuser takes the accusers another denial by the same claimants
 * names in the same sentence (GUIDELINES: the accusers named in that same statement).
 */
function sameStatementAccusers(placed: readonly Placed[]): readonly Placed[] {
  return reviseEach(placed, (p) => {
    if (p.f.type !== 'denial' || p.f.targets.length > 0 || p.f.claimants.length === 0) return null;
    const other = placed.find((o) => o !== p && o.sentence.start === p.sentence.start && o.f.type === 'denial' && o.f.targets.length > 0 && o.f.claimants.join() === p.f.claimants.join());
    return other ? withSlots(p.f, { targets: other.f.targets, how: `${p.f.how}+same-statement` }) : null;
  });
}

const LABEL_BY = /["\u201d]\s*by\s+(?:the\s+)?/;
const SAYING_THAT = /,\s*(?:saying|adding|arguing|noting|stating)\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?/g;
/** Before the subject ref of the saying-clause: nothing, or a determiner and a word ("the Vestian government"). */
const SUBJECT_LEAD = /^(?:(?:the|its|their)\s+)?$/i;

/**
 * "The State Department condemned the sentence, saying that Belarusian authorities continue to
 * jail journalists": an accusation that names no accused takes the subject of the clause its
 * claimant adds with "saying (that)" (the one whose act is condemned).
 */
function sayingSubjects(text: string, refs: readonly Ref[], placed: readonly Placed[]): readonly Placed[] {
  return reviseEach(placed, ({ f, sentence }) => {
    if (f.type !== 'accusation' || f.targets.length > 0 || f.claimants.length === 0) return null;
    // 'called the seizure "an act of theft" by the U.S. government': the agent right after the label
    const by = LABEL_BY.exec(text.slice(f.cueSpan.end, sentence.end));
    const byAt = by ? f.cueSpan.end + by.index + by[0].length : -1;
    const agent = by ? refsIn(refs, byAt, sentence.end).find((r) => r.start === byAt) : undefined;
    if (agent && !f.claimants.includes(agent.id)) return withSlots(f, { targets: [agent.id], how: `${f.how}+label-by` });
    const tail = text.slice(f.cueSpan.end, sentence.end);
    SAYING_THAT.lastIndex = 0;
    const m = SAYING_THAT.exec(tail);
    if (!m) return null;
    const at = f.cueSpan.end + m.index + m[0].length;
    const subject = refsIn(refs, at, Math.min(sentence.end, at + 60)).filter((r) => SUBJECT_LEAD.test(text.slice(at, r.start)));
    const ids = uniqueIds(subject).filter((id) => !f.claimants.includes(id));
    return ids.length > 0 ? withSlots(f, { targets: ids, how: `${f.how}+saying-subject` }) : null;
  });
}

/** A participle of doing a harmful act with its agent: "was carried out by", "a war crime committed by", "ordered by". */
const DONE_BY = /\b(?:carried\s+out|committed|perpetrated|ordered|orchestrated|conducted|launched|staged|planned|organi[sz]ed|masterminded|directed|sponsored|engineered|instigated|fired|executed)\s+(?:(?:directly|personally|jointly|allegedly|probably|likely)\s+)?by\s+(?:the\s+)?/gi;
/** Where the agent's noun phrase ends: a clause break, a relative, a place or time phrase. */
const DOER_STOP = /[,;:.!?"\u201d]|\s(?:who|which|that|in|on|at|near|during|after|before|since|against|as|because|while|when|according|and\s+(?![A-Z]))\s/;

/**
 * "Poland condemned the arson attacks, which prosecutors said were ordered by Russian
 * intelligence", "denounced the strike as a war crime committed by Russia": an accusation
 * whose slots name no accused takes the agent its sentence gives the condemned act after the
 * cue ("carried out by", "committed by", "ordered by"; the agent's own noun phrase, a list
 * joined by "and" included), never the claimant's own side.
 */
function doersInSentence(text: string, refs: readonly Ref[], placed: readonly Placed[], affiliation: ReadonlyMap<string, string | null>): readonly Placed[] {
  return reviseEach(placed, ({ f, sentence }) => {
    if (f.type !== 'accusation' || f.targets.length > 0 || f.claimants.length === 0) return null;
    const tail = text.slice(f.cueSpan.end, sentence.end);
    if (!/\sby\s/i.test(tail)) return null;
    const own = new Set(f.claimants.flatMap((c) => [c, affiliation.get(c) ?? '']));
    DONE_BY.lastIndex = 0;
    for (const m of tail.matchAll(DONE_BY)) {
      const at = f.cueSpan.end + m.index + m[0].length;
      const stop = DOER_STOP.exec(text.slice(at, Math.min(sentence.end, at + 80)));
      const end = stop ? at + stop.index : Math.min(sentence.end, at + 80);
      // (the agent's phrase opens with its doer: "by hackers linked to Vestia", not "by others … Vestia")
      const found = refsIn(refs, at, end);
      if (found.length === 0 || (found[0] as Ref).start > at + 40) continue;
      const ids = uniqueIds(found).filter((id) => !own.has(id));
      if (ids.length > 0 && ids.length === uniqueIds(found).length) return withSlots(f, { targets: ids, how: `${f.how}+done-by` });
    }
    return null;
  });
}

/** A demonstrative subject of the label right before the cue: "This is a war crime", '"That is complicity."'. */
const DEMONSTRATIVE_BEFORE = /(?:^|[.!?;:"\u201c]\s*)(?:This|That|These|Those|It|Such\s+(?:acts?|actions?|attacks?|conduct))\s+(?:(?:is|was|are|were|has\s+been|have\s+been|amounts?\s+to|constitutes?)\s+)(?:(?:nothing\s+less\s+than|clearly|simply|plainly|also|a|an|the)\s+)*(?:[\w-]+\s+){0,2}$/;
/** How many sentences back the act a demonstrative points to may be told. */
const DEMONSTRATIVE_REACH = 2;

/**
 * '… said Vestian troops had shelled a hospital. "This is a war crime," she said.': a label
 * whose subject is a demonstrative ("this", "that", "these", "it") names no accused; it
 * judges the act told just before, whose accused it takes (the last accusation naming one
 * in the sentence before the cue or the two sentences before).
 */
function demonstrativeTargets(text: string, sentences: readonly Span[], placed: readonly Placed[]): readonly Placed[] {
  return reviseEach(placed, ({ f, sentence }) => {
    if (f.type !== 'accusation' || f.targets.length > 0) return null;
    if (!DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(sentence.start, f.cueSpan.start - 60), f.cueSpan.start))) return null;
    const si = upperBound(sentences.map((x) => x.start), sentence.start) - 1;
    const from = sentences[Math.max(0, si - DEMONSTRATIVE_REACH)]?.start ?? sentence.start;
    const earlier = placed.filter((q) => q.f !== f && q.f.type === 'accusation' && q.f.targets.length > 0 && q.f.cueSpan.start >= from && q.f.cueSpan.start < f.cueSpan.start).at(-1);
    if (!earlier) return null;
    const targets = earlier.f.targets.filter((id) => !f.claimants.includes(id));
    return targets.length > 0 ? withSlots(f, { targets, how: `${f.how}+demonstrative` }) : null;
  });
}

/** "Responding to Norland, …", "In response to Norland's accusations, …": whom a denial answers. */
const RESPONDING_TO = /\b(?:[Rr]esponding|[Ii]n\s+(?:a\s+)?(?:response|reply)|[Rr]eacting|[Rr]eplying|[Hh]itting\s+back)\s+to\s+(?:the\s+)?/g;

/**
 * "Responding to Norland, Vestia denied any involvement": a denial that names no accuser
 * in its object takes the one it is said to answer, in its own sentence before the cue
 * (the accusers named in that same statement, GUIDELINES). Outlets asking questions are none.
 */
function answeredAccusers(text: string, refs: readonly Ref[], placed: readonly Placed[]): readonly Placed[] {
  return reviseEach(placed, ({ f, sentence }) => {
    if (f.type !== 'denial' || f.targets.length > 0) return null;
    const before = text.slice(sentence.start, f.cueSpan.start);
    if (!/\b(?:responding|response|reacting|replying|reply|hitting\s+back)\s+to\b/i.test(before)) return null;
    for (const m of before.matchAll(RESPONDING_TO)) {
      const at = sentence.start + m.index + m[0].length;
      const r = refsIn(refs, at, f.cueSpan.start).find((x) => x.start === at);
      if (r && r.type !== 'media' && !f.claimants.includes(r.id)) return withSlots(f, { targets: [r.id], how: `${f.how}+answered` });
    }
    return null;
  });
}

const POSSESSIVE_GAP = /^['\u2019]s?\s+$/;

/**
 * "accused Sudan's RSF of ethnic killings", "Russia's GRU hacked …": a state named only as
 * the possessor of a named body that is accused with it is that body's affiliation, not a
 * second accused (GUIDELINES: a named agency is its own actor). A state also named on its
 * own in the sentence stays.
 */
function possessorStates(text: string, refs: readonly Ref[], placed: readonly Placed[]): readonly Placed[] {
  return reviseEach(placed, ({ f, sentence }) => {
    if (f.targets.length < 2) return null;
    const inSentence = refsIn(refs, sentence.start, sentence.end);
    const drop = f.targets.filter((id) => {
      const own = inSentence.filter((r) => r.id === id);
      if (own.length === 0 || own[0]?.type !== 'country') return false;
      return own.every((r) => inSentence.some((o) => o.id !== id && o.type !== 'person' && o.type !== 'country' && f.targets.includes(o.id) && o.start >= r.end && POSSESSIVE_GAP.test(text.slice(r.end, o.start))));
    });
    return drop.length > 0 ? withSlots(f, { targets: f.targets.filter((id) => !drop.includes(id)) }) : null;
  });
}

/** Acts of force whose doer a later "the strike" leaves implicit. */
const ACT_NOUNS = '(?:strike|airstrike|air\\s+strike|drone\\s+strike|missile\\s+strike|attack|incursion|raid|shelling|bombing|bombardment|invasion|assault|cyberattack|cyber\\s+attack|hack|intrusion|shooting|massacre|poisoning|assassination|ambush)';
/** "the strike", "this attack", "the overnight incursion": a definite act, referring back. */
const DEFINITE_ACT = new RegExp(`\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese)\\s+(?:(?:latest|recent|deadly|overnight|weekend|morning|night|attempted|alleged|apparent|reported)\\s+)?(${ACT_NOUNS})s?\\b(?!\\s+(?:by|of|from|on\\s+behalf)\\b)`, 'i');
/** The doer as a modifier right before the act: "Turkish drone strike", "Russia's missile attack", "an Iranian-backed raid". */
const DOER_BEFORE_ACT = /^(?:['\u2019]s)?(?:-(?:backed|led|sponsored))?\s+(?:(?:drone|missile|air|rocket|artillery|cyber|deadly|overnight|military|naval|armed|suicide|retaliatory|new|latest|recent|large-scale|massive)\s+){0,2}$/i;

/**
 * "Iraq says Turkish drone strike killed …" … "the ministry said the strike was a flagrant
 * breach": an accusation about a definite act ("the strike", "the incursion") that names no
 * doer takes the doer the article gave that act before: a ref right before the same act noun
 * ("Turkish drone strike", "Russia's attack"), the agent after "by", or the targets of an
 * earlier accusation whose sentence names the same act. Only where the article named one, and
 * never the claimant's own side.
 */
function actDoersFromContext(text: string, sentences: readonly Span[], refs: readonly Ref[], placed: readonly Placed[], affiliation: ReadonlyMap<string, string | null>): readonly Placed[] {
  return reviseEach(placed, ({ f, sentence }) => {
    if (f.type !== 'accusation' || f.targets.length > 0) return null;
    // (the act may be the cue's object, "condemned the strike as …", outside the content)
    const act = DEFINITE_ACT.exec(text.slice(sentence.start, sentence.end));
    if (!act) return null;
    const noun = (act[1] ?? '').toLowerCase().replace(/\s+/g, ' ').split(' ').at(-1) ?? '';
    const own = new Set(f.claimants.flatMap((c) => [c, affiliation.get(c) ?? '']));
    const si = sentences.findIndex((x) => x.start === sentence.start);
    const nounRe = new RegExp(`\\b${noun}s?\\b`, 'gi');
    let doers: string[] = [];
    for (let i = si - 1; i >= 0 && doers.length === 0; i--) {
      const s = sentences[i] as Span;
      const st = text.slice(s.start, s.end);
      for (const m of st.matchAll(nounRe)) {
        const at = s.start + m.index;
        const before = refsIn(refs, s.start, at).filter((r) => DOER_BEFORE_ACT.test(text.slice(r.end, at).replace(/\s+(?:air|drone|missile)\s*$/i, ' ')));
        const by = /^s?\s+(?:(?:carried\s+out|launched|conducted)\s+)?by\s+(?:the\s+)?/i.exec(text.slice(at + m[0].length, at + m[0].length + 30));
        const after = by ? refsIn(refs, at + m[0].length + by[0].length, s.end).filter((r) => r.start === at + m[0].length + by[0].length).slice(0, 1) : [];
        const ids = [...before.slice(-1), ...after].map((r) => r.id).filter((id) => !own.has(id));
        if (ids.length > 0) {
          doers = ids;
          break;
        }
      }
      if (doers.length > 0) break;
      // an earlier accusation whose sentence names the same act: its accused
      if (nounRe.test(st)) {
        const earlier = placed.find((q) => q.sentence.start === s.start && q.f.type === 'accusation' && q.f.targets.length > 0);
        if (earlier) doers = earlier.f.targets.filter((id) => !own.has(id));
      }
      nounRe.lastIndex = 0;
    }
    return doers.length > 0 ? withSlots(f, { targets: [...new Set(doers)], how: `${f.how}+act-doer` }) : null;
  });
}

interface PassEnv {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly quotes: readonly Quote[];
  readonly tagger: CueTagger | null;
  readonly coref: boolean;
  readonly headline: Span | null;
  readonly leadIns: ReadonlySet<number>;
  readonly affiliation: ReadonlyMap<string, string | null>;
  readonly cueCache: Map<number, CueMatch[]>;
  readonly boundaryCache: Map<number, Boundaries>;
  /** Cue keys per sentence index. */
  readonly keys: readonly ReadonlySet<string>[];
  /** Harm verb spans per sentence index. */
  readonly harms: readonly (readonly Span[])[];
  /** Evaluative wrongdoing triggers per sentence index (src/extract/claims/evaluative.ts). */
  readonly evaluative: readonly (readonly EvaluativeHit[])[];
  /** Filled by a pass: its claims per sentence index. */
  readonly found?: Map<number, readonly Found[]>;
}

/** What a second pass may take over from the first: its claims for the sentences whose inputs did not change. */
interface Reuse {
  readonly first: ReadonlyMap<number, readonly Found[]>;
  readonly changed: ReadonlySet<number>;
}

function runPass(env: PassEnv, refs: readonly Ref[], accused: ReadonlySet<string> | null, mainAccused: readonly string[] = [], reuse: Reuse | null = null): Placed[] {
  const { text, sentences, quotes, tagger, coref, headline } = env;
  const out: Placed[] = [];
  let previous: { claimants: readonly string[]; reportedBy: readonly string[] } | null = null;
  let previousAge = 0;
  let lastChanged = false;
  for (const [i, sentence] of sentences.entries()) {
    const leadIn = env.leadIns.has(i);
    const affiliation = env.affiliation;
    const isHeadline = headline !== null && sentence.start < headline.end && headline.start < sentence.end;
    // A sentence whose refs are as in the first pass (and whose neighbour did not change) gives the same claims.
    const again: readonly Found[] | undefined = reuse && !reuse.changed.has(i) && !lastChanged ? reuse.first.get(i) : undefined;
    const found: readonly Found[] = again ?? analyseWithEvaluative({ text, sentence, refs, quotes, tagger, accused, headline: isHeadline, leadIn, affiliation, mainAccused, cueCache: env.cueCache, boundaryCache: env.boundaryCache, keys: env.keys[i] ?? new Set<string>(), harmSpans: env.harms[i] ?? [], previous: coref ? previous : null }, env.evaluative[i] ?? []);
    lastChanged = reuse !== null && again === undefined && !sameFound(found, reuse.first.get(i) ?? []);
    env.found?.set(i, found);
    for (const f of found) out.push({ f, sentence });
    const withClaimant = found.filter((f) => f.claimants.length > 0).at(-1);
    if (withClaimant) {
      previous = { claimants: withClaimant.claimants, reportedBy: withClaimant.reportedBy };
      previousAge = 0;
    } else if (++previousAge > 1) {
      previous = null;
    }
  }
  return out;
}

/** The cue claims of a sentence, then the evaluative ones it lacks ("the arrest was arbitrary," his lawyer said). */
function analyseWithEvaluative(ctx: SentenceContext, hits: readonly EvaluativeHit[]): Found[] {
  const found = analyseSentence(ctx);
  if (hits.length === 0) return found;
  // (a rejected blame, 'and that X was "blaming Y for its own failures"', is a second statement: it does not
  // stand in for the evaluative denials of the sentence's other clauses)
  const evaluative = evaluativeClaims(ctx, found.filter((f) => f.cue.id !== 'blamed-for-own-failures'), hits);
  // "Moscow called the accusations of espionage a provocation": the accusation noun is what the
  // dismissal calls false, that denial's object, not an accusation by the labeller.
  return endBeforeSecond(ctx, [...found.filter((f) => !dismissedNoun(ctx.text, evaluative, f)), ...evaluative]);
}

/**
 * An accusation noun a dismissal label right after calls false. (A module-level function, not a
 * closure bound to a const: tsx's keepNames wraps such a closure in `__name`, an
 * Object.defineProperty measured at ~0.5 us per creation.)
 */
function dismissedNoun(text: string, evaluative: readonly Found[], f: Found): boolean {
  return f.type === 'accusation' && f.cue.frame === 'noun' &&
    evaluative.some((e) => e.type === 'denial' && e.how.startsWith('dismissal-label') && e.cueSpan.start > f.cueSpan.end && e.cueSpan.start - f.cueSpan.end < 100 && !/[;.]/.test(text.slice(f.cueSpan.end, e.cueSpan.start)));
}

/**
 * Sentences the second pass must analyse again: those where a ref was added or dropped
 * (descriptions of the accused), and those that speak of "the charges" (announced
 * charges take the main defendants).
 */
function changedSentences(text: string, sentences: readonly Span[], moved: readonly number[]): Set<number> {
  const starts = sentences.map((x) => x.start);
  const out = new Set<number>();
  const add = (pos: number): void => {
    const i = upperBound(starts, pos) - 1;
    const s = sentences[i];
    if (s && pos < s.end) out.add(i);
  };
  for (const pos of moved) add(pos);
  for (const m of allMatches(CHARGES_MENTION, text)) add(m.index);
  return out;
}

/** "Turikov and his co-defendants": everyone charged with him, not only the main group. */
const CO_DEFENDANTS = /\bco-?defendants\b/i;

/** "ten other defendants", "the other co-conspirators": a set that leaves out someone charged before. */
const OTHER_DEFENDANTS = /\bother\s+(?:\w+\s+)?(?:defendants|co-?defendants|co-?conspirators|suspects)\b/i;

const CHARGES_MENTION = /\b[Tt]he\s+(?:\w+\s+)?(?:charges|indictments?|complaint)\b/g;

/** Index of the first element greater than `x` in ascending `xs`. */
function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameFound(a: readonly Found[], b: readonly Found[]): boolean {
  return a.length === b.length && a.every((f, i) => {
    const g = b[i] as Found;
    return f.cueSpan.start === g.cueSpan.start && f.claimants.join() === g.claimants.join() && f.targets.join() === g.targets.join();
  });
}

/**
 * The actors the document accuses by charging-type cues (`accused`), and its main
 * defendants (`main`: the targets of the first body claim against two or more, else the
 * largest target set of one such claim),
 * whom collective descriptions ("the defendants") stand for.
 */
function accusedOf(placed: readonly Placed[], actors: readonly Actor[], headline: Span | null, text?: string): { accused: Set<string>; main: Set<string> } {
  const accused = new Set<string>();
  let largest = new Set<string>();
  let lead: Set<string> | null = null;
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const { f, sentence } of placed) {
    if (f.type !== 'accusation' || !ACCUSING_CUES.has(f.cue.id)) continue;
    const these = new Set(f.targets.filter((t) => {
      const a = byId.get(t);
      return a !== undefined && ACCUSABLE_TYPES.has(a.type);
    }));
    // "The other defendants charged are A, B and C": with the one charged before, they are all the defendants.
    const others = text !== undefined && OTHER_DEFENDANTS.test(text.slice(sentence.start, sentence.end));
    const before = [...accused];
    for (const t of these) accused.add(t);
    if (others && these.size > 0) for (const t of before) these.add(t);
    if (these.size > largest.size) largest = these;
    // A release names its main defendants first: "the group", "the hackers" are those of the
    // first body claim against several, not of a later, larger group charged alongside.
    const inHeadline = headline !== null && sentence.start < headline.end && headline.start < sentence.end;
    if (!lead && !inHeadline && these.size >= 2) lead = these;
  }
  return { accused, main: lead ?? largest };
}

/**
 * Sentences under a document lead-in that ends in a colon ("According to the
 * allegations contained in the Indictment:"): the lead-in labels the paragraphs under
 * it, up to the next sentence that carries its own attribution (GUIDELINES).
 */
function leadInCoverage(text: string, sentences: readonly Span[]): Set<number> {
  const out = new Set<number>();
  const LEAD = /(?:[Aa]ccording to|[Aa]s alleged in|\ballege[sd]?\b|\ballegations\b)[^:]{0,160}:\s*$/;
  const OWN = /\b(?:said|says|stated|according to|told)\b/i;
  sentences.forEach((s, i) => {
    // (LEAD ends in a colon: a sentence without one is skipped before the pattern is tried at each of its characters)
    const str = text.slice(s.start, s.end);
    if (!str.includes(':') || !LEAD.test(str)) return;
    for (let j = i + 1; j < sentences.length && j <= i + 15; j++) {
      const o = sentences[j] as Span;
      if (OWN.test(text.slice(o.start, o.end))) break;
      out.add(j);
    }
  });
  return out;
}

/**
 * "the Trump administration", "the Putin government": a leader's name before a word for
 * the government stands for the country the leader belongs to (his affiliation, when it
 * is a country), not for the person.
 */
function administrations(text: string, refs: readonly Ref[], actors: readonly Actor[]): Ref[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const out: Ref[] = [];
  let changed = false;
  for (const r of refs) {
    if (r.type === 'person' && /^['\u2019]?s?\s+(?:administration|government|regime|cabinet)\b/i.test(text.slice(r.end, r.end + 20))) {
      const aff = byId.get(byId.get(r.id)?.affiliation ?? '');
      if (aff && aff.type === 'country') {
        out.push({ ...r, id: aff.id, type: 'country' });
        changed = true;
        continue;
      }
    }
    out.push(r);
  }
  return changed ? out : [...refs];
}

const SPOKESPERSON = /\bspokes(?:person|man|woman)\b/g;
const SPOKESPERSON_DESCRIPTION = /^the\s+(?:[a-z-]+\s+)?spokes(?:person|man|woman)$/i;

/**
 * "A State Department spokesperson said … "…," the spokesperson added": a spokesperson
 * the text introduced only by the body they speak for, with no name, is that body; the
 * description's nearest person before it is someone else (the man the statement is
 * about). A spokesperson introduced with a name ("spokesman Zhao Lijian") keeps the
 * resolution to the person.
 */
function spokespersonOfBody(text: string, refs: Ref[]): Ref[] {
  if (!/spokes(?:person|man|woman)/i.test(text)) return refs;
  const intro: { end: number; body: Ref | null }[] = [];
  for (const m of text.matchAll(SPOKESPERSON)) {
    const at = m.index;
    const end = at + m[0].length;
    // the body before the noun ("a DHS spokesperson", "the Foreign Ministry's spokesman") or after it ("a spokesperson for the ministry")
    const near = refsIn(refs, Math.max(0, at - 120), end + 120);
    const before = near.filter((r) => r.end <= at && r.end >= at - 40 && r.type !== 'person' && /^(?:['’]s)?\s+(?:[a-z-]+\s+)?$/.test(text.slice(r.end, at))).at(-1);
    const forBody = /^\s+(?:for|of|at)\s+(?:the\s+)?/.exec(text.slice(end, end + 12));
    const after = forBody ? near.find((r) => r.start === end + forBody[0].length && r.type !== 'person') : undefined;
    // a name right after ("spokesperson Wang Wenbin", "spokesman, Li Wei,") or right before ("Li Wei, a spokesman") is who speaks
    const named = near.some((r) => r.type === 'person' && r.via === 'name' && ((r.start >= end && /^[\s,]*(?:(?:for|of|at)\s+(?:the\s+)?[^,]{1,60},\s*)?$/.test(text.slice(end, r.start))) || (r.end <= at && /^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,4}$/.test(text.slice(r.end, at)))));
    intro.push({ end, body: named ? null : (before ?? after ?? null) });
  }
  let changed = false;
  const out = refs.map((r) => {
    if (r.via !== 'anaphor' || !SPOKESPERSON_DESCRIPTION.test(text.slice(r.start, r.end))) return r;
    const last = intro.filter((i) => i.end <= r.start).at(-1);
    if (!last?.body) return r;
    changed = true;
    return { ...r, id: last.body.id, type: last.body.type };
  });
  return changed ? out : refs;
}

/**
 * "a Paris court", "the Moscow prosecutor": a capital that stands for its country elsewhere
 * only places a court named by its city, which is no state actor (GUIDELINES: "a Paris
 * court" gives no claimant; "a Bosnian court", by the country's adjective, is the state).
 */
function cityCourts(text: string, refs: Ref[]): Ref[] {
  const out = refs.filter((r) => !(r.type === 'country' && r.via === 'name' && ((CAPITALS.has(text.slice(r.start, r.end)) && CITY_BODY_AFTER.test(text.slice(r.end, r.end + 24))) || isLanguage(text, r))));
  return out.length === refs.length ? refs : out;
}
const CAPITALS = new Set(COUNTRIES.flatMap((c) => c.capitals));

/**
 * "told a guard, in French and English, …", "said in Russian.": an adjective after "in"
 * that ends its phrase names a language, not the state (and no pronoun may resolve to it).
 */
function isLanguage(text: string, r: Ref): boolean {
  return /^[A-Z][a-z]+(?:an|ian|ese|ish|ch|ic|i)$/.test(text.slice(r.start, r.end))
    && /\b(?:in|into|from)\s+(?:[A-Z][a-z]+\s+(?:and|or)\s+)?$/.test(text.slice(Math.max(0, r.start - 24), r.start))
    && /^(?:\s*[,.;:)\u201d"]|\s+(?:and|or)\s+[A-Z][a-z]+\b(?!\s+[a-z]))/.test(text.slice(r.end, r.end + 24));
}
const CITY_BODY_AFTER = /^\s+(?:court|tribunal|judge|jury|prosecutors?|district\s+court|city\s+court)\b/i;

/** Country adjectives (and the dotted abbreviations used as adjectives: "U.S. citizen"). */
const NATIONALITY_FORMS = new Set([...COUNTRIES.flatMap((c) => c.adjectives), 'U.S.', 'U.K.', 'US', 'UK', 'American', 'British']);
const ADJECTIVE_FORM = /^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch)$/;
function isNationality(form: string): boolean {
  return NATIONALITY_FORMS.has(form) || ADJECTIVE_FORM.test(form);
}
/** After the adjective: a "-born"/"-American" compound, up to two modifiers, a noun for private people. */
const PRIVATE_PERSON_AFTER = new RegExp(`^(?:-(?:born|[A-Z][a-z]+))?\\s+(?:(?!(?:government|state|military|intelligence|security|army|navy|police|prosecutors?|officials?|authorities|investigators|regulators?|judges?|courts?|ministry|agents|officers|troops|forces|[a-z]+ed|(?:charge|accuse|arrest|detain|sue|fine|jail|convict|indict)s?)\\b)[\\w-]+\\s+){0,2}?${PRIVATE_PERSON_NOUNS}\\b`, 'i');
// ("Norlandic prosecutors charged businessman X": a body of officials and its verb come between; the officials are the state's)
/** The description is singular: "a/an/the" (or none, in a headline), no number or plural noun. */
const SINGULAR_PERSON_BEFORE = /(?:^|\b(?:a|an|the)\s+(?:[a-z-]+\s+)?|[^\w\s.,]\s*|\b[a-z]+\s+)$/i;
/** A person introduced with an age, the usual way news names the person a story is about: "Daniel Roe, 45,". */
const AGE_AFTER = /^\s*,\s*(?:age\s+|aged\s+)?\d{1,3}\s*,/;

/** Headline-ese drops the article: "…; group denies", "firm rejects claims". Noun -> the actor types it may stand for. */
const HEADLINE_BARE = /(?:^|[;:,\u2013\u2014-]\s*|\b(?:and|as|but)\s+)((?:(?!(?:and|or|the|of|in|on|for|to|says?|said)\b)[\w.'\u2019-]+\s+){0,2}?)(group|militia|rebels|company|firm|ministry|army|government|regime|watchdog|regulator|charity|bank|lender|giant|maker|carrier|agency)\s+(?=[a-z]+(?:s|ed)\b)/gi;
const BARE_TYPES: Readonly<Record<string, readonly Ref['type'][]>> = {
  group: ['threat_group', 'other_org', 'agency'], militia: ['threat_group', 'agency'], rebels: ['threat_group'],
  company: ['company'], firm: ['company'], ministry: ['agency'], army: ['agency'], government: ['country'], regime: ['country'],
  watchdog: ['other_org', 'agency'], regulator: ['agency'], charity: ['other_org'], bank: ['company'], lender: ['company'],
  giant: ['company'], maker: ['company'], carrier: ['company'], agency: ['agency'],
};
/** A sentence of eight words or more (bylines, datelines and photo credits are shorter). */
const LEAD_SENTENCE = /^\s*(?:\S+\s+){7}\S/;
/** How many body sentences after the headline name the body a headline's opening description stands for. */
const HEADLINE_LEAD = 2;

/**
 * "UN experts accuse Sudan's RSF of killings; group denies": in a headline a bare "group",
 * "firm", "ministry" before a verb is the description "the group": the last actor of a
 * fitting type named before it in the headline. A description that opens the headline
 * ("Rights group accuses Norland of …", "Energy firm fined over bribes", "Chinese tech
 * giant denies …") names nobody before it: it stands for the first actor of that type the
 * lead names (headlines describe, the first sentence names). A nationality inside a firm's
 * description is no ref of the state ("Chinese firm fined": the firm, not China).
 */
function headlineBareNouns(text: string, headline: Span | null, refs: Ref[], sentences: readonly Span[] = []): Ref[] {
  if (!headline) return refs;
  const h = text.slice(headline.start, headline.end);
  const added: Ref[] = [];
  const drop = new Set<Ref>();
  for (const m of h.matchAll(HEADLINE_BARE)) {
    const noun = (m[2] ?? '').toLowerCase();
    const end = headline.start + m.index + m[0].trimEnd().length;
    const start = end - noun.length;
    const types = BARE_TYPES[noun] ?? [];
    const before = refsIn(refs, headline.start, start).filter((r) => types.includes(r.type)).at(-1);
    if (before && (m[1] ?? '') === '') {
      added.push({ id: before.id, type: before.type, start, end, via: 'anaphor' });
      continue;
    }
    // ("Delta Front blamed for piracy, rights group says": a modified noun is another body)
    if (before) continue;
    // (an opening description only: nothing fitting before it, and only lower-case or
    // country-adjective modifiers, "Rights group", "Dutch chipmaker firm"; "Acme Group" is a name)
    const from = end - m[0].trimEnd().length + (/^\W*/.exec(m[0])?.[0].length ?? 0);
    const inside = refsIn(refs, from, end);
    if (inside.some((r) => r.type !== 'country') || refs.some((r) => r.start < end && r.end > start)) continue;
    // (a byline or dateline line, "By Jane Roe", "Posted on Thursday", is no sentence of the lead)
    const lead = sentences.filter((x) => x.start >= headline.end && LEAD_SENTENCE.test(text.slice(x.start, x.end))).slice(0, HEADLINE_LEAD);
    const inHeadline = new Set(refsIn(refs, headline.start, headline.end).map((r) => r.id));
    const named = lead.length > 0 ? refsIn(refs, lead[0]!.start, lead.at(-1)!.end).find((r) => r.via === 'name' && types.includes(r.type) && !inHeadline.has(r.id)) : undefined;
    if (!named) continue;
    if (named.type === 'company') for (const r of inside) drop.add(r);
    added.push({ id: named.id, type: named.type, start: from, end, via: 'anaphor' });
  }
  headlineObjects(text, headline, refs, sentences, added, drop);
  return added.length === 0 ? refs : sortRefs([...refs.filter((r) => !drop.has(r)), ...added]);
}

/**
 * The object of a headline's claim verb described by its trade: "Kazakhstan blames Chinese
 * chemical plant for …", "Lawsuit accuses three fertilizer makers of …". Headlines describe
 * the firm the lead names ("a chemical plant run by Tianhe Chemical Co."): a singular
 * description stands for the first company the lead names, a counted plural for that many
 * companies named in one sentence of the lead. A country adjective inside ("Chinese") is the
 * firm's nationality, no ref of the state. A plural without a count is left alone.
 */
const HEADLINE_OBJECT = /\b(?:accuses?|blames?|fines?|sues?|charges?|sanctions?|suspends?|penali[sz]es?|condemns?|slams?|ties|links?)\s+((?:[\w.'\u2019-]+\s+){0,3}?)(company|firm|plant|mine|maker|miner|bank|lender|broadcaster|exporter|importer|carrier|airline|operator|insurer|retailer|supplier|contractor|producer|manufacturer|developer|refinery|factory)(s|ies)?\b/gi;
const COUNT_WORD: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

function headlineObjects(text: string, headline: Span, refs: readonly Ref[], sentences: readonly Span[], added: Ref[], drop: Set<Ref>): void {
  const h = text.slice(headline.start, headline.end);
  for (const m of h.matchAll(HEADLINE_OBJECT)) {
    const mods = m[1] ?? '';
    const count = /^(?:the\s+)?(\w+)\s/i.exec(mods)?.[1]?.toLowerCase() ?? '';
    const n = m[3] ? COUNT_WORD[count] ?? 0 : 1;
    if (n === 0) continue;
    const start = headline.start + m.index + m[0].length - mods.length - (m[2] ?? '').length - (m[3] ?? '').length;
    const end = headline.start + m.index + m[0].length;
    const inside = refsIn(refs, start, end);
    // (a name inside is the object itself: "accuses Acme Mining firm")
    if (inside.some((r) => r.type !== 'country')) continue;
    const inHeadline = new Set(refsIn(refs, headline.start, headline.end).map((r) => r.id));
    // (as for forward descriptions, a lead sentence naming no actor at all is not counted)
    const lead = sentences.filter((x) => x.start >= headline.end && LEAD_SENTENCE.test(text.slice(x.start, x.end)) && refsIn(refs, x.start, x.end).some((r) => r.via === 'name')).slice(0, HEADLINE_LEAD);
    let ids: Ref[] = [];
    for (const s of lead) {
      const firms = refsIn(refs, s.start, s.end).filter((r) => r.type === 'company' && r.via === 'name' && !inHeadline.has(r.id));
      const distinct = firms.filter((r, k) => firms.findIndex((o) => o.id === r.id) === k);
      if (n === 1 && distinct.length > 0) ids = distinct.slice(0, 1);
      else if (n > 1 && distinct.length === n) ids = distinct;
      if (ids.length > 0) break;
    }
    if (ids.length === 0) continue;
    for (const r of inside) drop.add(r);
    for (const r of ids) added.push({ id: r.id, type: 'company', start, end, via: 'anaphor' });
  }
}

/**
 * The gate in front of HIS_COMPANY: what "his/her (own) company" must contain, any space as
 * there. One regex, not a substring search per form: each `includes` of a form that opens
 * with common letters ("is company", "er own") scans the text slowly (eight of them ~23 us a
 * bench document, this ~7).
 */
const OWNER_WORDS = /(?:is|er)\s(?:company|firm|business|own)/;
const HIS_COMPANY = /\b(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?:company|firm|business|companies)\b/g;

/**
 * "A Denver trader and his company were charged … His company, Norvik LLC, is also
 * named": "his company" stands for the company the article names in apposition to "his
 * company" (there or anywhere else in it); one such company only.
 */
function ownedCompanies(text: string, refs: Ref[]): Ref[] {
  // (a cheap gate first: most documents have no "his company")
  if (!OWNER_WORDS.test(text)) return refs;
  const hits = [...text.matchAll(HIS_COMPANY)];
  const named = new Set<string>();
  for (const m of hits) {
    const end = m.index + m[0].length;
    const next = refsIn(refs, end, end + 60).find((r) => r.type === 'company' && /^\s*,\s*(?:the\s+)?$/i.test(text.slice(end, r.start)));
    if (next) named.add(next.id);
  }
  if (named.size !== 1) return refs;
  const id = [...named][0] as string;
  const added: Ref[] = [];
  for (const m of hits) {
    const end = m.index + m[0].length;
    if (refsIn(refs, m.index, end + 60).some((r) => r.id === id && /^\s*,\s*(?:the\s+)?$/i.test(text.slice(end, r.start)))) continue;
    added.push({ id, type: 'company', start: m.index, end, via: 'anaphor' });
  }
  return added.length === 0 ? refs : sortRefs([...refs, ...added]);
}

const THE_NORTH = /\bthe\s+(North|South)\b(?!\s+[A-Z])/g;

/**
 * "the North", "the South" in coverage of a divided pair of states: the state named before
 * whose name opens with that word ("North Korea", "North Korean" … "the North").
 */
function northSouth(text: string, refs: Ref[]): Ref[] {
  if (!text.includes('the North') && !text.includes('the South')) return refs;
  const added: Ref[] = [];
  for (const m of text.matchAll(THE_NORTH)) {
    if (refsIn(refs, m.index, m.index + m[0].length).length > 0) continue;
    const word = m[1] ?? '';
    const state = refsIn(refs, 0, m.index).filter((r) => r.type === 'country' && text.startsWith(`${word} `, r.start)).at(-1);
    if (state) added.push({ id: state.id, type: 'country', start: m.index, end: m.index + m[0].length, via: 'anaphor' });
  }
  return added.length === 0 ? refs : sortRefs([...refs, ...added]);
}

const THE_SUMMIT = /\b[Tt]he\s+(?:(?:two-day|three-day|annual|recent|latest|weekend)\s+)?summit\b/g;
const HOST_BEFORE_SUMMIT = /^(?:['\u2019]s)?\s+(?:(?:leaders['\u2019]?|heads-of-state|annual|emergency|extraordinary)\s+)?summit\b/;

/**
 * "Leaders met at an African Union summit … X accused the summit of interfering": "the
 * summit" is the body that held the summit named before ("an AU summit", "NATO's summit").
 */
function summitHosts(text: string, refs: Ref[]): Ref[] {
  if (!text.includes('summit')) return refs;
  const added: Ref[] = [];
  for (const m of text.matchAll(THE_SUMMIT)) {
    if (refsIn(refs, m.index, m.index + m[0].length).length > 0) continue;
    const host = refsIn(refs, 0, m.index).filter((r) => r.type === 'intl_org' || r.type === 'other_org' || r.type === 'agency').filter((r) => HOST_BEFORE_SUMMIT.test(text.slice(r.end, r.end + 40))).at(-1);
    if (host) added.push({ id: host.id, type: host.type, start: m.index, end: m.index + m[0].length, via: 'anaphor' });
  }
  return added.length === 0 ? refs : sortRefs([...refs, ...added]);
}

/** Words that end a modifier run: a description's modifiers are no function words ("a case that the woman …" is none), nor a headline's verb ("Justice Department charges Russian national"), nor a lead's verb ("Norland charged businessman Ivo Rant …"; right after the article a participle is a modifier: "a convicted hacker"). */
const NOT_MODIFIER = '(?!(?:the|that|this|who|whom|which|was|were|is|are|has|had|have|and(?!\\s+[A-Z])|or|but|in|of|to|by|for|with|on|at|from|his|her|their|its|said|says|[Cc]harges|[Aa]ccuses|[Ss]ues|[Bb]lames|[Aa]rrests|[Jj]ails|[Ff]ines|[Ss]entences|[Cc]onvicts|[Ii]ndicts|[Dd]etains|[Ee]xpels|[Ee]xtradites|[Ff]rees|[Rr]eleases|[Nn]ames|[Ii]dentifies|[Tt]argets|[Ss]anctions|[Ss]lams|[Ww]arns|[Uu]rges|[Cc]alls|[Dd]enies|[Rr]ejects|[Tt]ells|[Cc]ondemns|[Ll]inks|[Pp]robes|[Rr]aids|[Ss]eizes|[Bb]ans|(?<!\\b[Aa]n?\\s+)(?:charged|accused|sued|blamed|arrested|jailed|fined|sentenced|convicted|indicted|detained|expelled|extradited|sanctioned|identified|told|urged|condemned|freed|released|charge|accuse|sue|arrest|detain))\\b)';
/**
 * A lead's indefinite description of the person a story is about: "An Ohio man was
 * sentenced", "convicted a former U.S. Army intelligence analyst", a headline's "Kyrgyz
 * opposition leader detained". Role nouns of private people and public figures; not state
 * agents ("an officer", "a spy": the state they serve) nor speakers ("a lawyer", "a spokesman").
 */
const LEAD_PERSON = new RegExp(`(?:\\b[Aa]n?\\s+|^["\\u201c]?)((?:${NOT_MODIFIER}[\\w.'\\u2019-]+\\s+){0,4}?)(?:man|woman|resident|citizen|national|analyst|engineer|operator|administrator|executive|businessman|businesswoman|entrepreneur|teacher|contractor|employee|hacker|programmer|developer|trader|broker|banker|accountant|student|researcher|scientist|professor|leader|activist|journalist|blogger|dissident|politician|lawmaker|mayor|exporter|dealer|founder|owner|judge|minister|prosecutor|governor|senator|ambassador|general|commander)\\b(?![-\\u2019']|\\s+(?:of(?!\\s+\\w+ing\\b)|for|at(?!\\s+(?:the\\s+)?[A-Z])|with|from(?!\\s+[A-Z])|who)\\b)`, 'g');
// ("a former executive at Harbor Bank": "at" and a capitalised name is the employer, a modifier)
/** Roles that are titles of officials: only the person named with the same title is meant. */
const TITLED_ONLY = new Set(['judge', 'minister', 'prosecutor', 'governor', 'senator', 'ambassador', 'general', 'commander']);
/** The sentences a lead description may sit in: the headline and the first body sentences. */
const LEAD_SENTENCES = 4;
/** A name given right after the description: ", Mark Doe,", "identified (only) as X", "named X". */
const NAME_GIVEN = /^\s*(?:,\s*|\s+(?:identified\s+(?:only\s+)?as|named|called)\s+)$/;
const YEAR_OLD = /\b[Tt]he\s+(\d{1,3})-year-old$/;

/**
 * Descriptions of the person a story is about, resolved to that person: a lead's "An Ohio
 * man was sentenced …" or "a former U.S. Army intelligence analyst" (the person named right
 * after it, else the one named after the same role word, "opposition leader A. Tursunov",
 * else the first person introduced with an age, "Nolan Price, 38,"; the employer or place
 * inside is a modifier, no ref of its own), and "the 34-year-old" (the person given that age).
 */
function describedPersons(text: string, sentences: readonly Span[], refs: Ref[]): Ref[] {
  const added: Ref[] = [];
  const drop = new Set<Ref>();
  const persons = refs.filter((r) => r.type === 'person' && r.via === 'name');
  if (persons.length === 0) return refs;
  const aged = persons.find((p) => AGE_AFTER.test(text.slice(p.end, p.end + 16)));
  for (const s of sentences.slice(0, LEAD_SENTENCES)) {
    const sentence = text.slice(s.start, s.end);
    for (const m of allMatches(LEAD_PERSON, sentence)) {
      const start = s.start + m.index + (/^[\s"\u201c]*/.exec(m[0])?.[0].length ?? 0);
      const end = s.start + m.index + m[0].length;
      const inside = refsIn(refs, start, end);
      if (inside.some((r) => r.type === 'person' || r.via === 'anaphor')) continue;
      const role = /(\w+)$/.exec(m[0])?.[1]?.toLowerCase() ?? '';
      // ("Portuguese defence minister": the title with its lower-case modifier first, so "Prime Minister X" is not the
      // one meant; "Portugal's defence minister, Rui Albuquerque," names the holder after a comma)
      const modifier = TITLED_ONLY.has(role) ? /\b([a-z]+)\s+\w+$/.exec(m[0])?.[1] ?? '' : '';
      const title = modifier && !/^(?:a|an|the|former|senior|top|then|new)$/.test(modifier) ? `${modifier}\\s+${role}` : role;
      const next = persons.find((p) => p.start >= end && p.start <= end + 40);
      const who = (next && NAME_GIVEN.test(text.slice(end, next.start)) ? next : undefined)
        ?? persons.find((p) => p.start >= end && new RegExp(`\\b${title}${title === role ? '' : '\\s*,?'}\\s+$`, 'i').test(text.slice(Math.max(0, p.start - role.length - modifier.length - 4), p.start)))
        // (else the bare role: "a federal judge" is "U.S. District Judge X")
        ?? (title === role ? undefined : persons.find((p) => p.start >= end && new RegExp(`\\b${role}\\s+$`, 'i').test(text.slice(Math.max(0, p.start - role.length - 2), p.start))))
        // (a judge, a minister, a prosecutor is the one named with that title, never the person the story is about)
        ?? (TITLED_ONLY.has(role) ? undefined : aged);
      if (!who) continue;
      for (const r of inside) drop.add(r);
      added.push({ id: who.id, type: 'person', start, end, via: 'anaphor' });
    }
  }
  // "the 34-year-old": found by substring search, the article and age read just before it
  for (let k = text.indexOf('-year-old'); k >= 0; k = text.indexOf('-year-old', k + 9)) {
    const m = YEAR_OLD.exec(text.slice(Math.max(0, k - 10), k + 9));
    if (!m) continue;
    const start = Math.max(0, k - 10) + m.index;
    const end = k + 9;
    const age = m[1] ?? '';
    const who = persons.find((p) => new RegExp(`^\\s*,\\s*(?:age\\s+|aged\\s+)?${age}\\s*,`).test(text.slice(p.end, p.end + 16)) || text.slice(Math.max(0, p.start - 16), p.start).includes(`${age}-year-old`));
    if (who && refsIn(refs, start, end).length === 0) added.push({ id: who.id, type: 'person', start, end, via: 'anaphor' });
  }
  if (added.length === 0) return refs;
  return sortRefs([...refs.filter((r) => !drop.has(r)), ...added]);
}

/**
 * "a U.S. citizen", "two Chinese nationals", "American teacher", "a Russian-born
 * businessman": a country adjective on a noun for private people is a nationality, not
 * the state (SPEC hard cases: private people grouped by nationality do not stand for
 * it), so it is no ref of the country. A singular such description stands for the person
 * the article introduces with an age ("Daniel Roe, 45,"), where it introduces one; plural
 * ones are left to the descriptions of the accused (`describedAccused`).
 */
function nationalityOfPersons(text: string, refs: Ref[]): Ref[] {
  let protagonist: Ref | null | undefined;
  const drop = new Set<Ref>();
  const added: Ref[] = [];
  for (const r of refs) {
    if (r.type !== 'country' || r.via !== 'name' || !isNationality(text.slice(r.start, r.end))) continue;
    const after = PRIVATE_PERSON_AFTER.exec(text.slice(r.end, r.end + 60));
    if (!after) continue;
    drop.add(r);
    const noun = after[0].trim().split(/\s+/).at(-1) ?? '';
    const before = text.slice(Math.max(0, r.start - 30), r.start);
    // (plural: "two U.S. residents", "Chinese businessmen", "a couple")
    if (/(?:s|men|couple)$/i.test(noun) || !SINGULAR_PERSON_BEFORE.test(before)) continue;
    const end = r.end + after[0].length;
    // "a Dutch national identified only as Dario K.": the name given right after, else the person introduced with an age
    const next = refs.find((p) => p.type === 'person' && p.via === 'name' && p.start >= end && p.start <= end + 40);
    protagonist ??= refs.find((p) => p.type === 'person' && p.via === 'name' && AGE_AFTER.test(text.slice(p.end, p.end + 16))) ?? null;
    const who = next && NAME_GIVEN.test(text.slice(end, next.start)) ? next : protagonist;
    if (who) added.push({ id: who.id, type: 'person', start: r.start, end, via: 'anaphor' });
  }
  if (drop.size === 0) return refs;
  return sortRefs([...refs.filter((r) => !drop.has(r)), ...added]);
}

// ("accused the pair of smuggling": "of" and a gerund is the charge, not "the pair of shoes";
// "Both were charged": a bare "Both" as a subject)
const PAIR = /\b(?:[Tt]he\s+(?:pair|duo|couple|two(?:\s+(?:men|women|brothers|sisters|officers|executives|suspects))?)|[Bb]oth\s+(?:men|women)|[Bb]oth(?=\s+(?:were|are|have|had|was|deny|denied|face|faced|pleaded|remain|also)\b))\b(?!\s+(?:of\s+(?!\w+ing\b)|[a-z]+s\b))/g;
/** Plural descriptions of named bodies: "both companies", "the two firms", "the companies". Capture: the noun. */
// ("the three companies", "all four firms", "both countries": a count fixes how many)
const BODY_PAIR = /\b(?:[Bb]oth|[Tt]he\s+(?:two|three|four|five)|[Aa]ll\s+(?:three|four|five)|[Tt]he)\s+(companies|firms|banks|groups|countries|nations|governments)\b/g;
/**
 * The gate in front of BODY_PAIR, any space before the noun as there (one regex: seven
 * `includes` of " companies" etc. took ~12 us a bench document, this ~5).
 */
const BODY_PAIR_WORDS = /\s(?:companies|firms|banks|groups|countries|nations|governments)/;
const BODY_PAIR_TYPES: Readonly<Record<string, readonly Ref['type'][]>> = {
  companies: ['company'], firms: ['company'], banks: ['company'], groups: ['threat_group', 'other_org'],
  countries: ['country'], nations: ['country'], governments: ['country'],
};

/**
 * "Acme and Vextron were fined. Both companies were accused of …": a plural description of
 * bodies stands for the bodies of that type named together ("A and B", "A, B and C") in its
 * sentence before it or in the two sentences before (two for "both"/"the two").
 */
function bodiesNamed(text: string, sentences: readonly Span[], refs: Ref[]): Ref[] {
  if (!BODY_PAIR_WORDS.test(text)) return refs;
  const added: Ref[] = [];
  const starts = sentences.map((x) => x.start);
  for (const m of text.matchAll(BODY_PAIR)) {
    const at = m.index;
    const end = at + m[0].length;
    if (refsIn(refs, at, end).length > 0) continue;
    const types = BODY_PAIR_TYPES[m[1] ?? ''] ?? [];
    const countWord = /^(?:(?:the|all)\s+)?(both|two|three|four|five)\s/i.exec(m[0])?.[1]?.toLowerCase();
    const count = countWord === 'both' ? 2 : countWord ? NUMBER_WORDS.get(countWord) : undefined;
    // (a bare "the countries" names no count: countries are too often named in passing to guess)
    if (!count && BODY_PAIR_TYPES[m[1] ?? '']?.includes('country')) continue;
    const i = upperBound(starts, at) - 1;
    const from = sentences[Math.max(0, i - 2)]?.start ?? 0;
    const bodies = refsIn(refs, from, at).filter((r) => types.includes(r.type) && r.via === 'name');
    // the last list of them joined by commas and "and"
    let run: Ref[] = [];
    for (let k = bodies.length - 1; k >= 0; k--) {
      const r = bodies[k] as Ref;
      if (run.length === 0) { run = [r]; continue; }
      const gap = text.slice(r.end, (run[0] as Ref).start);
      if (!/^\s*(?:,\s*(?:and\s+)?|,?\s*and\s+)$/.test(gap) || run.some((x) => x.id === r.id)) {
        // ("Vestia and Ruritania held talks. Norland accused both countries": a single body
        // after the list, the subject, is no list; the list before it is)
        if (run.length >= 2 || count === undefined) break;
        run = [r];
        continue;
      }
      run.unshift(r);
    }
    if (run.length < 2 || (count !== undefined && run.length !== count)) continue;
    for (const r of run) added.push({ id: r.id, type: r.type, start: at, end, via: 'anaphor' });
  }
  return added.length === 0 ? refs : sortRefs([...refs, ...added]);
}


/**
 * "A and B were arrested in May. The pair are accused of …": a description of two people
 * stands for the last two persons named together ("A and B") in its sentence before it or
 * in the two sentences before. (The accused of a charging document are resolved again
 * later, by `describedAccused`.)
 */
function pairsNamed(text: string, sentences: readonly Span[], refs: Ref[]): Ref[] {
  const added: Ref[] = [];
  const starts = sentences.map((x) => x.start);
  for (const m of text.matchAll(PAIR)) {
    const at = m.index;
    const end = at + m[0].length;
    if (refsIn(refs, Math.max(0, at - 60), end + 60).some((r) => r.start < end && at < r.end)) continue;
    const i = upperBound(starts, at) - 1;
    if (i < 0) continue;
    const from = sentences[Math.max(0, i - 2)]?.start ?? 0;
    const persons = refsIn(refs, from, at).filter((r) => r.type === 'person' && r.via === 'name');
    // the last two persons joined by "and" (", and", "&")
    for (let k = persons.length - 1; k > 0; k--) {
      const a = persons[k - 1] as Ref;
      const b = persons[k] as Ref;
      if (a.id === b.id || !/^\s*,?\s*(?:and|&)\s+$/.test(text.slice(a.end, b.start))) continue;
      // (not a longer list: "A, B and C" are three)
      const before = persons[k - 2];
      if (before && /^\s*,\s*$/.test(text.slice(before.end, a.start))) break;
      added.push({ id: a.id, type: 'person', start: at, end, via: 'anaphor' }, { id: b.id, type: 'person', start: at, end, via: 'anaphor' });
      break;
    }
  }
  return added.length === 0 ? refs : sortRefs([...refs, ...added]);
}

const PLURAL_PRONOUN = /\b(?:[Tt]hey|them)\b/g;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/;
const VERB_BEFORE = /\b(?:[a-z]{2,}ed|met|said|says|told|is|are|was|were|has|have|had|will|would)\b/;

/**
 * "A and B were arrested on Monday. They are accused of …", "Prosecutors accused them of
 * …": a plural pronoun right after a sentence whose subject is a list of persons stands
 * for all of them (the pronoun resolution takes one antecedent, often a place named later).
 */
function pluralPronouns(text: string, sentences: readonly Span[], refs: Ref[]): Ref[] {
  const starts = sentences.map((x) => x.start);
  const lists = new Map<number, Ref[] | null>();
  const subjectList = (i: number): Ref[] | null => {
    if (lists.has(i)) return lists.get(i) ?? null;
    const s = sentences[i] as Span;
    // (a list of persons, or of bodies of one kind: "Acme and Vextron signed … accused them"; states only for "They", below)
    const named = refsIn(refs, s.start, s.end).filter((r) => r.via === 'name' && r.type !== 'media');
    const persons = named.filter((r) => r.type === (named[0]?.type ?? 'person'));
    const first = persons[0];
    let run: Ref[] = [];
    if (first && !VERB_BEFORE.test(text.slice(s.start, first.start))) {
      run = [first];
      for (const r of persons.slice(1)) {
        if (!LIST_GAP.test(text.slice((run.at(-1) as Ref).end, r.start)) || r.id === (run.at(-1) as Ref).id) break;
        run.push(r);
      }
    }
    // "the ministers of A, B, C and D said …. They also accused …": the states a head noun governs
    if (run.length < 2) run = governedStates(text, refsIn(refs, s.start, s.end));
    const out = run.length >= 2 ? run : null;
    lists.set(i, out);
    return out;
  };
  const drop = new Set<Ref>();
  const added: Ref[] = [];
  for (const m of text.matchAll(PLURAL_PRONOUN)) {
    const at = m.index;
    const end = at + m[0].length;
    const i = upperBound(starts, at) - 1;
    if (i < 1) continue;
    const list = subjectList(i - 1);
    if (!list) continue;
    for (const r of refsIn(refs, at, end)) if (r.start === at && r.end === end) drop.add(r);
    // (states only for a "They" opening its sentence: "them" after a list of states may be anyone)
    if (list[0]?.type === 'country' && !(m[0] === 'They' && /^\s*["\u201c]?\s*$/.test(text.slice(sentences[i]?.start ?? at, at)))) continue;
    for (const r of list) added.push({ id: r.id, type: r.type, start: at, end, via: 'anaphor' });
  }
  return added.length === 0 ? refs : sortRefs([...refs.filter((r) => !drop.has(r)), ...added]);
}

const STATES_HEAD = /\b(?:(?:foreign|defen[cs]e|finance)\s+)?(?:ministers|leaders|governments|heads\s+of\s+state|representatives|envoys|ambassadors)\s+of\s+(?:the\s+)?$/i;

/** A run of two or more states governed by a head noun ("the foreign ministers of A, B and C"). */
function governedStates(text: string, refs: readonly Ref[]): Ref[] {
  const states = refs.filter((r) => r.type === 'country' && r.via === 'name');
  for (let k = 0; k < states.length; k++) {
    const first = states[k] as Ref;
    if (!STATES_HEAD.test(text.slice(Math.max(0, first.start - 50), first.start))) continue;
    const run = [first];
    for (const r of states.slice(k + 1)) {
      if (!LIST_GAP.test(text.slice((run.at(-1) as Ref).end, r.start).replace(/\bthe\s+$/, '')) || run.some((x) => x.id === r.id)) break;
      run.push(r);
    }
    if (run.length >= 2) return run;
  }
  return [];
}

/** "her" as an object: a preposition, an article or punctuation follows ("accused her of", "termed her a"), no noun it would possess. */
const OBJECT_HER = /\b[Hh]er\b(?=\s+(?:of|with|for|over|as|in|to|on|after|before|from|at|a|an|the)\b|\s*[,.;:!?"\u201d])/g;

/**
 * "Roe was arrested on Monday. Prosecutors accused her of fraud.": the object "her" (left
 * alone by the pronoun resolution, which cannot tell it from the possessive) stands for the
 * nearest person named before it in the three sentences before, not one the text makes male.
 */
function objectHer(text: string, sentences: readonly Span[], refs: Ref[]): Ref[] {
  if (!/\b[Hh]er\b/.test(text)) return refs;
  const starts = sentences.map((x) => x.start);
  let male: Set<string> | undefined;
  const added: Ref[] = [];
  for (const m of text.matchAll(OBJECT_HER)) {
    const at = m.index;
    const end = at + m[0].length;
    if (refsIn(refs, Math.max(0, at - 40), end + 40).some((r) => r.start < end && at < r.end)) continue;
    const i = upperBound(starts, at) - 1;
    const from = sentences[Math.max(0, i - 3)]?.start ?? 0;
    male ??= new Set([...gendersOf(text, sentences, refs.filter((r) => r.via === 'name')).entries()].filter(([, g]) => g === 'm').map(([id]) => id));
    const antecedent = refsIn(refs, from, at).filter((r) => r.type === 'person' && !(male as Set<string>).has(r.id)).at(-1);
    if (antecedent) added.push({ id: antecedent.id, type: 'person', start: at, end, via: 'anaphor' });
  }
  return added.length === 0 ? refs : sortRefs([...refs, ...added]);
}

/** The headline: ingest's `headline` paragraph, else the first sentence when it is followed by a blank line. */
function headlineSpan(doc: Doc, sentences: readonly Span[]): Span | null {
  const p = doc.paragraphs.find((x) => x.kind === 'headline');
  if (p) return p;
  const s = sentences[0];
  return s && /^\s*\n\s*\n/.test(doc.text.slice(s.end, s.end + 4)) ? s : null;
}

/** The accused person mentioned first in the document, else the first company. */
function firstAccused(accused: ReadonlySet<string>, actors: readonly Actor[]): string | null {
  // A person first: the employer inside "Former Boeing Engineer" was taken for the accused
  // before the description was resolved.
  for (const type of ['person', 'company']) {
    let best: { id: string; at: number } | null = null;
    for (const a of actors) {
      if (!accused.has(a.id) || a.type !== type) continue;
      const at = a.mentions[0]?.start ?? Infinity;
      if (!best || at < best.at) best = { id: a.id, at };
    }
    if (best) return best.id;
  }
  return null;
}

/**
 * Descriptions of the accused resolved to them: plural ones ("the defendants", "these
 * nine Iranian nationals", "the hacking ring", and "they" right after a sentence about
 * the accused) to the main defendants, singular ones ("the defendant", "an Iranian
 * national", a headline's "Taiwan Exporter") to the first accused. A country adjective
 * inside the description ("Iranian", "Taiwan") is then no longer a ref of its own.
 */
function describedAccused(
  text: string,
  sentences: readonly Span[],
  refs: readonly Ref[],
  main: ReadonlySet<string>,
  first: string | null,
  actors: readonly Actor[],
  headline: Span | null,
  all: ReadonlySet<string> = main,
): { refs: Ref[]; moved: number[] } {
  const out: Ref[] = [];
  const dropped = new Set<Ref>();
  const types = new Map(actors.map((a) => [a.id, a.type]));
  const add = (start: number, end: number, ids: Iterable<string>): void => {
    // (an anaphor resolved over the same words, "the hackers" -> a group, yields to the accused too)
    const inside = refsIn(refs, Math.max(0, start - 80), end).filter((r) => r.start < end && start < r.end && (r.via === 'name' || (r.start >= start && r.end <= end && !/^they$/i.test(text.slice(start, end)))));
    // A person's name inside makes it that person's mention, not a description; a country
    // or employer inside is a modifier ("Taiwan Exporter", "Former Boeing Engineer").
    if (inside.some((r) => r.type === 'person')) return;
    if (out.some((r) => r.start < end && start < r.end)) return;
    for (const r of inside) dropped.add(r);
    for (const id of ids) out.push({ id, type: types.get(id) ?? 'person', start, end, via: 'anaphor' });
  };
  if (main.size > 0) for (const m of allMatches(COLLECTIVE_RE, text)) add(m.index, m.index + m[0].length, collectiveMembers(m[0], CO_DEFENDANTS.test(m[0]) ? all : main, types, first));
  if (first) for (const m of allMatches(SINGULAR_RE, text)) add(m.index, m.index + m[0].length, [first]);
  if (headline) {
    for (const m of allMatches(HEADLINE_RE, text.slice(headline.start, headline.end))) {
      const plural = /(?:s|Ring|Gang|Men|Women)$/.test(m[0]);
      const ids = plural ? collectiveMembers(m[0], main, types, first) : first ? [first] : [];
      add(headline.start + m.index, headline.start + m.index + m[0].length, ids);
    }
  }
  if (main.size >= 2) {
    // "They successfully compromised …" after a sentence that names the accused or a collective.
    sentences.forEach((s, i) => {
      const m = /^["\u201c]?(They|they)\b/.exec(text.slice(s.start, s.end));
      const prev = sentences[i - 1];
      if (!m || !prev) return;
      const prevHasAccused = refs.some((r) => r.start >= prev.start && r.end <= prev.end && main.has(r.id)) || out.some((r) => r.start >= prev.start && r.end <= prev.end);
      const at = s.start + m[0].length - (m[1]?.length ?? 0);
      if (prevHasAccused) add(at, at + (m[1]?.length ?? 0), main);
    });
  }
  const moved = [...out.map((r) => r.start), ...[...dropped].map((r) => r.start)];
  return { refs: sortRefs([...refs.filter((r) => !dropped.has(r)), ...out]), moved };
}


/** Memoises the tagger per (start, end): the two passes ask about the same cues. */
function cached(tagger: CueTagger): CueTagger {
  const memo = new Map<string, ReturnType<CueTagger['partOfSpeech']>>();
  return {
    partOfSpeech(text, start, end) {
      const key = `${start}:${end}:${text.length}`;
      let v = memo.get(key);
      if (v === undefined) {
        v = tagger.partOfSpeech(text, start, end);
        memo.set(key, v);
      }
      return v;
    },
  };
}

function number(placed: readonly Placed[], text: string, figures: readonly Figure[]): Claim[] {
  return placed.map(({ f, sentence }, i) => toClaim(f, i + 1, text, sentence, figures));
}

function toClaim(f: Found, n: number, text: string, sentence: Span, figures: readonly Figure[]): Claim {
  const content = f.contentSpan;
  return {
    id: `c${n}`,
    type: f.type,
    claimants: f.claimants,
    targets: f.targets,
    cue: text.slice(f.cueSpan.start, f.cueSpan.end),
    content: content ? text.slice(content.start, content.end) : '',
    evidence: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
    certainty: f.certainty,
    reported_by: f.reportedBy,
    figures: figures.filter((x) => x.start >= sentence.start && x.end <= sentence.end).map((x) => x.id),
    confidence: f.confidence,
    cue_span: { start: f.cueSpan.start, end: f.cueSpan.end },
    ...(content ? { content_span: { start: content.start, end: content.end } } : {}),
    source: CLAIMS_SOURCE,
    reason: `${f.cue.id}:${f.how}`,
  };
}
