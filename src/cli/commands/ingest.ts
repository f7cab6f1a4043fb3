import type { Command } from 'commander';
import type { InputFormat, Message } from '../../types/index.ts';
import { DEFAULT_MAX_BYTES, ingest, isFailure, readInputs } from '../../ingest/index.ts';
import { log, openOutput, UsageError, warn, type Output } from '../io.ts';

const FORMATS: readonly InputFormat[] = ['txt', 'md', 'html', 'json', 'jsonl'];

interface IngestCliOptions {
  readonly format?: string;
  readonly out?: string;
  readonly text?: boolean;
  readonly errors?: string;
  readonly clean: boolean;
  readonly maxBytes?: string;
}

/** A problem line for people: "corpora/x.txt: error empty-body: the article is empty". */
export function formatMessage(m: Message, origin?: string): string {
  return `${m.origin ?? origin ?? '?'}: ${m.level} ${m.code}: ${m.message}`;
}

/** `claims ingest <inputs...>`: raw articles -> cleaned documents (SPEC §1), JSONL of Doc. */
export function register(program: Command): void {
  program
    .command('ingest')
    .description(
      'Clean raw articles (.txt, .md, .html, JSON/JSONL records, stdin) into documents: headline, ' +
        'body paragraphs, sentences, what was removed and why, and an offset map back to the raw input. ' +
        'Writes one JSON Doc per line (JSONL). Problems go to stderr with the file (or file:line) they ' +
        'came from. Exit code 0 when every document is fine, 1 when some failed (the rest are still ' +
        'processed), 2 on usage errors.',
    )
    .argument('<inputs...>', 'files, folders (read recursively) or - for stdin')
    .option('-f, --format <format>', `input format, overriding the file extension: ${FORMATS.join(', ')} (stdin: guessed when not given)`)
    .option('-o, --out <file>', 'write the output to FILE instead of stdout')
    .option('--text', 'print only the cleaned texts, one per document, separated by a form-feed line')
    .option('--errors <file>', 'also write every problem (read failures and document messages) to FILE as JSONL')
    .option('--no-clean', 'the no-cleaning ablation: keep the headline and the whole body, strip only markup')
    .option('--max-bytes <n>', `largest article read, in bytes (bigger ones are reported, not loaded)`, String(DEFAULT_MAX_BYTES))
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  claims ingest corpora/ > docs.jsonl\n' +
        '  claims ingest --text corpora/seed-hafnium-exchange.txt\n' +
        '  cat page.html | claims ingest --format html -\n' +
        '  claims ingest records.jsonl --out docs.jsonl --errors problems.jsonl',
    )
    .action(async (inputs: string[], opts: IngestCliOptions) => {
      await runIngest(inputs, opts);
    });
}

async function runIngest(inputs: readonly string[], opts: IngestCliOptions): Promise<void> {
  if (opts.format !== undefined && !FORMATS.includes(opts.format as InputFormat)) {
    throw new UsageError(`unknown --format "${opts.format}" (known: ${FORMATS.join(', ')})`);
  }
  const maxBytes = opts.maxBytes === undefined ? DEFAULT_MAX_BYTES : Number(opts.maxBytes);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes must be a positive whole number of bytes, not "${opts.maxBytes}"`);
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('stdin (-) can be given only once');

  const out = openOutput(opts.out, 'w', '--out');
  const errors: Output | null = opts.errors ? openOutput(opts.errors, 'w', '--errors') : null;
  let docs = 0;
  let failed = 0;
  let warnings = 0;
  let skipped = 0;
  let first = true;
  const report = async (m: Message, origin: string, id: string | null): Promise<void> => {
    warn(formatMessage(m, origin));
    if (m.level === 'warning') warnings++;
    if (errors) await errors.write(`${JSON.stringify({ id, origin: m.origin ?? origin, ...m })}\n`);
  };
  try {
    const items = readInputs(inputs, {
      ...(opts.format !== undefined ? { format: opts.format as InputFormat } : {}),
      maxBytes,
      onSkip: () => {
        skipped++;
      },
    });
    for await (const item of items) {
      if (isFailure(item)) {
        await report(item.message, item.origin, item.id);
        if (item.message.level === 'error') failed++;
        continue;
      }
      const doc = ingest(item, { clean: opts.clean });
      for (const m of doc.messages) await report(m, item.origin, doc.id);
      if (doc.messages.some((m) => m.level === 'error')) {
        // Reported above; an empty or broken document is not emitted as a record.
        failed++;
        continue;
      }
      docs++;
      if (opts.text) {
        await out.write(`${first ? '' : '\f\n'}${doc.text}\n`);
      } else {
        await out.write(`${JSON.stringify(doc)}\n`);
      }
      first = false;
    }
  } finally {
    await out.close();
    if (errors) await errors.close();
  }
  log(
    `ingest: ${docs} document(s) written, ${failed} failed, ${warnings} warning(s)` +
      (skipped > 0 ? `, ${skipped} file(s) of other formats skipped` : ''),
  );
  process.exitCode = failed > 0 ? 1 : 0;
}
