import type { OffsetPiece } from '../types/index.ts';
import { isSpaceCode } from '../nlp/strings.ts';

/**
 * A projection of the raw input: a plain-text view (`text`) of the raw article with, for
 * every UTF-16 position of `text`, the raw position it came from. For `.txt` the
 * projection is the raw text itself (`rawIndex` null: identity); for Markdown and HTML it
 * is the text with markup taken out (tags, entities, link targets), so a cleaned
 * position can be followed back to the exact raw character.
 */
export interface Projection {
  readonly text: string;
  /** `rawIndex[i]` = raw position of `text[i]`; `rawIndex[text.length]` = raw length. Null = identity. */
  readonly rawIndex: Int32Array | null;
}

/** Where a unit sits in the article, as told by the format (a `#` heading, an `<li>`, a caption...). */
export type UnitHint =
  | 'line' // a plain-text paragraph or line (txt, or a md/html block with no special role)
  | 'heading' // an HTML <h2..h6> or a Markdown `##` heading
  | 'title' // the page's own headline (<h1>, Markdown `# `)
  | 'list-item'
  | 'quote' // <blockquote>, Markdown `> `
  | 'caption' // <figcaption>, image alt text: never body (SPEC §1)
  | 'table'; // a table cell row: text kept, but not prose

/**
 * A candidate paragraph: whitespace-normalised (NFC) text with the offset pieces that map
 * each of its positions back to the raw input. Cleaning decides which units are kept.
 */
export interface Unit {
  readonly text: string;
  /** Pieces relative to `text` (start/end index `text`; rawStart/rawEnd index the raw input). */
  readonly pieces: readonly OffsetPiece[];
  readonly hint: UnitHint;
  /** Heading level (1..6) for `heading`/`title` units. */
  readonly level?: number;
}

export function rawStartOf(u: Unit): number {
  return u.pieces[0]?.rawStart ?? 0;
}

export function rawEndOf(u: Unit): number {
  return u.pieces[u.pieces.length - 1]?.rawEnd ?? 0;
}

// Zero-width and soft-hyphen characters carry no text: "Micro\u00ADsoft" -> "Microsoft".
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** `/\s/`, less the BOM (U+FEFF), which isInvisible drops. */
function isSpace(c: number): boolean {
  return c !== 0xfeff && isSpaceCode(c);
}

/** Every character `isSpace` or `isInvisible` accepts but the plain space (kept in step with them). */
const SPECIAL_BUT_SPACE = '\\t-\\r\\u00a0\\u00ad\\u1680\\u2000-\\u200d\\u2028\\u2029\\u202f\\u205f\\u2060\\u3000\\ufeff';
/**
 * Where a run of copied characters ends: a special character, except a single plain space
 * between two ordinary ones ("said today"), which is copied as it is (folding it would give
 * the same text and, once pieces are merged, the same pieces). Written as "a special
 * character other than a space, or a space before a special character or the end": the
 * same matches as `(?! (?!S|$))S`, found in about half the time (30 -> 16 ms over the raw
 * texts of 1000 bench documents), as the lookahead is tried only at spaces.
 */
export const RUN_END = new RegExp(`[${SPECIAL_BUT_SPACE}]| (?=[ ${SPECIAL_BUT_SPACE}]|$)`, 'g');

// Text made only of these (ASCII, Latin-1, Latin Extended, general punctuation) is NFC
// already, so the common case costs one regex test and no normalize() call.
const SURELY_NFC = /^[\u0000-\u02FF\u2010-\u206F]*$/;

/**
 * Builds a unit from `proj.text[start, end)`: whitespace runs become one space, the ends
 * are trimmed, invisible characters dropped, and the text put in NFC; the offset pieces
 * follow every change. Linear in the range length.
 */
/**
 * The raw position of projection position `i` (`idx` null: the identity). A module
 * function, not a closure per call: tsx's keepNames names every local closure with a
 * defineProperty (~1.7 us), and a unit is built per paragraph.
 */
function rawAt(idx: Int32Array | null, i: number): number {
  return idx ? (idx[i] ?? 0) : i;
}

export function unitFrom(proj: Projection, start: number, end: number, hint: UnitHint, level?: number): Unit {
  const src = proj.text;
  const idx = proj.rawIndex;
  const chunks: string[] = [];
  let outLen = 0;
  const pieces: OffsetPiece[] = [];
  let i = start;
  while (i < end && (isSpace(src.charCodeAt(i)) || isInvisible(src.charCodeAt(i)))) i++;
  let spaceRaw = -1; // raw start of a whitespace run not yet written
  let spaceRawEnd = -1;
  while (i < end) {
    const c = src.charCodeAt(i);
    if (isSpace(c)) {
      if (spaceRaw < 0) spaceRaw = rawAt(idx, i);
      spaceRawEnd = rawAt(idx, i) + 1;
      i++;
      continue;
    }
    if (isInvisible(c)) {
      i++;
      continue;
    }
    // A run of ordinary characters, copied as it is: found with one regex search instead
    // of a test per character (this loop sees every character of every article).
    RUN_END.lastIndex = i;
    const m = RUN_END.exec(src);
    let j = m !== null && m.index < end ? m.index : end;
    // A range may end inside the projection: its last space is trailing whitespace.
    if (j === end && src.charCodeAt(j - 1) === 32) j--;
    if (spaceRaw >= 0) {
      // A folded whitespace run: the one space maps to the whole raw run.
      pieces.push({ start: outLen, end: outLen + 1, rawStart: spaceRaw, rawEnd: Math.max(spaceRawEnd, spaceRaw + 1) });
      chunks.push(' ');
      outLen += 1;
      spaceRaw = -1;
    }
    if (idx === null) {
      pieces.push({ start: outLen, end: outLen + (j - i), rawStart: i, rawEnd: j });
    } else {
      // A projection may jump in raw (a tag or entity taken out): one piece per contiguous part.
      let s = i;
      for (let k = i + 1; k <= j; k++) {
        if (k < j && (idx[k] ?? 0) === (idx[k - 1] ?? 0) + 1) continue;
        pieces.push({ start: outLen + (s - i), end: outLen + (k - i), rawStart: idx[s] ?? 0, rawEnd: (idx[k - 1] ?? 0) + 1 });
        s = k;
      }
    }
    chunks.push(src.slice(i, j));
    outLen += j - i;
    i = j;
  }
  const out = chunks.join('');
  let u: Unit = { text: out, pieces: mergePieces(pieces), hint, ...(level !== undefined ? { level } : {}) };
  if (!SURELY_NFC.test(out) && out.normalize('NFC') !== out) u = toNfc(u);
  return u;
}

/** NFC per word: a changed word becomes one piece mapping its new length onto its raw span. */
function toNfc(u: Unit): Unit {
  const parts: Unit[] = [];
  const re = /\S+|\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(u.text)) !== null) {
    const w = m[0];
    const piece = sliceUnit(u, m.index, m.index + w.length);
    const n = w.normalize('NFC');
    if (n === w) parts.push(piece);
    else {
      parts.push({ text: n, pieces: [{ start: 0, end: n.length, rawStart: rawStartOf(piece), rawEnd: rawEndOf(piece) }], hint: u.hint });
    }
  }
  return { ...concatUnits(parts, u.hint), ...(u.level !== undefined ? { level: u.level } : {}) };
}

/** Joins adjacent pieces that continue each other char-for-char. */
export function mergePieces(pieces: readonly OffsetPiece[]): OffsetPiece[] {
  const out: OffsetPiece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (
      last &&
      last.end === p.start &&
      last.rawEnd === p.rawStart &&
      last.end - last.start === last.rawEnd - last.rawStart &&
      p.end - p.start === p.rawEnd - p.rawStart
    ) {
      out[out.length - 1] = { start: last.start, end: p.end, rawStart: last.rawStart, rawEnd: p.rawEnd };
    } else out.push(p);
  }
  return out;
}

/** The raw position of unit position `i` (start side: the raw char that produced `text[i]`). */
export function rawPosIn(pieces: readonly OffsetPiece[], i: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pieces[mid]?.start ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  if (!p) return 0;
  if (i >= p.end) return p.rawEnd;
  if (i <= p.start) return p.rawStart;
  const len = p.end - p.start;
  const rawLen = p.rawEnd - p.rawStart;
  if (len === rawLen) return p.rawStart + (i - p.start);
  return p.rawStart + Math.round(((i - p.start) * rawLen) / len);
}

/** `u.text.slice(start, end)` with its pieces. */
export function sliceUnit(u: Unit, start: number, end: number): Unit {
  const pieces: OffsetPiece[] = [];
  for (const p of u.pieces) {
    if (p.end <= start || p.start >= end) continue;
    const s = Math.max(p.start, start);
    const e = Math.min(p.end, end);
    const eq = p.end - p.start === p.rawEnd - p.rawStart;
    const rs = eq ? p.rawStart + (s - p.start) : s === p.start ? p.rawStart : rawPosIn([p], s);
    const re = eq ? p.rawStart + (e - p.start) : e === p.end ? p.rawEnd : rawPosIn([p], e);
    pieces.push({ start: s - start, end: e - start, rawStart: rs, rawEnd: Math.max(rs, re) });
  }
  return { text: u.text.slice(start, end), pieces, hint: u.hint, ...(u.level !== undefined ? { level: u.level } : {}) };
}

/** Concatenates units (no separator). */
export function concatUnits(units: readonly Unit[], hint: UnitHint): Unit {
  let text = '';
  const pieces: OffsetPiece[] = [];
  for (const u of units) {
    const off = text.length;
    for (const p of u.pieces) pieces.push({ start: p.start + off, end: p.end + off, rawStart: p.rawStart, rawEnd: p.rawEnd });
    text += u.text;
  }
  return { text, pieces: mergePieces(pieces), hint };
}

/** Deletes `[start, end)` from the unit and trims the whitespace left at the seam. */
export function deleteRange(u: Unit, start: number, end: number): Unit {
  const before = sliceUnit(u, 0, start);
  const after = sliceUnit(u, end, u.text.length);
  return trimUnit({ ...concatUnits([before, after], u.hint), ...(u.level !== undefined ? { level: u.level } : {}) });
}

/** Replaces `[start, end)` by `repl` of the same length (a case repair): pieces unchanged. */
export function replaceSameLength(u: Unit, start: number, repl: string): Unit {
  return { ...u, text: u.text.slice(0, start) + repl + u.text.slice(start + repl.length) };
}

/** Trims surrounding whitespace, and folds a double space left by a deletion. */
export function trimUnit(u: Unit): Unit {
  let s = 0;
  let e = u.text.length;
  while (s < e && u.text.charCodeAt(s) === 32) s++;
  while (e > s && u.text.charCodeAt(e - 1) === 32) e--;
  let out = s === 0 && e === u.text.length ? u : sliceUnit(u, s, e);
  const dbl = out.text.indexOf('  ');
  if (dbl >= 0) out = deleteRange(out, dbl, dbl + 1);
  return out;
}
