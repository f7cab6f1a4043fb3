import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { FormatSplit } from '../index.ts';
import { unitFrom, type Projection, type Unit, type UnitHint } from '../unit.ts';
import { decodeEntityAt } from './entities.ts';

/**
 * HTML pages: @mozilla/readability over a linkedom DOM finds the article (it works with
 * linkedom's document: checked on the bundled justice.gov pages); the article's block
 * elements become units. When readability finds nothing, a simple fallback takes the
 * element with the most paragraph text. DOM text has no source positions, so every unit
 * is located in a projection of the raw page (tags out, entities decoded), which maps
 * each character back to the raw byte-for-byte position.
 */

// Elements whose content is never article text.
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'button', 'form', 'input', 'select', 'textarea', 'img', 'picture', 'video', 'audio',
  'canvas', 'map', 'head', 'nav',
]);
// Elements that hold one paragraph of text.
const BLOCK = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'pre', 'dt',
  'dd', 'td', 'th', 'caption', 'address', 'summary', 'legend',
]);
// Elements that only group other blocks.
const CONTAINER = new Set([
  'html', 'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'ul',
  'ol', 'dl', 'figure', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'details', 'center',
  'fieldset', 'hgroup',
]);
// Tags after which the raw projection gets a line break, so blocks do not run together.
const BREAKING = new Set([...BLOCK, ...CONTAINER, 'br', 'hr', 'nav', 'title']);

/** The DOM type readability is declared over (the project has no DOM lib; linkedom provides it). */
type ReadabilityDocument = ConstructorParameters<typeof ReadabilityClass>[0];

interface HtmlLibraries {
  readonly parseHTML: typeof ParseHtml;
  readonly Readability: typeof ReadabilityClass;
}

let libraries: HtmlLibraries | undefined;

/**
 * linkedom and readability, loaded on the first HTML page: every worker thread imports
 * ingest, and most inputs are text, JSON or Markdown. Loaded at start-up they held ~5 MB
 * of live heap (and ~20 MB of RSS in a fresh thread) per worker for pages that never come.
 * `require` (linkedom's CommonJS build) because ingest is synchronous.
 */
function htmlLibraries(): HtmlLibraries {
  if (libraries === undefined) {
    const require = createRequire(import.meta.url);
    const { parseHTML } = require('linkedom') as { parseHTML: typeof ParseHtml };
    const { Readability } = require('@mozilla/readability') as { Readability: typeof ReadabilityClass };
    libraries = { parseHTML, Readability };
  }
  return libraries;
}

interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly localName?: string;
  querySelector?(sel: string): DomNode | null;
  querySelectorAll?(sel: string): ArrayLike<DomNode>;
}

interface Block {
  readonly text: string;
  readonly hint: UnitHint;
  readonly level?: number;
}

/** The raw page with markup taken out: text, decoded entities, one "\n" per block tag. */
export function projectHtml(raw: string): Projection {
  const idx = new Int32Array(raw.length + 1);
  const chunks: string[] = [];
  let n = 0;
  const emit = (s: string, at: number): void => {
    for (let k = 0; k < s.length; k++) idx[n + k] = at;
    chunks.push(s);
    n += s.length;
  };
  const tags = new TagEnds(raw);
  let i = 0;
  let textStart = 0;
  const flushText = (to: number): void => {
    if (to > textStart) {
      for (let k = textStart; k < to; k++) idx[n + k - textStart] = k;
      chunks.push(raw.slice(textStart, to));
      n += to - textStart;
    }
  };
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c === 60 /* < */) {
      if (raw.startsWith('<!--', i)) {
        flushText(i);
        const e = raw.indexOf('-->', i + 4);
        i = e < 0 ? raw.length : e + 3;
        textStart = i;
        continue;
      }
      const m = /^<\/?([A-Za-z][A-Za-z0-9-]*)|^<[!?]/.exec(raw.slice(i, i + 40));
      const close = m ? tags.end(i) : -1;
      if (m && close > 0) {
        flushText(i);
        const name = (m[1] ?? '').toLowerCase();
        const isClose = raw.charCodeAt(i + 1) === 47;
        if (!isClose && (name === 'script' || name === 'style' || name === 'noscript' || name === 'template' || name === 'svg')) {
          const re = new RegExp(`</${name}`, 'ig');
          re.lastIndex = close;
          const endTag = re.exec(raw)?.index ?? -1;
          const after = endTag < 0 ? -1 : tags.end(endTag);
          i = after < 0 ? raw.length : after;
        } else {
          if (BREAKING.has(name)) emit('\n', i);
          i = close;
        }
        textStart = i;
        continue;
      }
    } else if (c === 38 /* & */) {
      const ent = decodeEntityAt(raw, i);
      if (ent) {
        flushText(i);
        emit(ent.text, i);
        i += ent.length;
        textStart = i;
        continue;
      }
    }
    i++;
  }
  flushText(raw.length);
  idx[n] = raw.length;
  return { text: chunks.join(''), rawIndex: idx.subarray(0, n + 1) };
}

/** Longest tag considered; a "<" with no ">" within it is text ("a < b"). */
const MAX_TAG = 4096;
/** Longest stretch scanned for quotes inside a tag before trusting the next ">". */
const MAX_QUOTED_SCAN = 512;

/**
 * Finds tag ends in linear time: the next ">" is remembered between calls, and only a tag
 * that holds a quote before that ">" is scanned quote by quote (`<a title="x > y">`).
 */
class TagEnds {
  private nextGt = -2;
  private nextDq = -2;
  private nextSq = -2;
  constructor(private readonly raw: string) {}
  /** The next index of `ch` at or after `at`, cached: each search moves forward only. */
  private next(cached: number, ch: string, at: number): number {
    return cached !== -1 && cached < at ? this.raw.indexOf(ch, at) : cached;
  }
  /** The index after the `>` closing the tag that starts at `at`, or -1 (not a tag). */
  end(at: number): number {
    const raw = this.raw;
    this.nextGt = this.next(this.nextGt, '>', at + 1);
    const gt = this.nextGt;
    if (gt < 0 || gt - at > MAX_TAG) return -1;
    this.nextDq = this.next(this.nextDq, '"', at);
    this.nextSq = this.next(this.nextSq, "'", at);
    const dq = this.nextDq;
    const sq = this.nextSq;
    if ((dq < 0 || dq > gt) && (sq < 0 || sq > gt)) return gt + 1;
    let q = 0;
    const stop = Math.min(raw.length, at + MAX_QUOTED_SCAN);
    for (let i = at + 1; i < stop; i++) {
      const c = raw.charCodeAt(i);
      if (q !== 0) {
        if (c === q) q = 0;
      } else if (c === 34 || c === 39) q = c;
      else if (c === 62) return i + 1;
    }
    return gt + 1;
  }
}

/** Whitespace folded to one space, invisibles dropped, with the map carried along. */
function collapse(p: Projection): Projection {
  const src = p.text;
  const from = p.rawIndex;
  const idx = new Int32Array(src.length + 1);
  const chunks: string[] = [];
  let n = 0;
  let runStart = -1;
  let space = false;
  const rawOf = (i: number): number => (from ? (from[i] ?? 0) : i);
  const flush = (to: number): void => {
    if (runStart >= 0 && to > runStart) {
      chunks.push(src.slice(runStart, to));
      for (let k = runStart; k < to; k++) idx[n++] = rawOf(k);
    }
    runStart = -1;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    const isSpace = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
    const invisible = c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0xfeff;
    if (isSpace || invisible) {
      flush(i);
      if (isSpace && !space && n > 0) {
        chunks.push(' ');
        idx[n++] = rawOf(i);
        space = true;
      }
      continue;
    }
    space = false;
    if (runStart < 0) runStart = i;
  }
  flush(src.length);
  idx[n] = from ? (from[src.length] ?? 0) : src.length;
  return { text: chunks.join(''), rawIndex: idx.subarray(0, n + 1) };
}

function norm(s: string): string {
  return s.replace(/[\s\u00A0\u2000-\u200A\u202F\u3000]+/g, ' ').replace(/[\u00AD\u200B-\u200D\uFEFF]/g, '').trim();
}

/** The blocks of an element, in reading order. */
function blocksOf(root: DomNode, out: Block[], context: UnitHint | null = null): void {
  let inline = '';
  const flush = (): void => {
    const t = norm(inline);
    if (t) out.push({ text: t, hint: context ?? 'line' });
    inline = '';
  };
  const kids = root.childNodes;
  for (let k = 0; k < kids.length; k++) {
    const child = kids[k];
    if (!child) continue;
    if (child.nodeType === 3) {
      inline += child.textContent ?? '';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child.localName ?? '').toLowerCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      inline += ' ';
      continue;
    }
    if (BLOCK.has(tag) || CONTAINER.has(tag)) {
      flush();
      const hint = hintOf(tag, context);
      const level = /^h[1-6]$/.test(tag) ? Number(tag[1]) : undefined;
      if (CONTAINER.has(tag) || hasBlockChild(child)) blocksOf(child, out, hint === 'line' ? context : hint);
      else {
        const t = norm(child.textContent ?? '');
        if (t) out.push({ text: t, hint, ...(level !== undefined ? { level } : {}) });
      }
      continue;
    }
    inline += child.textContent ?? '';
  }
  flush();
}

function hintOf(tag: string, context: UnitHint | null): UnitHint {
  if (context === 'caption' || context === 'quote' || context === 'table') return context;
  switch (tag) {
    case 'h1':
      return 'title';
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading';
    case 'li':
    case 'dd':
    case 'dt':
      return 'list-item';
    case 'blockquote':
      return 'quote';
    case 'figcaption':
    case 'figure':
    case 'caption':
      return 'caption';
    case 'td':
    case 'th':
      return 'table';
    default:
      return context ?? 'line';
  }
}

function hasBlockChild(el: DomNode): boolean {
  const kids = el.childNodes;
  for (let k = 0; k < kids.length; k++) {
    const c = kids[k];
    if (c && c.nodeType === 1) {
      const t = (c.localName ?? '').toLowerCase();
      if (BLOCK.has(t) || CONTAINER.has(t)) return true;
    }
  }
  return false;
}

/** Fallback main-content finder: the element whose own <p> children hold the most text. */
function fallbackContent(doc: DomNode): DomNode | null {
  const ps = doc.querySelectorAll?.('p') ?? [];
  const score = new Map<DomNode, number>();
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k] as (DomNode & { parentNode?: DomNode | null }) | undefined;
    const parent = p?.parentNode;
    if (!p || !parent) continue;
    const len = norm(p.textContent ?? '').length;
    if (len < 40) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: DomNode | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return bestScore >= 200 ? best : null;
}

/** Minimum article text for the page to count as having an article. */
const MIN_ARTICLE_CHARS = 140;

export function splitHtml(raw: string, clean: boolean): FormatSplit {
  const messages: { level: 'error' | 'warning' | 'info'; code: string; message: string }[] = [];
  const { parseHTML, Readability } = htmlLibraries();
  const { document } = parseHTML(raw);
  const doc = document as unknown as DomNode;
  // Headline candidates before readability changes the DOM.
  const headings: string[] = [];
  const hs = doc.querySelectorAll?.('h1, h2') ?? [];
  for (let k = 0; k < hs.length; k++) {
    const t = norm(hs[k]?.textContent ?? '');
    if (t) headings.push(t);
  }
  const pageTitle = norm(doc.querySelector?.('title')?.textContent ?? '');

  const blocks: Block[] = [];
  let title = '';
  if (!clean) {
    const body = doc.querySelector?.('body') ?? doc;
    blocksOf(body, blocks);
    // The heading that the page's <title> repeats ("Justice News" is an <h1> too).
    title = headings.find((h) => pageTitle.includes(h) && h.split(' ').length >= 3) ?? headings[0] ?? pageTitle;
  } else {
    let article: ReturnType<ReadabilityClass<DomNode>['parse']> = null;
    try {
      // The article's element itself (readability's default serialises it to HTML, which
      // would then be parsed again here: ~7% of an HTML page's ingest).
      article = new Readability<DomNode>(document as unknown as ReadabilityDocument, {
        keepClasses: false,
        charThreshold: 200,
        serializer: (node) => node as unknown as DomNode,
      }).parse();
    } catch (err) {
      messages.push({ level: 'warning', code: 'readability-failed', message: `readability failed (${err instanceof Error ? err.message : String(err)}); used the fallback extractor` });
    }
    const text = norm(article?.textContent ?? '');
    if (article?.content && text.length >= MIN_ARTICLE_CHARS) {
      blocksOf(article.content, blocks);
    } else {
      // Readability parsed the DOM in place; parse again for the fallback.
      const { document: again } = parseHTML(raw);
      const main = fallbackContent(again as unknown as DomNode);
      if (main) {
        messages.push({ level: 'info', code: 'fallback-extractor', message: 'readability found no article; the main text block was taken by the fallback extractor' });
        blocksOf(main, blocks);
      }
    }
    const rt = norm(article?.title ?? '');
    // The page's own heading that matches readability's title ("Justice News" is an <h1> too).
    title = headings.find((h) => rt && (rt.includes(h) || h.includes(rt)) && h.split(' ').length >= 3) ?? (rt || headings[0] || pageTitle);
    if (blocks.length === 0) messages.push({ level: 'error', code: 'no-article', message: 'no article text was found in the page' });
  }

  const proj = collapse(projectHtml(raw));
  let cursor = 0;
  let approx = 0;
  const locate = (b: Block, from: number): Unit => {
    let at = proj.text.indexOf(b.text, from);
    if (at < 0) at = proj.text.indexOf(b.text);
    if (at >= 0) {
      if (at >= from) cursor = at + b.text.length;
      return unitFrom(proj, at, at + b.text.length, b.hint, b.level);
    }
    approx++;
    // Not found verbatim (the DOM changed the text): map the whole unit to where it should be.
    const rawAt = proj.rawIndex ? (proj.rawIndex[Math.min(from, proj.text.length)] ?? 0) : from;
    const t = b.text.normalize('NFC');
    return { text: t, pieces: [{ start: 0, end: t.length, rawStart: rawAt, rawEnd: rawAt }], hint: b.hint, ...(b.level !== undefined ? { level: b.level } : {}) };
  };
  const headline = title ? locate({ text: title, hint: 'title', level: 1 }, 0) : null;
  cursor = 0;
  const units: Unit[] = [];
  for (const b of blocks) units.push(locate(b, cursor));
  if (approx > 0) {
    messages.push({ level: 'info', code: 'offset-approx', message: `${approx} paragraph(s) could not be found verbatim in the page source; their offsets are approximate` });
  }
  // The headline block repeated as the article's first unit is dropped by cleaning ("repeated-headline").
  return { headline, units, messages };
}
