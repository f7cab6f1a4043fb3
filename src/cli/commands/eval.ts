import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { ingest, isFailure, readInputs } from '../../ingest/index.ts';
import '../../pipeline/extractors.ts';
import { extractorNames, loadExtractor } from '../../pipeline/registry.ts';
import { evaluateDocument } from '../../eval/score.ts';
import { goldToRecord } from '../../eval/gold-record.ts';
import { summarise, toStableJSON, type ExtractorResult } from '../../eval/summary.ts';
import { docTable, errorReport, scoreTable } from '../../eval/table.ts';
import { buildHtmlReport, type ReportRun } from '../../eval/report.ts';
import { isGoldLike, parseGold } from '../../eval/validate.ts';
import type { DocEval } from '../../eval/types.ts';
import type { Doc, ExtractionRecord, Extractor, Gold, RawArticle } from '../../types/index.ts';
import { log, prepareOutputFile, UsageError, warn } from '../io.ts';

/**
 * `claims eval`: scores extractors (or a saved output file, or another annotator's
 * gold) against the gold annotations, SPEC §4. Tables on stdout; `--json`, `--html`
 * files; progress and warnings on stderr.
 */

interface EvalOptions {
  extractor?: string[];
  split: string;
  corpus: string;
  gold: string;
  splits?: string;
  json?: string;
  html?: string;
  errors?: boolean;
  pred?: string;
  againstGold?: string;
}

const SPLITS = ['dev', 'test', 'all'] as const;
type Split = (typeof SPLITS)[number];

export function register(program: Command): void {
  program
    .command('eval')
    .description('score extractors against the gold annotations (SPEC §4), side by side')
    .option('--extractor <names...>', 'extractors to run (default: every registered one)')
    .option('--split <split>', 'dev | test | all (annotations/splits.json)', 'all')
    .option('--corpus <dir>', 'raw articles', 'corpora')
    .option('--gold <dir>', 'gold annotation files', 'annotations')
    .option('--splits <file>', 'the split file (default: <gold>/splits.json, else annotations/splits.json)')
    .option('--json <file>', 'write every score and error as JSON (byte-identical for the same input)')
    .option('--html <file>', 'write a self-contained HTML report')
    .option('--errors', 'list every miss and false positive, grouped by cause')
    .option('--pred <file>', 'score a saved output file (JSONL of SPEC §2 records) instead of running extractors')
    .option('--against-gold <dir>', "score another gold directory as if it were predictions (inter-annotator agreement)")
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  claims eval --extractor baseline rules --split dev\n' +
        '  claims eval --pred out.jsonl --errors\n' +
        '  claims eval --gold annotations/raw/ann-a --against-gold annotations/raw/ann-b --json agreement.json\n',
    )
    .action(async (opts: EvalOptions) => {
      await runEval(opts);
    });
}

/** Runs the evaluation and prints/writes its outputs; returns the results (for tests). */
export async function runEval(opts: EvalOptions): Promise<ExtractorResult[]> {
  const split = parseSplit(opts.split);
  if (opts.pred && opts.againstGold) throw new UsageError('--pred and --against-gold are alternatives: give one');
  if ((opts.pred || opts.againstGold) && opts.extractor) throw new UsageError('--extractor runs extractors; it cannot be combined with --pred or --against-gold');
  prepareOutputFile(opts.json, '--json');
  prepareOutputFile(opts.html, '--html');

  const golds = loadGoldDir(opts.gold);
  const wanted = splitDocs(split, opts);
  // Agreement is measured on the documents both annotators have done.
  const others = opts.againstGold ? loadGoldDir(opts.againstGold) : null;
  const docs = [...golds.keys()].filter((d) => (wanted === null || wanted.has(d)) && (others === null || others.has(d))).sort();
  if (others) log(`${docs.length} documents annotated in both ${opts.gold} and ${opts.againstGold ?? ''}`);
  if (docs.length === 0) {
    throw new UsageError(`no gold files to score in ${opts.gold}${split === 'all' ? '' : ` for split "${split}"`}`, 1);
  }

  const t0 = performance.now();
  const cache = new DocCache(opts.corpus, await readCorpus(opts.corpus, docs));
  const runs = opts.pred
    ? scorePredFile(opts.pred, docs, golds, cache)
    : opts.againstGold
      ? scoreAgainstGold(opts.againstGold, others ?? new Map<string, Gold>(), docs, golds, cache)
      : await scoreExtractors(opts.extractor, docs, golds, cache);
  log(`scored ${runs.length} system${runs.length === 1 ? '' : 's'} on ${docs.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const results = runs.map((r) => r.result);
  const source = opts.pred ? `--pred ${opts.pred}` : opts.againstGold ? `--against-gold ${opts.againstGold}` : `extractors ${results.map((r) => r.name).join(', ')}`;
  const out: string[] = [
    `# claims eval: ${source}; gold ${opts.gold}; split ${split}; ${docs.length} documents`,
    '',
    scoreTable(results),
    '',
    '## per document',
    '',
    docTable(results),
  ];
  if (opts.errors) for (const r of results) out.push('', errorReport(r));
  process.stdout.write(`${out.join('\n')}\n`);

  if (opts.json) {
    const payload = {
      split,
      gold: opts.gold,
      corpus: opts.corpus,
      source,
      docs,
      systems: results.map((r) => ({ name: r.name, version: r.version, micro: r.micro, docs: r.docs, errors: r.errors })),
    };
    writeFileSync(opts.json, toStableJSON(payload));
    log(`wrote ${opts.json}`);
  }
  if (opts.html) {
    writeFileSync(opts.html, buildHtmlReport({ title: `claims eval: ${source}`, subtitle: `gold ${opts.gold} · split ${split} · ${docs.length} documents`, runs }));
    log(`wrote ${opts.html}`);
  }
  return results;
}

function parseSplit(s: string): Split {
  const found = SPLITS.find((x) => x === s);
  if (!found) throw new UsageError(`--split must be one of ${SPLITS.join(', ')}, not "${s}"`);
  return found;
}

/** The documents of a split, or null for all. */
function splitDocs(split: Split, opts: EvalOptions): Set<string> | null {
  if (split === 'all') return null;
  const path = opts.splits ?? [join(opts.gold, 'splits.json'), join('annotations', 'splits.json')].find((p) => existsSync(p));
  if (!path || !existsSync(path)) throw new UsageError(`--split ${split} needs a split file (annotations/splits.json or --splits FILE)`);
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const list = data[split];
  if (!Array.isArray(list)) throw new UsageError(`${path} has no "${split}" list`);
  return new Set(list.filter((x): x is string => typeof x === 'string'));
}

/** Every well-formed gold file of a directory (one level), by doc id. */
function loadGoldDir(dir: string): Map<string, Gold> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no such gold directory: ${dir}`);
  const golds = new Map<string, Gold>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const path = join(dir, f);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      warn(`${path}: not valid JSON, skipped (${err instanceof Error ? err.message : String(err)})`);
      continue;
    }
    if (!isGoldLike(data)) continue;
    const parsed = parseGold(data);
    if ('problems' in parsed) {
      warn(`${path}: not a well-formed gold file, skipped (${parsed.problems.slice(0, 3).join('; ')}); run claims validate ${dir}`);
      continue;
    }
    golds.set(parsed.gold.doc, parsed.gold);
  }
  return golds;
}

/**
 * The raw articles of `ids`, read the way `claims extract` reads them (ingest's
 * `readInputs`: encoding detection, the meta file beside each article).
 */
async function readCorpus(dir: string, ids: readonly string[]): Promise<Map<string, RawArticle>> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no such corpus directory: ${dir}`);
  const paths: string[] = [];
  for (const id of ids) {
    const path = ['txt', 'md', 'html'].map((ext) => join(dir, `${id}.${ext}`)).find((p) => existsSync(p));
    if (path) paths.push(path);
  }
  const articles = new Map<string, RawArticle>();
  for await (const a of readInputs(paths)) {
    if (isFailure(a)) {
      warn(`${a.origin}: ${a.message.message}`);
      continue;
    }
    articles.set(a.id, a);
  }
  return articles;
}

/** Ingests each document once per cleaning mode; null when the article is missing. */
class DocCache {
  private readonly cache = new Map<string, Doc | null>();
  constructor(
    readonly corpus: string,
    private readonly articles: ReadonlyMap<string, RawArticle>,
  ) {}
  get(id: string, clean = true): Doc | null {
    const key = `${clean ? 'c' : 'r'}:${id}`;
    if (!this.cache.has(key)) {
      const article = this.articles.get(id);
      this.cache.set(key, article ? ingest(article, { clean }) : null);
    }
    return this.cache.get(key) ?? null;
  }
}

function emptyRecord(doc: string, extractor: string, text: string): ExtractionRecord {
  return { doc, extractor, title: '', text, actors: [], figures: [], claims: [], messages: [] };
}

function finish(name: string, version: string, evals: DocEval[]): ReportRun {
  return { result: summarise(name, version, evals), evals };
}

async function scoreExtractors(names: string[] | undefined, docs: readonly string[], golds: ReadonlyMap<string, Gold>, cache: DocCache): Promise<ReportRun[]> {
  const corpus = cache.corpus;
  // `--extractor baseline rules` and `--extractor baseline,rules` both work.
  const chosen = names ? names.flatMap((n) => n.split(',')).filter((n) => n !== '') : [...extractorNames()];
  if (chosen.length === 0) {
    throw new UsageError(
      'no extractors are registered yet (src/pipeline/extractors.ts); score a saved output with --pred FILE.jsonl, ' +
        'or another annotator with --against-gold DIR',
      1,
    );
  }
  const extractors: Extractor[] = [];
  for (const n of chosen) {
    try {
      extractors.push(await loadExtractor(n));
    } catch (err) {
      throw new UsageError(err instanceof Error ? err.message : String(err));
    }
  }
  return extractors.map((ex) => {
    const t0 = performance.now();
    const evals: DocEval[] = [];
    for (const id of docs) {
      const gold = golds.get(id);
      if (!gold) continue;
      const doc = cache.get(id, ex.clean !== false);
      const tag = `${ex.name}@${ex.version}`;
      if (!doc) {
        warn(`${id}: no raw article in ${corpus}; scored as missed`);
        evals.push(evaluateDocument(gold, emptyRecord(id, tag, ''), `no raw article in ${corpus}`));
        continue;
      }
      const fatal = doc.messages.find((m) => m.level === 'error');
      if (fatal) {
        warn(`${id}: ingest failed (${fatal.code}: ${fatal.message}); scored as missed`);
        evals.push(evaluateDocument(gold, emptyRecord(id, tag, doc.text), `ingest: ${fatal.message}`));
        continue;
      }
      try {
        evals.push(evaluateDocument(gold, ex.extract(doc)));
      } catch (err) {
        const message = `${ex.name} threw: ${err instanceof Error ? err.message : String(err)}`;
        warn(`${id}: ${message}`);
        evals.push(evaluateDocument(gold, emptyRecord(id, tag, doc.text), message));
      }
    }
    log(`${ex.name}: ${docs.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return finish(ex.name, ex.version, evals);
  });
}

/** Scores a saved output file; one column per extractor named in its records. */
function scorePredFile(path: string, docs: readonly string[], golds: ReadonlyMap<string, Gold>, cache: DocCache): ReportRun[] {
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  const text = readFileSync(path, 'utf8');
  const records: ExtractionRecord[] = [];
  const trimmed = text.trimStart();
  const parsed: unknown[] = [];
  if (trimmed.startsWith('[')) parsed.push(...(JSON.parse(trimmed) as unknown[]));
  else {
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        parsed.push(JSON.parse(line));
      } catch {
        throw new UsageError(`${path}:${i + 1}: not a JSON line`);
      }
    });
  }
  for (const [i, r] of parsed.entries()) {
    if (!isRecord(r)) throw new UsageError(`${path}: record ${i + 1} is not an extraction record (needs doc, extractor, text, actors, figures, claims)`);
    records.push(r);
  }
  const bySystem = new Map<string, Map<string, ExtractionRecord>>();
  for (const r of records) {
    const sys = bySystem.get(r.extractor) ?? new Map<string, ExtractionRecord>();
    if (sys.has(r.doc)) warn(`${path}: ${r.extractor} has two records for ${r.doc}; the first is scored`);
    else sys.set(r.doc, r);
    bySystem.set(r.extractor, sys);
  }
  if (bySystem.size === 0) throw new UsageError(`${path} holds no records`);
  return [...bySystem.keys()].sort().map((tag) => {
    const sys = bySystem.get(tag) ?? new Map<string, ExtractionRecord>();
    const [name = tag, version = ''] = tag.split('@');
    const evals: DocEval[] = [];
    for (const id of docs) {
      const gold = golds.get(id);
      if (!gold) continue;
      const rec = sys.get(id);
      if (rec) evals.push(evaluateDocument(gold, rec));
      else evals.push(evaluateDocument(gold, emptyRecord(id, tag, cache.get(id)?.text ?? ''), `no record for this document in ${basename(path)}`));
    }
    return finish(name, version, evals);
  });
}

function isRecord(r: unknown): r is ExtractionRecord {
  if (typeof r !== 'object' || r === null) return false;
  const o = r as Record<string, unknown>;
  return (
    typeof o['doc'] === 'string' &&
    typeof o['extractor'] === 'string' &&
    typeof o['text'] === 'string' &&
    Array.isArray(o['actors']) &&
    Array.isArray(o['figures']) &&
    Array.isArray(o['claims'])
  );
}

/** Scores another gold directory as predictions over the cleaned texts (inter-annotator agreement). */
function scoreAgainstGold(
  dir: string,
  others: ReadonlyMap<string, Gold>,
  docs: readonly string[],
  golds: ReadonlyMap<string, Gold>,
  cache: DocCache,
): ReportRun[] {
  const corpus = cache.corpus;
  const name = basename(dir.replace(/[\\/]+$/, ''));
  const evals: DocEval[] = [];
  for (const id of docs) {
    const gold = golds.get(id);
    if (!gold) continue;
    const text = cache.get(id)?.text;
    if (text === undefined) {
      warn(`${id}: no raw article in ${corpus}; scored as missed`);
      evals.push(evaluateDocument(gold, emptyRecord(id, name, ''), `no raw article in ${corpus}`));
      continue;
    }
    const other = others.get(id);
    evals.push(other ? evaluateDocument(gold, goldToRecord(other, text, name)) : evaluateDocument(gold, emptyRecord(id, name, text), `no gold file for this document in ${dir}`));
  }
  return [finish(name, 'gold', evals)];
}
