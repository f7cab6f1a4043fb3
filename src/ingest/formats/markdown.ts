import type { FormatSplit } from '../index.ts';
import type { Removed } from '../../types/index.ts';
import { rawEndOf, rawStartOf, unitFrom, type Projection, type Unit, type UnitHint } from '../unit.ts';
import { decodeEntityAt } from './entities.ts';
import { linesOf } from './txt.ts';

/**
 * Markdown captures (SPEC §1): `# Headline`, `###` standfirst, link and image syntax,
 * metadata blocks (`## Information:` / `+ Source: …`), promos, `#### Tags:` footers.
 *
 * Each line is projected to plain text with its raw positions (link text kept, link
 * targets, images, emphasis markers and inline HTML dropped); lines are then grouped
 * into blocks the way Markdown does (a paragraph runs until a blank line or a new block
 * marker), and each block becomes a unit with a hint (heading, list item, quote...).
 * Cleaning, not this module, decides what is boilerplate.
 */

type LineKind = 'blank' | 'heading' | 'list' | 'quote' | 'hr' | 'fence' | 'refdef' | 'table' | 'setext' | 'text' | 'image';

interface MdLine {
  readonly kind: LineKind;
  readonly level: number;
  /** Projection range of the line's content (block markers excluded). */
  readonly start: number;
  readonly end: number;
  /** The content is wrapped in emphasis as a whole ("*Photo: Reuters*"): a caption candidate. */
  readonly emphasised: boolean;
}

/** Builds the projection line by line. */
class ProjectionBuilder {
  private readonly chunks: string[] = [];
  private idx: Int32Array;
  length = 0;
  constructor(rawLength: number) {
    this.idx = new Int32Array(rawLength + 1);
  }
  push(s: string, rawAt: number, contiguous: boolean): void {
    if (this.length + s.length >= this.idx.length) {
      const bigger = new Int32Array(Math.max(this.idx.length * 2, this.length + s.length + 1));
      bigger.set(this.idx);
      this.idx = bigger;
    }
    for (let k = 0; k < s.length; k++) this.idx[this.length + k] = contiguous ? rawAt + k : rawAt;
    this.chunks.push(s);
    this.length += s.length;
  }
  done(rawLength: number): Projection {
    this.idx[this.length] = rawLength;
    return { text: this.chunks.join(''), rawIndex: this.idx.subarray(0, this.length + 1) };
  }
}

/**
 * Projects inline Markdown of `raw[from, to)`: "[text](url)" -> "text", "![alt](src)" ->
 * nothing, "**bold**" -> "bold", "<b>x</b>" -> "x", "\*" -> "*", "&amp;" -> "&".
 * Linear: every bracket search is bounded to the line.
 */
function projectInline(raw: string, from: number, to: number, out: ProjectionBuilder, brackets?: LineBrackets): void {
  const b: LineBrackets = brackets ?? { from, match: raw.slice(from, to).includes('[') ? matchBrackets(raw, from, to) : new Int32Array(to - from).fill(-1) };
  let i = from;
  let textStart = from;
  const flush = (upTo: number): void => {
    if (upTo > textStart) out.push(raw.slice(textStart, upTo), textStart, true);
  };
  while (i < to) {
    const c = raw[i];
    if (c === '\\' && i + 1 < to && /[\\`*_{}[\]()#+\-.!|~<>"']/.test(raw[i + 1] ?? '')) {
      flush(i);
      out.push(raw[i + 1] ?? '', i + 1, true);
      i += 2;
      textStart = i;
      continue;
    }
    if (c === '!' && raw[i + 1] === '[') {
      const close = closingBracket(b, i + 1, to);
      if (close > 0) {
        flush(i);
        i = skipTarget(raw, b, close + 1, to);
        textStart = i;
        continue;
      }
    }
    if (c === '[') {
      const close = closingBracket(b, i, to);
      if (close > 0 && (raw[close + 1] === '(' || raw[close + 1] === '[')) {
        flush(i);
        // The link text, itself inline Markdown ("[**bold**](x)", "[![img](a)](b)").
        projectInline(raw, i + 1, close, out, b);
        i = skipTarget(raw, b, close + 1, to);
        textStart = i;
        continue;
      }
    }
    if (c === '<') {
      const m = /^<(?:\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,300})?\/?|https?:\/\/[^\s<>]{1,500}|[^\s<>@]{1,64}@[^\s<>]{1,255})>/.exec(raw.slice(i, Math.min(to, i + 600)));
      if (m) {
        flush(i);
        i += m[0].length;
        textStart = i;
        continue;
      }
    }
    if (c === '&') {
      const ent = decodeEntityAt(raw, i);
      if (ent) {
        flush(i);
        out.push(ent.text, i, false);
        i += ent.length;
        textStart = i;
        continue;
      }
    }
    if (c === '*' || c === '_' || c === '~' || c === '`') {
      // A run of emphasis/code markers is markup when it touches a word on one side only
      // ("**bold**", "_it_"); inside a word ("snake_case", "2*3") it is text.
      let e = i;
      while (e < to && raw[e] === c) e++;
      const before = i > from ? (raw[i - 1] ?? ' ') : ' ';
      const after = e < to ? (raw[e] ?? ' ') : ' ';
      const wordBefore = /[\p{L}\p{N}]/u.test(before);
      const wordAfter = /[\p{L}\p{N}]/u.test(after);
      const markup = c === '`' || c === '~' ? e - i <= 3 : !(wordBefore && wordAfter) && !(/\s/.test(before) && /\s/.test(after));
      if (markup) {
        flush(i);
        i = e;
        textStart = i;
        continue;
      }
      i = e;
      continue;
    }
    i++;
  }
  flush(to);
}

/**
 * Matching brackets of one line, found in one pass with a stack: `match[i - from]` is the
 * index of the "]" (or ")") closing the "[" (or "(") at i, or -1. Looking a link up is
 * then O(1), so a line of 200,000 "[" costs linear time.
 */
function matchBrackets(raw: string, from: number, to: number): Int32Array {
  const match = new Int32Array(to - from).fill(-1);
  const squares: number[] = [];
  const rounds: number[] = [];
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 91 /* [ */) squares.push(i);
    else if (c === 93 /* ] */) {
      const o = squares.pop();
      if (o !== undefined) match[o - from] = i;
    } else if (c === 40 /* ( */) rounds.push(i);
    else if (c === 41 /* ) */) {
      const o = rounds.pop();
      if (o !== undefined) match[o - from] = i;
    }
  }
  return match;
}

interface LineBrackets {
  readonly from: number;
  readonly match: Int32Array;
}

/** The `]` closing the `[` at `open`, or -1. */
function closingBracket(b: LineBrackets, open: number, to: number): number {
  const m = b.match[open - b.from] ?? -1;
  return m >= 0 && m < to ? m : -1;
}

/** Skips a link target "(url "title")" or a reference "[ref]" starting at `at`. */
function skipTarget(raw: string, b: LineBrackets, at: number, to: number): number {
  const open = raw[at];
  if (open !== '(' && open !== '[') return at;
  const m = b.match[at - b.from] ?? -1;
  return m >= 0 && m < to ? m + 1 : at; // not closed: the "(" is text
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const LIST = /^ {0,6}(?:[-*+•]|\d{1,3}[.)])[ \t]+/;
const QUOTE = /^ {0,3}(?:>[ \t]?)+/;
const HR = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const REFDEF = /^ {0,3}\[[^\]]{1,200}\]:\s*\S/;
const TABLE = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const SETEXT = /^ {0,3}(?:=+|-+)\s*$/;
const IMAGE_ONLY = /^\s*(?:\[?!\[[^\]]{0,500}\]\([^)]{0,1000}\)\]?(?:\([^)]{0,1000}\))?\s*)+$/;

export function projectMarkdown(raw: string): { proj: Projection; lines: MdLine[] } {
  const out = new ProjectionBuilder(raw.length);
  const lines: MdLine[] = [];
  let inFence = false;
  for (const l of linesOf(raw)) {
    const text = raw.slice(l.start, l.end);
    let kind: LineKind = 'text';
    let level = 0;
    let contentFrom = l.start;
    if (FENCE.test(text)) {
      inFence = !inFence;
      kind = 'fence';
    } else if (inFence) kind = 'text';
    else if (text.trim() === '') kind = 'blank';
    else if (HR.test(text)) kind = 'hr';
    else if (SETEXT.test(text) && lines.length > 0 && lines[lines.length - 1]?.kind === 'text') {
      kind = 'setext';
      level = text.includes('=') ? 1 : 2;
    }
    else if (REFDEF.test(text)) kind = 'refdef';
    else if (TABLE_RULE.test(text) && text.includes('-')) kind = 'hr';
    else if (TABLE.test(text)) kind = 'table';
    else if (IMAGE_ONLY.test(text)) kind = 'image';
    else {
      const h = HEADING.exec(text);
      const li = LIST.exec(text);
      const q = QUOTE.exec(text);
      if (h) {
        kind = 'heading';
        level = (h[1] ?? '#').length;
        contentFrom = l.start + h[0].length;
      } else if (li) {
        kind = 'list';
        contentFrom = l.start + li[0].length;
      } else if (q) {
        kind = 'quote';
        contentFrom = l.start + q[0].length;
      }
    }
    let contentTo = l.end;
    if (kind === 'heading') {
      // Closing hashes: "## Title ##".
      const m = /[ \t]+#+[ \t]*$/.exec(text);
      if (m) contentTo = l.start + m.index;
    }
    const start = out.length;
    if (kind === 'table') {
      // Cells joined by spaces: "| a | b |" -> " a   b ".
      const row = raw.slice(contentFrom, contentTo);
      let cellStart = contentFrom;
      for (let k = 0; k <= row.length; k++) {
        if (k === row.length || row[k] === '|') {
          projectInline(raw, cellStart, contentFrom + k, out);
          if (k < row.length) out.push(' ', contentFrom + k, true);
          cellStart = contentFrom + k + 1;
        }
      }
    } else if (kind !== 'blank' && kind !== 'hr' && kind !== 'fence' && kind !== 'refdef' && kind !== 'setext' && kind !== 'image') {
      projectInline(raw, contentFrom, contentTo, out);
    }
    const end = out.length;
    const content = raw.slice(contentFrom, contentTo).trim();
    const emphasised = /^(?:\*[^*].*[^*]\*|_[^_].*[^_]_|\*\*.+\*\*)$/.test(content);
    lines.push({ kind, level, start, end, emphasised });
    out.push('\n', l.end, true);
  }
  return { proj: out.done(raw.length), lines };
}

/** Splits a Markdown capture into a headline unit and body units. */
export function splitMarkdown(raw: string, clean: boolean): FormatSplit {
  const { proj, lines } = projectMarkdown(raw);
  const units: Unit[] = [];
  type Para = { start: number; end: number; hint: UnitHint; level?: number };
  // (`as`: flush() resets it from a closure, which control-flow narrowing does not see.)
  let para = null as Para | null;
  let prevImage = false;
  const flush = (): void => {
    if (para) {
      const u = unitFrom(proj, para.start, para.end, para.hint, para.level);
      if (u.text.length > 0) units.push(u);
    }
    para = null;
  };
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (!l) continue;
    switch (l.kind) {
      case 'blank':
      case 'hr':
      case 'fence':
      case 'refdef':
        flush();
        break;
      case 'image':
        flush();
        prevImage = true;
        continue;
      case 'setext': {
        // "Title\n=====": the paragraph so far is a heading.
        if (para) para = { ...para, hint: lines[k]?.level === 1 ? 'title' : 'heading', level: 2 };
        flush();
        break;
      }
      case 'heading':
        flush();
        para = { start: l.start, end: l.end, hint: l.level === 1 ? 'title' : 'heading', level: l.level };
        flush();
        break;
      case 'list':
        flush();
        para = { start: l.start, end: l.end, hint: 'list-item' };
        break;
      case 'quote':
        if (para && para.hint !== 'quote') flush();
        para = para ? { ...para, end: l.end } : { start: l.start, end: l.end, hint: 'quote' };
        break;
      case 'table':
        flush();
        para = { start: l.start, end: l.end, hint: 'table' };
        flush();
        break;
      case 'text':
        if (para && (para.hint === 'line' || para.hint === 'list-item' || para.hint === 'quote' || para.hint === 'caption')) para = { ...para, end: l.end };
        else {
          flush();
          // An emphasised line right under an image is its caption.
          para = { start: l.start, end: l.end, hint: prevImage && l.emphasised ? 'caption' : 'line' };
        }
        break;
    }
    prevImage = false;
  }
  flush();
  // The headline is the first `# ` heading; what comes before it is site chrome
  // ("Home > News", a logo's text). Without one, the first block is the headline.
  // A site name set as a title ("Tech Daily" over "====") is shorter than a headline.
  // (The no-cleaning ablation keeps everything: the first block is the headline.)
  let at = clean ? units.findIndex((u) => u.hint === 'title' && u.text.split(' ').length >= 4) : 0;
  if (at < 0) at = units.findIndex((u) => u.hint === 'title');
  const h = at >= 0 ? at : 0;
  const first = units[h];
  const headline: Unit | null = first ? { ...first, hint: 'title' } : null;
  const removed: Removed[] = units.slice(0, h).map((u) => ({
    reason: 'navigation',
    rule: 'before-headline',
    text: u.text,
    rawStart: rawStartOf(u),
    rawEnd: rawEndOf(u),
  }));
  return { headline, units: units.slice(h + 1), removed };
}
