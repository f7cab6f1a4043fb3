import { ingest, ingestBatch } from '../ingest/index.ts';
import { EXTRACTOR_CRASH, type Doc, type ExtractionRecord, type Extractor, type Message, type RawArticle, type StepClock } from '../types/index.ts';
import { formatRecord, type OutputFormat } from './format.ts';

/**
 * One document through the pipeline: ingest (cleaned or not, as the extractor asks),
 * then the extractor. Never throws: every way a document can fail becomes a
 * `DocFailure` with a stage and a code, so a batch goes on.
 */

/** A line of the errors file (`--errors FILE`, JSONL). */
export interface DocFailure {
  readonly doc: string | null;
  readonly origin: string;
  /** `read`, `ingest`, `extract`, `timeout`, `worker`. */
  readonly stage: string;
  readonly code: string;
  readonly message: string;
}

export type Outcome =
  | { readonly ok: true; readonly record: ExtractionRecord; readonly ms: number }
  | { readonly ok: false; readonly failure: DocFailure; readonly record?: ExtractionRecord; readonly ms: number };

/**
 * An outcome as it crosses from a worker thread to the main thread. With `output` set the
 * worker formats the record itself (`text`, the exact lines to write) and the record object
 * stays behind unless the caller also wants it: a string of the JSON line is one cheap copy,
 * while a cloned record is a graph of ~25 KB the main thread must rebuild and collect
 * (serialise ~0.15 ms, deserialise ~0.3 ms per news article), and the main thread is the
 * one part of a batch that does not run in parallel.
 */
export type WireOutcome =
  | { readonly ok: true; readonly record?: ExtractionRecord; readonly text?: string; readonly ms: number }
  | { readonly ok: false; readonly failure: DocFailure; readonly record?: ExtractionRecord; readonly text?: string; readonly ms: number };

/** What a caller of the batch wants back per document. */
export interface WireRequest {
  /** Format the record to this output in the worker. */
  readonly output?: OutputFormat;
  /** Send the record object too (default: only when no `output` is asked for). */
  readonly record?: boolean;
}

export function toWire(outcome: Outcome, want: WireRequest): WireOutcome {
  const keep = want.record ?? want.output === undefined;
  if (!outcome.record || (keep && want.output === undefined)) return outcome;
  const text = want.output === undefined ? undefined : formatRecord(outcome.record, want.output);
  const base = outcome.ok ? { ok: true as const, ms: outcome.ms } : { ok: false as const, failure: outcome.failure, ms: outcome.ms };
  return { ...base, ...(keep ? { record: outcome.record } : {}), ...(text !== undefined ? { text } : {}) };
}

function failureOf(doc: string | null, origin: string, stage: string, m: Pick<Message, 'code' | 'message'>): DocFailure {
  return { doc, origin, stage, code: m.code, message: m.message };
}

/** The record an extractor would have made, empty, carrying the error (issue 5: a crash still yields a record). */
export function errorRecord(doc: Doc, extractor: Extractor, message: Message): ExtractionRecord {
  return {
    doc: doc.id,
    extractor: `${extractor.name}@${extractor.version}`,
    title: doc.title,
    text: doc.text,
    actors: [],
    figures: [],
    claims: [],
    messages: [...doc.messages, message],
  };
}

export function processArticle(article: RawArticle, extractor: Extractor): Outcome {
  const t0 = performance.now();
  const r = ingested(article, extractor);
  if ('failure' in r) return { ok: false, failure: r.failure, ms: performance.now() - t0 };
  return { ...extracted(r.doc, extractor), ms: performance.now() - t0 };
}

/** Ingest as the extractor asks: the Doc, or the failure of a document that cannot go on. */
function ingested(article: RawArticle, extractor: Extractor): { readonly doc: Doc } | { readonly failure: DocFailure } {
  let doc: Doc;
  try {
    doc = ingest(article, { clean: extractor.clean !== false });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { failure: failureOf(article.id, article.origin, 'ingest', { code: 'ingest-crash', message }) };
  }
  return going(doc);
}

/** The document, or the failure its ingest reported (an error message). */
function going(doc: Doc): { readonly doc: Doc } | { readonly failure: DocFailure } {
  const fatal = doc.messages.find((m) => m.level === 'error');
  // e.g. an empty body: reported, never emitted as an empty record.
  if (fatal) return { failure: failureOf(doc.id, doc.origin, fatal.stage || 'ingest', fatal) };
  return { doc };
}

/** The extractor over one Doc (`ms` 0: the caller's); a throw becomes a failure that still carries an (empty) record. */
function extracted(doc: Doc, extractor: Extractor): Outcome {
  try {
    return { ok: true, record: extractor.extract(doc), ms: 0 };
  } catch (err) {
    const message: Message = {
      level: 'error',
      code: EXTRACTOR_CRASH,
      message: `${extractor.name} threw: ${err instanceof Error ? err.message : String(err)}`,
      stage: 'extract',
      origin: doc.origin,
    };
    return { ok: false, failure: failureOf(doc.id, doc.origin, 'extract', message), record: errorRecord(doc, extractor, message), ms: 0 };
  }
}

/**
 * Several documents through the pipeline, each with the outcome `processArticle` gives it:
 * ingest each, then the extractor's `extractBatch` over the ones that ingested (stage by
 * stage), or `extract` one by one for an extractor without it. `steps` is told when the work on
 * each document (by its index in `articles`) starts and stops, ingest included; each outcome's
 * `ms` is the sum of its own steps. A batch that throws is run again document by document, so
 * one bad document fails alone.
 */
export function processBatch(articles: readonly RawArticle[], extractor: Extractor, steps?: StepClock): Outcome[] {
  if (!extractor.extractBatch || articles.length < 2) {
    return articles.map((a, k) => {
      steps?.start(k);
      const out = processArticle(a, extractor);
      steps?.stop(k);
      return out;
    });
  }
  const { ms, clock } = stepTimer(articles.length, steps);
  const outcomes: (Outcome | undefined)[] = new Array<Outcome | undefined>(articles.length);
  const docs: Doc[] = [];
  const at: number[] = [];
  // ingest step by step over the batch too (ingestBatch); should it throw, each article alone
  let ingestedDocs: Doc[] | null = null;
  try {
    ingestedDocs = ingestBatch(articles, { clean: extractor.clean !== false }, clock);
  } catch {
    // (ingestBatch does not throw; if it ever does, each article is ingested alone below)
  }
  articles.forEach((article, k) => {
    const doc = ingestedDocs?.[k];
    let r: ReturnType<typeof ingested>;
    if (doc) r = going(doc);
    else {
      clock.start(k);
      r = ingested(article, extractor);
      clock.stop(k);
    }
    if ('failure' in r) outcomes[k] = { ok: false, failure: r.failure, ms: ms[k] ?? 0 };
    else {
      docs.push(r.doc);
      at.push(k);
    }
  });
  let records: ExtractionRecord[] | null = null;
  try {
    records = docs.length > 0 ? extractor.extractBatch(docs, new RemappedClock(clock, at)) : [];
    if (records.length !== docs.length) records = null;
  } catch {
    records = null;
  }
  at.forEach((k, i) => {
    const record = records?.[i];
    if (record) {
      outcomes[k] = { ok: true, record, ms: ms[k] ?? 0 };
      return;
    }
    clock.start(k);
    const out = extracted(docs[i]!, extractor);
    clock.stop(k);
    outcomes[k] = { ...out, ms: ms[k] ?? 0 };
  });
  return outcomes as Outcome[];
}

/**
 * A step clock that sums each document's steps into `ms` (milliseconds, by index in the
 * batch); `inner`, when given, is told of every step too.
 */
export function stepTimer(n: number, inner?: StepClock): { readonly ms: Float64Array; readonly clock: StepClock } {
  const clock = new StepTimer(n, inner);
  return { ms: clock.ms, clock };
}

// The clocks below are classes, not object literals made per batch: a literal's methods are
// closures made per batch (why that costs: see stepOver in extract/claims/index.ts).

class StepTimer implements StepClock {
  readonly ms: Float64Array;
  private readonly began: Float64Array;
  constructor(
    n: number,
    private readonly inner: StepClock | undefined,
  ) {
    this.ms = new Float64Array(n);
    this.began = new Float64Array(n);
  }
  start(k: number): void {
    this.inner?.start(k);
    this.began[k] = performance.now();
  }
  stop(k: number): void {
    this.ms[k]! += performance.now() - (this.began[k] ?? 0);
    this.inner?.stop(k);
  }
}

/** `clock` for a sub-list of the batch: step `i` of the sub-list is document `at[i]` of the batch. */
class RemappedClock implements StepClock {
  constructor(
    private readonly clock: StepClock,
    private readonly at: readonly number[],
  ) {}
  start(i: number): void {
    this.clock.start(this.at[i] ?? 0);
  }
  stop(i: number): void {
    this.clock.stop(this.at[i] ?? 0);
  }
}
