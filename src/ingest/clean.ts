import type { ParagraphKind, Removed, RemovalReason } from '../types/index.ts';
import { NAMES_WITHOUT_ARTICLE, STOPWORDS } from './lexicon.ts';
import {
  LABEL_BLOCK,
  RELATED_BLOCK,
  SHOUTED_FUNCTION_WORDS,
  TAIL_SENTENCE_RULES,
  UNIT_RULES,
} from './rules.ts';
import { deleteRange, rawEndOf, rawStartOf, replaceSameLength, sliceUnit, type Unit } from './unit.ts';

/**
 * Cleaning: decides which units (paragraphs, lines) of an article are body text, and
 * repairs what can be repaired. Pure: units in, kept paragraphs and removals out.
 *
 * Order matters and is fixed: whole-unit rules (bylines, furniture, credits) first, then
 * blocks opened by a marker (metadata labels, "See too"), then what is judged by position
 * (teasers before the body, fragments after it, repeated headlines and pull quotes), and
 * last the repairs inside kept paragraphs (credits glued to the end, shouted "THE").
 */

export interface CleanParagraph {
  readonly unit: Unit;
  readonly kind: ParagraphKind;
}

export interface CleanResult {
  readonly headline: Unit;
  readonly paragraphs: readonly CleanParagraph[];
  readonly removed: readonly Removed[];
}

interface Slot {
  unit: Unit;
  drop: { reason: RemovalReason; rule: string } | null;
  kind: ParagraphKind;
}

/**
 * The word count a unit rule reads: `wordCount(text, cap)` is exact up to `cap` and `cap + 1`
 * above, and a rule only asks whether the count exceeds its `maxWords`.
 */
const UNIT_RULE_MAX_WORDS = Math.max(...UNIT_RULES.map((r) => r.maxWords));

/** How many paragraphs before and after a pull quote are searched for the sentence it repeats. */
const PULL_QUOTE_WINDOW = 12;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export function wordCount(text: string, cap = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n <= cap; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Ends like a sentence: "… fraud.", "… said.”", "… (AP)." */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["”’')\]]*$/.test(text) || /[.!?…]["”’')\]]*\s*\[\d+\]$/.test(text);
}

/** A line that reads as a heading: short, no closing punctuation, starts with a capital or digit. */
export function looksLikeHeading(text: string): boolean {
  return wordCount(text, 16) <= 15 && !/[.!?…,;:]["”’')\]]*$/.test(text) && /^[\p{Lu}\p{N}"“‘'(]/u.test(text);
}

/** A paragraph of prose: enough words, and ends like a sentence (or is long anyway). */
function isBodyLike(text: string): boolean {
  const n = wordCount(text, 30);
  return (n >= 12 && endsLikeSentence(text)) || n >= 25;
}

// ASCII and general punctuation (U+2010-U+206F: dashes, curly quotes, bullets) hold no
// letters or digits beyond [A-Za-z0-9], so most news text can take the plain-ASCII key.
const ASCII_KEYABLE = /^[\x00-\x7f\u2010-\u206f]*$/;

/** Lower-case key for comparing paragraphs: letters and digits only. */
export function compareKey(text: string): string {
  // Same key either way; the Unicode-property regex costs about twice the ASCII one.
  if (ASCII_KEYABLE.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A signature of `compareKey(text)` without building it: a hash of the key's characters
 * other than its spaces, and how many there are (0: the key is empty). Equal keys give
 * equal signatures. For text that is not plain ASCII the key is built (or `known` used).
 */
export function keySignature(text: string, known?: string): { hash: number; chars: number } {
  let hash = 0;
  let chars = 0;
  if (known === undefined && ASCII_KEYABLE.test(text)) {
    // The key's characters are the ASCII letters (lower-cased) and digits of the text.
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
      hash = (Math.imul(hash, 31) + c) | 0;
      chars++;
    }
    return { hash, chars };
  }
  const key = known ?? compareKey(text);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 32) continue;
    hash = (Math.imul(hash, 31) + c) | 0;
    chars++;
  }
  return { hash, chars };
}

function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0].replace(/['’.-]+$/, '');
    if (w.length >= 3 && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/*
 * Slot helpers as module functions, not closures made per article: tsx's keepNames names
 * every local closure with a defineProperty (~1.7 us each).
 */
function isKept(s: Slot): boolean {
  return s.drop === null;
}

function dropSlot(s: Slot, reason: RemovalReason, rule: string): void {
  if (s.drop === null) s.drop = { reason, rule };
}

/** The compare key of a slot's text, computed once per slot. */
function keyOf(keys: Map<Slot, string>, s: Slot): string {
  let k = keys.get(s);
  if (k === undefined) {
    k = compareKey(s.unit.text);
    keys.set(s, k);
  }
  return k;
}

function removal(u: Unit, reason: RemovalReason, rule: string): Removed {
  return { reason, rule, text: u.text, rawStart: rawStartOf(u), rawEnd: rawEndOf(u) };
}

/**
 * Cleans one article: `headline` is its headline unit, `units` the rest in reading order.
 */
export function cleanUnits(headline: Unit, units: readonly Unit[]): CleanResult {
  const removed: Removed[] = [];
  const slots: Slot[] = units.map((u) => ({ unit: u, drop: null, kind: 'body' }));

  // Captions and alt text are never body (SPEC §1).
  for (const s of slots) if (s.unit.hint === 'caption') dropSlot(s, 'caption', 'caption-element');

  // 1. Where the body starts: the first prose paragraph. Before it lie headers, bylines, teasers.
  let bodyStart = slots.findIndex((s) => isKept(s) && s.unit.hint !== 'title' && isBodyLike(s.unit.text));
  if (bodyStart < 0) bodyStart = slots.length;

  // 2. Whole-unit rules.
  slots.forEach((s, i) => {
    if (!isKept(s)) return;
    const n = wordCount(s.unit.text, UNIT_RULE_MAX_WORDS);
    for (const r of UNIT_RULES) {
      if (r.zone === 'pre-body' && i >= bodyStart) continue;
      if (n > r.maxWords) continue;
      if (r.match.test(s.unit.text)) {
        dropSlot(s, r.reason, r.id);
        break;
      }
    }
  });

  // 3. Blocks opened by a marker line.
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    if (!s || !isKept(s)) continue;
    const text = s.unit.text;
    if (LABEL_BLOCK.match.test(text)) {
      dropSlot(s, LABEL_BLOCK.reason, LABEL_BLOCK.id);
      // The values: short non-sentence lines up to the next prose or label.
      for (let j = i + 1; j < slots.length; j++) {
        const v = slots[j];
        if (!v) break;
        if (!isKept(v)) continue;
        if (LABEL_BLOCK.match.test(v.unit.text) || endsLikeSentence(v.unit.text) || wordCount(v.unit.text, 20) > LABEL_BLOCK.maxValueWords) break;
        dropSlot(v, LABEL_BLOCK.reason, LABEL_BLOCK.id);
      }
    } else if (RELATED_BLOCK.match.test(text) && wordCount(text, 10) <= 8) {
      dropSlot(s, RELATED_BLOCK.reason, RELATED_BLOCK.id);
      // In the tail (few units left) everything after the marker goes; elsewhere only
      // what reads like a promotion, up to the first unit of prose.
      let left = 0;
      for (let j = i + 1; j < slots.length && left <= RELATED_BLOCK.tailUnits; j++) if (isKept(slots[j] as Slot)) left++;
      const inTail = left <= RELATED_BLOCK.tailUnits;
      for (let j = i + 1; j < slots.length; j++) {
        const v = slots[j];
        if (!v) break;
        if (!isKept(v)) continue;
        const t = v.unit.text;
        const promo = RELATED_BLOCK.promo.test(t) || v.unit.hint === 'list-item' || looksLikeHeading(t);
        if (inTail || promo) dropSlot(v, RELATED_BLOCK.reason, RELATED_BLOCK.id);
        else break;
      }
    }
  }

  // 4. Before the body: repeated headline, standfirst, or an unrelated teaser.
  const headKey = compareKey(headline.text);
  const keys = new Map<Slot, string>();
  let bodyWords: Set<string> | null = null; // built only when a line before the body needs judging
  const firstKept = slots.findIndex(isKept);
  for (let i = 0; i < Math.min(bodyStart, slots.length); i++) {
    const s = slots[i];
    if (!s || !isKept(s)) continue;
    const key = keyOf(keys, s);
    if (key.length > 0 && (headKey.includes(key) || key.includes(headKey))) {
      dropSlot(s, 'duplicate', 'repeated-headline');
      continue;
    }
    // A heading right under the headline is the standfirst of a capture ("### Brussels says ...").
    if (i === firstKept && s.unit.hint === 'heading') {
      s.kind = 'standfirst';
      continue;
    }
    bodyWords ??= new Set(contentWords(`${headline.text} ${slots.slice(bodyStart).filter(isKept).map((b) => b.unit.text).join(' ')}`));
    const words = contentWords(s.unit.text);
    const shared = words.filter((w) => bodyWords?.has(w)).length;
    // A standfirst restates the story ("Major Credit Card Processor Victimized in ... Theft
    // of Account Numbers"); a teaser for another story shares (almost) no words with it
    // ("Covid 19 anel inteligente").
    if (words.length > 0 && shared / words.length >= 0.3) s.kind = 'standfirst';
    else dropSlot(s, 'teaser', 'unrelated-teaser');
  }

  // 5. After the body: headline-like fragments with nothing after them (attachment
  //    titles, link labels: "Joint Motion Containing DPA and Factual Statement").
  for (let i = slots.length - 1; i >= bodyStart; i--) {
    const s = slots[i];
    if (!s) continue;
    if (!isKept(s)) continue;
    if ((s.unit.hint === 'line' || s.unit.hint === 'heading') && looksLikeHeading(s.unit.text)) {
      dropSlot(s, 'furniture', 'trailing-fragment');
    } else break;
  }

  // 6. Repeats: the headline printed again in the body, a paragraph printed twice, a pull
  //    quote that repeats a sentence of the body.
  // Most paragraphs need no key here: a hash of the key's characters, taken without building
  // the key, tells them apart from the headline and from each other; the key itself is
  // built only where the hashes meet (or for a quote, or when the text is not plain ASCII).
  const headHash = keySignature(headline.text, headKey).hash;
  const seenByHash = new Map<number, Slot[]>();
  const keptSlots0 = slots.filter(isKept);
  keptSlots0.forEach((s, k) => {
    if (!isKept(s)) return;
    const sig = keySignature(s.unit.text, keys.get(s));
    if (sig.chars === 0) {
      dropSlot(s, 'markup', 'no-text');
      return;
    }
    let key: string | undefined;
    if (sig.hash === headHash) {
      key = keyOf(keys, s);
      if (key === headKey) {
        dropSlot(s, 'duplicate', 'repeated-headline');
        return;
      }
    }
    const sameHash = seenByHash.get(sig.hash);
    if (sameHash) {
      const own = (key ??= keyOf(keys, s));
      if (sameHash.some((o) => keyOf(keys, o) === own) && wordCount(own, 4) >= 3) {
        dropSlot(s, 'duplicate', 'repeated-paragraph');
        return;
      }
      sameHash.push(s);
    } else {
      seenByHash.set(sig.hash, [s]);
    }
    const quoteLike = s.unit.hint === 'quote' || /^["“‘]/.test(s.unit.text);
    if (!quoteLike) return;
    key ??= keyOf(keys, s);
    if (wordCount(key, 61) <= 60 && wordCount(key, 6) >= 5) {
      // A pull quote repeats a sentence printed nearby; only neighbours are searched, so a
      // long document costs linear time.
      for (let j = Math.max(0, k - PULL_QUOTE_WINDOW); j <= Math.min(keptSlots0.length - 1, k + PULL_QUOTE_WINDOW); j++) {
        const other = keptSlots0[j];
        if (j === k || !other || !isKept(other)) continue;
        // A key is never longer than its text, but for "İ" (the one character whose lower
        // case is two): a neighbour no longer than the quote's key cannot hold it, and its
        // key is not built (compareKey over every paragraph near a quote was ~2% of ingest).
        if (other.unit.text.length <= key.length && !other.unit.text.includes('\u0130')) continue;
        const ok = keyOf(keys, other);
        if (ok.length > key.length && ok.includes(key)) {
          dropSlot(s, 'duplicate', 'pull-quote-repeat');
          break;
        }
      }
    }
  });

  // 7. Kinds of the kept units.
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    if (!s || !isKept(s) || s.kind === 'standfirst') continue;
    const h = s.unit.hint;
    if (h === 'heading' || h === 'title') s.kind = 'subhead';
    else if (h === 'list-item') s.kind = 'list-item';
    else if (h === 'quote') s.kind = 'quote';
    else if (i > bodyStart && looksLikeHeading(s.unit.text) && !/^["“‘—–-]/.test(s.unit.text)) s.kind = 'subhead';
  }

  for (const s of slots) if (s.drop) removed.push(removal(s.unit, s.drop.reason, s.drop.rule));

  // 8. Repairs inside kept paragraphs.
  const out: CleanParagraph[] = [];
  const keptSlots = slots.filter(isKept);
  keptSlots.forEach((s, k) => {
    let u = s.unit;
    // A credit glued onto one of the last paragraphs.
    if (k >= keptSlots.length - 2 && s.kind !== 'subhead') {
      const cut = tailSentenceCut(u.text);
      if (cut) {
        removed.push(removal(sliceUnit(u, cut.start, u.text.length), cut.reason, cut.rule));
        u = deleteRange(u, cut.start, u.text.length);
      }
    }
    const repaired = repairShoutedStarts(u);
    for (const r of repaired.removed) removed.push(r);
    if (repaired.unit.text.length > 0) out.push({ unit: repaired.unit, kind: s.kind });
  });

  const head = repairShoutedStarts(headline, true);
  for (const r of head.removed) removed.push(r);
  removed.sort((a, b) => a.rawStart - b.rawStart);
  return { headline: head.unit, paragraphs: out, removed };
}

/** The start of a removable last sentence of `text`, if one of the tail rules matches it. */
function tailSentenceCut(text: string): { start: number; reason: RemovalReason; rule: string } | null {
  // The last sentence starts after the last ". " (or "? ", "! ", with closing quotes).
  const boundary = /[.!?]["”’')]*\s+(?=[\p{Lu}"“])/gu;
  let start = 0;
  // Only the last 400 characters can hold a credit: bounded work on a huge paragraph.
  boundary.lastIndex = Math.max(0, text.length - 400);
  for (const m of text.matchAll(boundary)) {
    if (m.index < text.length - 400) continue;
    start = m.index + m[0].length;
  }
  if (start === 0) return null; // the whole paragraph: a whole-unit rule's job
  const last = text.slice(start);
  for (const r of TAIL_SENTENCE_RULES) if (r.match.test(last)) return { start, reason: r.reason, rule: r.id };
  return null;
}

// Built once (tsx turns a \p{…} literal into a `new RegExp` where it stands).
const CAPITALISED = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * Repairs a function word left in capitals at a sentence start by machine translation:
 * "THE China denies" -> "China denies" (a name used without article), "THE Microsoft
 * Exchange is" -> "The Microsoft Exchange is". Real acronyms ("NATO", "US") are not
 * function words and are left alone, and so is text set in title case or capitals
 * (a headline "THE Guardian View ...").
 */
export function repairShoutedStarts(u: Unit, isHeadline = false): { unit: Unit; removed: Removed[] } {
  const removed: Removed[] = [];
  // Cheap gate: most paragraphs have no shouted word at a sentence start at all.
  if (!/(?:^|[.!?]["”’)]?\s)[A-Z]{2,}\s/.test(u.text)) return { unit: u, removed };
  const re = /(?:^|[.!?]["”’)]?\s+)([A-Z]{2,})\s+(\S+)(?:\s+(\S+))?/g;
  const edits: { start: number; word: string; next: string; next2: string }[] = [];
  for (const m of u.text.matchAll(re)) {
    const word = m[1] ?? '';
    const next = m[2] ?? '';
    if (!SHOUTED_FUNCTION_WORDS.has(word)) continue;
    // The next word must be in normal case: "THE China", not "THE NATO SUMMIT".
    if (!HAS_LOWER.test(next)) continue;
    edits.push({ start: m.index + m[0].indexOf(word), word, next, next2: m[3] ?? '' });
  }
  // The share of capitalised words is taken only when there is something to repair: the
  // gate above passes for any acronym opening a sentence ("FBI agents said ..."), and
  // splitting every such paragraph into words was ~0.6% of ingest's CPU.
  if (edits.length === 0) return { unit: u, removed };
  const words = u.text.split(' ');
  const capitalised = words.filter((w) => CAPITALISED.test(w)).length;
  if (words.length === 0 || capitalised / words.length >= (isHeadline ? 0.5 : 0.6)) return { unit: u, removed };
  let out = u;
  // Right to left, so earlier positions stay valid.
  for (const e of edits.reverse()) {
    const name = e.next.replace(/[^\p{L}]+$/u, '');
    const two = `${name} ${e.next2.replace(/[^\p{L}]+$/u, '')}`;
    if (e.word === 'THE' && (NAMES_WITHOUT_ARTICLE.has(two) || NAMES_WITHOUT_ARTICLE.has(name))) {
      removed.push(removal(sliceUnit(out, e.start, e.start + e.word.length), 'other', 'shouted-article-before-name'));
      out = deleteRange(out, e.start, e.start + e.word.length + 1);
      // The name now starts the sentence: it is capitalised already.
    } else {
      const fixed = e.word[0] + e.word.slice(1).toLowerCase();
      out = replaceSameLength(out, e.start, fixed);
    }
  }
  return { unit: out, removed };
}
