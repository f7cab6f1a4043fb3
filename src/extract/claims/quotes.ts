import { REPORTING_VERBS } from '../../lexicons/cues.ts';
import type { Span } from '../../types/index.ts';
import { execFromComma } from './sentences.ts';
import { refsIn, type Ref } from './mentions.ts';

/**
 * Quoted speech and who said it. A quote is attributed to the speaker named right
 * after it (`…,” said Zhao Lijian` / `…,” Zhao said` / `…,” he added`) or right
 * before it (`Zhao said: “…”`). A quote with no speaker of its own that opens a
 * sentence or paragraph right after an attributed quote continues it (follow-on quote
 * paragraphs, SPEC "Quotes").
 */
export interface Quote extends Span {
  /** Actor ids of the speaker (empty when unknown). */
  readonly speaker: readonly string[];
  /** How the speaker was found: `after`, `before`, `follow-on`, `introduced` (named by the sentence before), `unmarked` (speech without quote marks), or `none`. */
  readonly how: 'after' | 'before' | 'follow-on' | 'introduced' | 'unmarked' | 'none';
}

const OPEN = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSE = new Set(['\u201d', '\u00bb']);

/** Finds quote spans (inner text, without the marks). Straight quotes alternate open/close. */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  // Jump from one quote mark or line break to the next rather than visiting every character.
  const marks = /["\u201c\u201d\u201e\u00ab\u00bb\n]/g;
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n' && open >= 0 && /\n\s*\n/.test(text.slice(i, i + 3))) {
      // A quote that runs to a paragraph end without closing continues in the next paragraph.
      spans.push({ start: open, end: i });
      open = -1;
      continue;
    }
    if (OPEN.has(ch)) {
      if (open >= 0) spans.push({ start: open, end: i });
      open = i + 1;
    } else if (CLOSE.has(ch)) {
      if (open >= 0) spans.push({ start: open, end: i });
      open = -1;
    } else if (ch === '"') {
      if (open >= 0) {
        spans.push({ start: open, end: i });
        open = -1;
      } else {
        open = i + 1;
      }
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans.filter((s) => s.end - s.start >= 2);
}

const AFTER_VERB_FIRST = new RegExp(`^[\\s,.!?\u2019']*\\s*${REPORTING_VERBS}\\b`);
// '…,” Caoilfhionn Gallagher, who is leading the legal team, told VOA': an aside may sit between
// ('…,” the ministry's spokesperson, Li Wei, said': or the name in apposition)
// ('…,” the U.S. statement said': a dot after a single capital is an abbreviation, not a stop)
const AFTER_SUBJECT_FIRST = new RegExp(`^[\\s,.!?\u2019']*\\s*((?:[^,.;:"\u201c\u201d]|(?<=\\b[A-Z])\\.){1,80}?)(?:,\\s*(?:who|a|an|the)\\b[^.;:"\u201c\u201d]{1,120}?,|,\\s*[A-Z](?:[^,.;:"\u201c\u201d]|(?<=\\b[A-Z])\\.){1,60},)?\\s+${REPORTING_VERBS}\\b`);
/** A phrase before the verb that is no subject: "according to a tweet by X", "in a statement, X said". */
const NOT_A_SUBJECT = /^(?:according|in|on|at|by|with|from|of|to|for|as)\b/i;
const ADDRESSEE_BEFORE = /\bto\s+(?:the\s+)?$/i;
const BEFORE = new RegExp(`${REPORTING_VERBS}(?:\\s+(?:\\S+\\s+){0,3}?)?\\s*[,:]?\\s*$`);

export function attributeQuotes(
  text: string,
  spans: readonly Span[],
  sentences: readonly Span[],
  refs: readonly Ref[],
): Quote[] {
  const quotes: Quote[] = [];
  const sentenceAt = (pos: number): Span | undefined => sentences.find((s) => pos >= s.start && pos < s.end);
  for (const q of spans) {
    let speaker: string[] = [];
    let how: Quote['how'] = 'none';
    // After the closing mark, to the end of the sentence that holds it (max 160 chars).
    const afterEnd = Math.min(text.length, q.end + 160, nextStop(text, q.end + 1));
    const after = text.slice(q.end + 1, afterEnd);
    // ('… called the accusations "absurd." The ambassador, X, said …': a quote that ends its
    // sentence with a full stop is followed by a new sentence, not by its own attribution)
    const closed = /\.\s*$/.test(text.slice(q.start, q.end)) && /^\s+["\u201c]?[A-Z]/.test(after);
    const verbFirst = !closed && AFTER_VERB_FIRST.test(after);
    const subjectFirst = verbFirst || closed ? null : AFTER_SUBJECT_FIRST.exec(after);
    if (verbFirst || subjectFirst) {
      // '…,” the ministry said in a letter to Lee': with the subject before the verb, only
      // the subject speaks (the addressee after the verb does not); '…,” said Lee' and
      // '…,” according to a tweet by Lee' name the speaker after the verb.
      const bySubject = subjectFirst !== null && !NOT_A_SUBJECT.test(subjectFirst[1] ?? '');
      const to = bySubject ? q.end + 1 + (subjectFirst as RegExpExecArray)[0].length : afterEnd;
      const inAfter = refs.filter((r) => r.start > q.end && r.end <= to);
      const persons = inAfter.filter((r) => r.type === 'person');
      const first = persons[0] ?? inAfter[0];
      if (first) {
        speaker = theyList(text, sentences, refs, first) ?? [first.id];
        how = 'after';
      }
    }
    // ('"These accusations are lies," a spokesman said.': an attribution naming nobody is still
    // the quote's own; no earlier speaker goes on speaking)
    const ownUnnamed = how === 'none' && (verbFirst || subjectFirst !== null);
    if (how === 'none') {
      let s = sentenceAt(q.start - 1) ?? sentenceAt(q.start);
      // ('Its spokeswoman, Mira Holt, said:' <paragraph> '"…"': a colon ending the sentence before introduces the quote)
      if (s && text.slice(s.start, q.start - 1).trim() === '') {
        const prev = sentences[sentenceIndex(sentences, s.start) - 1];
        if (prev && /:\s*$/.test(text.slice(prev.start, prev.end)) && q.start - prev.end < 8) s = prev;
      }
      const beforeStart = s ? s.start : Math.max(0, q.start - 160);
      const before = text.slice(beforeStart, Math.max(beforeStart, s && s.end < q.start ? s.end : q.start - 1));
      const verb = BEFORE.exec(before);
      if (verb || /\baccording to\b[^,]*,\s*$/i.test(before)) {
        // ("Iran's mission to the United Nations called the charges "baseless"": the body after
        // "to" is the one addressed or posted to, not the speaker)
        const inBefore = refs.filter((r) => r.start >= beforeStart && r.end <= q.start - 1 && !ADDRESSEE_BEFORE.test(text.slice(Math.max(beforeStart, r.start - 12), r.start)));
        const persons = inBefore.filter((r) => r.type === 'person');
        // 'Blinken said Berisha "was involved …"': the subject of the verb speaks, not the
        // name between the verb and the quote (that one is the quote's subject)
        const verbAt = verb ? beforeStart + verb.index : -1;
        const subject = verb ? inBefore.filter((r) => r.end <= verbAt && /^\s*(?:\w+ly\s+)?$/.test(text.slice(r.end, verbAt))).at(-1) : undefined;
        const pick = subject ?? persons.at(-1) ?? inBefore.at(-1);
        if (pick) {
          speaker = theyList(text, sentences, refs, pick) ?? [pick.id];
          how = 'before';
        }
      }
    }
    if (how === 'none' && !ownUnnamed) {
      // Follow-on: the previous quote has a speaker and nothing but space/one sentence
      // of no attribution lies between ("“…,” he added. “This has been the impact…”").
      const prev = quotes.at(-1);
      if (prev && prev.speaker.length > 0 && startsUnit(text, q.start - 1)) {
        const gap = text.slice(prev.end, q.start - 1);
        // (the sentences after the previous quote's own sentence: 'Lind said Acme had lied.'
        // between two quotes gives the second one to Lind, below)
        const closedPrev = /[.!?]\s*$/.test(text.slice(prev.start, prev.end));
        const between = closedPrev ? gap : text.slice(Math.min(q.start - 1, nextStop(text, prev.end + 1)), q.start - 1);
        if (gap.length < 200 && !REPORTED.test(between)) {
          speaker = [...prev.speaker];
          how = 'follow-on';
        }
      }
    }
    if (how === 'none' && !ownUnnamed && startsUnit(text, q.start - 1) && !quoteHasTail(text, q.end)) {
      // 'Lee said Acme had lied. "They stole from us."': a quote that opens the sentence right
      // after a reported statement goes on with that statement's speaker.
      const i = sentenceIndex(sentences, q.start - 1);
      const prev = i > 0 ? sentences[i - 1] : undefined;
      // (the previous quote is the only one that may overlap the sentence before)
      const last = quotes.at(-1);
      const said = prev && !(last && last.start < prev.end && prev.start < last.end) ? reportedSpeaker(text, prev, refs) : undefined;
      if (said) {
        speaker = [said.id];
        how = 'follow-on';
      } else if (prev && !quotes.some((o) => o.start >= prev.start && o.start < prev.end)) {
        // 'Halvorsen was blunt. "Korvia ordered the bombing."', 'She told parliament on Tuesday:
        // <paragraph> "…"': a quote of its own sentence after one that introduces its speaker.
        const prevText = text.slice(prev.start, prev.end);
        if (INTRODUCES_SPEECH.test(prevText)) {
          const first = refs.find((r) => r.start >= prev.start && r.end <= prev.end);
          if (first && first.type === 'person' && LEAD_TITLE.test(text.slice(prev.start, first.start))) {
            speaker = [first.id];
            how = 'introduced';
          }
        }
      }
    }
    quotes.push({ start: q.start, end: q.end, speaker, how });
  }
  return quotes;
}

const REPORTED = new RegExp(`\\b(?:said|says|told|added|stated|insisted|argued|noted|explained|wrote)\\b`);

/**
 * The speaker of a sentence of reported speech: the subject right before its reporting
 * verb ("Lee said Acme had lied", "Lee also told reporters …") or the name right after
 * it at the end ("…, said Lee."). A person first.
 */
function reportedSpeaker(text: string, s: Span, refs: readonly Ref[]): Ref | undefined {
  const m = REPORTED.exec(text.slice(s.start, s.end));
  if (!m) return undefined;
  const verbAt = s.start + m.index;
  const inSentence = refsIn(refs, s.start, s.end);
  const subject = inSentence.filter((r) => r.end <= verbAt && /^\s*(?:(?:also|later|then|further|\w+ly)\s+)?$/.test(text.slice(r.end, verbAt))).at(-1);
  if (subject) return subject;
  const after = inSentence.find((r) => r.start > verbAt && /^\s+(?:[A-Z][\w.'\u2019-]*\s+){0,4}$/.test(text.slice(verbAt + m[0].length, r.start)) && /,\s*$/.test(text.slice(s.start, verbAt)));
  return after;
}

/**
 * A speaker "they" right after a sentence that names several persons in one list
 * ('Senators A, B and C wrote to the minister. "…," they said'): the persons of that
 * list speak. (The pronoun's own resolution takes one antecedent only.) Undefined when
 * the speaker is no "they" or no such list is there.
 */
function theyList(text: string, sentences: readonly Span[], refs: readonly Ref[], speaker: Ref): string[] | undefined {
  if (speaker.via !== 'anaphor' || !/^they$/i.test(text.slice(speaker.start, speaker.end))) return undefined;
  const i = sentenceIndex(sentences, speaker.start);
  // The list may stand in the speaker's own sentence before the quote, else in the one before it.
  for (const s of [sentences[i], sentences[i - 1]]) {
    if (!s) continue;
    const persons = refsIn(refs, s.start, Math.min(s.end, speaker.start)).filter((r) => r.type === 'person' && r.via === 'name');
    let run: Ref[] = [];
    for (const r of persons) {
      const last = run.at(-1);
      if (last && LIST_GAP.test(text.slice(last.end, r.start)) && r.id !== last.id) run.push(r);
      else if (run.length >= 2) break;
      else run = [r];
    }
    // The list is the subject ("Senators A, B and C wrote …"), not an object ("officials met A and B").
    if (run.length >= 2 && !VERB_BEFORE_LIST.test(text.slice(s.start, (run[0] as Ref).start))) return [...new Set(run.map((r) => r.id))];
  }
  return undefined;
}

const VERB_BEFORE_LIST = /\b(?:[a-z]{2,}ed|met|meet|meets|said|says|saw|told|wrote|spoke|is|are|was|were|has|have|had|will|would)\b/;

/** Between the items of a list of names: "A, B and C", "A — B". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|[\u2014\u2013]\s*)$/;

/** Index of the sentence holding `pos` (sentences sorted, not overlapping), -1 if none. */
export function sentenceIndex(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Span).start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo - 1];
  return s && pos < s.end ? lo - 1 : -1;
}

/** A sentence that introduces a quote after it: a colon at its end, a speech verb, a manner of speaking. */
const INTRODUCES_SPEECH = /:\s*$|\b(?:spoke|speaking|addressed|told|wrote|posted|tweeted|said|added|insisted|warned|explained|testified|was\s+(?:blunt|defiant|adamant|emphatic|unequivocal|categorical|direct|scathing)|did\s+not\s+mince\s+(?:his|her|their)?\s*words)\b/;
/** Only title words (or nothing) before the sentence's first name: "Foreign Minister ", "U.S. envoy ". */
const LEAD_TITLE = /^[\s"\u201c]*(?:(?:[A-Z][\w.'\u2019-]*|the|of|for)\s+){0,6}$/;

/** The quote is followed, in its sentence, by an attribution of its own ('…," he said'). */
function quoteHasTail(text: string, end: number): boolean {
  const after = text.slice(end + 1, Math.min(text.length, end + 160, nextStop(text, end + 1)));
  return AFTER_VERB_FIRST.test(after) || AFTER_SUBJECT_FIRST.test(after);
}

/** Where the sentence after `pos` ends (a `.`, `!`, `?` followed by space, or a line break). */
function nextStop(text: string, pos: number): number {
  // Abbreviations do not end it: "said U.S. Attorney Yates", "said Dr. Smith".
  const re = /(?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Jr|Sr|Lt|Col|No|Amb|Prof))[.!?](?=\s|$)|\n/g;
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m.index + 1 : text.length;
}

/** The quote mark at `pos` opens a sentence or a paragraph. */
function startsUnit(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 3), pos);
  return pos <= 0 || /(?:[.!?]["\u201d\u2019]?\s+|\n\s*)$/.test(before);
}

/** The quote that contains `pos`, if any. */
export function quoteAt(quotes: readonly Quote[], pos: number): Quote | undefined {
  return quotes.find((q) => pos >= q.start && pos < q.end);
}

// "…, but Israel rejected the claim." ends in a noun, not a speech verb: no determiner before it.
// "…, Evelin Tsoi and Mihhail Jevgenov were charged." is a passive, not an attribution.
// ("…, saying Ukrainian forces staged it" opens the speaker's own clause: no inverted attribution;
// "Its spokesman, Dan Hart, said the blast was caused by …" reports a clause after its subject's
// apposition: an auxiliary after the verb makes it no speaker tail "…, said Dan Hart.")
// What may follow the verb of a closing attribution: when and where it was said ("…, the ministry
// said Friday.", "…, a rights group said in a report released Monday.", "…, the centre said at a
// news conference on Tuesday."): up to two such phrases.
const WHEN_WHERE_SAID =
  '(?:\\s+(?:today|yesterday|tonight|on\\s+\\w+|this\\s+(?:week|month|year)|last\\s+(?:week|month|year|night)|(?:late|early|earlier)\\s+\\w+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?' +
  '|(?:in|on)\\s+(?:a|an|its|their|his|her)\\s+(?:[\\w-]+\\s+){0,2}?(?:statement|report|letter|post|interview|briefing|message|video)(?:\\s+(?:released|published|issued|posted|sent|seen)(?:\\s+(?:on\\s+)?\\w+)?)?' +
  '|at\\s+a\\s+(?:regular\\s+|daily\\s+|weekly\\s+)?(?:news\\s+|press\\s+)?(?:conference|briefing)(?:\\s+in\\s+[A-Z]\\w+)?)){0,2}';
const UNMARKED_TAIL = new RegExp(`,\\s*(?:(?![a-z]+ing\\b)${REPORTING_VERBS}\\s+(?![^,;]*\\s(?:was|were|is|are|had|has|have|would|will|could|did)\\s)[^,;]{2,90}|[^,;]{2,70}?\\s+(?<!\\b(?:the|a|an|this|that|these|those|his|her|its|their|such|was|were|is|are|be|been|being|get|got)\\s+)${REPORTING_VERBS}${WHEN_WHERE_SAID})(?:,[^,;]{2,90})?[.!]?$`);
const OWN_ATTRIBUTION = new RegExp(`\\b${REPORTING_VERBS}\\b|[Aa]ccording to`);
/** Paragraphs longer than this are running prose (one-paragraph articles): no propagation. */
const MAX_SPEECH_PARAGRAPH = 6;
const SPEECH_REACH = 3;

/**
 * Speech without quote marks, common in press releases whose quotes were stripped:
 * "Where a foreign agency recruits criminals …, said Acting Assistant Attorney General
 * Boente. Today's plea exemplifies …". The sentence that ends in the attribution is
 * the speaker's, and so are its neighbours in the same short paragraph that carry no
 * attribution of their own (up to three either way).
 */
export function unmarkedSpeech(
  text: string,
  sentences: readonly Span[],
  paragraphOf: readonly number[],
  refs: readonly Ref[],
  marked: readonly Span[],
): Quote[] {
  const out: Quote[] = [];
  const paraSize = new Map<number, number>();
  for (const p of paragraphOf) paraSize.set(p, (paraSize.get(p) ?? 0) + 1);
  // (a loop, not a per-call `forEach` callback: see stepOver in claims/index.ts)
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (overlapsAny(marked, s)) continue;
    const sentence = text.slice(s.start, s.end);
    const tail = execFromComma(UNMARKED_TAIL, sentence, 2);
    if (!tail) continue;
    const tailStart = s.start + tail.index;
    const inTail = refs.filter((r) => r.start >= tailStart && r.end <= s.end);
    const speaker = inTail.find((r) => r.type === 'person') ?? inTail[0];
    if (!speaker) continue;
    out.push({ start: s.start, end: tailStart, speaker: [speaker.id], how: 'unmarked' });
    const para = paragraphOf[i];
    if (para === undefined || (paraSize.get(para) ?? 0) > MAX_SPEECH_PARAGRAPH) continue;
    for (const dir of [-1, 1]) {
      for (let k = 1; k <= SPEECH_REACH; k++) {
        const j = i + dir * k;
        const other = sentences[j];
        if (!other || paragraphOf[j] !== para || overlapsAny(marked, other)) break;
        // "As alleged, this cyber-assault was conducted …": the speaker framing the charge goes on speaking
        if (OWN_ATTRIBUTION.test(text.slice(other.start, other.end).replace(/^\s*As alleged,/, ''))) break;
        out.push({ start: other.start, end: other.end, speaker: [speaker.id], how: 'unmarked' });
      }
    }
  }
  return out;
}

/** Whether `s` overlaps one of `spans`. */
function overlapsAny(spans: readonly Span[], s: Span): boolean {
  for (const q of spans) if (q.start < s.end && s.start < q.end) return true;
  return false;
}
