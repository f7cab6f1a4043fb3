/**
 * The shared vocabulary of the pipeline: types only, no runtime code and no imports.
 * Everything else depends on this module; it depends on nothing (STYLE.md, habit 4).
 *
 * The contract these types implement is `../shared/SPEC.md` (copied into README.md).
 * Fields may be added; the SPEC's fields must keep their names and meaning.
 */

/**
 * A range of the cleaned document text.
 *
 * THE offset convention of this project, stated once: `start` and `end` are UTF-16
 * code-unit indices (JavaScript string indices) into `Doc.text` / `ExtractionRecord.text`,
 * `end` exclusive, so `text.slice(start, end) === span.text` holds for every span that
 * carries its text.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the exact text it covers (`text.slice(start, end)`). */
export interface TextSpan extends Span {
  readonly text: string;
}

// ---------------------------------------------------------------------------
// Input and ingest
// ---------------------------------------------------------------------------

/** The formats a raw article can come in. `json`/`jsonl` hold records, not articles. */
export type RawFormat = 'txt' | 'md' | 'html';
export type InputFormat = RawFormat | 'json' | 'jsonl';

/** `corpora/<id>.meta.json` (SPEC §1). All fields optional on input. */
export interface ArticleMeta {
  readonly id?: string;
  readonly title?: string | null;
  readonly source?: string | null;
  readonly url?: string | null;
  readonly published?: string | null;
  readonly license?: string | null;
  readonly origin?: string | null;
  readonly [extra: string]: unknown;
}

/** One raw article as read from a file, a JSON(L) record or stdin, untouched. */
export interface RawArticle {
  /** The document id: the file stem, or the record's `id`. */
  readonly id: string;
  readonly format: RawFormat;
  /** The article as published or captured (for JSON records: the `text`/`html`/`markdown` field). */
  readonly raw: string;
  /** A title given out of band (a JSON record's `title`, the meta file's `title`). */
  readonly title?: string;
  readonly meta?: ArticleMeta;
  /** Where it came from, for messages: a path, `path:line`, or `stdin`. */
  readonly origin: string;
}

export type MessageLevel = 'error' | 'warning' | 'info';

/**
 * A recoverable problem found while processing one document (STYLE habit 6): stages
 * never print, they append messages; only the CLI prints.
 */
/** The message code of an extractor or stage that threw (the record goes out without its work). */
export const EXTRACTOR_CRASH = 'extractor-crash';

export interface Message {
  readonly level: MessageLevel;
  /** Stable machine-readable code, e.g. `empty-body`, `not-utf8`, `not-english`, `extractor-crash`. */
  readonly code: string;
  readonly message: string;
  /** The stage that raised it: `read`, `ingest`, `extract:actors`, `eval`, … */
  readonly stage: string;
  /** File, `file:line` or `stdin` the document came from. */
  readonly origin?: string;
}

/** Why a piece of the raw article is not in the cleaned text. */
export type RemovalReason =
  | 'byline'
  | 'teaser'
  | 'related-block'
  | 'source-list'
  | 'share'
  | 'metadata'
  | 'caption'
  | 'furniture'
  | 'markup'
  | 'duplicate'
  | 'navigation'
  | 'other';

/** A piece of raw input that ingest dropped, with the rule that dropped it. */
export interface Removed {
  readonly reason: RemovalReason;
  /** The rule id that fired, e.g. `see-too-block`. */
  readonly rule: string;
  /** The dropped text (whitespace-normalised, markup stripped where possible). */
  readonly text: string;
  /** Offsets into the raw input (UTF-16, end exclusive), where known. */
  readonly rawStart: number;
  readonly rawEnd: number;
}

/**
 * One piece of the offset map: cleaned text `[start, end)` came from raw
 * `[rawStart, rawEnd)`. Where both lengths are equal the mapping is char-for-char;
 * otherwise (entity decoding, whitespace folding, case repair) positions inside the
 * piece map proportionally. Pieces are sorted and cover the cleaned text.
 */
export interface OffsetPiece {
  readonly start: number;
  readonly end: number;
  readonly rawStart: number;
  readonly rawEnd: number;
}

export type ParagraphKind = 'headline' | 'standfirst' | 'subhead' | 'body' | 'quote' | 'list-item';

export interface Paragraph extends Span {
  readonly kind: ParagraphKind;
}

export interface Sentence extends Span {
  /** Index of the paragraph that holds it. */
  readonly paragraph: number;
  readonly kind: ParagraphKind;
}

/**
 * The cleaned document (SPEC §1): `text` is the headline, a blank line, and the body
 * paragraphs separated by blank lines. Plain data (structured-clone safe), so it can
 * cross worker threads.
 */
export interface Doc {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly format: RawFormat;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly removed: readonly Removed[];
  readonly offsetMap: readonly OffsetPiece[];
  readonly meta?: ArticleMeta;
  readonly origin: string;
  readonly messages: readonly Message[];
}

// ---------------------------------------------------------------------------
// Extraction output (SPEC §2)
// ---------------------------------------------------------------------------

/** Every record carries the stage that made it and the rule that fired (STYLE habit 2). */
export interface Provenance {
  /** The stage, e.g. `actors:gazetteer`, `figures:rules`, `claims:cue-verb`. */
  readonly source: string;
  /** The rule id / why it fired, e.g. `country-adjective`, `accuse-X-of-Y`. */
  readonly reason: string;
}

export type ActorType =
  | 'country'
  | 'agency'
  | 'intl_org'
  | 'company'
  | 'threat_group'
  | 'media'
  | 'person'
  | 'other_org';

export const ACTOR_TYPES: readonly ActorType[] = [
  'country', 'agency', 'intl_org', 'company', 'threat_group', 'media', 'person', 'other_org',
];

export interface Mention extends TextSpan {}

export interface Actor extends Provenance {
  /** Document-local id, e.g. `a1`. */
  readonly id: string;
  /** The fullest canonical form. */
  readonly name: string;
  readonly type: ActorType;
  /** Id of another actor of this record that this one belongs to or speaks for, else null. */
  readonly affiliation: string | null;
  /** Every other name-like form used for it in the document (never pronouns). */
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
}

export type FigureKind = 'count' | 'money' | 'percent' | 'duration' | 'quantity';
export const FIGURE_KINDS: readonly FigureKind[] = ['count', 'money', 'percent', 'duration', 'quantity'];

export type Qualifier = 'exact' | 'at_least' | 'at_most' | 'approx' | 'range';
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'at_least', 'at_most', 'approx', 'range'];

export interface Figure extends TextSpan, Provenance {
  readonly id: string;
  readonly value: number | null;
  readonly value_max: number | null;
  readonly kind: FigureKind;
  readonly qualifier: Qualifier;
  /** ISO currency for money, `percent`, singular time unit for duration, unit word for quantity, null for count. */
  readonly unit: string | null;
  /** The thing counted or measured, where the text says it. */
  readonly counted: string | null;
}

export type ClaimType = 'accusation' | 'denial';
export const CLAIM_TYPES: readonly ClaimType[] = ['accusation', 'denial'];

export type Certainty = 'asserted' | 'hedged';
export const CERTAINTIES: readonly Certainty[] = ['asserted', 'hedged'];

export interface Claim extends Provenance {
  readonly id: string;
  readonly type: ClaimType;
  /** Actor ids. */
  readonly claimants: readonly string[];
  /** Actor ids. */
  readonly targets: readonly string[];
  readonly cue: string;
  readonly content: string;
  readonly evidence: TextSpan;
  readonly certainty: Certainty;
  /** Actor ids of media credited for the information. */
  readonly reported_by: readonly string[];
  /** Figure ids inside the evidence. */
  readonly figures: readonly string[];
  /** 0..1 */
  readonly confidence: number;
  /** Added field: where the cue sits, when known. */
  readonly cue_span?: Span;
  /** Added field: where the content sits, when known. */
  readonly content_span?: Span;
}

/** One article's output: one JSON object, one line of JSONL. */
export interface ExtractionRecord {
  readonly doc: string;
  /** `name@version` of the extractor. */
  readonly extractor: string;
  readonly title: string;
  readonly text: string;
  readonly actors: readonly Actor[];
  readonly figures: readonly Figure[];
  readonly claims: readonly Claim[];
  /** Added field: problems met on the way (errors, warnings). */
  readonly messages: readonly Message[];
}

// ---------------------------------------------------------------------------
// Extractors
// ---------------------------------------------------------------------------

export interface ExtractorInfo {
  /** Registry name, e.g. `baseline`, `rules`, `rules-no-coref`. */
  readonly name: string;
  readonly version: string;
  readonly description: string;
}

/** Told by a batch extractor when its work on the document at `index` of the batch starts and stops. */
export interface StepClock {
  start(index: number): void;
  stop(index: number): void;
}

/** What every extractor implements. Pure over the Doc: no I/O, no printing. */
export interface Extractor extends ExtractorInfo {
  /** Builds the record for one cleaned document. May throw; the runner turns that into a message. */
  extract(doc: Doc): ExtractionRecord;
  /**
   * Optional: the records of several documents at once, in their order, each the same as
   * `extract` gives it (a batch runner uses it to run one stage over all of them before the
   * next, so each stage's code and data stay in the CPU caches). `steps`, when given, is told
   * when the work on one document starts and stops (per-document time and time limits). A
   * throw fails the whole batch; the runner then goes document by document with `extract`.
   */
  extractBatch?(docs: readonly Doc[], steps?: StepClock): ExtractionRecord[];
  /**
   * Whether the extractor wants ingest's cleaning (`true`, the default) or the raw
   * article's text kept whole (the `no-clean` ablation).
   */
  readonly clean?: boolean;
}

// ---------------------------------------------------------------------------
// Gold annotations (SPEC §3)
// ---------------------------------------------------------------------------

export interface GoldActor {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  /** Id of another gold actor, or null. */
  readonly affiliation: string | null;
  readonly aliases: readonly string[];
}

export interface GoldFigure {
  readonly text: string;
  /** Verbatim substring of the raw article, occurring once, containing `text`. */
  readonly context: string;
  readonly value: number | null;
  readonly value_max: number | null;
  readonly kind: FigureKind;
  readonly qualifier: Qualifier;
  readonly unit: string | null;
  readonly counted: string | null;
}

export interface GoldClaim {
  readonly type: ClaimType;
  readonly claimants: readonly string[];
  readonly targets: readonly string[];
  readonly cue: string;
  readonly content: string;
  /** Verbatim substring of the raw article, occurring once. */
  readonly evidence: string;
  readonly certainty: Certainty;
  readonly reported_by: readonly string[];
}

export interface Gold {
  readonly doc: string;
  readonly ingest: { readonly keep: readonly string[]; readonly drop: readonly string[] };
  readonly actors: readonly GoldActor[];
  readonly figures: readonly GoldFigure[];
  readonly claims: readonly GoldClaim[];
  /** Free-text notes of the annotator / adjudicator. */
  readonly notes?: string;
}

/** A document that could not be read at all (missing file, bad JSONL line, binary data). */
export interface InputFailure {
  readonly failed: true;
  /** The id, where it could be told. */
  readonly id: string | null;
  readonly origin: string;
  readonly message: Message;
}
