import type { ActorType, Span } from '../../types/index.ts';
import { NUMBER_WORDS } from '../../lexicons/numbers.ts';
import { refsIn, sortRefs, type Ref } from './mentions.ts';

/**
 * News leads describe before they name: "Kenya's interior minister blamed …" and only then
 * "Interior Minister Joseph Mwangi said …"; a headline's "Prime Minister accuses …"; "A
 * Russia-linked hacking group broke into …" and then "… tracks the group as Ashen Wolf";
 * "Six Nordic states accuse …" and then "the foreign ministers of A, B, C, D, E and F". Such
 * a description has no antecedent before it, so backward resolution leaves it empty or takes
 * the possessor state. Here a description in the headline or the first body sentences
 * resolves FORWARD to the first actor that fits it (a person carrying the same title, a
 * threat group, exactly as many states as the count) named in the next few sentences.
 * Only the lead is read (a handful of sentences), once per document.
 */

/** Body sentences (after the headline) a forward description may sit in. */
const LEAD_BODY = 2;
/** Sentences after the description's own in which its referent must be named. */
const REACH = 2;

/** Official titles a lead gives before the name ("interior minister" … "Interior Minister Joseph Mwangi"). */
const TITLE = '(?:(?:prime|interior|foreign|defen[cs]e|justice|finance|home|economy|trade|energy|health|transport)\\s+)?minister|president|chancellor|premier|foreign\\s+secretary|home\\s+secretary|attorney[-\\s]general|chief\\s+prosecutor|prosecutor[-\\s]general';
/** "Kenya's interior minister", "the Polish prime minister" (after a state's name, possessive or adjective). */
const POSSESSED_TITLE = new RegExp(`^(?:['\\u2019]s)?\\s+(${TITLE})\\b(?!['\\u2019-])`, 'i');
const COUNTRY_POSSESSIVE = /\bthe\s+country['\u2019]s\s+$/i;
const THE_COUNTRY_TITLE = new RegExp(`\\b[Tt]he\\s+country['\\u2019]s\\s+(${TITLE})\\b(?!['\\u2019-])`, 'gi');
/** A headline opening (or a clause after a colon/semicolon) with a bare title and its verb: "…: Prime Minister accuses KGB". */
const HEADLINE_TITLE = new RegExp(`(?:^|[:;]\\s+)(${TITLE})\\s+(?=[A-Za-z]+s\\b)`, 'gi');

/**
 * "A China-linked espionage group", "a militant group operating from X", "A previously
 * unknown hacking group": an indefinite group with a modifier that marks it as armed or
 * hostile (a bare "a group" is too vague to resolve).
 */
const INDEFINITE_GROUP = /\b[Aa]n?\s+((?:[\w.'\u2019-]+\s+){0,3}?)(group|outfit|gang|faction)\b/g;
const HOSTILE_MODIFIER = /\b(?:hacking|hacker|espionage|cyber-?espionage|cyber|ransomware|threat|state-(?:backed|sponsored|linked)|[A-Z][\w.]*-(?:linked|backed|based|aligned|sponsored|nexus)|militant|armed|rebel|extremist|jihadist|separatist|insurgent|terrorist|paramilitary)\b/;

/** A state marker on a group's description: the group is the state's arm. */
const STATE_ARM = /\b(?:state|state-(?:backed|sponsored|run|controlled)|government-(?:backed|sponsored|linked)|military)\b/i;

/**
 * "Three men charged over …", "prosecutors charged two executives": a counted plural of
 * private persons (up to two modifiers between: "three Russian nationals").
 */
const COUNTED_PERSONS = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+((?:[\w.'\u2019-]+\s+){0,2}?)(men|women|people|persons|suspects|nationals|citizens|executives|defendants|individuals)\b/gi;

/** "Five Gulf Arab states", "six EU countries": a counted plural of states (up to three modifiers between). */
const COUNTED_STATES = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+((?:[\w.'\u2019-]+\s+){0,3}?)(states|countries|nations|governments)\b/gi;

export function forwardDescriptions(text: string, sentences: readonly Span[], headline: Span | null, refs: Ref[]): Ref[] {
  // (sentences that name no actor, a byline, a dateline line, a boilerplate line, are not counted)
  // (only the first few are needed: the walk stops there, whatever the document's length)
  const body: Span[] = [];
  for (const s of sentences) {
    if (body.length >= LEAD_BODY + REACH + 1) break;
    if (s.start >= (headline?.end ?? 0) && refsIn(refs, s.start, s.end).some((r) => r.via === 'name')) body.push(s);
  }
  const spans: { span: Span; next: readonly Span[] }[] = [];
  // (the headline is one more lead sentence whose "next sentences" are the body's first)
  if (headline) spans.push({ span: headline, next: body.slice(0, REACH + 1) });
  body.slice(0, LEAD_BODY).forEach((s, i) => spans.push({ span: s, next: body.slice(i, i + REACH + 1) }));
  const added: Ref[] = [];
  const drop = new Set<Ref>();
  for (const { span, next } of spans) {
    if (next.length === 0) continue;
    const until = (next.at(-1) as Span).end;
    titledPersons(text, span, until, refs, span === headline, added, drop);
    hostileGroups(text, span, until, refs, added, drop);
    speakingGroups(text, span, until, refs, added);
    countedStates(text, span, next, refs, added, drop);
    countedPersons(text, span, next, refs, added);
  }
  if (headline) headlineEmbassy(text, headline, refs, added);
  if (added.length === 0) return refs;
  return sortRefs([...refs.filter((r) => !drop.has(r)), ...added]);
}

/** The first person after `from` (up to `until`) named right after the title ("Interior Minister Joseph Mwangi"). */
function titledAfter(text: string, refs: readonly Ref[], from: number, until: number, title: string): Ref | undefined {
  const t = title.toLowerCase().replace(/[-\s]+/g, ' ');
  return refsIn(refs, from, until).find((r) => {
    if (r.type !== 'person' || r.via !== 'name') return false;
    const before = text.slice(Math.max(0, r.start - t.length - 25), r.start).toLowerCase().replace(/[-\s]+/g, ' ');
    const k = before.lastIndexOf(t);
    // ("the president" is not "Vice President X", "Deputy Prime Minister Y", "former President Z")
    return k >= 0 && !/\b(?:vice|deputy|former|ex|assistant|under|acting)\s*$/.test(before.slice(0, k));
  });
}

function titledPersons(text: string, span: Span, until: number, refs: readonly Ref[], isHeadline: boolean, added: Ref[], drop: Set<Ref>): void {
  const inSpan = refsIn(refs, span.start, span.end);
  // "Kenya's interior minister blamed …", "The Czech president said …": the official, not the state
  // (the state is the possessor or the adjective of the title)
  for (const r of inSpan) {
    if (r.type !== 'country' || r.via !== 'name') continue;
    const m = POSSESSED_TITLE.exec(text.slice(r.end, r.end + 40));
    if (!m) continue;
    const end = r.end + m[0].length;
    const who = titledAfter(text, refs, end, until, m[1] ?? '');
    if (!who) continue;
    drop.add(r);
    added.push({ id: who.id, type: 'person', start: r.start, end, via: 'anaphor' });
  }
  const sentence = text.slice(span.start, span.end);
  const bare = [...sentence.matchAll(THE_COUNTRY_TITLE), ...(isHeadline ? sentence.matchAll(HEADLINE_TITLE) : [])];
  for (const m of bare) {
    const title = m[1] ?? '';
    const end = span.start + m.index + m[0].trimEnd().length;
    const start = end - title.length - (COUNTRY_POSSESSIVE.test(m[0].slice(0, m[0].length - title.length)) ? m[0].length - title.length : 0);
    // (a name right after the title is its own: "President Jones says …")
    if (refsIn(refs, start, end + 2).length > 0 || refs.some((r) => r.start >= end && r.start <= end + 1)) continue;
    const who = titledAfter(text, refs, end, until, title);
    if (who) added.push({ id: who.id, type: 'person', start, end, via: 'anaphor' });
  }
}

function hostileGroups(text: string, span: Span, until: number, refs: readonly Ref[], added: Ref[], drop: Set<Ref>): void {
  const sentence = text.slice(span.start, span.end);
  if (!/group|outfit|gang|faction/.test(sentence)) return;
  for (const m of sentence.matchAll(INDEFINITE_GROUP)) {
    if (!HOSTILE_MODIFIER.test(m[1] ?? '')) continue;
    const start = span.start + m.index;
    const end = start + m[0].length;
    const inside = refsIn(refs, start, end);
    // (only a state's adjective may sit inside: "A China-linked group"; "a Lazarus group" is a name)
    if (inside.some((r) => r.type !== 'country')) continue;
    // ("a Chinese state hacker group", "a Russian state-backed group": the state's own arm stands for the state)
    if (inside.length > 0 && STATE_ARM.test(m[0])) continue;
    // the first threat group named after it; none named before it in the lead (then it is no new actor)
    const first = refsIn(refs, end, until).find((r) => r.type === 'threat_group');
    if (!first || refsIn(refs, span.start, start).some((r) => r.type === 'threat_group')) continue;
    for (const r of inside) drop.add(r);
    added.push({ id: first.id, type: 'threat_group', start, end, via: 'anaphor' });
  }
}

/**
 * "…, a human rights group said on Tuesday", headline "…, rights group says": an indefinite
 * non-governmental body that speaks in the lead (a rights group, a press-freedom watchdog)
 * and is named only after it. The modifier must mark it as such a body ("a group said" is
 * too vague); the verb of saying must follow it.
 */
/** Head nouns of such a body; also the sentence's cheap prefilter. */
const NGO_HEAD = /group|watchdog|organi[sz]ation|monitor|NGO|charity|coalition/;
const INDEFINITE_NGO = new RegExp(`(?:\\b[Aa]n?\\s+|(?:^|,)\\s*)((?:[\\w.'\u2019-]+\\s+){0,3}?)(?:${NGO_HEAD.source})\\s*,?\\s+(?:said|says|say|reported|reports|found|finds|documented|documents|alleged|alleges)\\b`, 'g');
const NGO_MODIFIER = /\b(?:rights|humanitarian|advocacy|monitoring|press[-\s]freedom|media[-\s]freedom|environmental|anti-corruption|civil\s+society|non-?governmental|legal\s+aid|campaign|labou?r)\b/i;

function speakingGroups(text: string, span: Span, until: number, refs: readonly Ref[], added: Ref[]): void {
  const sentence = text.slice(span.start, span.end);
  if (!NGO_HEAD.test(sentence)) return;
  for (const m of sentence.matchAll(INDEFINITE_NGO)) {
    if (!NGO_MODIFIER.test(m[1] ?? '')) continue;
    const lead = /^[\s,]*(?:an?\s+)?/i.exec(m[0])?.[0].length ?? 0;
    const start = span.start + m.index + lead;
    const end = start + (/\s*,?\s+\w+$/.exec(m[0].slice(lead))?.index ?? m[0].length - lead);
    if (refsIn(refs, start, end).length > 0) continue;
    // the first such body named after it; none named before it in the lead (then it would be that one)
    const first = refsIn(refs, end, until).find((r) => r.type === 'other_org' && r.via === 'name');
    if (!first || refsIn(refs, span.start, start).some((r) => r.type === 'other_org')) continue;
    added.push({ id: first.id, type: 'other_org', start, end, via: 'anaphor' });
  }
}

function countedStates(text: string, span: Span, next: readonly Span[], refs: readonly Ref[], added: Ref[], drop: Set<Ref>): void {
  const sentence = text.slice(span.start, span.end);
  for (const m of sentence.matchAll(COUNTED_STATES)) {
    const word = (m[1] ?? '').toLowerCase();
    const n = NUMBER_WORDS.get(word) ?? Number(word);
    if (!(n >= 2)) continue;
    const start = span.start + m.index;
    // ("Five Gulf states accuse …": "states" also reads as a reporting verb, which would cut
    // the subject before it; the ref ends before the noun, on the count and its modifiers)
    const end = start + m[0].length - (/states$/i.test(m[0]) ? (m[3] ?? '').length + 1 : 0);
    const inside = refsIn(refs, start, end);
    if (inside.some((r) => r.type !== 'country')) continue;
    // the first later sentence naming states: its list of exactly that many ("A, B, C and D")
    for (const s of next) {
      if (s.start < span.end) continue;
      const states = refsIn(refs, s.start, s.end).filter((r) => r.type === 'country' && r.via === 'name');
      if (states.length === 0) continue;
      // (a dateline's capital, "STOCKHOLM —", is a run of its own before the list)
      const ids = lists(text, states).find((l) => l.length === n) ?? [];
      if (ids.length === n) {
        for (const r of inside) drop.add(r);
        for (const id of ids) added.push({ id, type: 'country' as ActorType, start, end, via: 'anaphor' });
      }
      // (a sentence naming states but no list of that many: the set is not named, no reaching past it)
      break;
    }
  }
}

const LIST_GLUE = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** Between two persons of a list: a comma or "and", an age allowed after the name ("A, 34, B, 29, and C"). */
const PERSON_GLUE = /^(?:\s*,\s*(?:aged?\s+)?\d{1,3})?\s*(?:,\s*(?:and\s+)?|,?\s*and\s+)$/;

/** The distinct ids of each coordinated run of refs ("Denmark, Estonia and Finland"), in order. */
function lists(text: string, refs: readonly Ref[], glue: RegExp = LIST_GLUE): string[][] {
  const out: string[][] = [];
  let ids: string[] = [];
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i] as Ref;
    if (i > 0 && !glue.test(text.slice((refs[i - 1] as Ref).end, r.start))) {
      out.push(ids);
      ids = [];
    }
    if (!ids.includes(r.id)) ids.push(r.id);
  }
  if (ids.length > 0) out.push(ids);
  return out;
}

/** A headline's bare "embassy" before its verb: "…; embassy denies", "Embassy rejects …". */
const HEADLINE_EMBASSY = /(?:^|[;:,\u2013\u2014]\s*|\s-\s|\b(?:and|but)\s+)(embassy)\s+(?=[a-z]+s\b)/gi;
const EMBASSY = /\b[Ee]mbassy\b/g;

/**
 * "Denmark blames GRU for hack; embassy denies": the headline's bare "embassy" is the embassy
 * the article quotes, "The Russian embassy in Copenhagen rejected …": the state whose embassy
 * the body names (its adjective or possessive right before "embassy", or "embassy of X"),
 * when the body names one state's embassy only.
 */
function headlineEmbassy(text: string, headline: Span, refs: readonly Ref[], added: Ref[]): void {
  const h = text.slice(headline.start, headline.end);
  if (!/mbassy/.test(h)) return;
  const states = new Set<string>();
  EMBASSY.lastIndex = headline.end;
  for (let m = EMBASSY.exec(text); m; m = EMBASSY.exec(text)) {
    const before = refsIn(refs, Math.max(0, m.index - 40), m.index).filter((r) => r.type === 'country' && /^(?:['\u2019]s)?\s+$/.test(text.slice(r.end, m!.index))).at(-1);
    const at = m.index + m[0].length;
    const after = /^\s+of\s+(?:the\s+)?$/;
    const of = refsIn(refs, at, at + 40).find((r) => r.type === 'country' && after.test(text.slice(at, r.start)));
    const state = before ?? of;
    if (state) states.add(state.id);
  }
  if (states.size !== 1) return;
  const id = [...states][0] as string;
  for (const m of h.matchAll(HEADLINE_EMBASSY)) {
    const start = headline.start + m.index + m[0].length - (m[1]?.length ?? 0) - (m[0].length - m[0].trimEnd().length);
    const end = start + (m[1]?.length ?? 0);
    if (refsIn(refs, start, end).length > 0) continue;
    added.push({ id, type: 'country', start, end, via: 'anaphor' });
  }
}

/**
 * "Three men charged over plot … Prosecutors named the suspects as A, 34, B, 29, and C, 41":
 * a counted plural of persons in the headline or lead stands for the first list of exactly
 * that many persons named after it (in its own sentence or the next ones); a list of another
 * size, or none, leaves it unresolved.
 */
function countedPersons(text: string, span: Span, next: readonly Span[], refs: readonly Ref[], added: Ref[]): void {
  const sentence = text.slice(span.start, span.end);
  for (const m of sentence.matchAll(COUNTED_PERSONS)) {
    const n = NUMBER_WORDS.get((m[1] ?? '').toLowerCase()) ?? 0;
    const start = span.start + m.index;
    const end = start + m[0].length;
    if (refsIn(refs, start, end).some((r) => r.type !== 'country')) continue;
    for (const s of next) {
      const persons = refsIn(refs, Math.max(s.start, end), s.end).filter((r) => r.type === 'person' && r.via === 'name');
      if (persons.length === 0) continue;
      const ids = lists(text, persons, PERSON_GLUE).find((l) => l.length === n) ?? [];
      for (const id of ids) added.push({ id, type: 'person', start, end, via: 'anaphor' });
      break;
    }
  }
}
