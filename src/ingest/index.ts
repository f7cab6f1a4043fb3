import type { Doc, Message, MessageLevel, OffsetPiece, Paragraph, ParagraphKind, RawArticle, Removed, StepClock } from '../types/index.ts';
import { segmentSentences } from '../nlp/sentences.ts';
import { cleanUnits, compareKey, type CleanParagraph } from './clean.ts';
import { splitPlain, type SplitArticle } from './formats/txt.ts';
import { splitHtml } from './formats/html.ts';
import { splitMarkdown } from './formats/markdown.ts';
import { englishScore, ENGLISH_MIN_SCORE } from './language.ts';
import { rawEndOf, rawPosIn, rawStartOf, type Unit } from './unit.ts';

export { readInputs, isFailure, DEFAULT_MAX_BYTES, type ReadOptions } from './read.ts';

/**
 * Ingest: one raw article (txt, md or html) -> the cleaned document of SPEC §1, with its
 * paragraphs, sentences, what was removed and why, and an offset map back to the raw input.
 *
 *   raw --format splitter--> headline + units --clean--> paragraphs --join--> text
 *                                                                    --wink--> sentences
 *
 * Never throws: a problem becomes a message on the document (`empty-body` is an error,
 * so callers report the document instead of emitting an empty record).
 */
export interface IngestOptions {
  /** `false` = the no-cleaning ablation: headline and the whole body, only markup stripped. */
  readonly clean?: boolean;
}

/** What a format splitter returns: the headline unit (if the format has one) and the body units. */
export interface FormatSplit extends SplitArticle {
  readonly messages?: readonly Omit<Message, 'stage' | 'origin'>[];
  /** Units the splitter left out already (page chrome outside the article), for `doc.removed`. */
  readonly removed?: readonly Removed[];
}

const PARAGRAPH_SEPARATOR = '\n\n';

export function ingest(article: RawArticle, opts: IngestOptions = {}): Doc {
  return ingestBatch([article], opts)[0] as Doc;
}

/**
 * Several articles, each ingested as `ingest` ingests it alone, in two steps over the batch:
 * every article's text (format, cleaning, join), then every text's sentences (wink-nlp's pass),
 * so each step's code and data stay in the CPU caches across the batch (see
 * src/extract/claims/index.ts extractClaimsBatch). `steps` is told of each article's part of
 * each step. Never throws.
 */
export function ingestBatch(articles: readonly RawArticle[], opts: IngestOptions = {}, steps?: StepClock): Doc[] {
  const clean = opts.clean ?? true;
  const messages = articles.map((): Message[] => []);
  const adders = articles.map((article, k) => (level: MessageLevel, code: string, message: string): void => {
    (messages[k] as Message[]).push({ level, code, message, stage: 'ingest', origin: article.origin });
  });
  // A bug or a pathological input must not take the batch down: report it on the doc.
  const failed = (k: number, err: unknown): Doc => {
    (adders[k] as (typeof adders)[number])('error', 'ingest-failed', `ingest failed: ${err instanceof Error ? err.message : String(err)}`);
    return emptyDoc(articles[k] as RawArticle, messages[k] as Message[]);
  };
  /** One article's part of a step, on its clock; a throw is that article's failure. */
  const guarded = <T>(k: number, run: () => T): T | Doc => {
    steps?.start(k);
    try {
      return run();
    } catch (err) {
      return failed(k, err);
    } finally {
      steps?.stop(k);
    }
  };
  const texts = articles.map((article, k) => guarded(k, () => build(article, clean, messages[k] as Message[], adders[k] as (typeof adders)[number])));
  return texts.map((t, k) => ('unsegmented' in t ? guarded(k, () => withSentences(t)) : t));
}

/** A document before its sentences: what `build` makes of an article that has a body. */
interface Unsegmented {
  readonly unsegmented: true;
  readonly article: RawArticle;
  readonly title: string;
  readonly text: string;
  readonly paragraphs: Paragraph[];
  readonly removed: Removed[];
  readonly offsetMap: OffsetPiece[];
  readonly messages: Message[];
}

function withSentences(u: Unsegmented): Doc {
  const sentences = segmentSentences(u.text, u.paragraphs);
  return {
    id: u.article.id,
    title: u.title,
    text: u.text,
    format: u.article.format,
    paragraphs: u.paragraphs,
    sentences,
    removed: u.removed,
    offsetMap: u.offsetMap,
    ...(u.article.meta ? { meta: u.article.meta } : {}),
    origin: u.article.origin,
    messages: u.messages,
  };
}

function emptyDoc(article: RawArticle, messages: Message[]): Doc {
  const title = article.title ?? article.meta?.title ?? '';
  return {
    id: article.id,
    title: typeof title === 'string' ? title : '',
    text: '',
    format: article.format,
    paragraphs: [],
    sentences: [],
    removed: [],
    offsetMap: [],
    ...(article.meta ? { meta: article.meta } : {}),
    origin: article.origin,
    messages,
  };
}

/** The C0 controls `controlShare` counts (all but tab, line feed, form feed and carriage return). */
const CONTROL_CHAR = /[\x00-\x08\x0b\x0e-\x1f]/g;

/** Bytes that never occur in text: NUL and most C0 controls. */
function controlShare(raw: string): number {
  const n = Math.min(raw.length, 65536);
  if (n === 0) return 0;
  // Text nearly always holds none: one regex search finds the first, instead of a look at
  // every character (~0.8% of ingest's CPU).
  CONTROL_CHAR.lastIndex = 0;
  const first = CONTROL_CHAR.exec(n < raw.length ? raw.slice(0, n) : raw);
  if (first === null) return 0;
  let bad = 0;
  for (let i = first.index; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  return bad / n;
}

function split(article: RawArticle, clean: boolean): FormatSplit {
  switch (article.format) {
    case 'html':
      return splitHtml(article.raw, clean);
    case 'md':
      return splitMarkdown(article.raw, clean);
    case 'txt':
    default:
      return splitPlain({ text: article.raw, rawIndex: null }, true);
  }
}

function sameHeadline(a: string, b: string): boolean {
  const ka = compareKey(a);
  const kb = compareKey(b);
  if (ka.length === 0 || kb.length === 0) return false;
  // One may hold the other ("Headline" vs "Headline - Site"), but a short title is not
  // the same headline just because its letters occur in a body sentence ("T").
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return long.includes(short) && short.length >= 0.6 * long.length;
}

function build(
  article: RawArticle,
  clean: boolean,
  messages: Message[],
  add: (level: MessageLevel, code: string, message: string) => void,
): Doc | Unsegmented {
  const raw = article.raw;
  if (raw.trim().length === 0) {
    add('error', 'empty-body', 'the article is empty');
    return emptyDoc(article, messages);
  }
  if (controlShare(raw) > 0.01) {
    add('error', 'binary', 'the input looks like binary data, not text');
    return emptyDoc(article, messages);
  }
  const bad = raw.indexOf('\uFFFD');
  if (bad >= 0) add('warning', 'not-utf8', `the text holds bytes that are not valid UTF-8 (first at character ${bad}); they were replaced by U+FFFD`);

  let parts = split(article, clean);
  // A record's own title ({id, title, text}) when the text does not start with it: the
  // first line is body, and the title stands in as headline.
  if (article.title !== undefined && article.format !== 'html' && parts.headline && !sameHeadline(parts.headline.text, article.title)) {
    parts = { ...parts, headline: null, units: [{ ...parts.headline, hint: 'line' }, ...parts.units] };
  }
  for (const m of parts.messages ?? []) add(m.level, m.code, m.message);

  const outsideTitle = article.title ?? (typeof article.meta?.title === 'string' ? article.meta.title : undefined);
  let headline: Unit | null = parts.headline;
  if (headline === null || headline.text.length === 0) {
    if (outsideTitle) {
      // No headline in the input: the given title stands in, mapped to the input's start.
      headline = { text: outsideTitle.replace(/\s+/g, ' ').trim().normalize('NFC'), pieces: [], hint: 'title' };
      headline = { ...headline, pieces: [{ start: 0, end: headline.text.length, rawStart: 0, rawEnd: 0 }] };
    } else {
      headline = { text: '', pieces: [], hint: 'title' };
    }
  }

  let paragraphs: readonly CleanParagraph[];
  let removed: Removed[] = [...(parts.removed ?? [])];
  if (clean) {
    const res = cleanUnits(headline, parts.units);
    headline = res.headline;
    paragraphs = res.paragraphs;
    removed = [...removed, ...res.removed].sort((a, b) => a.rawStart - b.rawStart);
  } else {
    paragraphs = parts.units.map((u) => ({ unit: u, kind: kindOf(u) }));
  }

  // Join: headline, blank line, paragraphs separated by blank lines (SPEC §1).
  const chunks: string[] = [];
  const map: OffsetPiece[] = [];
  const paras: Paragraph[] = [];
  let len = 0;
  let prevRawEnd = 0;
  const push = (u: Unit, kind: ParagraphKind): void => {
    if (chunks.length > 0) {
      const nextRawStart = rawStartOf(u);
      map.push({
        start: len,
        end: len + PARAGRAPH_SEPARATOR.length,
        rawStart: prevRawEnd,
        rawEnd: nextRawStart > prevRawEnd ? nextRawStart : prevRawEnd,
      });
      chunks.push(PARAGRAPH_SEPARATOR);
      len += PARAGRAPH_SEPARATOR.length;
    }
    for (const p of u.pieces) map.push({ start: p.start + len, end: p.end + len, rawStart: p.rawStart, rawEnd: p.rawEnd });
    paras.push({ start: len, end: len + u.text.length, kind });
    chunks.push(u.text);
    len += u.text.length;
    if (u.pieces.length > 0) prevRawEnd = rawEndOf(u);
  };
  if (headline.text.length > 0) push(headline, 'headline');
  for (const p of paragraphs) if (p.unit.text.length > 0) push(p.unit, p.kind);
  const text = chunks.join('');

  const bodyParas = paras.filter((p) => p.kind !== 'headline');
  if (bodyParas.length === 0) {
    const why = article.format === 'html' && (parts.messages ?? []).some((m) => m.code === 'no-article')
      ? 'no article text was found in the page'
      : clean && removed.length > 0
        ? `the body is empty after cleaning (${removed.length} pieces removed)`
        : 'the article has no body text';
    add('error', 'empty-body', why);
  } else {
    const body = text.slice(bodyParas[0]?.start ?? 0);
    const score = englishScore(body);
    if (score !== null && score < ENGLISH_MIN_SCORE) {
      add('warning', 'not-english', `the article does not look like English (function-word share ${score.toFixed(2)}); extraction rules are written for English`);
    }
  }

  const title = headline.text || (outsideTitle ?? '');
  return { unsegmented: true, article, title, text, paragraphs: paras, removed, offsetMap: map, messages };
}

function kindOf(u: Unit): ParagraphKind {
  switch (u.hint) {
    case 'heading':
    case 'title':
      return 'subhead';
    case 'list-item':
      return 'list-item';
    case 'quote':
      return 'quote';
    default:
      return 'body';
  }
}

/**
 * The raw-input position of cleaned-text position `i` of `doc` (UTF-16, like every
 * offset). For a span `[s, e)` of `doc.text`, `raw.slice(toRawOffset(doc, s),
 * toRawOffset(doc, e))` is the raw text it came from (markup and folded whitespace
 * included). Inside a piece whose lengths differ (an entity, a normalised character) the
 * position is interpolated.
 */
export function toRawOffset(doc: Pick<Doc, 'offsetMap'>, i: number): number {
  return rawPosIn(doc.offsetMap, i);
}
