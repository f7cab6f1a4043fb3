import { closeSync, existsSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { readInputs } from '../../ingest/read.ts';
import '../../pipeline/extractors.ts';
import { DEFAULT_WORKER_HEAP_MB, defaultWorkers, runBatch, type BatchProgress } from '../../pipeline/batch.ts';
import { csvHeader, OUTPUT_FORMATS, type OutputFormat } from '../../pipeline/format.ts';
import { extractorNames, loadExtractor } from '../../pipeline/registry.ts';
import { doneIds, truncatePartialLine } from '../../pipeline/resume.ts';
import type { InputFormat } from '../../types/index.ts';
import { log, openFileForWriting, prepareOutputFile, setQuiet, UsageError } from '../io.ts';
import { countInputs, parseCount } from '../args.ts';

interface ExtractOptions {
  extractor: string;
  out?: string;
  format: OutputFormat;
  inputFormat?: InputFormat;
  workers: number;
  unordered?: boolean;
  resume?: boolean;
  docTimeout: number;
  workerHeap: number;
  errors?: string;
  plugin: string[];
  maxBytes?: number;
  quiet?: boolean;
  progress: boolean;
}

/** A sink that writes each chunk with one write call, so a kill leaves at most one partial line. */
interface Sink {
  write(chunk: string): Promise<void>;
  close(): void;
}

function fileSink(path: string, append: boolean, option: string): Sink {
  const fd = openFileForWriting(path, append ? 'a' : 'w', option);
  return {
    write(chunk) {
      if (chunk) writeSync(fd, chunk);
      return Promise.resolve();
    },
    close() {
      closeSync(fd);
    },
  };
}

function stdoutSink(): Sink {
  return {
    write(chunk) {
      if (!chunk) return Promise.resolve();
      return new Promise((res) => {
        if (process.stdout.write(chunk)) res();
        else process.stdout.once('drain', () => res());
      });
    },
    close() {},
  };
}

/** Loads plugin modules (each registers extractors) here; workers load them too. */
async function loadPlugins(specs: readonly string[]): Promise<string[]> {
  const urls: string[] = [];
  for (const spec of specs) {
    const url = existsSync(spec) ? pathToFileURL(resolve(spec)).href : spec;
    try {
      await import(url);
    } catch (err) {
      throw new UsageError(`cannot load plugin ${spec}: ${err instanceof Error ? err.message : String(err)}`);
    }
    urls.push(url);
  }
  return urls;
}

export function register(program: Command): void {
  program
    .command('extract')
    .summary('extract actors, figures, accusations and denials as claim records (JSONL, claims, CSV)')
    .description(
      'extract actors, figures, accusations and denials from articles (files, folders or - for stdin);\n' +
        'writes one JSON record per article (JSONL), or one row per claim (--format claims|csv)',
    )
    .argument('[inputs...]', 'article files (.txt .md .html .json .jsonl), folders, or - for stdin')
    .option('-e, --extractor <name>', 'extractor to run (see `claims extractors`)', 'rules')
    .option('-o, --out <file>', 'write output to FILE instead of stdout')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('jsonl'))
    .addOption(
      new Option('--input-format <format>', 'read every input as this format (default: from the extension)').choices([
        'txt', 'md', 'html', 'json', 'jsonl',
      ]),
    )
    .option('-w, --workers <n>', 'worker threads (0 = run in this thread)', parseCount, defaultWorkers())
    .option('--unordered', 'write records as they finish instead of in input order')
    .option('--resume', 'continue an interrupted run: skip documents already in --out (and --errors)')
    .option('--doc-timeout <ms>', 'time limit per document in ms (needs --workers >= 1)', parseCount, 30_000)
    .option(
      '--worker-heap <MB>',
      'heap limit per worker thread in MB (0 = V8 default); a document that needs more fails alone',
      parseCount,
      DEFAULT_WORKER_HEAP_MB,
    )
    .option('--errors <file>', 'append one JSONL line per failed document (doc, origin, stage, code, message)')
    .option('--plugin <module...>', 'modules that register extra extractors (loaded in every worker)', [])
    .option('--max-bytes <n>', 'skip (and report) input files larger than this', parseCount)
    .option('--no-progress', 'no progress bar (it is shown only when stderr is a terminal)')
    .option('-q, --quiet', 'no summary line on stderr')
    .addHelpText(
      'after',
      '\nExamples:\n  claims extract corpora/ --out out/claims.jsonl\n  claims extract corpora/seed-hafnium-exchange.txt --format claims\n' +
        '  cat articles.jsonl | claims extract - --workers 2 --errors failed.jsonl\n  claims extract big/ --out big.jsonl --resume\n\n' +
        'Exit code: 0 when every document succeeded, 1 when some failed (the rest are written), 2 on usage errors.',
    )
    .action(async (inputs: string[], opts: ExtractOptions) => {
      setQuiet(opts.quiet === true);
      // `--out -` is stdout, as for `claims ingest`
      if (opts.out === '-') delete opts.out;
      if (inputs.length === 0) {
        if (process.stdin.isTTY) throw new UsageError('no input: give files, folders, or - to read stdin');
        inputs = ['-'];
      }
      const plugins = await loadPlugins(opts.plugin);
      if (!extractorNames().includes(opts.extractor)) {
        throw new UsageError(`unknown extractor "${opts.extractor}" (known: ${extractorNames().join(', ') || 'none'})`);
      }
      // Loads it here only to report a broken extractor before the run (workers load their own).
      if (opts.workers === 0) await loadExtractor(opts.extractor);
      if (opts.resume && !opts.out) throw new UsageError('--resume needs --out FILE (the file it resumes)');
      if (opts.resume && opts.format === 'csv') throw new UsageError('--resume works with --format jsonl or claims, not csv');
      // A path that cannot be written fails now, not after the workers have started.
      prepareOutputFile(opts.out, '--out');
      prepareOutputFile(opts.errors, '--errors');
      if (opts.docTimeout > 0 && opts.workers === 0) log('claims extract: --workers 0 runs in this thread; --doc-timeout is not enforced');

      let skip = new Set<string>();
      if (opts.resume && opts.out) {
        const cut = truncatePartialLine(opts.out);
        if (cut > 0) log(`claims extract: cut a partial last line (${cut} bytes) off ${opts.out}`);
        skip = await doneIds(opts.out);
        if (opts.errors) {
          truncatePartialLine(opts.errors);
          for (const id of await doneIds(opts.errors)) skip.add(id);
        }
        log(`claims extract: resuming; ${skip.size} documents already done`);
      }
      const append = opts.resume === true;
      const out = opts.out ? fileSink(opts.out, append && existsSync(opts.out), '--out') : stdoutSink();
      const errors = opts.errors ? fileSink(opts.errors, append, '--errors') : null;
      if (opts.format === 'csv') await out.write(csvHeader());

      const showBar = opts.progress && process.stderr.isTTY === true && opts.quiet !== true;
      const total = await countInputs(inputs);
      // No more threads than documents: starting a worker costs more than a short article.
      const workers = total !== null && total > 0 ? Math.min(opts.workers, total) : opts.workers;
      const bar = showBar
        ? new cliProgress.SingleBar(
            {
              format: total
                ? ' {bar} {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | {failed} failed'
                : ' {value} docs | {rate} docs/s | {failed} failed',
              stream: process.stderr,
              etaBuffer: 200,
            },
            cliProgress.Presets.shades_classic,
          )
        : null;
      const t0 = performance.now();
      bar?.start(total ?? 0, 0, { rate: '0.0', failed: 0 });
      const onProgress = (p: BatchProgress): void => {
        const done = p.ok + p.failed + p.skipped;
        const rate = (p.ok + p.failed) / ((performance.now() - t0) / 1000 || 1);
        bar?.update(done, { rate: rate.toFixed(1), failed: p.failed });
      };

      let summary;
      try {
        summary = await runBatch(
          readInputs(inputs, {
            ...(opts.inputFormat ? { format: opts.inputFormat } : {}),
            stdin: process.stdin,
            ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
          }),
          {
            extractor: opts.extractor,
            workers,
            ordered: opts.unordered !== true,
            docTimeoutMs: opts.docTimeout > 0 ? opts.docTimeout : null,
            workerHeapMb: opts.workerHeap,
            plugins,
            skip,
            // Formatted in the workers: only the text crosses to this thread (the record
            // object would be a ~25 KB graph to clone, rebuild and collect here).
            output: opts.format,
            onOutput: (text) => out.write(text),
            onFailure: async (f) => {
              if (!showBar) log(`claims extract: ${f.origin}: ${f.stage}: ${f.code}: ${f.message}`);
              await errors?.write(`${JSON.stringify(f)}\n`);
            },
            onProgress,
          },
        );
      } finally {
        bar?.stop();
        out.close();
        errors?.close();
      }
      if (summary.read === 0) log(`claims extract: no articles found in ${inputs.join(', ')} (.txt, .md, .html, .json and .jsonl files are read)`);
      const rate = (summary.ok + summary.failed) / (summary.seconds || 1);
      log(
        `claims extract: ${summary.read} document${summary.read === 1 ? '' : 's'}: ${summary.ok} ok, ${summary.failed} failed` +
          `${summary.skipped ? `, ${summary.skipped} already done` : ''} in ${summary.seconds.toFixed(1)} s` +
          ` (${rate.toFixed(1)} docs/s)${summary.failed && opts.errors ? `; failures in ${opts.errors}` : ''}`,
      );
      process.exitCode = summary.failed > 0 ? 1 : 0;
    });
}
